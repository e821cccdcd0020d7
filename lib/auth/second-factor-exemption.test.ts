// The second-factor gate's one exemption is a named function, and this test holds the list
// of its callers: a new page or server action that calls it (and so runs without the second
// factor) fails here until someone decides it belongs to enrolment.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const EXEMPT_CALLERS = ["app/(app)/layout.tsx", "app/(app)/settings/two-factor/page.tsx", "lib/users/actions.ts"];
/** In lib/users/actions.ts, only the enrolment actions. */
const EXEMPT_ACTIONS = ["confirmSecondFactorAction", "startSecondFactorAction"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("#14.5 the second-factor exemption", () => {
  it("is called only by the enrolment page, its actions and the layout that frames it", () => {
    const callers = ["app", "lib", "components"]
      .flatMap(sourceFiles)
      .filter(
        (file) =>
          file !== "lib/auth/actor.ts" &&
          fs.readFileSync(path.join(root, file), "utf8").includes("requireActorForSecondFactorEnrolment("),
      );
    expect(callers.sort()).toEqual([...EXEMPT_CALLERS].sort());
  });

  it("is used in lib/users/actions.ts by the enrolment actions only", () => {
    const source = fs.readFileSync(path.join(root, "lib/users/actions.ts"), "utf8");
    const users = [...source.matchAll(/export async function (\w+)\([^]*?\n}\n/g)]
      .filter((m) => m[0].includes("requireActorForSecondFactorEnrolment("))
      .map((m) => m[1]);
    expect(users.sort()).toEqual(EXEMPT_ACTIONS);
  });
});
