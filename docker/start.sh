#!/bin/sh
# Container start: apply pending migrations, then serve. A missing secret stops the server at
# boot with a message naming it (lib/env.ts, checked in instrumentation.ts).
set -e
(cd /migrator && node --import tsx scripts/db/migrate.ts)
exec node /app/server.js
