// The dependency check of `npm test`: `npm audit --omit=dev` must report no high or
// critical advisory for what ships. Where the registry has no audit endpoint (a mirror answering
// 405, no network) the check cannot run: that is reported as skipped, never as passed.
import { spawn } from "node:child_process";

export type AuditOutcome = { status: "passed" | "failed" | "skipped"; detail: string };

interface AuditReport {
  statusCode?: number;
  message?: string;
  error?: { code?: string; summary?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
}

/** Reads `npm audit --json`: what is high or critical, or why no answer came. */
export function judgeAudit(json: string): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return { status: "skipped", detail: "npm audit gave no readable answer" };
  }
  if (report.statusCode || report.error || !report.metadata?.vulnerabilities) {
    return {
      status: "skipped",
      detail: `the registry's audit endpoint did not answer (${report.message ?? report.error?.summary ?? report.error?.code ?? "no report"})`,
    };
  }
  const counts = report.metadata.vulnerabilities;
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const names = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name} (${v.severity})`);
  return serious === 0
    ? {
        status: "passed",
        detail: `no high or critical advisories (${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low)`,
      }
    : { status: "failed", detail: `${serious} high or critical: ${names.join(", ")}` };
}

export function auditDependencies(cwd: string): Promise<AuditOutcome> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["audit", "--omit=dev", "--json"], { cwd, stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("error", () => resolve({ status: "skipped", detail: "npm could not be started" }));
    child.on("exit", () => resolve(judgeAudit(out)));
  });
}
