// The fields of a person's account, shared by sign-in (lib/auth), members (lib/users),
// invitations and new organisations' first administrators (lib/orgs). They live below all four
// so that none of them has to import another's schema for a field. Messages are translation keys.
import { z } from "zod";
import { ORG_ROLES } from "@/lib/roles/roles";

export const emailField = z
  .string("errors.required")
  .trim()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .pipe(z.email("errors.invalidEmail"))
  .transform((email) => email.toLowerCase());

/** A password being chosen; the password policy (lib/auth/password-policy.ts) applies on the server. */
export const newPasswordField = z
  .string("errors.required")
  .min(12, "errors.passwordTooShort")
  .max(256, "errors.tooLong");

/** A password being checked: any stored password is at most 256 characters, longer input is refused before hashing. */
export const currentPasswordField = z.string("errors.required").min(1, "errors.required").max(256, "errors.tooLong");

/** The second factor, asked for after the password when the account has one: 6 digits or a recovery code. */
export const secondFactorCodeField = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.string().trim().max(20, "errors.tooLong").optional(),
);

export const personNameField = z.string("errors.required").trim().min(1, "errors.required").max(200, "errors.tooLong");

export const orgRoleField = z.enum(ORG_ROLES, "errors.invalidChoice");
