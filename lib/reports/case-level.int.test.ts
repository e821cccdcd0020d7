// The anonymised case-level file on real PostgreSQL: what it holds (codes, never a name, phone,
// document number or free text), k ≥ 11 on what it publishes, the people left out and the columns
// generalised reported; the organisation's own people, or the network's pool of the organisations
// that opted in; nobody else's.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { mintScope } from "@/lib/auth/mint-scope";
import type { OrgRole } from "@/lib/roles/roles";
import { encryptField, fieldContext } from "@/lib/crypto";
import { documentNumberHash } from "@/lib/victims/identifiers";
import { planCaseExport, publishedCaseRows, type CaseSelection } from "./case-level";
import { caseCsvStream } from "./case-export";
import { CTDC_COLUMNS, QUASI_IDENTIFIERS, type CtdcRow } from "./ctdc";
import { caseSelectionFor } from "./case-level";
import { setNetworkSharing } from "./mutations";

async function member(organisationId: string, role: OrgRole) {
  const user = await createUser({ organisationId, role });
  return mintScope({ ...scopeOf(user, role, organisationId), timeZone: "Asia/Tashkent" });
}

/** People with every identifying field filled with a marker that must never reach the file. */
async function people(
  organisationId: string,
  createdById: string,
  n: number,
  fields: { sex?: "FEMALE" | "MALE"; citizenships?: string[]; year?: number; marker: string },
) {
  for (let i = 0; i < n; i++) {
    const id = crypto.randomUUID();
    await db.victim.create({
      data: {
        id,
        organisationId,
        caseNumber: unique("ANON"),
        givenName: `${fields.marker}Given`,
        familyName: `${fields.marker}Family`,
        givenNameLatin: `${fields.marker}Latin`,
        aliases: [`${fields.marker}Alias`],
        placeOfOrigin: `${fields.marker}Village`,
        recruiterRelation: `${fields.marker}Uncle`,
        phoneEncrypted: encryptField(`+99890${fields.marker}`, fieldContext("victims", "phone_encrypted", id)),
        narrativeEncrypted: encryptField(`${fields.marker} story`, fieldContext("victims", "narrative_encrypted", id)),
        documentNumberHash: documentNumberHash(`AA${i}`),
        createdById,
        identifiedOn: new Date(`${fields.year ?? 2024}-03-0${1 + (i % 9)}`),
        identifiedBy: "HOTLINE",
        sex: fields.sex ?? "FEMALE",
        estimatedAge: 20 + (i % 3),
        citizenships: fields.citizenships ?? ["UZ"],
        exploitationTypes: ["FORCED_LABOUR"],
        meansOfControl: ["WITHHOLDS_DOCUMENTS"],
        labourSectors: ["CONSTRUCTION"],
        recruitmentMethod: "RELATIVE",
      },
    });
    await db.traffickingEvent.create({
      data: { victimId: id, kind: "EXPLOITATION", countryCode: "RU", place: `${fields.marker}Site` },
    });
  }
}

async function published(selection: CaseSelection) {
  const plan = await planCaseExport(selection);
  const rows: CtdcRow[] = [];
  for await (const batch of publishedCaseRows(selection, plan)) rows.push(...batch);
  return { plan, rows };
}

const classSizes = (rows: CtdcRow[]) => {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = QUASI_IDENTIFIERS.map((c) => row[c]).join("|");
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
};

