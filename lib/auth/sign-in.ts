// Checks a sign-in attempt. The answer for an unknown email, a wrong password and an inactive
// account is the same `null`, reached in about the same time (see verifyPassword), so a caller
// cannot tell whether an account exists. Every attempt is audited, without the email.
import { db } from "@/lib/db";
import { appendSystemAudit } from "@/lib/audit/mutations";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { verifyPassword } from "./password";
import { acceptSecondFactor } from "./second-factor";
import { beforeSignIn, recordSignInFailure, recordSignInSuccess, SignInThrottled } from "./throttle";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Throws SignInThrottled when the account and address (or the address) made too many failed
 * attempts; see lib/auth/throttle.ts.
 */
export async function checkSignIn(
  raw: unknown,
  requestId: string | null,
  address = "unknown",
): Promise<{ id: string } | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  let delayMs = 0;
  try {
    ({ delayMs } = await beforeSignIn(email, address));
  } catch (error) {
    if (error instanceof SignInThrottled) {
      await db.$transaction((tx) =>
        appendSystemAudit(tx, { action: "auth.sign_in_throttled", actorUserId: null, requestId }),
      );
    }
    throw error;
  }
  if (delayMs > 0) await pause(delayMs);
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      active: true,
      networkRole: true,
      totpEnabledAt: true,
      _count: { select: { memberships: true } },
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const mayAct = Boolean(user && passwordOk && user.active && (user.networkRole || user._count.memberships > 0));
  // With the password right, an account with a second factor asks for its code; this step alone
  // is neither a success nor a failure.
  if (mayAct && user?.totpEnabledAt && !parsed.data.code) throw new SecondFactorNeeded();
  const factorOk = !mayAct || !user?.totpEnabledAt || (await acceptSecondFactor(user.id, parsed.data.code!));
  const allowed = mayAct && factorOk;
  const reason = !user ? "unknown_account" : !passwordOk ? "bad_password" : !mayAct ? "inactive" : "bad_second_factor";
  await db.$transaction((tx) =>
    appendSystemAudit(tx, {
      action: allowed ? "auth.sign_in" : "auth.sign_in_failed",
      actorUserId: user?.id ?? null,
      requestId,
      details: allowed ? undefined : { reason },
    }),
  );
  if (allowed) await recordSignInSuccess(email, address);
  else await recordSignInFailure(email, address);
  if (mayAct && !factorOk) throw new SecondFactorWrong();
  return allowed && user ? { id: user.id } : null;
}

/** The password was right; the account's second factor is asked for next. */
export class SecondFactorNeeded extends Error {
  constructor() {
    super("SECOND_FACTOR_REQUIRED");
  }
}

export class SecondFactorWrong extends Error {
  constructor() {
    super("SECOND_FACTOR_WRONG");
  }
}
