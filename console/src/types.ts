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
