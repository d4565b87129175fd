// Which chapters a person may jump to from the 📖 Diario: those they have read into, and the VIP chapters for a
// VIP (who may open them at once, as the pack's `vip: true` promises). A VIP chapter is locked for anyone else,
// even one they read into while VIP; a free chapter not reached yet is not offered at all.
import type { Lock } from './conditions.ts';
import type { Chapter, Story, StoryPlayer, StorySave } from './types.ts';

export type ChapterAccess =
  | { chapter: Chapter; status: 'open' }
  | { chapter: Chapter; status: 'locked'; lock: Lock };

/** The chapters to offer, in the story's order. */
export function chapterAccess(story: Story, save: StorySave, player: StoryPlayer): ChapterAccess[] {
  const access: ChapterAccess[] = [];
  for (const chapter of story.chapters.values()) {
    if (chapter.vip && !player.isVip) access.push({ chapter, status: 'locked', lock: { kind: 'vip' } });
    else if (chapter.vip || chapter.nodes.some((id) => save.visited.includes(id))) {
      access.push({ chapter, status: 'open' });
    }
  }
  return access;
}
