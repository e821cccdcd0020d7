"use client";
// "Seen before?" while a perpetrator's name or phone is typed. Every lookup is audited and counted
// against the user's 60 an hour on the server (lib/perpetrators/data.ts matchPerpetrators), so the
// browser asks sparingly: only for a value long enough to mean something, only once typing has
// paused, and never twice for the same value (the answer is kept). An answer that arrives after a
// later lookup was sent is kept for its value but not shown. Once the limit is reached, automatic
// lookups stop and the limit's message stays; the "Seen before?" button still asks on request.
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { foldWords } from "@/lib/text/fold";

export type SeenBeforeAnswer = { own: { id: string; name: string }[]; otherOrganisations: number };

export type SeenBeforeQuery = { name?: string; identifiers: { kind: "PHONE"; value: string }[] };

export type SeenBeforeState =
  | { state: "idle" }
  | { state: "checking" }
  | { state: "answered"; answer: SeenBeforeAnswer }
  /** A message key: the hourly limit (automatic lookups have stopped), or a failure. */
  | { state: "limited" | "failed"; messageKey: string };

export type SeenBeforeLookup = (query: SeenBeforeQuery) => Promise<ActionResult<SeenBeforeAnswer>>;

/** Milliseconds after the last keystroke. */
export const SEEN_BEFORE_DELAY = 600;
export const MIN_NAME_LETTERS = 3;
export const MIN_PHONE_DIGITS = 7;

/** The server's answers past the hourly limit (errors.perpetratorMatchLimit, or the generic one). */
const LIMIT_MESSAGES = new Set(["errors.perpetratorMatchLimit", "errors.RATE_LIMITED"]);

export function isLimitMessage(messageKey: string): boolean {
  return LIMIT_MESSAGES.has(messageKey);
}

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const digits = (text: string) => text.replace(/\D/g, "");

/**
 * What is worth asking about: a name of at least 3 letters, a phone of at least 7 digits (each
 * left out while shorter); null while neither is. `explicit` (the button): anything typed at all.
 */
export function seenBeforeQuery(name: string, phone: string, explicit = false): SeenBeforeQuery | null {
  const trimmedName = name.trim();
  const trimmedPhone = phone.trim();
  // A name the server cannot match on (no word of two letters or more once folded) is not asked about.
  const useName = explicit
    ? trimmedName.length > 0
    : letters(trimmedName) >= MIN_NAME_LETTERS && foldWords(trimmedName).length > 0;
  const usePhone = explicit ? digits(trimmedPhone).length > 0 : digits(trimmedPhone).length >= MIN_PHONE_DIGITS;
  if (!useName && !usePhone) return null;
  return {
    ...(useName ? { name: trimmedName } : {}),
    identifiers: usePhone ? [{ kind: "PHONE", value: trimmedPhone }] : [],
  };
}

/**
 * Two queries with the same key get the same answer from the server: the name's folded words in
 * any order (lib/perpetrators/keys.ts nameKeysOf) and the phone's last nine digits (its
 * normaliseIdentifier), so "Rustam Kholmatov" after "Холматов Рустам" is not asked again.
 */
export function seenBeforeKey(query: SeenBeforeQuery): string {
  const name = query.name ? foldWords(query.name).sort().join(" ") : "";
  const phones = query.identifiers.map((i) => digits(i.value).slice(-9));
  return JSON.stringify([name, phones]);
}

export interface SeenBeforeController {
  /** What is typed now (on every change): looked up after the pause, if worth it and not known yet. */
  typed(name: string, phone: string): void;
  /** The button: look up what is typed now, without waiting. */
  check(name: string, phone: string): void;
  /** After a record is saved: what was known may have changed. The limit, if reached, stays. */
  reset(): void;
  /** Unmounted: no timer left, no late answer shown. */
  dispose(): void;
}

export function createSeenBefore(options: {
  lookup: SeenBeforeLookup;
  onChange: (state: SeenBeforeState) => void;
  delayMs?: number;
}): SeenBeforeController {
  const { lookup, onChange, delayMs = SEEN_BEFORE_DELAY } = options;
  const answers = new Map<string, SeenBeforeAnswer>();
  const asking = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by reset(): answers to lookups sent before it are neither kept nor shown. */
  let generation = 0;
  /** The key of what is typed now (null: nothing worth asking about). Only its answer is shown. */
  let current: string | null = null;
  let limit: string | null = null;
  let shown: SeenBeforeState = { state: "idle" };

  const show = (state: SeenBeforeState) => {
    shown = state;
    onChange(state);
  };
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  async function ask(query: SeenBeforeQuery, key: string) {
    const sentIn = generation;
    asking.add(key);
    show({ state: "checking" });
    let result: ActionResult<SeenBeforeAnswer>;
    try {
      result = await lookup(query);
    } catch {
      result = { ok: false, messageKey: "errors.unexpected" };
    }
    if (sentIn !== generation) return;
    asking.delete(key);
    if (result.ok) answers.set(key, result.data);
    else if (isLimitMessage(result.messageKey)) limit = result.messageKey;
    // The value typed has changed since (a later lookup may be on its way, or answered already):
    // this late answer is kept for its value, and shown only if that value is typed again.
    if (key !== current) return;
    if (result.ok) show({ state: "answered", answer: result.data });
    else show({ state: limit ? "limited" : "failed", messageKey: result.messageKey });
  }

  return {
    typed(name, phone) {
      const query = seenBeforeQuery(name, phone);
      const key = query ? seenBeforeKey(query) : null;
      if (key === current && shown.state !== "idle") return;
      stopTimer();
      current = key;
      if (!query || !key) return show(limit ? { state: "limited", messageKey: limit } : { state: "idle" });
      const known = answers.get(key);
      if (known) return show({ state: "answered", answer: known });
      if (limit) return show({ state: "limited", messageKey: limit });
      if (asking.has(key)) return show({ state: "checking" });
      // An answer for another value is not an answer for this one.
      show({ state: "idle" });
      timer = setTimeout(() => {
        timer = null;
        void ask(query, key);
      }, delayMs);
    },
    check(name, phone) {
      stopTimer();
      const query = seenBeforeQuery(name, phone, true);
      if (!query) {
        current = null;
        return show({ state: "failed", messageKey: "situations.seenBeforeTypeFirst" });
      }
      const key = seenBeforeKey(query);
      current = key;
      const known = answers.get(key);
      if (known) return show({ state: "answered", answer: known });
      if (asking.has(key)) return show({ state: "checking" });
      void ask(query, key);
    },
    reset() {
      stopTimer();
      answers.clear();
      asking.clear();
      current = null;
      generation++;
      show(limit ? { state: "limited", messageKey: limit } : { state: "idle" });
    },
    dispose() {
      stopTimer();
      current = null;
    },
  };
}

/**
 * The form's side: pass what is typed (react-hook-form's useWatch) on every render; the answer
 * comes back as state for an aria-live region. `lookup` is the server action.
 */
export function useSeenBefore(lookup: SeenBeforeLookup, name: string, phone: string, delayMs = SEEN_BEFORE_DELAY) {
  const [state, setState] = useState<SeenBeforeState>({ state: "idle" });
  const [controller] = useState(() => createSeenBefore({ lookup, onChange: setState, delayMs }));
  useEffect(() => {
    controller.typed(name, phone);
  }, [controller, name, phone]);
  useEffect(() => () => controller.dispose(), [controller]);
  return {
    state,
    check: () => controller.check(name, phone),
    reset: () => controller.reset(),
  };
}
