// The intake's fields, named against the shared schema (the same one the server checks).
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import type { SchemaForm } from "@/components/ui/use-schema-form";

export const Call = defineForm(createHotlineCallSchema);
export type CallFormApi = SchemaForm<typeof createHotlineCallSchema>;
export type Countries = { first: CountryChoice[]; rest: CountryChoice[] };
