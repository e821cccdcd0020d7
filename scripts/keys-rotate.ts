// `npm run keys:rotate`: re-encrypts every encrypted field of the database (MAINTENANCE_DATABASE_URL, as its owner) under the current
// DATA_ENCRYPTION_KEY, reading old ciphertexts with DATA_ENCRYPTION_OLD_KEYS. Resumable: run it
// again after an interruption. `-- --check` only counts ciphertexts per key.
// Rotation, step by step (docs/security.md): 1. give the app a new DATA_ENCRYPTION_KEY and
// DATA_ENCRYPTION_KEY_ID, and the old key in DATA_ENCRYPTION_OLD_KEYS; restart it. 2. run this.
// 3. when --check shows nothing under the old id (audit history aside), remove the old key.
import { currentKeys } from "../lib/crypto";
import { countByKey, rotateKeys } from "../lib/keys/rotate";
import { countObjectsByKey, rotateObjects } from "../lib/keys/rotate-objects";
import { objectStore } from "../lib/attachments/object-store";
import { withDatabaseFromEnv } from "./db/pool-from-env";

async function main() {
  await withDatabaseFromEnv("to re-encrypt", async (pool) => {
    if (!process.argv.includes("--check")) {
      const keys = currentKeys();
      console.log(`Re-encrypting under key "${keys.keyId}"…`);
      const result = await rotateKeys(pool, keys, {
        onProgress: (p) => process.stdout.write(`\r  ${p.table}.${p.column}: ${p.rotated} re-encrypted   `),
      });
      console.log(`\nDone: ${result.rotated} values re-encrypted.`);
      // Left as they were: values that do not decrypt where they are stored (copied or altered).
      if (result.unreadable)
        console.log(
          `  ${result.unreadable} values do not belong where they are stored and were left untouched (see the app's warnings).`,
        );
      // Attachments kept in the object store (STORAGE_URL), when there is one.
      const store = objectStore();
      if (store) {
        const objects = await rotateObjects(pool, store, keys, (n) =>
          process.stdout.write(`\r  object store: ${n} files re-encrypted   `),
        );
        console.log(`\nObject store: ${objects.rotated} files re-encrypted.`);
        if (objects.unreadable)
          console.log(`  ${objects.unreadable} files do not belong where they are stored and were left untouched.`);
      }
    }
    for (const row of await countByKey(pool))
      console.log(`  ${row.table}.${row.column}  key ${row.keyId}: ${row.count}`);
    const store = objectStore();
    if (store)
      for (const row of await countObjectsByKey(pool, store))
        console.log(`  object store (attachments)  key ${row.keyId}: ${row.count}`);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
