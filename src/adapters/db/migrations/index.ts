// Every migration, in order. Each one has an up and a down; names never change once released.
import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001_foundation.ts';
import * as vipAndInventory from './0002_vip_and_inventory.ts';
import * as story from './0003_story.ts';
import * as economy from './0004_economy.ts';
import * as eventBus from './0005_event_bus.ts';
import * as channelsVip from './0006_channels_vip.ts';
import * as hardening from './0007_hardening.ts';
import * as consoleAccess from './0008_console.ts';
import * as dailyLife from './0009_daily_life.ts';
import * as dataRights from './0010_data_rights.ts';
import * as conversation from './0011_conversation.ts';
import * as broadcastsAnalytics from './0013_broadcasts_analytics.ts';
import * as operations from './0015_operations.ts';
import * as dailies from './0016_dailies.ts';
import * as quietHours from './0017_quiet_hours.ts';
import * as traceParent from './0019_trace_parent.ts';
import * as broadcastPhoto from './0020_broadcast_photo.ts';
import * as analyticsRollups from './0021_analytics_rollups.ts';
import * as broadcastUncertain from './0023_broadcast_uncertain.ts';
import * as paidBroadcast from './0024_paid_broadcast.ts';
import * as conversationSpend from './0026_conversation_spend.ts';
import * as activityMarks from './0028_activity_marks.ts';

const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_vip_and_inventory': vipAndInventory,
  '0003_story': story,
  '0004_economy': economy,
  '0005_event_bus': eventBus,
  '0006_channels_vip': channelsVip,
  '0007_hardening': hardening,
  '0008_console': consoleAccess,
  '0009_daily_life': dailyLife,
  '0010_data_rights': dataRights,
  '0011_conversation': conversation,
  '0013_broadcasts_analytics': broadcastsAnalytics,
  '0015_operations': operations,
  '0016_dailies': dailies,
  '0017_quiet_hours': quietHours,
  '0019_trace_parent': traceParent,
  '0020_broadcast_photo': broadcastPhoto,
  '0021_analytics_rollups': analyticsRollups,
  '0023_broadcast_uncertain': broadcastUncertain,
  '0024_paid_broadcast': paidBroadcast,
  '0026_conversation_spend': conversationSpend,
  '0028_activity_marks': activityMarks,
};

/** The names of every migration, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations).sort();

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
