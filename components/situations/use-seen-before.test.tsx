// "Seen before?" as one types: each lookup is audited and counted (60 an hour) on the server, so
// the browser asks only after a pause, only for a value that means something, never twice for one
// value, never shows a late answer over a later one, and stops asking by itself at the limit.
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import messages from "@/messages/en.json";
import type { ActionResult } from "@/lib/action-result";
import { nameKeysOf, normaliseIdentifier } from "@/lib/perpetrators/keys";
import {
  createSeenBefore,
  seenBeforeKey,
  seenBeforeQuery,
  type SeenBeforeAnswer,
  type SeenBeforeQuery,
  type SeenBeforeState,
} from "./use-seen-before";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }), usePathname: () => "/situations/x" }));
vi.mock("@/lib/perpetrators/actions", () => ({ createPerpetratorAction: vi.fn(), matchPerpetratorsAction: vi.fn() }));

const answer = (otherOrganisations: number, ...names: string[]): ActionResult<SeenBeforeAnswer> => ({
  ok: true,
  data: { own: names.map((name, i) => ({ id: `id-${i}`, name })), otherOrganisations },
});

/** A lookup whose answers the test releases one by one, in any order. */
function controlledLookup() {
  const calls: { query: SeenBeforeQuery; answer: (result: ActionResult<SeenBeforeAnswer>) => Promise<void> }[] = [];
  const lookup = vi.fn(
    (query: SeenBeforeQuery) =>
      new Promise<ActionResult<SeenBeforeAnswer>>((resolve) => {
        calls.push({
          query,
          answer: async (result) => {
            resolve(result);
            await vi.advanceTimersByTimeAsync(0);
          },
        });
      }),
  );
  return { lookup, calls };
}

function setUp(lookup: Parameters<typeof createSeenBefore>[0]["lookup"]) {
  const states: SeenBeforeState[] = [];
  const seen = createSeenBefore({ lookup, onChange: (s) => states.push(s) });
  return { seen, shown: () => states.at(-1) };
}

