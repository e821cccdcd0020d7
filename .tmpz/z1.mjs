import { z } from "zod";
export const s = z.object({ a: z.string().trim().max(3), b: z.enum(["x","y"]).nullable(), c: z.uuid() });
