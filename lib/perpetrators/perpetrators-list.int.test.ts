// The perpetrators page (/perpetrators, /perpetrators/[id]) on real PostgreSQL: each role lists only
// the records the policy gives it, another organisation's records never appear, an analyst gets
// nothing and the page itself refuses them (404), and every list that shows names is audited
// with ids only.
import { describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: () => undefined,
  }),
}));
// The page's words come from next-intl's request config, which needs Next.js: keys stand for them.
vi.mock("next-intl/server", () => {
  const t = (key: string) => key;
  return { getTranslations: async () => t, getLocale: async () => "en" };
});
// The record's page holds client forms (a coordinator's contact request): they render with keys
// for words and no router, outside Next.js.
vi.mock("@/components/i18n/client-messages", () => ({
  ClientMessages: ({ children }: { children: unknown }) => children,
}));
vi.mock("next-intl", () => ({ useTranslations: () => (key: string) => key }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ push: () => undefined, refresh: () => undefined }),
}));

import { renderToStaticMarkup } from "react-dom/server";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { startSession } from "@/lib/auth/sessions";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { createSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";
import { getPerpetrator, listPerpetrators, listSituationsOfPerpetrator, PERPETRATOR_MATCH_LIMIT } from "./data";
import { createPerpetrator, linkPerpetratorToSituation } from "./mutations";
import { createPerpetratorSchema, listPerpetratorsQuerySchema } from "./schema";
import { isLimitMessage } from "@/components/situations/use-seen-before";
import PerpetratorsPage from "@/app/(app)/perpetrators/page";
import PerpetratorPage from "@/app/(app)/perpetrators/[id]/page";

type Role = Parameters<typeof scopeOf>[1];

async function member(organisationId: string, role: Role) {
  const user = await createUser({ organisationId, role: role as never });
  return { user, scope: scopeOf(user, role, organisationId) };
}

const record = (name: string, extra: Record<string, unknown> = {}) =>
  createPerpetratorSchema.parse({ name, roles: ["RECRUITER"], source: "VICTIM", ...extra });

const list = (scope: ReturnType<typeof scopeOf>, filters: Record<string, unknown> = {}) =>
  listPerpetrators(scope, listPerpetratorsQuerySchema.parse(filters));

const names = async (scope: ReturnType<typeof scopeOf>, filters: Record<string, unknown> = {}) =>
  (await list(scope, filters)).items.map((p) => p.name);

/** Signs the user in as the app would see the request (a session cookie), at `path`. */
async function signedIn(userId: string, path: string) {
  const sessionId = await startSession(userId);
  request.headers = new Headers({ "x-pathname": path, "x-request-id": crypto.randomUUID() });
  request.cookies = new Map([
    ["next-auth.session-token", await encode({ token: { sub: userId, sid: sessionId }, secret: env().AUTH_SECRET })],
  ]);
}

/** The status Next.js would answer with when a page throws notFound(), or null when it rendered. */
async function statusOf(render: () => Promise<unknown>): Promise<number | null> {
  try {
    await render();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return Number(digest.split(";")[1]);
    throw error;
  }
}

describe("the perpetrators list", () => {
  it("lists only what each role may see, newest first, by part played and kind, and never another organisation's", async () => {
    const org = await createOrganisation("perpetrators-list");
    const coordinator = await member(org.id, "COORDINATOR");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const worker = await member(org.id, "CASE_WORKER");
    const analyst = await member(org.id, "ANALYST");
    const tag = unique("list");
    const recruiter = await createPerpetrator(coordinator.scope, record(`Рустам Холматов ${tag}`));
    const agency = await createPerpetrator(
      operator.scope,
      record(`Agency Safar ${tag}`, { kind: "ORGANISATION", roles: ["BROKER", "TRANSPORTER"] }),
    );
    const elsewhere = await createOrganisation("perpetrators-list");
    const outsider = await member(elsewhere.id, "COORDINATOR");
    await createPerpetrator(outsider.scope, record(`Рустам Холматов elsewhere ${tag}`));

    expect(await names(coordinator.scope)).toEqual([`Agency Safar ${tag}`, `Рустам Холматов ${tag}`]);
    expect(await names(coordinator.scope, { role: "BROKER" })).toEqual([`Agency Safar ${tag}`]);
    expect(await names(coordinator.scope, { kind: "PERSON" })).toEqual([`Рустам Холматов ${tag}`]);
    expect(await names(coordinator.scope, { role: "RECRUITER", kind: "ORGANISATION" })).toEqual([]);
    // The operator sees what they recorded; the case worker nothing until a situation of theirs names one.
    expect(await names(operator.scope)).toEqual([`Agency Safar ${tag}`]);
    expect(await names(worker.scope)).toEqual([]);
    expect(await names(analyst.scope)).toEqual([]);
    // The other organisation sees its own record only, whatever the filter.
    expect(await names(outsider.scope)).toEqual([`Рустам Холматов elsewhere ${tag}`]);
    expect(await names(outsider.scope, { role: "BROKER" })).toEqual([]);

    // A situation in the worker's charge names the recruiter and the agency.
    const situation = await createSituation(
      coordinator.scope,
      createSituationSchema.parse({ countryCode: "RU", assignedToId: worker.user.id }),
    );
    await linkPerpetratorToSituation(coordinator.scope, situation.id, {
      perpetratorId: recruiter.id,
      role: "RECRUITER",
    });
    await linkPerpetratorToSituation(coordinator.scope, situation.id, { perpetratorId: agency.id });
    const seenByWorker = (await list(worker.scope)).items;
    expect(seenByWorker.map((p) => [p.name, p.situations])).toEqual([
      [`Agency Safar ${tag}`, 1],
      [`Рустам Холматов ${tag}`, 1],
    ]);
    // The operator does not see the coordinator's situation: the agency is in none of theirs.
    expect((await list(operator.scope)).items.map((p) => [p.id, p.situations])).toEqual([[agency.id, 0]]);
    expect(await listSituationsOfPerpetrator(operator.scope, agency.id)).toEqual([]);
    // The record's API answer names no situation the operator does not see either; it counts it.
    const asRead = await getPerpetrator(operator.scope, agency.id);
    expect([asRead?.situations, asRead?.situationsInAll]).toEqual([[], 1]);
    expect(await listSituationsOfPerpetrator(worker.scope, recruiter.id)).toEqual([
      { id: situation.id, reference: situation.reference, status: "OPEN", countryCode: "RU", role: "RECRUITER" },
    ]);
    expect(await listSituationsOfPerpetrator(outsider.scope, recruiter.id)).toEqual([]);
    expect(asJson(await list(outsider.scope))).not.toContain(`Рустам Холматов ${tag}`);
    expect(asJson(await list(outsider.scope))).not.toContain("Agency Safar");
    expect((await list(outsider.scope)).items.map((p) => p.id)).not.toContain(recruiter.id);
  });

  it("pages newest first with the keyset cursor", async () => {
    const org = await createOrganisation("perpetrators-list");
    const coordinator = await member(org.id, "COORDINATOR");
    const made: string[] = [];
    for (const n of [1, 2, 3]) made.push((await createPerpetrator(coordinator.scope, record(`Broker ${n}`))).id);
    const first = await list(coordinator.scope, { limit: 2 });
    expect(first.items.map((p) => p.id)).toEqual([made[2], made[1]]);
    const second = await list(coordinator.scope, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((p) => p.id)).toEqual([made[0]]);
    expect(second.nextCursor).toBeNull();
  });

  it("audits each list that shows names, with the records' ids and never their names", async () => {
    const org = await createOrganisation("perpetrators-list");
    const coordinator = await member(org.id, "COORDINATOR");
    const analyst = await member(org.id, "ANALYST");
    const { id } = await createPerpetrator(coordinator.scope, record("Шерзод Назаров"));
    await list(coordinator.scope);
    await list(analyst.scope);
    const events = await db.auditEvent.findMany({
      where: { action: "perpetrator.list", actorUserId: { in: [coordinator.user.id, analyst.user.id] } },
    });
    expect(events.map((e) => [e.actorUserId, e.details])).toEqual([[coordinator.user.id, { perpetratorIds: [id] }]]);
    expect(asJson(events)).not.toMatch(/Назаров|Nazarov/);
  });
});

describe("the perpetrators pages", () => {
  it("refuse an analyst (404, on the trail) and show a coordinator only their organisation's records", async () => {
    const org = await createOrganisation("perpetrators-page");
    const coordinator = await member(org.id, "COORDINATOR");
    const analyst = await member(org.id, "ANALYST");
    const { id } = await createPerpetrator(
      coordinator.scope,
      record("Ойбек Турсунов", { notes: "Meets men at Qarshi station." }),
    );
    const elsewhere = await createOrganisation("perpetrators-page");
    const outsider = await member(elsewhere.id, "COORDINATOR");
    const theirs = await createPerpetrator(outsider.scope, record("Ойбек Турсунов-Чужой"));

    await signedIn(analyst.user.id, "/perpetrators");
    expect(await statusOf(() => PerpetratorsPage({ searchParams: Promise.resolve({}) }))).toBe(404);
    await signedIn(analyst.user.id, `/perpetrators/${id}`);
    expect(await statusOf(() => PerpetratorPage({ params: Promise.resolve({ id }) }))).toBe(404);
    expect(
      await db.auditEvent.count({ where: { action: "auth.denied", actorUserId: analyst.user.id } }),
    ).toBeGreaterThanOrEqual(2);

    await signedIn(coordinator.user.id, "/perpetrators");
    const listed = renderToStaticMarkup(
      await PerpetratorsPage({ searchParams: Promise.resolve({ role: "RECRUITER" }) }),
    );
    expect(listed).toContain("Ойбек Турсунов");
    expect(listed).toContain(`href="/perpetrators/${id}"`);
    expect(listed).not.toContain("Чужой");
    const shown = renderToStaticMarkup(await PerpetratorPage({ params: Promise.resolve({ id }) }));
    expect(shown).toContain("Meets men at Qarshi station.");
    // Another organisation's record, asked for by id, reads as not found.
    await signedIn(coordinator.user.id, `/perpetrators/${theirs.id}`);
    expect(await statusOf(() => PerpetratorPage({ params: Promise.resolve({ id: theirs.id }) }))).toBe(404);
  });
});

describe("seen before, as one types", () => {
  it("stops asking by itself on the message the server answers past the hourly limit", () => {
    // components/situations/use-seen-before.ts recognises the limit by its message key.
    expect(isLimitMessage(PERPETRATOR_MATCH_LIMIT.messageKey)).toBe(true);
    expect(isLimitMessage("errors.unexpected")).toBe(false);
  });
});
