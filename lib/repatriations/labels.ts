// The translation keys of a status, a move and its hint, for a kind of return: a deportation's
// "travel planned" is its announcement and its handover the reception; a self-organised arrival is
// reported in (decision 0030). Statuses keep their names in the database and the API.
import type { RepatriationStatus, ReturnKind } from "./codes";

/** The statuses a kind names its own way (messages: repatriations.kindStatuses / kindMoves / moveHints.kinds). */
const NAMED_BY_KIND: Partial<Record<ReturnKind, readonly RepatriationStatus[]>> = {
  DEPORTATION: ["TRAVEL_PLANNED", "HANDED_OVER"],
  SELF_ORGANISED: ["HANDED_OVER"],
};

const own = (kind: ReturnKind, status: RepatriationStatus) => NAMED_BY_KIND[kind]?.includes(status) ?? false;

export const statusKey = (kind: ReturnKind, status: RepatriationStatus) =>
  own(kind, status) ? `repatriations.kindStatuses.${kind}.${status}` : `repatriations.statuses.${status}`;

export const moveKey = (kind: ReturnKind, to: RepatriationStatus) =>
  own(kind, to) ? `repatriations.kindMoves.${kind}.${to}` : `repatriations.moves.${to}`;

export const moveHintKey = (kind: ReturnKind, to: RepatriationStatus) =>
  own(kind, to) ? `repatriations.moveHints.kinds.${kind}.${to}` : `repatriations.moveHints.${to}`;