/** Types `text` one key at a time, `gap` ms apart. */
async function type(seen: { typed(name: string, phone: string): void }, text: string, phone = "", gap = 120) {
  for (let i = 1; i <= text.length; i++) {
    seen.typed(text.slice(0, i), phone);
    await vi.advanceTimersByTimeAsync(gap);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("what is worth asking about", () => {
  it("a name of 3 letters or more, a phone of 7 digits or more", () => {
    expect(seenBeforeQuery("Ru", "+998 90")).toBeNull();
    expect(seenBeforeQuery("  R. 1 ", "")).toBeNull();
    expect(seenBeforeQuery("A. B. D.", "")).toBeNull(); // no word the server could match on
    expect(seenBeforeQuery("Rus", "")).toEqual({ name: "Rus", identifiers: [] });
    expect(seenBeforeQuery("Ru", "+998 90 31")).toEqual({
      identifiers: [{ kind: "PHONE", value: "+998 90 31" }],
    });
    expect(seenBeforeQuery(" Рустам ", "90 311 45 27")).toEqual({
      name: "Рустам",
      identifiers: [{ kind: "PHONE", value: "90 311 45 27" }],
    });
    // The button asks about anything typed at all.
    expect(seenBeforeQuery("Ru", "", true)).toEqual({ name: "Ru", identifiers: [] });
    expect(seenBeforeQuery(" ", " ", true)).toBeNull();
  });

  it("gives one key to what the server matches as one (a name in any script and order, a phone however written)", () => {
    const key = (name: string, phone = "") => seenBeforeKey(seenBeforeQuery(name, phone)!);
    expect(key("Rustam Kholmatov")).toBe(key("Холматов  Рустам "));
    expect(nameKeysOf("Rustam Kholmatov")).toEqual(nameKeysOf("Холматов  Рустам "));
    expect(key("Rustam Kholmatov")).not.toBe(key("Rustam Kholmatova"));
    const phones = ["+998 90 311 45 27", "90 311-45-27", "8 (90) 311 45 27"];
    for (const phone of phones) {
      expect(key("", phone)).toBe(key("", phones[0]!));
      // The same as the server's normalisation (lib/perpetrators/keys.ts): equal there, equal here.
      expect(normaliseIdentifier("PHONE", phone)).toBe(normaliseIdentifier("PHONE", phones[0]!));
    }
    expect(key("", "+998 90 311 45 28")).not.toBe(key("", phones[0]!));
  });
});

describe("looking up as one types", () => {
  it("asks once, 600 ms after the last keystroke, and not for a value too short to mean anything", async () => {
    const lookup = vi.fn(async () => answer(0));
    const { seen, shown } = setUp(lookup);
    await type(seen, "Ru");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(lookup).not.toHaveBeenCalled();
    expect(shown()).toEqual({ state: "idle" });

    await type(seen, "Rustam Kholmatov");
    await vi.advanceTimersByTimeAsync(450); // 120 ms after the last key already passed: 570 ms in all
    expect(lookup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith({ name: "Rustam Kholmatov", identifiers: [] });
    expect(shown()).toEqual({ state: "answered", answer: { own: [], otherOrganisations: 0 } });
  });

  it("does not ask again for the same value, however it is written", async () => {
    const lookup = vi.fn(async () => answer(1, "Рустам Холматов"));
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam Kholmatov", "");
    await vi.advanceTimersByTimeAsync(600);
    for (const name of ["Rustam Kholmatov ", "Kholmatov Rustam", "Рустам Холматов"]) {
      seen.typed(name, "");
      await vi.advanceTimersByTimeAsync(1_000);
    }
    seen.check("Rustam Kholmatov", "");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(shown()).toMatchObject({ state: "answered", answer: { otherOrganisations: 1 } });
    // Going back to a value asked before shows its answer at once, without asking.
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    expect(lookup).toHaveBeenCalledTimes(2);
    seen.typed("Rustam Kholmatov", "");
    expect(shown()).toMatchObject({ state: "answered", answer: { own: [{ name: "Рустам Холматов" }] } });
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it("never shows an earlier answer that arrives after a later one", async () => {
    const { lookup, calls } = controlledLookup();
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    expect(shown()).toEqual({ state: "checking" });
    seen.typed("Rustam Kholmatov", "");
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => c.query.name)).toEqual(["Rustam", "Rustam Kholmatov"]);

    await calls[1]!.answer(answer(1, "Рустам Холматов"));
    expect(shown()).toMatchObject({ state: "answered", answer: { otherOrganisations: 1 } });
    await calls[0]!.answer(answer(7, "Rustam Aliev", "Rustam Karimov"));
    expect(shown()).toMatchObject({ state: "answered", answer: { otherOrganisations: 1 } });
    // The late answer is kept for its own value: typed again, it is shown without asking.
    seen.typed("Rustam", "");
    expect(shown()).toMatchObject({ state: "answered", answer: { otherOrganisations: 7 } });
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it("shows an answer still on its way when its value is typed again", async () => {
    const { lookup, calls } = controlledLookup();
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    seen.typed("Rustam Kholmatov", "");
    await vi.advanceTimersByTimeAsync(600);
    seen.typed("Rustam", "");
    expect(shown()).toEqual({ state: "checking" });
    await calls[1]!.answer(answer(2));
    expect(shown()).toEqual({ state: "checking" });
    await calls[0]!.answer(answer(3));
    expect(shown()).toMatchObject({ state: "answered", answer: { otherOrganisations: 3 } });
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it("asks again for a name once a phone long enough is added", async () => {
    const lookup = vi.fn(async () => answer(0));
    const { seen } = setUp(lookup);
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    await type({ typed: (phone) => seen.typed("Rustam", phone) }, "+998 90 311 45 27");
    await vi.advanceTimersByTimeAsync(600);
    expect(lookup.mock.calls).toEqual([
      [{ name: "Rustam", identifiers: [] }],
      [{ name: "Rustam", identifiers: [{ kind: "PHONE", value: "+998 90 311 45 27" }] }],
    ]);
  });

  it("at the hourly limit shows the limit's message once and stops asking by itself", async () => {
    const lookup = vi.fn(async (): Promise<ActionResult<SeenBeforeAnswer>> => ({
      ok: false,
      messageKey: "errors.perpetratorMatchLimit",
    }));
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    expect(shown()).toEqual({ state: "limited", messageKey: "errors.perpetratorMatchLimit" });
    for (const name of ["Rustam Kholmatov", "Dilnoza Karimova", "Anvar"]) {
      seen.typed(name, "");
      await vi.advanceTimersByTimeAsync(2_000);
      expect(shown()).toEqual({ state: "limited", messageKey: "errors.perpetratorMatchLimit" });
    }
    expect(lookup).toHaveBeenCalledTimes(1);
    // The button still asks, on request.
    seen.check("Anvar", "");
    await vi.advanceTimersByTimeAsync(0);
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(shown()).toEqual({ state: "limited", messageKey: "errors.perpetratorMatchLimit" });
  });

  it("the button asks at once and the pause that follows does not ask again", async () => {
    const lookup = vi.fn(async () => answer(0));
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam Kholmatov", "");
    seen.check("Rustam Kholmatov", "");
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toMatchObject({ state: "answered" });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(lookup).toHaveBeenCalledTimes(1);
    seen.check("", "");
    expect(shown()).toEqual({ state: "failed", messageKey: "situations.seenBeforeTypeFirst" });
  });

  it("a failed lookup says so and is asked again for the same value on request", async () => {
    let fail = true;
    const lookup = vi.fn(async () => {
      if (fail) throw new Error("offline");
      return answer(0);
    });
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    expect(shown()).toEqual({ state: "failed", messageKey: "errors.unexpected" });
    fail = false;
    seen.check("Rustam", "");
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toMatchObject({ state: "answered" });
  });

  it("after a record is saved, forgets its answers (the new record changes them) and drops answers on their way", async () => {
    const { lookup, calls } = controlledLookup();
    const { seen, shown } = setUp(lookup);
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    await calls[0]!.answer(answer(0));
    seen.typed("Rustam Kholmatov", "");
    await vi.advanceTimersByTimeAsync(600);
    seen.reset();
    await calls[1]!.answer(answer(5));
    expect(shown()).toEqual({ state: "idle" });
    seen.typed("Rustam", "");
    await vi.advanceTimersByTimeAsync(600);
    expect(lookup).toHaveBeenCalledTimes(3);
  });
});

describe("the perpetrator form", () => {
  it("keeps a polite live region in the page for the answers, and the button", async () => {
    const { PerpetratorForm } = await import("./perpetrator-form");
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="en-GB" timeZone="UTC" messages={messages}>
        <PerpetratorForm situationId="00000000-0000-4000-8000-000000000000" />
      </NextIntlClientProvider>,
    );
    expect(html).toMatch(/<div role="status" aria-live="polite" data-testid="seen-before"><\/div>/);
    expect(html).toContain(`aria-describedby="seen-before-hint">${messages.situations.checkSeenBefore}</button>`);
    expect(html).toContain(messages.situations.seenBeforeHint);
  });
});
