// Row types of every table, as Kysely sees them. Migrations are the source of truth; keep this in step.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface UsersTable {
  id: number;
  first_name: string;
  last_name: string | null;
  username: string | null;
  language: string;
  balance: Generated<number>;
  total_earned: Generated<number>;
  /** Besitos earned by activity (base, before the VIP bonus): levels and "earn N" goals follow it. */
  activity_earned: Generated<number>;
  /** How Lucien addresses the person: 'senor', 'senora' or 'neutral'; null until they choose. */
  address: string | null;
  start_payload: string | null;
  notifications: Generated<boolean>;
  time_zone: string | null;
  /** Quiet hours the person chose: 'HH:MM-HH:MM' or 'off'; null keeps the pack's. */
  quiet_hours: string | null;
  vip_until: Date | null;
  created_at: CreatedAt;
  /** The first update of the person's latest active day (in their zone): moved once a day by the update inbox. */
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** Set on the pseudonymous row of a person who asked to be forgotten. */
  forgotten_at: Generated<Date | null>;
  /** False when the person turned broadcasts off in ⚙️ Configuración. */
  broadcasts: Generated<boolean>;
  /** When a message to the person last failed because they blocked the bot (cleared when they come back). */
  unreachable_at: Date | null;
  /** True when the person keeps their name out of the weekly standing (⚙️ Configuración). */
  standing_hidden: Generated<boolean>;
}

export interface TransactionsTable {
  id: Generated<number>;
  user_id: number;
  amount: number;
  balance_after: number;
  reason: string;
  idempotency_key: string;
  ref: string | null;
  /** The part of a positive amount earned by activity (the weekly standing sums it); 0 for everything else. */
  activity: Generated<number>;
  created_at: CreatedAt;
}

