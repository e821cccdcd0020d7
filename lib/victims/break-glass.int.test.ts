import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { listVictimsQuerySchema, registerVictimSchema } from "./schema";
import { breakGlass, registerVictim } from "./mutations";
import { findBreakGlassCandidate, getVictimRecord, listBreakGlassAccesses, listVictims } from "./data";
import { listAccessLog } from "@/lib/casework/data";

describe("restricted records and break-glass", () => {
  it("hides a restricted record from coordinators until they give a reason, and shows the access to the admin", async () => {
    const org = await createOrganisation();
    const worker = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const admin = scopeOf(await createUser({ organisationId: org.id, role: "ORG_ADMIN" }), "ORG_ADMIN", org.id);
    const { id } = await registerVictim(
      worker,
      registerVictimSchema.parse({
        givenName: "Sabina",
        familyName: "Orlova",
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2026-02-01",
        identifiedBy: "SELF_REFERRAL",
        restricted: true,
      }),
    );
    expect((await getVictimRecord(worker, id))?.record.restricted).toBe(true);
    expect(await getVictimRecord(coordinator, id)).toBeNull();
    expect(
      (await listVictims(coordinator, listVictimsQuerySchema.parse({ limit: 100 }))).items.map((v) => v.id),
    ).not.toContain(id);
    expect(await findBreakGlassCandidate(coordinator, id)).toEqual({ id });

    await expect(breakGlass(coordinator, id, { reason: "short" })).rejects.toMatchObject({
      fields: { reason: "errors.breakGlassReason" },
    });
    expect(await getVictimRecord(coordinator, id)).toBeNull();
    await breakGlass(coordinator, id, { reason: "Police asked to confirm she is safe tonight" });
    expect((await getVictimRecord(coordinator, id))?.record.givenName).toBe("Sabina");

    const log = await listBreakGlassAccesses(admin);
    expect(log.map((row) => [row.victim.id, row.reason])).toContainEqual([
      id,
      "Police asked to confirm she is safe tonight",
    ]);
    expect((await listAccessLog(coordinator, id))!.map((e) => e.action)).toContain("victim.break_glass");
  });

  it("is not open to other roles or other organisations", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation("other");
    const creator = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    const { id } = await registerVictim(
      creator,
      registerVictimSchema.parse({
        givenName: "Timur",
        sex: "MALE",
        estimatedAge: 40,
        identifiedOn: "2026-02-01",
        identifiedBy: "POLICE",
        restricted: true,
      }),
    );
    const worker = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const outsider = scopeOf(
      await createUser({ organisationId: other.id, role: "COORDINATOR" }),
      "COORDINATOR",
      other.id,
    );
    for (const scope of [worker, outsider]) {
      expect(await findBreakGlassCandidate(scope, id)).toBeNull();
      await expect(breakGlass(scope, id, { reason: "I would like to look" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await getVictimRecord(scope, id)).toBeNull();
    }
  });
});
