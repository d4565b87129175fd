// 📖 Diario: the fragments a person has already read, in the order they first read them, to read again. Reading
// again pays nothing and changes nothing in the story (the save stays where it is). The chapters a person may
// jump to are listed here too; the jump itself is a story step (jumpInStory in story.ts).
import { findSave } from '../adapters/db/repositories/story.ts';
import { type ChapterAccess, chapterAccess } from '../domain/story/chapters.ts';
import { isCompleted } from '../domain/story/engine.ts';
import type { StoryNode } from '../domain/story/types.ts';
import type { AppContext } from './services.ts';
import { storyPlayer } from './story.ts';

/** The fragments read so far, oldest first. */
export async function diary(app: AppContext, userId: number): Promise<StoryNode[]> {
  const save = await findSave(app.db, userId);
  if (!save) return [];
  const { nodes } = app.pack.story;
  return save.visited
    .filter((id) => isCompleted(save, id))
    .map((id) => nodes.get(id))
    .filter((node): node is StoryNode => node !== undefined);
}

/** A fragment to read again: only one this person has read; undefined otherwise. */
export async function diaryEntry(
  app: AppContext,
  userId: number,
  nodeId: string,
): Promise<StoryNode | undefined> {
  return (await diary(app, userId)).find((node) => node.id === nodeId);
}

/** The chapters to offer for a jump, and the save revision the jump buttons carry (none before the story). */
export async function diaryChapters(
  app: AppContext,
  userId: number,
): Promise<{ revision: number; chapters: ChapterAccess[] } | undefined> {
  const save = await findSave(app.db, userId);
  if (!save) return undefined;
  const player = await storyPlayer(app.db, app, userId);
  return { revision: save.revision, chapters: chapterAccess(app.pack.story, save, player) };
}
