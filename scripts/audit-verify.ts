// `npm run audit:verify`: checks every hash chain of the audit trail (MAINTENANCE_DATABASE_URL, as the owner) and prints the
// first broken link of each chain (an event altered, removed or inserted around the trigger).
// Exit code 0 when all chains hold, 1 when one is broken, 2 when it could not check.
import { verifyAuditChains } from "../lib/audit/verify";
import { withDatabaseFromEnv } from "./db/pool-from-env";

async function main() {
  await withDatabaseFromEnv("to check", async (pool) => {
    const report = await verifyAuditChains(pool);
    console.log(`Audit trail: ${report.events} events in ${report.chains} chains.`);
    if (report.linked > 0) console.log(`${report.linked} new events were waiting for the chainer and are now linked.`);
    if (report.broken.length === 0) {
      console.log("Every chain holds.");
      return;
    }
    for (const link of report.broken) {
      console.log(
        `BROKEN chain ${link.organisationId ?? "system"}: event ${link.eventId} (position ${link.chainSeq ?? "none"}) is ${link.problem}.`,
      );
    }
    process.exitCode = 1;
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
