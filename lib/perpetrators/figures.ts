// Perpetrator figures: the organisation's perpetrator records of one year counted by the part
// played (a record counts once under each of its parts) and by confidence. Counts only, no name or
// identifier: what an ANALYST may see of perpetrators (the records themselves are not theirs).
import "server-only";
import { readDbFor } from "@/lib/db";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { startOfLocalDay } from "@/lib/time/zoned";
import type { PERPETRATOR_ROLES } from "./codes";

type Role = (typeof PERPETRATOR_ROLES)[number];

export interface PerpetratorFigures {
  total: number;
  /** `role` null: no part recorded. */
  byRole: { role: Role | null; alleged: number; probable: number; confirmed: number; total: number }[];
}

/** Records made in the year (the organisation's calendar); null for a role without figures. */
export async function getPerpetratorFigures(scope: Scope, year: number): Promise<PerpetratorFigures | null> {
  if (!scope.organisationId || !roleHas(scope.role, "reports.aggregate.read")) return null;
  const timeZone = scope.timeZone ?? "UTC";
  const from = startOfLocalDay(`${year}-01-01`, timeZone);
  const to = startOfLocalDay(`${year + 1}-01-01`, timeZone);
  const db = readDbFor(scope);
  const [rows, [all]] = await Promise.all([
    db.$queryRaw<{ role: Role | null; alleged: bigint; probable: bigint; confirmed: bigint }[]>`
      SELECT r.role::text AS role,
        count(*) FILTER (WHERE confidence = 'ALLEGED') AS alleged,
        count(*) FILTER (WHERE confidence = 'PROBABLE') AS probable,
        count(*) FILTER (WHERE confidence = 'CONFIRMED') AS confirmed
      FROM perpetrators LEFT JOIN LATERAL unnest(roles) AS r(role) ON true
      WHERE organisation_id = ${scope.organisationId}::uuid AND created_at >= ${from} AND created_at < ${to}
      GROUP BY 1`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM perpetrators
      WHERE organisation_id = ${scope.organisationId}::uuid AND created_at >= ${from} AND created_at < ${to}`,
  ]);
  const byRole = rows
    .map((r) => {
      const alleged = Number(r.alleged);
      const probable = Number(r.probable);
      const confirmed = Number(r.confirmed);
      return { role: r.role, alleged, probable, confirmed, total: alleged + probable + confirmed };
    })
    .sort((a, b) => Number(a.role === null) - Number(b.role === null) || b.total - a.total);
  return { total: Number(all?.n ?? 0), byRole };
}
