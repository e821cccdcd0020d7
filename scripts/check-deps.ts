// `npm run test:static`'s dependency check: `npm audit --omit=dev` must report no high or critical
// advisory for what ships (scripts/audit-deps.ts). Where the registry cannot answer, it says so
// and does not fail: this machine's registry mirror has no audit endpoint.
import path from "node:path";
import { auditDependencies } from "./audit-deps";

const outcome = await auditDependencies(path.resolve(import.meta.dirname, ".."));
console.log(`Dependency audit (npm audit --omit=dev): ${outcome.status}, ${outcome.detail}`);
if (outcome.status === "failed") process.exit(1);
