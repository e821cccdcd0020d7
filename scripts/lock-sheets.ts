// npm run sheets:lock — gives every consent sheet whose text changed the next version, and a new
// sheet version 1, in lib/sheets/versions.json (see lib/sheets/versions.ts).
import fs from "node:fs";
import path from "node:path";
import { CONSENT_KINDS } from "../lib/vocabulary/consents";
import { SHEET_LANGUAGES } from "../lib/sheets/schema";
import { sheetHash, type SheetVersion } from "../lib/sheets/versions";

const file = path.join(import.meta.dirname, "../lib/sheets/versions.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, SheetVersion>>;
const changed: string[] = [];
for (const language of SHEET_LANGUAGES) {
  const texts = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, `../lib/sheets/texts/${language}.json`), "utf8"),
  ) as { consent: Record<string, unknown> };
  for (const kind of CONSENT_KINDS) {
    const sha256 = sheetHash(texts.consent[kind]);
    const entry = (lock[kind] ??= {});
    const before = entry[language];
    if (before?.sha256 === sha256) continue;
    entry[language] = { version: (before?.version ?? 0) + 1, sha256 };
    changed.push(`${kind}/${language}: version ${entry[language].version}`);
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(changed.length ? changed.join("\n") : "no sheet changed");
