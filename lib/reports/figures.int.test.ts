// Figures on real PostgreSQL, under row-level security: who is counted in a period (the
// organisation's own people whose case was open in it), by each dimension, narrowed by the
// filters; calls at the edges of the organisation's calendar; shelter nights; returns by pair and
// kind; small numbers hidden for readers outside the staff; nothing for a role without figures.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { callInput, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { mintScope } from "@/lib/auth/mint-scope";
import type { OrgRole } from "@/lib/roles/roles";
import { getNetworkSharing, getSectionFigures } from "./data";
import { setNetworkSharing } from "./mutations";
import { getPeriodReport, lastEndedQuarter, reportPeriodOf } from "./period-report";
import { figuresQuerySchema } from "./schema";
import type { FigureTable } from "./types";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { createHotlineCallSchema } from "@/lib/hotline/schema";

const Q3 = figuresQuerySchema.parse({ from: "2026-07-01", to: "2026-09-30" });

async function member(organisationId: string, role: OrgRole) {
  const user = await createUser({ organisationId, role });
  return mintScope({ ...scopeOf(user, role, organisationId), timeZone: "Asia/Tashkent" });
}

async function person(
  organisationId: string,
  createdById: string,
  fields: {
    identifiedOn: string;
    closedAt?: string;
    sex?: "FEMALE" | "MALE";
    birthDate?: string;
    estimatedAge?: number;
    citizenships?: string[];
    exploitationTypes?: ("FORCED_LABOUR" | "SEXUAL_EXPLOITATION" | "FORCED_BEGGING")[];
    exploitedIn?: string[];
    identifiedBy?: "HOTLINE" | "POLICE";
  },
) {
  const victim = await db.victim.create({
    data: {
      organisationId,
      caseNumber: unique("FIG"),
      givenName: "Test",
      createdById,
      identifiedOn: new Date(fields.identifiedOn),
      identifiedBy: fields.identifiedBy ?? "HOTLINE",
      sex: fields.sex ?? "FEMALE",
      birthDate: fields.birthDate ? new Date(fields.birthDate) : null,
      estimatedAge: fields.estimatedAge ?? null,
      citizenships: fields.citizenships ?? ["UZ"],
      exploitationTypes: fields.exploitationTypes ?? [],
      closedAt: fields.closedAt ? new Date(fields.closedAt) : null,
      status: fields.closedAt ? "CLOSED" : "ACTIVE",
    },
  });
  for (const countryCode of fields.exploitedIn ?? [])
    await db.traffickingEvent.create({ data: { victimId: victim.id, kind: "EXPLOITATION", countryCode } });
  return victim.id;
}

const table = (tables: FigureTable[] | undefined, id: string) => {
  const found = tables?.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return Object.fromEntries([...found.rows.map((r) => [r.key ?? "none", r.count]), ["total", found.total]]);
};

