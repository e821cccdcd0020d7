#!/bin/sh
# Container start: apply pending migrations, then serve. A missing secret stops the server at
# boot with a message naming it (lib/env.ts, checked in instrumentation.ts).
set -e
# Migrations run as the owner (MAINTENANCE_DATABASE_URL), which is then dropped from the server's
# environment: the app connects as tumar_app only (DATABASE_URL).
(cd /migrator && node --import tsx scripts/db/migrate.ts)
# A bounded heap and two malloc arenas (glibc gives each thread its own otherwise, and memory
# freed in one is not reused by another) keep the server under 400 MB resident under load
# (docs/performance.md); NODE_HEAP_MB raises the heap for a bigger machine. server/peer-address.mjs tells the app the
# connection's address (decision 0011); the app refuses to start without it.
exec env -u MAINTENANCE_DATABASE_URL MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" node --max-old-space-size="${NODE_HEAP_MB:-320}" --import /app/server/peer-address.mjs /app/server.js
