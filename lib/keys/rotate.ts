// Key rotation: re-encrypts every encrypted column under the current key, in batches, while the
// app keeps running. The app runs with the new key as DATA_ENCRYPTION_KEY and the old one in
// DATA_ENCRYPTION_OLD_KEYS (it reads both, writes only the new one); this then moves the rest.
// - Every column named `*_encrypted` is found from the database catalogue, so a new one is
//   covered without being listed anywhere: text fields, and files (bytea, lib/crypto.ts encryptBytes,
//   whose header names the key as a text field's does; moved a few rows at a time, being large).
// - Resumable: each batch picks rows still under another key; an interruption loses nothing.
// - Safe beside the app: each row is updated only if its ciphertext is still the one read
//   (compare-and-set), so an edit made meanwhile (already under the new key) is never overwritten.
// - Binding: each value is decrypted and re-encrypted bound to where it is stored,
//   `table.column:rowId`, so a v1 ciphertext (bound to its key only) becomes v2 even when its key
//   is already the current one. A value that does not decrypt where it is found (copied from
//   another row, or altered) is left as it is and counted as unreadable, never re-encrypted there.
// Audit events are insert-only and keep the encrypted old values they were written with; see
// docs/security.md on retiring a key.
import type pg from "pg";
import {
  encryptBytes,
  encryptField,
  fieldContext,
  FieldBindingError,
  openBytes,
  openField,
  type Keys,
} from "@/lib/crypto";

type Queryable = Pick<pg.Pool, "query" | "connect">;

export interface EncryptedColumn {
  table: string;
  column: string;
  /** The type of the table's id (uuid, bigint…), for index-using look-ups. */
  idType: string;
  /** Text fields, or sealed files. */
  kind: "text" | "bytes";
}

export async function listEncryptedColumns(client: Pick<pg.Pool, "query">): Promise<EncryptedColumn[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string; id_type: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, idc.udt_name AS id_type, c.data_type FROM information_schema.columns c
       JOIN information_schema.columns idc ON idc.table_schema = c.table_schema AND idc.table_name = c.table_name AND idc.column_name = 'id'
      WHERE c.table_schema = current_schema() AND c.column_name LIKE '%\\_encrypted' AND c.data_type IN ('text', 'bytea')
      ORDER BY 1, 2`,
  );
  return rows.map((r) => ({
    table: r.table_name,
    column: r.column_name,
    idType: r.id_type.replace(/[^a-z0-9_]/g, ""),
    kind: r.data_type === "bytea" ? "bytes" : "text",
  }));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** How many ciphertexts each key holds, per column. */
export async function countByKey(client: Pick<pg.Pool, "query">) {
  const result: { table: string; column: string; keyId: string; count: number }[] = [];
  for (const { table, column, kind } of await listEncryptedColumns(client)) {
    // A file's header is ASCII (`v2.<keyId>.`): its first bytes read as text.
    const value = kind === "bytes" ? `encode(substring(${ident(column)} from 1 for 48), 'escape')` : ident(column);
    const { rows } = await client.query<{ key_id: string; n: string }>(
      `SELECT split_part(${value}, '.', 2) AS key_id, count(*) AS n FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL GROUP BY 1`,
    );
    for (const r of rows) result.push({ table, column, keyId: r.key_id, count: Number(r.n) });
  }
  return result;
}

export interface RotationProgress {
  table: string;
  column: string;
  rotated: number;
}

/**
 * Moves ciphertexts under other keys to `keys.keyId`. `maxBatches` stops early (tests simulate an
 * interruption with it); `onProgress` reports after each batch.
 */
export async function rotateKeys(
  pool: Queryable,
  keys: Keys,
  options: { batchSize?: number; maxBatches?: number; onProgress?: (p: RotationProgress) => void } = {},
): Promise<{ rotated: number; complete: boolean; unreadable: number }> {
  const batchSize = options.batchSize ?? 500;
  let batches = 0;
  let rotated = 0;
  let unreadable = 0;
  // Anything not yet v2 under the current key: other keys, and v1 under any key.
  const header = `v2.${keys.keyId.replace(/[^a-z0-9]/g, "")}.`;
  for (const { table, column, idType, kind } of await listEncryptedColumns(pool)) {
    const stale =
      kind === "bytes"
        ? `substring(${ident(column)} from 1 for ${header.length}) <> convert_to('${header}', 'SQL_ASCII')`
        : `${ident(column)} NOT LIKE '${header}%'`;
    // A file is up to 20 MB: a few at a time.
    const limit = kind === "bytes" ? Math.min(batchSize, 8) : batchSize;
    let done = 0;
    // Unreadable rows stay stale; the cursor walks past them so a batch never repeats them.
    let after: string | null = null;
    for (;;) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches)
        return { rotated, complete: false, unreadable };
      const { rows }: { rows: { id: string; value: string | Buffer }[] } = await pool.query<{
        id: string;
        value: string | Buffer;
      }>(
        `SELECT id::text AS id, ${ident(column)} AS value FROM ${ident(table)}
          WHERE ${ident(column)} IS NOT NULL AND ${stale} AND ($2::text IS NULL OR id > $2::${idType})
          ORDER BY id LIMIT $1`,
        [limit, after],
      );
      if (rows.length === 0) break;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const row of rows) {
          after = row.id;
          const context = fieldContext(table, column, row.id);
          let fresh: string | Buffer;
          try {
            fresh =
              typeof row.value === "string"
                ? encryptField(openField(row.value, context, keys), context, keys)
                : encryptBytes(openBytes(row.value, context, keys), context, keys);
          } catch (error) {
            if (!(error instanceof FieldBindingError)) throw error;
            unreadable++;
            continue;
          }
          const updated = await client.query(
            `UPDATE ${ident(table)} SET ${ident(column)} = $1 WHERE id = $2::${idType} AND ${ident(column)} = $3`,
            [fresh, row.id, row.value],
          );
          done += updated.rowCount ?? 0;
          rotated += updated.rowCount ?? 0;
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
      batches++;
      options.onProgress?.({ table, column, rotated: done });
    }
  }
  return { rotated, complete: true, unreadable };
}
