# Production image: the Next.js standalone server, plus a small migrator that applies pending
# migrations at start with Prisma's WASM schema engine (no engine download needed).
# Build and run: docker compose up -d --build   (see README, "Deploying with Docker")
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npm run build

# Production dependencies only, for the migrator (tsx, pg, the adapter and the WASM engine).
FROM node:20-bookworm-slim AS migrator
WORKDIR /migrator
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY scripts/db scripts/db
COPY prisma prisma

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system tumar && useradd --system --gid tumar --home /app tumar
COPY --from=build --chown=tumar:tumar /app/.next/standalone ./
COPY --from=build --chown=tumar:tumar /app/.next/static ./.next/static
COPY --from=build --chown=tumar:tumar /app/public ./public
COPY --from=migrator --chown=tumar:tumar /migrator /migrator
COPY --chown=tumar:tumar docker/start.sh /app/docker/start.sh
COPY --chown=tumar:tumar server/peer-address.mjs /app/server/peer-address.mjs
USER tumar
EXPOSE 3000
CMD ["sh", "/app/docker/start.sh"]
