// Reads the next-auth session cookie (a JWT signed and encrypted with AUTH_SECRET) without running
// the whole next-auth handler on every request.
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function readSessionUserId(getCookie: (name: string) => string | undefined): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const token = getCookie(name);
    if (!token) continue;
    const payload = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
    if (payload?.sub) return payload.sub;
  }
  return null;
}
