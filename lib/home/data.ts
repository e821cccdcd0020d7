// The homes' work queues: one read per role, each number computed by the data function of the
// list it links to (same scope, same filters), so a count on the home is the number of rows the
// link shows. Counts, worker names and shelter names only: a home never shows a person, so it adds
// no road to a person beyond the lists themselves (it is still swept as the "home" road of
// lib/access/roads.ts, so an outsider's data can be proved absent).
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { countVictims, countVictimsBy, listAssignableWorkers } from "@/lib/victims/data";
import { DEFAULT_STALLED_DAYS } from "@/lib/victims/queues";
import { countHotlineCalls, getHotlineCallDraft, getMonthFigures, listCallbackQueue } from "@/lib/hotline/data";
import { listShelters, listPlacementRequests } from "@/lib/shelters/data";
import { listIncomingReferrals } from "@/lib/referrals/data";
import { countByStatus } from "@/lib/repatriations/data";
import { getRepatriationFigures } from "@/lib/repatriations/figures";
import { countNotifications } from "@/lib/notifications/data";
import { countReminders } from "@/lib/tasks/data";
import { listOrganisations } from "@/lib/orgs/data";
import { localDay } from "@/lib/time/zoned";
import { VICTIM_STATUSES } from "@/lib/victims/codes";

const DAY = 86_400_000;

/**
 * Case worker: my people by status, support tasks overdue and due this week, documents and
 * consents to renew, and unread messages (cases given to them).
 */
export async function getCaseWorkerHome(scope: Scope) {
  const [byStatus, overdue, dueWeek, renew, consent, bell, reminders] = await Promise.all([
    countVictimsBy(scope, "status"),
    countVictims(scope, { queue: "overdue" }),
    countVictims(scope, { queue: "dueWeek" }),
    countVictims(scope, { queue: "renew" }),
    countVictims(scope, { queue: "consent" }),
    countNotifications(scope),
    countReminders(scope),
  ]);
  const counts = new Map(byStatus.map((g) => [g.key, g.count]));
  return {
    byStatus: VICTIM_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    overdue,
    dueWeek,
    renew,
    consent,
    unread: bell.unread,
    reminders,
  };
}

/**
 * Coordinator and organisation administrator: the intake queue, caseload per worker, stalled
 * cases, what partners wait for, repatriations by status and overdue steps, free beds.
 */
export async function getCoordinatorHome(scope: Scope, options: { stalledDays?: number } = {}) {
  const stalledDays = options.stalledDays ?? DEFAULT_STALLED_DAYS;
  const [intake, stalled, caseload, workers, referrals, placements, repatriations, bell, shelters, reminders] =
    await Promise.all([
      countVictims(scope, { queue: "intake" }),
      countVictims(scope, { queue: "stalled", days: stalledDays }),
      countVictimsBy(scope, "assignedToId", { status: "ACTIVE" }),
      listAssignableWorkers(scope),
      listIncomingReferrals(scope),
      roleHas(scope.role, "shelters.residents.read")
        ? listPlacementRequests(scope)
        : Promise.resolve({ incoming: [], outgoing: [] }),
      countByStatus(scope, {}),
      countNotifications(scope),
      roleHas(scope.role, "shelters.residents.read") ? listShelters(scope) : Promise.resolve([]),
      countReminders(scope),
    ]);
  const load = new Map(caseload.map((g) => [g.key, g.count]));
  return {
    intake,
    stalled,
    stalledDays,
    // Every worker who may take a case, the idle ones too: they are who the queue goes to.
    caseload: workers.map((w) => ({ id: w.id, name: w.name, count: load.get(w.id) ?? 0 })),
    unassigned: load.get(null) ?? 0,
    referralsWaiting: referrals.filter((r) => r.status === "PENDING").length,
    placementsWaiting: placements.incoming.filter((r) => r.status === "PENDING").length,
    repatriations: Object.entries(repatriations).map(([status, count]) => ({ status, count: count ?? 0 })),
    overdueSteps: bell.overdueTasks,
    unread: bell.unread,
    freeBeds: shelters.filter((s) => s.active).reduce((sum, s) => sum + s.free, 0),
    shelterCount: shelters.filter((s) => s.active).length,
    reminders,
  };
}

