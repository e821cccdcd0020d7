// Runs `prisma generate` after install without any network access.
// Prisma's CLI wants a native schema engine binary even though `generate` never uses it, and the
// engine download fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// satisfies the check; a user's own value is kept. See docs/decisions/0002-offline-migrations.md.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
