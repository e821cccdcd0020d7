// Which translations travel to the browser. next-intl's provider sends every message it is given
// inside each page's payload: all of them would be ~50 KB (English) to ~70 KB (Russian) per page,
// serialised on every request. Pages send the shell's namespaces, and the form pages add those
// their client components use (<ClientMessages>); client-messages.test.ts checks that each page
// provides what its client components ask for.

/** The layout's client components (language and organisation switchers, sign-out) and the error boundary. */
export const SHELL_NAMESPACES = [
  "common",
  "nav",
  "roles",
  "errors.errorTitle",
  "errors.tryAgain",
  "errors.unexpected",
] as const;

type Messages = Record<string, unknown>;

/** The named namespaces, or single messages as `namespace.key`, of `messages`. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const [namespace, ...rest] = path.split(".");
    const source = messages[namespace!];
    if (source === undefined) continue;
    if (rest.length === 0) {
      picked[namespace!] = source;
      continue;
    }
    const key = rest.join(".");
    const value = (source as Messages)[key];
    if (value !== undefined)
      picked[namespace!] = { ...((picked[namespace!] as Messages | undefined) ?? {}), [key]: value };
  }
  return picked;
}
