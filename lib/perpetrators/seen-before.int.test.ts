import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createPerpetratorSchema, perpetratorMatchSchema } from "./schema";
import { createPerpetrator } from "./mutations";
import { matchPerpetrators } from "./data";

describe("seen before, by name", () => {
  it("finds the organisation's own records by a name spelt otherwise, in either script, and not a different person", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation();
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const elsewhere = scopeOf(
      await createUser({ organisationId: other.id, role: "COORDINATOR" }),
      "COORDINATOR",
      other.id,
    );
    const tag = crypto.randomUUID().slice(0, 6);
    const record = (scope: typeof coordinator, name: string) =>
      createPerpetrator(scope, createPerpetratorSchema.parse({ name, roles: ["RECRUITER"], source: "VICTIM" }));
    const rustam = await record(coordinator, `Рустам Холматов ${tag}`);
    await record(coordinator, `Бахтиёр Саидов ${tag}`);
    const theirs = await record(elsewhere, `Rustam Kholmatov ${tag}`);
    const ownFor = async (name: string) =>
      (await matchPerpetrators(coordinator, perpetratorMatchSchema.parse({ name }))).own.map((p) => p.id);
    expect(await ownFor(`Rustem Holmatov ${tag}`)).toEqual([rustam.id]);
    expect(await ownFor(`Kholmatov ${tag}`)).toEqual([rustam.id]);
    expect(await ownFor(`Sherzod Holmatov ${tag}`)).toEqual([]);
    // Each organisation finds its own records loosely; across the network only the exact name
    // counts: the other spelling is not counted, the same name is.
    const there = await matchPerpetrators(elsewhere, perpetratorMatchSchema.parse({ name: `Rustem Holmatov ${tag}` }));
    expect([there.own.map((p) => p.id), there.otherOrganisations]).toEqual([[theirs.id], 0]);
    const exact = await matchPerpetrators(elsewhere, perpetratorMatchSchema.parse({ name: `Холматов Рустам ${tag}` }));
    expect(exact.otherOrganisations).toBe(1);
  });
});
