import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { createPerpetratorSchema, linkPerpetratorToPersonSchema } from "@/lib/perpetrators/schema";
import { createPerpetrator, linkPerpetratorToPerson } from "@/lib/perpetrators/mutations";
import { listPerpetratorsOfPerson } from "@/lib/perpetrators/data";
import { authorityReportSchema, recordConsentSchema, withdrawConsentSchema } from "./schema";
import { recordConsent, withdrawConsent } from "./mutations";
import { listAuthorityReports, recordAuthorityReport } from "./authority-reports";

type Role = "COORDINATOR" | "CASE_WORKER";

async function member(organisationId: string, role: Role) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

async function setting() {
  const org = await createOrganisation();
  const other = await createOrganisation();
  return {
    coordinator: await member(org.id, "COORDINATOR"),
    caseWorker: await member(org.id, "CASE_WORKER"),
    outsider: await member(other.id, "COORDINATOR"),
  };
}

async function person(scope: ReturnType<typeof scopeOf>, age: number) {
  const { id } = await registerVictim(
    scope,
    registerVictimSchema.parse({
      givenName: "Madina",
      sex: "FEMALE",
      estimatedAge: age,
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  return id;
}

const report = (overrides: Record<string, unknown> = {}) =>
  authorityReportSchema.parse({
    authority: "POLICE",
    countryCode: "UZ",
    reportedOn: "2026-06-10",
    basis: "CONSENT",
    ...overrides,
  });
const consent = (method: string, givenOn = "2026-06-01") =>
  recordConsentSchema.parse({ kind: "AUTHORITY_REPORT", givenOn, method, sheetLanguage: "uz-Cyrl" });

describe("reports to the police and other authorities", () => {
  it("is recorded on the person's standing consent only, and audited", async () => {
    const s = await setting();
    const victimId = await person(s.coordinator, 24);
    await expect(recordAuthorityReport(s.caseWorker, victimId, report())).rejects.toMatchObject({
      code: "NOT_FOUND", // the case worker's own records only; this one is the coordinator's
    });
    await expect(recordAuthorityReport(s.coordinator, victimId, report())).rejects.toMatchObject({
      fields: { basis: "errors.authorityConsentMissing" },
    });
    const given = await recordConsent(s.coordinator, victimId, consent("WRITTEN"));
    // A consent given after the day of the report does not cover it.
    await expect(
      recordAuthorityReport(s.coordinator, victimId, report({ reportedOn: "2026-05-20" })),
    ).rejects.toMatchObject({ fields: { basis: "errors.authorityConsentMissing" } });
    const { id } = await recordAuthorityReport(s.coordinator, victimId, report());
    expect(await db.authorityReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      basis: "CONSENT",
      consentId: given.id,
      decidedById: null,
    });
    expect(await db.auditEvent.count({ where: { recordId: victimId, action: "victim.authority_report" } })).toBe(1);
    // Withdrawn, it covers nothing after.
    await withdrawConsent(
      s.coordinator,
      victimId,
      given.id,
      withdrawConsentSchema.parse({ withdrawnOn: "2026-06-15" }),
    );
    await expect(
      recordAuthorityReport(s.coordinator, victimId, report({ reportedOn: "2026-06-20" })),
    ).rejects.toMatchObject({ fields: { basis: "errors.authorityConsentMissing" } });
    // Another organisation neither records nor reads them.
    await expect(recordAuthorityReport(s.outsider, victimId, report())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listAuthorityReports(s.outsider, victimId)).toEqual([]);
    expect((await listAuthorityReports(s.coordinator, victimId)).map((r) => r.id)).toEqual([id]);
  });

  it("lets only a coordinator decide without consent, for a child at risk or imminent danger, with a reason kept encrypted", async () => {
    const s = await setting();
    const adult = await person(s.caseWorker, 30);
    const reason = "The employer threatened to kill her if she speaks; she is hiding at a neighbour's.";
    expect(authorityReportSchema.safeParse({ ...report(), basis: "IMMINENT_DANGER" }).error?.issues[0]?.message).toBe(
      "errors.overrideReasonRequired",
    );
    await expect(
      recordAuthorityReport(s.caseWorker, adult, report({ basis: "IMMINENT_DANGER", overrideReason: reason })),
    ).rejects.toMatchObject({ fields: { basis: "errors.overrideCoordinatorOnly" } });
    await expect(
      recordAuthorityReport(s.coordinator, adult, report({ basis: "CHILD_AT_RISK", overrideReason: reason })),
    ).rejects.toMatchObject({ fields: { basis: "errors.overrideNotAChild" } });
    const { id } = await recordAuthorityReport(
      s.coordinator,
      adult,
      report({ basis: "IMMINENT_DANGER", overrideReason: reason }),
    );
    const row = await db.authorityReport.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ consentId: null, decidedById: s.coordinator.userId });
    expect(row.overrideReasonEncrypted).not.toContain("employer");
    // The database holds the rule too: a report without consent and without a reason is refused.
    await expect(
      db.authorityReport.create({
        data: { ...row, id: crypto.randomUUID(), overrideReasonEncrypted: null, createdAt: undefined },
      }),
    ).rejects.toThrow(/authority_reports_basis_check/);
    expect((await listAuthorityReports(s.coordinator, adult))[0]?.overrideReason).toBe(reason);
    expect(await db.auditEvent.count({ where: { recordId: adult, action: "victim.authority_report_override" } })).toBe(
      1,
    );
    const child = await person(s.coordinator, 15);
    await recordAuthorityReport(
      s.coordinator,
      child,
      report({ basis: "CHILD_AT_RISK", authority: "CHILD_PROTECTION", overrideReason: reason }),
    );
  });

  it("does not take a guardian's consent for a child when the guardian is recorded as a perpetrator", async () => {
    const s = await setting();
    const child = await person(s.coordinator, 14);
    // The mother's consent was recorded before anyone knew.
    await recordConsent(s.coordinator, child, consent("GUARDIAN"));
    const father = await createPerpetrator(
      s.coordinator,
      createPerpetratorSchema.parse({ name: "Отец", roles: ["EXPLOITER"], relation: "FAMILY", source: "VICTIM" }),
    );
    await linkPerpetratorToPerson(
      s.coordinator,
      child,
      linkPerpetratorToPersonSchema.parse({ perpetratorId: father.id, role: "EXPLOITER", guardian: true }),
    );
    expect((await listPerpetratorsOfPerson(s.coordinator, child)).map((p) => [p.name, p.guardian])).toEqual([
      ["Отец", true],
    ]);
    await expect(recordAuthorityReport(s.coordinator, child, report())).rejects.toMatchObject({
      fields: { basis: "errors.guardianIsPerpetrator" },
    });
    await expect(recordConsent(s.coordinator, child, consent("GUARDIAN", "2026-06-05"))).rejects.toMatchObject({
      fields: { method: "errors.guardianIsPerpetrator" },
    });
    // The child's own consent counts.
    await recordConsent(s.coordinator, child, consent("VERBAL_WITNESSED", "2026-06-05"));
    await recordAuthorityReport(s.coordinator, child, report());
    // Another organisation cannot link its records to this child.
    await expect(
      linkPerpetratorToPerson(
        s.outsider,
        child,
        linkPerpetratorToPersonSchema.parse({ perpetratorId: father.id, guardian: false }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
