// A shelter-staff assignment could not be removed. On real PostgreSQL: the coordinator
// takes a staff member off a shelter (audited), and from then on the staff member no longer sees
// that shelter's board or residents; nobody outside the shelter's organisation can do it.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { createShelterSchema } from "./schema";
import { admitToShelter, assignShelterStaff, createShelter, unassignShelterStaff } from "./mutations";
import { getShelterBoard } from "./data";

describe("#14.11 unassigning shelter staff", () => {
  it("takes the staff member off the shelter: they no longer see its residents", async () => {
    const org = await createOrganisation("unassign");
    const coordinatorUser = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const coordinator = scopeOf(coordinatorUser, "COORDINATOR", org.id);
    const shelter = await createShelter(
      coordinator,
      createShelterSchema.parse({
        name: `Shelter ${org.code}`,
        city: "Tashkent",
        countryCode: "UZ",
        population: "WOMEN",
        capacity: 2,
      }),
    );
    const staffUser = await createUser({ organisationId: org.id, role: "SHELTER_STAFF" });
    const staff = scopeOf(staffUser, "SHELTER_STAFF", org.id);
    await assignShelterStaff(coordinator, shelter.id, staffUser.id);
    const { id: person } = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Resident",
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2026-01-01",
        identifiedBy: "OTHER",
      }),
    );
    await admitToShelter(coordinator, shelter.id, { victimId: person, admittedAt: new Date() });
    expect((await getShelterBoard(staff, shelter.id))?.residents).toHaveLength(1);

    // Another organisation's coordinator, and the staff member themselves, find nothing to remove.
    const other = await createOrganisation("unassign-other");
    const stranger = scopeOf(
      await createUser({ organisationId: other.id, role: "COORDINATOR" }),
      "COORDINATOR",
      other.id,
    );
    await expect(unassignShelterStaff(stranger, shelter.id, staffUser.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unassignShelterStaff(staff, shelter.id, staffUser.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getShelterBoard(staff, shelter.id))?.residents).toHaveLength(1);

    await unassignShelterStaff(coordinator, shelter.id, staffUser.id);
    expect(await getShelterBoard(staff, shelter.id)).toBeNull();
    expect(
      await db.auditEvent.findFirst({ where: { action: "shelter.staff_unassign", actorUserId: coordinatorUser.id } }),
    ).not.toBeNull();
    await expect(unassignShelterStaff(coordinator, shelter.id, staffUser.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
