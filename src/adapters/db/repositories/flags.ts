// Feature flags as admins set them at run time; a flag without a row follows the pack.
import type { FlagName, FlagRule } from '../../../domain/flags.ts';
import type { Executor } from '../database.ts';

export interface FlagOverride extends FlagRule {
  name: string;
  updatedBy: number;
  updatedAt: Date;
}

export async function flagOverrides(db: Executor): Promise<FlagOverride[]> {
  const rows = await db.selectFrom('feature_flags').selectAll().execute();
  return rows.map((row) => ({
    name: row.name,
    enabled: row.enabled,
    percent: row.percent,
    segment: row.segment ?? {},
    updatedBy: Number(row.updated_by),
    updatedAt: row.updated_at,
  }));
}

/** The row of one flag, locked until the transaction ends (so two admins' changes are audited in order). */
export async function lockFlagOverride(db: Executor, name: FlagName): Promise<FlagRule | undefined> {
  const row = await db
    .selectFrom('feature_flags')
    .select(['enabled', 'percent', 'segment'])
    .where('name', '=', name)
    .forUpdate()
    .executeTakeFirst();
  return row && { enabled: row.enabled, percent: row.percent, segment: row.segment ?? {} };
}

export async function saveFlagOverride(
  db: Executor,
  name: FlagName,
  rule: FlagRule,
  by: number,
  at: Date,
): Promise<void> {
  const values = {
    enabled: rule.enabled,
    percent: rule.percent,
    segment: JSON.stringify(rule.segment),
    updated_by: by,
    updated_at: at,
  };
  await db
    .insertInto('feature_flags')
    .values({ name, ...values })
    .onConflict((oc) => oc.column('name').doUpdateSet(values))
    .execute();
}

export async function deleteFlagOverride(db: Executor, name: FlagName): Promise<void> {
  await db.deleteFrom('feature_flags').where('name', '=', name).execute();
}
