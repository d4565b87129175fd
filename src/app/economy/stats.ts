// The economy at a glance for admins: totals, the top earners and the volume of the last days (in the
// deployment's zone).
import {
  type DayVolume,
  dailyVolume,
  type EconomyTotals,
  economyTotals,
  type TopEarner,
  topEarners,
} from '../../adapters/db/repositories/stats.ts';
import { addDays, localDate, startOfDay } from '../../domain/calendar.ts';
import type { AppContext } from '../services.ts';
import { ADMIN_REASONS } from './admin.ts';

export interface EconomyStats {
  totals: EconomyTotals;
  top: TopEarner[];
  /** The last `days` local days, newest first; days without movements are listed with zeros. */
  volume: DayVolume[];
}

export async function economyStats(app: AppContext, options = { top: 5, days: 7 }): Promise<EconomyStats> {
  const now = app.clock.now();
  const today = localDate(now, app.timeZone);
  const days = Array.from({ length: options.days }, (_, i) => addDays(today, -i));
  const since = startOfDay(days.at(-1)!, app.timeZone);
  const [totals, top, volume] = await Promise.all([
    economyTotals(app.db, ADMIN_REASONS.revoke),
    topEarners(app.db, options.top),
    dailyVolume(app.db, app.timeZone, since),
  ]);
  const byDay = new Map(volume.map((v) => [v.day, v]));
  return {
    totals,
    top,
    volume: days.map((day) => byDay.get(day) ?? { day, issued: 0, spent: 0, movements: 0 }),
  };
}
