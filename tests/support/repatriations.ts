// A sending and a receiving organisation with a coordinator each, a person of the sender's, and a
// draft repatriation case between them: the start of every repatriation integration test.
import { createOrganisation, createUser, scopeOf } from "./factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createRepatriation } from "@/lib/repatriations/mutations";

export async function setup() {
  const almaty = await createOrganisation("sending");
  const tashkent = await createOrganisation("receiving");
  const sender = scopeOf(
    await createUser({ organisationId: almaty.id, role: "COORDINATOR" }),
    "COORDINATOR",
    almaty.id,
  );
  const receiver = scopeOf(
    await createUser({ organisationId: tashkent.id, role: "COORDINATOR" }),
    "COORDINATOR",
    tashkent.id,
  );
  const { id: victimId } = await registerVictim(
    sender,
    registerVictimSchema.parse({
      givenName: "Дилфуза",
      familyName: "Каримова",
      sex: "FEMALE",
      estimatedAge: 28,
      citizenships: ["UZ"],
      identifiedOn: "2026-04-01",
      identifiedBy: "POLICE",
    }),
  );
  const { id } = await createRepatriation(sender, { victimId, receivingOrganisationId: tashkent.id });
  return { almaty, tashkent, sender, receiver, victimId, id };
}

export async function consentAll(scope: ReturnType<typeof scopeOf>, victimId: string, receivingOrganisationId: string) {
  await recordConsent(scope, victimId, {
    sheetLanguage: "ru",
    kind: "RETURN",
    givenOn: new Date("2026-04-02"),
    method: "WRITTEN",
  });
  await recordConsent(scope, victimId, {
    sheetLanguage: "ru",
    kind: "SHARING",
    granteeOrganisationId: receivingOrganisationId,
    givenOn: new Date("2026-04-02"),
    method: "WRITTEN",
  });
}
