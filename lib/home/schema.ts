// The home's own query: how many days without activity make a case "stalled" (the same span the
// people list's `days` filter takes, so the home's link lands on the list it counted).
import { z } from "zod";
import { listVictimsQuerySchema } from "@/lib/victims/schema";
import { DEFAULT_STALLED_DAYS } from "@/lib/victims/queues";

export const homeQuerySchema = z.object({
  stalledDays: listVictimsQuerySchema.shape.days.unwrap().default(DEFAULT_STALLED_DAYS),
});
