// Situations in the browser: a hotline operator records one from what a caller reports, the
// coordinator sees it with its people and figures, and nobody outside the organisation finds it.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createCallIn, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("an operator records a situation; the coordinator sees its people and adds to its timeline; an outsider gets 404", async ({
  page,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // two roles, two calls, a form, four pages
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const operator = await createUserIn("Safe Return Tashkent", "HOTLINE_OPERATOR");
  const coordinator = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const place = `kiln ${crypto.randomUUID().slice(0, 6)}`;

  const call = await createCallIn("Safe Return Tashkent", operator.id, {
    summary: "A mother says her son and eleven men from Kasbi are held at a brick kiln near Moscow.",
  });

  await signIn(page, operator.email, E2E_PASSWORD);
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Situations" }),
  ).toBeVisible();
  await page.goto(`/hotline/${call.id}`);
  await expect(page.getByText("This call is not part of any situation yet.")).toBeVisible();
  await page.getByRole("link", { name: "Record a new situation from this call" }).click();
  await expect(page.getByText("The call you came from will be linked to it.")).toBeVisible();
  await page.getByLabel("Country").selectOption("RU");
  await page.getByLabel("Region").selectOption({ label: "Moscow Oblast" });
  await page.getByLabel("People believed involved").fill("12");
  await page.getByLabel("Since").fill("2026-06-01");
  await page.getByLabel("Until").fill("2026-05-01");
  await page.getByRole("button", { name: "Record a situation" }).click();
  // An end before the start is refused in place; nothing typed is lost.
  await expect(page.getByText("The end is before the start.")).toBeVisible();
  await expect(page.getByLabel("People believed involved")).toHaveValue("12");
  await page.getByLabel("Until").fill("");
  await page.getByLabel("Place").fill(place);
  await page.getByRole("checkbox", { name: "Forced labour" }).check();
  await page.getByLabel("What is known").fill("Twelve men from one village; the recruiter is a neighbour.");
  await page.getByRole("button", { name: "Record a situation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Situation .+-S-\d{4}-\d{4}/);
  const url = page.url();
  const situationId = url.split("/").at(-1)!;
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Situation ", "").trim();
  await expect(page.getByTestId("situation-calls").getByRole("link")).toHaveCount(1);

  // A second call about the same kiln is attached from its own page.
  const second = await createCallIn("Safe Return Tashkent", operator.id, { summary: "Another family calls." });
  await page.goto(`/hotline/${second.id}`);
  await page.getByLabel("Attach to a situation").selectOption(situationId);
  await page.getByRole("button", { name: "Attach the call" }).click();
  await expect(page.getByTestId("call-situations")).toContainText(reference);
  await page.goto(url);
  await expect(page.getByTestId("situation-calls").getByRole("link")).toHaveCount(2);
  await expect(page.getByTestId("situation-details")).toContainText(place);
  await expect(page.getByTestId("situation-details")).toContainText("Moscow Oblast");
  await expect(page.getByTestId("situation-figures")).toContainText("Nobody identified yet");

  // Two of the men, registered by the coordinator and linked to the situation.
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const registered: { id: string; caseNumber: string }[] = [];
  for (const givenName of ["Anvar", "Bobur"]) {
    const person = await api.post("/api/v1/victims", {
      data: {
        givenName,
        familyName: "Brigadov",
        sex: "MALE",
        estimatedAge: 30,
        identifiedOn: "2026-11-20",
        identifiedBy: "HOTLINE",
      },
    });
    expect(person.status()).toBe(201);
    registered.push(await person.json());
  }
  // One through the API; the other by case number on the situation's page (below).
  const linked = await api.post(`/api/v1/situations/${situationId}/people`, {
    data: { victimId: registered[0]!.id },
  });
  expect(linked.status()).toBe(200);
  await api.dispose();

  await page.context().clearCookies();
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(url);
  await expect(page.getByTestId("situation-people")).toContainText("Anvar Brigadov");
  await page.getByLabel("Case number").fill("NOPE-2026-1");
  await page.getByRole("button", { name: "Link the person" }).click();
  await expect(page.getByText("Choose a person.")).toBeVisible();
  await page.getByLabel("Case number").fill(registered[1]!.caseNumber.toLowerCase());
  await page.getByRole("button", { name: "Link the person" }).click();
  await expect(page.getByText("The person is linked to the situation.")).toBeVisible();
  await expect(page.getByTestId("situation-people")).toContainText("Bobur Brigadov");
  await page.goto("/situations");
  await expect(page.getByTestId("situations-table")).toContainText("2 of about 12");
  await page.goto(url);
  await expect(page.getByTestId("situation-figures")).toContainText("2 people identified");
  await page.getByLabel("Note").fill("The recruiter called the families again.");
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.getByText("The note is on the timeline.")).toBeVisible();
  await expect(page.getByTestId("situation-notes")).toContainText("The recruiter called the families again.");
  // The recruiter: the demo network's Tashkent and Moscow recorded him before (prisma/demo-situations.ts).
  await page.locator("summary", { hasText: "Record a perpetrator" }).click();
  await page.getByLabel("Name (any script)").fill("Rustam Kholmatov");
  await page.getByLabel("Phone").fill("+998 (90) 311-45-27");
  await page.getByRole("button", { name: "Seen before?" }).click();
  await expect(page.getByTestId("seen-before")).toContainText(/Your organisation recorded before: .*Рустам Холматов/);
  await expect(page.getByTestId("seen-before")).toContainText("Also recorded by 1 other organisation.");
  await expect(page.getByTestId("seen-before")).not.toContainText("Moscow");
  await page.getByRole("button", { name: "Record a perpetrator" }).click();
  await expect(page.getByText("The perpetrator is recorded and linked to the situation.")).toBeVisible();
  await expect(page.getByTestId("situation-perpetrator-list")).toContainText("Rustam Kholmatov · Recruiter");

  // The person's page names the situation they are in.
  await page.getByTestId("situation-people").getByRole("link").first().click();
  await expect(page.getByTestId("person-situations")).toContainText(reference);

  checkConsole();
  checkServerErrors();

  // Another organisation's coordinator, in a browser of their own: 404 and nothing of it.
  const outsider = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const elsewhere = await (await browser.newContext({ baseURL })).newPage();
  await signIn(elsewhere, outsider.email, E2E_PASSWORD);
  expect((await elsewhere.goto(url))?.status()).toBe(404);
  expect(await elsewhere.content()).not.toContain(place);
  await elsewhere.context().close();
});
