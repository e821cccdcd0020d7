// The operator commands load the app's server modules (lib/ files marked `server-only`), which a
// plain `tsx` run refused at the first import; they run under the react-server condition. Run
// here without a database, each must get as far as asking for one (nothing is read or written).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

async function output(script: string, args: string[] = []) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.MAINTENANCE_DATABASE_URL;
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", script, "--", ...args], { env, timeout: 60_000 });
    return stdout + stderr;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
}

describe("operator commands start", () => {
  it("npm run retention gets past its imports and asks for the database", async () => {
    const said = await output("retention");
    expect(said).not.toContain("cannot be imported from a Client Component");
    expect(said).toContain("DATABASE_URL");
  }, 90_000);

  it("npm run keys:rotate gets past its imports and asks for the tables' owner", async () => {
    const said = await output("keys:rotate", ["--check"]);
    expect(said).not.toContain("cannot be imported from a Client Component");
    expect(said).toContain("MAINTENANCE_DATABASE_URL");
  }, 90_000);
});
