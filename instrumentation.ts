// Runs once when the server starts: validate the environment now, so a production server with a
// missing secret stops at boot with a clear message instead of failing on the first request; and
// refuse to serve without server/peer-address.mjs, which tells the app the connection's address
// (the sign-in throttle's key, lib/http/client-address.ts). Then start the database's background
// upkeep: the audit chainer and the folding of the hotline's call counts (lib/upkeep.ts). First of
// all, stop rendered pages from being kept for ever (lib/abort-reason-stacks.ts).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { releaseAbortReasonStacks } = await import("@/lib/abort-reason-stacks");
    releaseAbortReasonStacks();
    const { env } = await import("@/lib/env");
    env();
    if (!(globalThis as Record<symbol, unknown>)[Symbol.for("tumar.peerAddressHeader")]) {
      throw new Error(
        "Tumar cannot start: Node.js must load server/peer-address.mjs first (node --import ./server/peer-address.mjs …; npm start and npm run dev do).",
      );
    }
    // Not while `next build` prerenders: that process serves nothing and may have no database.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startUpkeep } = await import("@/lib/upkeep");
      startUpkeep();
    }
  }
}

// Unexpected errors in pages, actions and route handlers: one structured line with the request
// id and the path (no query string: it can hold search terms such as names).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { requestLogger } = await import("@/lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const requestId = typeof headers["x-request-id"] === "string" ? headers["x-request-id"] : null;
  const err = error as Error & { digest?: string };
  requestLogger(requestId).error(
    {
      err: { name: err.name, digest: err.digest, stack: err.stack },
      path: request.path.split("?")[0],
      route: context.routePath,
      kind: context.routeType,
    },
    "request failed",
  );
};
