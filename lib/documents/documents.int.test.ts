import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import type { OrgRole } from "@/lib/roles/roles";
import { registerVictimSchema, duplicateCheckSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { checkDuplicates } from "@/lib/victims/data";
import { recordConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { documentSchema, recoveryStepSchema, updateDocumentSchema } from "./schema";
import { addRecoveryStep, createDocument, updateDocument } from "./mutations";
import { listDocuments } from "./data";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

/** Moscow holds a man whose passport his employer keeps; Tashkent and Bishkek are partners. */
async function setup() {
  const [moscow, tashkent, bishkek] = await Promise.all([1, 2, 3].map(() => createOrganisation()));
  const coordinator = await member(moscow!.id, "COORDINATOR");
  const { id: victimId } = await registerVictim(
    coordinator,
    registerVictimSchema.parse({
      givenName: "Жасур",
      sex: "MALE",
      estimatedAge: 34,
      citizenships: ["UZ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  const number = `FA${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const passport = await createDocument(
    coordinator,
    victimId,
    documentSchema.parse({
      type: "PASSPORT",
      issuingCountry: "uz",
      number,
      issuedOn: "2019-03-01",
      expiresOn: "2029-02-28",
      holder: "EMPLOYER",
      notes: "kept in the brigadier's safe",
    }),
  );
  return { moscow: moscow!, tashkent: tashkent!, bishkek: bishkek!, coordinator, victimId, number, passport };
}

/** Shares the person with an organisation through an accepted referral naming these fields. */
async function share(s: Awaited<ReturnType<typeof setup>>, to: { id: string }, fields: ("documents" | "notes")[]) {
  await recordConsent(s.coordinator, s.victimId, {
    sheetLanguage: "ru",
    kind: "SHARING",
    granteeOrganisationId: to.id,
    givenOn: new Date("2026-05-02"),
    method: "WRITTEN",
  });
  const referral = await createReferral(s.coordinator, s.victimId, {
    toOrganisationId: to.id,
    reason: "return home",
    sharedFields: fields,
  });
  const receiver = await member(to.id, "COORDINATOR");
  await decideReferral(receiver, referral.id, { decision: "ACCEPT" });
  return receiver;
}

describe("a person's documents", () => {
  it("keeps the number encrypted, records the steps to get it back, and refuses a stale change", async () => {
    const s = await setup();
    const [stored] = await db.personDocument.findMany({ where: { victimId: s.victimId } });
    expect(asJson(stored)).not.toContain(s.number);
    expect(asJson(stored)).not.toContain("brigadier");
    expect(stored?.numberHash).toMatch(/^[0-9a-f]{64}$/);

    await addRecoveryStep(
      s.coordinator,
      s.passport.id,
      recoveryStepSchema.parse({ kind: "ASKED_HOLDER", takenOn: "2026-05-03", outcome: "REFUSED" }),
    );
    await addRecoveryStep(
      s.coordinator,
      s.passport.id,
      recoveryStepSchema.parse({ kind: "POLICE_REPORT", takenOn: "2026-05-04", note: "report no. 118" }),
    );
    await addRecoveryStep(
      s.coordinator,
      s.passport.id,
      recoveryStepSchema.parse({ kind: "RETURNED_TO_PERSON", takenOn: "2026-05-20", outcome: "SUCCEEDED" }),
    );
    const [passport] = (await listDocuments(s.coordinator, s.victimId))!;
    expect(passport).toMatchObject({
      type: "PASSPORT",
      issuingCountry: "UZ",
      number: s.number,
      holder: "PERSON",
      notes: "kept in the brigadier's safe",
    });
    expect(passport!.steps.map((x) => [x.kind, x.outcome, x.note])).toEqual([
      ["ASKED_HOLDER", "REFUSED", null],
      ["POLICE_REPORT", "PENDING", "report no. 118"],
      ["RETURNED_TO_PERSON", "SUCCEEDED", null],
    ]);
    // Named through another person's address (the API's URL): not found, nothing changed.
    await expect(
      updateDocument(
        s.coordinator,
        s.passport.id,
        updateDocumentSchema.parse({ type: "PASSPORT", holder: "LOST", version: 2 }),
        "00000000-0000-4000-8000-000000000000",
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Read at version 1, changed since by the returned passport: refused, nothing changed.
    await expect(
      updateDocument(
        s.coordinator,
        s.passport.id,
        updateDocumentSchema.parse({ type: "PASSPORT", holder: "LOST", version: 1 }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listDocuments(s.coordinator, s.victimId))![0]!.holder).toBe("PERSON");
    expect(
      await db.auditEvent.groupBy({
        by: ["action"],
        where: { recordId: s.victimId, action: { startsWith: "victim.document" } },
        _count: true,
        orderBy: { action: "asc" },
      }),
    ).toEqual([
      { action: "victim.document_add", _count: 1 },
      { action: "victim.document_step", _count: 3 },
      { action: "victim.documents_read", _count: 2 },
    ]);
  });

  it("shows a partner the documents only where its grant names them; an outsider and shelter staff nothing", async () => {
    const s = await setup();
    const withoutDocuments = await share(s, s.tashkent, ["notes"]);
    expect(await listDocuments(withoutDocuments, s.victimId)).toBeNull();
    expect(await dbFor(withoutDocuments).personDocument.count({ where: { victimId: s.victimId } })).toBe(0);

    const withDocuments = await share(s, s.bishkek, ["documents"]);
    expect((await listDocuments(withDocuments, s.victimId))?.map((d) => d.number)).toEqual([s.number]);
    // Read only: the partner changes nothing of the owner's person.
    await expect(
      createDocument(withDocuments, s.victimId, documentSchema.parse({ type: "OTHER" })),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await expect(
      addRecoveryStep(withDocuments, s.passport.id, recoveryStepSchema.parse({ kind: "OTHER", takenOn: "2026-05-05" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const outsider = await member((await createOrganisation()).id, "COORDINATOR");
    expect(await listDocuments(outsider, s.victimId)).toBeNull();
    expect(await dbFor(outsider).personDocument.count({ where: { victimId: s.victimId } })).toBe(0);
    expect(await dbFor(outsider).documentRecoveryStep.count({ where: { documentId: s.passport.id } })).toBe(0);
    await expect(
      updateDocument(outsider, s.passport.id, updateDocumentSchema.parse({ type: "OTHER", version: 1 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The owner's analyst and a case worker not on the case see no documents either.
    for (const role of ["ANALYST", "CASE_WORKER"] as const)
      expect(await listDocuments(await member(s.moscow.id, role), s.victimId)).toBeNull();
  });

  it("the duplicate check finds a person by the number of any of their documents", async () => {
    const s = await setup();
    const elsewhere = await member(s.tashkent.id, "CASE_WORKER");
    const matches = await checkDuplicates(
      elsewhere,
      duplicateCheckSchema.parse({ givenName: "Jasur", documentNumber: s.number.toLowerCase() }),
    );
    expect(matches.map((m) => [m.reason, m.organisationName])).toEqual([["document", s.moscow.name]]);
  });

  it("refuses a document that expires before it was issued, and a number with other signs", () => {
    const late = documentSchema.safeParse({ type: "PASSPORT", issuedOn: "2020-01-01", expiresOn: "2019-01-01" });
    expect(late.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["expiresOn", "errors.expiresBeforeIssued"],
    ]);
    const signs = documentSchema.safeParse({ type: "PASSPORT", number: "FA<script>" });
    expect(signs.error?.issues.map((i) => i.message)).toEqual(["errors.documentNumberFormat"]);
  });
});
