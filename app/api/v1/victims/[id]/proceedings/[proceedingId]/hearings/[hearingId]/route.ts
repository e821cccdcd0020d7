import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listProceedings } from "@/lib/proceedings/data";
import { updateHearing } from "@/lib/proceedings/mutations";
import { presentProceeding } from "@/lib/proceedings/present";
import { updateHearingSchema } from "@/lib/proceedings/schema";
import { localDay } from "@/lib/time/zoned";

type Context = { params: Promise<{ id: string; proceedingId: string; hearingId: string }> };

/** Changes a hearing read at `version` (409 if it changed since); answers the case with its hearings. */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const params = await context.params;
  const victimId = routeIdOr404(params.id);
  const proceedingId = routeIdOr404(params.proceedingId);
  const hearingId = routeIdOr404(params.hearingId);
  const input = updateHearingSchema.parse(await readJson(request));
  // The hearing must be of the URL's case, and the case the URL's person's: checked before anything changes.
  await updateHearing(actor.scope, hearingId, input, { proceedingId, victimId });
  const proceeding = (await listProceedings(actor.scope, victimId))?.find((p) => p.id === proceedingId);
  if (!proceeding) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentProceeding(proceeding, localDay(new Date(), actor.scope.timeZone ?? "UTC")));
});
