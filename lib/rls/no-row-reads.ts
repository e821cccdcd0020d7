// Prisma reads the relations of a set of rows with `WHERE <key> IN (…)`, even when the set has no
// key to look up (no rows, or only empty foreign keys): the statement is then `… IN (NULL)`, which
// no row can match, and it still costs a round trip and the client's work. The victim record page
// sent thirteen of them (its empty sections' nested reads), out of fifty statements.
//
// Such a statement is answered here with no rows, in the same columns: the first time a given
// statement comes, it runs and its column names and types are kept; from then on it is not sent.
// Only one shape is recognised, Prisma's own relation read: a plain column list from one table,
// a WHERE that is only that `IN (NULL)` (alone or after Prisma's `1=1 AND`), an optional ORDER BY
// of columns, and OFFSET. Nothing else is changed; anything else is sent as it is.
import { LRUCache } from "lru-cache";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";

const COLUMN = String.raw`"public"\."\w+"\."\w+"`;
const SELECTED = String.raw`${COLUMN}(?:::\w+(?:\[\])?)?`;
const NOTHING_MATCHES = String.raw`${COLUMN} IN \(NULL\)`;
const NO_ROW_READ = new RegExp(
  String.raw`^SELECT (?:${SELECTED}, )*${SELECTED} FROM "public"\."\w+" ` +
    String.raw`WHERE (?:${NOTHING_MATCHES}|\(1=1 AND ${NOTHING_MATCHES}\))` +
    String.raw`(?: ORDER BY (?:${COLUMN} (?:ASC|DESC), )*${COLUMN} (?:ASC|DESC))? OFFSET \$1$`,
);

export function readsNoRow(sql: string): boolean {
  return NO_ROW_READ.test(sql);
}

type Shape = Pick<SqlResultSet, "columnNames" | "columnTypes">;

// Keyed by the statement's text: Prisma's statements come in a bounded number of shapes.
const shapes = new LRUCache<string, Shape>({ max: 2_000 });
let answered = 0;

/** How many statements this process answered without sending them (for tests). */
export function noRowReadsAnswered(): number {
  return answered;
}

/** `read(query)`, unless the query is a relation read that no row can match and its columns are known. */
export async function readUnlessNoRow(
  query: SqlQuery,
  read: (query: SqlQuery) => Promise<SqlResultSet>,
): Promise<SqlResultSet> {
  if (!readsNoRow(query.sql)) return read(query);
  const shape = shapes.get(query.sql);
  if (shape) {
    answered++;
    return { columnNames: [...shape.columnNames], columnTypes: [...shape.columnTypes], rows: [] };
  }
  const result = await read(query);
  if (result.rows.length === 0)
    shapes.set(query.sql, { columnNames: [...result.columnNames], columnTypes: [...result.columnTypes] });
  return result;
}
