// The OpenAPI 3.1 document for /api/v1, built from the same zod schemas the routes validate with,
// so the document cannot drift from the code. Each resource adds its paths here.
import { z } from "zod";
import { listParamsSchema } from "./handler";
import { ORG_ROLES, NETWORK_ROLES } from "@/lib/auth/roles";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { createMemberSchema, listMembersQuerySchema, memberResponseSchema, updateMemberSchema } from "@/lib/users/schema";
import {
  apiCreateHotlineCallSchema,
  hotlineCallListItemSchema,
  hotlineCallResponseSchema,
  listHotlineCallsQuerySchema,
  patchHotlineCallSchema,
} from "@/lib/hotline/schema";
import { duplicateCheckSchema, listVictimsQuerySchema, registerVictimSchema, updateVictimSchema } from "@/lib/victims/schema";
import { createReferralSchema } from "@/lib/referrals/schema";
import { completeTaskSchema, createRepatriationSchema, createTaskSchema, listRepatriationsQuerySchema, messageSchema, transitionSchema, updateStepSchema } from "@/lib/repatriations/schema";
import { admitSchema, answerPlacementSchema, availabilityQuerySchema, createShelterSchema, placementRequestSchema, updateStaySchema } from "@/lib/shelters/schema";
import { createOrganisationSchema, listOrganisationsQuerySchema, organisationResponseSchema } from "@/lib/orgs/schema";
import { invitationResponseSchema } from "@/lib/invitations/schema";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: "openapi-3.0", unrepresentable: "any" });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(["INVALID", "UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "RATE_LIMITED", "INTERNAL"]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const meResponseSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), locale: z.string() }),
  role: z.enum([...ORG_ROLES, ...NETWORK_ROLES]),
  organisation: z.object({ id: z.uuid(), name: z.string(), countryCode: z.string(), timeZone: z.string() }).nullable(),
  memberships: z.array(
    z.object({ organisationId: z.uuid(), organisationName: z.string(), countryCode: z.string(), role: z.enum(ORG_ROLES) }),
  ),
  permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [string, ...string[]])),
});

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "unavailable"]),
  time: z.string(),
});

const errorResponses = (codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: `Error (${code})`, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schemaRef: object, description: string) => ({ description, content: { "application/json": { schema: schemaRef } } });
const listOf = (name: string) => ({
  type: "object",
  required: ["items", "nextCursor"],
  properties: { items: { type: "array", items: ref(name) }, nextCursor: { type: ["string", "null"] } },
});

/** Query parameters of a list endpoint, from its zod schema. */
function queryParameters(s: z.ZodObject) {
  const jsonSchema = z.toJSONSchema(s, { target: "openapi-3.0", io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, object>;
  };
  return Object.entries(jsonSchema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: false, schema: property }));
}

