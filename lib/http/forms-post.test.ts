// A form without a method is submitted by the browser as a GET when JavaScript has not
// started, and every field, a password included, lands in the URL. Every <form> in the app's
// source states how it is sent: a list's filter form posts to /search (ListFiltersForm: its words
// come back sealed, never in a URL), a filter form without words to hide says `method="get"`, any
// other spreads usePostFallback() (components/ui/post-fallback.ts): POST to its own page's path.
// The end-to-end proof with JavaScript off is e2e/forms-without-javascript.spec.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

describe("forms", () => {
  it("every form states its method: lists' filters post to /search, GET only for filters without words, otherwise the POST fallback", () => {
    const forms = ["app", "components"].flatMap((dir) =>
      sources(path.join(root, dir)).flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/<form\b[^>]*>/g)].map((m) => ({
          file: path.relative(root, file),
          tag: m[0],
        })),
      ),
    );
    expect(forms.length).toBeGreaterThan(15);
    const unstated = forms.filter(
      ({ tag }) =>
        !/method="get"/.test(tag) &&
        !/\{\.\.\.postFallback\}/.test(tag) &&
        !/method="post" action="\/search"/.test(tag) &&
        // Uploads post the file itself to their route, which sends the browser back to its page.
        !/method="post"\s+action="\/api\/v1\/attachments"\s+encType="multipart\/form-data"/.test(tag),
    );
    expect(unstated).toEqual([]);
    // A GET form must not carry what the POST fallback exists for, nor search words.
    const getForms = forms.filter(({ tag }) => /method="get"/.test(tag));
    for (const { file } of getForms) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      expect(source, file).not.toMatch(/type="password"/);
      if (!file.startsWith("app/(bench)/")) expect(source, file).not.toMatch(/<SearchField|name="q"/);
    }
  });
});
