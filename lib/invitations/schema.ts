// Invitations: an administrator names the new member (email, name, role) and gets a one-time link;
// the invitee sets their own password there, or, with an account already, confirms it.
import { z } from "zod/mini";
import {
  currentPasswordField,
  emailField,
  newPasswordField,
  orgRoleField,
  personNameField,
  secondFactorCodeField,
} from "@/lib/validation/account";

/** How long a link works. */
export const INVITATION_HOURS = 72;

/** 32 random bytes, base64url: what the link carries (only its SHA-256 is stored). */
export const invitationTokenField = z
  .string("errors.invitationInvalid")
  .check(z.regex(/^[A-Za-z0-9_-]{43}$/, "errors.invitationInvalid"));

/** Who is invited: the administrator names them and their role, never their password. */
export const inviteMemberSchema = z.object({
  name: personNameField,
  email: emailField,
  role: orgRoleField,
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

/** What a form is given back once: the link's path (with its token) and when it stops working. */
export interface InvitationLinkView {
  id: string;
  path: string;
  expiresAt: string;
}

/** A new account: the invitee chooses the password (the password policy applies on the server). */
export const acceptInvitationSchema = z.object({
  token: invitationTokenField,
  password: newPasswordField,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** An account that exists already: its own password, and its second factor's code if it has one. */
export const acceptInvitationSignedSchema = z.object({
  token: invitationTokenField,
  password: currentPasswordField,
  code: secondFactorCodeField,
});
export type AcceptInvitationSignedInput = z.infer<typeof acceptInvitationSignedSchema>;

/** What the administrator is told: the same whether or not the email has an account anywhere. */
export const invitationResponseSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: orgRoleField,
  expiresAt: z.iso.datetime(),
  /** The one-time link: shown once, never stored. */
  url: z.string(),
});
export type InvitationResponse = z.infer<typeof invitationResponseSchema>;

/** The link's path; the token travels in the query string, which the app never logs. */
export const invitationPath = (token: string) => `/invitation?token=${token}`;