/** Hotline operator: today's calls (the organisation's local day), callbacks due, own drafts. */
export async function getHotlineHome(scope: Scope, timeZone: string, now = new Date()) {
  const today = localDay(now, timeZone);
  const [todayCalls, callbacks, draft, incomplete] = await Promise.all([
    countHotlineCalls(scope, { from: today, to: today }, timeZone),
    listCallbackQueue(scope),
    getHotlineCallDraft(scope),
    countHotlineCalls(scope, { status: "INCOMPLETE", operator: scope.userId }, timeZone),
  ]);
  return {
    today,
    todayCalls,
    callbacksDue: callbacks.length,
    callbacksOverdue: callbacks.filter((c) => c.overdue).length,
    draftSavedAt: draft?.savedAt ?? null,
    incomplete,
  };
}

/** Shelter staff: the shelters they are assigned to, occupancy, arrivals and departures this week. */
export async function getShelterHome(scope: Scope, now = new Date()) {
  const shelters = await listShelters(scope);
  const ids = shelters.map((s) => s.id);
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const weekAhead = new Date(now.getTime() + 7 * DAY);
  // Stays of the actor's shelters only (listShelters already applied the shelter rule); counts, no one named.
  const db = dbFor(scope);
  const [arrivals, departed, leaving] = ids.length
    ? await Promise.all([
        db.shelterStay.groupBy({
          by: ["shelterId"],
          where: { shelterId: { in: ids }, admittedAt: { gte: weekAgo } },
          _count: { _all: true },
        }),
        db.shelterStay.groupBy({
          by: ["shelterId"],
          where: { shelterId: { in: ids }, dischargedAt: { gte: weekAgo } },
          _count: { _all: true },
        }),
        db.shelterStay.groupBy({
          by: ["shelterId"],
          where: { shelterId: { in: ids }, dischargedAt: null, plannedDischargeOn: { lt: weekAhead } },
          _count: { _all: true },
        }),
      ])
    : [[], [], []];
  const of = (rows: { shelterId: string; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.shelterId === id)?._count._all ?? 0;
  return shelters.map((s) => ({
    id: s.id,
    name: s.name,
    capacity: s.capacity,
    occupied: s.occupied,
    held: s.held,
    free: s.free,
    arrivals: of(arrivals, s.id),
    departed: of(departed, s.id),
    leaving: of(leaving, s.id),
  }));
}

/** Analyst: headline figures of the organisation, aggregates only. */
export async function getAnalystHome(scope: Scope, timeZone: string, now = new Date()) {
  const month = localDay(now, timeZone).slice(0, 7);
  const [calls, repatriations] = await Promise.all([getMonthFigures(scope, month), getRepatriationFigures(scope)]);
  return {
    month,
    callsThisMonth: calls?.total ?? 0,
    repatriationsOpen: repatriations?.open ?? 0,
    repatriationsStalled: repatriations?.stalled ?? 0,
    handedOver: repatriations?.handedOverCount ?? 0,
  };
}

/**
 * Network administrator: organisations, their members, and when a member of each was last seen
 * signed in (sessions, not records); never a case.
 */
export async function getNetworkHome(scope: Scope) {
  if (scope.role !== "NETWORK_ADMIN") return { organisations: [] };
  const { items } = await listOrganisations(scope, { limit: 100 });
  const ids = items.map((o) => o.id);
  const seen = ids.length
    ? await dbFor(scope).$queryRaw<{ organisation_id: string; last_seen: Date }[]>`
        SELECT m.organisation_id, max(s.last_seen_at) AS last_seen
        FROM memberships m JOIN sessions s ON s.user_id = m.user_id
        WHERE m.organisation_id = ANY(${ids}::uuid[])
        GROUP BY 1`
    : [];
  const last = new Map(seen.map((r) => [r.organisation_id, r.last_seen]));
  return {
    organisations: items.map((o) => ({
      id: o.id,
      name: o.name,
      countryCode: o.countryCode,
      active: o.active,
      members: o._count.memberships,
      lastActivity: last.get(o.id) ?? null,
    })),
  };
}

/**
 * For "My tasks": the follow-ups that keep lists of their own, counted with the same reads as
 * those lists (calls to call back, steps of returns home overdue on the organisation's side), so
 * the one page says everything that is due and where to do it.
 */
export async function getFollowUpsElsewhere(scope: Scope) {
  const [callbacks, bell] = await Promise.all([
    roleHas(scope.role, "hotline.calls.read") ? listCallbackQueue(scope) : Promise.resolve([]),
    countNotifications(scope),
  ]);
  return {
    callbacksDue: callbacks.length,
    callbacksOverdue: callbacks.filter((c) => c.overdue).length,
    returnStepsOverdue: bell.overdueTasks,
  };
}
