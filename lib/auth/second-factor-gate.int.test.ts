// The "set up your second factor first" gate, run as the app runs it (REQUIRE_SECOND_FACTOR
// on, a real session cookie, the real session table) for a coordinator who has no second factor.
// Only the request's headers and cookies are supplied here, as Next.js would supply them; the path
// header is what a client controls, since a server action can be posted to any page path.
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => {
  // The deployment requires the second factor (read once, on the first env() call).
  process.env.REQUIRE_SECOND_FACTOR = "on";
  return { headers: new Headers(), cookies: new Map<string, string>() };
});

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: () => undefined,
  }),
}));

import nodeCrypto from "node:crypto";
import { encode } from "next-auth/jwt";
import { sha256Hex } from "@/lib/crypto";
import { env } from "@/lib/env";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser } from "@/tests/support/factories";
import { startSession } from "./sessions";
import { requireActor, requireActorForSecondFactorEnrolment, requireApiActor, SECOND_FACTOR_SETUP_PATH } from "./actor";
import { signOutEverywhereAction, startSecondFactorAction } from "@/lib/users/actions";

/** The redirect Next.js would answer with, or null when the call went through. */
async function redirectOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? "";
  }
}

async function signedInCoordinatorWithoutSecondFactor(path: string) {
  const org = await createOrganisation("gate");
  const user = await createUser({ organisationId: org.id, role: "COORDINATOR" });
  const sessionId = await startSession(user.id);
  request.headers = new Headers({ "x-pathname": path, "x-request-id": crypto.randomUUID() });
  request.cookies = new Map([
    ["next-auth.session-token", await encode({ token: { sub: user.id, sid: sessionId }, secret: env().AUTH_SECRET })],
  ]);
  return { user, sessionId };
}

describe("#14.5 the second-factor gate does not trust the request path", () => {
  beforeEach(() => {
    expect(env().REQUIRE_SECOND_FACTOR).toBe("on");
  });

  it("sends a coordinator without a second factor to enrolment even when the request claims the enrolment path", async () => {
    const { sessionId } = await signedInCoordinatorWithoutSecondFactor(SECOND_FACTOR_SETUP_PATH);
    expect(await redirectOf(() => requireActor())).toBe(SECOND_FACTOR_SETUP_PATH);
    // Another server action posted at the enrolment page's path does not run.
    expect(await redirectOf(() => signOutEverywhereAction())).toBe(SECOND_FACTOR_SETUP_PATH);
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).toBeNull();
  });

  it("lets the enrolment itself through, at whatever path it is posted", async () => {
    const { user } = await signedInCoordinatorWithoutSecondFactor("/victims");
    expect(await redirectOf(() => requireActor())).toBe(SECOND_FACTOR_SETUP_PATH);
    expect((await requireActorForSecondFactorEnrolment()).user.id).toBe(user.id);
    const started = await startSecondFactorAction();
    expect(started.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEncrypted).not.toBeNull();
  });

  it("#14.1 refuses an API token of a user who must have a second factor and has none", async () => {
    const { user } = await signedInCoordinatorWithoutSecondFactor("/api/v1/me");
    const secret = `tmr_${nodeCrypto.randomBytes(32).toString("base64url")}`;
    await db.apiToken.create({
      data: {
        userId: user.id,
        name: "integration",
        tokenHash: sha256Hex(secret),
        prefix: secret.slice(0, 10),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    request.cookies = new Map();
    request.headers = new Headers({ authorization: `Bearer ${secret}`, "x-request-id": crypto.randomUUID() });
    await expect(requireApiActor()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // With the second factor on, the same token works.
    await db.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
    expect((await requireApiActor()).user.id).toBe(user.id);
  });
});
