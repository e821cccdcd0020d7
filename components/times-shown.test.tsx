// "Times disagree by hours": the repeat-caller notice and the referral list showed UTC while
// other screens showed the organisation's time. Each component that shows a time is rendered here
// for an organisation in Asia/Tashkent (UTC+5), on a machine in UTC: a call at 15:46 UTC must read 20:46.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import messages from "@/messages/en.json";

const ZONE = "Asia/Tashkent";
const CALL_AT = new Date("2026-03-03T15:46:00Z");

// Server components read the request's translations and zone through next-intl/server, which
// needs a Next.js request; here they get keys for text and the organisation's zone.
vi.mock("next-intl/server", () => {
  const translator = (namespace?: string) => {
    const t = (key: string) => (namespace ? `${namespace}.${key}` : key);
    t.has = () => false;
    return t;
  };
  return {
    getTranslations: async (namespace?: string) => translator(namespace),
    getLocale: async () => "en-GB",
    getTimeZone: async () => ZONE,
  };
});
// Buttons and notices call server actions (database, session): not called here.
vi.mock("@/lib/hotline/actions", () => ({ lookupRepeatCallerAction: vi.fn() }));
vi.mock("@/lib/referrals/actions", () => ({ revokeReferralAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn(), push: vi.fn() }), usePathname: () => "/" }));

const inClient = (element: ReactElement) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en-GB" timeZone={ZONE} messages={messages}>
      {element}
    </NextIntlClientProvider>,
  );

beforeAll(() => {
  expect(new Date(0).getTimezoneOffset(), "the test machine runs in UTC, as the server does").toBe(0);
});
afterEach(() => vi.unstubAllGlobals());

// The first import of a component compiles its module graph: slow on a busy machine.
describe("#15.1 every time shown in the organisation's zone", { timeout: 60_000 }, () => {
  it("the repeat-caller notice lists earlier calls at local time", async () => {
    const { EarlierCalls } = await import("@/components/hotline/repeat-caller-notice");
    const html = inClient(
      createElement(EarlierCalls, { calls: [{ receivedAt: CALL_AT.toISOString(), topics: [], callType: "SILENT" }] }),
    );
    expect(html).toContain("20:46");
    expect(html).not.toContain("15:46");
  });

  it("the invitation link gives its expiry at local time", async () => {
    vi.stubGlobal("window", { location: { origin: "https://tumar.test" } });
    const { InvitationLink } = await import("@/components/invitations/invitation-link");
    const html = inClient(
      createElement(InvitationLink, { path: "/invitation?token=x", expiresAt: CALL_AT.toISOString() }),
    );
    expect(html).toContain("20:46");
  });

  it("the calls table and the callback queue show local times", async () => {
    const { CallsTable } = await import("@/components/hotline/calls-table");
    const call = {
      id: "00000000-0000-4000-8000-000000000001",
      receivedAt: CALL_AT,
      callbackDueAt: new Date("2026-03-04T04:10:00Z"),
      callbackCompletedAt: null,
      overdue: false,
      status: "COMPLETE",
      voidedAt: null,
      callType: "DATA",
      urgency: null,
      topics: [],
      channel: "PHONE",
      operator: { name: "Operator" },
    } as unknown as Parameters<typeof CallsTable>[0]["calls"][number];
    const html = inClient(await CallsTable({ calls: [call], locale: "en-GB", timeZone: ZONE, highlightOverdue: true }));
    expect(html).toContain("3 Mar 2026, 20:46");
    expect(html).toContain("4 Mar 2026, 09:10");
  });

  it("the case file's referrals show local times", async () => {
    const { ReferralList } = await import("@/components/casefile/referral-list");
    const element = await ReferralList({
      mayRevoke: false,
      ownOrganisationId: null,
      referrals: [
        {
          id: "r",
          status: "PENDING",
          reason: "Housing",
          decisionReason: null,
          fromOrganisation: "A",
          toOrganisation: "B",
          createdAt: CALL_AT,
          fromOrganisationId: "a",
        },
      ],
      timeZone: ZONE,
    });
    expect(inClient(element!)).toContain("3 Mar 2026, 20:46");
  });
});
