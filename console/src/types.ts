// The shapes the console reads from /api/v1 (see /api/v1/openapi.json for the full document).
import type { Role } from '../../src/domain/access.ts';

export type { Role };
export type Page<T> = { items: T[]; next: string | null };

export interface Overview {
  people: number;
  dau: number;
  wau: number;
  mau: number;
  vipActive: number;
  starsRevenue: number;
  besitosIssued: number;
  besitosSpent: number;
  besitosCirculating: number;
  computedAt: string;
  perDay: Array<{ day: string; issued: number; spent: number; newPeople: number; stars: number }>;
}

export interface Person {
  id: number;
  firstName: string;
  lastName: string | null;
  username: string | null;
  language: string;
  balance: number;
  vipUntil: string | null;
  createdAt: string;
}

export interface PersonCard {
  person: Person;
  totalEarned: number;
  level: number;
  isVip: boolean;
  story: { node: string; chapter: string } | null;
  inventory: Array<{ item: string; count: number }>;
  recentLedger: Array<{
    amount: number;
    reason: string;
    ref: string | null;
    balanceAfter: number;
    createdAt: string;
  }>;
}

export interface VipMember {
  id: number;
  firstName: string;
  username: string | null;
  vipUntil: string;
}

export interface VipToken {
  token: string;
  planId: string;
  state: 'unused' | 'used' | 'expired' | 'revoked';
  createdAt: string;
  expiresAt: string;
  redeemedBy: number | null;
}

export interface Plan {
  id: string;
  days: number;
  stars: number;
}

export interface Payment {
  id: number;
  chargeId: string;
  userId: number;
  payerName: string | null;
  planId: string;
  stars: number;
  createdAt: string;
  refundedAt: string | null;
}

export interface Segment {
  vip?: boolean;
  languages?: string[];
  minLevel?: number;
  inactiveDays?: number;
}

export type BroadcastTarget = 'story' | 'vip' | 'shop';

export interface Broadcast {
  id: number;
  status: 'draft' | 'scheduled' | 'sending' | 'paused' | 'cancelled' | 'done';
  text: string;
  segment: Segment;
  /** Sent with allow_paid_broadcast: faster, for Stars from the bot's balance. */
  paid: boolean;
  sendAt: string;
  counts: {
    audience: number;
    sent: number;
    failed: number;
    blocked: number;
    skipped: number;
    uncertain: number;
    remaining: number;
  };
  etaSeconds: number;
}

export interface ChannelFigures {
  channel: 'free' | 'vip';
  members: number;
  reactions: number;
  joinRequests: { requests: number; pending: number; approved: number; withdrawn: number };
}

export interface Reactions {
  emoji: string;
  count: number;
}

export interface ChannelPost {
  id: number;
  channel: 'free' | 'vip';
  status: 'draft' | 'publishing' | 'published';
  text: string;
  photo: string | null;
  emojis: string[];
  publishedAt: string | null;
  reactions: Reactions[];
}

export interface PostStats {
  id: number;
  channel: 'free' | 'vip';
  text: string;
  photo: boolean;
  publishedAt: string | null;
  reactions: number;
  byEmoji: Reactions[];
}

export interface AuditEntry {
  id: number;
  createdAt: string;
  actor: string | null;
  actorRole: string | null;
  action: string;
  targetUserId: number | null;
  reason: string | null;
  ref: string | null;
}

export interface DeadLetters {
  events: { pending: number; dead: number; done: number };
  updates: { waiting: number; dead: number };
  deadEvents: Array<{
    id: number;
    type: string;
    userId: number | null;
    attempts: number;
    createdAt: string;
    lastError: string | null;
  }>;
  deadUpdates: Array<{ updateId: number; attempts: number; receivedAt: string; lastError: string | null }>;
}

export interface Job {
  id: number;
  kind: string;
  key: string;
  status: 'pending' | 'running' | 'done' | 'dead' | 'cancelled';
  attempts: number;
  runAt: string;
  lastError: string | null;
}

export interface ApiKey {
  id: number;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface RoleHolder {
  telegramId: number;
  role: Role;
  grantedBy: string;
  grantedAt: string | null;
}

export type FunnelStep = 'started' | 'firstFragment' | 'firstDecision' | 'chapter2' | 'chapter3' | 'vip';
export const FUNNEL_STEPS: FunnelStep[] = [
  'started',
  'firstFragment',
  'firstDecision',
  'chapter2',
  'chapter3',
  'vip',
];

/** One signup day or week (and language, when split by it) of the funnel: people per step, and conversions. */
export type FunnelCohort = { cohort: string; language: string } & Record<FunnelStep, number> &
  Record<`${Exclude<FunnelStep, 'started'>}Conversion`, number>;

export interface RetentionCohort {
  cohort: string;
  language: string;
  people: number;
  d1: number;
  d7: number;
  d30: number;
  d1Rate: number;
  d7Rate: number;
  d30Rate: number;
}

export interface StoryFigures {
  nodes: Array<{ node: string; people: number }>;
  choices: Array<{ node: string; choice: string; people: number; share: number }>;
  endings: Array<{ node: string; people: number }>;
  dropoff: Array<{ node: string; people: number }>;
}

export interface StoryGraph {
  start: string;
  chapters: Array<{
    id: string;
    title: string;
    vip: boolean;
    nodes: Array<{ id: string; speaker: 'diana' | 'lucien' | 'narration'; ending: boolean }>;
  }>;
  choices: Array<{ node: string; choice: string; to: string; label: string; hidden: boolean }>;
}

export interface Economy {
  issued: Array<{ day: string; reason: string; besitos: number; times: number }>;
  spent: Array<{ day: string; item: string; besitos: number; times: number }>;
  balances: Array<{ from: number; below: number | null; people: number }>;
}

export interface VipDay {
  day: string;
  started: number;
  renewed: number;
  ended: number;
  active: number;
}

export interface RevenueDay {
  day: string;
  payments: number;
  stars: number;
  refunded: number;
  net: number;
}
