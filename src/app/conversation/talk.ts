// A message to Diana, from the person's text to her answer. In order: what she knows of the person (one read,
// which also tells whether the riddle of the day waits for their typed answer: then the text is that answer,
// not hers), the conversation flag, pacing (a person cannot flood her), the guard (attempts to reach past the
// character are deflected in character), then her answer — from the model chain when one is configured and the
// budgets allow (beyond the free allowance, at the pack's price in besitos), judged by the consistency gate, or
// from the pack's scripted replies — and finally what the message leaves behind: the day's usage row, the
// conversation day (missions count them) and her memory of the person.
import {
  CACHE_MODEL,
  markConversationDay,
  recordExchange,
  SCRIPTED_MODEL,
  type VerdictRow,
} from '../../adapters/db/repositories/conversation.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import type { User } from '../../adapters/db/repositories/users.ts';
import { localDate } from '../../domain/calendar.ts';
import { isInjectionAttempt } from '../../domain/conversation/guard.ts';
import { remember } from '../../domain/conversation/memory.ts';
import { type Bucket, isFull, takeMessage } from '../../domain/conversation/pacing.ts';
import { InsufficientBesitos } from '../../domain/economy/ledger.ts';
import { isFlagOn } from '../flags.ts';
import type { AppContext } from '../services.ts';
import { loadPerson, type Person } from './person.ts';
import { scriptedAnswer } from './scripted.ts';

export type AnswerSource = 'scripted' | 'model' | 'cache';

export type TalkOutcome =
  | { kind: 'answer'; text: string; source: AnswerSource; intent?: string; model?: string }
  | { kind: 'paced'; waitMs: number }
  /** Beyond the free allowance the message costs `price` besitos, and the person has `balance`. */
  | { kind: 'unpaid'; price: number; balance: number; isVip: boolean }
  /** Conversation is switched off (the conversation flag): nothing is asked of anyone, nothing recorded. */
  | { kind: 'resting' }
  /** The riddle of the day waits for the person's answer: the text is that, for the dailies to judge. */
  | { kind: 'riddle' };

/** A person's message in their private chat with the bot. */
export interface PersonMessage {
  id: number;
  text: string;
}

export interface Answer {
  text: string;
  source: AnswerSource;
  intent?: string;
  model?: string;
  /** What the model calls used (none: a scripted or cached answer, recorded at no cost). */
  usage?: UsageOfCall[];
  /** The consistency gate's verdicts on the model's replies. */
  verdicts?: VerdictRow[];
  /**
   * Runs once the answer's usage is recorded (a budget reservation is released then, never before), with the
   * spending that recording left when it cost anything.
   */
  settle?: (spent?: Spending) => Promise<void>;
}

/** The deployment's spending on the model on a day (the budgets' day) and in its month, in millionths of a dollar. */
export interface Spending {
  day: string;
  daily: number;
  monthly: number;
}

export interface UsageOfCall {
  model: string;
  promptTokens: number;
  completionTokens: number;
  costMicroUsd: number;
}

/** Where an answer comes from when a model may be used (the model chain, the cache, the budgets). */
export interface ModelAnswerer {
  /** Throws InsufficientBesitos when the message has a price the person cannot pay (no model is called). */
  answer(app: AppContext, person: Person, message: PersonMessage): Promise<Answer | undefined>;
  /** A suggested answer to an anonymous message, for the creator (undefined when none passes the gate). */
  draft?(app: AppContext, locale: string, message: string, authorId: number): Promise<string | undefined>;
  /** The deployment's caps in dollars (undefined: none). */
  readonly budgets: { dailyUsd: number | undefined; monthlyUsd: number | undefined };
}

/** Diana's side of every private conversation in this process. */
export class DianaChat {
  private readonly buckets = new Map<number, Bucket>();

  constructor(readonly model?: ModelAnswerer) {}

