import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listProceedings } from "@/lib/proceedings/data";
import { updateProceeding } from "@/lib/proceedings/mutations";
import { presentProceeding } from "@/lib/proceedings/present";
import { updateProceedingSchema } from "@/lib/proceedings/schema";
import { localDay } from "@/lib/time/zoned";

type Context = { params: Promise<{ id: string; proceedingId: string }> };

/** Changes a case read at `version` (409 if it changed since). */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const params = await context.params;
  const victimId = routeIdOr404(params.id);
  const proceedingId = routeIdOr404(params.proceedingId);
  const input = updateProceedingSchema.parse(await readJson(request));
  // The case must be the URL's person's: checked before anything changes.
  await updateProceeding(actor.scope, proceedingId, input, victimId);
  const proceeding = (await listProceedings(actor.scope, victimId))?.find((p) => p.id === proceedingId);
  if (!proceeding) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentProceeding(proceeding, localDay(new Date(), actor.scope.timeZone ?? "UTC")));
});
