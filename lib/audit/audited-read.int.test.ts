import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { mintScope } from "@/lib/auth/mint-scope";
import { getVictimRecord } from "@/lib/victims/data";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import type { OrgScope } from "@/lib/roles/scope";

describe("an audited read without a transaction (decision 0042)", () => {
  it("returns what it read only once the event naming it is written, and nothing when it cannot be", async () => {
    const organisation = await createOrganisation("audited");
    const coordinator = await createUser({ organisationId: organisation.id, role: "COORDINATOR" });
    const scope = scopeOf(coordinator, "COORDINATOR", organisation.id) as OrgScope;
    const input = registerVictimSchema.parse({
      givenName: "Audited",
      familyName: unique("Read"),
      sex: "FEMALE",
      estimatedAge: 30,
      citizenships: ["UZ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "NGO_OUTREACH",
    });
    const { id } = await registerVictim(scope, input);

    const found = await getVictimRecord(scope, id);
    expect(found?.record.id).toBe(id);
    const events = await db.auditEvent.findMany({ where: { requestId: scope.requestId, action: "victim.read" } });
    expect(events.map((e) => e.recordId)).toEqual([id]);

    // An actor the trail cannot name (no such user: the event's reference to them is refused)
    // reads the row, but the append fails, and the record never leaves the read.
    const unnamed = mintScope({
      userId: crypto.randomUUID(),
      organisationId: organisation.id,
      role: "COORDINATOR",
      requestId: unique("req"),
    });
    await expect(getVictimRecord(unnamed, id)).rejects.toThrow(/audit_events_actor_user_id_fkey|Foreign key/i);
    expect(await db.auditEvent.count({ where: { requestId: unnamed.requestId } })).toBe(0);
  });
});
