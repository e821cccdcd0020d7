// The directory of counterparts outside Tumar on real PostgreSQL: added, listed by name, filtered
// and paged; corrected at the version read (a stale change refused), the same office twice refused;
// deactivated only by a coordinator or an administrator; another organisation sees none of it (by
// the app's policy and by row-level security), and roles without the directory get nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import type { OrgRole } from "@/lib/roles/roles";
import { getCounterpart, listCounterpartChoices, listCounterparts } from "./data";
import { createCounterpart, patchCounterpart, setCounterpartActive, updateCounterpart } from "./mutations";
import {
  createCounterpartSchema,
  listCounterpartsQuerySchema,
  patchCounterpartSchema,
  updateCounterpartSchema,
} from "./schema";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

type Member = Awaited<ReturnType<typeof member>>;

const list = (scope: Member, query: Record<string, unknown> = {}) =>
  listCounterparts(scope, listCounterpartsQuerySchema.parse(query));

const add = (scope: Member, input: Record<string, unknown>) =>
  createCounterpart(scope, createCounterpartSchema.parse(input));

/** Almaty's directory: IOM Kabul, Afghanistan's embassy in Almaty and Uzbekistan's labour ministry. */
async function setup() {
  const [almaty, bishkek] = await Promise.all([createOrganisation("almaty"), createOrganisation("bishkek")]);
  const coordinator = await member(almaty.id, "COORDINATOR");
  const suffix = unique("");
  const names = {
    iom: `IOM Kabul${suffix}`,
    embassy: `Embassy of Afghanistan in Almaty${suffix}`,
    ministry: `Ministry of Labour${suffix}`,
  };
  const iom = await add(coordinator, {
    name: names.iom,
    countryCode: "af",
    type: "IOM",
    contactPerson: "Head of the return unit",
    phone: "+93 20 210 0000",
    email: "kabul@iom.example",
    notes: "Answers in Dari and English",
  });
  const embassy = await add(coordinator, { name: names.embassy, countryCode: "AF", type: "EMBASSY_CONSULATE" });
  const ministry = await add(coordinator, { name: names.ministry, countryCode: "UZ", type: "GOVERNMENT", email: "" });
  return { almaty, bishkek, coordinator, names, ids: { iom: iom.id, embassy: embassy.id, ministry: ministry.id } };
}