describe("figures of people assisted", () => {
  it("counts the organisation's people whose case was open in the period, by every dimension", async () => {
    const org = await createOrganisation("figures-people");
    const other = await createOrganisation("figures-other");
    const analyst = await member(org.id, "ANALYST");
    const by = analyst.userId;
    // Identified in Q3, 17 at identification by birth date (18 a day later): the 9–17 band.
    await person(org.id, by, {
      identifiedOn: "2026-08-31",
      birthDate: "2008-09-01",
      citizenships: ["UZ", "RU"],
      exploitationTypes: ["FORCED_LABOUR", "FORCED_BEGGING"],
      exploitedIn: ["RU", "RU", "KZ"],
    });
    // Identified before the period, still open: assisted in it. Age estimated.
    await person(org.id, by, {
      identifiedOn: "2025-11-02",
      sex: "MALE",
      estimatedAge: 34,
      exploitationTypes: ["FORCED_LABOUR"],
      exploitedIn: ["RU"],
      identifiedBy: "POLICE",
    });
    // Closed in the period: assisted in it.
    await person(org.id, by, { identifiedOn: "2026-01-10", closedAt: "2026-07-02T10:00:00Z", estimatedAge: 48 });
    // Closed before the period, identified after it, and another organisation's: not counted.
    await person(org.id, by, { identifiedOn: "2026-01-10", closedAt: "2026-06-29T10:00:00Z" });
    await person(org.id, by, { identifiedOn: "2026-10-01" });
    await person(other.id, (await member(other.id, "COORDINATOR")).userId, { identifiedOn: "2026-08-01" });

    const figures = await getSectionFigures(analyst, "people", Q3);
    expect(figures).toMatchObject({ from: "2026-07-01", to: "2026-09-30", suppressed: false });
    const tables = figures?.tables;
    expect(table(tables, "sex")).toEqual({ FEMALE: 2, MALE: 1, total: 3 });
    expect(table(tables, "ageBand")).toEqual({ "9-17": 1, "30-38": 1, "48+": 1, total: 3 });
    // A person counts under each of their citizenships and countries: rows add up to more than the total.
    expect(table(tables, "citizenship")).toEqual({ UZ: 3, RU: 1, total: 3 });
    expect(table(tables, "exploitationCountry")).toEqual({ RU: 2, KZ: 1, none: 1, total: 3 });
    expect(table(tables, "exploitationType")).toEqual({ FORCED_LABOUR: 2, FORCED_BEGGING: 1, none: 1, total: 3 });
    expect(table(tables, "identifiedBy")).toEqual({ HOTLINE: 2, POLICE: 1, total: 3 });
    expect(table(tables, "regionOfOrigin")).toEqual({ none: 3, total: 3 });

    // Each filter narrows every table.
    const narrowed = async (filters: Record<string, string>) =>
      table(
        (await getSectionFigures(analyst, "people", figuresQuerySchema.parse({ ...Q3, ...filters })))?.tables,
        "sex",
      );
    expect(await narrowed({ sex: "MALE" })).toEqual({ MALE: 1, total: 1 });
    expect(await narrowed({ ageBand: "9-17" })).toEqual({ FEMALE: 1, total: 1 });
    expect(await narrowed({ citizenship: "RU" })).toEqual({ FEMALE: 1, total: 1 });
    expect(await narrowed({ exploitationCountry: "RU" })).toEqual({ FEMALE: 1, MALE: 1, total: 2 });
    expect(await narrowed({ exploitationType: "FORCED_BEGGING" })).toEqual({ FEMALE: 1, total: 1 });
    expect(await narrowed({ identifiedBy: "POLICE" })).toEqual({ MALE: 1, total: 1 });
  });

  it("counts the services the same people got: plan areas under way or done, shelter services given", async () => {
    const org = await createOrganisation("figures-services");
    const coordinator = await member(org.id, "COORDINATOR");
    const a = await person(org.id, coordinator.userId, { identifiedOn: "2026-07-05" });
    const b = await person(org.id, coordinator.userId, { identifiedOn: "2026-07-06", sex: "MALE" });
    const item = (
      victimId: string,
      area: "HEALTH" | "LEGAL",
      status: "PLANNED" | "IN_PROGRESS" | "DONE",
      dates: object,
    ) => db.supportPlanItem.create({ data: { victimId, area, status, ...dates } });
    await item(a, "HEALTH", "DONE", { startedOn: new Date("2026-07-06"), doneOn: new Date("2026-07-20") });
    await item(a, "HEALTH", "IN_PROGRESS", { startedOn: new Date("2026-08-01") });
    await item(a, "LEGAL", "PLANNED", { plannedOn: new Date("2026-08-01") });
    await item(b, "LEGAL", "IN_PROGRESS", { startedOn: new Date("2026-09-01") });
    // Done before the period began: not a service of the period.
    await item(b, "HEALTH", "DONE", { startedOn: new Date("2026-05-01"), doneOn: new Date("2026-06-30") });
    const shelter = await db.shelter.create({
      data: {
        organisationId: org.id,
        name: unique("Shelter"),
        city: "Tashkent",
        countryCode: "UZ",
        population: "WOMEN",
        capacity: 4,
      },
    });
    const stay = await db.shelterStay.create({
      data: {
        shelterId: shelter.id,
        victimId: a,
        admittedAt: new Date("2026-07-05T09:00:00Z"),
        createdById: coordinator.userId,
      },
    });
    for (const providedOn of ["2026-07-06", "2026-07-07", "2026-10-02"])
      await db.stayService.create({ data: { stayId: stay.id, kind: "MEDICAL", providedOn: new Date(providedOn) } });

    const tables = (await getSectionFigures(coordinator, "services", Q3))?.tables;
    expect(table(tables, "supportArea")).toEqual({ HEALTH: 1, LEGAL: 1, total: 2 });
    expect(table(tables, "stayService")).toEqual({ MEDICAL: 2, total: 2 });
    const men = await getSectionFigures(coordinator, "services", figuresQuerySchema.parse({ ...Q3, sex: "MALE" }));
    expect(table(men?.tables, "supportArea")).toEqual({ LEGAL: 1, total: 1 });
  });
});

