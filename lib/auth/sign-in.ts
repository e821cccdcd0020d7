// Checks a sign-in attempt. The answer for an unknown email, a wrong password and an inactive
// account is the same `null`, reached in about the same time (see verifyPassword), so a caller
// cannot tell whether an account exists. Every attempt is audited, without the email.
import { db } from "@/lib/db";
import { appendSystemAudit } from "@/lib/audit/mutations";
import { signInSchema } from "@/lib/users/schema";
import { verifyPassword } from "./password";
import { beforeSignIn, recordSignInFailure, recordSignInSuccess, SignInThrottled } from "./throttle";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Throws SignInThrottled when the account and address (or the address) made too many failed
 * attempts; see lib/auth/throttle.ts.
 */
export async function checkSignIn(raw: unknown, requestId: string | null, address = "unknown"): Promise<{ id: string } | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  let delayMs = 0;
  try {
    ({ delayMs } = await beforeSignIn(email, address));
  } catch (error) {
    if (error instanceof SignInThrottled) {
      await db.$transaction((tx) => appendSystemAudit(tx, { action: "auth.sign_in_throttled", actorUserId: null, requestId }));
    }
    throw error;
  }
  if (delayMs > 0) await pause(delayMs);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, networkRole: true, _count: { select: { memberships: true } } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const allowed = Boolean(user && passwordOk && user.active && (user.networkRole || user._count.memberships > 0));
  await db.$transaction((tx) =>
    appendSystemAudit(tx, {
      action: allowed ? "auth.sign_in" : "auth.sign_in_failed",
      actorUserId: user?.id ?? null,
      requestId,
      details: allowed ? undefined : { reason: !user ? "unknown_account" : !passwordOk ? "bad_password" : "inactive" },
    }),
  );
  if (allowed) await recordSignInSuccess(email, address);
  else await recordSignInFailure(email, address);
  return allowed && user ? { id: user.id } : null;
}
