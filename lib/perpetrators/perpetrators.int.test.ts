// Perpetrator records on real PostgreSQL: encrypted, recognised again by an identifier or a name in
// any script, and across the network only counted.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";
import {
  getPerpetrator,
  listPerpetrators,
  listPerpetratorsOfSituation,
  matchPerpetrators,
  PERPETRATOR_MATCH_LIMIT,
} from "./data";
import { createPerpetrator, linkPerpetratorToSituation } from "./mutations";
import { createPerpetratorSchema, listPerpetratorsQuerySchema, perpetratorMatchSchema } from "./schema";

async function member(organisationId: string, role: Parameters<typeof scopeOf>[1]) {
  return scopeOf(await createUser({ organisationId, role: role as never }), role, organisationId);
}

const recruiter = (phone: string, extra: Record<string, unknown> = {}) =>
  createPerpetratorSchema.parse({
    name: "Рустам Каримов",
    aliases: ["Rustam-aka"],
    roles: ["RECRUITER"],
    relation: "NEIGHBOUR",
    nationality: "UZ",
    activeIn: ["UZ", "RU"],
    identifiers: [{ kind: "PHONE", value: phone }],
    notes: "Took twelve men from Kasbi in June; keeps their passports.",
    source: "THIRD_PARTY",
    ...extra,
  });

const match = (input: Record<string, unknown>) => perpetratorMatchSchema.parse(input);

describe("perpetrators", () => {
  it("stores names, identifiers and notes encrypted, and recognises the recruiter by phone or name in any script", async () => {
    const org = await createOrganisation("perpetrators");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const phone = `+998 90 ${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
    const { id } = await createPerpetrator(operator, recruiter(phone));
    const stored = await db.perpetrator.findUniqueOrThrow({ where: { id }, include: { identifiers: true } });
    expect(asJson(stored)).not.toMatch(/Каримов|Rustam|Kasbi/);
    expect(asJson(stored)).not.toContain(phone.replace(/\D/g, "").slice(-7));
    const shown = (await getPerpetrator(operator, id))!;
    expect(shown).toMatchObject({
      name: "Рустам Каримов",
      aliases: ["Rustam-aka"],
      notes: expect.stringContaining("Kasbi"),
    });
    expect(shown.identifiers).toEqual([{ id: expect.any(String), kind: "PHONE", value: phone }]);

    // The same phone written differently; the name in Latin, words the other way round.
    const digits = phone.replace(/\D/g, "");
    for (const input of [
      { identifiers: [{ kind: "PHONE", value: `8 (0) ${digits.slice(3)}` }] },
      { name: "Karimov Rustam" },
      { name: "karimov" },
    ]) {
      const found = await matchPerpetrators(operator, match(input));
      expect(
        found.own.map((p) => p.id),
        JSON.stringify(input),
      ).toEqual([id]);
      expect(found.otherOrganisations).toBe(0);
    }
    expect((await matchPerpetrators(operator, match({ name: "Karimova Dilnoza" }))).own).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "perpetrator.match", actorUserId: operator.userId } })).toBe(4);
  });

  it("tells another organisation only how many organisations recorded a match, never which or what", async () => {
    const first = await createOrganisation("perpetrators");
    const second = await createOrganisation("perpetrators");
    const third = await createOrganisation("perpetrators");
    const phone = `+7 916 ${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
    const a = await createPerpetrator(await member(first.id, "COORDINATOR"), recruiter(phone));
    await createPerpetrator(await member(second.id, "HOTLINE_OPERATOR"), recruiter(phone));
    const asker = await member(third.id, "COORDINATOR");
    const found = await matchPerpetrators(asker, match({ identifiers: [{ kind: "PHONE", value: phone }] }));
    expect(found).toEqual({ own: [], otherOrganisations: 2 });
    expect(asJson(found)).not.toMatch(/Каримов|Kasbi/);
    // Nor can the asker read the record itself, or find it in a list.
    expect(await getPerpetrator(asker, a.id)).toBeNull();
    expect((await listPerpetrators(asker, listPerpetratorsQuerySchema.parse({}))).items).toEqual([]);
    // An organisation's own record does not count as "elsewhere".
    const own = await matchPerpetrators(await member(first.id, "COORDINATOR"), match({ name: "Рустам Каримов" }));
    expect(own.own.map((p) => p.id)).toEqual([a.id]);
    expect(own.otherOrganisations).toBeGreaterThanOrEqual(1); // the second organisation, and any other test's Karimov
  });

  it("shows operators their own records, case workers those of their situations, analysts nothing", async () => {
    const org = await createOrganisation("perpetrators");
    const coordinator = await member(org.id, "COORDINATOR");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const worker = await member(org.id, "CASE_WORKER");
    const analyst = await member(org.id, "ANALYST");
    const { id } = await createPerpetrator(coordinator, recruiter("+998 91 000 00 01"));
    expect(await getPerpetrator(operator, id)).toBeNull();
    expect(await getPerpetrator(worker, id)).toBeNull();
    const situation = await createSituation(
      coordinator,
      createSituationSchema.parse({ countryCode: "RU", assignedToId: worker.userId }),
    );
    expect(
      await linkPerpetratorToSituation(coordinator, situation.id, { perpetratorId: id, role: "RECRUITER" }),
    ).toEqual({
      linked: true,
    });
    expect((await getPerpetrator(worker, id))?.situations).toEqual([
      { id: situation.id, reference: situation.reference, role: "RECRUITER" },
    ]);
    expect(await getPerpetrator(analyst, id)).toBeNull();
    // On the situation's page: the coordinator and the worker in charge see both records; the
    // operator, who recorded one but does not see the situation, and another organisation nothing.
    const byOperator = await createPerpetrator(operator, recruiter("+998 91 000 00 04"));
    await linkPerpetratorToSituation(coordinator, situation.id, { perpetratorId: byOperator.id });
    expect((await listPerpetratorsOfSituation(coordinator, situation.id)).map((p) => p.id)).toEqual([
      id,
      byOperator.id,
    ]);
    expect((await listPerpetratorsOfSituation(worker, situation.id)).map((p) => p.role)).toEqual(["RECRUITER", null]);
    expect((await listPerpetratorsOfSituation(operator, situation.id)).map((p) => p.id)).toEqual([]);
    const stranger = await member((await createOrganisation("perpetrators")).id, "COORDINATOR");
    expect(await listPerpetratorsOfSituation(stranger, situation.id)).toEqual([]);
    await expect(matchPerpetrators(analyst, match({ name: "Karimov" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createPerpetrator(analyst, recruiter("+998 91 000 00 02"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A situation the operator does not see cannot be named in a new record.
    await expect(
      createPerpetrator(operator, recruiter("+998 91 000 00 03", { situationId: situation.id })),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { situationId: "errors.chooseASituation" },
    });
  });
  it("audits each lookup without the words looked up, and refuses past 60 an hour", async () => {
    const org = await createOrganisation("perpetrators");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const lookup = match({ name: "Шерзод Назаров", identifiers: [{ kind: "PHONE", value: "+998 93 777 66 55" }] });
    for (let i = 0; i < PERPETRATOR_MATCH_LIMIT.points; i++) await matchPerpetrators(operator, lookup);
    await expect(matchPerpetrators(operator, lookup)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "errors.perpetratorMatchLimit",
    });
    const audited = await db.auditEvent.findMany({
      where: { action: "perpetrator.match", actorUserId: operator.userId },
    });
    expect(audited).toHaveLength(PERPETRATOR_MATCH_LIMIT.points);
    expect(asJson(audited)).not.toMatch(/Назаров|Nazarov|7776655/);
  });
});
