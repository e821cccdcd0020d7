// A person's legal proceeding as the app reads it (lib/proceedings/data.ts), for pages and components.
import type {
  HearingStatus,
  ProceedingAuthority,
  ProceedingKind,
  ProceedingOutcome,
  ProceedingRole,
  ProtectionMeasure,
} from "./codes";

export interface HearingView {
  id: string;
  /** A calendar date (midnight UTC). */
  heldOn: Date;
  /** "HH:MM" where the hearing is held, or null. */
  timeOfDay: string | null;
  status: HearingStatus;
  note: string | null;
  version: number;
}

export interface ProceedingView {
  id: string;
  kind: ProceedingKind;
  authority: ProceedingAuthority;
  authorityName: string | null;
  countryCode: string;
  caseNumber: string | null;
  role: ProceedingRole;
  lawyer: string | null;
  openedOn: Date | null;
  protectionAsked: ProtectionMeasure[];
  protectionGranted: ProtectionMeasure[];
  /** Exact decimal amounts ("150000.00"), in compensationCurrency. */
  compensationClaimed: string | null;
  compensationAwarded: string | null;
  compensationCurrency: string | null;
  outcome: ProceedingOutcome;
  outcomeOn: Date | null;
  notes: string | null;
  /** The owner's links: null and empty for a partner, who never reads them. */
  situationId: string | null;
  perpetratorIds: string[];
  hearings: HearingView[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
