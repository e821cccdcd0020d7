// `npm run bench:lists`: the list data functions alone, in process, as the app's role: a
// coordinator's first page of hotline calls and of people, in an organisation with --calls calls
// and --victims people (on top of the demo network, whose grants share people with it). Prints
// the mean of --runs runs after 30 warm-ups; the figures are in docs/performance.md.
// Run under the react-server condition (see package.json) so that `server-only` modules load.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { startTemporaryPostgres } from "../db/embedded-postgres";
import { prepareDatabase } from "../prepare-database";
import { addCalls, addVictims } from "./synthetic";
import { runBenchmark } from "./run";

const { values: args } = parseArgs({
  options: {
    calls: { type: "string", default: "20000" },
    victims: { type: "string", default: "2000" },
    runs: { type: "string", default: "200" },
  },
});

async function main() {
  const database = await startTemporaryPostgres("bench-lists");
  try {
    const { appUrl } = await prepareDatabase(database.url, {
      seedDemo: "always",
      appPassword: crypto.randomBytes(18).toString("base64url"),
    });
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const {
      rows: [me],
    } = await owner.query<{ userId: string; organisationId: string }>(
      `SELECT u.id AS "userId", m.organisation_id AS "organisationId" FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = 'coordinator@tashkent.demo'`,
    );
    await addCalls(owner, me!.organisationId, me!.userId, Number(args.calls));
    await addVictims(owner, me!.organisationId, me!.userId, Number(args.victims));
    await owner.query("ANALYZE");
    await owner.end();

    // The app's modules read their settings when first imported.
    Object.assign(process.env, {
      DATABASE_URL: appUrl,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      DATA_HASH_KEY: crypto.randomBytes(32).toString("base64"),
    });
    const { mintScope } = await import("../../lib/auth/mint-scope");
    const { listVictims } = await import("../../lib/victims/data");
    const { listHotlineCalls } = await import("../../lib/hotline/data");
    const { listVictimsQuerySchema } = await import("../../lib/victims/schema");
    const { listHotlineCallsQuerySchema } = await import("../../lib/hotline/schema");
    const scope = mintScope({
      userId: me!.userId,
      organisationId: me!.organisationId,
      role: "COORDINATOR",
      requestId: null,
    });
    const runs = Number(args.runs);
    console.log(
      `\n${args.calls} calls, ${args.victims} people; mean of ${runs} runs (ms):\n\n| list | mean |\n|---|---|`,
    );
    for (const [name, run] of [
      [
        "hotline calls, first page (listHotlineCalls)",
        () => listHotlineCalls(scope, listHotlineCallsQuerySchema.parse({}), "UTC"),
      ],
      ["people, first page (listVictims)", () => listVictims(scope, listVictimsQuerySchema.parse({}))],
    ] as const) {
      for (let i = 0; i < 30; i++) await run();
      const started = performance.now();
      for (let i = 0; i < runs; i++) await run();
      console.log(`| ${name} | ${((performance.now() - started) / runs).toFixed(2)} |`);
    }
  } finally {
    await database.stop();
  }
}

runBenchmark(main);
