// Every page sends the browser the translations its client components use. The root layout sends
// only the shell's (lib/i18n/client-messages.ts); a page whose client components need more names
// them in <ClientMessages namespaces={[…]}>. Found by reading the source: from each page, follow
// the imports to the client components ("use client") it renders and collect the namespaces they
// translate in. A client component using the root translator (`useTranslations()`) may translate
// validation messages, so it needs `errors` too.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages, SHELL_NAMESPACES } from "./client-messages";

const root = path.resolve(import.meta.dirname, "../..");

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  return (
    [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((file) => fs.existsSync(file)) ?? null
  );
}

const source = (file: string) => fs.readFileSync(file, "utf8");
const isClient = (file: string) => /^\s*["']use client["']/.test(source(file));
const importsOf = (file: string) =>
  [...source(file).matchAll(/from\s+"([^"]+)"/g)]
    .map((m) => resolve(file, m[1]!))
    .filter((f): f is string => f !== null);

function namespacesOf(file: string): Set<string> {
  const text = source(file);
  const found = new Set([...text.matchAll(/useTranslations\("([a-zA-Z]+)"\)/g)].map((m) => m[1]!));
  if (text.includes("useTranslations()")) {
    for (const m of text.matchAll(/\bt\(\s*[`"]([a-zA-Z]+)\./g)) found.add(m[1]!);
    found.add("errors");
  }
  return found;
}

/** The namespaces the client components reachable from `page` use. */
function neededBy(page: string): Set<string> {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const stack = importsOf(page);
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (isClient(file)) for (const ns of namespacesOf(file)) needed.add(ns);
    stack.push(...importsOf(file));
  }
  return needed;
}

/** What the page hands to <ClientMessages>, plus the shell's whole namespaces. */
function provided(page: string): Set<string> {
  const names = new Set<string>(SHELL_NAMESPACES.filter((n) => !n.includes(".")));
  for (const m of source(page).matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)) {
    for (const n of m[1]!.matchAll(/"([a-zA-Z]+)"/g)) names.add(n[1]!);
  }
  return names;
}

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pages(full) : entry.name === "page.tsx" || entry.name === "layout.tsx" ? [full] : [];
  });
}

describe("translations sent to the browser", () => {
  it("every page provides the namespaces its client components use", () => {
    const missing = pages(path.join(root, "app")).flatMap((page) => {
      const have = provided(page);
      return [...neededBy(page)].filter((ns) => !have.has(ns)).map((ns) => `${path.relative(root, page)}: ${ns}`);
    });
    expect(missing).toEqual([]);
  });

  it("wraps every JSX answer of a page that has client components, early ones included", () => {
    // A page's early return (e.g. the restricted-record form) renders outside the main answer's
    // <ClientMessages>: each `return (` that opens a fragment must open its own provider instead.
    const unwrapped = pages(path.join(root, "app")).flatMap((page) => {
      if (neededBy(page).size === 0) return [];
      return [...source(page).matchAll(/return \(\s*\n\s*<>/g)].map(() => path.relative(root, page));
    });
    expect(unwrapped).toEqual([]);
  });

  it("the analysis sees a form's needs (it would fail without <ClientMessages>)", () => {
    const page = path.join(root, "app/(app)/hotline/new/page.tsx");
    expect([...neededBy(page)]).toEqual(expect.arrayContaining(["hotline", "errors"]));
  });

  it("picks whole namespaces and single messages", () => {
    const messages = { common: { a: "A" }, errors: { x: "X", y: "Y" }, hotline: { h: "H" } };
    expect(pickMessages(messages, ["common", "errors.y", "missing"])).toEqual({
      common: { a: "A" },
      errors: { y: "Y" },
    });
  });
});
