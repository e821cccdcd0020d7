// The shape of a case's reintegration as pages and components receive it (lib/reintegration/data.ts
// builds it); here so components can type their props without importing server reads.
import type { AssistanceStatus, AssistanceType } from "./codes";
import type { Answers, Scores } from "./survey";

export interface Reintegration {
  /** The case's version, which the flags are written at. */
  version: number;
  flags: {
    remigratedOn: Date | null;
    retraffickedOn: Date | null;
    retraffickedSituationId: string | null;
    lostContactOn: Date | null;
  };
  assistance: {
    id: string;
    type: AssistanceType;
    status: AssistanceStatus;
    /** Two decimals, as text (no rounding through floating point). */
    amount: string | null;
    currency: string | null;
    provider: string | null;
    startsOn: Date | null;
    endsOn: Date | null;
    version: number;
  }[];
  followUps: {
    id: string;
    taskId: string;
    month: number;
    conductedOn: Date;
    scores: Scores;
    /** Null where the reader does not see the person. */
    answers: Answers | null;
  }[];
}
