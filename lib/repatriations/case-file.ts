// What a repatriation case's page shows, loaded in one place with the page's yes/no answers
// (`may`), so the page only renders. The case, its messages and tasks are read under
// repatriationWhere; null for a case the actor may not see (the page answers 404).
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { listConsents } from "@/lib/casework/data";
import { recipientOf, requestConsents } from "@/lib/casework/rules";
import { getRepatriation, listMessages, listReceivingOrganisations, listTasks } from "./data";
import { mayHandToPartner } from "./policy";
import { CLOSED_STATUSES, type RepatriationStatus } from "./codes";
import { listDocuments } from "@/lib/documents/data";
import { listLegalStatuses } from "@/lib/documents/legal-status";

/** The moves that end a case short of the road home. */
const ENDINGS: readonly RepatriationStatus[] = ["DECLINED", "CANCELLED", "STAYS"];

/** The steps whose work turns on the person's papers and legal status. */
const PAPERS_STEPS: readonly RepatriationStatus[] = ["RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "TRAVEL_PLANNED"];

export type RepatriationCaseFile = NonNullable<Awaited<ReturnType<typeof loadRepatriationCase>>>;

export async function loadRepatriationCase(scope: Scope, id: string) {
  const found = await getRepatriation(scope, id);
  if (!found) return null;
  const [messages, tasks] = await Promise.all([listMessages(scope, found.id), listTasks(scope, found.id)]);
  // A draft of the sending side: the consents its request needs, shown in the header.
  const consents =
    found.status === "DRAFT" && found.side === "SENDING" && found.person
      ? await listConsents(scope, found.person.id)
      : null;
  // The person's documents and legal status where the step turns on them, through the one rule:
  // the receiving side sees them only where its grant names them (null: not shown).
  const [documents, legalStatuses] =
    found.person && PAPERS_STEPS.includes(found.status)
      ? await Promise.all([listDocuments(scope, found.person.id), listLegalStatuses(scope, found.person.id)])
      : [null, null];
  // The other side a request is shared with: the partner organisation, or the counterpart.
  // A counterpart case in the home country may be handed to a partner there that joined Tumar.
  const partners =
    found.counterpart?.side === "RECEIVING" && mayHandToPartner(scope) && !CLOSED_STATUSES.includes(found.status)
      ? (await listReceivingOrganisations(scope)).filter((o) => o.countryCode === found.receiving.country)
      : [];
  const receiver =
    found.counterpart && found.counterpart.side === "RECEIVING"
      ? { id: found.counterpart.id, name: found.counterpart.name, counterpart: true }
      : {
          id: found.receiving.organisationId,
          name: found.receiving.name,
          deportation: found.kind === "DEPORTATION",
        };
  const live = !CLOSED_STATUSES.includes(found.status);
  return {
    found,
    messages,
    tasks:
      tasks?.map((task) => ({
        ...task,
        mayComplete: live && !task.doneOn && found.sides.includes(task.assigneeSide),
      })) ?? null,
    consents,
    /** Partner organisations the counterpart case may be handed to (empty: not offered). */
    partners: partners.map((o) => ({ id: o.id, name: o.name })),
    documents,
    legalStatuses,
    /** Whether the page says where the person's papers are (a step that turns on them). */
    papersStep: found.person !== null && PAPERS_STEPS.includes(found.status),
    receiver,
    consentMissing:
      consents !== null &&
      requestConsents(
        consents,
        recipientOf({
          kind: found.kind,
          receivingOrganisationId: found.receiving.organisationId,
          counterpartId: found.counterpart?.side === "RECEIVING" ? found.counterpart.id : null,
        }),
      ).some((c) => !c.given),
    live,
    /** The moves on along the road, and the ways the case may end (declined, cancelled). */
    forward: found.nextMoves.filter((m) => !ENDINGS.includes(m)),
    ending: found.nextMoves.filter((m) => ENDINGS.includes(m)),
    may: {
      writeStep: live && found.editableFields.length > 0,
      addTask: live,
      postMessage: live,
    },
  };
}
