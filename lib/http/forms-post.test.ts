// A form without a method is submitted by the browser as a GET when JavaScript has not
// started, and every field, a password included, lands in the URL. Every <form> in the app's
// source states how it is sent: a search or filter form `method="get"` (it carries no secret), any
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
  it("every form states its method: GET for searches, otherwise the POST fallback", () => {
    const forms = ["app", "components"].flatMap((dir) =>
      sources(path.join(root, dir)).flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/<form\b[^>]*>/g)].map((m) => ({
          file: path.relative(root, file),
          tag: m[0],
        })),
      ),
    );
    expect(forms.length).toBeGreaterThan(15);
    const unstated = forms.filter(({ tag }) => !/method="get"/.test(tag) && !/\{\.\.\.postFallback\}/.test(tag));
    expect(unstated).toEqual([]);
    // A GET form must not carry what the POST fallback exists for.
    const getForms = forms.filter(({ tag }) => /method="get"/.test(tag));
    for (const { file } of getForms)
      expect(fs.readFileSync(path.join(root, file), "utf8"), file).not.toMatch(/type="password"/);
  });
});
