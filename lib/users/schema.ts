// Forms and API bodies about users and memberships. Messages are translation keys (messages/*.json
// under "errors"), so the same schema gives errors in the user's language in the browser and on
// the server.
import { z } from "zod/mini";
import { trimmedText, versionField } from "@/lib/validation/fields";
import { LOCALES } from "@/lib/i18n/locales";
import { inviteMemberSchema } from "@/lib/invitations/schema";
import { currentPasswordField, newPasswordField, orgRoleField, secondFactorCodeField } from "@/lib/validation/account";

/** A new member is invited: the administrator never chooses their password. */
export const createMemberSchema = inviteMemberSchema;
export type CreateMemberInput = z.infer<typeof createMemberSchema>;

export const changeMemberRoleSchema = z.object({
  role: orgRoleField,
  version: versionField,
});
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const setMemberActiveSchema = z.object({
  active: z.boolean(),
  version: versionField,
});
export type SetMemberActiveInput = z.infer<typeof setMemberActiveSchema>;

export const MEMBER_STATUSES = ["active", "inactive", "all"] as const;

export const MEMBER_ORDERS = ["newest", "oldest", "name"] as const;

export const listMembersQuerySchema = z.object({
  q: z.optional(trimmedText(100)),
  role: z.optional(orgRoleField),
  status: z._default(z.enum(MEMBER_STATUSES), "active"),
  /** newest members first (the default), oldest first, or by name. */
  order: z.optional(z.enum(MEMBER_ORDERS)),
  cursor: z.optional(z.uuid()),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;

export const updateLocaleSchema = z.object({ locale: z.enum(LOCALES, "errors.invalidChoice") });
export type UpdateLocaleInput = z.infer<typeof updateLocaleSchema>;

/** A token lives 90 days at most unless the organisation allows longer; never more than 365. */
export const API_TOKEN_DEFAULT_MAX_DAYS = 90;
export const API_TOKEN_LONGEST_DAYS = 365;

export const createApiTokenSchema = z.object({
  name: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(80, "errors.tooLong")),
  expiresInDays: z.coerce
    .number("errors.outOfRange")
    .check(
      z.int("errors.outOfRange"),
      z.minimum(1, "errors.outOfRange"),
      z.maximum(API_TOKEN_LONGEST_DAYS, "errors.outOfRange"),
    ),
  /** Asked again at creation: a session alone does not mint a token. */
  currentPassword: currentPasswordField,
  /** The second factor's current code or a recovery code, where the user has a second factor. */
  code: secondFactorCodeField,
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenSettingsSchema = z.object({
  apiTokenMaxDays: z.coerce
    .number("errors.outOfRange")
    .check(
      z.int("errors.outOfRange"),
      z.minimum(1, "errors.outOfRange"),
      z.maximum(API_TOKEN_LONGEST_DAYS, "errors.outOfRange"),
    ),
});
export type ApiTokenSettingsInput = z.infer<typeof apiTokenSettingsSchema>;

export const removeMembershipSchema = z.object({
  version: versionField,
});
export type RemoveMembershipInput = z.infer<typeof removeMembershipSchema>;

/** Change a member's role and/or whether they may sign in (API PATCH). */
export const updateMemberSchema = z
  .object({
    role: z.optional(orgRoleField),
    active: z.optional(z.boolean()),
    version: z.number().check(z.int(), z.minimum(1), z.maximum(2_147_483_647)),
  })
  .check(
    z.refine((value) => value.role !== undefined || value.active !== undefined, {
      message: "errors.required",
      path: ["role"],
    }),
  );
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

/** A member as the API returns it. */
export const memberResponseSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: orgRoleField,
  active: z.boolean(),
  version: z.number().check(z.int()),
  createdAt: z.iso.datetime(),
});
export type MemberResponse = z.infer<typeof memberResponseSchema>;

export const switchOrganisationSchema = z.object({ organisationId: z.uuid("errors.invalid") });

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordField,
  newPassword: newPasswordField,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const secondFactorConfirmSchema = z.object({
  currentPassword: currentPasswordField,
  code: z
    .string("errors.required")
    .check(z.trim(), z.minLength(6, "errors.secondFactorWrong"), z.maxLength(20, "errors.tooLong")),
});
export type SecondFactorConfirmInput = z.infer<typeof secondFactorConfirmSchema>;
