// Query strings of list pages are typed by people and shared as links: a bad value drops that one
// filter instead of failing the page. (The JSON API answers 400 for the same input instead.)
import { z } from "zod";

export function parseListQuery<S extends z.core.$ZodType>(
  schema: S,
  params: Record<string, string | string[] | undefined>,
): z.output<S> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === "string" && value !== "") input[key] = value;
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = z.safeParse(schema, input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) delete input[String(issue.path[0])];
  }
  return z.parse(schema, {});
}

/** URLSearchParams as a plain object, for parsing API list queries. */
export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
