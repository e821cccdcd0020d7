import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { addMembership, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("someone working for two organisations acts for one at a time, with that organisation's role", async ({
  page,
}) => {
  const user = await createUserIn("Safe Return Tashkent", "CASE_WORKER");
  await addMembership(user.id, "Almaty Crisis Centre", "ORG_ADMIN");
  await signIn(page, user.email, E2E_PASSWORD);
  const nav = page.getByRole("navigation", { name: "Main navigation" });

  await expect(page.getByTestId("current-organisation")).toContainText("Safe Return Tashkent");
  await expect(page.getByTestId("current-role")).toHaveText("Case worker");
  await expect(nav.getByRole("link")).toHaveText([
    "Home",
    "Victims",
    "Tasks",
    "Repatriations",
    "Shelters",
    "Situations",
    "Perpetrators",
    "Settings",
  ]);

  await page.getByLabel("Acting for").selectOption({ label: "Almaty Crisis Centre (Organisation administrator)" });
  await expect(page.getByTestId("current-organisation")).toContainText("Almaty Crisis Centre");
  await expect(page.getByTestId("current-role")).toHaveText("Organisation administrator");
  await expect(nav.getByRole("link")).toHaveText([
    "Home",
    "Victims",
    "Tasks",
    "Repatriations",
    "Shelters",
    "Hotline",
    "Situations",
    "Perpetrators",
    "Reports",
    "Members",
    "Audit trail",
    "Settings",
  ]);
  await nav.getByRole("link", { name: "Members" }).click();
  // Other tests add members to Almaty too: search rather than expect them on the first page.
  await page.getByLabel("Search").fill("admin@");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("cell", { name: "admin@almaty.demo" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "admin@tashkent.demo" })).toHaveCount(0);
});
