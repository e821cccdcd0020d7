import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { checkSignIn } from "@/lib/auth/sign-in";
import { createOrganisation } from "@/tests/support/factories";
import {
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_ROLES,
  NETWORK_ADMIN_EMAIL,
  demoEmail,
  seedDemoNetwork,
} from "./demo-network";

describe("demo network seed", () => {
  it("refuses to run in production", async () => {
    await expect(seedDemoNetwork(db, "production", { whenEmpty: false })).rejects.toThrow(/never seeded in production/);
  });

  it("leaves a database that has organisations alone in development", async () => {
    await createOrganisation();
    expect(await seedDemoNetwork(db, "development", { whenEmpty: true })).toBe(false);
  });

  it("seeds every documented account once, each able to sign in with the shared password", async () => {
    await seedDemoNetwork(db, "test", { whenEmpty: false });
    expect(await seedDemoNetwork(db, "test", { whenEmpty: false })).toBe(false);
    const emails = [
      NETWORK_ADMIN_EMAIL,
      ...DEMO_ORGANISATIONS.flatMap((o) => Object.keys(DEMO_ROLES).map((r) => demoEmail(r, o.city))),
    ];
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(31);
    for (const email of [NETWORK_ADMIN_EMAIL, "coordinator@tashkent.demo", "analyst@moscow.demo"]) {
      expect(await checkSignIn({ email, password: DEMO_PASSWORD }, null), email).not.toBeNull();
    }
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
    // Repatriations in several statuses between the demo organisations.
    const repatriations = await db.repatriation.findMany({
      select: { status: true, sendingCountry: true, receivingCountry: true },
    });
    const pairs = new Set(repatriations.map((r) => `${r.sendingCountry}-${r.receivingCountry}`));
    for (const pair of ["KZ-UZ", "RU-TJ", "RU-KG"]) expect(pairs, pair).toContain(pair);
    expect(new Set(repatriations.map((r) => r.status)).size).toBeGreaterThanOrEqual(6);
    // One case of each kind of return (decision 0030): assisted between two organisations and alone
    // with a counterpart, a deportation, a self-organised return, a person who stays; and scored
    // follow-ups and a plan to count in the reintegration figures (decision 0031).
    const demoCases = await db.repatriation.findMany({
      where: { victim: { organisation: { code: { in: ["TSH", "ALA", "MOS"] } } } },
      select: {
        kind: true,
        status: true,
        counterpartId: true,
        _count: { select: { followUps: true, assistance: true } },
      },
    });
    for (const kind of ["ASSISTED", "DEPORTATION", "SELF_ORGANISED"])
      expect(
        demoCases.some((c) => c.kind === kind),
        kind,
      ).toBe(true);
    expect(demoCases.some((c) => c.counterpartId !== null && c.kind === "ASSISTED")).toBe(true);
    expect(demoCases.some((c) => c.status === "STAYS")).toBe(true);
    expect(demoCases.some((c) => c._count.followUps >= 2 && c._count.assistance >= 1)).toBe(true);
    // Two situations with their people and calls; one recruiter recorded by two organisations.
    const situations = await db.situation.findMany({
      where: { organisation: { code: { in: ["TSH", "ALA"] } } },
      select: { _count: { select: { people: true, calls: true, perpetrators: true } } },
    });
    expect(situations.length).toBeGreaterThanOrEqual(2);
    expect(situations.some((s) => s._count.perpetrators === 1 && s._count.people > 0 && s._count.calls > 0)).toBe(true);
    const recruiters = await db.perpetrator.groupBy({ by: ["nameHash"], _count: { organisationId: true } });
    expect(recruiters.some((r) => r._count.organisationId === 2)).toBe(true);
    // Papers on record in every demo organisation (other tests share this database): a passport
    // the employer keeps, with steps taken to get it back, and a legal status in Russia.
    const demoIds = await db.organisation.findMany({
      where: { code: { in: DEMO_ORGANISATIONS.map((o) => o.code) } },
      select: { id: true },
    });
    const demo = { organisationId: { in: demoIds.map((o) => o.id) } };
    const withPapers = await db.personDocument.groupBy({
      by: ["organisationId"],
      where: { ...demo, holder: "EMPLOYER", steps: { some: {} } },
    });
    expect(withPapers.length).toBe(DEMO_ORGANISATIONS.length);
    expect((await db.legalStatus.groupBy({ by: ["organisationId"], where: demo })).length).toBe(
      DEMO_ORGANISATIONS.length,
    );
    // Reminders of those dates in each: the passports running out, the fines, the hearings.
    const reminders = await db.task.groupBy({ by: ["organisationId"], where: { ...demo, kind: "DOCUMENT_EXPIRY" } });
    expect(reminders.length).toBe(DEMO_ORGANISATIONS.length);
    expect(await db.task.count({ where: { ...demo, kind: "HEARING" } })).toBeGreaterThan(0);
    // A scan of that passport in each, sealed (no PDF header readable in the stored bytes).
    const scans = await db.attachment.findMany({
      where: { ...demo, parentType: "DOCUMENT", contentType: "application/pdf" },
      select: { organisationId: true, blob: { select: { contentEncrypted: true } } },
    });
    expect(new Set(scans.map((s) => s.organisationId)).size).toBe(DEMO_ORGANISATIONS.length);
    expect(scans.every((s) => !Buffer.from(s.blob!.contentEncrypted).includes(Buffer.from("%PDF")))).toBe(true);
    // Claims for unpaid wages: roubles in Moscow (three workers, a firm on record, partly
    // recovered through the labour inspectorate) and tenge in Almaty.
    const claims = await db.labourClaim.findMany({
      where: demo,
      select: { currency: true, route: true, employerPerpetratorId: true, _count: { select: { people: true } } },
    });
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          currency: "RUB",
          route: "LABOUR_INSPECTORATE",
          employerPerpetratorId: expect.any(String),
          _count: { people: 3 },
        }),
        expect.objectContaining({ currency: "KZT" }),
      ]),
    );
    // Legal proceedings: Almaty's criminal case against the recruiter, the person a victim, linked
    // to the situation and the recruiter's record, a hearing to come; Moscow's woman charged under
    // migration law, with the non-punishment principle applied.
    const orgId = async (code: string) =>
      (await db.organisation.findFirstOrThrow({ where: { code }, select: { id: true } })).id;
    const almatyCase = await db.legalProceeding.findFirst({
      where: { organisationId: await orgId("ALA"), kind: "CRIMINAL", role: "VICTIM", situationId: { not: null } },
      select: { perpetrators: true, hearings: { where: { status: "SCHEDULED", heldOn: { gt: new Date() } } } },
    });
    expect(almatyCase?.perpetrators).toHaveLength(1);
    expect(almatyCase?.hearings).toHaveLength(1);
    expect(
      await db.legalProceeding.count({
        where: { organisationId: await orgId("MOS"), role: "ACCUSED", outcome: "NON_PUNISHMENT_APPLIED" },
      }),
    ).toBe(1);
    // The whole network, twice, and three sign-ins (argon2 and the sign-in's even pace): the
    // heaviest single test, so it gets more than the project's 20 s on a busy two-core machine.
  }, 60_000);
});
