// The surfaces `npm run bench` measures, as the issue lists them: who opens what. `user` names an
// account of the fixture; POST surfaces send `body`.
import type { BenchFixture } from "./fixture";

export type BenchUser = keyof BenchFixture["emails"] | "networkAdmin" | "shelterStaff";

/** Each bench user's sign-in: the fixture's, and two demo accounts every network has. */
export function benchUserEmails(fixture: BenchFixture): Record<BenchUser, string> {
  return { ...fixture.emails, networkAdmin: "admin@network.demo", shelterStaff: "shelter@almaty.demo" };
}

export interface Surface {
  key: string;
  name: string;
  path: string;
  user: BenchUser;
  method?: "POST";
  body?: string;
  /** Grouped in the table: the lists, the records and boards, the role home pages. */
  group: "list" | "record" | "home";
  /** A file (an export), not a page: no JavaScript to weigh. */
  file?: boolean;
}

/** A call as a telephony integration sends it at the end of the call. */
export function intakeBody(): string {
  return JSON.stringify({
    receivedAt: new Date(Date.now() - 600_000).toISOString(),
    channel: "PHONE",
    callType: "DATA",
    callerRelationship: "VICTIM_SELF",
    topics: ["LABOUR_EXPLOITATION", "DOCUMENTS_AND_REGISTRATION"],
    urgency: "URGENT",
    actions: ["INFORMATION_GIVEN"],
    summary: "Works on a construction site near Moscow; passport held by the foreman; wants to go home.",
  });
}

export function surfaces(f: BenchFixture): Surface[] {
  const search = (q: string) => `/victims?q=${encodeURIComponent(q)}`;
  return [
    { key: "hotline-first", name: "hotline list, first page", path: "/hotline", user: "coordinator", group: "list" },
    {
      key: "hotline-filtered",
      name: "hotline list, topic + urgency filter",
      path: "/hotline?topic=WAGE_THEFT&urgency=URGENT",
      user: "coordinator",
      group: "list",
    },
    {
      key: "hotline-deep",
      name: "hotline list, deep cursor (80 %)",
      path: `/hotline?cursor=${f.deepCursor}`,
      user: "coordinator",
      group: "list",
    },
    {
      key: "api-hotline",
      name: "API: hotline calls, first page",
      path: "/api/v1/hotline-calls",
      user: "coordinator",
      group: "list",
    },
    {
      key: "intake",
      name: "API: hotline intake save (POST)",
      path: "/api/v1/hotline-calls",
      user: "operator",
      method: "POST",
      body: intakeBody(),
      group: "list",
    },
    {
      key: "search-latin",
      name: "victim name search, Latin query",
      path: search(f.names.latin),
      user: "coordinator",
      group: "list",
    },
    {
      key: "search-cyrillic",
      name: "victim name search, Cyrillic query",
      path: search(f.names.cyrillic),
      user: "coordinator",
      group: "list",
    },
    { key: "victim", name: "victim record page", path: `/victims/${f.victimId}`, user: "coordinator", group: "record" },
    {
      key: "bed-board",
      name: "shelter bed board",
      path: `/shelters/${f.shelterId}`,
      user: "shelterCoordinator",
      group: "record",
    },
    {
      key: "repatriations",
      name: "repatriation pipeline",
      path: "/repatriations",
      user: "receivingCoordinator",
      group: "record",
    },
    {
      // The reports page: the hotline's month figures and the situations by region and by type.
      key: "situation-figures",
      name: "reports: situations by region and type",
      path: `/reports?year=${f.situationsYear}`,
      user: "analyst",
      group: "record",
    },
    // Issue 20: each figures section over the busiest year (the longest period a page usually asks),
    // and that year's people as a workbook.
    ...(["people", "services", "calls", "shelters", "returns"] as const).map((section): Surface => ({
      key: `figures-${section}`,
      name: `figures: ${section}, a whole year`,
      path: `/reports/figures/${section}?from=${f.situationsYear}-01-01&to=${f.situationsYear}-12-31`,
      user: "analyst",
      group: "record",
    })),
    {
      key: "figures-xlsx",
      name: "figures: people, a whole year, as XLSX",
      path: `/reports/figures/people/export?format=xlsx&from=${f.situationsYear}-01-01&to=${f.situationsYear}-12-31`,
      user: "analyst",
      group: "record",
      file: true,
    },
    ...(["coordinator", "operator", "caseWorker", "orgAdmin", "analyst", "shelterStaff", "networkAdmin"] as const).map(
      (user): Surface => ({ key: `home-${user}`, name: `home page: ${user}`, path: "/", user, group: "home" }),
    ),
  ];
}

/**
 * A list's search words are sealed per user (lib/search): the page answers a plain `q` with a
 * redirect to its sealed address, which is what a browser asks for next and what is measured.
 */
export async function sealedSurface(base: string, s: Surface, cookie: string): Promise<Surface> {
  if (!/[?&]q=/.test(s.path)) return s;
  const answer = await fetch(base + s.path, { headers: { cookie }, redirect: "manual" });
  const location = answer.headers.get("location");
  if (!location) throw new Error(`${s.key}: no sealed address (${answer.status})`);
  const target = new URL(location, base);
  return { ...s, path: target.pathname + target.search };
}