describe("figures of calls, shelters and returns", () => {
  it("counts calls by the organisation's calendar, voided ones not at all", async () => {
    const org = await createOrganisation("figures-calls");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const analyst = await member(org.id, "ANALYST");
    const call = async (receivedAt: string, fields: Record<string, unknown> = {}) => {
      const { id } = await createHotlineCall(operator, createHotlineCallSchema.parse(callInput(fields)), {
        source: "intake",
        defaultCountry: "UZ",
      });
      await db.hotlineCall.update({ where: { id }, data: { receivedAt: new Date(receivedAt) } });
      return id;
    };
    // In Tashkent (UTC+5): 23:30 on 30 September and 00:30 on 1 July are in Q3; 00:30 on
    // 1 October and 23:30 on 30 June are not, though UTC says otherwise of both pairs.
    await call("2026-09-30T18:30:00Z", { topics: ["WAGE_THEFT", "DOCUMENTS_AND_REGISTRATION"] });
    await call("2026-09-30T19:30:00Z");
    await call("2026-06-30T19:30:00Z", { channel: "TELEGRAM" });
    await call("2026-06-30T18:30:00Z");
    const voided = await call("2026-08-01T10:00:00Z");
    await db.hotlineCall.update({ where: { id: voided }, data: { voidedAt: new Date(), voidReason: "test" } });

    const tables = (await getSectionFigures(analyst, "calls", Q3))?.tables;
    expect(table(tables, "channel")).toEqual({ PHONE: 1, TELEGRAM: 1, total: 2 });
    expect(table(tables, "callType")).toEqual({ DATA: 2, total: 2 });
    // A call counts under each of its topics.
    expect(table(tables, "topic")).toEqual({
      WAGE_THEFT: 1,
      DOCUMENTS_AND_REGISTRATION: 1,
      MISSING_PERSON: 1,
      total: 2,
    });
    expect(table(tables, "callerRegion")).toEqual({ none: 2, total: 2 });
  });

  it("counts admissions, nights spent in the period and the length of stays that ended in it", async () => {
    const org = await createOrganisation("figures-shelters");
    const coordinator = await member(org.id, "COORDINATOR");
    const shelter = await db.shelter.create({
      data: {
        organisationId: org.id,
        name: unique("Shelter"),
        city: "Almaty",
        countryCode: "KZ",
        population: "WOMEN",
        capacity: 4,
      },
    });
    const stay = async (admittedAt: string, dischargedAt?: string) =>
      db.shelterStay.create({
        data: {
          shelterId: shelter.id,
          victimId: await person(org.id, coordinator.userId, { identifiedOn: "2026-06-01" }),
          admittedAt: new Date(admittedAt),
          dischargedAt: dischargedAt ? new Date(dischargedAt) : null,
          createdById: coordinator.userId,
        },
      });
    // Admitted before the period, left on 11 July: 10 nights in it (1 to 10 July), a stay of 41 days.
    await stay("2026-05-31T08:00:00Z", "2026-07-11T08:00:00Z");
    // Admitted on 25 September, left on 5 October: 6 nights in Q3 (25 to 30 September).
    await stay("2026-09-25T08:00:00Z", "2026-10-05T08:00:00Z");
    // Admitted and left within the period: 3 nights, a stay of 3 days.
    await stay("2026-08-01T08:00:00Z", "2026-08-04T08:00:00Z");
    // 00:30 on 1 July in Tashkent (19:30 UTC the day before): admitted in Q3; left the same day.
    await stay("2026-06-30T19:30:00Z", "2026-07-01T10:00:00Z");

    const tables = (await getSectionFigures(coordinator, "shelters", Q3))?.tables;
    const admissions = tables?.find((t) => t.id === "admissions");
    expect(admissions?.rows).toEqual([{ key: shelter.id, name: shelter.name, count: 3 }]);
    expect(table(tables, "bedNights")).toEqual({ [shelter.id]: 19, total: 19 });
    expect(table(tables, "lengthOfStay")).toEqual({ "0-6": 2, "30-89": 1, total: 3 });
    // Outside the staff, no shelter is named: its nights could be one resident's stay.
    const outside = (await getSectionFigures(coordinator, "shelters", Q3, "outside"))?.tables;
    expect(table(outside, "admissions")).toEqual({ ALL_SHELTERS: { fewerThan: 10 }, total: { fewerThan: 10 } });
    expect(table(outside, "bedNights")).toEqual({ ALL_SHELTERS: 19, total: 19 });
  });

  it("counts returns opened in the period by pair of countries and by kind, on both sides", async () => {
    const almaty = await createOrganisation("figures-almaty");
    const tashkent = await createOrganisation("figures-tashkent");
    const sender = await member(almaty.id, "COORDINATOR");
    const receiver = await member(tashkent.id, "ANALYST");
    const open = async (kind: "ASSISTED" | "SELF_ORGANISED", status: "DRAFT" | "REQUESTED", createdAt: string) =>
      db.repatriation.create({
        data: {
          victimId: await person(almaty.id, sender.userId, { identifiedOn: "2026-06-01" }),
          sendingOrganisationId: almaty.id,
          receivingOrganisationId: tashkent.id,
          sendingCountry: "KZ",
          receivingCountry: "UZ",
          kind,
          status,
          createdById: sender.userId,
          createdAt: new Date(createdAt),
        },
      });
    await open("ASSISTED", "REQUESTED", "2026-07-10T10:00:00Z");
    await open("SELF_ORGANISED", "REQUESTED", "2026-08-10T10:00:00Z");
    await open("ASSISTED", "DRAFT", "2026-08-11T10:00:00Z");
    await open("ASSISTED", "REQUESTED", "2026-10-10T10:00:00Z");

    expect(table((await getSectionFigures(sender, "returns", Q3))?.tables, "pair")).toEqual({ "KZ>UZ": 3, total: 3 });
    // The home side counts a case once it was asked to take part in it.
    const home = (await getSectionFigures(receiver, "returns", Q3))?.tables;
    expect(table(home, "kind")).toEqual({ ASSISTED: 1, SELF_ORGANISED: 1, total: 2 });
    const selfOrganised = await getSectionFigures(
      receiver,
      "returns",
      figuresQuerySchema.parse({ ...Q3, kind: "SELF_ORGANISED" }),
    );
    expect(table(selfOrganised?.tables, "pair")).toEqual({ "KZ>UZ": 1, total: 1 });
  });
});

