// `npm test` runs its stages with && and stops at the first failure, so each stage must end with
// a non-zero code when one of its tests fails. The integration stage is the one with a process of
// its own around it (the embedded PostgreSQL); a failing test there must still fail the run.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("the test command", () => {
  it("stops: a failing integration test ends the integration runner with a non-zero code", () => {
    const run = spawnSync(
      "npx",
      ["vitest", "run", "--config", "tests/system/fixtures/failing-integration.config.ts", "--reporter", "dot"],
      { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true" }, timeout: 150_000 },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain("fails on purpose");
    expect(output).toMatch(/1 failed/);
    expect(run.status, output.slice(-2000)).toBe(1);
  });
});
