// Issue 21, the person's own language: each consent sheet in each language prints on one A4 page
// in large type, has a read-aloud version with questions that check understanding, and recording
// a consent keeps the sheet's language and the version of its text.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { CONSENT_KINDS } from "../lib/vocabulary/consents";
import { LOCALES } from "../lib/i18n/locales";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createOrganisationWithUser, createPeopleIn, E2E_PASSWORD, unique } from "./fixtures/factories";

const VERSIONS = JSON.parse(fs.readFileSync("lib/sheets/versions.json", "utf8")) as Record<
  string,
  Record<string, { version: number }>
>;
const texts = (language: string) => JSON.parse(fs.readFileSync(`lib/sheets/texts/${language}.json`, "utf8"));
const slug = (kind: string) => kind.toLowerCase().replace(/_/g, "-");
/** Pages of a PDF: its page objects (not the /Pages tree). */
const pagesOf = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test("every consent sheet prints on one A4 page, in every language, naming the organisation", async ({ page }) => {
  test.setTimeout(180_000);
  const checkServerErrors = failOnServerErrors(page);
  const { organisation, user } = await createOrganisationWithUser("KG", "CASE_WORKER");
  await signIn(page, user.email, E2E_PASSWORD);
  const tooLong: string[] = [];
  for (const language of LOCALES) {
    for (const kind of CONSENT_KINDS) {
      await page.goto(`/consent-sheets/${slug(kind)}/${language}`);
      const sheet = page.getByTestId("consent-sheet");
      await expect(sheet).toHaveAttribute("lang", language);
      const title = texts(language).consent[kind].title.replace("{organisation}", organisation.name);
      await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(sheet).toContainText(`${kind}/${language}/${VERSIONS[kind]![language]!.version}`);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
      if (pagesOf(pdf) !== 1) tooLong.push(`${kind}/${language}: ${pagesOf(pdf)} pages`);
    }
  }
  expect(tooLong, "sheets that do not fit one A4 page").toEqual([]);

  // The print hides the application around the sheet; the type stays large (13pt and more).
  await page.emulateMedia({ media: "print" });
  await page.goto(`/consent-sheets/authority-report/tg`);
  await expect(page.locator(".sidebar")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const size = await page
    .getByTestId("consent-sheet")
    .locator("p")
    .nth(1)
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(17); // 13pt = 17.3px
  checkServerErrors();
});

test("the read-aloud version asks after each part whether it was understood", async ({ page }) => {
  const { user } = await createOrganisationWithUser("UZ", "HOTLINE_OPERATOR");
  await signIn(page, user.email, E2E_PASSWORD);
  await page.goto("/consent-sheets");
  await page
    .getByRole("row", { name: /Ўзбекча/ })
    .getByRole("link", { name: /Read aloud Returning home/ })
    .click();
  await expect(page).toHaveURL(/\/consent-sheets\/return\/uz-Cyrl\/read-aloud$/);
  const script = page.getByTestId("read-aloud");
  await expect(script).toHaveAttribute("lang", "uz-Cyrl");
  const parts = texts("uz-Cyrl").consent.RETURN.readAloud as string[];
  await expect(script.locator("ol > li")).toHaveCount(parts.length);
  const questions = parts.flatMap((part) => [...part.matchAll(/\*([^*]+)\*/g)].map((m) => m[1]!));
  expect(questions.length).toBeGreaterThanOrEqual(3);
  await expect(script.locator("em")).toHaveText(questions);
  // The same script in another language, one link away.
  await page
    .getByRole("navigation", { name: "This sheet in other languages" })
    .getByRole("link", { name: "Тоҷикӣ" })
    .click();
  await expect(page).toHaveURL(/\/consent-sheets\/return\/tg\/read-aloud$/);
  await expect(page.getByTestId("read-aloud")).toHaveAttribute("lang", "tg");
});

test("an unknown sheet or language is not found", async ({ page }) => {
  const { user } = await createOrganisationWithUser("KZ", "SHELTER_STAFF");
  await signIn(page, user.email, E2E_PASSWORD);
  for (const path of ["/consent-sheets/marriage/ru", "/consent-sheets/services/de", "/information-sheets/visa/kk"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("recording a consent keeps the language and version of the sheet the person read", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const { organisation, user } = await createOrganisationWithUser("UZ", "COORDINATOR");
  const [person] = await createPeopleIn(organisation.id, user.id, unique("Dilorom"), [
    { identifiedOn: "2026-03-01", sex: "FEMALE", estimatedAge: 52, citizenships: ["UZ"] },
  ]);
  await signIn(page, user.email, E2E_PASSWORD);
  await page.goto(`/victims/${person!.id}?add=consent#consent`);
  const consent = page.getByTestId("section-consent");
  await consent.getByLabel("Consent to").selectOption("FAMILY_TRACING");
  // Without the sheet's language the consent is not recorded, and the form says why.
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByText("Choose the language of the sheet the person read or heard.")).toBeVisible();
  // Announced to a screen reader: the field is marked invalid and described by its error.
  const language = consent.getByLabel("Language of the sheet read or signed");
  await expect(language).toHaveAttribute("aria-invalid", "true");
  await expect(language).toHaveAttribute("aria-describedby", /consentSheetLanguage-error/);
  await expect(consent.getByRole("alert").filter({ hasText: "Choose the language" })).toBeVisible();
  await consent.getByLabel("Language of the sheet read or signed").selectOption("uz-Cyrl");
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByText("Consent recorded.")).toBeVisible();
  const version = VERSIONS.FAMILY_TRACING!["uz-Cyrl"]!.version;
  await expect(consent.getByTestId("consents")).toContainText(`Sheet in Ўзбекча, version ${version}`);
  // The sheets are one link away from the form.
  await expect(consent.getByRole("link", { name: "Consent sheets to print or read aloud" })).toHaveAttribute(
    "href",
    "/consent-sheets",
  );
  checkServerErrors();
});

test("a hotline operator opens the information sheets from the intake and reads one in the caller's language", async ({
  page,
}) => {
  const { user } = await createOrganisationWithUser("TJ", "HOTLINE_OPERATOR");
  await signIn(page, user.email, E2E_PASSWORD);
  await page.goto("/hotline/new");
  await expect(page.getByRole("link", { name: "Information sheets to read to the caller" })).toHaveAttribute(
    "href",
    "/information-sheets",
  );
  await page.goto("/information-sheets");
  const rights = texts("tg").information["migrant-rights"];
  await page.getByRole("link", { name: rights.title }).click();
  const sheet = page.getByTestId("information-sheet");
  await expect(sheet).toHaveAttribute("lang", "tg");
  await expect(sheet.getByRole("heading", { level: 2 })).toHaveText(
    rights.sections.map((s: { heading: string }) => s.heading),
  );
  await page.getByRole("link", { name: texts("ru").meta.language }).click();
  await expect(page.getByTestId("information-sheet").getByRole("heading", { level: 1 })).toHaveText(
    texts("ru").information["migrant-rights"].title,
  );
});
