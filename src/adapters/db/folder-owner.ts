// One process at a time owns the embedded database's folder: two engines on the same files (the bot and a
// command run beside it, or a second `npm start`) would each write their own log and checkpoints over the
// other's and could leave the database unreadable. The owner writes its process id next to the database (with
// when the process started, where the system tells: a process id is reused, by a restarted container first of
// all) and removes it when it closes; a file left by a process that has ended (killed, crashed) is taken over.
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
      writeFileSync(file, `${process.pid} ${startOf(process.pid) ?? ''}\n`, { flag: 'wx' });
      held.add(file);
      return () => release(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(file);
    if (owner && owner.pid !== process.pid && running(owner)) throw new DatabaseInUse(dataDir, owner.pid);
    removeIfPresent(file);
  }
  throw new DatabaseInUse(dataDir, ownerOf(file)?.pid ?? 0);
}

function release(file: string): void {
  if (!held.delete(file)) return;
  if (ownerOf(file)?.pid === process.pid) removeIfPresent(file);
}

interface Owner {
  pid: number;
  /** When it started, if the system told. */
  started: string | undefined;
}

/** Who the file names; undefined when it is gone or names nobody (written half, by a killed process). */
function ownerOf(file: string): Owner | undefined {
  try {
    const [pid, started] = readFileSync(file, 'utf8').trim().split(' ');
    const id = Number(pid);
    return Number.isInteger(id) && id > 0 ? { pid: id, started: started || undefined } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the owner still runs: a process with its id (EPERM: another user's, running), started when it did. */
function running(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return owner.started === undefined || startOf(owner.pid) === owner.started;
}

/** When a process started, in the kernel's ticks since boot (Linux); undefined where the system does not say. */
function startOf(pid: number): string | undefined {
  try {
    // The fields after the command name (which may hold spaces): the start time is the 20th.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19];
  } catch {
    return undefined;
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
