// After the end-to-end run the server's log must hold no personal data (no email address, no demo
// password), every line our code wrote (JSON) must carry a request id, and none may be an error:
// an unexpected exception answers a server action with a polite generic message (status 200), so
// the log is where it would otherwise hide.
import fs from "node:fs";

const PERSONAL = [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.(demo|tumar|example)\b/, /Tumar-demo-2026/, /password-for-tests/];

/** What is wrong with the log at `file`, one line per problem; empty when all is well. */
export function serverLogProblems(file: string): string[] {
  if (!fs.existsSync(file)) return [`${file} does not exist: did the app server start?`];
  const problems: string[] = [];
  let structured = 0;
  for (const [index, line] of fs.readFileSync(file, "utf8").split("\n").entries()) {
    for (const pattern of PERSONAL) if (pattern.test(line)) problems.push(`line ${index + 1}: matches ${pattern}`);
    if (!line.startsWith("{")) continue;
    structured += 1;
    const entry = JSON.parse(line);
    if (!entry.requestId || entry.requestId === "none") problems.push(`line ${index + 1}: no request id`);
    if (entry.level >= 50) problems.push(`line ${index + 1}: an unexpected error was logged (${entry.msg})`);
  }
  if (structured === 0) problems.push("no structured log line at all: is the logger writing?");
  return problems;
}
