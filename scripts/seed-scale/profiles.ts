// What the scale seed says of each person's trafficking and care, so that the figures (issue 20)
// count on a spread like a real network's: forms of exploitation and means of control, the sector,
// how they were recruited, the region they come from, where they were exploited (an event), the
// date a closed case closed, and the steps of their support plan. Codes and dates only.
import crypto from "node:crypto";
import { pick, weighted } from "../../prisma/demo-calls";
import { regionsOf } from "../../lib/i18n/regions";
import { MEANS_OF_CONTROL, SUPPORT_AREAS } from "../../lib/victims/codes";

const DAY_MS = 86_400_000;

export interface Profile {
  victim: Record<string, unknown>;
  events: Record<string, unknown>[];
  supportItems: Record<string, unknown>[];
}

const day = (instant: Date) =>
  new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

export function traffickingProfile(
  rnd: () => number,
  person: { id: string; citizenship: string; identifiedAt: Date; closed: boolean },
  now: Date,
): Profile {
  const form = weighted(rnd, [
    ["FORCED_LABOUR", 60],
    ["SEXUAL_EXPLOITATION", 18],
    ["FORCED_MARRIAGE", 5],
    ["FORCED_BEGGING", 5],
    ["SERVITUDE", 6],
    ["FORCED_CRIMINALITY", 3],
    ["OTHER", 3],
  ] as [string, number][]);
  const forms = rnd() < 0.15 && form !== "SERVITUDE" ? [form, "SERVITUDE"] : [form];
  const means = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, MEANS_OF_CONTROL)))];
  const regions = regionsOf(person.citizenship);
  const closedAt = person.closed
    ? new Date(Math.min(now.getTime(), person.identifiedAt.getTime() + (30 + rnd() * 400) * DAY_MS))
    : null;
  const exploitedIn =
    rnd() < 0.9
      ? weighted(rnd, [
          ["RU", 55],
          ["KZ", 25],
          ["TR", 8],
          ["AE", 5],
          ["KR", 4],
          ["CN", 3],
        ] as [string, number][])
      : null;
  const events = exploitedIn
    ? [{ id: crypto.randomUUID(), victimId: person.id, kind: "EXPLOITATION", countryCode: exploitedIn, updatedAt: now }]
    : [];
  const supportItems = Array.from({ length: Math.floor(rnd() * 4) }, () => {
    const startedOn = new Date(person.identifiedAt.getTime() + rnd() * 60 * DAY_MS);
    const status =
      startedOn > now
        ? "PLANNED"
        : weighted(rnd, [
            ["DONE", 55],
            ["IN_PROGRESS", 30],
            ["PLANNED", 15],
          ] as [string, number][]);
    const doneOn =
      status === "DONE" ? new Date(Math.min(now.getTime(), startedOn.getTime() + rnd() * 120 * DAY_MS)) : null;
    return {
      id: crypto.randomUUID(),
      victimId: person.id,
      area: pick(rnd, SUPPORT_AREAS),
      status,
      plannedOn: day(startedOn),
      startedOn: status === "PLANNED" ? null : day(startedOn),
      doneOn: doneOn ? day(doneOn) : null,
      updatedAt: now,
    };
  });
  return {
    victim: {
      exploitationTypes: forms,
      meansOfControl: means,
      labourSectors:
        form === "FORCED_LABOUR"
          ? [
              pick(rnd, [
                "CONSTRUCTION",
                "AGRICULTURE",
                "MANUFACTURING",
                "HOSPITALITY",
                "RETAIL_MARKETS",
                "DOMESTIC_WORK",
              ]),
            ]
          : [],
      recruitmentMethod: weighted(rnd, [
        ["RELATIVE", 25],
        ["FRIEND_OR_NEIGHBOUR", 30],
        ["JOB_ADVERTISEMENT", 15],
        ["ONLINE_OR_SOCIAL_MEDIA", 15],
        ["EMPLOYMENT_AGENCY", 10],
        ["STRANGER", 5],
      ] as [string, number][]),
      regionOfOrigin: regions.length && rnd() < 0.8 ? pick(rnd, regions).code : null,
      closedAt,
    },
    events,
    supportItems,
  };
}
