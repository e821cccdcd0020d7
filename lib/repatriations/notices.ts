// Notices of repatriation events, written in the same transaction as the event, for the members of
// the other organisation on the case who work repatriations (ORG_ADMIN, COORDINATOR). They name
// the case, never the person. The bell reads them (lib/notifications).
import "server-only";
import type { Tx } from "@/lib/db";
import { PERMISSIONS } from "@/lib/roles/permissions";
import type { NotificationKind, RepatriationStatus } from "@/lib/generated/prisma/client";

export async function notifyOrganisation(
  tx: Tx,
  notice: {
    organisationId: string;
    kind: NotificationKind;
    repatriationId: string;
    status?: RepatriationStatus | null;
  },
) {
  const members = await tx.membership.findMany({
    where: {
      organisationId: notice.organisationId,
      role: { in: [...PERMISSIONS["cases.read.all"]] },
      user: { active: true },
    },
    select: { userId: true },
  });
  if (members.length === 0) return;
  await tx.notification.createMany({
    data: members.map((m) => ({
      userId: m.userId,
      organisationId: notice.organisationId,
      kind: notice.kind,
      repatriationId: notice.repatriationId,
      status: notice.status ?? null,
    })),
  });
}
