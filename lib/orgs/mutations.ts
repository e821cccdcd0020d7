import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-policy";
import { roleHas } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateOrganisationInput } from "./schema";

/** NETWORK_ADMIN creates an organisation together with its first administrator. */
export async function createOrganisation(scope: Scope, input: CreateOrganisationInput) {
  const db = dbFor(scope);
  if (!roleHas(scope.role, "network.organisations.manage")) throw new AppError("NOT_FOUND");
  assertAcceptablePassword("adminPassword", input.adminPassword, [input.adminName, input.adminEmail]);
  const passwordHash = await hashPassword(input.adminPassword);
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({
        data: { name: input.name, code: input.code, kind: input.kind, countryCode: input.countryCode, timeZone: input.timeZone },
        select: { id: true },
      });
      const admin = await tx.user.create({
        data: { name: input.adminName, email: input.adminEmail, passwordHash },
        select: { id: true },
      });
      const membership = await tx.membership.create({
        data: { userId: admin.id, organisationId: organisation.id, role: "ORG_ADMIN" },
        select: { id: true },
      });
      await appendAudit(tx, scope, {
        action: "organisation.create",
        recordType: "ORGANISATION",
        recordId: organisation.id,
        organisationId: organisation.id,
      });
      await appendAudit(tx, scope, {
        action: "member.create",
        recordType: "MEMBERSHIP",
        recordId: membership.id,
        organisationId: organisation.id,
        details: { userId: admin.id, role: "ORG_ADMIN" },
      });
      return organisation;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      const [field, key] = target.includes("email")
        ? ["adminEmail", "errors.emailTaken"]
        : target.includes("code")
          ? ["code", "errors.organisationCodeTaken"]
          : ["name", "errors.organisationExists"];
      throw new AppError("CONFLICT", "errors.CONFLICT", { [field]: key });
    }
    throw error;
  }
}
