import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { issueInvitation } from "@/lib/invitations/mutations";
import type { CreateOrganisationInput } from "./schema";

/**
 * NETWORK_ADMIN creates an organisation and invites its first administrator: the answer
 * carries the one-time link and is the same whether or not the email has an account elsewhere.
 */
export async function createOrganisation(scope: Scope, input: CreateOrganisationInput) {
  const db = dbFor(scope);
  if (!roleHas(scope.role, "network.organisations.manage")) throw new AppError("NOT_FOUND");
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({
        data: {
          name: input.name,
          code: input.code,
          kind: input.kind,
          countryCode: input.countryCode,
          timeZone: input.timeZone,
        },
        select: { id: true },
      });
      await appendAudit(tx, scope, {
        action: "organisation.create",
        recordType: "ORGANISATION",
        recordId: organisation.id,
        organisationId: organisation.id,
      });
      // The invitation is the new organisation's row (row-level security): set it for this transaction.
      await tx.$executeRaw`SELECT set_config('tumar.organisation_id', ${organisation.id}, true)`;
      const adminInvitation = await issueInvitation(tx, scope, organisation.id, {
        name: input.adminName,
        email: input.adminEmail,
        role: "ORG_ADMIN",
      });
      return { ...organisation, adminInvitation };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      const [field, key] = target.includes("code")
        ? ["code", "errors.organisationCodeTaken"]
        : ["name", "errors.organisationExists"];
      throw new AppError("CONFLICT", "errors.CONFLICT", { [field]: key });
    }
    throw error;
  }
}
