// Runs before every request: gives it a request id (kept from a trusted proxy when well-formed,
// otherwise new) that every log line and audit event of the request carries, a fresh CSP nonce,
// and the security headers (lib/http/security-headers.ts). State-changing API requests from
// another site's page are refused here, before any handler runs.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS, writeFromThisSite } from "@/lib/http/security-headers";

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (
    !SAFE_METHODS.has(request.method) &&
    request.nextUrl.pathname.startsWith("/api/") &&
    !writeFromThisSite(request.headers.get("origin"), host, request.headers.get("sec-fetch-site"))
  ) {
    return NextResponse.json(
      { error: { code: "FORBIDDEN_ORIGIN", message: "Cross-site request refused" } },
      { status: 403, headers: { "x-request-id": requestId, "cache-control": "no-store" } },
    );
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // For the audit of refused access (app/not-found.tsx): the path, never the query string.
  headers.set("x-pathname", request.nextUrl.pathname);
  // Next.js reads the nonce from the request's CSP header and puts it on the scripts it renders.
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
