// The home's own query: how many days without activity make a case "stalled" (the same span the
// people list's `days` filter takes, so the home's link lands on the list it counted).
import { z } from "zod/mini";
import { listVictimsQuerySchema } from "@/lib/victims/schema";
import { DEFAULT_STALLED_DAYS } from "@/lib/victims/queues";

export const homeQuerySchema = z.object({
  stalledDays: z._default(listVictimsQuerySchema.shape.days.def.innerType, DEFAULT_STALLED_DAYS),
});