describe("the anonymised case-level file", () => {
  it("holds codes only, k ≥ 11 on what it publishes, and reports who was left out", async () => {
    const org = await createOrganisation("anon-own");
    const analyst = await member(org.id, "ANALYST");
    const marker = `Zq${crypto.randomUUID().slice(0, 6)}`;
    await people(org.id, analyst.userId, 24, { marker });
    await people(org.id, analyst.userId, 12, { marker, sex: "MALE" });
    // One Kyrgyz man: alone in his class, left out rather than generalise everyone's citizenship.
    await people(org.id, analyst.userId, 1, { marker, sex: "MALE", citizenships: ["KG"] });
    // Found not to be a victim: not in the file at all.
    await people(org.id, analyst.userId, 1, { marker, sex: "MALE" });
    const last = await db.victim.findFirstOrThrow({
      where: { organisationId: org.id, sex: "MALE" },
      orderBy: { createdAt: "desc" },
    });
    await db.victim.update({ where: { id: last.id }, data: { traffickingStatus: "NOT_A_VICTIM" } });

    const selection = await caseSelectionFor(analyst, "organisation", {});
    expect(selection).toEqual({ organisationIds: [org.id] });
    const { plan, rows } = await published(selection!);
    expect(plan.report).toMatchObject({ k: 11, inputRows: 37, suppressedRows: expect.any(Number) });
    expect(plan.report.outputRows + plan.report.suppressedRows).toBe(37);
    expect(rows).toHaveLength(plan.report.outputRows);
    expect(Math.min(...classSizes(rows))).toBeGreaterThanOrEqual(11);
    expect(rows.some((row) => row.citizenship === "KG")).toBe(false);
    expect(rows[0]).toMatchObject({ CountryOfExploitation: "RU", isForcedLabour: 1, recruiterRelationFamily: 1 });

    // The file as it streams: the CTDC header, codes and flags, nothing of the markers.
    const text = await new Response(caseCsvStream(selection!, plan)).text();
    expect(text.split("\r\n")[0]).toBe(CTDC_COLUMNS.join(","));
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(plan.report.outputRows + 1);
    expect(text).not.toContain(marker);
    expect(text).not.toContain("+99890");
    expect(text).not.toMatch(/AA\d/);
    expect(text).not.toContain("story");
  });

  it("pools the organisations that opted in for the network administrator, and no one else's", async () => {
    const sharing = await createOrganisation("anon-sharing");
    const keeping = await createOrganisation("anon-keeping");
    const admin = await member(sharing.id, "ORG_ADMIN");
    await setNetworkSharing(admin, true);
    const networkAdmin = scopeOf(await createUser({ networkAdmin: true }), "NETWORK_ADMIN", null);
    const pool = await caseSelectionFor(networkAdmin, "network", {});
    expect(pool?.organisationIds).toContain(sharing.id);
    expect(pool?.organisationIds).not.toContain(keeping.id);
    // An organisation's own roles get their own organisation's people only; others get nothing.
    expect(await caseSelectionFor(await member(keeping.id, "ANALYST"), "network", {})).toBeNull();
    expect(await caseSelectionFor(await member(keeping.id, "CASE_WORKER"), "organisation", {})).toBeNull();
    expect(await caseSelectionFor(networkAdmin, "organisation", {})).toBeNull();
  });

  it("keeps to the years asked", async () => {
    const org = await createOrganisation("anon-years");
    const coordinator = await member(org.id, "COORDINATOR");
    const marker = `Yr${crypto.randomUUID().slice(0, 6)}`;
    await people(org.id, coordinator.userId, 11, { marker, year: 2022 });
    await people(org.id, coordinator.userId, 11, { marker, year: 2023 });
    const { rows } = await published(
      (await caseSelectionFor(coordinator, "organisation", { fromYear: 2023, toYear: 2023 }))!,
    );
    expect(rows.map((row) => row.yearOfRegistration)).toEqual(Array(11).fill("2023"));
  });

  it("streams a file with no one in it to its end, and never lets a class that shrank since the plan through", async () => {
    const org = await createOrganisation("anon-drift");
    const coordinator = await member(org.id, "COORDINATOR");
    const marker = `Dr${crypto.randomUUID().slice(0, 6)}`;
    await people(org.id, coordinator.userId, 3, { marker });
    const few = (await caseSelectionFor(coordinator, "organisation", {}))!;
    // Fewer than k in all: every batch is empty, and the file still ends after its header.
    const empty = await new Response(caseCsvStream(few, await planCaseExport(few))).text();
    expect(empty.trim().split("\r\n")).toEqual([CTDC_COLUMNS.join(",")]);

    await people(org.id, coordinator.userId, 8, { marker });
    const selection = (await caseSelectionFor(coordinator, "organisation", {}))!;
    const plan = await planCaseExport(selection);
    expect(plan.report.outputRows).toBe(11);
    // One of the eleven is edited between the passes: the class has ten, and none of them leaves.
    const one = await db.victim.findFirstOrThrow({ where: { organisationId: org.id } });
    await db.victim.update({ where: { id: one.id }, data: { sex: "MALE" } });
    const rows: CtdcRow[] = [];
    for await (const batch of publishedCaseRows(selection, plan)) rows.push(...batch);
    expect(rows).toEqual([]);
  });
});
