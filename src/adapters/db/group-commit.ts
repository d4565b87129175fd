// Group commit on the embedded database. PGlite is one connection, so its transactions run one after another
// and each pays its own COMMIT. Instead, the transactions waiting when the connection frees up run as one group:
// one real transaction, each member inside a SAVEPOINT of its own, and one COMMIT for all. (PGlite runs with
// fsync off: what a COMMIT costs there is its WAL write and its own round trip, not a flush to disk.)
//
// The invariant: every member sees exactly what it would see if the members ran one after another, each with its
// own BEGIN and COMMIT.
// - A member's transaction succeeds only once the group's COMMIT has succeeded. If the COMMIT fails, every member
//   that finished its work fails with that error, and nothing the group wrote is visible.
// - A member that fails (its work throws, or its last statement or its release fails) gets its own error, and
//   its writes are rolled back to its savepoint; the members before and after it commit.
// - Members run one at a time, in the order they arrived: each reads the writes of those before it. A member's
//   end (its last statement with its release, or the release alone) is sent without waiting for the answer:
//   the database runs what it is sent in order, undoes a failed end before anything sent after it, and the
//   member learns the outcome from that answer and the group's COMMIT.
// - A group holds the members waiting when it starts, at most MAX_GROUP; who arrives meanwhile waits for the
//   next group, and single statements that arrive meanwhile run right after it, before the next group. A
//   transaction that finds nobody waiting starts at once, alone, as a plain transaction (BEGIN with its first
//   statement, COMMIT with its last).
// - A transaction with settings (an isolation level, read only) runs alone: they apply from BEGIN to COMMIT.
//   One that changes its transaction for the rest of it (SET LOCAL, set_config, LOCK TABLE, a temporary table)
//   ends its group right after it: the change lasts until the COMMIT, and nobody else's work runs under it.
// - The group's COMMIT is guarded: a transaction left aborted (a savepoint that could not be rolled back) is
//   rolled back and reported as a failure, never silently taken for a commit.
// Two differences remain: now() is the time the transaction began, so the members of a group share it; and a
// deferred constraint (the schema has none) would be checked at the shared COMMIT, failing the whole group.
// A member's work must not wait for another transaction to finish: the one before it in the group finishes
// only with the group.
import type { PGliteClient } from './pglite-client.ts';
import type { SharedExclusiveGate } from './shared-exclusive-gate.ts';

/**
 * At most this many transactions share a COMMIT. Single statements (another person's menu) wait for the group
 * in progress: a small group keeps that wait short, and a COMMIT shared by 16 costs next to nothing each.
 */
export const MAX_GROUP = 16;

/** Statements whose effect lasts until the end of the whole transaction, beyond the member's savepoint. */
const CHANGES_TRANSACTION =
  /\bset\s+local\b|\bset\s+time\s+zone\b|\bset_config\s*\(|\block\s+table\b|\bcreate\s+temp/i;

const SAVEPOINT = 'member';

interface Waiting {
  /** BEGIN with the transaction's settings. */
  begin: string;
  alone: boolean;
  admit: (member: Member) => void;
}

class Group {
  /** BEGIN was sent (with some member's first statement). */
  begun = false;
  /** No member may follow the current one (it changed the transaction). */
  closed = false;
  readonly committed: Promise<void>;
  settle!: (error?: unknown) => void;

  constructor(readonly plain: boolean) {
    this.committed = new Promise<void>((resolve, reject) => {
      this.settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    // Members that failed on their own never wait for it.
    this.committed.catch(() => undefined);
  }
}

/** One transaction's part in its group: how it opens, ends and undoes, and when it is over. */
export class Member {
  /** Its first statement was sent, with the opening script. */
  private started = false;
  /** Its part ended with its last statement (released or committed, or undone on failure). */
  private ended = false;
  readonly done: Promise<void>;
  private finish!: () => void;

  constructor(
    private readonly pg: PGliteClient,
    private readonly group: Group,
    private readonly begin: string,
  ) {
    this.done = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  /** What to send before this statement of the member's: the opening script with its first one. */
  before(sql: string): string | undefined {
    if (CHANGES_TRANSACTION.test(sql)) this.group.closed = true;
    if (this.started) return undefined;
    this.started = true;
    if (this.group.plain) return this.begin;
    const begin = this.group.begun ? '' : `${this.begin}; `;
    this.group.begun = true;
    return `${begin}SAVEPOINT ${SAVEPOINT}`;
  }

  /** The scripts ending the member's part: what makes its work stay, and what undoes it. */
  closing(): { end: string; undo: string } {
    return this.group.plain
      ? { end: 'COMMIT', undo: 'ROLLBACK' }
      : {
          end: `RELEASE SAVEPOINT ${SAVEPOINT}`,
          undo: `ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`,
        };
  }

  /**
   * Its last statement, carrying the end (and what undoes the part should it fail), is on its way: the part is
   * over, and the group goes on while the database runs it.
   */
  endedWithLastStatement(): void {
    this.ended = true;
    this.finish();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** The work succeeded: ends the part (unless its last statement did), then waits for the group's COMMIT. */
  async commit(): Promise<void> {
    await this.end('end');
    await this.group.committed;
  }

  /** The work failed: undoes the part, unless its last statement did; never waits for the group. */
  async rollback(): Promise<void> {
    await this.end('undo');
  }

  /**
   * Sends the script that ends the part, if no statement did, and lets the group go on at once: the database
   * runs what is sent in order, so the next member starts after it; a failed end is undone before that.
   */
  private async end(how: 'end' | 'undo'): Promise<void> {
    let ended: Promise<unknown> | undefined;
    if (this.started && !this.ended) {
      const { end, undo } = this.closing();
      ended = how === 'end' ? this.pg.exec(end, { undo }) : this.pg.exec(undo);
      this.ended = true;
    }
    this.finish();
    await ended;
  }
}

export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private running = false;

  constructor(
    private readonly pg: PGliteClient,
    /** Held exclusively by each group, from its first member's start to its COMMIT. */
    private readonly gate: SharedExclusiveGate,
  ) {}

  /** Waits for the transaction's turn, in the next group (or alone, with settings). */
  join(begin: string, alone: boolean): Promise<Member> {
    return new Promise((admit) => {
      this.waiting.push({ begin, alone, admit });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      await this.gate.acquireExclusive();
      try {
        await this.runGroup(this.nextGroup());
      } finally {
        this.gate.releaseExclusive();
      }
    }
    this.running = false;
  }

  private nextGroup(): Waiting[] {
    let size = 1;
    if (!this.waiting[0]!.alone) {
      while (size < Math.min(this.waiting.length, MAX_GROUP) && !this.waiting[size]!.alone) size++;
    }
    return this.waiting.splice(0, size);
  }

  private async runGroup(members: Waiting[]): Promise<void> {
    const group = new Group(members.length === 1);
    for (const [i, waiting] of members.entries()) {
      if (group.closed) {
        // The rest go first in the next group, in their order.
        this.waiting.unshift(...members.slice(i));
        break;
      }
      const member = new Member(this.pg, group, waiting.begin);
      waiting.admit(member);
      await member.done;
    }
    group.settle(await this.commit(group));
  }

  /** The group's COMMIT (a plain transaction has committed with its member); the error if it failed. */
  private async commit(group: Group): Promise<unknown> {
    if (group.plain || !group.begun) return undefined;
    try {
      // Refused by a transaction left aborted, where a bare COMMIT would quietly roll back.
      await this.pg.exec('SELECT 1; COMMIT');
      return undefined;
    } catch (error) {
      await this.pg.exec('ROLLBACK').catch(() => undefined);
      return error;
    }
  }
}
