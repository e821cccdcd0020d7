import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listProceedings } from "@/lib/proceedings/data";
import { createProceeding } from "@/lib/proceedings/mutations";
import { presentProceeding } from "@/lib/proceedings/present";
import { proceedingSchema } from "@/lib/proceedings/schema";
import { localDay } from "@/lib/time/zoned";
import type { Scope } from "@/lib/roles/scope";

type Context = { params: Promise<{ id: string }> };

const today = (scope: Scope) => localDay(new Date(), scope.timeZone ?? "UTC");

/** The person's legal proceedings with their hearings (a partner: only where its grant names "proceedings"). */
export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const proceedings = await listProceedings(actor.scope, routeIdOr404((await context.params).id));
  if (!proceedings) throw new AppError("NOT_FOUND");
  return NextResponse.json({ items: proceedings.map((p) => presentProceeding(p, today(actor.scope))) });
});

/** Records a case of the person (the person's organisation, on an open record). */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const id = routeIdOr404((await context.params).id);
  const input = proceedingSchema.parse(await readJson(request));
  const created = await createProceeding(actor.scope, id, input);
  const proceeding = (await listProceedings(actor.scope, id))?.find((p) => p.id === created.id);
  if (!proceeding) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentProceeding(proceeding, today(actor.scope)), { status: 201 });
});
