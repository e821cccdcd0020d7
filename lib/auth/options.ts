// next-auth configuration: email + password sign-in, sessions in a signed, encrypted cookie.
// The cookie carries only the user id; who the user is and what they may do is loaded from the
// database on each request (lib/auth/actor.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { checkSignIn } from "./sign-in";
import { clientAddress } from "@/lib/http/client-address";
import { signOutSession, startSession } from "./sessions";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, req) {
          const requestId = (req.headers?.["x-request-id"] as string | undefined) ?? null;
          // The connection's address, or a trusted proxy's report of it: never a header the client wrote.
          const address = clientAddress(req.headers, env().TRUSTED_PROXY_HOPS);
          // A throttled attempt throws; next-auth hands the message ("RATE_LIMITED") to the form.
          return checkSignIn(
            { email: credentials?.email, password: credentials?.password, code: credentials?.code },
            requestId,
            address,
          );
        },
      }),
    ],
    callbacks: {
      // Only the user id and the server-side session id go into the token: no name, email or role
      // claims to go stale. Each sign-in starts a new session row.
      jwt: async ({ token, user }) =>
        user ? { sub: user.id, sid: await startSession(user.id) } : { sub: token.sub, sid: token.sid },
      session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }) as never,
    },
    events: {
      // Signing out ends the session on the server, so a copied cookie is worthless afterwards.
      signOut: async ({ token }) => {
        if (typeof token?.sid === "string")
          await signOutSession(token.sid, typeof token.sub === "string" ? token.sub : null);
      },
    },
  };
}
