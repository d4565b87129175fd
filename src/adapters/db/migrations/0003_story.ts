// Story saves: where each user is in the story, what they carry from their choices (flags, relationship with
// Diana, her emotional state) and what they have seen. `revision` grows with every change; buttons carry
// it, so a stale or replayed button is recognised and changes nothing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE story_saves (
      user_id      bigint PRIMARY KEY REFERENCES users (id),
      node         text NOT NULL,
      chapter      text NOT NULL,
      revision     integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
      flags        jsonb NOT NULL DEFAULT '[]',
      relationship integer NOT NULL DEFAULT 0,
      emotion      text NOT NULL,
      visited      jsonb NOT NULL DEFAULT '[]',
      choices      jsonb NOT NULL DEFAULT '[]',
      taken        jsonb NOT NULL DEFAULT '[]',
      chapters     jsonb NOT NULL DEFAULT '[]',
      endings      jsonb NOT NULL DEFAULT '[]',
      runs         integer NOT NULL DEFAULT 1 CHECK (runs >= 1),
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE story_saves;`.execute(db);
}
