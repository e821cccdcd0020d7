import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { saveHotlineCallDraft } from "./mutations";
import { getHotlineCallDraft } from "./data";

describe("hotline call drafts", () => {
  it("keeps one draft per operator, saved again and again", async () => {
    const org = await createOrganisation("drafts");
    const scope = scopeOf(
      await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" }),
      "HOTLINE_OPERATOR",
      org.id,
    );
    await saveHotlineCallDraft(scope, { summary: "first" });
    await saveHotlineCallDraft(scope, { summary: "second" });
    expect(await getHotlineCallDraft(scope)).toMatchObject({ values: { summary: "second" } });
  });
});
