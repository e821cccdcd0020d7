// Vitest globalSetup of the system project: its tests run the production build. `npm test` builds
// it in the end-to-end stage just before; run alone, the project builds it when there is none.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(import.meta.dirname, "../..");

export function ensureProductionBuild() {
  if (fs.existsSync(path.join(root, ".next/BUILD_ID"))) return;
  console.log("Building the production app (none found) …");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export default function setup() {
  ensureProductionBuild();
}
