import { describe, expect, it } from "vitest";
import { consentAll, setup } from "@/tests/support/repatriations";
import { transitionRepatriation } from "./mutations";
import { loadRepatriationCase } from "./case-file";
import { transitionSchema } from "./schema";
import { documentSchema, legalStatusSchema } from "@/lib/documents/schema";
import { createDocument } from "@/lib/documents/mutations";
import { saveLegalStatus } from "@/lib/documents/legal-status";

/** A case in its risk assessment, the person's passport (the employer keeps it) and status in Kazakhstan on record. */
async function caseInRiskAssessment(sharedFields: string[]) {
  const s = await setup();
  await consentAll(s.sender, s.victimId, s.tashkent.id);
  await createDocument(
    s.sender,
    s.victimId,
    documentSchema.parse({ type: "PASSPORT", issuingCountry: "UZ", number: "FA7654321", holder: "EMPLOYER" }),
  );
  await saveLegalStatus(
    s.sender,
    s.victimId,
    legalStatusSchema.parse({ countryCode: "KZ", registration: "EXPIRED", overstaySince: "2026-03-01" }),
  );
  await transitionRepatriation(s.sender, s.id, transitionSchema.parse({ to: "REQUESTED", sharedFields }));
  await transitionRepatriation(s.receiver, s.id, { to: "ACCEPTED" });
  await transitionRepatriation(s.receiver, s.id, { to: "RISK_ASSESSMENT" });
  return s;
}

describe("a repatriation's steps show the person's papers through the one rule", () => {
  it("shows the sending side the papers, and the receiving side only what the request shared", async () => {
    const unshared = await caseInRiskAssessment([]);
    const atSender = (await loadRepatriationCase(unshared.sender, unshared.id))!;
    expect(atSender.papersStep).toBe(true);
    expect(atSender.documents?.map((d) => [d.type, d.holder, d.number])).toEqual([
      ["PASSPORT", "EMPLOYER", "FA7654321"],
    ]);
    expect(atSender.legalStatuses?.map((l) => l.countryCode)).toEqual(["KZ"]);
    const atReceiver = (await loadRepatriationCase(unshared.receiver, unshared.id))!;
    expect([atReceiver.papersStep, atReceiver.documents, atReceiver.legalStatuses]).toEqual([true, null, null]);

    const shared = await caseInRiskAssessment(["documents", "legalStatus"]);
    const seen = (await loadRepatriationCase(shared.receiver, shared.id))!;
    expect(seen.documents?.map((d) => d.number)).toEqual(["FA7654321"]);
    expect(seen.legalStatuses?.map((l) => l.registration)).toEqual(["EXPIRED"]);
  });
});
