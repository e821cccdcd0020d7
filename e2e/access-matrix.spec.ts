// The access matrix: every page, route handler and server action of the built app,
// asked by every role of the organisation that owns a set of records, by a partner organisation
// the owner shared a record with, by a partner without a grant, by an organisation in another
// country, by the network administrator and by nobody. Each answer must be the one the registry
// states, and no answer may carry a record's data to anyone who may not see it.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PERMISSIONS } from "../lib/roles/permissions";
import { ACTORS, ROLE_OF, type ActorKey } from "./access/actors";
import { RULES, type Records } from "./access/registry";
import { ACTION_RULES } from "./access/actions";
import { allowed, buildWorld, MAY_SEE, SECRETS } from "./access/world";

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

/** Route files under app/, as routes (route groups removed). */
function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const route =
          "/" +
          path
            .relative("app", path.dirname(full))
            .split(path.sep)
            .filter((s) => !/^\(.*\)$/.test(s))
            .join("/");
        found.push(route === "/" ? "/" : route.replace(/\/$/, ""));
      }
    }
  };
  walk("app");
  return found.sort();
}

const contexts = new Map<ActorKey, APIRequestContext>();
let records: Records;

test.beforeAll(async ({ playwright }) => {
  const world = await buildWorld(playwright);
  records = world.records;
  for (const [actor, context] of world.contexts) contexts.set(actor, context);
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function checkSecrets(actor: ActorKey, where: string, body: string, leaks: string[]) {
  for (const [name, value] of Object.entries(SECRETS) as [keyof typeof SECRETS, string][]) {
    if (body.includes(value) && !MAY_SEE[name].includes(actor)) leaks.push(`${actor} saw the ${name} at ${where}`);
  }
}

test("every page and route handler is in the matrix", () => {
  const listed = new Set(RULES.map((r) => r.route));
  expect(
    appRoutes().filter((route) => !listed.has(route)),
    "routes without an access rule",
  ).toEqual([]);
});

test("every page and route handler answers each actor as the matrix says, and leaks nothing", async () => {
  const wrong: string[] = [];
  const leaks: string[] = [];
  for (const rule of RULES) {
    const url = rule.url(records);
    for (const actor of ACTORS) {
      const context = contexts.get(actor)!;
      const response = await context.fetch(url, {
        method: rule.method,
        maxRedirects: 0,
        ...(rule.multipart ? { multipart: rule.multipart(records) } : rule.body ? { data: rule.body(records) } : {}),
      });
      const status = response.status();
      const body = await response.text();
      checkSecrets(actor, `${rule.method} ${url}`, body, leaks);
      const may = allowed(rule, actor);
      const signInRedirect =
        status >= 300 && status < 400 && (response.headers()["location"] ?? "").includes("/sign-in");
      let ok: boolean;
      if (rule.allow === "signedOut") ok = may ? status === 200 : status >= 300 && status < 400;
      else if (rule.allow === "nobody") ok = status === 404;
      else if (rule.method !== "GET")
        ok = may ? status !== 404 && status < 500 : actor === "anonymous" ? status === 401 : status === 404;
      else if (may) ok = status === 200;
      else if (actor === "anonymous") ok = rule.kind === "page" ? signInRedirect : status === 401;
      else ok = status === 404;
      if (!ok)
        wrong.push(`${rule.method} ${rule.route} as ${actor}: ${status} (expected ${may ? "allowed" : "refused"})`);
    }
  }
  expect(leaks, "record data in answers to actors who may not see it").toEqual([]);
  expect(wrong, "answers that differ from the matrix").toEqual([]);
});

test("every server action refuses a caller without a session, and an outsider's use of the owner's records", async () => {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  const actions = Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    worker: Object.keys(entry.workers)[0]!,
  }));
  expect(
    actions
      .map((a) => a.name)
      .filter((name) => !(name in ACTION_RULES))
      .sort(),
    "server actions without a rule",
  ).toEqual([]);
  const call = (actor: ActorKey, action: (typeof actions)[number], args: unknown[]) => {
    // POST to a page that uses the action, with Next.js's action header (what the browser sends).
    const page =
      "/" +
      action.worker
        .replace(/^app\//, "")
        .replace(/\/page$/, "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/")
        .replace(/\[[^\]]+\]/g, records.victimId);
    return contexts.get(actor)!.post(page.replace(/\/$/, "") || "/", {
      headers: { "next-action": action.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(args),
      maxRedirects: 0,
    });
  };
  const wrong: string[] = [];
  const leaks: string[] = [];
  for (const action of actions) {
    const rule = ACTION_RULES[action.name]!;
    if (!rule.public) {
      const response = await call("anonymous", action, rule.probe ? rule.probe(records) : [{}]);
      const body = await response.text();
      checkSecrets("anonymous", action.name, body, leaks);
      const redirected =
        (response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "").includes("/sign-in") ||
        body.includes("/sign-in");
      if (!redirected || body.includes('"ok":true'))
        wrong.push(`${action.name} without a session: ${response.status()}`);
    }
    if (rule.probe) {
      for (const outsider of ["ungranted", "foreign"] as const) {
        const response = await call(outsider, action, rule.probe(records));
        const body = await response.text();
        checkSecrets(outsider, action.name, body, leaks);
        const refused =
          !body.includes('"ok":true') &&
          (body.includes("errors.NOT_FOUND") ||
            body.includes('"victimId":"errors.chooseAPerson"') ||
            response.status() === 404 ||
            body.includes("NEXT_HTTP_ERROR_FALLBACK;404") ||
            body.includes("NEXT_NOT_FOUND"));
        if (!refused) wrong.push(`${action.name} by ${outsider}: ${response.status()} ${body.slice(0, 200)}`);
      }
    }
  }
  expect(leaks).toEqual([]);
  expect(wrong, "actions that did not refuse").toEqual([]);
  // Nothing the outsiders tried took effect.
  const owner = contexts.get("coordinator")!;
  const repatriation = await (await owner.get(`/api/v1/repatriations/${records.repatriationId}`)).json();
  expect(repatriation.status).toBe("REQUESTED");
  const messages = await (await owner.get(`/api/v1/repatriations/${records.repatriationId}/messages`)).json();
  expect(messages.items.map((m: { text: string }) => m.text)).toEqual([SECRETS.message]);
  const victim = await (await owner.get(`/api/v1/victims/${records.victimId}`)).json();
  expect(victim).toMatchObject({ status: "ACTIVE", narrative: SECRETS.narrative });
  const counterpart = await (await owner.get(`/api/v1/counterparts/${records.counterpartId}`)).json();
  expect(counterpart).toMatchObject({ active: true, version: 1, contactPerson: SECRETS.counterpart });
  const reintegration = await (
    await owner.get(`/api/v1/repatriations/${records.aloneRepatriationId}/reintegration`)
  ).json();
  expect(reintegration.flags).toEqual({
    remigratedOn: null,
    retraffickedOn: null,
    retraffickedSituationId: null,
    lostContactOn: null,
  });
  expect(reintegration.followUps).toEqual([]);
  expect(reintegration.assistance.map((a: { type: string }) => a.type)).not.toContain("FAMILY_MEDIATION");
  expect(reintegration.assistance.find((a: { id: string }) => a.id === records.assistanceId)).toMatchObject({
    type: "MICRO_GRANT",
    status: "PLANNED",
    amount: "500.00",
    version: 1,
  });
});

// Keeps the permission table and the matrix's roles in step (a new role needs its own actor).
test("the matrix covers every role of an organisation", () => {
  const roles = new Set(Object.values(PERMISSIONS).flat());
  for (const role of Object.values(ROLE_OF)) roles.delete(role);
  roles.delete("NETWORK_ADMIN");
  expect([...roles]).toEqual([]);
});
