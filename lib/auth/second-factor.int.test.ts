// The second factor on real PostgreSQL: enrolment, sign-in asking for the code, each code and each
// recovery code working once, and which roles must have it.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { sha256Hex } from "@/lib/crypto";
import { createOrganisation, createUser, scopeOf, TEST_PASSWORD } from "@/tests/support/factories";
import { codeAt, confirmEnrolment, disableSecondFactor, secondFactorRequired, startEnrolment } from "./second-factor";
import { checkSignIn, SecondFactorNeeded, SecondFactorWrong } from "./sign-in";
import { checkSession, startSession } from "./sessions";

const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 6)}`;

describe("second factor", () => {
  it("is set up with the password and a code, then asked for at every sign-in; a code works once", async () => {
    const org = await createOrganisation("totp");
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const scope = scopeOf(user, "CASE_WORKER", org.id);
    const here = await startSession(user.id);
    const elsewhere = await startSession(user.id);
    const { secret, qrSvg } = await startEnrolment(scope);
    expect(qrSvg).toContain("<svg");
    await expect(
      confirmEnrolment(scope, here, { currentPassword: TEST_PASSWORD, code: "000000" }),
    ).rejects.toMatchObject({ fields: { code: "errors.secondFactorWrong" } });
    await expect(
      confirmEnrolment(scope, here, { currentPassword: "wrong-password", code: await codeAt(secret) }),
    ).rejects.toMatchObject({ fields: { currentPassword: "errors.currentPasswordWrong" } });
    const { recoveryCodes } = await confirmEnrolment(scope, here, {
      currentPassword: TEST_PASSWORD,
      code: await codeAt(secret),
    });
    expect(recoveryCodes).toHaveLength(10);
    // Only hashes of the recovery codes are stored.
    const stored = (await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } })).map(
      (c) => c.codeHash,
    );
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    expect(stored).toContain(sha256Hex(recoveryCodes[0]!.replace("-", "")));
    expect(await checkSession(elsewhere, user.id)).toBe(false);
    // The seed is stored encrypted.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEncrypted).not.toContain(secret);

    const from = address();
    await expect(checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, from)).rejects.toBeInstanceOf(
      SecondFactorNeeded,
    );
    // The code used to confirm cannot be used again; the next one can, once.
    await expect(
      checkSignIn({ email: user.email, password: TEST_PASSWORD, code: await codeAt(secret) }, null, from),
    ).rejects.toBeInstanceOf(SecondFactorWrong);
    const next = await codeAt(secret, 30);
    expect(await checkSignIn({ email: user.email, password: TEST_PASSWORD, code: next }, null, from)).toEqual({
      id: user.id,
    });
    await expect(
      checkSignIn({ email: user.email, password: TEST_PASSWORD, code: next }, null, from),
    ).rejects.toBeInstanceOf(SecondFactorWrong);
    // A recovery code stands in for the app, once.
    expect(
      await checkSignIn(
        { email: user.email, password: TEST_PASSWORD, code: recoveryCodes[0]!.toUpperCase() },
        null,
        from,
      ),
    ).toEqual({ id: user.id });
    await expect(
      checkSignIn({ email: user.email, password: TEST_PASSWORD, code: recoveryCodes[0]! }, null, from),
    ).rejects.toBeInstanceOf(SecondFactorWrong);
    // A wrong password never reaches the code question.
    expect(await checkSignIn({ email: user.email, password: "not-the-password" }, null, address())).toBeNull();

    await disableSecondFactor(scope, here, { currentPassword: TEST_PASSWORD, code: recoveryCodes[1]! });
    expect(await checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, address())).toEqual({ id: user.id });
  });

  it("is required for administrators and coordinators where the deployment requires it", () => {
    for (const role of ["NETWORK_ADMIN", "ORG_ADMIN", "COORDINATOR"] as const)
      expect(secondFactorRequired(role, true), role).toBe(true);
    for (const role of ["CASE_WORKER", "HOTLINE_OPERATOR", "SHELTER_STAFF", "ANALYST"] as const)
      expect(secondFactorRequired(role, true), role).toBe(false);
    expect(secondFactorRequired("COORDINATOR", false)).toBe(false);
  });
});
