import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { listTasks } from "@/lib/repatriations/data";
import { addTask } from "@/lib/repatriations/mutations";
import { createTaskSchema } from "@/lib/repatriations/schema";
import type { RepatriationTaskCreatedResponse } from "@/lib/repatriations/api-schema";
import { presentRepatriationTask } from "@/lib/repatriations/present";
import { routeIdOr404 } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const tasks = await listTasks(actor.scope, routeIdOr404((await context.params).id));
  if (!tasks) throw new AppError("NOT_FOUND");
  return listResponse(tasks.map(presentRepatriationTask), null);
});

export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const task = await addTask(actor.scope, id, createTaskSchema.parse(await readJson(request)));
  return NextResponse.json({ id: task.id } satisfies RepatriationTaskCreatedResponse, { status: 201 });
});
