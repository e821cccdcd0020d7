// Issue 20: an analyst filters the figures for a quarter, reads them on screen and in the workbook
// (no person in either), on a phone too; a role without figures gets 404 for the page and the file.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import {
  countAuditEvents,
  createOrganisationWithUser,
  createPeopleIn,
  createUserIn,
  E2E_PASSWORD,
  unique,
} from "./fixtures/factories";

test("an analyst filters the figures for Q3 and downloads the workbook", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const { organisation, user: analyst } = await createOrganisationWithUser("KZ", "ANALYST");
  const name = unique("Aigerim");
  const q3 = (n: number, sex: "FEMALE" | "MALE", estimatedAge: number) =>
    Array.from({ length: n }, (_, i) => ({
      identifiedOn: `2025-0${7 + (i % 3)}-1${i % 10}`,
      sex,
      estimatedAge,
      citizenships: ["UZ"],
    }));
  await createPeopleIn(organisation.id, analyst.id, name, [
    ...q3(12, "FEMALE", 25),
    ...q3(3, "MALE", 40),
    // Identified after the quarter: not in its figures.
    { identifiedOn: "2025-10-02", sex: "MALE", estimatedAge: 30, citizenships: ["TJ"] },
  ]);
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Reports" }).click();
  await page.getByRole("link", { name: /Figures by period/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Figures" })).toBeVisible();
  // Back to last year, then its third quarter.
  await page.getByRole("navigation", { name: "Choose the period" }).getByRole("link", { name: "← 2025" }).click();
  await page.getByRole("link", { name: "Q3 2025" }).click();
  await expect(page.getByTestId("figures-period")).toContainText("From Jul 1, 2025 to Sep 30, 2025");
  await expect(page.getByTestId("total-sex")).toHaveText("15");
  const sex = page.getByTestId("figures-sex");
  await expect(sex.getByRole("row", { name: /Female/ })).toContainText("12");
  await expect(page.getByTestId("figures-ageBand").getByRole("row", { name: /24-26 years/ })).toContainText("12");

  // A filter narrows every table.
  await page.getByLabel("Sex", { exact: true }).selectOption("MALE");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("total-ageBand")).toHaveText("3");
  await expect(page.getByTestId("figures-period")).toContainText("Sex: Male");
  await page.getByLabel("Sex", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("total-sex")).toHaveText("15");

  const downloading = page.waitForEvent("download");
  await page.getByText("Download every table of this page:").getByRole("link", { name: "XLSX" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("tumar-people-2025-07-01-2025-09-30.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("People assisted by sex");
  const rows = sheet
    ?.getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1, 3));
  expect(rows).toEqual([
    ["People assisted by sex", "People"],
    ["Female", 12],
    ["Male", 3],
    ["Total", 15],
  ]);
  // Counts and names of categories: nobody's name in any sheet.
  const text = workbook.worksheets.flatMap((s) => s.getSheetValues().flat().map(String)).join(" ");
  expect(text).not.toContain(name);
  expect(text).toContain(organisation.name);
  expect(await countAuditEvents(analyst.id, "reports.figures.export")).toBe(1);

  // On a phone, the same page fits the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  checkServerErrors();
});

test("a case worker gets 404 for the figures and their files", async ({ page }) => {
  const worker = await createUserIn("Safe Return Tashkent", "CASE_WORKER");
  await signIn(page, worker.email, E2E_PASSWORD);
  expect((await page.goto("/reports/figures/people"))?.status()).toBe(404);
  const file = await page.request.get("/reports/figures/people/export?format=xlsx");
  expect(file.status()).toBe(404);
  expect(await file.text()).not.toContain("sheet");
});

test("a coordinator's period report hides small numbers, on screen and in the workbook", async ({ page }) => {
  const { organisation, user: coordinator } = await createOrganisationWithUser("KZ", "COORDINATOR");
  await createPeopleIn(organisation.id, coordinator.id, unique("Dana"), [
    ...Array.from({ length: 12 }, () => ({
      identifiedOn: "2025-08-01",
      sex: "FEMALE" as const,
      estimatedAge: 25,
      citizenships: ["UZ"],
    })),
    ...Array.from({ length: 3 }, () => ({
      identifiedOn: "2025-08-02",
      sex: "MALE" as const,
      estimatedAge: 25,
      citizenships: ["UZ"],
    })),
  ]);
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto("/reports");
  await page.getByRole("link", { name: /Period report for a quarter or a year/ }).click();
  await page.getByRole("link", { name: "← 2025" }).click();
  await page.getByRole("link", { name: "Q3 2025" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report for Q3 2025");
  const sex = page.getByTestId("figures-sex");
  await expect(sex.getByRole("row", { name: /Male/ }).first()).toContainText("fewer than 10");
  await expect(sex.getByRole("row", { name: /Female/ })).toContainText("withheld");
  await expect(page.getByTestId("total-sex")).toHaveText("15");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the report (XLSX)" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await downloading).path());
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    "About these figures",
    "People assisted",
    "Services",
    "Hotline calls",
    "Shelters",
    "Returns home",
  ]);
  const people = workbook
    .getWorksheet("People assisted")!
    .getSheetValues()
    .map((row) => (row as unknown[])?.slice(1, 3));
  expect(people).toContainEqual(["Male", "fewer than 10"]);
  expect(people).toContainEqual(["Female", "withheld"]);
});

test("an analyst takes the anonymised file: the report of what was left out, codes only", async ({ page }) => {
  const { organisation, user: analyst } = await createOrganisationWithUser("KZ", "ANALYST");
  const name = unique("Madina");
  await createPeopleIn(
    organisation.id,
    analyst.id,
    name,
    Array.from({ length: 30 }, () => ({
      identifiedOn: "2024-05-01",
      sex: "FEMALE" as const,
      estimatedAge: 30,
      citizenships: ["TJ"],
    })),
  );
  // One more, alone in his class: left out (within the 5 % budget) rather than generalise everyone.
  await createPeopleIn(organisation.id, analyst.id, name, [
    { identifiedOn: "2019-05-01", sex: "MALE", estimatedAge: 60, citizenships: ["AF"] },
  ]);
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.goto("/reports");
  await page.getByRole("link", { name: /Anonymised case-level data/ }).click();
  const report = page.getByTestId("anonymisation-report");
  await expect(report.getByRole("row", { name: "People selected" })).toContainText("31");
  await expect(report.getByRole("row", { name: "People in the file" })).toContainText("30");
  await expect(report.getByRole("row", { name: /People left out/ })).toContainText("1");
  const file = await page.request.get("/reports/anonymised/export?format=csv");
  const lines = (await file.text()).trim().split("\r\n");
  expect(lines[0]).toMatch(/^yearOfRegistration,gender,ageBroad,majorityStatus,citizenship,CountryOfExploitation,/);
  expect(lines).toHaveLength(31);
  expect(lines.slice(1).every((line) => line.startsWith("2024,Female,30-38,Adult,TJ,"))).toBe(true);
  expect(lines.join("\n")).not.toContain(name);
  expect(await countAuditEvents(analyst.id, "reports.anonymised.export")).toBe(1);
});
