// Vitest globalSetup of the system project: its tests run the production build. `npm test` builds
// it in the end-to-end stage just before; run alone, the project builds it when there is none.
import fs from "node:fs";
import path from "node:path";
import { buildProductionApp } from "../../scripts/build-app";

const root = path.resolve(import.meta.dirname, "../..");

export function ensureProductionBuild() {
  if (fs.existsSync(path.join(root, ".next/BUILD_ID"))) return;
  console.log("Building the production app (none found) …");
  buildProductionApp({ show: true });
}

export default function setup() {
  ensureProductionBuild();
}
