import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { loadActor } from "@/lib/auth/load-actor";
import type { Scope } from "@/lib/roles/scope";
import { listCallOperators } from "./data";

/** The scope a request of this user would act with: the epoch is the one read with the actor. */
async function requestScope(userId: string, organisationId: string): Promise<Scope> {
  const actor = await loadActor({ userId, preferredOrganisationId: organisationId, requestId: null, via: "token" });
  return actor!.scope;
}

const namesFor = async (scope: Scope) => (await listCallOperators(scope)).map((u) => u.name);

describe("the hotline's operators kept between requests", () => {
  it("follows every change of the organisation's staff through the access epoch, and reads nothing while it holds", async () => {
    const hotline = await createOrganisation("operators");
    const other = await createOrganisation("operators-other");
    const coordinator = await createUser({ organisationId: hotline.id, role: "COORDINATOR" });
    const epochOf = async (id: string) =>
      (await db.organisation.findFirstOrThrow({ where: { id }, select: { accessEpoch: true } })).accessEpoch;
    const otherEpoch = await epochOf(other.id);

    const first = await requestScope(coordinator.id, hotline.id);
    expect(await namesFor(first)).toEqual([coordinator.name]);

    // A new operator: the membership moves the epoch, and the next request sees them.
    const operator = await createUser({ organisationId: hotline.id, role: "HOTLINE_OPERATOR" });
    const joined = await requestScope(coordinator.id, hotline.id);
    expect(joined.accessEpoch).toBeGreaterThan(first.accessEpoch!);
    expect((await namesFor(joined)).sort()).toEqual([coordinator.name, operator.name].sort());

    // Behind the app's back, without the triggers (replication role): the epoch stays, and the
    // kept list is served without reading users.
    const hidden = unique("Renamed behind the back");
    await db.$transaction([
      db.$executeRaw`SET LOCAL session_replication_role = replica`,
      db.$executeRaw`UPDATE users SET name = ${hidden} WHERE id = ${operator.id}::uuid`,
    ]);
    const unchanged = await requestScope(coordinator.id, hotline.id);
    expect(unchanged.accessEpoch).toBe(joined.accessEpoch);
    expect(await namesFor(unchanged)).toContain(operator.name);
    // A scope without an epoch (a script) always reads.
    expect(await namesFor(scopeOf(coordinator, "COORDINATOR", hotline.id))).toContain(hidden);

    // A change of name through the database's triggers moves the epoch of the member's organisations.
    const renamed = unique("Operator renamed");
    await db.user.update({ where: { id: operator.id }, data: { name: renamed } });
    const afterRename = await requestScope(coordinator.id, hotline.id);
    expect(afterRename.accessEpoch).toBeGreaterThan(unchanged.accessEpoch!);
    expect(await namesFor(afterRename)).toContain(renamed);

    // A role that takes no calls, then a removed membership: gone from the list each time.
    await db.membership.update({ where: { id: operator.membershipId! }, data: { role: "ANALYST" } });
    expect(await namesFor(await requestScope(coordinator.id, hotline.id))).toEqual([coordinator.name]);
    await db.membership.update({ where: { id: operator.membershipId! }, data: { role: "HOTLINE_OPERATOR" } });
    expect(await namesFor(await requestScope(coordinator.id, hotline.id))).toContain(renamed);
    await db.membership.delete({ where: { id: operator.membershipId! } });
    expect(await namesFor(await requestScope(coordinator.id, hotline.id))).toEqual([coordinator.name]);

    // Another organisation's epoch did not move for any of it.
    expect(await epochOf(other.id)).toBe(otherEpoch);
  });
});
