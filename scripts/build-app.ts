// The production build, as the test runners and the benchmarks make it (`next build` in a child
// process, NODE_ENV=production).
//
// `typeChecked: true` skips Next.js's own type check: `npm test` runs `tsc --noEmit` over the same
// tree in its static stage, before any build, so checking again would only cost time (about
// 20 seconds on two cores). Anything that builds outside `npm test` keeps the check.
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(import.meta.dirname, "..");

export function buildProductionApp(options: {
  env?: NodeJS.ProcessEnv;
  /** Where the app is (another checkout, for comparisons); this one by default. */
  dir?: string;
  typeChecked?: boolean;
  /** Print the build's output as it goes (true) or keep it for the error message (false). */
  show?: boolean;
}) {
  const dir = options.dir ?? root;
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), NODE_ENV: "production" };
  if (options.typeChecked) env.TUMAR_BUILD_TYPES_CHECKED = "1";
  const result = spawnSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    env,
    stdio: options.show ? "inherit" : "pipe",
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`next build failed in ${dir}${options.show ? "" : `:\n${result.stdout}\n${result.stderr}`}`);
}
