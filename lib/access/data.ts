import "server-only";
import { cache } from "react";
import { dbFor } from "@/lib/db";
import type { RecordType } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { activeGrantWhere } from "./policy";

/**
 * Ids of records of one type that other organisations have shared with the actor's organisation.
 * Cached for the rest of a page's render (React cache: per request; a plain call outside
 * rendering), since they scope several reads of one page, and grants do not change mid-render.
 */
export const listSharedRecordIds = cache(async (scope: Scope, recordType: RecordType): Promise<string[]> => {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  const grants = await db.accessGrant.findMany({
    where: { ...activeGrantWhere(scope), recordType },
    select: { recordId: true },
  });
  return [...new Set(grants.map((g) => g.recordId))];
});

/** The active grant (if any) through which the actor's organisation sees one record. */
export async function getActiveGrant(scope: Scope, recordType: RecordType, recordId: string) {
  const db = dbFor(scope);
  if (!scope.organisationId) return null;
  return db.accessGrant.findFirst({
    where: { ...activeGrantWhere(scope), recordType, recordId },
    orderBy: { createdAt: "desc" },
    select: { id: true, scope: true, fields: true, expiresAt: true, ownerOrganisationId: true },
  });
}
