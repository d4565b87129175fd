// Story experiments: who was shown which variant of a node (once per person and node), and how each variant
// does: how many people were shown it and how many of them went on (took a choice of that node).
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/** Records the first exposure of a person to a node's experiment; false when they had been shown it before. */
export async function recordExposure(
  db: Executor,
  e: { userId: number; node: string; variant: string; at: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('story_exposures')
    .values({ user_id: e.userId, node_id: e.node, variant: e.variant, exposed_at: e.at })
    .onConflict((oc) => oc.columns(['user_id', 'node_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface VariantFigures {
  node: string;
  variant: string;
  exposed: number;
  /** Of those exposed, how many took a choice at that node afterwards (a DecisionMade event). */
  converted: number;
}

export async function variantFigures(db: Executor): Promise<VariantFigures[]> {
  const rows = await db
    .selectFrom('story_exposures as x')
    .select([
      'x.node_id',
      'x.variant',
      sql<string>`count(*)`.as('exposed'),
      sql<string>`count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM events e
         WHERE e.user_id = x.user_id AND e.type = 'DecisionMade' AND e.payload->>'node' = x.node_id
           AND e.created_at >= x.exposed_at))`.as('converted'),
    ])
    .groupBy(['x.node_id', 'x.variant'])
    .orderBy('x.node_id')
    .orderBy('x.variant')
    .execute();
  return rows.map((r) => ({
    node: r.node_id,
    variant: r.variant,
    exposed: Number(r.exposed),
    converted: Number(r.converted),
  }));
}
