// The identity fields of a person, named against the registration schema; the edit form's schema
// has the same fields, so the shared inputs (identity-fields.tsx) serve both.
import { registerVictimSchema } from "@/lib/victims/schema";
import { defineForm } from "@/components/ui/form-field";

export const Identity = defineForm(registerVictimSchema);
