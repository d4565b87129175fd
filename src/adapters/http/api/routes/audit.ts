// The audit log, filtered by actor, action, target person and time, newest first, a page at a time.
import { z } from 'zod';
import { auditLog } from '../../../../app/economy/admin.ts';
import type { ApiRoutes } from '../api.ts';
import { Cursor, encodeCursor, Iso, Limit, page } from '../schemas.ts';

const Entry = z
  .object({
    id: z.number().int(),
    createdAt: Iso,
    adminId: z.number().int(),
    actor: z.string().nullable(),
    actorRole: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    targetUserId: z.number().int().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    reason: z.string().nullable(),
    ref: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const auditRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/audit',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The audit log, newest first',
        description:
          '`actor` is a Telegram id, or the start of an API actor ("key:3 ", "telegram:123"); `from`/`to` bound the time.',
        tags: ['audit'],
        querystring: z.object({
          actor: z.string().min(1).max(100).optional(),
          action: z.string().min(1).max(64).optional(),
          target: z.coerce.number().int().positive().optional(),
          from: Iso.optional(),
          to: Iso.optional(),
          cursor: Cursor.optional(),
          limit: Limit,
        }),
        response: { 200: page(Entry) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await auditLog(
        app,
        {
          actor: q.actor,
          action: q.action,
          targetUserId: q.target,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
          before: q.cursor,
        },
        q.limit + 1,
      );
      const items = rows.slice(0, q.limit);
      const last = items.at(-1);
      return {
        items: items.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
        next: rows.length > q.limit && last ? encodeCursor(last.id) : null,
      };
    },
  );
};
