// Story saves (the columns are the domain's StorySave, lists stored as JSON).
// A use-case locks the save row (FOR UPDATE) before deciding anything, so two taps on the same
// button apply one after the other and the second finds the revision already moved.
import { sql } from 'kysely';
import type { StorySave } from '../../../domain/story/types.ts';
import type { Executor } from '../database.ts';

const COLUMNS = [
  'node',
  'chapter',
  'revision',
  'flags',
  'relationship',
  'emotion',
  'visited',
  'choices',
  'taken',
  'chapters',
  'endings',
  'runs',
] as const;

export async function findSave(db: Executor, userId: number): Promise<StorySave | undefined> {
  return db.selectFrom('story_saves').select(COLUMNS).where('user_id', '=', userId).executeTakeFirst();
}

/** The save, locked until the end of the caller's transaction. */
export async function lockSave(tx: Executor, userId: number): Promise<StorySave | undefined> {
  return tx
    .selectFrom('story_saves')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

/** Creates the save unless one exists (a concurrent first visit creates it once), then locks it. */
export async function createAndLockSave(tx: Executor, userId: number, save: StorySave): Promise<StorySave> {
  await tx
    .insertInto('story_saves')
    .values({ user_id: userId, ...toRow(save) })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  const locked = await lockSave(tx, userId);
  if (!locked) throw new Error(`story save of user ${userId} vanished`);
  return locked;
}

/** Writes a save over the revision it was computed from; false when someone else moved it first. */
export async function writeSave(
  tx: Executor,
  userId: number,
  from: number,
  save: StorySave,
): Promise<boolean> {
  const result = await tx
    .updateTable('story_saves')
    .set({ ...toRow(save), updated_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revision', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toRow(save: StorySave) {
  return {
    node: save.node,
    chapter: save.chapter,
    revision: save.revision,
    flags: JSON.stringify(save.flags),
    relationship: save.relationship,
    emotion: save.emotion,
    visited: JSON.stringify(save.visited),
    choices: JSON.stringify(save.choices),
    taken: JSON.stringify(save.taken),
    chapters: JSON.stringify(save.chapters),
    endings: JSON.stringify(save.endings),
    runs: save.runs,
  };
}
