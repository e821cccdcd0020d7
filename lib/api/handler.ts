// Wraps every /api route handler: one error format, one status mapping, request-id logging.
//   errors: { "error": { "code", "message", "fields"? } }  (400/401/404/409/422/429, 503, 500),
//   as lib/api/operation.ts ERROR_ANSWERS documents them
// Messages are English here (integrations are machines); `code` and field keys are stable.
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, HTTP_STATUS, type AppErrorCode } from "@/lib/errors";
import { requestLogger } from "@/lib/log";
import { fieldErrors } from "@/lib/run-action";
import { recordDenied } from "@/lib/auth/denied";
import { isDatabaseUnavailable, isStorageFull } from "@/lib/db-unavailable";
import en from "@/messages/en.json";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

const errorMessages = en.errors as Record<string, string>;

function message(key: string) {
  return errorMessages[key.replace(/^errors\./, "")] ?? key;
}

export function errorResponse(
  code: AppErrorCode,
  messageKey: string = `errors.${code}`,
  fields?: Record<string, string>,
) {
  return NextResponse.json(
    {
      error: {
        code,
        message: message(messageKey),
        ...(fields ? { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, message(v)])) } : {}),
      },
    },
    { status: HTTP_STATUS[code], headers: { "cache-control": "no-store" } },
  );
}

export function apiHandler<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    // Path only: query strings can carry search terms (names), which never go to the logs.
    const log = requestLogger(request.headers.get("x-request-id")).child({
      method: request.method,
      path: new URL(request.url).pathname,
    });
    let response: Response;
    try {
      response = await handler(request, context);
      response.headers.set("cache-control", "no-store");
    } catch (error) {
      if (error instanceof AppError) {
        response = errorResponse(error.code, error.messageKey, error.fields);
        if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") await recordDenied(new URL(request.url).pathname);
      } else if (error instanceof z.core.$ZodError)
        response = errorResponse("INVALID", "errors.INVALID", fieldErrors(error));
      else if (isStorageFull(error)) {
        // An operator must free space; the request changed nothing. Logged as an error so it is seen.
        log.error("database storage full: the write was refused and nothing was saved");
        response = NextResponse.json(
          {
            error: {
              code: "STORAGE_FULL",
              message: "The server's storage is full: nothing was saved. Try again later.",
            },
          },
          { status: 503, headers: { "cache-control": "no-store", "retry-after": "60" } },
        );
      } else if (isDatabaseUnavailable(error)) {
        // The database is restarting or unreachable: a short wait helps, so say so (not a bug).
        log.warn("database unavailable");
        response = NextResponse.json(
          {
            error: { code: "UNAVAILABLE", message: "The service is briefly unavailable. Try again in a few seconds." },
          },
          { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } },
        );
      } else {
        log.error(
          { err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error) },
          "api handler failed",
        );
        response = NextResponse.json(
          { error: { code: "INTERNAL", message: "Unexpected server error" } },
          { status: 500, headers: { "cache-control": "no-store" } },
        );
      }
    }
    log.info({ status: response.status, ms: Math.round(performance.now() - started) }, "api request");
    return response;
  };
}

/** Reads a JSON body; malformed JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID", "errors.invalid");
  }
}

/** A JSON body that may be absent (an empty body reads as `{}`); malformed JSON is a 400. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "errors.invalid");
  }
}

export { listParamsSchema } from "./operation";

export function listResponse<T>(items: T[], nextCursor: string | null) {
  return NextResponse.json({ items, nextCursor });
}
