import * as z from "zod/mini";
export const s = z.object({ a: z.string().check(z.trim(), z.maxLength(3)), b: z.nullable(z.enum(["x","y"])), c: z.uuid() });