export interface UpdateInboxTable {
  update_id: number;
  received_at: CreatedAt;
  status: Generated<'handling' | 'done' | 'failed' | 'dead'>;
  /** The raw update, kept while it may still need handling. */
  body: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  attempts: Generated<number>;
  retry_at: Date | null;
  last_error: string | null;
  handled_at: Date | null;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface EventsTable {
  id: Generated<number>;
  type: string;
  version: number;
  user_id: number | null;
  payload: JSONColumnType<Record<string, unknown>>;
  correlation_id: string | null;
  /** The W3C trace parent of the span that wrote it (tracing on): its delivery continues that trace. */
  trace_parent: Generated<string | null>;
  created_at: CreatedAt;
  status: Generated<'pending' | 'done' | 'dead'>;
  attempts: Generated<number>;
  available_at: Date | null;
  last_error: string | null;
  processed_at: Date | null;
}

export interface GoalProgressTable {
  user_id: number;
  goal_id: string;
  period: string;
  progress: Generated<number>;
  completed_at: Date | null;
  last_event_id: Generated<number>;
  updated_at: Generated<Date>;
}

export interface GoalDistinctValuesTable {
  user_id: number;
  goal_id: string;
  period: string;
  value: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  payload: JSONColumnType<Record<string, unknown>>;
  dedupe_key: string;
  created_at: CreatedAt;
  deliver_after: ColumnType<Date, Date | string | undefined, Date | string>;
  sent_at: Date | null;
  attempts: Generated<number>;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  key: string;
  payload: JSONColumnType<Record<string, unknown>>;
  run_at: ColumnType<Date, Date | string, Date | string>;
  status: Generated<'pending' | 'running' | 'done' | 'dead' | 'cancelled'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  done_at: Date | null;
  /** While `running`: when the run is presumed dead (its instance crashed) and the job runs again. */
  lease_until: Date | null;
  /** The correlation id of the work that scheduled it. */
  correlation_id: Generated<string | null>;
  /** The W3C trace parent of the span that scheduled it (tracing on): its run continues that trace. */
  trace_parent: Generated<string | null>;
}

export interface InventoryTable {
  user_id: number;
  item_id: string;
  quantity: number;
  acquired_at: CreatedAt;
}

export interface DailyClaimsTable {
  user_id: number;
  day: string;
  streak: number;
  claimed_at: CreatedAt;
}

export interface RiddleDaysTable {
  user_id: number;
  day: string;
  attempts: Generated<number>;
  solved: Generated<boolean>;
  /** Until when typed text is an answer to the riddle (null: it is not). */
  answer_until: Date | null;
  last_message_id: number | null;
}

export interface ItemStockTable {
  item_id: string;
  initial: number;
  remaining: number;
}

export interface OrdersTable {
  user_id: number;
  order_no: number;
  item_id: string;
  price: number;
  created_at: CreatedAt;
}

export interface ItemUsesTable {
  user_id: number;
  item_id: string;
  use_no: number;
  used_at: CreatedAt;
}

/** A JSON snapshot, written as text; the log is never updated. */
type AuditState = ColumnType<Record<string, unknown> | null, string | null, never>;

export interface AuditLogTable {
  id: Generated<number>;
  admin_id: number;
  action: string;
  target_user_id: number | null;
  before: AuditState;
  after: AuditState;
  reason: string | null;
  ref: string | null;
  created_at: CreatedAt;
  /** Who acted through the API ("key:3 deploy-bot", "telegram:123"); null for actions taken in the bot. */
  actor: ColumnType<string | null, string | null | undefined, never>;
  actor_role: ColumnType<string | null, string | null | undefined, never>;
  request_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  role: 'admin' | 'operator' | 'developer' | 'viewer';
  prefix: string;
  digest: string;
  created_by: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface ConsoleRolesTable {
  telegram_id: number;
  role: 'admin' | 'operator' | 'developer' | 'viewer';
  granted_by: string;
  granted_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ConsoleLoginsTable {
  digest: string;
  telegram_id: number;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface ConsoleRefreshTokensTable {
  digest: string;
  family: string;
  telegram_id: number;
  created_at: Date;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
}

export interface AdminSessionsTable {
  admin_id: number;
  awaiting: string;
  target_user_id: number | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

type StringList = JSONColumnType<string[], string, string>;

export interface StorySavesTable {
  user_id: number;
  node: string;
  chapter: string;
  revision: number;
  flags: StringList;
  relationship: number;
  emotion: string;
  visited: StringList;
  choices: StringList;
  taken: StringList;
  chapters: StringList;
  endings: StringList;
  runs: number;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface JoinRequestsTable {
  chat_id: number;
  user_id: number;
  requested_at: Date;
  status: Generated<'pending' | 'approved' | 'already_member' | 'withdrawn'>;
  language: string | null;
  created_at: CreatedAt;
  handled_at: Date | null;
}

export interface ChannelMembersTable {
  chat_id: number;
  user_id: number;
  is_member: boolean;
  changed_at: Date;
}

export interface ChannelPostsTable {
  id: Generated<number>;
  chat_id: number;
  message_id: number | null;
  status: Generated<'draft' | 'publishing' | 'published'>;
  text: Generated<string>;
  photo: string | null;
  emojis: StringList;
  created_by: number;
  created_at: CreatedAt;
  published_at: Date | null;
}

export interface ReactionsTable {
  chat_id: number;
  message_id: number;
  user_id: number;
  emoji: string;
  source: 'button' | 'native';
  post_id: number | null;
  created_at: CreatedAt;
  credited_at: Date | null;
}

export interface VipTokensTable {
  token: string;
  plan_id: string;
  created_by: number;
  created_at: CreatedAt;
  expires_at: Date;
  redeemed_by: number | null;
  redeemed_at: Date | null;
  revoked_at: Date | null;
}

export interface VipGrantsTable {
  id: Generated<number>;
  user_id: number;
  plan_id: string | null;
  source: 'token' | 'stars' | 'admin';
  ref: string;
  days: number;
  until: Date;
  created_at: CreatedAt;
  revoked_at: Date | null;
}

export interface VipInvitesTable {
  grant_id: number;
  /** 0: the grant's invitation; 1, 2, ...: fresh ones asked for later from 💎 VIP. */
  seq: Generated<number>;
  user_id: number;
  chat_id: number;
  invite_link: string;
  expires_at: Date;
  created_at: CreatedAt;
  used_at: Date | null;
  revoked_at: Date | null;
}

export interface StarPaymentsTable {
  charge_id: string;
  id: Generated<number>;
  user_id: number;
  plan_id: string;
  amount: number;
  provider_charge_id: string | null;
  grant_id: number | null;
  created_at: CreatedAt;
  refunded_at: Date | null;
  refunded_by: number | null;
}

export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'cancelled' | 'done';
export type RecipientStatus =
  | 'pending'
  | 'claimed'
  | 'sent'
  | 'failed'
  | 'blocked'
  | 'skipped'
  /** Its message was on its way when the sender died: maybe delivered, never sent again. */
  | 'uncertain';

export interface BroadcastsTable {
  id: Generated<number>;
  text: string;
  /** A Telegram file id or an https URL; the text is its caption. */
  photo: string | null;
  buttons: JSONColumnType<unknown[], string, string>;
  segment: JSONColumnType<Record<string, unknown>, string, string>;
  /** Sent with allow_paid_broadcast: faster than the free pace, for Stars from the bot's balance. */
  paid: Generated<boolean>;
  status: Generated<BroadcastStatus>;
  send_at: Date;
  audience: number | null;
  created_by: string;
  idempotency_key: string | null;
  created_at: CreatedAt;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface BroadcastRecipientsTable {
  broadcast_id: number;
  user_id: number;
  status: Generated<RecipientStatus>;
  attempts: Generated<number>;
  claimed_at: Date | null;
  done_at: Date | null;
  error: string | null;
}

export interface SideEffectsTable {
  key: string;
  done_at: Date;
}

export interface ForgottenPeopleTable {
  pseudonym: number;
  forgotten_at: Date;
  purge_after: Date;
  purged_at: Date | null;
  requested_by: 'person' | 'admin';
}

export interface FeatureFlagsTable {
  name: string;
  enabled: boolean;
  percent: number;
  segment: JSONColumnType<{ vip?: boolean; languages?: string[] }>;
  updated_by: number;
  updated_at: Date;
}

export interface StoryExposuresTable {
  user_id: number;
  node_id: string;
  variant: string;
  exposed_at: Date;
}

export interface AnalyticsSummarySubscribersTable {
  admin_id: number;
  since: Date;
}

export interface DB {
  users: UsersTable;
  transactions: TransactionsTable;
  update_inbox: UpdateInboxTable;
  app_settings: AppSettingsTable;
  feature_flags: FeatureFlagsTable;
  story_exposures: StoryExposuresTable;
  analytics_summary_subscribers: AnalyticsSummarySubscribersTable;
  events: EventsTable;
  inventory: InventoryTable;
  daily_claims: DailyClaimsTable;
  riddle_days: RiddleDaysTable;
  item_stock: ItemStockTable;
  orders: OrdersTable;
  item_uses: ItemUsesTable;
  audit_log: AuditLogTable;
  admin_sessions: AdminSessionsTable;
  story_saves: StorySavesTable;
  goal_progress: GoalProgressTable;
  goal_distinct_values: GoalDistinctValuesTable;
  notifications: NotificationsTable;
  jobs: JobsTable;
  join_requests: JoinRequestsTable;
  channel_members: ChannelMembersTable;
  channel_posts: ChannelPostsTable;
  reactions: ReactionsTable;
  vip_tokens: VipTokensTable;
  vip_grants: VipGrantsTable;
  vip_invites: VipInvitesTable;
  star_payments: StarPaymentsTable;
  side_effects: SideEffectsTable;
  forgotten_people: ForgottenPeopleTable;
  api_keys: ApiKeysTable;
  console_roles: ConsoleRolesTable;
  console_logins: ConsoleLoginsTable;
  console_refresh_tokens: ConsoleRefreshTokensTable;
  broadcasts: BroadcastsTable;
  broadcast_recipients: BroadcastRecipientsTable;
  conversation_memory: ConversationMemoryTable;
  conversation_usage: ConversationUsageTable;
  conversation_spend: ConversationSpendTable;
  conversation_verdicts: ConversationVerdictsTable;
  conversation_days: ConversationDaysTable;
  conversation_inbox: ConversationInboxTable;
}

export interface ConversationMemoryTable {
  user_id: number;
  summary: Generated<string>;
  facts: JSONColumnType<string[], string, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ConversationUsageTable {
  user_id: number;
  day: string;
  model: string;
  messages: Generated<number>;
  prompt_tokens: Generated<number>;
  completion_tokens: Generated<number>;
  cost_micro_usd: Generated<number>;
}

export interface ConversationSpendTable {
  day: string;
  cost_micro_usd: Generated<number>;
}

export interface ConversationVerdictsTable {
  id: Generated<number>;
  user_id: number;
  model: string;
  attempt: number;
  score: number;
  accepted: boolean;
  reasons: JSONColumnType<string[], string, string>;
  created_at: CreatedAt;
}

export interface ConversationDaysTable {
  user_id: number;
  day: string;
}

export interface ConversationInboxTable {
  id: Generated<number>;
  user_id: number;
  text: string;
  status: Generated<'open' | 'answered'>;
  answer: string | null;
  answered_by: number | null;
  created_at: CreatedAt;
  answered_at: Date | null;
}
