// Writing the organisation's directory of counterparts outside Tumar: add, correct at the version
// read, stop offering or offer again. The organisation is always the actor's (row-level security
// holds the same). Each change is audited with the counterpart's id and the names of the fields
// changed, never their values.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { counterpartWhere, mayManageCounterparts, mayWriteCounterparts } from "./policy";
import type {
  CreateCounterpartInput,
  PatchCounterpartInput,
  SetCounterpartActiveInput,
  UpdateCounterpartInput,
} from "./schema";

type Columns = {
  name: string;
  countryCode: string;
  type: CreateCounterpartInput["type"];
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
};

const DUPLICATE = () => new AppError("INVALID", "errors.counterpartExists", { name: "errors.counterpartExists" });

function assertWrites(scope: Scope): asserts scope is Scope & { organisationId: string } {
  if (!mayWriteCounterparts(scope)) throw new AppError("NOT_FOUND");
}

function columnsOf(input: CreateCounterpartInput): Columns {
  return {
    name: input.name,
    countryCode: input.countryCode,
    type: input.type,
    contactPerson: input.contactPerson || null,
    phone: input.phone || null,
    email: input.email || null,
    notes: input.notes || null,
  };
}

/** The database's unique (organisation, name, country) refused a write another request made first. */
function isDuplicate(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Another entry of the directory with this name (in any case) and country: the same office twice. */
async function assertNoTwin(
  tx: Tx,
  organisationId: string,
  columns: Pick<Columns, "name" | "countryCode">,
  id?: string,
) {
  const twin = await tx.counterpart.findFirst({
    where: {
      organisationId,
      countryCode: columns.countryCode,
      name: { equals: columns.name, mode: "insensitive" },
      ...(id ? { id: { not: id } } : {}),
    },
    select: { id: true },
  });
  if (twin) throw DUPLICATE();
}

export async function createCounterpart(scope: Scope, input: CreateCounterpartInput) {
  assertWrites(scope);
  const organisationId = scope.organisationId;
  const columns = columnsOf(input);
  try {
    return await dbFor(scope).$transaction(async (tx) => {
      await assertNoTwin(tx, organisationId, columns);
      const { id } = await tx.counterpart.create({
        data: { ...columns, organisationId, createdById: scope.userId },
        select: { id: true },
      });
      await appendAudit(tx, scope, {
        action: "counterpart.create",
        details: { counterpartId: id, type: columns.type, countryCode: columns.countryCode },
      });
      return { id };
    });
  } catch (error) {
    if (isDuplicate(error)) throw DUPLICATE();
    throw error;
  }
}

/**
 * The one place a counterpart changes: the fields given and/or whether it is offered, at the
 * version read (a change made since answers CONFLICT and changes nothing). Stopping or resuming
 * the offer is for counterparts.manage; a case worker who asks is told so. Nothing that differs
 * from what is stored: nothing is written.
 */
async function changeCounterpart(scope: Scope, id: string, version: number, given: Partial<Columns>, active?: boolean) {
  assertWrites(scope);
  const organisationId = scope.organisationId;
  try {
    return await dbFor(scope).$transaction(async (tx) => {
      const current = await tx.counterpart.findFirst({
        where: { AND: [{ id }, counterpartWhere(scope)] },
        select: {
          name: true,
          countryCode: true,
          type: true,
          contactPerson: true,
          phone: true,
          email: true,
          notes: true,
          active: true,
          version: true,
        },
      });
      if (!current) throw new AppError("NOT_FOUND");
      const activeChange = active !== undefined && active !== current.active ? active : undefined;
      if (activeChange !== undefined && !mayManageCounterparts(scope))
        throw new AppError("UNPROCESSABLE", "errors.counterpartManageOnly", { active: "errors.counterpartManageOnly" });
      if (current.version !== version) throw new AppError("CONFLICT", "errors.staleRecord");
      const changes = Object.fromEntries(
        Object.entries(given).filter(([key, value]) => value !== undefined && value !== current[key as keyof Columns]),
      ) as Partial<Columns>;
      const fields = Object.keys(changes);
      if (!fields.length && activeChange === undefined) return { id, version };
      if (changes.name !== undefined || changes.countryCode !== undefined)
        await assertNoTwin(
          tx,
          organisationId,
          { name: changes.name ?? current.name, countryCode: changes.countryCode ?? current.countryCode },
          id,
        );
      const updated = await tx.counterpart.updateMany({
        where: { id, version },
        data: {
          ...changes,
          ...(activeChange !== undefined ? { active: activeChange } : {}),
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
      if (fields.length)
        await appendAudit(tx, scope, { action: "counterpart.update", details: { counterpartId: id, fields } });
      if (activeChange !== undefined)
        await appendAudit(tx, scope, {
          action: activeChange ? "counterpart.reactivate" : "counterpart.deactivate",
          details: { counterpartId: id },
        });
      return { id, version: version + 1 };
    });
  } catch (error) {
    if (isDuplicate(error)) throw DUPLICATE();
    throw error;
  }
}

/** Corrects a counterpart read at `version`: the whole form (a blank field clears it). */
export async function updateCounterpart(scope: Scope, id: string, input: UpdateCounterpartInput) {
  const { version, ...fields } = input;
  return changeCounterpart(scope, id, version, columnsOf(fields));
}

/** Stops offering a counterpart (it stays on the cases that name it), or offers it again. */
export async function setCounterpartActive(scope: Scope, id: string, input: SetCounterpartActiveInput) {
  return changeCounterpart(scope, id, input.version, {}, input.active);
}

/** The API's change: only the fields sent (null clears one), and whether it is offered. */
export async function patchCounterpart(scope: Scope, id: string, input: PatchCounterpartInput) {
  const { version, active, ...sent } = input;
  const changes: Partial<Columns> = {};
  if (sent.name !== undefined) changes.name = sent.name;
  if (sent.countryCode !== undefined) changes.countryCode = sent.countryCode;
  if (sent.type !== undefined) changes.type = sent.type;
  for (const key of ["contactPerson", "phone", "email", "notes"] as const)
    if (sent[key] !== undefined) changes[key] = sent[key] || null;
  return changeCounterpart(scope, id, version, changes, active);
}
