// The weekly standing: this week's activity besitos of everyone (the community's week, from Monday in the
// deployment's zone, so everyone reads the same table), the top of the pack's size and the person's own rank.
import { weeklyActivity } from '../../adapters/db/repositories/dailies.ts';
import { addDays, startOfDay, weekStart } from '../../domain/calendar.ts';
import { type StandingRow, standingFor } from '../../domain/dailies/standing.ts';
import type { AppContext } from '../services.ts';
import { dailiesOf } from './rules.ts';

export interface WeeklyStanding {
  top: StandingRow[];
  own: StandingRow | undefined;
  /** People in the standing this week. */
  total: number;
}

export async function weeklyStanding(app: AppContext, userId: number): Promise<WeeklyStanding> {
  const monday = weekStart(app.clock.now(), app.timeZone);
  const from = startOfDay(monday, app.timeZone);
  const to = startOfDay(addDays(monday, 7), app.timeZone);
  const rows = await weeklyActivity(app.db, from, to);
  return standingFor(rows, userId, dailiesOf(app).standing.top);
}
