// One process at a time owns the embedded database's folder: two engines on the same files (the bot and a
// command run beside it, or a second `npm start`) would each write their own log and checkpoints over the
// other's and could leave the database unreadable. The owner writes its process id next to the database and
// removes it when it closes; a file left by a process that has ended (killed, crashed) is taken over.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DatabaseInUse extends Error {
  override name = 'DatabaseInUse';
  constructor(dataDir: string, pid: number) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid} (Diana running, or a command on it): stop that process first; one process at a time owns the folder`,
    );
  }
}

const OWNER_FILE = 'pglite.pid';
/** The folders this process holds (its own id in a file may also be a previous process's, whose id it reuses). */
const held = new Set<string>();

/** Takes the folder for this process; returns what gives it back. Throws DatabaseInUse while another holds it. */
export function ownFolder(dataDir: string): () => void {
  const file = join(dataDir, OWNER_FILE);
  if (held.has(file)) throw new DatabaseInUse(dataDir, process.pid);
  // Two tries: a file left by an ended process is removed once, and another process may take it meanwhile.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      held.add(file);
      return () => release(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(file);
    if (owner !== undefined && owner !== process.pid && running(owner))
      throw new DatabaseInUse(dataDir, owner);
    removeIfPresent(file);
  }
  throw new DatabaseInUse(dataDir, ownerOf(file) ?? 0);
}

function release(file: string): void {
  if (!held.delete(file)) return;
  if (ownerOf(file) === process.pid) removeIfPresent(file);
}

/** The process id in the file; undefined when it is gone or holds no id (written half, by a killed process). */
function ownerOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this id runs (one of another user's answers EPERM: it runs too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
