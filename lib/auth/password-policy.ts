// What a new password must be, beyond the 12 characters the shared schema asks for: not common,
// not guessable from patterns or from the person's own name and email. zxcvbn-ts with its common
// dictionary (about 50,000 leaked and common passwords, shipped in the package: no network call)
// scores it; 3 ("safely unguessable: moderate protection from offline slow-hash scenario") is the
// floor. Server-only: the dictionary is large and stays out of the browser bundle.
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";

let estimator: ZxcvbnFactory | null = null;

export const MIN_PASSWORD_SCORE = 3;

/** null when the password is acceptable, else a translation key saying why not. */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < 12) return "errors.passwordTooShort";
  const lower = password.toLowerCase();
  // The person's own name or email in the password is refused outright (zxcvbn only discounts it).
  if (
    personal.some((p) =>
      p
        .toLowerCase()
        .split(/[@\s]+/)
        .some((part) => part.length >= 4 && lower.includes(part)),
    )
  )
    return "errors.passwordTooCommon";
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const words = personal.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  return estimator.check(password, words).score >= MIN_PASSWORD_SCORE ? null : "errors.passwordTooCommon";
}

/** Throws the field error when a new password is refused. */
export function assertAcceptablePassword(field: string, password: string, personal: string[]) {
  const problem = passwordProblem(password, personal);
  if (problem) throw new AppError("INVALID", "errors.INVALID", { [field]: problem });
}
