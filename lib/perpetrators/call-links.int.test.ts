import { describe, expect, it } from "vitest";
import { callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { createPerpetratorSchema, linkPerpetratorToCallSchema } from "./schema";
import { createPerpetrator, linkPerpetratorToCall } from "./mutations";
import { listPerpetratorsOfCall } from "./data";

type Role = "COORDINATOR" | "CASE_WORKER" | "HOTLINE_OPERATOR";
const member = async (organisationId: string, role: Role) =>
  scopeOf(await createUser({ organisationId, role }), role, organisationId);
const record = (name: string) => createPerpetratorSchema.parse({ name, roles: ["RECRUITER"], source: "THIRD_PARTY" });
const link = (perpetratorId: string, role?: string) => linkPerpetratorToCallSchema.parse({ perpetratorId, role });

describe("perpetrators named in a call", () => {
  it("links a record the actor may see to a call the actor may read, with the part played", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation();
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const coordinator = await member(org.id, "COORDINATOR");
    const worker = await member(org.id, "CASE_WORKER");
    const outsider = await member(other.id, "COORDINATOR");
    const call = await createHotlineCall(operator, createHotlineCallSchema.parse(callInput()), {
      source: "intake",
      defaultCountry: "UZ",
    });
    const broker = await createPerpetrator(operator, record("Broker Sherzod"));
    await linkPerpetratorToCall(operator, call.id, link(broker.id, "BROKER"));
    await linkPerpetratorToCall(operator, call.id, link(broker.id, "TRANSPORTER"));
    expect((await listPerpetratorsOfCall(coordinator, call.id)).map((p) => [p.name, p.role])).toEqual([
      ["Broker Sherzod", "TRANSPORTER"],
    ]);
    // A case worker reads no call that is not about their people; another organisation none.
    await expect(linkPerpetratorToCall(worker, call.id, link(broker.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const theirs = await createPerpetrator(outsider, record("Someone Elsewhere"));
    await expect(linkPerpetratorToCall(outsider, call.id, link(theirs.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Another organisation's record is never linked to this organisation's call.
    await expect(linkPerpetratorToCall(coordinator, call.id, link(theirs.id))).rejects.toMatchObject({
      fields: { perpetratorId: "errors.choosePerpetrator" },
    });
    expect(await listPerpetratorsOfCall(outsider, call.id)).toEqual([]);
  });
});
