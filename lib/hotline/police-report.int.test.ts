// "Referred to the police" on a call: on the person's consent, or a coordinator's decision for a
// child at risk or in imminent danger with a reason, kept encrypted with who decided.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCallSchema, updateHotlineCallSchema } from "./schema";
import { createHotlineCall, updateHotlineCall } from "./mutations";
import { getHotlineCall } from "./data";
import { valuesOfCall } from "./form-values";

const police = (overrides: Record<string, unknown> = {}) =>
  createHotlineCallSchema.safeParse(
    callInput({ actions: ["REFERRED_TO_POLICE"], personAgeGroup: "AGE_25_34", ...overrides }),
  );
const reason = "The caller says the employer will move the men tonight.";

describe("a call referred to the police", () => {
  it("asks on what basis, lets only a coordinator decide without consent, and keeps the decision", async () => {
    const org = await createOrganisation();
    const operator = scopeOf(
      await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      org.id,
    );
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const log = (scope: typeof operator, overrides: Record<string, unknown>) =>
      createHotlineCall(scope, police(overrides).data!, { source: "intake", defaultCountry: "UZ" });

    expect(police().error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["reportBasis", "errors.reportBasisRequired"],
    ]);
    expect(police({ reportBasis: "IMMINENT_DANGER" }).error?.issues.map((i) => i.path[0])).toEqual(["reportReason"]);

    const consented = await log(operator, { reportBasis: "CONSENT" });
    expect(await getHotlineCall(operator, consented.id)).toMatchObject({
      authorityReportBasis: "CONSENT",
      reportReason: null,
    });

    await expect(log(operator, { reportBasis: "IMMINENT_DANGER", reportReason: reason })).rejects.toMatchObject({
      fields: { reportBasis: "errors.overrideCoordinatorOnly" },
    });
    await expect(log(coordinator, { reportBasis: "CHILD_AT_RISK", reportReason: reason })).rejects.toMatchObject({
      fields: { reportBasis: "errors.overrideNotAChild" },
    });
    await log(coordinator, { reportBasis: "CHILD_AT_RISK", reportReason: reason, personAgeGroup: "AGE_12_17" });
    const decided = await log(coordinator, { reportBasis: "IMMINENT_DANGER", reportReason: reason });
    const raw = await db.hotlineCall.findUniqueOrThrow({ where: { id: decided.id } });
    expect(raw.authorityReportDecidedById).toBe(coordinator.userId);
    expect(asJson(raw)).not.toContain("employer");
    const read = await getHotlineCall(operator, decided.id);
    expect(read).toMatchObject({ authorityReportBasis: "IMMINENT_DANGER", reportReason: reason });

    // The operator corrects the summary: the coordinator's decision stays as it was.
    const values = { ...valuesOfCall(read!), summary: "Corrected summary of the call", version: read!.version };
    await updateHotlineCall(operator, decided.id, updateHotlineCallSchema.parse(values), "UZ");
    expect(await db.hotlineCall.findUniqueOrThrow({ where: { id: decided.id } })).toMatchObject({
      authorityReportBasis: "IMMINENT_DANGER",
      authorityReportDecidedById: coordinator.userId,
    });
    // Changing the reason is a new decision, the coordinator's alone.
    const again = (await getHotlineCall(operator, decided.id))!;
    await expect(
      updateHotlineCall(
        operator,
        decided.id,
        updateHotlineCallSchema.parse({
          ...valuesOfCall(again),
          reportReason: `${reason} Again.`,
          version: again.version,
        }),
        "UZ",
      ),
    ).rejects.toMatchObject({ fields: { reportBasis: "errors.overrideCoordinatorOnly" } });
    // Without the action, no basis is kept.
    await updateHotlineCall(
      operator,
      decided.id,
      updateHotlineCallSchema.parse({ ...valuesOfCall(again), actions: ["INFORMATION_GIVEN"], version: again.version }),
      "UZ",
    );
    expect(await db.hotlineCall.findUniqueOrThrow({ where: { id: decided.id } })).toMatchObject({
      authorityReportBasis: null,
      authorityReportReasonEncrypted: null,
      authorityReportDecidedById: null,
    });
  });
});
