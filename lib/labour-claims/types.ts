// A claim for unpaid wages as the app reads it (lib/labour-claims/data.ts), for pages and components.
import type { ClaimRoute, ClaimStatus } from "./codes";

/** One person's line: amounts as exact decimals with two places ("1500.00"). */
export interface ClaimAmounts {
  owed: string;
  recovered: string;
}

/** Another person of the claim, as the viewer may see them (the one rule). */
export type ClaimOtherLine =
  | ({ shown: "person"; victimId: string; name: string; caseNumber: string } & ClaimAmounts)
  | { shown: "restricted"; caseNumber: string };

export interface LabourClaimView {
  id: string;
  /** Whether the claim is the viewer's organisation's (a partner reads only its person's line). */
  own: boolean;
  employer: {
    /** The linked perpetrator record, where the viewer may open it. */
    perpetratorId: string | null;
    /** The record's name (where the viewer may read it) or the name typed; null: a record the viewer does not see. */
    name: string | null;
    linked: boolean;
  };
  countryCode: string;
  workFrom: Date | null;
  workTo: Date | null;
  currency: string;
  route: ClaimRoute;
  status: ClaimStatus;
  filedOn: Date | null;
  /** The organisation's own situation of these people (never shown to a partner). */
  situation: { id: string; reference: string } | null;
  /** The outcome and anything else, in words: the organisation's own (never shown to a partner). */
  notes: string | null;
  /** This person's line. */
  person: ClaimAmounts;
  /** The others the viewer may see (the owner only; a partner: none). */
  others: ClaimOtherLine[];
  /** How many other people of the claim the viewer does not see (the owner only; a partner: null). */
  othersNotShown: number | null;
  /** Across all the claim's people (the owner only; a partner: null, it would reveal the others' amounts). */
  totals: (ClaimAmounts & { people: number }) | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the add and edit forms offer: employers, co-workers recruited together, situations. */
export interface ClaimChoices {
  employers: { id: string; name: string }[];
  /** People of the person's situations (recruited together), the viewer sees each whole. */
  coWorkers: { id: string; name: string; caseNumber: string }[];
  situations: { id: string; reference: string }[];
}

/** A row of the claim form's people: who (the label shown) and the amounts as typed. */
export interface ClaimPersonRow {
  victimId: string;
  label: string;
  owed: string;
  recovered: string;
}
