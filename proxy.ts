// Runs before every request: gives it a request id (kept from a trusted proxy when well-formed,
// otherwise new) that every log line and audit event of the request carries.
import { NextResponse, type NextRequest } from "next/server";

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
