// Issue 21: a consent keeps the language of the sheet the person read or heard and the version of
// that sheet's text, taken from the lock at the time, never from the caller; the database refuses
// a language without a sheet.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { sheetLock } from "@/lib/sheets/versions";
import { recordConsentSchema } from "./schema";
import { recordConsent } from "./mutations";
import { listConsents } from "./data";
import { getSubjectExport } from "@/lib/subject-requests/data";

async function setting() {
  const org = await createOrganisation();
  const coordinator = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
  const { id } = await registerVictim(
    coordinator,
    registerVictimSchema.parse({
      givenName: "Zarina",
      sex: "FEMALE",
      estimatedAge: 61,
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  return { coordinator, victimId: id };
}

describe("consents record the sheet that was read", () => {
  it("stores the sheet's language and its current version, and audits both", async () => {
    const { coordinator, victimId } = await setting();
    const input = recordConsentSchema.parse({
      kind: "FAMILY_TRACING",
      givenOn: "2026-06-01",
      method: "VERBAL_WITNESSED",
      sheetLanguage: "uz-Cyrl",
      // A version sent by the browser is not part of the form: the server's lock decides.
      sheetVersion: 99,
    });
    const { id } = await recordConsent(coordinator, victimId, input);
    const stored = await db.victimConsent.findFirstOrThrow({ where: { id } });
    expect([stored.sheetLanguage, stored.sheetVersion]).toEqual([
      "uz-Cyrl",
      sheetLock().FAMILY_TRACING["uz-Cyrl"]!.version,
    ]);
    const listed = await listConsents(coordinator, victimId);
    expect(listed?.find((c) => c.id === id)).toMatchObject({ sheetLanguage: "uz-Cyrl" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "victim.consent_record", recordId: victimId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.details).toMatchObject({ kind: "FAMILY_TRACING", sheetLanguage: "uz-Cyrl" });
    // The person's own-data file names the sheet they agreed on.
    const { data } = await getSubjectExport(coordinator, victimId, "file");
    expect(data.consents).toEqual([
      expect.objectContaining({ kind: "FAMILY_TRACING", sheetLanguage: "uz-Cyrl", sheetVersion: stored.sheetVersion }),
    ]);
  });

  it("refuses a consent without the sheet's language, with the reason", () => {
    const parsed = recordConsentSchema.safeParse({ kind: "SERVICES", givenOn: "2026-06-01", method: "WRITTEN" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["sheetLanguage", "errors.chooseSheetLanguage"],
    ]);
    expect(
      recordConsentSchema.safeParse({ kind: "SERVICES", givenOn: "2026-06-01", method: "WRITTEN", sheetLanguage: "de" })
        .success,
    ).toBe(false);
  });

  it("the database keeps language and version together, and only languages that have sheets", async () => {
    const { coordinator, victimId } = await setting();
    const { id } = await recordConsent(
      coordinator,
      victimId,
      recordConsentSchema.parse({ kind: "SERVICES", givenOn: "2026-06-01", method: "WRITTEN", sheetLanguage: "tg" }),
    );
    await expect(
      db.$executeRawUnsafe(`UPDATE victim_consents SET sheet_language = 'de' WHERE id = $1::uuid`, id),
    ).rejects.toThrow(/victim_consents_sheet_check/);
    await expect(
      db.$executeRawUnsafe(`UPDATE victim_consents SET sheet_version = NULL WHERE id = $1::uuid`, id),
    ).rejects.toThrow(/victim_consents_sheet_check/);
  });
});
