import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, TEST_PASSWORD } from "@/tests/support/factories";
import { createApiToken, revokeApiToken } from "@/lib/users/mutations";
import { userIdForApiToken } from "./api-tokens";
import { sha256Hex } from "@/lib/crypto";

const here = () => ({
  sessionId: null,
  address: `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 6)}`,
});

describe("personal API tokens", () => {
  it("stores only a hash, works until revoked, and is refused after expiry", async () => {
    const org = await createOrganisation();
    const user = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const scope = scopeOf(user, "COORDINATOR", org.id);
    const { id, secret } = await createApiToken(scope, here(), {
      name: "integration",
      expiresInDays: 30,
      currentPassword: TEST_PASSWORD,
    });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(sha256Hex(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);

    expect(await userIdForApiToken(secret)).toBe(user.id);
    expect(await userIdForApiToken(`${secret}x`)).toBeNull();

    await revokeApiToken(scope, id);
    expect(await userIdForApiToken(secret)).toBeNull();

    const second = await createApiToken(scope, here(), {
      name: "short-lived",
      expiresInDays: 1,
      currentPassword: TEST_PASSWORD,
    });
    await db.apiToken.update({ where: { id: second.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await userIdForApiToken(second.secret)).toBeNull();
  });

  it("cannot revoke somebody else's token", async () => {
    const org = await createOrganisation();
    const a = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const b = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const token = await createApiToken(scopeOf(a, "COORDINATOR", org.id), here(), {
      name: "mine",
      expiresInDays: 5,
      currentPassword: TEST_PASSWORD,
    });
    await expect(revokeApiToken(scopeOf(b, "COORDINATOR", org.id), token.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await userIdForApiToken(token.secret)).toBe(a.id);
  });
});
