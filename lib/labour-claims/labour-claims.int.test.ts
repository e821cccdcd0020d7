// Claims for unpaid wages on real PostgreSQL: one claim for a brigade of three, the employer's name
// encrypted, a partner holding a grant on one of the three reading that person's line only, the
// organisation's people only, recovered never above owed, a stale change refused, and the figures
// summed by the database per currency and period.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import type { OrgRole } from "@/lib/roles/roles";
import type { Scope } from "@/lib/roles/scope";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { createSituation, linkPersonToSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";
import { labourClaimSchema, updateLabourClaimSchema } from "./schema";
import { createLabourClaim, updateLabourClaim } from "./mutations";
import { claimChoicesOf, listLabourClaims } from "./data";
import { getLabourClaimFigures } from "./figures";
import { fromCents, toCents } from "./amounts";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

async function person(scope: Scope, givenName: string) {
  const { id } = await registerVictim(
    scope,
    registerVictimSchema.parse({
      givenName,
      familyName: unique("Каримов"),
      sex: "MALE",
      estimatedAge: 30,
      citizenships: ["UZ"],
      identifiedOn: "2026-03-01",
      identifiedBy: "NGO_OUTREACH",
    }),
  );
  return id;
}

const sum = (amounts: string[]) => fromCents(amounts.reduce((s, a) => s + toCents(a), 0n));

/** Moscow holds three Uzbek workers of one building site; Tashkent and Bishkek are partners. */
async function setup() {
  const [moscow, tashkent, bishkek] = await Promise.all([1, 2, 3].map(() => createOrganisation()));
  const coordinator = await member(moscow!.id, "COORDINATOR");
  const [a, b, c] = [
    await person(coordinator, "Шерзод"),
    await person(coordinator, "Бахтиёр"),
    await person(coordinator, "Фарход"),
  ];
  const employer = unique("ООО СтройМонолит");
  const lines = [
    { victimId: a!, owed: "120000", recovered: "40000.50" },
    { victimId: b!, owed: "95000.75", recovered: "" },
    { victimId: c!, owed: "80000", recovered: "80000" },
  ];
  const claim = await createLabourClaim(
    coordinator,
    a!,
    labourClaimSchema.parse({
      employerName: employer,
      countryCode: "ru",
      workFrom: "2025-04-01",
      workTo: "2025-10-31",
      currency: "RUB",
      route: "LABOUR_INSPECTORATE",
      status: "PARTLY_RECOVERED",
      filedOn: "2025-11-10",
      notes: "inspectorate ordered partial payment",
      people: lines,
    }),
  );
  return {
    moscow: moscow!,
    tashkent: tashkent!,
    bishkek: bishkek!,
    coordinator,
    a: a!,
    b: b!,
    c: c!,
    employer,
    lines,
    claim,
  };
}

/** Shares one person with an organisation through an accepted referral naming these fields. */
async function share(owner: Scope, victimId: string, to: { id: string }, fields: ("labourClaims" | "notes")[]) {
  await recordConsent(owner, victimId, {
    kind: "SHARING",
    sheetLanguage: "ru",
    granteeOrganisationId: to.id,
    givenOn: new Date("2026-03-02"),
    method: "WRITTEN",
  });
  const referral = await createReferral(owner, victimId, {
    toOrganisationId: to.id,
    reason: "return home",
    sharedFields: fields,
  });
  const receiver = await member(to.id, "COORDINATOR");
  await decideReferral(receiver, referral.id, { decision: "ACCEPT" });
  return receiver;
}

describe("claims for unpaid wages", () => {
  it("records one claim for three workers, with each one's line and the claim's totals, the employer encrypted", async () => {
    const s = await setup();
    const stored = await db.labourClaim.findUniqueOrThrow({ where: { id: s.claim.id } });
    expect(asJson(stored)).not.toContain(s.employer);
    expect(asJson(stored)).not.toContain("inspectorate ordered");
    expect(stored.employerNameEncrypted).toBeTruthy();

    const [claim] = (await listLabourClaims(s.coordinator, s.a))!;
    expect(claim).toMatchObject({
      own: true,
      employer: { name: s.employer, linked: false, perpetratorId: null },
      countryCode: "RU",
      currency: "RUB",
      route: "LABOUR_INSPECTORATE",
      status: "PARTLY_RECOVERED",
      notes: "inspectorate ordered partial payment",
      person: { owed: "120000.00", recovered: "40000.50" },
      othersNotShown: 0,
      totals: {
        owed: sum(s.lines.map((l) => l.owed)),
        recovered: sum(s.lines.map((l) => l.recovered || "0")),
        people: 3,
      },
    });
    expect(claim!.others.map((o) => (o.shown === "person" ? [o.victimId, o.owed, o.recovered] : o))).toEqual([
      [s.b, "95000.75", "0.00"],
      [s.c, "80000.00", "80000.00"],
    ]);
    // The same claim from the second worker's page: his line, the others by name.
    const [fromB] = (await listLabourClaims(s.coordinator, s.b))!;
    expect(fromB!.person).toEqual({ owed: "95000.75", recovered: "0.00" });
    expect(fromB!.others.map((o) => o.shown === "person" && o.victimId)).toEqual([s.a, s.c]);
    // A case worker of the organisation who does not work these cases sees no claim.
    expect(await listLabourClaims(await member(s.moscow.id, "CASE_WORKER"), s.a)).toBeNull();
    expect(await db.auditEvent.count({ where: { recordId: s.a, action: { startsWith: "victim.labour_claim" } } })).toBe(
      2,
    );
  });

  it("shows a partner with the grant on one of the three that person's line only; a partner without it and an outsider nothing", async () => {
    const s = await setup();
    const partner = await share(s.coordinator, s.b, s.tashkent, ["labourClaims"]);
    const claims = (await listLabourClaims(partner, s.b))!;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      own: false,
      employer: { name: s.employer },
      person: { owed: "95000.75", recovered: "0.00" },
      others: [],
      othersNotShown: null,
      totals: null,
      notes: null,
      situation: null,
    });
    // Nothing of the other two: not their amounts, not a total that would give them away.
    const seen = asJson(claims);
    for (const amount of ["120000", "40000.5", "80000", sum(s.lines.map((l) => l.owed))])
      expect(seen).not.toContain(amount);
    // Row-level security holds the same: the partner's connection finds one line of three.
    expect(await dbFor(partner).labourClaimPerson.count({ where: { claimId: s.claim.id } })).toBe(1);
    // Not through the other two people, whom it does not see.
    expect(await listLabourClaims(partner, s.a)).toBeNull();
    // Read only: the owner's claim is not the partner's to change, nor is the person's record.
    const change = {
      employerName: "x",
      countryCode: "RU",
      currency: "RUB",
      route: "COURT",
      people: [{ victimId: s.b, owed: "1" }],
    };
    await expect(
      updateLabourClaim(partner, s.b, s.claim.id, updateLabourClaimSchema.parse({ ...change, version: 1 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createLabourClaim(partner, s.b, labourClaimSchema.parse(change))).rejects.toMatchObject({
      code: "UNPROCESSABLE",
    });
    expect((await db.labourClaim.findUniqueOrThrow({ where: { id: s.claim.id } })).version).toBe(1);

    const without = await share(s.coordinator, s.c, s.bishkek, ["notes"]);
    expect(await listLabourClaims(without, s.c)).toBeNull();
    expect(await dbFor(without).labourClaim.count({ where: { id: s.claim.id } })).toBe(0);

    const outsider = await member((await createOrganisation()).id, "COORDINATOR");
    expect(await listLabourClaims(outsider, s.a)).toBeNull();
    expect(await dbFor(outsider).labourClaim.count({ where: { id: s.claim.id } })).toBe(0);
    expect(await dbFor(outsider).labourClaimPerson.count({ where: { claimId: s.claim.id } })).toBe(0);
  });

  it("adds only the organisation's own people (the database refuses others too)", async () => {
    const s = await setup();
    const elsewhere = await person(await member(s.tashkent.id, "COORDINATOR"), "Нурбек");
    const input = {
      employerName: "Someone",
      countryCode: "RU",
      currency: "RUB",
      route: "NEGOTIATION",
      people: [
        { victimId: s.a, owed: "100" },
        { victimId: elsewhere, owed: "100" },
      ],
    };
    await expect(createLabourClaim(s.coordinator, s.a, labourClaimSchema.parse(input))).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      fields: { people: "errors.claimPersonNotFound" },
    });
    await expect(
      updateLabourClaim(s.coordinator, s.a, s.claim.id, updateLabourClaimSchema.parse({ ...input, version: 1 })),
    ).rejects.toMatchObject({ fields: { people: "errors.claimPersonNotFound" } });
    // Written straight to the table, under the organisation's row-level security: refused.
    await expect(
      dbFor(s.coordinator).labourClaimPerson.create({
        data: { claimId: s.claim.id, victimId: elsewhere, organisationId: s.moscow.id, owed: "1" },
      }),
    ).rejects.toThrow();
    expect(await db.labourClaimPerson.count({ where: { claimId: s.claim.id } })).toBe(3);
    // The claim must name the person whose page it is recorded from.
    await expect(
      createLabourClaim(
        s.coordinator,
        s.a,
        labourClaimSchema.parse({ ...input, people: [{ victimId: s.b, owed: "1" }] }),
      ),
    ).rejects.toMatchObject({ fields: { people: "errors.claimMissesPerson" } });
  });

  it("refuses recovered above owed, a claim without employer, and the same person twice", () => {
    const base = { countryCode: "RU", currency: "RUB", route: "COURT" };
    const id = crypto.randomUUID();
    const over = labourClaimSchema.safeParse({
      ...base,
      employerName: "X",
      people: [{ victimId: id, owed: "100.00", recovered: "100.01" }],
    });
    expect(over.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["people.0.recovered", "errors.recoveredExceedsOwed"],
    ]);
    // Exact decimals: 19.99 of 19.99 is not above it.
    expect(
      labourClaimSchema.safeParse({
        ...base,
        employerName: "X",
        people: [{ victimId: id, owed: "19.99", recovered: "19.99" }],
      }).success,
    ).toBe(true);
    const noEmployer = labourClaimSchema.safeParse({ ...base, people: [{ victimId: id, owed: "1" }] });
    expect(noEmployer.error?.issues.map((i) => i.message)).toEqual(["errors.employerRequired"]);
    const twice = labourClaimSchema.safeParse({
      ...base,
      employerName: "X",
      people: [
        { victimId: id, owed: "1" },
        { victimId: id, owed: "2" },
      ],
    });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(["errors.claimPersonTwice"]);
    expect(
      labourClaimSchema.safeParse({
        ...base,
        employerName: "X",
        currency: "XXX",
        people: [{ victimId: id, owed: "1" }],
      }).success,
    ).toBe(false);
  });

  it("changes amounts and people at the version read, refuses a stale change, and links the organisation's employer and situation", async () => {
    const s = await setup();
    const d = await person(s.coordinator, "Азамат");
    const situation = await createSituation(
      s.coordinator,
      createSituationSchema.parse({ countryCode: "RU", exploitationTypes: ["FORCED_LABOUR"] }),
    );
    await linkPersonToSituation(s.coordinator, situation.id, s.a);
    await linkPersonToSituation(s.coordinator, situation.id, d);
    const choices = await claimChoicesOf(s.coordinator, s.a, [{ id: situation.id, reference: "S" }]);
    expect(choices.coWorkers.map((w) => w.id)).toEqual([d]);

    const change = {
      employerName: s.employer,
      countryCode: "RU",
      currency: "RUB",
      route: "COURT",
      status: "IN_PROGRESS",
      situationId: situation.id,
      people: [
        { victimId: s.a, owed: "120000", recovered: "60000" },
        { victimId: s.b, owed: "95000.75", recovered: "1000" },
        { victimId: d, owed: "50000" },
      ],
    };
    await updateLabourClaim(s.coordinator, s.a, s.claim.id, updateLabourClaimSchema.parse({ ...change, version: 1 }));
    const [claim] = (await listLabourClaims(s.coordinator, s.a))!;
    expect(claim).toMatchObject({
      version: 2,
      route: "COURT",
      situation: { id: situation.id },
      person: { owed: "120000.00", recovered: "60000.00" },
      totals: { owed: sum(["120000", "95000.75", "50000"]), recovered: sum(["60000", "1000"]), people: 3 },
    });
    // The third worker left the claim; the fourth joined it.
    expect(await listLabourClaims(s.coordinator, s.c)).toEqual([]);
    expect((await listLabourClaims(s.coordinator, d))!.map((c) => c.id)).toEqual([s.claim.id]);
    // Read at version 1, changed since: refused, nothing changed.
    await expect(
      updateLabourClaim(
        s.coordinator,
        s.a,
        s.claim.id,
        updateLabourClaimSchema.parse({ ...change, route: "EMBASSY", version: 1 }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listLabourClaims(s.coordinator, s.a))![0]!.route).toBe("COURT");
    // Through another person's address: not found.
    await expect(
      updateLabourClaim(s.coordinator, s.c, s.claim.id, updateLabourClaimSchema.parse({ ...change, version: 2 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another organisation's situation cannot be linked.
    const other = await member(s.tashkent.id, "COORDINATOR");
    const theirs = await createSituation(other, createSituationSchema.parse({ countryCode: "RU" }));
    await expect(
      updateLabourClaim(
        s.coordinator,
        s.a,
        s.claim.id,
        updateLabourClaimSchema.parse({ ...change, situationId: theirs.id, version: 2 }),
      ),
    ).rejects.toMatchObject({ fields: { situationId: "errors.invalidChoice" } });
  });

  it("sums owed and recovered per currency and period in the database", async () => {
    const org = await createOrganisation();
    const coordinator = await member(org.id, "COORDINATOR");
    const people = [await person(coordinator, "Айгерим"), await person(coordinator, "Нурлан")];
    const claims = [
      {
        currency: "RUB",
        filedOn: "2024-03-05",
        amounts: [
          ["100000", "25000.25"],
          ["50000.50", "0"],
        ],
      },
      { currency: "RUB", filedOn: "2024-03-20", amounts: [["10000", "10000"]] },
      { currency: "RUB", filedOn: "2025-07-01", amounts: [["70000", "1"]] },
      {
        currency: "KZT",
        filedOn: "2024-11-15",
        amounts: [
          ["300000", "150000"],
          ["200000", "0"],
        ],
      },
    ] as const;
    for (const c of claims)
      await createLabourClaim(
        coordinator,
        people[0]!,
        labourClaimSchema.parse({
          employerName: "ТОО Курылыс",
          countryCode: "KZ",
          currency: c.currency,
          route: "NEGOTIATION",
          filedOn: c.filedOn,
          people: c.amounts.map(([owed, recovered], i) => ({ victimId: people[i]!, owed, recovered })),
        }),
      );
    // What the figures must say, from the claims above.
    const expected = (key: (filedOn: string) => number, keep: (filedOn: string) => boolean) => {
      const groups = new Map<string, { claims: number; people: number; owed: string[]; recovered: string[] }>();
      for (const c of claims.filter((x) => keep(x.filedOn))) {
        const k = `${key(c.filedOn)} ${c.currency}`;
        const g = groups.get(k) ?? { claims: 0, people: 0, owed: [], recovered: [] };
        g.claims += 1;
        g.people += c.amounts.length;
        g.owed.push(...c.amounts.map((a) => a[0]));
        g.recovered.push(...c.amounts.map((a) => a[1]));
        groups.set(k, g);
      }
      return new Map([...groups].map(([k, g]) => [k, { ...g, owed: sum(g.owed), recovered: sum(g.recovered) }]));
    };
    const figures = (await getLabourClaimFigures(coordinator, 2024))!;
    const byYear = expected(
      (d) => Number(d.slice(0, 4)),
      () => true,
    );
    expect(figures.byYear).toHaveLength(byYear.size);
    for (const row of figures.byYear)
      expect({ claims: row.claims, people: row.people, owed: row.owed, recovered: row.recovered }).toEqual(
        (({ claims, people, owed, recovered }) => ({ claims, people, owed, recovered }))(
          byYear.get(`${row.year} ${row.currency}`)!,
        ),
      );
    expect(figures.byYear.map((r) => [r.year, r.currency])).toEqual([
      [2025, "RUB"],
      [2024, "KZT"],
      [2024, "RUB"],
    ]);
    const byMonth = expected(
      (d) => Number(d.slice(5, 7)),
      (d) => d.startsWith("2024"),
    );
    expect(figures.byMonth).toHaveLength(byMonth.size);
    for (const row of figures.byMonth)
      expect({ claims: row.claims, people: row.people, owed: row.owed, recovered: row.recovered }).toEqual(
        (({ claims, people, owed, recovered }) => ({ claims, people, owed, recovered }))(
          byMonth.get(`${row.month} ${row.currency}`)!,
        ),
      );
    // An analyst sees the sums; a case worker and another organisation nothing of these.
    expect((await getLabourClaimFigures(await member(org.id, "ANALYST"), 2024))!.byYear).toHaveLength(3);
    expect(await getLabourClaimFigures(await member(org.id, "CASE_WORKER"), 2024)).toBeNull();
    expect(
      (await getLabourClaimFigures(await member((await createOrganisation()).id, "ANALYST"), 2024))!.byYear,
    ).toEqual([]);
  });
});
