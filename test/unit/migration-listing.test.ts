// Kysely's migrator lists every schema's tables and columns before it migrates; another schema's table or
// column dropped meanwhile (a rollback running beside it) makes that listing fail, and the step is tried again.
// A migration's own failure is not mistaken for it.
import { describe, expect, it } from 'vitest';
import { vanishedDuringListing } from '../../src/adapters/db/migrate.ts';

describe('a migration step that failed while listing the database', () => {
  it('is told by what PostgreSQL reports missing: a schema, a table or a column of a table', () => {
    expect(vanishedDuringListing(new Error('schema "test_3fa9" does not exist'))).toBe(true);
    expect(vanishedDuringListing(new Error('relation "test_3fa9.audit_log" does not exist'))).toBe(true);
    expect(vanishedDuringListing(new Error('column "admin_id" of relation "audit_log" does not exist'))).toBe(
      true,
    );
  });

  it('is not a migration that failed on its own, nor anything that is not an error', () => {
    expect(vanishedDuringListing(new Error('column "admin_id" of relation "audit_log" already exists'))).toBe(
      false,
    );
    expect(vanishedDuringListing(new Error('syntax error at or near "TABLE"'))).toBe(false);
    expect(vanishedDuringListing('relation "x" does not exist')).toBe(false);
    expect(vanishedDuringListing(undefined)).toBe(false);
  });
});
