// A shelter of one organisation and a requesting organisation with a coordinator, a case worker
// and a person who agreed to share their record with the shelter's organisation: the start of the
// placement-request integration tests.
import { db } from "./prisma";
import { createOrganisation, createUser, scopeOf } from "./factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createShelter } from "@/lib/shelters/mutations";
import { createShelterSchema } from "@/lib/shelters/schema";

type TestScope = ReturnType<typeof scopeOf>;

export async function placementSetup(capacity = 2) {
  const shelterOrg = await createOrganisation("shelter");
  const requesterOrg = await createOrganisation("requester");
  const shelterCoordinator = scopeOf(
    await createUser({ organisationId: shelterOrg.id, role: "COORDINATOR" }),
    "COORDINATOR",
    shelterOrg.id,
  );
  const requester = scopeOf(
    await createUser({ organisationId: requesterOrg.id, role: "COORDINATOR" }),
    "COORDINATOR",
    requesterOrg.id,
  );
  const shelter = await createShelter(
    shelterCoordinator,
    createShelterSchema.parse({
      name: `Shelter ${shelterOrg.code}`,
      city: "Almaty",
      countryCode: "KZ",
      population: "WOMEN",
      capacity,
    }),
  );
  return { shelterOrg, requesterOrg, shelterCoordinator, requester, shelter };
}

/** A person of `scope`'s organisation; with `consentTo`, their written consent to share with it. */
export async function person(scope: TestScope, label: string, consentTo?: string) {
  const { id } = await registerVictim(
    scope,
    registerVictimSchema.parse({
      givenName: label,
      familyName: "Placement",
      sex: "FEMALE",
      estimatedAge: 24,
      identifiedOn: "2026-01-01",
      identifiedBy: "NGO_OUTREACH",
    }),
  );
  if (consentTo)
    await recordConsent(scope, id, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeOrganisationId: consentTo,
      givenOn: new Date("2026-01-02"),
      method: "WRITTEN",
    });
  return id;
}

/** Grants through which `granteeOrganisationId` sees the person now (not revoked, not expired). */
export function liveGrants(victimId: string, granteeOrganisationId: string) {
  return db.accessGrant.count({
    where: {
      recordType: "VICTIM",
      recordId: victimId,
      granteeOrganisationId,
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
    },
  });
}

/**
 * Lets `hours` pass for a placement request: its hold and its grant's times move that far into
 * the past (the database's clock cannot be moved, so the request's times move instead).
 */
export async function letTimePass(requestId: string, hours: number) {
  const shift = `${hours} hours`;
  await db.$executeRaw`UPDATE placement_requests SET hold_until = hold_until - ${shift}::interval, decided_at = decided_at - ${shift}::interval WHERE id = ${requestId}::uuid`;
  await db.$executeRaw`UPDATE access_grants SET expires_at = expires_at - ${shift}::interval, created_at = created_at - ${shift}::interval
    WHERE id = (SELECT grant_id FROM placement_requests WHERE id = ${requestId}::uuid)`;
}