const body = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Tumar API",
      version: "1",
      description:
        "Case-management API for counter-trafficking organisations. Authenticate with a personal API token " +
        "(`Authorization: Bearer <token>`, created in Settings) or the session cookie. Lists return " +
        "`{ items, nextCursor }` and accept `limit` (max 100) and `cursor`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: schema(errorBodySchema),
        Me: schema(meResponseSchema),
        Health: schema(healthResponseSchema),
        Member: schema(memberResponseSchema),
        CreateMember: z.toJSONSchema(createMemberSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        UpdateMember: z.toJSONSchema(updateMemberSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        Invitation: schema(invitationResponseSchema),
        Organisation: schema(organisationResponseSchema),
        CreatedOrganisation: schema(organisationResponseSchema.extend({ adminInvitation: invitationResponseSchema })),
        CreateOrganisation: z.toJSONSchema(createOrganisationSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        HotlineCall: schema(hotlineCallResponseSchema),
        HotlineCallListItem: schema(hotlineCallListItemSchema),
        CreateHotlineCall: z.toJSONSchema(apiCreateHotlineCallSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        PatchHotlineCall: z.toJSONSchema(patchHotlineCallSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        RegisterVictim: z.toJSONSchema(registerVictimSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        UpdateVictim: z.toJSONSchema(updateVictimSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        DuplicateCheck: z.toJSONSchema(duplicateCheckSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        CreateReferral: z.toJSONSchema(createReferralSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        CreateShelter: z.toJSONSchema(createShelterSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        Admit: z.toJSONSchema(admitSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        UpdateStay: z.toJSONSchema(updateStaySchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        PlacementRequest: z.toJSONSchema(placementRequestSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        AnswerPlacement: z.toJSONSchema(answerPlacementSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        CreateRepatriation: z.toJSONSchema(createRepatriationSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        Transition: z.toJSONSchema(transitionSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        Message: z.toJSONSchema(messageSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        CreateTask: z.toJSONSchema(createTaskSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        CompleteTask: z.toJSONSchema(completeTaskSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        UpdateStep: z.toJSONSchema(updateStepSchema, { target: "openapi-3.0", io: "input", unrepresentable: "any" }),
        Victim: { type: "object", description: "A victim record; fields outside the caller's visible set (a shared record) are null or empty." },
        VictimListItem: { type: "object", description: "A victim record in a list: case number, names, sex, age, citizenship, status, risk, case worker." },
      },
    },
    paths: {
      "/api/health": {
        get: {
          summary: "Application and database status",
          security: [],
          responses: {
            "200": { description: "Healthy", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
            "503": { description: "Database unavailable", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
          },
        },
      },
      "/api/v1/me": {
        get: {
          summary: "The signed-in user, their memberships and permissions",
          responses: {
            "200": json(ref("Me"), "The caller"),
            ...errorResponses([401]),
          },
        },
      },
      "/api/v1/members": {
        get: {
          summary: "Members of the caller's organisation (ORG_ADMIN)",
          parameters: queryParameters(listMembersQuerySchema),
          responses: { "200": json(listOf("Member"), "A page of members"), ...errorResponses([400, 401, 404]) },
        },
        post: {
          summary:
            "Invite someone to the caller's organisation with a role (ORG_ADMIN). No password is chosen: the answer's `url` is a " +
            "one-time link (shown only now, valid until `expiresAt`) where the invitee sets their own, or confirms an account they " +
            "already have. The answer is the same whether or not the email has an account in another organisation; 409 only when " +
            "it belongs to a member of the caller's own organisation.",
          requestBody: body("CreateMember"),
          responses: { "201": json(ref("Invitation"), "The invitation, with its one-time link"), ...errorResponses([400, 401, 404, 409]) },
        },
      },
      "/api/v1/members/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: {
          summary: "One member (ORG_ADMIN); the read is audited",
          responses: { "200": json(ref("Member"), "The member"), ...errorResponses([401, 404]) },
        },
        patch: {
          summary: "Change a member's role or deactivate them (ORG_ADMIN); `version` guards against lost updates",
          requestBody: body("UpdateMember"),
          responses: { "200": json(ref("Member"), "The member after the change"), ...errorResponses([400, 401, 404, 409, 422]) },
        },
      },
      "/api/v1/hotline-calls": {
        get: {
          summary: "Hotline calls the caller may see, newest first (no phone numbers or summaries in lists)",
          parameters: queryParameters(listHotlineCallsQuerySchema),
          responses: { "200": json(listOf("HotlineCallListItem"), "A page of calls"), ...errorResponses([400, 401]) },
        },
        post: {
          summary: "Log a call (HOTLINE_OPERATOR, COORDINATOR); `status: INCOMPLETE` lets a telephony system create a call for the operator to complete",
          requestBody: body("CreateHotlineCall"),
          responses: { "201": json(ref("HotlineCall"), "The new call"), ...errorResponses([400, 401, 404]) },
        },
      },
      "/api/v1/hotline-calls/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: {
          summary: "One call; the read is audited. `callerPhone` is null outside the organisation that took the call",
          responses: { "200": json(ref("HotlineCall"), "The call"), ...errorResponses([401, 404]) },
        },
        patch: {
          summary: "Change or complete a call (fields not sent stay as stored), or void it with `voidReason`",
          requestBody: body("PatchHotlineCall"),
          responses: { "200": json(ref("HotlineCall"), "The call after the change"), ...errorResponses([400, 401, 404, 409, 422]) },
        },
      },
      "/api/v1/victims": {
        get: {
          summary: "Victim records the caller may see; `q` searches names in any script and spelling (best matches first, no cursor)",
          parameters: queryParameters(listVictimsQuerySchema),
          responses: { "200": json(listOf("VictimListItem"), "A page of records"), ...errorResponses([400, 401]) },
        },
        post: {
          summary: "Register a person (identity first; `fromCallId` links a hotline call)",
          requestBody: body("RegisterVictim"),
          responses: { "201": json(ref("Victim"), "The new record"), ...errorResponses([400, 401, 404, 409]) },
        },
      },
      "/api/v1/victims/duplicate-check": {
        post: {
          summary: "Possible matches across the network by document number, or by name (any script) and birth date; another organisation's match is named only",
          requestBody: body("DuplicateCheck"),
          responses: { "200": { description: "`{ matches: [{ victimId, caseNumber, organisationName, sameOrganisation, reason }] }`" }, ...errorResponses([400, 401, 404]) },
        },
      },
      "/api/v1/victims/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: {
          summary: "One record; the read is audited. A record shared with the caller's organisation shows the shared field set only",
          responses: { "200": json(ref("Victim"), "The record"), ...errorResponses([401, 404]) },
        },
        patch: {
          summary: "Change fields (the rest stay); `version` must be the version last read, else 409 naming the fields changed meanwhile",
          requestBody: body("UpdateVictim"),
          responses: { "200": json(ref("Victim"), "The record after the change"), ...errorResponses([400, 401, 404, 409, 422]) },
        },
      },
      "/api/v1/victims/{id}/referrals": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary: "Refer the person to another organisation (COORDINATOR; needs the person's sharing consent naming it)",
          requestBody: body("CreateReferral"),
          responses: { "201": { description: "The referral, waiting for the receiver's answer" }, ...errorResponses([400, 401, 404, 409, 422]) },
        },
      },
      "/api/v1/shelters": {
        get: { summary: "The caller's shelters (assigned ones for SHELTER_STAFF) with beds occupied, held and free", responses: { "200": { description: "`{ items, nextCursor: null }`" }, ...errorResponses([401, 404]) } },
        post: { summary: "Add a shelter (ORG_ADMIN, COORDINATOR); address and phone are stored encrypted", requestBody: body("CreateShelter"), responses: { "201": { description: "`{ id }`" }, ...errorResponses([400, 401, 404]) } },
      },
      "/api/v1/shelters/availability": {
        get: {
          summary: "Free beds across the network by city, country, population and age; never an address or a resident",
          parameters: queryParameters(availabilityQuerySchema),
          responses: { "200": { description: "`{ items, nextCursor: null }`" }, ...errorResponses([400, 401, 404]) },
        },
      },
      "/api/v1/shelters/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: { summary: "The bed board of one of the caller's shelters", responses: { "200": { description: "Shelter, counts and residents (care fields only for SHELTER_STAFF)" }, ...errorResponses([401, 404]) } },
      },
      "/api/v1/shelters/{id}/stays": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: { summary: "Admit a person (409 when full, bed taken or already in a shelter)", requestBody: body("Admit"), responses: { "201": { description: "`{ id }` of the stay" }, ...errorResponses([400, 401, 404, 409]) } },
      },
      "/api/v1/shelter-stays/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        patch: { summary: "Record a service or incident, move to another bed, or discharge", requestBody: body("UpdateStay"), responses: { "200": { description: "`{ version }`" }, ...errorResponses([400, 401, 404, 409, 422]) } },
      },
      "/api/v1/placement-requests": {
        get: { summary: "Requests to the caller's shelters and from the caller's organisation", responses: { "200": { description: "`{ incoming, outgoing }`" }, ...errorResponses([401, 404]) } },
        post: {
          summary: "Ask a shelter for a bed for a person of the caller's organisation (the roles that may refer; the person's consent to share with the shelter's organisation)",
          requestBody: body("PlacementRequest"),
          responses: { "201": { description: "`{ id, status }`" }, ...errorResponses([400, 401, 404, 422]) },
        },
      },
      "/api/v1/placement-requests/{id}/answer": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: { summary: "Accept (holding a bed) or decline with a reason", requestBody: body("AnswerPlacement"), responses: { "200": { description: "Answered" }, ...errorResponses([400, 401, 404, 409, 422]) } },
      },
      "/api/v1/placement-requests/{id}/withdraw": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: { summary: "Withdraw a pending or accepted request (requesting organisation): the held bed is released and the shelter's access to the person ends", responses: { "200": { description: "`{ id, status }`" }, ...errorResponses([401, 404, 409]) } },
      },
      "/api/v1/repatriations": {
        get: {
          summary: "The organisation's repatriation cases on either side (COORDINATOR, ORG_ADMIN): status, days in status, overdue tasks, the other organisation",
          parameters: queryParameters(listRepatriationsQuerySchema.extend(listParamsSchema.shape)),
          responses: { "200": { description: "`{ items, nextCursor }`" }, ...errorResponses([400, 401, 404]) },
        },
        post: { summary: "Prepare a case (sending side's COORDINATOR); status DRAFT", requestBody: body("CreateRepatriation"), responses: { "201": { description: "`{ id, status }`" }, ...errorResponses([400, 401, 404]) } },
      },
      "/api/v1/repatriations/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: { summary: "One case: status, step records, timeline, the caller's side, the moves open to it, and whom it waits on (reading is audited)", responses: { "200": { description: "The case" }, ...errorResponses([401, 404]) } },
        patch: {
          summary: "Write fields of the step the case is in now (e.g. `{ documentStatus: ISSUED }`), for the side that works it; 422 with the reason when refused",
          requestBody: body("UpdateStep"),
          responses: { "200": { description: "`{ status }`" }, ...errorResponses([400, 401, 404, 422]) },
        },
      },
      "/api/v1/repatriations/{id}/transitions": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary: "Move the case: `{ to, reason?, ...fields of the step left or entered }` (travel plan, handover, reintegration plan); a refused move answers 422 with the reason",
          requestBody: body("Transition"),
          responses: { "200": { description: "`{ status }`" }, ...errorResponses([400, 401, 404, 422]) },
        },
      },
      "/api/v1/repatriations/{id}/messages": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: { summary: "The message thread between the two organisations (reading is audited)", responses: { "200": { description: "`{ items, nextCursor: null }`" }, ...errorResponses([401, 404]) } },
        post: { summary: "Write to the other side (encrypted at rest)", requestBody: body("Message"), responses: { "201": { description: "`{ id, createdAt }`" }, ...errorResponses([400, 401, 404, 422]) } },
      },
      "/api/v1/repatriations/{id}/tasks": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: { summary: "The checklist, with overdue tasks marked", responses: { "200": { description: "`{ items, nextCursor: null }`" }, ...errorResponses([401, 404]) } },
        post: { summary: "Add a task for the current status, for either side", requestBody: body("CreateTask"), responses: { "201": { description: "`{ id }`" }, ...errorResponses([400, 401, 404, 422]) } },
      },
      "/api/v1/repatriations/{id}/tasks/{taskId}/done": {
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "taskId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        ],
        post: { summary: "Mark a task done (the side it is assigned to); a follow-up needs `{ note }`", requestBody: body("CompleteTask"), responses: { "200": { description: "Done" }, ...errorResponses([400, 401, 404, 422]) } },
      },
      "/api/v1/organisations": {
        get: {
          summary: "Organisations of the network (NETWORK_ADMIN)",
          parameters: queryParameters(listOrganisationsQuerySchema),
          responses: { "200": json(listOf("Organisation"), "A page of organisations"), ...errorResponses([400, 401, 404]) },
        },
        post: {
          summary: "Create an organisation and invite its first administrator (NETWORK_ADMIN); `adminInvitation.url` is their one-time link",
          requestBody: body("CreateOrganisation"),
          responses: { "201": json(ref("CreatedOrganisation"), "The new organisation, with its administrator's invitation"), ...errorResponses([400, 401, 404, 409]) },
        },
      },
    },
  };
}
