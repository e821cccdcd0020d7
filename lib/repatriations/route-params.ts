import { z } from "zod";
import { AppError } from "@/lib/errors";

/** The case id (and task id) of a repatriation route, or a 404 for anything that is not a UUID. */
export async function repatriationIds(params: Promise<{ id: string; taskId?: string }>) {
  const raw = await params;
  const parsed = z.object({ id: z.uuid(), taskId: z.uuid().optional() }).safeParse(raw);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}
