// WCAG 2.2 AA, checked by axe-core in a real browser on every page of the app, as every role sees
// it: each role of the organisation that owns a set of records (so its pages show real records),
// the partner it shared a person with, the network administrator, and nobody signed in. Every
// disclosure (<details>) is opened first, so the forms folded inside are checked too. A serious
// or critical violation fails the test, named by page, role and rule; so does a chart drawn as a
// picture without a table of its figures beside it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ActorKey } from "./access/actors";
import { RULES, type Records } from "./access/registry";
import { allowed, buildWorld } from "./access/world";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const ROLES: readonly ActorKey[] = [
  "anonymous",
  "admin",
  "coordinator",
  "caseworker",
  "hotline",
  "shelter",
  "analyst",
  "granted",
  "network",
];

test.describe.configure({ mode: "parallel" });

/** The violations axe finds on the page as it stands, serious and critical only. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

/** Charts drawn as pictures whose figures no table beside them gives (each needs a table alternative). */
async function chartsWithoutTable(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("svg[role='img']")]
      .filter((chart) => {
        // The table may be the figure's own or its section's (the month's chart and its days' table).
        for (
          let box = chart.closest("figure, section, .card");
          box;
          box = box.parentElement?.closest("figure, section, .card") ?? null
        )
          if (box.querySelector("table")) return false;
        return true;
      })
      .map((chart) => chart.getAttribute("aria-label") ?? "an unnamed chart"),
  );
}

async function openDisclosures(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

let world: Awaited<ReturnType<typeof buildWorld>> | null = null;

async function browserContextOf(browser: Browser, actor: ActorKey) {
  const state = await world!.contexts.get(actor)!.storageState();
  return browser.newContext({ storageState: state });
}

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(120_000);
  world = await buildWorld(playwright);
});

test.afterAll(async () => {
  for (const context of world?.contexts.values() ?? []) await context.dispose();
});

for (const actor of ROLES) {
  test(`every page ${actor === "anonymous" ? "a visitor" : `the ${actor}`} may open meets WCAG 2.2 AA`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const context = await browserContextOf(browser, actor);
    const page = await context.newPage();
    const records: Records = world!.records;
    const pages = RULES.filter(
      (rule) => rule.kind === "page" && rule.method === "GET" && rule.allow !== "nobody" && allowed(rule, actor),
    );
    expect(pages.length).toBeGreaterThan(actor === "anonymous" ? 1 : 4);
    const found: string[] = [];
    for (const rule of pages) {
      const url = rule.url(records);
      const response = await page.goto(url);
      expect(response?.status(), `${url} as ${actor}`).toBe(200);
      await openDisclosures(page);
      for (const violation of await seriousViolations(page)) found.push(`${rule.route} as ${actor}: ${violation}`);
      for (const chart of await chartsWithoutTable(page))
        found.push(`${rule.route} as ${actor}: the chart "${chart}" has no table of its figures`);
    }
    await context.close();
    expect(found, "serious or critical WCAG violations").toEqual([]);
  });
}
