// `npm run retention` reports what each organisation's retention periods would anonymise now (a
// dry run, changing nothing); `npm run retention -- --apply` anonymises it. Both are audited per
// organisation. Schedule the --apply run daily (cron, a systemd timer) once the report looks right.
import { applyRetention } from "../lib/retention/mutations";
import { db } from "../lib/db";

async function main() {
  const apply = process.argv.includes("--apply");
  const results = await applyRetention({ dryRun: !apply });
  if (results.length === 0) console.log("No organisation has set a retention period.");
  for (const r of results)
    console.log(
      `  organisation ${r.organisationId}: ${r.calls} hotline calls, ${r.cases} closed cases, ${r.perpetrators} perpetrator records ${apply ? "anonymised" : "would be anonymised"}`,
    );
  if (!apply && results.some((r) => r.calls || r.cases || r.perpetrators))
    console.log("Dry run: nothing changed. Run with --apply to anonymise.");
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
