import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { listTasks } from "@/lib/repatriations/data";
import { addTask } from "@/lib/repatriations/mutations";
import { createTaskSchema } from "@/lib/repatriations/schema";
import { repatriationIds } from "@/lib/repatriations/route-params";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor("cases.read.all");
  const tasks = await listTasks(actor.scope, (await repatriationIds(context.params)).id);
  if (!tasks) throw new AppError("NOT_FOUND");
  return listResponse(tasks, null);
});

export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("repatriations.write");
  const { id } = await repatriationIds(context.params);
  const task = await addTask(actor.scope, id, createTaskSchema.parse(await readJson(request)));
  return NextResponse.json(task, { status: 201 });
});
