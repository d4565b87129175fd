// The community at a glance for the console and scripts: people, DAU/WAU/MAU, besitos issued and spent, VIP
// active, Stars revenue, and the same per local day (in the deployment's zone), oldest first.
import { audience, dailyAudience } from '../../adapters/db/repositories/stats.ts';
import { economyStats } from '../economy/stats.ts';
import type { AppContext } from '../services.ts';

export async function overview(app: AppContext, days: number) {
  const now = app.clock.now();
  const [figures, economy] = await Promise.all([audience(app.db, now), economyStats(app, { top: 0, days })]);
  const oldest = economy.volume.at(-1)?.day ?? '';
  const since = new Date(now.getTime() - (days + 1) * 86_400_000);
  const byDay = new Map((await dailyAudience(app.db, app.timeZone, since)).map((d) => [d.day, d]));
  return {
    ...figures,
    besitosIssued: Number(economy.totals.issued),
    besitosSpent: Number(economy.totals.spent),
    besitosCirculating: Number(economy.totals.circulating),
    perDay: economy.volume
      .filter((v) => v.day >= oldest)
      .reverse()
      .map((v) => ({
        day: v.day,
        issued: Number(v.issued),
        spent: Number(v.spent),
        newPeople: byDay.get(v.day)?.newPeople ?? 0,
        stars: byDay.get(v.day)?.stars ?? 0,
      })),
  };
}
