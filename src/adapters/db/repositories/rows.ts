// Rows as the app sees them: a table's snake_case columns become camelCase fields, with the types Kysely
// gives the table's selected columns. One mapping instead of one hand-written copy per table.
import type { Selectable } from 'kysely';

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export type Camelized<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** The row of table type `T` as a camelCased record. */
export type Row<T> = Camelized<Selectable<T>>;

export function camelized<T extends object>(row: T): Camelized<T> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  ) as Camelized<T>;
}

/** A JSON column's value: drivers return it parsed, raw queries sometimes as text. */
export function parsedJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
