#!/bin/sh
# Container start: apply pending migrations, then serve. A missing secret stops the server at
# boot with a message naming it (lib/env.ts, checked in instrumentation.ts).
set -e
# Migrations run as the owner (MAINTENANCE_DATABASE_URL), which is then dropped from the server's
# environment: the app connects as tumar_app only (DATABASE_URL).
(cd /migrator && node --import tsx scripts/db/migrate.ts)
exec env -u MAINTENANCE_DATABASE_URL node /app/server.js
