import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import { counterpartResponseSchema } from "@/lib/counterparts/api-schema";
import {
  createCounterpartSchema,
  listCounterpartsQuerySchema,
  patchCounterpartSchema,
} from "@/lib/counterparts/schema";

const Counterpart = component("Counterpart", counterpartResponseSchema);

export const counterpartOperations = {
  "GET /api/v1/counterparts": {
    summary:
      "The organisation's directory of counterparts outside Tumar (embassies and consulates, IOM offices, government bodies, NGOs), by name",
    description: "`status` defaults to `active`: the counterparts still offered in forms.",
    query: listCounterpartsQuerySchema,
    answers: { 200: { description: "A page of counterparts", body: listOf("CounterpartList", Counterpart) } },
    errors: [400, 404],
  },
  "POST /api/v1/counterparts": {
    summary:
      "Add a counterpart to the organisation's directory; a name already listed for the same country answers 400",
    body: component("CreateCounterpart", createCounterpartSchema),
    answers: { 201: { description: "The new counterpart", body: Counterpart } },
    errors: [400, 404],
  },
  "GET /api/v1/counterparts/{id}": {
    summary: "One counterpart of the organisation's directory",
    params: idParams,
    answers: { 200: { description: "The counterpart", body: Counterpart } },
    errors: [404],
  },
  "PATCH /api/v1/counterparts/{id}": {
    summary:
      "Correct a counterpart read at `version`: only the fields sent change (null clears one); 409 if it changed since",
    description:
      "`active: false` stops offering it (it stays on the cases that name it), `active: true` offers it again: " +
      "coordinators and administrators only (422 for a case worker).",
    params: idParams,
    body: component("UpdateCounterpart", patchCounterpartSchema),
    answers: { 200: { description: "The counterpart after the change", body: Counterpart } },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