describe("the directory of counterparts outside Tumar", () => {
  it("adds counterparts, lists them by name, filters by type and country, and pages", async () => {
    const s = await setup();
    const all = await list(s.coordinator);
    expect(all.items.map((c) => c.name)).toEqual([s.names.embassy, s.names.iom, s.names.ministry]);
    expect(all.nextCursor).toBeNull();
    expect(all.items[1]).toMatchObject({
      countryCode: "AF",
      type: "IOM",
      contactPerson: "Head of the return unit",
      phone: "+93 20 210 0000",
      email: "kabul@iom.example",
      active: true,
      version: 1,
    });
    // A blank optional field is stored as nothing, not as "".
    expect(all.items[2]).toMatchObject({ email: null, phone: null, contactPerson: null, notes: null });
    const stored = await db.counterpart.findUniqueOrThrow({ where: { id: s.ids.iom } });
    expect(stored).toMatchObject({ organisationId: s.almaty.id, createdById: s.coordinator.userId });

    expect((await list(s.coordinator, { type: "IOM" })).items.map((c) => c.id)).toEqual([s.ids.iom]);
    expect((await list(s.coordinator, { country: "af" })).items.map((c) => c.id)).toEqual([s.ids.embassy, s.ids.iom]);
    expect((await list(s.coordinator, { country: "UZ", type: "IOM" })).items).toEqual([]);

    const first = await list(s.coordinator, { limit: 2 });
    expect(first.items.map((c) => c.id)).toEqual([s.ids.embassy, s.ids.iom]);
    expect(first.nextCursor).toBe(s.ids.iom);
    const second = await list(s.coordinator, { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((c) => c.id)).toEqual([s.ids.ministry]);
    expect(second.nextCursor).toBeNull();

    // Each addition is on the trail, with the counterpart's id and codes, never its contacts.
    const events = await db.auditEvent.findMany({
      where: { actorUserId: s.coordinator.userId, action: "counterpart.create" },
    });
    expect(events).toHaveLength(3);
    expect(asJson(events)).toContain(s.ids.iom);
    expect(asJson(events)).not.toContain("kabul@iom.example");
    expect(asJson(events)).not.toContain("IOM Kabul");
  });

  it("corrects a counterpart at the version read and refuses a stale change", async () => {
    const s = await setup();
    const read = (await getCounterpart(s.coordinator, s.ids.iom))!;
    const form = {
      name: read.name,
      countryCode: read.countryCode,
      type: read.type,
      contactPerson: read.contactPerson,
      phone: "+93 20 210 1111",
      email: "",
      notes: read.notes,
      version: read.version,
    };
    await updateCounterpart(s.coordinator, s.ids.iom, updateCounterpartSchema.parse(form));
    // Read at version 1, changed since: refused, nothing changed.
    await expect(
      updateCounterpart(s.coordinator, s.ids.iom, updateCounterpartSchema.parse({ ...form, phone: "+93 1" })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.staleRecord" });
    expect(await getCounterpart(s.coordinator, s.ids.iom)).toMatchObject({
      phone: "+93 20 210 1111",
      // The form sends the whole record: a field left blank is cleared.
      email: null,
      contactPerson: "Head of the return unit",
      version: 2,
    });
    const [event] = await db.auditEvent.findMany({
      where: { actorUserId: s.coordinator.userId, action: "counterpart.update" },
    });
    expect(event!.details).toEqual({ counterpartId: s.ids.iom, fields: ["phone", "email"] });

    // The API's change: only the fields sent; null clears one.
    await patchCounterpart(
      s.coordinator,
      s.ids.iom,
      patchCounterpartSchema.parse({ version: 2, notes: null, contactPerson: "Ms A. Rahimi, return unit" }),
    );
    expect(await getCounterpart(s.coordinator, s.ids.iom)).toMatchObject({
      phone: "+93 20 210 1111",
      notes: null,
      contactPerson: "Ms A. Rahimi, return unit",
      version: 3,
    });
    expect(patchCounterpartSchema.safeParse({ version: 3 }).success).toBe(false);
    expect(patchCounterpartSchema.safeParse({ version: 3, email: "not an address" }).success).toBe(false);
  });

  it("refuses the same office twice: a name already listed for the country, in any case", async () => {
    const s = await setup();
    await expect(
      add(s.coordinator, { name: s.names.iom.toUpperCase(), countryCode: "AF", type: "IOM" }),
    ).rejects.toMatchObject({ code: "INVALID", fields: { name: "errors.counterpartExists" } });
    // The same name in another country is another office.
    await add(s.coordinator, { name: s.names.iom, countryCode: "PK", type: "IOM" });
    // Renaming another entry into it is refused too, and changes nothing.
    const embassy = (await getCounterpart(s.coordinator, s.ids.embassy))!;
    await expect(
      updateCounterpart(
        s.coordinator,
        s.ids.embassy,
        updateCounterpartSchema.parse({ ...embassy, name: s.names.iom, version: embassy.version }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", fields: { name: "errors.counterpartExists" } });
    expect(await getCounterpart(s.coordinator, s.ids.embassy)).toMatchObject({ name: s.names.embassy, version: 1 });
    // Another organisation may list the same office in its own directory.
    await add(await member(s.bishkek.id, "COORDINATOR"), { name: s.names.iom, countryCode: "AF", type: "IOM" });
  });

  it("stops offering a counterpart and offers it again: coordinators and administrators, not case workers", async () => {
    const s = await setup();
    const caseWorker = await member(s.almaty.id, "CASE_WORKER");
    // A case worker reads the directory, adds to it and corrects it…
    expect((await list(caseWorker)).items).toHaveLength(3);
    const consulate = await add(caseWorker, {
      name: unique("Consulate of Tajikistan in Almaty"),
      countryCode: "TJ",
      type: "EMBASSY_CONSULATE",
    });
    // …but is told that stopping the offer is not theirs, through the action's mutation and the API's.
    await expect(setCounterpartActive(caseWorker, s.ids.iom, { active: false, version: 1 })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      fields: { active: "errors.counterpartManageOnly" },
    });
    await expect(
      patchCounterpart(caseWorker, s.ids.iom, patchCounterpartSchema.parse({ version: 1, active: false })),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    expect(await getCounterpart(s.coordinator, s.ids.iom)).toMatchObject({ active: true, version: 1 });

    await setCounterpartActive(s.coordinator, s.ids.iom, { active: false, version: 1 });
    expect((await list(s.coordinator)).items.map((c) => c.id)).not.toContain(s.ids.iom);
    expect((await list(s.coordinator, { status: "inactive" })).items.map((c) => c.id)).toEqual([s.ids.iom]);
    expect((await list(s.coordinator, { status: "all" })).items.map((c) => c.id)).toContain(s.ids.iom);
    const choices = await listCounterpartChoices(s.coordinator);
    expect(choices.map((c) => c.id)).toEqual([consulate.id, s.ids.embassy, s.ids.ministry]);
    expect(choices[1]).toEqual({
      id: s.ids.embassy,
      name: s.names.embassy,
      countryCode: "AF",
      type: "EMBASSY_CONSULATE",
    });
    // A stale reactivation is refused; the administrator offers it again at the version read.
    await expect(setCounterpartActive(s.coordinator, s.ids.iom, { active: true, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const admin = await member(s.almaty.id, "ORG_ADMIN");
    await setCounterpartActive(admin, s.ids.iom, { active: true, version: 2 });
    expect(await getCounterpart(s.coordinator, s.ids.iom)).toMatchObject({ active: true, version: 3 });
    const trail = await db.auditEvent.findMany({
      where: { action: { in: ["counterpart.deactivate", "counterpart.reactivate"] }, organisationId: s.almaty.id },
      orderBy: { id: "asc" },
    });
    expect(trail.map((e) => [e.action, e.actorUserId])).toEqual([
      ["counterpart.deactivate", s.coordinator.userId],
      ["counterpart.reactivate", admin.userId],
    ]);
  });

  it("another organisation gets not found for our counterparts and lists none of them", async () => {
    const s = await setup();
    const outsider = await member(s.bishkek.id, "COORDINATOR");
    expect(await getCounterpart(outsider, s.ids.iom)).toBeNull();
    expect((await list(outsider, { status: "all" })).items).toEqual([]);
    expect(await listCounterpartChoices(outsider)).toEqual([]);
    // Our id as a cursor is no way in either.
    expect((await list(outsider, { cursor: s.ids.iom })).items).toEqual([]);
    const read = (await getCounterpart(s.coordinator, s.ids.iom))!;
    await expect(
      updateCounterpart(outsider, s.ids.iom, updateCounterpartSchema.parse({ ...read, phone: "+996 1", version: 1 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      patchCounterpart(outsider, s.ids.iom, patchCounterpartSchema.parse({ version: 1, phone: "+996 1" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCounterpartActive(outsider, s.ids.iom, { active: false, version: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getCounterpart(s.coordinator, s.ids.iom)).toMatchObject({
      phone: "+93 20 210 0000",
      active: true,
      version: 1,
    });
    // Row-level security holds the same behind the app's policy: Bishkek's connection reads none of
    // Almaty's rows and cannot write one into Almaty's directory.
    expect(await dbFor(outsider).counterpart.findMany({ where: { organisationId: s.almaty.id } })).toEqual([]);
    expect(
      (await dbFor(outsider).counterpart.updateMany({ where: { id: s.ids.iom }, data: { phone: "+996 2" } })).count,
    ).toBe(0);
    await expect(
      dbFor(outsider).counterpart.create({
        data: {
          organisationId: s.almaty.id,
          name: unique("Planted"),
          countryCode: "AF",
          type: "OTHER",
          createdById: outsider.userId,
        },
      }),
    ).rejects.toThrow();
  });

  it("roles without the directory (analyst, hotline operator, shelter staff) read and write nothing", async () => {
    const s = await setup();
    for (const role of ["ANALYST", "HOTLINE_OPERATOR", "SHELTER_STAFF"] as const) {
      const refused = await member(s.almaty.id, role);
      expect((await list(refused, { status: "all" })).items, role).toEqual([]);
      expect(await getCounterpart(refused, s.ids.iom), role).toBeNull();
      expect(await listCounterpartChoices(refused), role).toEqual([]);
      await expect(add(refused, { name: unique("Probe"), countryCode: "AF", type: "NGO" }), role).rejects.toMatchObject(
        {
          code: "NOT_FOUND",
        },
      );
      await expect(
        patchCounterpart(refused, s.ids.iom, patchCounterpartSchema.parse({ version: 1, phone: "+93 1" })),
        role,
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setCounterpartActive(refused, s.ids.iom, { active: false, version: 1 }), role).rejects.toMatchObject(
        {
          code: "NOT_FOUND",
        },
      );
    }
    expect(await getCounterpart(s.coordinator, s.ids.iom)).toMatchObject({ active: true, version: 1 });
  });
});
