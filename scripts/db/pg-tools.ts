// Shared by `npm run db:backup` and `npm run db:restore`: which pg_dump/pg_restore (PG_BIN_DIR or PATH), and running them without putting the password on a
// command line (other users of the machine can read command lines; libpq reads PGPASSWORD).
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

export function connectionEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: u.pathname.replace(/^\//, ""),
    ...(u.searchParams.get("sslmode") ? { PGSSLMODE: u.searchParams.get("sslmode")! } : {}),
  };
}

export function tool(name: "pg_dump" | "pg_restore"): string {
  return process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : name;
}

export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(
        new Error(`${command} could not start (${error.message}): install PostgreSQL's client tools or set PG_BIN_DIR`),
      ),
    );
    child.on("exit", (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** The client tool's major version must be at least the server's, or pg_dump refuses to run. */
export async function checkToolVersion(name: "pg_dump" | "pg_restore", client: pg.Client) {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(tool(name), ["--version"]);
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.on("error", () =>
      reject(
        new Error(`${name} not found: install PostgreSQL's client tools (Debian: postgresql-client) or set PG_BIN_DIR`),
      ),
    );
    child.on("exit", () => resolve(text));
  });
  const toolMajor = Number(/(\d+)(?:\.\d+)?/.exec(output)?.[1]);
  const serverMajor = Math.floor(
    Number((await client.query("SHOW server_version_num")).rows[0].server_version_num) / 10000,
  );
  if (!(toolMajor >= serverMajor)) {
    throw new Error(
      `${name} is version ${toolMajor} but the server is PostgreSQL ${serverMajor}: use the client tools of version ${serverMajor} or later (set PG_BIN_DIR)`,
    );
  }
}
