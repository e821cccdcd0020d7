import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import type { OrgScope } from "@/lib/roles/scope";
import { noRowReadsAnswered } from "./no-row-reads";

describe("relation reads that no row can match, through Prisma", () => {
  it("give Prisma the same answers whether they were sent or answered without being sent", async () => {
    const organisation = await createOrganisation("no-row-reads");
    const user = await createUser({ organisationId: organisation.id, role: "COORDINATOR" });
    const scope = scopeOf(user, "COORDINATOR", organisation.id) as OrgScope;
    const { id } = await registerVictim(
      scope,
      registerVictimSchema.parse({
        givenName: "Nobody",
        familyName: unique("Assigned"),
        sex: "FEMALE",
        estimatedAge: 30,
        citizenships: ["UZ"],
        identifiedOn: "2026-05-01",
        identifiedBy: "NGO_OUTREACH",
      }),
    );
    const db = dbFor(scope);
    // No one assigned: the users read is `… IN (NULL)`. No notes: their authors' read is too.
    const read = () =>
      db.victim.findMany({
        where: { id },
        select: {
          id: true,
          assignedTo: { select: { name: true } },
          notes: { select: { id: true, author: { select: { name: true } } } },
        },
      });
    const before = noRowReadsAnswered();
    const answers = [await read(), await read(), await read()];
    for (const answer of answers) expect(answer).toEqual([{ id, assignedTo: null, notes: [] }]);
    // The first read sends its `IN (NULL)` statement (its columns are not known yet); the next two do not.
    expect(noRowReadsAnswered() - before).toBeGreaterThanOrEqual(2);

    // A row that does have the relation still reads it, before and after.
    await db.victim.update({ where: { id }, data: { assignedToId: user.id } });
    expect((await read())[0]!.assignedTo).toEqual({ name: user.name });
  });
});
