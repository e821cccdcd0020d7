// The API's answers about counterparts, typed against api-schema.ts.
import type { CounterpartResponse } from "./api-schema";
import type { CounterpartView } from "./data";

export function presentCounterpart(c: CounterpartView): CounterpartResponse {
  return {
    id: c.id,
    name: c.name,
    countryCode: c.countryCode,
    type: c.type,
    contactPerson: c.contactPerson,
    phone: c.phone,
    email: c.email,
    notes: c.notes,
    active: c.active,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
