// Shelters at scale: the shelter operators' houses with named beds, and a decade of stays in them.
// Each bed is occupied stay after stay with short gaps, so the stays never overlap on a bed; the
// last one may still be open (never two open stays on a bed, or for one person, as the database
// requires). Residents are the shelter organisation's own people.
import crypto from "node:crypto";
import type pg from "pg";
import { encryptField, fieldContext } from "../../lib/crypto";
import { pick, weighted } from "../../prisma/demo-calls";
import { copyRows } from "./copy";
import type { ScaleOrganisation } from "./network";
import type { SeededPerson } from "./people";

const DAY_MS = 86_400_000;

export async function createStays(
  db: pg.PoolClient,
  rnd: () => number,
  organisations: ScaleOrganisation[],
  people: SeededPerson[],
  options: { stays: number; years: number; now: Date },
  progress: (done: number) => void,
) {
  const operators = organisations.filter(
    (o) => o.shelters && o.coordinatorIds.length > 0 && people.some((p) => p.organisationId === o.id),
  );
  const shelters = [];
  const contacts = [];
  const beds: { id: string; shelterId: string; org: ScaleOrganisation }[] = [];
  for (const org of operators) {
    for (let n = 0; n < 1 + Math.floor(rnd() * 2); n++) {
      const id = crypto.randomUUID();
      const capacity = 20 + Math.floor(rnd() * 31);
      // The secret address lives apart from the directory (decision 0013).
      const contactId = crypto.randomUUID();
      contacts.push({
        id: contactId,
        shelterId: id,
        addressEncrypted: encryptField(
          `Street ${1 + Math.floor(rnd() * 200)}, ${org.city}`,
          fieldContext("shelter_contacts", "address_encrypted", contactId),
        ),
        updatedAt: options.now,
      });
      shelters.push({
        id,
        organisationId: org.id,
        name: `${org.city} shelter ${n + 1} (${org.code})`,
        city: org.city,
        countryCode: org.countryCode,
        population: pick(rnd, ["WOMEN", "WOMEN", "MEN", "FAMILIES", "MIXED", "ADOLESCENTS"]),
        capacity,
        services: [],
        updatedAt: options.now,
      });
      for (let b = 0; b < capacity; b++) beds.push({ id: crypto.randomUUID(), shelterId: id, org });
    }
  }
  await copyRows(db, "shelters", shelters);
  await copyRows(db, "shelter_contacts", contacts);
  for (let i = 0; i < beds.length; i += 5000) {
    await copyRows(
      db,
      "shelter_beds",
      beds.slice(i, i + 5000).map((b, k) => ({
        id: b.id,
        shelterId: b.shelterId,
        room: `Room ${1 + (Math.floor((i + k) / 4) % 12)}`,
        label: `Bed ${i + k + 1}`,
        updatedAt: options.now,
      })),
    );
  }
  if (beds.length === 0) return;

  const residents = new Map<string, SeededPerson[]>();
  for (const p of people)
    if (operators.some((o) => o.id === p.organisationId))
      residents.set(p.organisationId, [...(residents.get(p.organisationId) ?? []), p]);
  const span = options.years * 365 * DAY_MS;
  const start = options.now.getTime() - span;
  const cycle = span / Math.max(1, options.stays / beds.length); // one stay and the gap after it
  const openPeople = new Set<string>();
  let rows: Record<string, unknown>[] = [];
  let done = 0;
  for (const bed of beds) {
    const own = residents.get(bed.org.id)!;
    for (let at = start + rnd() * cycle; at < options.now.getTime() && done < options.stays;) {
      const length = cycle * (0.5 + rnd() * 0.45);
      const admittedAt = new Date(at);
      const end = at + length;
      const open = end >= options.now.getTime();
      let person = pick(rnd, own);
      if (open) {
        for (let tries = 0; openPeople.has(person.id) && tries < 20; tries++) person = pick(rnd, own);
        if (openPeople.has(person.id)) break;
        openPeople.add(person.id);
      }
      const stayId = crypto.randomUUID();
      rows.push({
        id: stayId,
        shelterId: bed.shelterId,
        victimId: person.id,
        bedId: bed.id,
        admittedAt,
        referredBy: pick(rnd, ["Hotline", "Police", "IOM", "Embassy", "Outreach team"]),
        plannedDischargeOn: new Date(Math.floor(end / DAY_MS) * DAY_MS),
        dischargedAt: open ? null : new Date(end),
        exitDestination: open
          ? null
          : weighted(rnd, [
              ["RETURNED_HOME_REPATRIATED", 35],
              ["FAMILY", 25],
              ["INDEPENDENT_LIVING", 20],
              ["OTHER_SHELTER", 8],
              ["LEFT_WITHOUT_NOTICE", 7],
              ["UNKNOWN", 5],
            ]),
        healthNotesEncrypted:
          rnd() < 0.2
            ? encryptField(
                "Needs follow-up with a doctor; no details here.",
                fieldContext("shelter_stays", "health_notes_encrypted", stayId),
              )
            : null,
        createdById: pick(rnd, bed.org.coordinatorIds),
        updatedAt: options.now,
      });
      done += 1;
      at = end + cycle - length;
      if (rows.length >= 5000) {
        await copyRows(db, "shelter_stays", rows);
        rows = [];
        progress(done);
      }
    }
  }
  await copyRows(db, "shelter_stays", rows);
  progress(done);
}
