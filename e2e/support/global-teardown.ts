// The last check of the end-to-end run: the server's log (support/server-log.ts).
import path from "node:path";
import { serverLogProblems } from "./server-log";
import { E2E_SERVER_LOG } from "./paths";

export default function globalTeardown() {
  const problems = serverLogProblems(E2E_SERVER_LOG);
  if (problems.length)
    throw new Error(
      `Server log check failed (see ${path.relative(process.cwd(), E2E_SERVER_LOG)}):\n  ${problems.join("\n  ")}`,
    );
  console.log("Server log check: structured lines carry a request id; no email address or password appears.");
}
