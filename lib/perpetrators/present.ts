// The API's answers about perpetrators, typed against api-schema.ts.
import type { PerpetratorListItemResponse, PerpetratorMatchResponse, PerpetratorResponse } from "./api-schema";
import type { PerpetratorListItem, PerpetratorView } from "./data";

type ListItem = Omit<PerpetratorListItem, "sharedBy"> & { sharedBy?: string | null };

export function presentPerpetratorListItem(p: ListItem): PerpetratorListItemResponse {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    roles: p.roles,
    relation: p.relation,
    nationality: p.nationality,
    activeIn: p.activeIn,
    source: p.source,
    confidence: p.confidence,
    situations: p.situations,
    sharedBy: p.sharedBy ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

export function presentPerpetrator(p: PerpetratorView): PerpetratorResponse {
  return {
    ...presentPerpetratorListItem({ ...p, situations: p.situations.length }),
    aliases: p.aliases,
    notes: p.notes,
    sharedScope: p.sharedScope,
    version: p.version,
    identifiers: p.identifiers,
    linkedSituations: p.situations,
  };
}

export function presentPerpetratorMatch(m: { own: ListItem[]; otherOrganisations: number }): PerpetratorMatchResponse {
  return { own: m.own.map(presentPerpetratorListItem), otherOrganisations: m.otherOrganisations };
}
