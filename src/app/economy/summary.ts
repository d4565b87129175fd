// 🌟 Mis Besitos as data: balance, level and the way to the next one, badges worn, the latest movements.
import { type LedgerLine, recentEntries } from '../../adapters/db/repositories/ledger.ts';
import type { Item } from '../../content/items-schema.ts';
import { type LevelProgress, levelProgress } from '../../domain/economy/levels.ts';
import { loadPlayer, type Player } from '../player.ts';
import type { AppContext } from '../services.ts';

export interface BesitosSummary {
  player: Player;
  progress: LevelProgress;
  /** Cosmetic badges the user owns: their profile shows them. */
  badges: Item[];
  entries: LedgerLine[];
}

export async function besitosSummary(
  app: AppContext,
  userId: number,
  recent = 10,
): Promise<BesitosSummary | undefined> {
  const player = await loadPlayer(app.db, app.pack, userId, app.clock.now());
  if (!player) return undefined;
  return {
    player,
    progress: levelProgress(player.user.activityEarned, app.pack.economy.levels),
    badges: badgesOf(app, player),
    entries: await recentEntries(app.db, userId, recent),
  };
}

export function badgesOf(app: AppContext, player: Player): Item[] {
  return [...player.items.keys()]
    .map((id) => app.pack.items.get(id))
    .filter((item): item is Item => item?.kind === 'badge');
}
