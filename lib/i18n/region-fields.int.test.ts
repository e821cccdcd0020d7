// Region fields that figures can count: a caller's region and a person's region of origin are codes
// from the list of the country they go with, and a place below region level is kept as typed.
import { describe, expect, it } from "vitest";
import { callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { getHotlineCall } from "@/lib/hotline/data";
import { registerVictimSchema, updateVictimSchema } from "@/lib/victims/schema";
import { registerVictim, updateVictim } from "@/lib/victims/mutations";
import { getVictimRecord } from "@/lib/victims/data";
import { presentVictim } from "@/lib/victims/present";

async function coordinator() {
  const org = await createOrganisation();
  return scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
}

const call = (overrides: Record<string, unknown>) =>
  createHotlineCallSchema.safeParse(callInput({ callerCountry: "RU", ...overrides }));

describe("region fields", () => {
  it("takes a caller's region from the caller country's list and keeps the town as typed", async () => {
    const scope = await coordinator();
    const input = call({ callerRegion: "ru-sve", callerPlace: "Yekaterinburg, Uralmash" });
    expect(input.success).toBe(true);
    const { id } = await createHotlineCall(scope, input.data!, { source: "intake", defaultCountry: "UZ" });
    expect(await getHotlineCall(scope, id)).toMatchObject({
      callerRegion: "RU-SVE",
      callerPlace: "Yekaterinburg, Uralmash",
    });
    // Another country's region is refused by the schema, in the form as on the server.
    expect(call({ callerRegion: "UZ-SA" }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["callerRegion", "errors.regionOfOtherCountry"],
    ]);
    // A well-formed code no list holds is refused where the lists are.
    const unknown = call({ callerRegion: "RU-ZZZ" });
    expect(unknown.success).toBe(true);
    await expect(
      createHotlineCall(scope, unknown.data!, { source: "intake", defaultCountry: "UZ" }),
    ).rejects.toMatchObject({ code: "INVALID", fields: { callerRegion: "errors.invalidRegion" } });
  });

  it("takes a person's region of origin from a list of their citizenships", async () => {
    const scope = await coordinator();
    const { id } = await registerVictim(
      scope,
      registerVictimSchema.parse({
        givenName: "Farrukh",
        sex: "MALE",
        estimatedAge: 28,
        citizenships: ["UZ", "TJ"],
        identifiedOn: "2026-03-01",
        identifiedBy: "HOTLINE",
      }),
    );
    const read = () => getVictimRecord(scope, id).then((r) => presentVictim(r!.record, false));
    const save = async (changes: Record<string, unknown>) =>
      updateVictim(scope, id, updateVictimSchema.parse({ ...(await read()), ...changes }));
    await save({ regionOfOrigin: "TJ-SU", placeOfOrigin: "Isfara" });
    expect(await read()).toMatchObject({ regionOfOrigin: "TJ-SU", placeOfOrigin: "Isfara" });
    expect(
      updateVictimSchema.safeParse({ ...(await read()), regionOfOrigin: "KG-O" }).error?.issues.map((i) => i.message),
    ).toEqual(["errors.regionOfOtherCountry"]);
    await expect(save({ regionOfOrigin: "UZ-ZZ" })).rejects.toMatchObject({
      fields: { regionOfOrigin: "errors.invalidRegion" },
    });
    expect(await read()).toMatchObject({ regionOfOrigin: "TJ-SU" });
  });
});
