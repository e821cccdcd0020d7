// Reads the next-auth session cookie (a JWT signed and encrypted with AUTH_SECRET) without running
// the whole next-auth handler on every request. The token carries the user id and the id of the
// server-side session (lib/auth/sessions.ts), which the caller must still check.
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function readSessionToken(
  getCookie: (name: string) => string | undefined,
): Promise<{ userId: string; sessionId: string } | null> {
  for (const name of SESSION_COOKIES) {
    const token = getCookie(name);
    if (!token) continue;
    const payload = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
    if (typeof payload?.sub === "string" && typeof payload.sid === "string")
      return { userId: payload.sub, sessionId: payload.sid };
  }
  return null;
}
