// The one permission table. Every "may this role do X" question in the app is answered here;
// the record-level question "which records" is answered by each domain's policy.ts.
import { NETWORK_ROLES, ORG_ROLES, type AnyRole } from "./roles";

export const PERMISSIONS = {
  /** Create and edit organisations and their first administrators. */
  "network.organisations.manage": ["NETWORK_ADMIN"],
  /** List members, add users, change roles, deactivate. */
  "org.members.manage": ["ORG_ADMIN"],
  "org.settings.manage": ["ORG_ADMIN"],
  "org.audit.read": ["ORG_ADMIN"],
  /** See every case record of the organisation (and those shared with it). */
  "cases.read.all": ["ORG_ADMIN", "COORDINATOR"],
  /** See the case records assigned to or created by oneself. */
  "cases.read.own": ["CASE_WORKER"],
  /** Open the list of victim records (what it shows is narrowed by lib/victims/policy.ts). */
  "cases.list": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER"],
  "cases.write": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER"],
  "cases.closure.approve": ["COORDINATOR"],
  "cases.referral.send": ["COORDINATOR"],
  /** Record that the police or another authority was told, on the person's recorded consent. */
  "cases.authorityReport": ["COORDINATOR", "CASE_WORKER"],
  /** Decide to report without consent (a child at risk, imminent danger), with a reason: audited. */
  "cases.authorityReport.override": ["COORDINATOR"],
  /** Break the glass on a restricted record of one's own organisation (an audited, timed unlock). */
  "cases.breakGlass": ["ORG_ADMIN", "COORDINATOR"],
  /**
   * Answer a data-subject request on one of the organisation's own people: export everything held
   * on them, set or lift a legal hold, erase (anonymise) them; each audited (decision 0033).
   */
  "cases.subjectRequest": ["COORDINATOR"],
  /**
   * Move a repatriation along the road home: prepare the request, make each step's moves and
   * write each step's record (on the side whose step it is).
   */
  "repatriations.move": ["COORDINATOR"],
  /**
   * Write on a repatriation case the organisation takes part in: messages and checklist tasks. The
   * endpoints for moves and step records open with it too, and answer the ORG_ADMIN with a reason
   * (repatriations.move is what a move needs).
   */
  "repatriations.write": ["ORG_ADMIN", "COORDINATOR"],
  /**
   * Open the board of returns home and a case on it: which cases is lib/repatriations/policy.ts's
   * (the coordinators every case of the organisation, a case worker those worked alone for the
   * people assigned to them).
   */
  "repatriations.read": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER"],
  /**
   * Work alone a return whose other side is outside Tumar (a counterpart) or a deportation the
   * organisation meets (decision 0030): the case worker for the people assigned to them.
   */
  "repatriations.alone.move": ["COORDINATOR", "CASE_WORKER"],
  /** Read the organisation's directory of counterparts outside Tumar (lib/counterparts). */
  "counterparts.read": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER"],
  /** Add a counterpart to the directory and correct its contact details. */
  "counterparts.write": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER"],
  /** Stop offering a counterpart (it stays on the cases that name it), or offer it again. */
  "counterparts.manage": ["ORG_ADMIN", "COORDINATOR"],
  "hotline.calls.read": ["ORG_ADMIN", "COORDINATOR", "HOTLINE_OPERATOR"],
  "hotline.calls.log": ["COORDINATOR", "HOTLINE_OPERATOR"],
  /** Open a new victim record from a hotline call (without seeing other victim records). */
  "victims.create.fromCall": ["COORDINATOR", "CASE_WORKER", "HOTLINE_OPERATOR"],
  /** Open the list of situations (what it shows is narrowed by lib/situations/policy.ts). */
  "situations.list": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "HOTLINE_OPERATOR"],
  /** See every situation of the organisation (lib/situations). */
  "situations.read.all": ["ORG_ADMIN", "COORDINATOR"],
  /**
   * See the situations one created or is in charge of, and (case workers) those of the people one
   * may see: lib/situations/policy.ts.
   */
  "situations.read.own": ["CASE_WORKER", "HOTLINE_OPERATOR"],
  /** Record situations, their notes, and link calls and people to them (among those one sees). */
  "situations.write": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "HOTLINE_OPERATOR"],
  /**
   * Open the list of perpetrator records (what it shows is narrowed by lib/perpetrators/policy.ts):
   * the roles that may read some of them (perpetrators.read.all or .own), never an analyst.
   */
  "perpetrators.list": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "HOTLINE_OPERATOR"],
  /** See every perpetrator record of the organisation (lib/perpetrators). */
  "perpetrators.read.all": ["ORG_ADMIN", "COORDINATOR"],
  /** See the perpetrator records one made and (case workers) those of one's situations. */
  "perpetrators.read.own": ["CASE_WORKER", "HOTLINE_OPERATOR"],
  /**
   * Ask the organisations that recorded a matching perpetrator to get in touch, and answer such
   * requests (lib/perpetrators/contact-requests.ts).
   */
  "perpetrators.contact": ["COORDINATOR"],
  /**
   * Share a perpetrator record with a partner that holds a grant on a person it is linked to, and
   * end the share (lib/perpetrators/sharing.ts, decision 0022).
   */
  "perpetrators.share": ["COORDINATOR"],
  /** Record perpetrators, link them to situations, and ask whether one was seen before (audited, limited). */
  "perpetrators.write": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "HOTLINE_OPERATOR"],
  "shelters.residents.read": ["ORG_ADMIN", "COORDINATOR", "SHELTER_STAFF"],
  /**
   * Admit, move and discharge residents and answer placement requests, in the shelters one sees.
   * The ORG_ADMIN reaches these endpoints but is refused there: lib/shelters/policy.ts mayRunShelter.
   */
  "shelters.stays.write": ["ORG_ADMIN", "COORDINATOR", "SHELTER_STAFF"],
  /** Create shelters, name their beds, assign shelter staff. */
  "shelters.manage": ["ORG_ADMIN", "COORDINATOR"],
  /** See free beds across the network and ask for a placement (no addresses, no residents). */
  "shelters.availability.read": ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "SHELTER_STAFF"],
  "reports.aggregate.read": ["ORG_ADMIN", "COORDINATOR", "ANALYST"],
  /**
   * Download the network's anonymised case-level file: the people of the organisations that chose
   * to add theirs (lib/reports/case-level.ts), k-anonymous, never a person's record.
   */
  "reports.network.export": ["NETWORK_ADMIN"],
  /** Every signed-in user: own profile, language, API tokens. */
  "self.manage": [...NETWORK_ROLES, ...ORG_ROLES],
} as const satisfies Record<string, readonly AnyRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleHas(role: AnyRole | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly AnyRole[]).includes(role);
}

export function permissionsOf(role: AnyRole | null | undefined): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => roleHas(role, permission));
}
