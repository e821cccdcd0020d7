// A person's legal status in one country as one plain line, and what falls due next: the facts
// that matter, in the order a lawyer reads them, each a translation key with its values. Pure, so
// the page, the API and the repatriation's risk step say the same (status-line.test.ts).
import type { PERMIT_KINDS, REGISTRATION_STATES, REMOVAL_DECISIONS } from "./codes";
import { isoDate } from "@/lib/time/zoned";

export interface LegalStatusFacts {
  registration: (typeof REGISTRATION_STATES)[number];
  registeredUntil: Date | null;
  permit: (typeof PERMIT_KINDS)[number];
  permitUntil: Date | null;
  overstaySince: Date | null;
  finesOwed: string | null;
  finesCurrency: string | null;
  finesDueOn: Date | null;
  removal: (typeof REMOVAL_DECISIONS)[number];
  removalDecidedOn: Date | null;
  reEntryBanUntil: Date | null;
  detainedSince: Date | null;
  releasedOn: Date | null;
}

/** One fact of the line: a key under `legalStatus.line` and its values (dates as YYYY-MM-DD). */
export interface LineFact {
  key: string;
  values?: Record<string, string>;
}

const day = (d: Date | null) => (d ? isoDate(d) : null);

export function statusLine(s: LegalStatusFacts, today: string): LineFact[] {
  const facts: LineFact[] = [];
  const lapsed = (d: Date | null) => d !== null && isoDate(d) < today;
  if (s.detainedSince && !s.releasedOn) facts.push({ key: "detained", values: { date: day(s.detainedSince)! } });
  if (s.removal !== "NONE")
    facts.push({ key: `removal.${s.removal}`, values: { date: day(s.removalDecidedOn) ?? "" } });
  if (s.reEntryBanUntil && !lapsed(s.reEntryBanUntil))
    facts.push({ key: "reEntryBan", values: { date: day(s.reEntryBanUntil)! } });
  if (s.overstaySince) facts.push({ key: "overstay", values: { date: day(s.overstaySince)! } });
  if (s.registration === "REGISTERED" && s.registeredUntil)
    facts.push({
      key: lapsed(s.registeredUntil) ? "registrationLapsed" : "registeredUntil",
      values: { date: day(s.registeredUntil)! },
    });
  else if (s.registration !== "UNKNOWN") facts.push({ key: `registration.${s.registration}` });
  if (s.permit !== "NONE" && s.permit !== "UNKNOWN" && s.permitUntil)
    facts.push({
      key: lapsed(s.permitUntil) ? "permitLapsed" : "permitUntil",
      values: { permit: s.permit, date: day(s.permitUntil)! },
    });
  else if (s.permit === "NONE") facts.push({ key: "noPermit" });
  if (s.finesOwed && Number(s.finesOwed) > 0)
    facts.push({ key: "fines", values: { amount: s.finesOwed, currency: s.finesCurrency ?? "" } });
  if (s.detainedSince && s.releasedOn) facts.push({ key: "released", values: { date: day(s.releasedOn)! } });
  return facts;
}

/**
 * What falls due next, from today: a fine's due date, the end of a registration or a permit still
 * running. One overdue fine comes first (it grows); null when nothing is dated ahead.
 */
export function nextDue(s: LegalStatusFacts, today: string): { key: string; date: string; overdue: boolean } | null {
  const candidates: { key: string; date: string }[] = [];
  if (s.finesDueOn && s.finesOwed && Number(s.finesOwed) > 0)
    candidates.push({ key: "finesDue", date: day(s.finesDueOn)! });
  if (s.registration === "REGISTERED" && s.registeredUntil)
    candidates.push({ key: "registrationEnds", date: day(s.registeredUntil)! });
  if (s.permitUntil && s.permit !== "NONE") candidates.push({ key: "permitEnds", date: day(s.permitUntil)! });
  const overdueFine = candidates.find((c) => c.key === "finesDue" && c.date < today);
  if (overdueFine) return { ...overdueFine, overdue: true };
  const ahead = candidates.filter((c) => c.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  return ahead[0] ? { ...ahead[0], overdue: false } : null;
}
