// What every server action returns to its form. Messages are translation keys.
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; messageKey: string; fields?: Record<string, string> };
