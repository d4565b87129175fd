// The sandbox keeps its chats in DATA_DIR, so stopping and starting Diana shows the same conversation, with
// buttons that still work, as Telegram would.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BotApiEmulator, EmulatorSnapshot } from './emulator.ts';

const SAVE_DELAY_MS = 250;

/** Restores the emulator from `file` and saves it back (debounced) after every change. Returns a final save. */
export function persistEmulator(emulator: BotApiEmulator, file: string): () => void {
  try {
    emulator.restore(JSON.parse(readFileSync(file, 'utf8')) as EmulatorSnapshot);
  } catch {
    // No saved sandbox yet (or an unreadable one): start with empty chats.
  }
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(emulator.snapshot()));
    renameSync(`${file}.tmp`, file);
  };
  emulator.onChange(() => {
    timer ??= setTimeout(save, SAVE_DELAY_MS);
  });
  return save;
}
