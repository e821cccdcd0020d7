//, "Lists": at desktop width each row of a main list reads on one line, so a screen of
// calls or people can be scanned down one column. A cell that wraps (a long name, a date split
// over two lines, a second line of Latin spelling) makes the row taller than one line of its text.
import { expect, test, type Page } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";

test.use({ viewport: { width: 1280, height: 900 } });

const LISTS: { account: string; path: string }[] = [
  { account: "coordinator@tashkent.demo", path: "/hotline" },
  { account: "coordinator@tashkent.demo", path: "/victims" },
  { account: "coordinator@tashkent.demo", path: "/repatriations" },
  { account: "admin@tashkent.demo", path: "/admin/members" },
  { account: "admin@tashkent.demo", path: "/admin/audit" },
  { account: "admin@network.demo", path: "/network/organisations" },
];

/** Rows taller than one line of their own text: [first cell's text, height, one line's height]. */
async function tallRows(page: Page) {
  return page.locator("table.list").evaluateAll((tables) =>
    tables.flatMap((table) =>
      // A search snippet is a second row of its call, meant to wrap.
      [...table.querySelectorAll("tbody tr:not(.snippet-row)")].flatMap((row) => {
        const cells = [...row.querySelectorAll("td")];
        if (cells.length === 0) return [];
        const style = getComputedStyle(cells[0]!);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        const height = row.getBoundingClientRect().height;
        if (height === 0) return []; // folded away (a closed <details>)
        // Badges and buttons in a cell are a little taller than text: a third of a line of slack.
        return height > line * 1.34 + padding + 2
          ? [[cells[0]!.textContent?.trim().slice(0, 40), Math.round(height), Math.round(line + padding)]]
          : [];
      }),
    ),
  );
}

for (const { account, path } of LISTS) {
  test(`${path}: one line per row at desktop width`, async ({ page }) => {
    const checkServerErrors = failOnServerErrors(page);
    await signIn(page, account);
    await page.goto(path);
    await expect(page.locator("table.list tbody tr:visible").first()).toBeVisible();
    const tall = await tallRows(page);
    expect(tall).toEqual([]);
    checkServerErrors();
  });
}
