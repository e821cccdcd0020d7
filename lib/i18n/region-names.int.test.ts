// The migration that turned typed regions into codes (regions_that_can_be_counted): its SQL lookup
// agrees with lib/i18n/region-names.ts name for name, and its data move maps what names one region
// and keeps everything else as the place, once.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser } from "@/tests/support/factories";
import { foldRegionName, regionNameKeys } from "./region-names";
import { REGIONS } from "./regions";

const codeOf = async (country: string | null, typed: string) =>
  (await db.$queryRaw<{ code: string | null }[]>`SELECT region_code_from_text(${country}, ${typed}) AS code`)[0]!.code;

describe("typed regions read back into codes", () => {
  it("knows every name the lists give, in the database as in the code", async () => {
    const keys = regionNameKeys();
    const rows = await db.$queryRaw<{ country: string; key: string; code: string | null }[]>`
      SELECT k.country, k.key, region_code_from_text(k.country, k.key) AS code
      FROM unnest(${keys.map((k) => k.country)}::text[], ${keys.map((k) => k.key)}::text[]) AS k(country, key)`;
    const expected = new Map(keys.map((k) => [`${k.country}|${k.key}`, k.code]));
    const differing = rows.filter((r) => expected.get(`${r.country}|${r.key}`) !== r.code);
    expect(differing).toEqual([]);
    expect(rows).toHaveLength(keys.length);
    // Every region is reachable by its English and its Russian name, whatever the case and spacing.
    for (const regions of Object.values(REGIONS))
      for (const r of regions) {
        const country = r.code.slice(0, 2);
        const found = keys.filter(
          (k) => k.country === country && [foldRegionName(r.en), foldRegionName(r.ru)].includes(k.key),
        );
        expect(
          found.map((k) => k.code),
          r.code,
        ).toEqual(found.map(() => r.code));
      }
  });

  it("reads common spellings, ignores case and spacing, and leaves the ambiguous and unknown alone", async () => {
    expect(await codeOf("UZ", "Samarkand")).toBe("UZ-SA");
    expect(await codeOf("UZ", "  САМАРКАНДСКАЯ   область ")).toBe("UZ-SA");
    expect(await codeOf("UZ", "Самарканд")).toBe("UZ-SA");
    expect(await codeOf("KG", "Ошская область")).toBe("KG-O");
    expect(await codeOf("RU", "Moscow Oblast")).toBe("RU-MOS");
    expect(await codeOf("RU", "Москва")).toBe("RU-MOW");
    expect(await codeOf("RU", "Свердловская область")).toBe("RU-SVE");
    // Tashkent is a city and a region: it stays the place.
    expect(await codeOf("UZ", "Tashkent")).toBeNull();
    expect(await codeOf("UZ", "Kasbi")).toBeNull();
    // A region of another country is not this country's.
    expect(await codeOf("KZ", "Samarkand")).toBeNull();
    expect(await codeOf(null, "Samarkand")).toBeNull();
  });

  it("moves typed values: a region to its code, anything else to the place, and a second run changes nothing", async () => {
    const org = await createOrganisation();
    const operator = await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" });
    const call = (id: string, country: string | null, region: string | null) =>
      db.$executeRaw`INSERT INTO hotline_calls (id, organisation_id, operator_id, received_at, call_type, caller_country, caller_region, updated_at)
        VALUES (${id}::uuid, ${org.id}::uuid, ${operator.id}::uuid, now(), 'DATA', ${country}, ${region}, now())`;
    const ids = Array.from({ length: 5 }, () => crypto.randomUUID());
    await call(ids[0]!, "RU", "Свердловская область");
    await call(ids[1]!, "RU", "Yekaterinburg");
    await call(ids[2]!, null, "Samarkand");
    await call(ids[3]!, "RU", "RU-MOS");
    await call(ids[4]!, "UZ", null);
    const person = (id: string, citizenships: string[], region: string) =>
      db.$executeRaw`INSERT INTO victims (id, organisation_id, case_number, given_name, sex, citizenships, identified_on, identified_by, region_of_origin, created_by_id, updated_at)
        VALUES (${id}::uuid, ${org.id}::uuid, ${`${org.code}-2026-${id.slice(0, 5)}`}, 'Test', 'MALE', ${citizenships}::text[], now(), 'HOTLINE', ${region}, ${operator.id}::uuid, now())`;
    const people = Array.from({ length: 3 }, () => crypto.randomUUID());
    await person(people[0]!, ["RU", "TJ"], "Согд");
    await person(people[1]!, ["UZ"], "Kasbi, Qashqadaryo");
    await person(people[2]!, [], "Fergana");

    const read = async () => ({
      calls: await db.hotlineCall.findMany({
        where: { id: { in: ids } },
        select: { id: true, callerRegion: true, callerPlace: true },
      }),
      people: await db.victim.findMany({
        where: { id: { in: people } },
        select: { id: true, regionOfOrigin: true, placeOfOrigin: true },
      }),
    });
    await db.$executeRaw`SELECT map_typed_regions()`;
    const once = await read();
    const call_ = (i: number) => once.calls.find((c) => c.id === ids[i]);
    expect(call_(0)).toMatchObject({ callerRegion: "RU-SVE", callerPlace: null });
    expect(call_(1)).toMatchObject({ callerRegion: null, callerPlace: "Yekaterinburg" });
    expect(call_(2)).toMatchObject({ callerRegion: null, callerPlace: "Samarkand" });
    expect(call_(3)).toMatchObject({ callerRegion: "RU-MOS", callerPlace: null });
    expect(call_(4)).toMatchObject({ callerRegion: null, callerPlace: null });
    const person_ = (i: number) => once.people.find((p) => p.id === people[i]);
    // The second citizenship's list is read when the first has no match.
    expect(person_(0)).toMatchObject({ regionOfOrigin: "TJ-SU", placeOfOrigin: null });
    expect(person_(1)).toMatchObject({ regionOfOrigin: null, placeOfOrigin: "Kasbi, Qashqadaryo" });
    expect(person_(2)).toMatchObject({ regionOfOrigin: null, placeOfOrigin: "Fergana" });
    await db.$executeRaw`SELECT map_typed_regions()`;
    expect(await read()).toEqual(once);
  });
});
