// The travel-documents step reads the person's document it names (decision 0027): either side of
// the case learns where the document stands through one database function, nobody else does, and
// a case recorded before keeps its own document fields until a document is named.
import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll, setup } from "@/tests/support/repatriations";
import { db } from "@/tests/support/prisma";
import { dbFor } from "@/lib/db";
import { encryptField, fieldContext } from "@/lib/crypto";
import { createDocument } from "@/lib/documents/mutations";
import { documentSchema } from "@/lib/documents/schema";
import { transitionRepatriation, updateStep } from "./mutations";
import { getRepatriation } from "./data";
import { readTravelDocument } from "./step-record";

async function atTravelDocuments() {
  const c = await setup();
  await consentAll(c.sender, c.victimId, c.tashkent.id);
  await transitionRepatriation(c.sender, c.id, { to: "REQUESTED" });
  await transitionRepatriation(c.receiver, c.id, { to: "ACCEPTED" });
  await transitionRepatriation(c.receiver, c.id, { to: "RISK_ASSESSMENT" });
  await updateStep(c.receiver, c.id, { riskOutcome: "SAFE" });
  await transitionRepatriation(c.receiver, c.id, { to: "TRAVEL_DOCUMENTS" });
  return c;
}

describe("the travel document of a repatriation", () => {
  it("is told to both sides of the case and to no other organisation", async () => {
    const c = await atTravelDocuments();
    const passport = await createDocument(
      c.sender,
      c.victimId,
      documentSchema.parse({ type: "PASSPORT", holder: "EMPLOYER", number: "AB1234567" }),
    );
    await updateStep(c.sender, c.id, { travelDocumentId: passport.id });
    const expected = { type: "PASSPORT", holder: "EMPLOYER", expiresOn: null, workUnderWay: false };
    expect(await readTravelDocument(dbFor(c.sender), c.id)).toEqual(expected);
    expect(await readTravelDocument(dbFor(c.receiver), c.id)).toEqual(expected);

    const outsiderOrg = await createOrganisation("outsider");
    const outsider = scopeOf(
      await createUser({ organisationId: outsiderOrg.id, role: "COORDINATOR" }),
      "COORDINATOR",
      outsiderOrg.id,
    );
    expect(await readTravelDocument(dbFor(outsider), c.id)).toBeNull();
    expect(await getRepatriation(outsider, c.id)).toBeNull();
  });

  it("keeps a case's own document fields from before until a document is named, then drops them", async () => {
    const c = await atTravelDocuments();
    // A case recorded before decision 0027: its document fields in its own encrypted JSON.
    const legacy = { documentType: "CERTIFICATE_OF_RETURN", documentStatus: "ISSUED", documentExpiry: "2027-03-01" };
    await db.repatriation.update({
      where: { id: c.id },
      data: {
        stepDetailsEncrypted: encryptField(
          JSON.stringify({ ...legacy, consulate: "Consulate in Almaty" }),
          fieldContext("repatriations", "step_details_encrypted", c.id),
        ),
      },
    });
    expect((await getRepatriation(c.receiver, c.id))!.record).toMatchObject({
      ...legacy,
      consulate: "Consulate in Almaty",
    });
    // A change of another field keeps them.
    await updateStep(c.sender, c.id, { exitConditions: [] });
    expect((await getRepatriation(c.sender, c.id))!.record).toMatchObject(legacy);

    const certificate = await createDocument(
      c.sender,
      c.victimId,
      documentSchema.parse({ type: "CERTIFICATE_OF_RETURN", holder: "CONSULATE" }),
    );
    await updateStep(c.sender, c.id, { travelDocumentId: certificate.id });
    const record = (await getRepatriation(c.sender, c.id))!.record!;
    expect(record).toMatchObject({
      travelDocumentId: certificate.id,
      documentType: "CERTIFICATE_OF_RETURN",
      documentStatus: "NOT_STARTED",
      consulate: "Consulate in Almaty",
    });
    expect(record.documentExpiry).toBeUndefined();
  });

  it("forgets the document when it is deleted with its person's records, and the step shows nothing chosen", async () => {
    const c = await atTravelDocuments();
    const passport = await createDocument(
      c.sender,
      c.victimId,
      documentSchema.parse({ type: "PASSPORT", holder: "PERSON" }),
    );
    await updateStep(c.sender, c.id, { travelDocumentId: passport.id });
    await db.personDocument.delete({ where: { id: passport.id } });
    const record = (await getRepatriation(c.sender, c.id))!.record!;
    expect(record.travelDocumentId).toBeUndefined();
    expect(record.documentStatus).toBeUndefined();
  });
});
