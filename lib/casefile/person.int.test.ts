// The case file's loader answers the page's yes/no questions per role (the page only renders).
import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { loadCaseFile } from "./person";

const person = (over: Record<string, unknown> = {}) =>
  registerVictimSchema.parse({
    givenName: "Malika",
    familyName: "Karimova",
    sex: "FEMALE",
    estimatedAge: 27,
    identifiedOn: "2026-03-01",
    identifiedBy: "POLICE",
    ...over,
  });

describe("loadCaseFile", () => {
  it("gives each role of the owning organisation its answers, a restricted record only the break-glass offer, and an outsider nothing", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation("other");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const admin = scopeOf(await createUser({ organisationId: org.id, role: "ORG_ADMIN" }), "ORG_ADMIN", org.id);
    const worker = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
    const outsider = scopeOf(
      await createUser({ organisationId: other.id, role: "COORDINATOR" }),
      "COORDINATOR",
      other.id,
    );
    const { id } = await registerVictim(worker, person());

    const byCoordinator = await loadCaseFile(coordinator, id);
    expect(byCoordinator?.kind).toBe("record");
    if (byCoordinator?.kind !== "record") return;
    expect(byCoordinator.may).toEqual({
      edit: true,
      refer: true,
      requestRepatriation: true,
      close: true,
      seeShelter: true,
      seeReturns: true,
      findBed: true,
      report: true,
      overrideReport: true,
      seePerpetrators: true,
      referAsRole: true,
    });
    expect(byCoordinator).toMatchObject({
      ownRecord: true,
      closed: false,
      shared: false,
      consentMissing: true,
      inShelter: false,
    });

    const byAdmin = await loadCaseFile(admin, id);
    expect(byAdmin?.kind === "record" && byAdmin.may).toEqual({
      edit: true,
      refer: false,
      requestRepatriation: false,
      close: false,
      seeShelter: true,
      seeReturns: true,
      findBed: false,
      report: false,
      overrideReport: false,
      seePerpetrators: true,
      referAsRole: false,
    });
    const byWorker = await loadCaseFile(worker, id);
    expect(byWorker?.kind === "record" && byWorker.may).toEqual({
      edit: true,
      refer: false,
      // A case worker prepares a return the organisation works alone (decision 0030).
      requestRepatriation: true,
      close: false,
      seeShelter: true,
      seeReturns: true,
      findBed: false,
      report: true,
      overrideReport: false,
      seePerpetrators: true,
      referAsRole: false,
    });

    expect(await loadCaseFile(outsider, id)).toBeNull();

    const restricted = await registerVictim(worker, person({ restricted: true }));
    expect(await loadCaseFile(coordinator, restricted.id)).toEqual({ kind: "restricted", victimId: restricted.id });
    expect(await loadCaseFile(outsider, restricted.id)).toBeNull();
  });
});