  async talk(app: AppContext, user: User, locale: string, incoming: PersonMessage): Promise<TalkOutcome> {
    const message = incoming.text;
    const person = await loadPerson(app, user, locale);
    if (person.answersRiddle) return { kind: 'riddle' };
    // An operator's switch (a provider outage, spending to stop): no model call, no budget, no memory.
    if (!(await isFlagOn(app, 'conversation', user))) {
      app.metrics?.conversation.inc({ source: 'resting' });
      return { kind: 'resting' };
    }
    const pacing = app.pack.conversation.pacing;
    const rule = { everyMs: pacing.every_seconds * 1000, burst: pacing.burst };
    const now = app.clock.now().getTime();
    const taken = takeMessage(this.buckets.get(user.id), rule, now);
    this.buckets.set(user.id, taken.bucket);
    this.forgetFullBuckets(rule, now);
    if (!taken.allowed) {
      app.metrics?.conversation.inc({ source: 'paced' });
      return { kind: 'paced', waitMs: taken.waitMs };
    }

    const attempt = isInjectionAttempt(message);
    let answer: Answer;
    try {
      answer = attempt
        ? { ...scriptedAnswer(app.pack, person, message, 'deflect'), source: 'scripted' as const }
        : ((await this.model?.answer(app, person, incoming)) ?? {
            ...scriptedAnswer(app.pack, person, message),
            source: 'scripted' as const,
          });
    } catch (error) {
      if (!(error instanceof InsufficientBesitos)) throw error;
      app.metrics?.conversation.inc({ source: 'unpaid' });
      return { kind: 'unpaid', price: error.needed, balance: error.balance, isVip: person.isVip };
    }
    // An attempt to reach past her is never remembered: memory goes into later instructions.
    await this.record(app, person, attempt ? undefined : message, answer);
    app.metrics?.conversation.inc({ source: answer.source });
    return {
      kind: 'answer',
      text: answer.text,
      source: answer.source,
      ...(answer.intent ? { intent: answer.intent } : {}),
      ...(answer.model ? { model: answer.model } : {}),
    };
  }

  /**
   * Usage, verdicts and memory in one statement; the first message of a person's day also marks the day and
   * emits ConversationDay, in one transaction with them. The answer settles with the spending it left.
   */
  private async record(
    app: AppContext,
    person: Person,
    message: string | undefined,
    answer: Answer,
  ): Promise<void> {
    const { memory } = app.pack.conversation;
    const now = app.clock.now();
    const exchange = {
      userId: person.id,
      day: localDate(now, app.timeZone),
      usage: answer.usage?.length
        ? answer.usage
        : [
            {
              model: answer.source === 'cache' ? CACHE_MODEL : SCRIPTED_MODEL,
              promptTokens: 0,
              completionTokens: 0,
              costMicroUsd: 0,
            },
          ],
      verdicts: answer.verdicts ?? [],
      memory:
        message === undefined
          ? person.memory
          : remember(person.memory, message, {
              maxFacts: memory.max_facts,
              summaryChars: memory.summary_chars,
            }),
      at: now,
    };
    let spent: Awaited<ReturnType<typeof recordExchange>>;
    try {
      spent = person.talkedToday
        ? await recordExchange(app.db, exchange)
        : await transact(app.db, async (tx) => {
            const spent = await recordExchange(tx, exchange);
            if (await markConversationDay(tx, person.id, person.day)) {
              await appendEvents(tx, [
                { type: 'ConversationDay', userId: person.id, payload: { day: person.day }, at: now },
              ]);
            }
            return spent;
          });
    } finally {
      await answer.settle?.(spent && { day: exchange.day, daily: spent.day, monthly: spent.month });
    }
  }

  /** Buckets full again are dropped, so memory follows the people writing now, not everyone ever. */
  private forgetFullBuckets(rule: { everyMs: number; burst: number }, now: number): void {
    if (this.buckets.size < 1000) return;
    for (const [id, bucket] of this.buckets) if (isFull(bucket, rule, now)) this.buckets.delete(id);
  }
}