describe("who sees figures, and how exactly", () => {
  it("hides small numbers from readers outside the staff, and gives no figures to other roles", async () => {
    const org = await createOrganisation("figures-access");
    const coordinator = await member(org.id, "COORDINATOR");
    for (let i = 0; i < 12; i++) await person(org.id, coordinator.userId, { identifiedOn: "2026-07-05" });
    for (let i = 0; i < 3; i++) await person(org.id, coordinator.userId, { identifiedOn: "2026-07-05", sex: "MALE" });
    expect(table((await getSectionFigures(coordinator, "people", Q3))?.tables, "sex")).toEqual({
      FEMALE: 12,
      MALE: 3,
      total: 15,
    });
    // Outside the staff, 3 is "fewer than 10", and 12 is withheld with it: 15 − 12 would give it away.
    const outside = await getSectionFigures(coordinator, "people", Q3, "outside");
    expect(outside?.suppressed).toBe(true);
    expect(table(outside?.tables, "sex")).toEqual({ FEMALE: { withheld: true }, MALE: { fewerThan: 10 }, total: 15 });

    for (const role of ["CASE_WORKER", "HOTLINE_OPERATOR", "SHELTER_STAFF"] as const)
      expect(await getSectionFigures(await member(org.id, role), "people", Q3)).toBeNull();
    const networkAdmin = await createUser({ networkAdmin: true });
    expect(await getSectionFigures(scopeOf(networkAdmin, "NETWORK_ADMIN", null), "people", Q3)).toBeNull();
  });
});

