import { component, type Operations } from "@/lib/api/operation";
import { meResponseSchema } from "@/lib/users/api-schema";

export const meOperations = {
  "GET /api/v1/me": {
    summary: "The signed-in user, the organisation they act in, their memberships and permissions",
    answers: { 200: { description: "The caller", body: component("Me", meResponseSchema) } },
    errors: [],
  },
} satisfies Operations;
