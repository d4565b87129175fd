// Broadcasts through the API: create one for a segment (now or at send_at; Idempotency-Key required), follow
// its status and counts, pause, resume or cancel it, and see a segment's audience size before sending. The
// same use-cases as /admin › Comunicados, audited.
import { z } from 'zod';
import {
  type BroadcastMove,
  type BroadcastView,
  broadcastView,
  createBroadcast,
  moveBroadcastTo,
  previewAudience,
  recentBroadcasts,
} from '../../../../app/broadcasts/broadcasts.ts';
import { BroadcastMessageSchema, SegmentSchema } from '../../../../domain/broadcasts.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { callerScope, IdempotencyHeaders } from '../idempotency.ts';
import { actorName, adminIdOf, type Principal } from '../principal.ts';
import { IdParam, Iso, isoOrNull, Limit } from '../schemas.ts';

const Segment = SegmentSchema.meta({ id: 'Segment' });

const Broadcast = z
  .object({
    id: z.number().int(),
    status: z.enum(['draft', 'scheduled', 'sending', 'paused', 'cancelled', 'done']),
    text: z.string(),
    /** A Telegram file id or an https URL; the text is its caption. */
    photo: z.string().nullable(),
    buttons: z.array(z.object({ target: z.enum(['story', 'vip', 'shop']), label: z.string().optional() })),
    segment: Segment,
    /** Sent with allow_paid_broadcast: up to 1,000 messages a second, for Stars from the bot's balance. */
    paid: z.boolean(),
    sendAt: Iso,
    createdBy: z.string(),
    startedAt: Iso.nullable(),
    finishedAt: Iso.nullable(),
    counts: z.object({
      audience: z.number().int(),
      sent: z.number().int(),
      failed: z.number().int(),
      blocked: z.number().int(),
      skipped: z.number().int(),
      /** Their message was on its way when a sender died: maybe delivered, never sent again. */
      uncertain: z.number().int(),
      remaining: z.number().int(),
    }),
    etaSeconds: z.number().int(),
  })
  .meta({ id: 'Broadcast' });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A segment in a query string: each condition its own parameter, languages comma-separated. */
const SegmentQuery = z
  .object({
    vip: flag.optional(),
    languages: z
      .string()
      .transform((v) => v.split(',').filter(Boolean))
      .optional(),
    minLevel: z.coerce.number().optional(),
    inactiveDays: z.coerce.number().optional(),
    reachedNode: z.string().optional(),
    ownsItem: z.string().optional(),
    freeChannelMember: flag.optional(),
    vipEndingWithinDays: z.coerce.number().optional(),
  })
  .strict();

function view(b: BroadcastView) {
  return {
    id: b.id,
    status: b.status,
    text: b.text,
    photo: b.photo,
    buttons: b.buttons,
    segment: b.segment,
    paid: b.paid,
    sendAt: b.sendAt.toISOString(),
    createdBy: b.createdBy,
    startedAt: isoOrNull(b.startedAt),
    finishedAt: isoOrNull(b.finishedAt),
    counts: b.counts,
    etaSeconds: b.etaSeconds,
  };
}

const actorOf = (p: Principal) => ({ adminId: adminIdOf(p), name: actorName(p) });

export const broadcastRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/segments/preview',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'How many people a segment reaches now',
        description:
          'Conditions combine (all must hold); none is everyone. People who turned broadcasts off or blocked the bot are never counted.',
        tags: ['broadcasts'],
        querystring: SegmentQuery,
        response: { 200: z.object({ segment: Segment, audience: z.number().int() }) },
      },
    },
    async (request) => {
      const parsed = SegmentSchema.safeParse(
        Object.fromEntries(Object.entries(request.query).filter(([, v]) => v !== undefined)),
      );
      if (!parsed.success) throw new HttpProblem(400, `bad segment: ${parsed.error.issues[0]?.message}`);
      return { segment: parsed.data, audience: await previewAudience(app, parsed.data) };
    },
  );

  api.post(
    '/broadcasts',
    {
      config: { role: 'operator' },
      schema: {
        summary: 'Send a message to a segment, now or at send_at',
        description:
          "Each recipient receives it at most once. Audited. The same Idempotency-Key again answers as the first time and creates nothing. An optional photo (a Telegram file id or an https URL) carries the text as its caption (at most 1,024 characters). With `paid: true` it is a paid broadcast: Telegram lets it out at up to 1,000 messages a second instead of 30, and takes 0.1 Star from the bot's balance for each message beyond the free 30 a second (at most a tenth of a Star per recipient).",
        tags: ['broadcasts'],
        headers: IdempotencyHeaders,
        body: z.object({
          message: BroadcastMessageSchema,
          segment: Segment.default({}),
          /** A paid broadcast (allow_paid_broadcast): faster, for Stars from the bot's balance. */
          paid: z.boolean().default(false),
          send_at: Iso.optional(),
        }),
        response: { 201: Broadcast, 200: Broadcast },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { message, segment, paid, send_at } = request.body;
      const key = `broadcast:api:${callerScope(p)}:${request.headers['idempotency-key']}`;
      const created = await asCaller(request, () =>
        createBroadcast(
          app,
          { message, segment, paid, sendAt: send_at ? new Date(send_at) : undefined },
          actorOf(p),
          key,
        ),
      );
      if (!created.ok)
        throw new HttpProblem(422, 'this Idempotency-Key was used for a different request; use a new key');
      const b = await broadcastView(app, created.id);
      if (!b) throw new HttpProblem(404, `no broadcast ${created.id}`);
      if (created.replayed) reply.header('idempotent-replayed', 'true');
      reply.code(created.replayed ? 200 : 201);
      return view(b);
    },
  );

  api.get(
    '/broadcasts',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The latest broadcasts (past their draft), newest first, with their counts',
        tags: ['broadcasts'],
        querystring: z.object({ limit: Limit }),
        response: { 200: z.object({ items: z.array(Broadcast) }) },
      },
    },
    async (request) => ({ items: (await recentBroadcasts(app, request.query.limit)).map(view) }),
  );

  api.get(
    '/broadcasts/:id',
    {
      config: { role: 'viewer' },
      schema: {
        summary: "A broadcast's status and counts (sent, failed, blocked, skipped, remaining) and time left",
        tags: ['broadcasts'],
        params: IdParam,
        response: { 200: Broadcast },
      },
    },
    async (request) => {
      const b = await broadcastView(app, request.params.id);
      if (!b) throw new HttpProblem(404, `no broadcast ${request.params.id}`);
      return view(b);
    },
  );

  for (const move of ['cancel', 'pause', 'resume'] as const satisfies readonly BroadcastMove[]) {
    api.post(
      `/broadcasts/:id/${move}`,
      {
        config: { role: 'operator' },
        schema: {
          summary: `${move[0]!.toUpperCase()}${move.slice(1)} a broadcast`,
          description: 'Audited. 409 when the broadcast is not in a state that allows it.',
          tags: ['broadcasts'],
          params: IdParam,
          response: { 200: Broadcast },
        },
      },
      async (request) => {
        const id = request.params.id;
        const outcome = await asCaller(request, () =>
          moveBroadcastTo(app, id, move, actorOf(principalOf(request))),
        );
        if (outcome === 'missing') throw new HttpProblem(404, `no broadcast ${id}`);
        const b = await broadcastView(app, id);
        if (!b) throw new HttpProblem(404, `no broadcast ${id}`);
        if (outcome === 'unchanged') throw new HttpProblem(409, `broadcast ${id} is ${b.status}`);
        return view(b);
      },
    );
  }
};
