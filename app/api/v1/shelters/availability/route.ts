import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { listAvailability } from "@/lib/shelters/data";
import { presentAvailability } from "@/lib/shelters/present";
import { availabilityQuerySchema } from "@/lib/shelters/schema";

/** Free beds across the network: never an address, a phone or a resident. */
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("shelters.availability.read");
  const query = availabilityQuerySchema.parse(searchParamsObject(request.url));
  return listResponse((await listAvailability(actor.scope, query)).map(presentAvailability), null);
});