describe("the period report", () => {
  it("holds every section of a quarter or a year, small numbers hidden, for the figures roles only", async () => {
    const org = await createOrganisation("figures-report");
    const analyst = await member(org.id, "ANALYST");
    for (let i = 0; i < 11; i++) await person(org.id, analyst.userId, { identifiedOn: "2025-05-05" });
    await person(org.id, analyst.userId, { identifiedOn: "2025-05-06", sex: "MALE" });

    const q2 = reportPeriodOf("2025-Q2")!;
    expect(q2).toMatchObject({ from: "2025-04-01", to: "2025-06-30", quarter: 2 });
    const report = await getPeriodReport(analyst, q2);
    expect(report?.map((s) => s.section)).toEqual(["people", "services", "calls", "shelters", "returns"]);
    expect(report?.every((s) => s.suppressed)).toBe(true);
    expect(table(report?.[0]?.tables, "sex")).toEqual({
      FEMALE: { withheld: true },
      MALE: { fewerThan: 10 },
      total: 12,
    });
    // The year holds the quarter's people too; Q1 holds none of them.
    const year = await getPeriodReport(analyst, reportPeriodOf("2025")!);
    expect(table(year?.[0]?.tables, "sex").total).toBe(12);
    expect(table((await getPeriodReport(analyst, reportPeriodOf("2025-Q1")!))?.[0]?.tables, "sex")).toEqual({
      total: 0,
    });

    expect(await getPeriodReport(await member(org.id, "CASE_WORKER"), q2)).toBeNull();
    expect(reportPeriodOf("2025-Q5")).toBeNull();
    expect(lastEndedQuarter("2026-01-15")).toMatchObject({ code: "2025-Q4", from: "2025-10-01", to: "2025-12-31" });
    expect(lastEndedQuarter("2026-12-07")).toMatchObject({ code: "2026-Q3" });
  });
});

describe("the network's anonymised data", () => {
  it("is the organisation's to add, by its administrator, off by default, audited", async () => {
    const org = await createOrganisation("figures-sharing");
    const admin = await member(org.id, "ORG_ADMIN");
    expect(await getNetworkSharing(admin)).toEqual({ shares: false, since: null });
    await setNetworkSharing(admin, true);
    expect(await getNetworkSharing(admin)).toMatchObject({ shares: true, since: expect.any(Date) });
    await setNetworkSharing(admin, false);
    expect(await getNetworkSharing(admin)).toEqual({ shares: false, since: null });
    expect(
      (
        await db.auditEvent.findMany({
          where: { organisationId: org.id, action: { startsWith: "reports.network_sharing" } },
          orderBy: { id: "asc" },
        })
      ).map((e) => e.action),
    ).toEqual(["reports.network_sharing.on", "reports.network_sharing.off"]);
    for (const role of ["COORDINATOR", "ANALYST", "CASE_WORKER"] as const) {
      const other = await member(org.id, role);
      expect(await getNetworkSharing(other)).toBeNull();
      await expect(setNetworkSharing(other, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
