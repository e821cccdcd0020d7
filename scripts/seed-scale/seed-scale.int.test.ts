// The scale seed on a small scale, into the test database as its owner, read back through the
// app's own functions (as tumar_app, under row-level security).
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db, ownerUrl } from "@/tests/support/prisma";
import { scopeOf } from "@/tests/support/factories";
import { getHotlineCall, listHotlineCalls } from "@/lib/hotline/data";
import { listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { searchVictimIdsByName } from "@/lib/victims/search";
import { countByStatus } from "@/lib/repatriations/data";
import { getSituationFigures } from "@/lib/situations/figures";
import { REPATRIATION_STATUSES } from "@/lib/repatriations/codes";
import { verifyAuditChains } from "@/lib/audit/verify";
import { fieldContext, openField } from "@/lib/crypto";
import { MONTH_WEIGHT } from "./calls";
import { seedScale } from "./index";

const pool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
afterAll(() => pool.end());

describe("npm run seed:scale", () => {
  it("writes a network the app can read: calls with the seasons, people findable in either script", async () => {
    const now = new Date("2026-11-29T12:00:00Z");
    const organisations = await seedScale(db, pool, {
      organisations: 6,
      countries: 4,
      victims: 600,
      calls: 6000,
      stays: 900,
      repatriations: 120,
      situations: 90,
      years: 3,
      seed: 11,
      now,
    });
    const ids = organisations.map((o) => o.id);
    expect(new Set(organisations.map((o) => o.countryCode)).size).toBe(4);
    expect(await db.hotlineCall.count({ where: { organisationId: { in: ids } } })).toBe(6000);
    expect(await db.victim.count({ where: { organisationId: { in: ids } } })).toBe(600);
    expect(await db.victimSearchKey.count({ where: { organisationId: { in: ids } } })).toBe(600);

    // About 5 % of the people are shared with another organisation, which row-level security then
    // lets read them: a partner's coordinator sees exactly the records granted to it and still live.
    const grants = await db.accessGrant.findMany({
      where: { ownerOrganisationId: { in: ids } },
      select: { recordId: true, granteeOrganisationId: true, revokedAt: true, reason: true },
    });
    const referrals = grants.filter((g) => g.reason === "referral");
    expect(referrals.length).toBeGreaterThan(10);
    expect(referrals.length).toBeLessThan(80);
    const partner = referrals.find((g) => !g.revokedAt)!.granteeOrganisationId;
    const partnerOrg = organisations.find((o) => o.id === partner)!;
    const partnerScope = scopeOf({ id: partnerOrg.coordinatorIds[0]! }, "COORDINATOR", partner);
    const shared = [
      ...new Set(grants.filter((g) => g.granteeOrganisationId === partner && !g.revokedAt).map((g) => g.recordId)),
    ].sort();
    const { listSharedRecordIds } = await import("@/lib/access/data");
    expect((await listSharedRecordIds(partnerScope, "VICTIM")).sort()).toEqual(shared);

    // Shelters and stays: about the stays asked for, never two open on a bed (the database would
    // refuse), and the shelter's coordinator sees the bed board with its residents.
    const operator = organisations.find((o) => o.shelters)!;
    expect(operator).toBeDefined();
    const stays = await db.shelterStay.count({ where: { shelter: { organisationId: { in: ids } } } });
    expect(stays).toBeGreaterThan(800);
    expect(stays).toBeLessThanOrEqual(900);
    const shelter = await db.shelter.findFirstOrThrow({ where: { organisationId: operator.id }, select: { id: true } });
    const { getShelterBoard } = await import("@/lib/shelters/data");
    const board = await getShelterBoard(
      scopeOf({ id: operator.coordinatorIds[0]! }, "COORDINATOR", operator.id),
      shelter.id,
    );
    expect(board?.residents.length).toBeGreaterThan(0);

    // More calls per day in the departure season than in winter, as MONTH_WEIGHT says.
    const perMonth = await db.$queryRaw<{ month: number; n: number }[]>`
      SELECT extract(month FROM received_at)::int AS month, count(*)::int AS n FROM hotline_calls
      WHERE organisation_id = ANY(${ids}::uuid[]) GROUP BY 1`;
    const count = (m: number) => perMonth.find((r) => r.month === m)?.n ?? 0;
    expect(MONTH_WEIGHT[3]! > MONTH_WEIGHT[11]!).toBe(true);
    expect(count(4) + count(5)).toBeGreaterThan(1.4 * (count(12) + count(1)));

    // Through the app: a coordinator lists and opens the calls, summaries decrypted with the app's key.
    const hotline = organisations.find((o) => o.hotline)!;
    const coordinator = scopeOf({ id: hotline.coordinatorIds[0]! }, "COORDINATOR", hotline.id);
    const page = await listHotlineCalls(coordinator, listHotlineCallsQuerySchema.parse({ limit: 50 }), "UTC");
    expect(page.items).toHaveLength(50);
    const withSummary = (
      await db.hotlineCall.findFirstOrThrow({
        where: { organisationId: hotline.id, summaryEncrypted: { not: null } },
        select: { id: true },
      })
    ).id;
    expect((await getHotlineCall(coordinator, withSummary))?.summary).toMatch(/\S{3,}/);

    // Every encrypted value the seed wrote is bound to its own row and column.
    const placed = await pool.query<{ place: string; id: string; value: string }>(
      `SELECT 'hotline_calls.summary_encrypted' AS place, id::text, summary_encrypted AS value FROM hotline_calls WHERE organisation_id = ANY($1::uuid[]) AND summary_encrypted IS NOT NULL
       UNION ALL SELECT 'hotline_calls.caller_phone_encrypted', id::text, caller_phone_encrypted FROM hotline_calls WHERE organisation_id = ANY($1::uuid[]) AND caller_phone_encrypted IS NOT NULL
       UNION ALL SELECT 'victims.narrative_encrypted', id::text, narrative_encrypted FROM victims WHERE organisation_id = ANY($1::uuid[]) AND narrative_encrypted IS NOT NULL
       UNION ALL SELECT 'repatriations.step_details_encrypted', id::text, step_details_encrypted FROM repatriations WHERE sending_organisation_id = ANY($1::uuid[]) AND step_details_encrypted IS NOT NULL
       UNION ALL SELECT 'repatriations.risk_notes_encrypted', id::text, risk_notes_encrypted FROM repatriations WHERE sending_organisation_id = ANY($1::uuid[]) AND risk_notes_encrypted IS NOT NULL
       UNION ALL SELECT 'repatriation_messages.text_encrypted', id::text, text_encrypted FROM repatriation_messages WHERE organisation_id = ANY($1::uuid[])
       UNION ALL SELECT 'repatriation_tasks.note_encrypted', t.id::text, t.note_encrypted FROM repatriation_tasks t JOIN repatriations r ON r.id = t.repatriation_id WHERE r.sending_organisation_id = ANY($1::uuid[]) AND t.note_encrypted IS NOT NULL
       UNION ALL SELECT 'shelter_stays.health_notes_encrypted', st.id::text, st.health_notes_encrypted FROM shelter_stays st JOIN shelters s ON s.id = st.shelter_id WHERE s.organisation_id = ANY($1::uuid[]) AND st.health_notes_encrypted IS NOT NULL
       UNION ALL SELECT 'situations.summary_encrypted', id::text, summary_encrypted FROM situations WHERE organisation_id = ANY($1::uuid[]) AND summary_encrypted IS NOT NULL
       UNION ALL SELECT 'shelter_contacts.address_encrypted', c.id::text, c.address_encrypted FROM shelter_contacts c JOIN shelters s ON s.id = c.shelter_id WHERE s.organisation_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(new Set(placed.rows.map((r) => r.place)).size).toBe(10);
    const unbound = placed.rows.filter((r) => {
      try {
        const [table, column] = r.place.split(".");
        openField(r.value, fieldContext(table!, column!, r.id));
        return !r.value.startsWith("v2.");
      } catch {
        return true;
      }
    });
    expect(unbound.map((r) => r.place)).toEqual([]);

    // A record named in Cyrillic is found by its Latin spelling.
    const person = await db.victim.findFirstOrThrow({
      where: { organisationId: hotline.id },
      select: { id: true, givenNameLatin: true, familyNameLatin: true, givenName: true },
    });
    expect(person.givenName).toMatch(/^[А-ЯЁ]/);
    expect(
      await searchVictimIdsByName(coordinator, `${person.givenNameLatin} ${person.familyNameLatin}`, {
        organisationIds: [hotline.id],
      }),
    ).toContain(person.id);
    // The app numbers new records after the seeded ones: each year's counter stands at its last number.
    const counters = await db.caseNumberCounter.findMany({ where: { organisationId: hotline.id } });
    expect(counters.length).toBeGreaterThan(0);
    for (const counter of counters) {
      const code = organisations.find((o) => o.id === hotline.id)!.code;
      expect(
        await db.victim.count({
          where: { organisationId: hotline.id, caseNumber: { startsWith: `${code}-${counter.year}-` } },
        }),
      ).toBe(counter.last);
    }

    // Repatriations in every status; the receiving side sees its cases once requested (a draft is
    // the sending side's alone).
    const cases = await db.repatriation.findMany({
      where: { sendingOrganisationId: { in: ids } },
      select: {
        status: true,
        receivingOrganisationId: true,
        sendingCountry: true,
        receivingCountry: true,
        grantId: true,
      },
    });
    expect(cases).toHaveLength(120);
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(REPATRIATION_STATUSES));
    expect(
      cases.every((c) => c.sendingCountry !== c.receivingCountry && ["UZ", "TJ", "KG"].includes(c.receivingCountry)),
    ).toBe(true);
    const receiver = organisations.find(
      (o) => o.id === cases.find((c) => c.status === "TRAVEL_DOCUMENTS")!.receivingOrganisationId,
    )!;
    const seen = await countByStatus(scopeOf({ id: receiver.coordinatorIds[0]! }, "COORDINATOR", receiver.id), {});
    const expected = cases
      .filter((c) => c.receivingOrganisationId === receiver.id && c.status !== "DRAFT")
      .reduce<Record<string, number>>((n, c) => ({ ...n, [c.status]: (n[c.status] ?? 0) + 1 }), {});
    expect(seen).toEqual(expected);
    // A request not yet made (DRAFT) gives the receiving side no grant; a live request does.
    expect(cases.filter((c) => c.status === "DRAFT").every((c) => c.grantId === null)).toBe(true);
    expect(cases.filter((c) => c.status === "ACCEPTED").every((c) => c.grantId !== null)).toBe(true);

    // Situations: numbered per organisation and year as the app numbers them, counted by the
    // figures (each year's together make them all), and the app numbers new ones after them.
    const situationCount = await db.situation.count({ where: { organisationId: hotline.id } });
    expect(await db.situation.count({ where: { organisationId: { in: ids } } })).toBe(90);
    expect(situationCount).toBeGreaterThan(0);
    let counted = 0;
    // Every year a seeded date can fall in (the seed spreads them back from now), so none is missed.
    const thisYear = new Date().getUTCFullYear();
    for (let year = thisYear - 12; year <= thisYear + 1; year++)
      counted += (await getSituationFigures(coordinator, year))!.total;
    expect(counted).toBe(situationCount);
    const situationCounters = await db.situationReferenceCounter.findMany({ where: { organisationId: hotline.id } });
    expect(situationCounters.reduce((n, c) => n + c.last, 0)).toBe(situationCount);

    // The audit trail: an event for each call, each person's registration and two reads, each
    // repatriation step and situation; every chain whole.
    const events = await db.auditEvent.count({ where: { organisationId: hotline.id, action: "hotline_call.create" } });
    expect(events).toBe(await db.hotlineCall.count({ where: { organisationId: hotline.id } }));
    expect(await db.auditEvent.count({ where: { organisationId: { in: ids }, action: "victim.read" } })).toBe(1200);
    expect(
      await db.auditEvent.count({ where: { organisationId: { in: ids }, action: { startsWith: "repatriation." } } }),
    ).toBe(await db.repatriationEvent.count({ where: { repatriation: { sendingOrganisationId: { in: ids } } } }));
    expect(await db.auditEvent.count({ where: { organisationId: { in: ids }, action: "situation.create" } })).toBe(90);
    expect((await verifyAuditChains(pool)).broken).toEqual([]);
  }, 120_000);
});
