// Every file of the app that reads people goes through the one visibility rule (finding 14, "the
// one rule"). Found by reading the source: a Prisma read of the victims table (`.victim.findMany`
// and the like), a join to it (`victim: { select … }`, `victim: true`, `victims: { … }`), or raw SQL
// on it. Each such file must be listed in lib/access/roads.ts and use the rule; the registry must
// not name files that no longer read people.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_A_ROAD, PERSON_READERS } from "./roads";

const root = path.resolve(import.meta.dirname, "../..");

const READS_PEOPLE = [
  /\.victim\.(findMany|findFirst|findUnique|findFirstOrThrow|findUniqueOrThrow|count|groupBy|aggregate)\(/,
  /\bvictims?:\s*\{\s*(select|include|where)\b/,
  /\bvictim:\s*true\b/,
  /\b(FROM|JOIN)\s+victims\b/i,
];
const USES_RULE = /from "@\/lib\/access\/people"|from "\.\/people"|from "@\/lib\/victims\/scope"|from "\.\/scope"/;

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") found.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) found.push(rel);
  }
  return found;
}

// The app's runtime code. scripts/ and prisma/ are operator commands and seeds that run as the
// tables' owner and show nobody to anyone; components/ and app/ never import the database.
const files = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")];
const readers = files.filter((file) =>
  READS_PEOPLE.some((pattern) => pattern.test(fs.readFileSync(path.join(root, file), "utf8"))),
);

describe("every road to a person goes through the one visibility rule", () => {
  it("finds the readers it checks (the patterns still match the code)", () => {
    expect(readers).toContain("lib/victims/data.ts");
    expect(readers).toContain("lib/shelters/data.ts");
  });

  it("lists every file that reads people in lib/access/roads.ts", () => {
    const unlisted = readers.filter((file) => !(file in PERSON_READERS) && !(file in NOT_A_ROAD));
    expect(unlisted, "files that read people without a row in lib/access/roads.ts").toEqual([]);
  });

  it("has each listed reader use the rule", () => {
    const bypassing = Object.keys(PERSON_READERS).filter(
      (file) => !USES_RULE.test(fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(bypassing, "readers that do not import lib/access/people.ts or lib/victims/scope.ts").toEqual([]);
  });

  it("names no file that no longer reads people (the registry stays true)", () => {
    const stale = Object.keys(PERSON_READERS).filter(
      (file) =>
        !readers.includes(file) &&
        !/\bchosenPerson\(|victimScopeWhere\(|personInScope\(|personAccessOf\(|peopleListWhere\(/.test(
          fs.readFileSync(path.join(root, file), "utf8"),
        ),
    );
    expect(stale).toEqual([]);
  });
});
