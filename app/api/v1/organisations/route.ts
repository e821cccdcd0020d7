import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { searchParamsObject } from "@/lib/list-query";
import { getOrganisation, listOrganisations } from "@/lib/orgs/data";
import { createOrganisation } from "@/lib/orgs/mutations";
import { presentOrganisation } from "@/lib/orgs/present";
import { createOrganisationSchema, listOrganisationsQuerySchema } from "@/lib/orgs/schema";
import { presentInvitation } from "@/lib/invitations/present";
import type { CreatedOrganisationResponse } from "@/lib/orgs/api-schema";

// Organisations of the network (NETWORK_ADMIN).
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("network.organisations.manage");
  const query = listOrganisationsQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listOrganisations(actor.scope, query);
  return listResponse(items.map(presentOrganisation), nextCursor);
});

// The first administrator is invited: the answer carries their one-time link.
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("network.organisations.manage");
  const input = createOrganisationSchema.parse(await readJson(request));
  const { id, adminInvitation } = await createOrganisation(actor.scope, input);
  const organisation = await getOrganisation(actor.scope, id);
  if (!organisation) throw new AppError("NOT_FOUND");
  const created: CreatedOrganisationResponse = {
    ...presentOrganisation(organisation),
    adminInvitation: presentInvitation(adminInvitation, request.url),
  };
  return NextResponse.json(created, { status: 201 });
});
