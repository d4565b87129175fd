// One process at a time owns the embedded database's folder: two engines on the same files (the bot and a
// command run beside it, or a second `npm start`) would each write their own log and checkpoints over the
// other's and could leave the database unreadable.
//
// The owner keeps a file next to the database, made whole in one step (linked into place), naming the process:
// its id, when it started and its process namespace (a container has its own, where ids start again at 1). It
// touches the file every few seconds while it runs and removes it when it closes. A newcomer that finds the file:
// - in its own namespace, asks the system whether that process still runs (the same id, started at the same
//   time): if so the folder is in use; if not (killed, crashed) it takes the folder over at once;
// - from another namespace (another container on a shared volume, or this container before a restart), cannot
//   ask: it waits until the file has gone untouched for STALE_MS. Touched meanwhile, the folder is in use;
//   untouched, its owner has ended and the folder is taken over.
import { randomBytes } from 'node:crypto';
import {
  linkSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export class DatabaseInUse extends Error {
  override name = 'DatabaseInUse';
  constructor(dataDir: string, who: string) {
    super(
      `the embedded database in ${dataDir} is in use by ${who} (Diana running, or a command on it): stop it first; one process at a time owns the folder`,
    );
  }
}

const OWNER_FILE = 'pglite.pid';
/** How often the owner touches its file. */
const HEARTBEAT_MS = 3000;
/** Untouched for this long, the file of an owner one cannot ask about is taken for one that has ended. */
export const STALE_MS = 15_000;

interface Owner {
  pid: number;
  /** When it started, in the kernel's ticks since boot; undefined where the system does not say. */
  started?: string | undefined;
  /** Its process namespace; undefined where the system does not say. */
  namespace?: string | undefined;
}

/** The folders this process holds. */
const held = new Set<string>();

export interface OwnOptions {
  staleMs?: number;
  heartbeatMs?: number;
}

/**
 * Takes the folder for this process (waiting, when its owner cannot be asked, until its file is stale); returns
 * what gives it back. Throws DatabaseInUse while another process holds it.
 */
export async function ownFolder(dataDir: string, options: OwnOptions = {}): Promise<() => void> {
  const file = join(dataDir, OWNER_FILE);
  if (held.has(file)) throw new DatabaseInUse(dataDir, 'this process');
  const me: Owner = { pid: process.pid, started: startOf(process.pid), namespace: namespaceOf(process.pid) };
  // A few rounds: each stale file is moved away once, and another process may take the folder meanwhile.
  for (let round = 0; round < 3; round++) {
    if (create(file, me)) return hold(file, me, options.heartbeatMs ?? HEARTBEAT_MS);
    const found = read(file);
    if (!found) continue;
    const who = await stillRunning(file, found, me, options.staleMs ?? STALE_MS);
    if (who) throw new DatabaseInUse(dataDir, who);
    moveAway(file, found.text);
  }
  throw new DatabaseInUse(dataDir, 'another process starting at the same moment');
}

/** Writes the file whole, or not at all when one is there (linked into place: never seen half-written). */
function create(file: string, owner: Owner): boolean {
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${JSON.stringify(owner)}\n`);
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

function hold(file: string, me: Owner, heartbeatMs: number): () => void {
  held.add(file);
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Gone (the folder was removed): nothing to keep fresh.
    }
  }, heartbeatMs);
  heartbeat.unref();
  return () => {
    clearInterval(heartbeat);
    if (!held.delete(file)) return;
    const found = read(file);
    if (found && same(found.owner, me)) removeIfPresent(file);
  };
}

/** Who holds the folder, in words, when its owner still runs; undefined when it has ended. */
async function stillRunning(
  file: string,
  found: { text: string; owner: Owner | undefined; touchedMs: number },
  me: Owner,
  staleMs: number,
): Promise<string | undefined> {
  const { owner } = found;
  // A file that names nobody was not made by an owner (they are written whole): nobody holds the folder.
  if (!owner) return undefined;
  if (owner.namespace === me.namespace) {
    // The same id in the same namespace, and not held here: this process's id, reused from an earlier one.
    if (owner.pid === me.pid) return undefined;
    return running(owner) ? `process ${owner.pid}` : undefined;
  }
  const untouchedFor = Date.now() - found.touchedMs;
  if (untouchedFor < staleMs) {
    await new Promise((resolve) => setTimeout(resolve, staleMs - untouchedFor));
    const again = read(file);
    if (again && again.text === found.text && again.touchedMs !== found.touchedMs) {
      return `process ${owner.pid} of another container or machine`;
    }
  }
  return undefined;
}

/**
 * Moves a file judged stale out of the way; if what it moved is not that file (another process replaced it
 * meanwhile with its own), it puts it back.
 */
function moveAway(file: string, judged: string): void {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (read(aside)?.text !== judged) {
    try {
      linkSync(aside, file);
    } catch {
      // Another file is there by now: the next round judges that one.
    }
  }
  removeIfPresent(aside);
}

function read(file: string): { text: string; owner: Owner | undefined; touchedMs: number } | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    return { text, owner: parseOwner(text), touchedMs: statSync(file).mtimeMs };
  } catch {
    return undefined;
  }
}

function parseOwner(text: string): Owner | undefined {
  try {
    const owner = JSON.parse(text) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : undefined;
  } catch {
    return undefined;
  }
}

function same(a: Owner | undefined, b: Owner): boolean {
  return a?.pid === b.pid && a.started === b.started && a.namespace === b.namespace;
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
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces and parentheses): the start time is the 20th.
    return stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The process namespace a process runs in (Linux); undefined where the system does not say. */
function namespaceOf(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/pid`);
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
