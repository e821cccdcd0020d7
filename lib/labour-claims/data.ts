// Reading the claims for unpaid wages a person is part of, through the one visibility rule: whoever
// sees the person's whole record reads the claims with the other people the rule lets them see (by
// name), and the claim's totals; a partner whose live grant on the person names "labourClaims" reads
// the claim and this person's line only: no other line, no totals, no situation, no notes (row-level
// security gives it no other line either). Every reading is audited, with ids only.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, fieldContext } from "@/lib/crypto";
import {
  auditPeopleShown,
  personAccessOf,
  personShowingField,
  PERSON_RULE_SELECT,
  showPerson,
} from "@/lib/access/people";
import { perpetratorReadWhere, perpetratorWhere } from "@/lib/perpetrators/policy";
import { situationWhere } from "@/lib/situations/policy";
import { sumAmounts } from "./amounts";
import { LABOUR_CLAIMS_FIELD } from "./policy";
import type { ClaimChoices, ClaimOtherLine, LabourClaimView } from "./types";

const open = (table: string, column: string, id: string, value: string | null) =>
  value ? decryptField(value, fieldContext(table, column, id)) : null;

/** The columns of a person of a claim that the rule and the line need. */
export const CLAIM_PERSON_SELECT = {
  ...PERSON_RULE_SELECT,
  caseNumber: true,
  givenName: true,
  patronymic: true,
  familyName: true,
} as const;

const nameOf = (p: { givenName: string | null; patronymic: string | null; familyName: string | null }) =>
  [p.givenName, p.patronymic, p.familyName].filter(Boolean).join(" ");

