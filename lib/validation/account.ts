// The fields of a person's account, shared by sign-in (lib/auth), members (lib/users),
// invitations and new organisations' first administrators (lib/orgs). They live below all four
// so that none of them has to import another's schema for a field. Messages are translation keys.
import { z } from "zod/mini";
import { ORG_ROLES } from "@/lib/roles/roles";
import { optional, trimmedText } from "./fields";

export const emailField = z.pipe(
  z.string("errors.required").check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(254, "errors.tooLong")),
  z.pipe(
    z.email("errors.invalidEmail"),
    z.transform((email: string) => email.toLowerCase()),
  ),
);

/** A password being chosen; the password policy (lib/auth/password-policy.ts) applies on the server. */
export const newPasswordField = z
  .string("errors.required")
  .check(z.minLength(12, "errors.passwordTooShort"), z.maxLength(256, "errors.tooLong"));

/** A password being checked: any stored password is at most 256 characters, longer input is refused before hashing. */
export const currentPasswordField = z
  .string("errors.required")
  .check(z.minLength(1, "errors.required"), z.maxLength(256, "errors.tooLong"));

/** The second factor, asked for after the password when the account has one: 6 digits or a recovery code. */
export const secondFactorCodeField = optional(trimmedText(20));

export const personNameField = z
  .string("errors.required")
  .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(200, "errors.tooLong"));

export const orgRoleField = z.enum(ORG_ROLES, "errors.invalidChoice");
