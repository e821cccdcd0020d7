// The ORG_ADMIN's audit trail: refused access shows up with its path, filters narrow the trail,
// and the CSV export holds the same events (and records itself).
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { countAuditEvents, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a refused page lands on the organisation's audit trail, which the admin filters and exports", async ({
  page,
  browser,
}) => {
  const checkServerErrors = failOnServerErrors(page);
  const curious = await createUserIn("Safe Return Tashkent", "CASE_WORKER");
  const probe = await (await browser.newContext()).newPage();
  await signIn(probe, curious.email, E2E_PASSWORD);
  // Pages the user may open record no refusal (Next.js renders the not-found component with every
  // page, as a boundary's fallback: it must not write to the trail).
  for (const allowed of ["/", "/victims", "/settings"]) expect((await probe.goto(allowed))?.status()).toBe(200);
  expect(await countAuditEvents(curious.id, "auth.denied")).toBe(0);
  const someoneElses = crypto.randomUUID();
  expect((await probe.goto(`/victims/${someoneElses}`))?.status()).toBe(404);
  expect((await probe.goto("/admin/members"))?.status()).toBe(404);
  // Through the API and through a server action, too.
  const someoneElsesCall = crypto.randomUUID();
  expect((await probe.request.get(`/api/v1/hotline-calls/${someoneElsesCall}`)).status()).toBe(404);
  // The record page's own action, called as the page would (Next.js's action header).
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const closeCase = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "closeCaseAction")![0];
  const refused = await probe.request.post(`/victims/${someoneElses}`, {
    headers: { "next-action": closeCase, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([{ victimId: someoneElses }, { status: "CLOSED", reason: "probing a record" }]),
  });
  expect(await refused.text()).toContain("errors.NOT_FOUND");
  expect(await countAuditEvents(curious.id, "auth.denied")).toBe(4);

  await signIn(page, "admin@tashkent.demo");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit trail" }).click();
  await page.getByLabel("Action").fill("auth.denied");
  await page.getByLabel("Who").selectOption({ label: curious.name });
  await page.getByRole("button", { name: "Filter" }).click();
  const table = page.getByTestId("audit-table");
  await expect(table).toContainText(`/victims/${someoneElses}`);
  await expect(table).toContainText("/admin/members");
  await expect(table).toContainText(`/api/v1/hotline-calls/${someoneElsesCall}`);
  await expect(table).toContainText("server-action");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe(
    "id,at,chain_seq,actor_id,actor_name,action,record_type,record_id,request_id,details",
  );
  expect(text).toContain(someoneElses);
  expect(text).toContain("auth.denied");

  // Outside the admin role the trail is not there at all.
  expect((await probe.goto("/admin/audit"))?.status()).toBe(404);
  expect((await probe.request.get("/admin/audit/export")).status()).toBe(404);
  checkServerErrors();
});
