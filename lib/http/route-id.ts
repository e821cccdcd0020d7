// Ids in URLs (a route's [id] segment, an id in the query string) are parsed one way: a UUID or
// nothing. A malformed id answers like a record the caller may not see (404), so the answer never
// tells the two apart.
import { z } from "zod";
import { AppError } from "@/lib/errors";

const uuid = z.uuid();

/** The id, or null for anything that is not a UUID. Pages: `if (!id) return denyAccess()`. */
export function parseRouteId(raw: unknown): string | null {
  const parsed = uuid.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** For route handlers: the id, or AppError NOT_FOUND (apiHandler answers 404 and records the denial). */
export function routeIdOr404(raw: unknown): string {
  const id = parseRouteId(raw);
  if (!id) throw new AppError("NOT_FOUND");
  return id;
}