/** The person's claims, newest first; null where the actor's view of the person does not include them. */
export async function listLabourClaims(scope: Scope, victimId: string): Promise<LabourClaimView[] | null> {
  const person = await personShowingField(scope, victimId, LABOUR_CLAIMS_FIELD);
  if (!person) return null;
  const own = person.organisationId === scope.organisationId;
  const [access, readablePerpetrators, seenSituations] = await Promise.all([
    personAccessOf(scope),
    perpetratorReadWhere(scope),
    own ? situationWhere(scope) : null,
  ]);
  return auditedRead(scope, async (tx) => {
    const rows = await tx.labourClaim.findMany({
      where: { organisationId: person.organisationId, people: { some: { victimId } } },
      orderBy: [{ createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        employerPerpetratorId: true,
        employerNameEncrypted: true,
        countryCode: true,
        workFrom: true,
        workTo: true,
        currency: true,
        route: true,
        status: true,
        filedOn: true,
        situationId: true,
        notesEncrypted: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        // A partner asks for its person's line only (row-level security would give no other).
        people: {
          where: own ? {} : { victimId },
          orderBy: { createdAt: "asc" },
          select: { victimId: true, owed: true, recovered: true, victim: { select: CLAIM_PERSON_SELECT } },
        },
      },
    });
    if (rows.length === 0) return [];
    const employerIds = [...new Set(rows.flatMap((r) => (r.employerPerpetratorId ? [r.employerPerpetratorId] : [])))];
    const situationIds = [...new Set(rows.flatMap((r) => (r.situationId ? [r.situationId] : [])))];
    const [employers, situations] = await Promise.all([
      employerIds.length
        ? tx.perpetrator.findMany({
            where: { AND: [{ id: { in: employerIds } }, readablePerpetrators] },
            select: { id: true, nameEncrypted: true },
          })
        : [],
      seenSituations && situationIds.length
        ? tx.situation.findMany({
            where: { AND: [{ id: { in: situationIds } }, seenSituations] },
            select: { id: true, reference: true },
          })
        : [],
    ]);
    const employerName = new Map(
      employers.map((e) => [e.id, open("perpetrators", "name_encrypted", e.id, e.nameEncrypted)]),
    );
    const shownPeople: string[] = [];
    const claims = rows.map((row): LabourClaimView => {
      const lines = row.people.map((p) => ({
        victimId: p.victimId,
        owed: p.owed.toFixed(2),
        recovered: p.recovered.toFixed(2),
        victim: p.victim,
      }));
      const mine = lines.find((l) => l.victimId === victimId)!;
      const others: ClaimOtherLine[] = [];
      let notShown = 0;
      if (own)
        for (const line of lines) {
          if (line.victimId === victimId) continue;
          const shown = showPerson(access, line.victim, ["givenName", "patronymic", "familyName", "caseNumber"]);
          if (shown.shown === "person" && !shown.partial) {
            shownPeople.push(line.victimId);
            others.push({
              shown: "person",
              victimId: line.victimId,
              name: nameOf(shown),
              caseNumber: line.victim.caseNumber,
              owed: line.owed,
              recovered: line.recovered,
            });
          } else if (shown.shown === "restricted") others.push({ shown: "restricted", caseNumber: shown.caseNumber });
          else notShown += 1;
        }
      const linked = row.employerPerpetratorId !== null;
      return {
        id: row.id,
        own,
        employer: {
          perpetratorId: linked && employerName.has(row.employerPerpetratorId!) ? row.employerPerpetratorId : null,
          name: linked
            ? (employerName.get(row.employerPerpetratorId!) ?? null)
            : open("labour_claims", "employer_name_encrypted", row.id, row.employerNameEncrypted),
          linked,
        },
        countryCode: row.countryCode,
        workFrom: row.workFrom,
        workTo: row.workTo,
        currency: row.currency,
        route: row.route,
        status: row.status,
        filedOn: row.filedOn,
        situation: own ? (situations.find((s) => s.id === row.situationId) ?? null) : null,
        notes: own ? open("labour_claims", "notes_encrypted", row.id, row.notesEncrypted) : null,
        person: { owed: mine.owed, recovered: mine.recovered },
        others,
        othersNotShown: own ? notShown : null,
        totals: own
          ? {
              owed: sumAmounts(lines.map((l) => l.owed)),
              recovered: sumAmounts(lines.map((l) => l.recovered)),
              people: lines.length,
            }
          : null,
        version: row.version,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
    await appendAudit(tx, scope, {
      action: "victim.labour_claims_read",
      recordType: "VICTIM",
      recordId: victimId,
      organisationId: person.organisationId,
      details: { claimIds: rows.map((r) => r.id) },
    });
    await auditPeopleShown(scope, "victims.labourClaims", shownPeople, tx);
    return claims;
  });
}

/**
 * What the claim forms offer on a person's page (the owner's staff who may change the record): the
 * organisation's perpetrator records that can stand for an employer (a firm, an employer, an
 * exploiter) among those the actor sees, the people of the person's situations (recruited together)
 * whom the actor sees whole, and those situations.
 */
export async function claimChoicesOf(
  scope: Scope,
  victimId: string,
  situations: readonly { id: string; reference: string }[],
): Promise<ClaimChoices> {
  if (!scope.organisationId) return { employers: [], coWorkers: [], situations: [] };
  const [access, perpetrators] = await Promise.all([personAccessOf(scope), perpetratorWhere(scope)]);
  const db = dbFor(scope);
  const [employers, links] = await Promise.all([
    db.perpetrator.findMany({
      where: {
        AND: [
          perpetrators,
          { anonymisedAt: null },
          { OR: [{ kind: "ORGANISATION" }, { relation: "EMPLOYER" }, { roles: { has: "EXPLOITER" } }] },
        ],
      },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, nameEncrypted: true },
    }),
    situations.length
      ? db.situationPerson.findMany({
          where: {
            situationId: { in: situations.map((s) => s.id) },
            victimId: { not: victimId },
            victim: { organisationId: scope.organisationId, anonymisedAt: null },
          },
          orderBy: { linkedAt: "asc" },
          take: 100,
          select: { victim: { select: CLAIM_PERSON_SELECT } },
        })
      : [],
  ]);
  const coWorkers = new Map<string, ClaimChoices["coWorkers"][number]>();
  for (const { victim } of links) {
    const shown = showPerson(access, victim, ["givenName", "patronymic", "familyName"]);
    if (shown.shown === "person" && !shown.partial)
      coWorkers.set(victim.id, { id: victim.id, name: nameOf(shown), caseNumber: victim.caseNumber });
  }
  await auditPeopleShown(scope, "victims.labourClaims", [...coWorkers.keys()]);
  return {
    employers: employers.map((e) => ({
      id: e.id,
      name: open("perpetrators", "name_encrypted", e.id, e.nameEncrypted) ?? "",
    })),
    coWorkers: [...coWorkers.values()],
    situations: situations.map((s) => ({ id: s.id, reference: s.reference })),
  };
}
