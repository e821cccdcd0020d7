import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createApiToken, revokeApiToken } from "@/lib/users/mutations";
import { userIdForApiToken } from "./load-actor";
import { sha256Hex } from "@/lib/crypto";

describe("personal API tokens", () => {
  it("stores only a hash, works until revoked, and is refused after expiry", async () => {
    const org = await createOrganisation();
    const user = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const scope = scopeOf(user, "COORDINATOR", org.id);
    const { id, secret } = await createApiToken(scope, { name: "integration", expiresInDays: 30 });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(sha256Hex(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);

    expect(await userIdForApiToken(secret)).toBe(user.id);
    expect(await userIdForApiToken(`${secret}x`)).toBeNull();

    await revokeApiToken(scope, id);
    expect(await userIdForApiToken(secret)).toBeNull();

    const second = await createApiToken(scope, { name: "short-lived", expiresInDays: 1 });
    await db.apiToken.update({ where: { id: second.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await userIdForApiToken(second.secret)).toBeNull();
  });

  it("cannot revoke somebody else's token", async () => {
    const org = await createOrganisation();
    const a = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const b = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const token = await createApiToken(scopeOf(a, "COORDINATOR", org.id), { name: "mine", expiresInDays: 5 });
    await expect(revokeApiToken(scopeOf(b, "COORDINATOR", org.id), token.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await userIdForApiToken(token.secret)).toBe(a.id);
  });
});
