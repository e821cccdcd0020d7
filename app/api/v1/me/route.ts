import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler(async () => {
  const actor = await requireApiActor();
  return NextResponse.json({
    user: actor.user,
    role: actor.role,
    organisation: actor.current
      ? {
          id: actor.current.organisationId,
          name: actor.current.organisationName,
          countryCode: actor.current.countryCode,
          timeZone: actor.current.timeZone,
        }
      : null,
    memberships: actor.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      countryCode: m.countryCode,
      role: m.role,
    })),
    permissions: actor.permissions,
  });
});
