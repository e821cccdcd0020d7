import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import type { OrgRole } from "@/lib/roles/roles";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { legalStatusSchema } from "./schema";
import { listLegalStatuses, saveLegalStatus } from "./legal-status";
import { nextDue } from "./status-line";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

const expelled = (overrides: Record<string, unknown> = {}) =>
  legalStatusSchema.parse({
    countryCode: "ru",
    registration: "EXPIRED",
    permit: "PATENT",
    permitUntil: "2026-03-01",
    overstaySince: "2026-03-02",
    finesOwed: "5000",
    finesCurrency: "RUB",
    finesDueOn: "2026-07-01",
    removal: "ADMINISTRATIVE_EXPULSION",
    removalDecidedOn: "2026-05-10",
    reEntryBanUntil: "2031-05-10",
    notes: "Court in Podolsk; lawyer appeals the expulsion",
    ...overrides,
  });

describe("a person's legal status per country", () => {
  it("is recorded once per country, changed at the version read, notes encrypted, and read through the rule", async () => {
    const [moscow, tashkent, bishkek] = await Promise.all([1, 2, 3].map(() => createOrganisation()));
    const coordinator = await member(moscow!.id, "COORDINATOR");
    const { id: victimId } = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Фарход",
        sex: "MALE",
        estimatedAge: 29,
        identifiedOn: "2026-05-01",
        identifiedBy: "HOTLINE",
      }),
    );
    await saveLegalStatus(coordinator, victimId, expelled());
    const [russia] = (await listLegalStatuses(coordinator, victimId))!;
    expect(russia).toMatchObject({
      countryCode: "RU",
      finesOwed: "5000.00",
      notes: "Court in Podolsk; lawyer appeals the expulsion",
    });
    expect(nextDue(russia!, "2026-06-01")).toEqual({ key: "finesDue", date: "2026-07-01", overdue: false });
    expect(asJson(await db.legalStatus.findFirstOrThrow({ where: { victimId } }))).not.toContain("Podolsk");

    // Saving the same country again changes it; a save at an old version changes nothing.
    await saveLegalStatus(coordinator, victimId, expelled({ finesOwed: "0", version: russia!.version }));
    await expect(saveLegalStatus(coordinator, victimId, expelled({ version: russia!.version }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // A new status for a country already recorded (no version) is refused, not written over it.
    await expect(saveLegalStatus(coordinator, victimId, expelled({ finesOwed: "1" }))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.legalStatusExists",
    });
    const after = (await listLegalStatuses(coordinator, victimId))!;
    expect(after.map((s) => [s.countryCode, s.finesOwed, s.version])).toEqual([["RU", "0.00", 2]]);
    // Amounts are kept exact: two decimals at most, whatever binary fractions make of them.
    for (const ok of ["19.99", "0.29", "1.15", "0.07", "5000"])
      expect(legalStatusSchema.safeParse({ countryCode: "RU", finesOwed: ok, finesCurrency: "RUB" }).success, ok).toBe(
        true,
      );
    for (const bad of ["1.234", "-5", "1e3", "12,50"])
      expect(
        legalStatusSchema.safeParse({ countryCode: "RU", finesOwed: bad, finesCurrency: "RUB" }).success,
        bad,
      ).toBe(false);
    // The fine and its currency go together.
    expect(legalStatusSchema.safeParse({ countryCode: "RU", finesOwed: "10" }).error?.issues[0]?.message).toBe(
      "errors.currencyRequired",
    );

    // A partner whose grant names legal status reads it; one whose grant does not, an outsider, a
    // case worker off the case and an analyst do not; row-level security agrees.
    const share = async (to: string, fields: ("legalStatus" | "notes")[]) => {
      await recordConsent(coordinator, victimId, {
        sheetLanguage: "ru",
        kind: "SHARING",
        granteeOrganisationId: to,
        givenOn: new Date("2026-05-02"),
        method: "WRITTEN",
      });
      const referral = await createReferral(coordinator, victimId, {
        toOrganisationId: to,
        reason: "return",
        sharedFields: fields,
      });
      const receiver = await member(to, "COORDINATOR");
      await decideReferral(receiver, referral.id, { decision: "ACCEPT" });
      return receiver;
    };
    const named = await share(tashkent!.id, ["legalStatus"]);
    expect((await listLegalStatuses(named, victimId))?.map((s) => s.countryCode)).toEqual(["RU"]);
    // The partner's reading is audited in the person's organisation's trail, naming countries only.
    const read = await db.auditEvent.findFirst({
      where: { organisationId: moscow!.id, actorUserId: named.userId, action: "victim.legal_status_read" },
    });
    expect(read?.details).toEqual({ countries: ["RU"] });
    await expect(saveLegalStatus(named, victimId, expelled())).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    const unnamed = await share(bishkek!.id, ["notes"]);
    expect(await listLegalStatuses(unnamed, victimId)).toBeNull();
    expect(await dbFor(unnamed).legalStatus.count({ where: { victimId } })).toBe(0);
    const outsider = await member((await createOrganisation()).id, "COORDINATOR");
    expect(await listLegalStatuses(outsider, victimId)).toBeNull();
    expect(await dbFor(outsider).legalStatus.count({ where: { victimId } })).toBe(0);
    for (const role of ["CASE_WORKER", "ANALYST"] as const)
      expect(await listLegalStatuses(await member(moscow!.id, role), victimId)).toBeNull();
  });
});
