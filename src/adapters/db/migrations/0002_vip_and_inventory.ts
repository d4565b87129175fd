// VIP status on the user and the items a user owns (story keys, badges, consumables).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN vip_until timestamptz;

    CREATE TABLE inventory (
      user_id     bigint NOT NULL REFERENCES users (id),
      item_id     text NOT NULL,
      quantity    integer NOT NULL CHECK (quantity >= 0),
      acquired_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, item_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE inventory;
    ALTER TABLE users DROP COLUMN vip_until;
  `.execute(db);
}
