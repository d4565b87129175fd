// Feature flags: the ONE way to ask whether a subsystem runs (for a person, or for everyone). The pack gives
// the defaults, admins override them at run time; the overrides are read from the database and kept for a
// few seconds, and a change made here is seen at once by this process (others see it within the cache time).
import type { Db } from '../adapters/db/database.ts';
import { writeAudit } from '../adapters/db/repositories/audit.ts';
import { transact } from '../adapters/db/repositories/events.ts';
import {
  deleteFlagOverride,
  flagOverrides,
  lockFlagOverride,
  saveFlagOverride,
} from '../adapters/db/repositories/flags.ts';
import type { User } from '../adapters/db/repositories/users.ts';
import {
  describeRule,
  evaluateFlag,
  FLAG_NAMES,
  FLAG_ON,
  type FlagName,
  type FlagRule,
  isFlagName,
} from '../domain/flags.ts';
import { isVipAt } from './player.ts';
import type { AppContext } from './services.ts';

/** How long the admins' overrides are kept in memory before being read again. */
export const FLAG_CACHE_MS = 5_000;

interface Cached {
  at: number;
  /** One read for everyone who asks while it is under way (a burst of messages asks at once). */
  overrides: Promise<Map<FlagName, FlagRule>>;
}

// One cache per database: every instance of the app on it shares its answers, tests on separate ones don't.
const caches = new WeakMap<Db, Cached>();

function overrides(app: AppContext): Promise<Map<FlagName, FlagRule>> {
  const cached = caches.get(app.db);
  if (cached && performance.now() - cached.at < FLAG_CACHE_MS) return cached.overrides;
  const entry: Cached = {
    at: performance.now(),
    overrides: flagOverrides(app.db).then((rows) => {
      const map = new Map<FlagName, FlagRule>();
      for (const row of rows) if (isFlagName(row.name)) map.set(row.name, row);
      return map;
    }),
  };
  caches.set(app.db, entry);
  // A failed read is not kept: the next question reads again.
  entry.overrides.catch(() => {
    if (caches.get(app.db) === entry) caches.delete(app.db);
  });
  return entry.overrides;
}

export interface FlagState {
  name: FlagName;
  rule: FlagRule;
  source: 'pack' | 'admin';
}

function packRule(app: AppContext, name: FlagName): FlagRule {
  const rule = app.pack.flags[name];
  return rule ? { enabled: rule.enabled, percent: rule.percent, segment: rule.segment } : FLAG_ON;
}

/** Every flag as it stands now, and where its rule comes from. */
export async function flagStates(app: AppContext): Promise<FlagState[]> {
  const admin = await overrides(app);
  return FLAG_NAMES.map((name) => {
    const override = admin.get(name);
    return override
      ? { name, rule: override, source: 'admin' }
      : { name, rule: packRule(app, name), source: 'pack' };
  });
}

/**
 * Whether the flag is on for this person (their id, language and VIP decide a percentage or a segment), or,
 * without a person, whether it is switched on at all.
 */
export async function isFlagOn(
  app: AppContext,
  name: FlagName,
  person?: Pick<User, 'id' | 'language' | 'vipUntil'>,
): Promise<boolean> {
  const rule = (await overrides(app)).get(name) ?? packRule(app, name);
  const subject = person && {
    id: person.id,
    language: person.language,
    vip: isVipAt(person, app.clock.now()),
  };
  return evaluateFlag(name, rule, subject);
}

/** Sets a flag's rule (or, with null, gives it back to the pack), audited with the rule before and after. */
export async function setFlag(
  app: AppContext,
  adminId: number,
  name: FlagName,
  rule: FlagRule | null,
): Promise<FlagRule> {
  const now = app.clock.now();
  const after = await transact(app.db, async (tx) => {
    const before = (await lockFlagOverride(tx, name)) ?? packRule(app, name);
    if (rule) await saveFlagOverride(tx, name, rule, adminId, now);
    else await deleteFlagOverride(tx, name);
    const after = rule ?? packRule(app, name);
    await writeAudit(
      tx,
      {
        adminId,
        action: 'flag-set',
        targetUserId: null,
        before: { ...before, text: describeRule(before) },
        after: { ...after, text: describeRule(after), source: rule ? 'admin' : 'pack' },
        reason: null,
        ref: `flag:${name}`,
      },
      now,
    );
    return after;
  });
  caches.delete(app.db);
  app.log.info({ flag: name, rule: describeRule(after), adminId }, 'feature flag changed');
  return after;
}
