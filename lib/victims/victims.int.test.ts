import { describe, expect, it } from "vitest";
import pg from "pg";
import { db, ownerUrl } from "@/tests/support/prisma";
import { ORG_ROLES } from "@/lib/roles/roles";
import { asJson, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { listVictimsQuerySchema, registerVictimSchema, updateVictimSchema } from "./schema";
import { registerVictim, updateVictim } from "./mutations";
import { checkDuplicates, getVictimRecord, listVictims } from "./data";
import { presentVictim } from "./present";
import { addCaseNote } from "@/lib/casework/mutations";

async function coordinatorOf(orgId: string) {
  const user = await createUser({ organisationId: orgId, role: "COORDINATOR" });
  return scopeOf(user, "COORDINATOR", orgId);
}

function person(overrides: Record<string, unknown> = {}) {
  return registerVictimSchema.parse({
    givenName: "Гулнора",
    familyName: "Каримова",
    sex: "FEMALE",
    birthDate: "1998-04-12",
    citizenships: ["UZ"],
    identifiedOn: "2026-03-01",
    identifiedBy: "NGO_OUTREACH",
    ...overrides,
  });
}

const search = (q: string) => listVictimsQuerySchema.parse({ q, limit: 50 });

describe("victim records on real PostgreSQL", () => {
  it("finds a Cyrillic record by Latin, misspelt, initial and reversed queries, and not another person", async () => {
    const org = await createOrganisation();
    const scope = await coordinatorOf(org.id);
    const surname = unique("Каримова").replace(/-.*/, "");
    const { id } = await registerVictim(scope, person({ familyName: surname }));
    const other = await registerVictim(
      scope,
      person({ givenName: "Дилноза", familyName: "Юсупова", birthDate: "1990-01-01" }),
    );
    for (const q of ["Gulnora Karimova", "Gulnara Karimova", "Karimova G.", "Каримова Гулнора", "karimova"]) {
      const ids = (await listVictims(scope, search(q))).items.map((v) => v.id);
      expect(ids, q).toContain(id);
      expect(ids, q).not.toContain(other.id);
    }
    expect((await listVictims(scope, search("Yusupova Dilnoza"))).items.map((v) => v.id)).toEqual([other.id]);
  });

  it("hides a record of organisation A from every role of organisation B: read, list, search, edit", async () => {
    const orgA = await createOrganisation("A");
    const orgB = await createOrganisation("B");
    const { id } = await registerVictim(
      await coordinatorOf(orgA.id),
      person({ familyName: "Nazarova", givenName: "Zarina" }),
    );
    for (const role of ORG_ROLES) {
      const user = await createUser({ organisationId: orgB.id, role });
      const scope = scopeOf(user, role, orgB.id);
      expect(await getVictimRecord(scope, id), role).toBeNull();
      expect(
        (await listVictims(scope, listVictimsQuerySchema.parse({ limit: 100 }))).items.map((v) => v.id),
        role,
      ).not.toContain(id);
      expect((await listVictims(scope, search("Zarina Nazarova"))).items, role).toEqual([]);
      await expect(
        updateVictim(scope, id, updateVictimSchema.parse({ ...person(), version: 1 })),
        role,
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("lets a case worker see only records assigned to or created by them", async () => {
    const org = await createOrganisation();
    const coordinator = await coordinatorOf(org.id);
    const worker = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const workerScope = scopeOf(worker, "CASE_WORKER", org.id);
    const own = await registerVictim(workerScope, person({ givenName: "Own" }));
    const assigned = await registerVictim(coordinator, person({ givenName: "Assigned" }));
    const others = await registerVictim(coordinator, person({ givenName: "Others" }));
    await db.victim.update({ where: { id: assigned.id }, data: { assignedToId: worker.id } });
    const ids = (await listVictims(workerScope, listVictimsQuerySchema.parse({ limit: 100 }))).items
      .map((v) => v.id)
      .sort();
    expect(ids).toEqual([own.id, assigned.id].sort());
    expect(await getVictimRecord(workerScope, others.id)).toBeNull();
  });

  it("keeps contact data, the document number and the narrative out of the table in clear", async () => {
    const org = await createOrganisation();
    const scope = await coordinatorOf(org.id);
    const { id } = await registerVictim(scope, person({ documentNumber: "FA 1234567" }));
    const record = (await getVictimRecord(scope, id))!.record;
    await updateVictim(
      scope,
      id,
      updateVictimSchema.parse({
        ...presentVictim(record, false),
        phone: "+79161234567",
        address: "Ташкент, улица Навои 15",
        trustedContact: "Sister Malika +998901112233",
        narrative: "Recruited by a neighbour for a bakery in Kazan",
      }),
    );
    await addCaseNote(scope, id, {
      occurredOn: new Date("2026-03-02"),
      text: "Met her sister at the bus station in Samarkand",
    });
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    const { rows } = await client.query("SELECT * FROM victims WHERE id = $1", [id]);
    const notes = await client.query("SELECT * FROM case_notes WHERE victim_id = $1", [id]);
    const audit = await client.query("SELECT details FROM audit_events WHERE record_id = $1", [id]);
    await client.end();
    const raw = JSON.stringify([rows[0], notes.rows, audit.rows]);
    for (const secret of ["1234567", "79161234567", "Навои", "Malika", "bakery", "Kazan", "Samarkand", "bus station"])
      expect(raw, secret).not.toContain(secret);
    const decrypted = (await getVictimRecord(scope, id))!.record;
    expect(decrypted).toMatchObject({
      phone: "+79161234567",
      documentNumber: "FA 1234567",
      narrative: "Recruited by a neighbour for a bakery in Kazan",
    });
  });

  it("refuses a stale save and names the fields someone else changed", async () => {
    const org = await createOrganisation();
    const first = await coordinatorOf(org.id);
    const second = await coordinatorOf(org.id);
    const { id } = await registerVictim(first, person());
    const read = presentVictim((await getVictimRecord(first, id))!.record, false);
    await updateVictim(second, id, updateVictimSchema.parse({ ...read, riskLevel: "HIGH", placeOfOrigin: "Fergana" }));
    await expect(
      updateVictim(first, id, updateVictimSchema.parse({ ...read, familyName: "Karimova-Aliyeva" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.recordChangedMeanwhile",
      fields: { riskLevel: "errors.changedMeanwhile" },
    });
    expect((await getVictimRecord(first, id))!.record.familyName).toBe("Каримова");
  });

  it("reports a possible duplicate in another organisation by name only", async () => {
    const orgA = await createOrganisation("A");
    const orgB = await createOrganisation("B");
    const documentNumber = `AB${Math.floor(Math.random() * 1e7)}`;
    const { id } = await registerVictim(
      await coordinatorOf(orgA.id),
      person({ documentNumber, familyName: "Rahimova", givenName: "Nigora", birthDate: "2001-07-07" }),
    );
    const scopeB = await coordinatorOf(orgB.id);
    const byDocument = await checkDuplicates(scopeB, {
      documentNumber: documentNumber.toLowerCase().replace(/^ab/, "ab-"),
    });
    expect(byDocument).toEqual([
      { victimId: null, caseNumber: null, organisationName: orgA.name, sameOrganisation: false, reason: "document" },
    ]);
    const byName = await checkDuplicates(scopeB, {
      familyName: "Рахимова",
      givenName: "Нигора",
      birthDate: new Date("2001-07-07"),
    });
    expect(byName.map((m) => m.organisationName)).toEqual([orgA.name]);
    expect(asJson([byDocument, byName])).not.toContain(id);
    expect(await checkDuplicates(scopeB, { familyName: "Rahimova", birthDate: new Date("1931-02-03") })).toEqual([]);
  });

  it("shows a record shared by grant with the minimal field set only", async () => {
    const owner = await createOrganisation("owner");
    const partner = await createOrganisation("partner");
    const ownerScope = await coordinatorOf(owner.id);
    const { id } = await registerVictim(ownerScope, person({ documentNumber: "ZZ7654321" }));
    const read = presentVictim((await getVictimRecord(ownerScope, id))!.record, false);
    await updateVictim(
      ownerScope,
      id,
      updateVictimSchema.parse({ ...read, narrative: "secret story", phone: "+998900000001", languages: ["uz", "ru"] }),
    );
    const partnerScope = await coordinatorOf(partner.id);
    await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId: id,
        ownerOrganisationId: owner.id,
        granteeOrganisationId: partner.id,
        scope: "MINIMAL",
        reason: "referral",
        grantedById: ownerScope.userId,
      },
    });
    const seen = (await getVictimRecord(partnerScope, id))!;
    expect(seen.shared).toBe(true);
    expect(seen.mayEdit).toBe(false);
    expect(seen.record).toMatchObject({
      givenName: "Гулнора",
      languages: ["uz", "ru"],
      narrative: null,
      phone: null,
      documentNumber: null,
    });
    expect(asJson(seen.record)).not.toContain("secret story");
  });
});
