// next-auth configuration: email + password sign-in, sessions in a signed, encrypted cookie.
// The cookie carries only the user id; who the user is and what they may do is loaded from the
// database on each request (lib/auth/actor.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { checkSignIn } from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const requestId = (req.headers?.["x-request-id"] as string | undefined) ?? null;
          return checkSignIn({ email: credentials?.email, password: credentials?.password }, requestId);
        },
      }),
    ],
    callbacks: {
      // Only the user id goes into the token: no name, email or role claims to go stale.
      jwt: ({ token, user }) => (user ? { sub: user.id } : { sub: token.sub }),
      session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub } }) as never,
    },
  };
}
