// Types of @provplan/core: the JSON of CONTRACT.md (scenario versions 1 and 2), with the extra
// fields the engine writes. Rule ids (R…) refer to RULES.md.

// --- ids -----------------------------------------------------------------------------------

/** R1: the parent organization's plan. */
export type PlanId =
  | 'team'
  | 'enterprise_seat_based'
  | 'enterprise_usage_based'
  | 'enterprise_usage_based_single_seat'
  | 'console_only';
/** R2 */
export type ProductId = 'claude' | 'console';
/** R3: Claude roles, highest first. */
export type ClaudeRole = 'owner' | 'admin' | 'user';
/** R3: Console roles, in the default precedence (`limited_developer`: scenario version 2). */
export type ConsoleRole = 'admin' | 'developer' | 'limited_developer' | 'billing' | 'claude_code_user' | 'user';
/** R3: the Console roles of scenario version 1. */
export type ConsoleRoleV1 = Exclude<ConsoleRole, 'limited_developer'>;
export type RoleId = ClaudeRole | ConsoleRole;
/** The versions of the scenario format (CONTRACT.md §1). */
export type VersionId = 1 | 2;
/** R1/R4: Claude seat tiers of every plan. */
export type SeatTierId = 'premium' | 'standard' | 'chat_claude_code' | 'chat' | 'enterprise';
/** R6 */
export type ModeId = 'manual' | 'jit' | 'scim';
export type IdpId = 'okta' | 'entra' | 'google' | 'jumpcloud' | 'onelogin' | 'other';
/** R10/R17: a user's state once the configuration is saved. */
export type StatusId = 'member' | 'pending_login' | 'not_added' | 'removed' | 'blocked' | 'out_of_scope';
export type ChangeId = 'add' | 'update' | 'remove' | 'none';
/** R25 */
export type TakesEffectId = 'on_save' | 'next_sign_in';
export type SeverityId = 'error' | 'warning' | 'info';
/** RULES.md §6, in order. */
export type StepId = 'prerequisites' | 'choose_mode' | 'connect_directory' | 'match_sign_in_email' | 'set_mode' | 'assign_groups' | 'map_groups' | 'save';
export type StepStatusId = 'done' | 'todo' | 'skip' | 'blocked' | 'ready';
export type RuleId =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10'
  | 'R11' | 'R12' | 'R13' | 'R14' | 'R15' | 'R16' | 'R17' | 'R18' | 'R19' | 'R20'
  | 'R21' | 'R22' | 'R23' | 'R24' | 'R25' | 'R26' | 'R27' | 'R28';

// --- the scenario (input) ------------------------------------------------------------------

/** A scenario (CONTRACT.md): version 2, or version 1, read as before. Unknown fields are input errors. */
export type Scenario = ScenarioV2 | ScenarioV1;

/** Version 2: version 1 with the Limited Developer role (R3), the SSO address (R26), the Primary Owner (R27) and the removal limit (R28). */
export interface ScenarioV2 {
  version: 2;
  plan: PlanId;
  /** Email of the admin who configures provisioning (R20). */
  actor?: string;
  /** R28: the most people an organization may lose on save: a whole number, or `"N%"` (0 to 100) of its current members. */
  max_removals?: number | `${number}%`;
  directory: Directory;
  /** R2: at least one. */
  organizations: Organization[];
}

/** Version 1: no Limited Developer, no SSO address, no Primary Owner, no removal limit. */
export interface ScenarioV1 {
  version: 1;
  plan: PlanId;
  actor?: string;
  directory: Directory<DirectoryUserV1>;
  organizations: (ClaudeOrganization<ClaudeMemberV1> | ConsoleOrganization<ConsoleRoleV1>)[];
}

export interface Directory<U extends DirectoryUserV1 = DirectoryUser> {
  /** Default `other`. */
  idp?: IdpId;
  /** Directory sync set up (guide step 2); default `false`. */
  scim_connected?: boolean;
  users: U[];
}

export interface DirectoryUserV1 {
  /** Identity: compared case-insensitively; unique. */
  email: string;
  name?: string;
  /** Assigned to the Anthropic app; default `true`. */
  assigned?: boolean;
  /** IdP groups the user belongs to (names compared exactly). */
  groups?: string[];
}

export interface DirectoryUser extends DirectoryUserV1 {
  /** R26 (version 2): the address the SSO assertion sends, where it differs from `email` (the address SCIM provisions); absent: the same. */
  sso_email?: string;
}

export type Organization = ClaudeOrganization | ConsoleOrganization;

export interface ClaudeOrganization<M extends ClaudeMemberV1 = ClaudeMember> {
  id: string;
  name?: string;
  product: 'claude';
  /** R17: purchased seats per tier of the plan (a tier left out has 0); absent: not checked. */
  seats?: Partial<Record<SeatTierId, number>>;
  provisioning?: Provisioning<ClaudeRole>;
  members?: M[];
}

export interface ConsoleOrganization<R extends ConsoleRole = ConsoleRole> {
  id: string;
  name?: string;
  product: 'console';
  /** R4: Console organizations have no seats. */
  seats?: never;
  provisioning?: Provisioning<R>;
  members?: ConsoleMember<R>[];
}

export interface Provisioning<R extends RoleId> {
  /** Default `manual`. */
  mode?: ModeId;
  group_mappings?: GroupMappings<R>;
}

export interface GroupMappings<R extends RoleId> {
  /** Advanced group mappings on/off; default `false`. */
  enabled?: boolean;
  /** R3: groups per role. */
  roles?: Partial<Record<R, string[]>>;
  /** R4/R14: groups per seat tier (on Console organizations: R16's warning). */
  seat_tiers?: Partial<Record<SeatTierId, string[]>>;
  /** R3: every role of the product (in the scenario's version) exactly once, highest first. */
  role_precedence?: R[];
}

export interface ClaudeMemberV1 {
  email: string;
  role: ClaudeRole;
  /** Absent: a seat of unknown tier (R17). */
  seat_tier?: SeatTierId;
}

export interface ClaudeMember extends ClaudeMemberV1 {
  /** R27 (version 2): the Primary Owner; `role` must be `owner`; one in the scenario at most. */
  primary_owner?: boolean;
}

export interface ConsoleMember<R extends ConsoleRole = ConsoleRole> {
  email: string;
  role: R;
  seat_tier?: never;
}

// --- the evaluation (output) ---------------------------------------------------------------

/** What saving the configuration does (CONTRACT.md, output version 1). */
export interface Evaluation {
  version: 1;
  organizations: OrgEvaluation[];
  findings: Finding[];
  /** RULES.md §6, in that order. */
  checklist: ChecklistItem[];
  /** Assumptions made where the guide is silent, and other things to know. */
  notes: Note[];
}

export interface OrgEvaluation {
  id: string;
  name?: string;
  product: ProductId;
  /** R7 */
  eligible_modes: ModeId[];
  /** The mode the scenario chose. */
  mode: ModeId;
  /** R7: `manual` when the chosen mode is not eligible. */
  effective_mode: ModeId;
  /** R6: enabled, and the effective mode is `jit` or `scim`. */
  group_mappings_in_effect: boolean;
  /** Directory order, then members not in the directory. */
  users: UserOutcome[];
  /** R17: per tier of a Claude organization, in R1 order; `{}` on Console. */
  seats: Partial<Record<SeatTierId, SeatCount>>;
  /** R17: false when the scenario gives no purchased seats. */
  capacity_checked: boolean;
  counts: Counts;
  /** Every change, counted, whenever it takes effect. */
  changes: ChangeCounts;
  /** What clicking "Save changes" does (`takes_effect` `on_save`). */
  changes_on_save: OnSave;
  /** What waits for each user's next sign-in (JIT, `takes_effect` `next_sign_in`). */
  changes_at_sign_in: AtSignIn;
}

/** Where a role or seat tier comes from. */
export type Source = `group:${string}` | 'default' | 'existing';

export interface UserOutcome {
  email: string;
  name?: string;
  status: StatusId;
  role: RoleId | null;
  role_source: Source | null;
  /** Always `null` on Console organizations. */
  seat_tier: SeatTierId | null;
  seat_source: Source | null;
  change: ChangeId;
  /** `null` when `change` is `none`. */
  takes_effect: TakesEffectId | null;
  /** R10: assigned to the app in the IdP. */
  assigned: boolean;
  /** R10: in scope of this organization's provisioning. */
  in_scope: boolean;
  /** The role and tier held now (members only). */
  current_role: RoleId | null;
  current_seat_tier: SeatTierId | null;
  /** R17: the tier waited for when none was free (`not_added` users, members kept on their old tier). */
  wanted_seat_tier?: SeatTierId;
  /** R27: the organization's Primary Owner, kept as they are (absent otherwise). */
  primary_owner?: true;
  /** The rules that decided this outcome, in order. */
  rules: RuleId[];
}

// --- the differences between two setups (CONTRACT.md §3.1: `provplan diff --json`) ---------

/** Organizations of AFTER in its order, then those only BEFORE has; the whole scenario's findings. */
export interface Diff {
  organizations: OrgDiff[];
  findings_added: FindingRef[];
  findings_removed: FindingRef[];
}

export interface OrgDiff {
  id: string;
  /** Each user whose status, role, seat tier or change differs (a side that does not list them counts as out of scope). */
  users: UserDiff[];
  findings_added: FindingRef[];
  findings_removed: FindingRef[];
}

export interface UserDiff {
  email: string;
  /** `null`: not listed on that side. */
  before: DiffRow | null;
  after: DiffRow | null;
}

export interface DiffRow {
  status: StatusId;
  role: RoleId | null;
  seat_tier: SeatTierId | null;
  change: ChangeId;
}

// --- why one user: the trace (CONTRACT.md §3.2: `provplan explain --json`) ----------------
// The JS API has no `explain` yet (the engine module has no room under its 64 KB budget); these
// are the types of the command line's JSON.

/** One user's trace, per organization (all, or the one asked for). */
export interface Explanation {
  email: string;
  name?: string;
  organizations: OrgTrace[];
}

export interface OrgTrace {
  id: string;
  name?: string;
  product: ProductId;
  /** R7: the mode evaluated. */
  effective_mode: ModeId;
  /** R6. */
  group_mappings_in_effect: boolean;
  /** In order: assignment, scope, membership, role, seat (Claude only), result. */
  steps: TraceStep[];
}

export type TraceStepId = 'assignment' | 'scope' | 'membership' | 'role' | 'seat' | 'result';

export type TraceStep = AssignmentStep | ScopeStep | MembershipStep | RoleStep | SeatStep | ResultStep;

/** R10: assigned to the app. */
export interface AssignmentStep {
  step: 'assignment';
  rules: RuleId[];
  /** False for a member who is not in the directory. */
  in_directory: boolean;
  assigned: boolean;
}

/** R10, R13, R21: the user's groups, what the mappings in effect map them to, and scope. */
export interface ScopeStep {
  step: 'scope';
  rules: RuleId[];
  groups: GroupTrace[];
  /** R13: mappings are written but not in effect (mode `manual` or group mappings off). */
  mappings_ignored: boolean;
  in_scope: boolean;
}

export interface GroupTrace {
  group: string;
  /** The roles mapped to the group, in the precedence order (empty: none). */
  roles: RoleId[];
  /** The seat tiers mapped to the group where they apply (R16), highest first. */
  seat_tiers: SeatTierId[];
}

/** R12: the membership held now. */
export interface MembershipStep {
  step: 'membership';
  rules: RuleId[];
  member: boolean;
  role: RoleId | null;
  seat_tier: SeatTierId | null;
  /** R27. */
  primary_owner: boolean;
}

/** R3, R11: the candidate roles and what decided between them. */
export interface RoleStep {
  step: 'role';
  rules: RuleId[];
  /** Each role the user's mapped groups give, in the precedence order. */
  candidates: RoleCandidate[];
  /** R3: the order that decides between several candidates. */
  precedence: RoleId[];
  precedence_overridden: boolean;
  /** R11: the role the chosen one could not be ranked against (the precedence list chose). */
  ambiguous_with: RoleId | null;
  /** The row's role and its source. */
  role: RoleId | null;
  role_source: string | null;
}

export interface RoleCandidate {
  role: RoleId;
  /** The groups that give it, in name order. */
  groups: string[];
}

/** R14–R17: the tier wanted and the allocation (Claude organizations only). */
export interface SeatStep {
  step: 'seat';
  rules: RuleId[];
  /** R14: the tier the user's seat-tier groups name. */
  wanted: SeatTierId | null;
  /** `group:<name>`, or `null` where no group names a tier. */
  wanted_source: string | null;
  /** R17: the user's turn, where the allocation decided their seat; `null` otherwise (a seat kept). */
  queue: SeatTurn | null;
  capacity_checked: boolean;
  /** The row's tier and its source. */
  seat_tier: SeatTierId | null;
  seat_source: string | null;
  /** R17: the tier waited for when none was free. */
  waits_for: SeatTierId | null;
}

export interface SeatTurn {
  /** 1-based place in R17's queue. */
  place: number;
  /** How many the queue served. */
  of: number;
  phase: 'member_move' | 'new_explicit' | 'new_default' | 'member_default';
  /** The seats of the tier decided free at that moment, before the user took one; `null`: capacity not checked. */
  free: number | null;
}

/** R25, R26, R27: the row's outcome. */
export interface ResultStep {
  step: 'result';
  rules: RuleId[];
  status: StatusId;
  change: ChangeId;
  takes_effect: TakesEffectId | null;
  primary_owner: boolean;
  /** R26: the address SSO sends, where it is not the email exactly. */
  sso_email: string | null;
  /** R26: under SCIM a member whose SSO address differs cannot sign in. */
  sign_in_blocked: boolean;
  /** The row's `rules`. */
  decided_by: RuleId[];
}

export interface FindingRef {
  code: FindingCode;
  subjects: string[];
}

export interface SeatCount {
  purchased: number | null;
  /** Seats held right after saving; `pending_login` users hold none yet. */
  assigned: number;
  /** Seats that `pending_login` users (JIT) take when they sign in. */
  pending: number;
  /** Seats to buy so that everyone gets one (R17). */
  shortfall: number;
}

/** Users per status. */
export type Counts = Record<StatusId, number>;

export type ChangeCounts = Record<ChangeId, number>;

export interface OnSave {
  add: number;
  update: number;
  remove: number;
}

export interface AtSignIn {
  /** Newcomers who join at their next sign-in. */
  add: number;
  /** Members whose role or seat tier changes at their next sign-in. */
  update: number;
}

/** Per finding code: its severity, rule and `params`. */
export interface FindingKinds {
  SCIM_NOT_ELIGIBLE: { severity: 'error'; rule: 'R7'; params: { plan: PlanId; product: ProductId } };
  SCIM_NOT_CONNECTED: { severity: 'error'; rule: 'R8'; params: Record<string, never> };
  SCIM_FANOUT: { severity: 'info'; rule: 'R9'; params: Record<string, never> };
  AGM_NO_EFFECT: { severity: 'warning'; rule: 'R6'; params: Record<string, never> };
  ROLE_DEFAULTED: { severity: 'info'; rule: 'R11'; params: Record<string, never> };
  /** `roles`: the two roles, sorted; `chosen`: the one the precedence list gives. */
  ROLE_AMBIGUOUS: { severity: 'warning'; rule: 'R11'; params: { roles: [RoleId, RoleId]; chosen: RoleId } };
  MEMBERS_REMOVED_ON_SAVE: { severity: 'warning'; rule: 'R12'; params: Record<string, never> };
  MEMBERS_BLOCKED: { severity: 'warning'; rule: 'R12'; params: Record<string, never> };
  MAPPINGS_IGNORED: { severity: 'info'; rule: 'R13'; params: Record<string, never> };
  /** `tiers`: users per tier they take. */
  DEFAULT_SEAT_TIER: {
    severity: 'info';
    rule: 'R15';
    params: { count: number; tiers: Partial<Record<SeatTierId, number>> };
  };
  SEAT_TIER_MAPPING_NOT_APPLICABLE: { severity: 'warning'; rule: 'R16'; params: Record<string, never> };
  /** `tiers`: seats to buy per tier. */
  /** A warning in organizations under JIT (users join at sign-in once a seat is free). */
  SEAT_SHORTFALL: { severity: 'error' | 'warning'; rule: 'R17'; params: { tiers: Partial<Record<SeatTierId, number>> } };
  /** `role`: the privileged role (`owner` or `admin`). */
  NO_PRIVILEGED_GROUP: { severity: 'error'; rule: 'R19'; params: { role: RoleId } };
  /** `role`, `status`: what the actor would end with. */
  ACTOR_LOSES_ACCESS: { severity: 'error'; rule: 'R20'; params: { role: RoleId | null; status: StatusId } };
  /** `case_mismatch`: per unknown group, the directory groups differing only in letter case. */
  UNKNOWN_GROUP: { severity: 'warning'; rule: 'R21'; params: { case_mismatch: Record<string, string[]> } };
  UNASSIGNED_IN_GROUP: { severity: 'warning'; rule: 'R22'; params: Record<string, never> };
  /** `prefix`: the prefix the guide suggests. */
  GROUP_NAMING: { severity: 'info'; rule: 'R23'; params: { prefix: 'anthropic-claude-' | 'anthropic-console-' } };
  ENTRA_SYNC_DELAY: { severity: 'info'; rule: 'R24'; params: Record<string, never> };
  /** Subjects: exactly `[actor]`; `role`: the role the actor holds there, `null` when not a member. */
  ACTOR_NOT_PRIVILEGED: { severity: 'warning'; rule: 'R5'; params: { role: RoleId | null } };
  /** Emails that look like another's (`pairs`), or carry a character one cannot see (`invisible`). */
  LOOKALIKE_EMAILS: { severity: 'warning'; rule: 'R10'; params: { pairs: [string, string][]; invisible: string[] } };
  /** Subjects: the Primary Owner; what provisioning would have done to them: `status` `removed`, `blocked` or `member`, `role` (null where removed), `seat_tier` (the tier they would move to, else null). */
  PRIMARY_OWNER_EXEMPT: { severity: 'info'; rule: 'R27'; params: { role: RoleId | null; seat_tier: SeatTierId | null; status: StatusId } };
  /** Subjects: SCIM members who cannot sign in; `pairs`: each one's `email` (provisioned) and `sso_email` (sent by SSO), in subject order; `idp`: the directory's, whose steps the advice gives. */
  SSO_EMAIL_MISMATCH: { severity: 'error'; rule: 'R26'; params: { idp: IdpId; pairs: { email: string; sso_email: string }[] } };
  /** Subjects: the people who would lose access on save (removed, blocked, or Owners/Admins demoted); `count` of them, `limit` the number `max_removals` allows here, `max_removals` as written. */
  REMOVAL_THRESHOLD: { severity: 'error'; rule: 'R28'; params: { count: number; limit: number; max_removals: number | `${number}%` } };
}

export type FindingCode = keyof FindingKinds;

export interface FindingOf<C extends FindingCode> {
  code: C;
  severity: FindingKinds[C]['severity'];
  /** The organization's id, or `null` for the whole scenario. */
  organization: string | null;
  /** Emails, group names or organization ids, depending on the code (CONTRACT.md). */
  subjects: string[];
  /** What a translated message needs; switch on `code` to get its type. */
  params: FindingKinds[C]['params'];
  rule: FindingKinds[C]['rule'];
  /** English; translate from `code` and `params` instead of parsing it. */
  message: string;
  /** What to do about it (English), fitting the organization's product and mode. */
  advice: string;
}

/** A finding; `code` discriminates the union. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

export interface ChecklistItem {
  id: StepId;
  status: StepStatusId;
  label: string;
  detail: string;
}

export type NoteId =
  | 'scim_outcomes_once_connected'
  | 'no_actor'
  | 'seat_group_scope'
  | 'default_precedence'
  | 'tier_changes_first'
  | 'capacity_not_checked'
  | 'members_keep_tiers'
  | 'scim_connected_orgs'
  | 'jit_blocks_members'
  | 'highest_free_tier'
  | 'usage_tier_order'
  | 'console_ranking'
  | 'new_organization'
  | 'primary_owner_exempt';

export interface Note {
  /** A stable id, for translations. */
  id: NoteId;
  rule: RuleId;
  /** True where RULES.md marks the assumption as an [interpretation]. */
  interpretation: boolean;
  organization: string | null;
  message: string;
}

// --- the mode comparison -------------------------------------------------------------------

/** One organization under one of the five combinations of mode and group mappings. */
export interface Comparison {
  organization: string;
  mode: ModeId;
  group_mappings: boolean;
  /** R7 */
  eligible: boolean;
  counts: Counts;
  /** Findings of this organization and of the whole scenario, per severity. */
  findings: Record<SeverityId, number>;
}

// --- the catalogue -------------------------------------------------------------------------

/** The contract's ids, in their orders, for building forms without hard-coding them. */
export interface Catalog {
  /** The scenario versions read, oldest first; the newest is written. */
  versions: VersionId[];
  plans: PlanInfo[];
  products: ProductInfo[];
  roles: RoleId[];
  seat_tiers: SeatTierId[];
  modes: ModeId[];
  idps: IdpId[];
  statuses: StatusId[];
  finding_codes: FindingCodeInfo[];
  checklist: StepId[];
  /** Every note id an evaluation may write. */
  notes: NoteId[];
}

export interface PlanInfo {
  id: PlanId;
  /** A short English name. */
  label: string;
  /** R1: highest first; empty for `console_only`. */
  seat_tiers: SeatTierId[];
  /** R7: the modes an organization of each product may use under this plan. */
  eligible_modes: Record<ProductId, ModeId[]>;
}

export interface ProductInfo {
  id: ProductId;
  /** R3: in the default precedence. */
  roles: RoleId[];
  /** R5/R19/R20: `owner` (Claude) or `admin` (Console). */
  privileged_role: RoleId;
}

export type FindingCodeInfo = {
  [C in FindingCode]: { code: C; severity: FindingKinds[C]['severity']; rule: FindingKinds[C]['rule']; advice: string };
}[FindingCode];

// --- errors --------------------------------------------------------------------------------

export type InputErrorKind =
  | 'syntax'
  | 'type'
  | 'missing'
  | 'unknown_field'
  | 'unknown_id'
  | 'duplicate'
  | 'invalid'
  | 'version';

/** One problem with the input. */
export interface InputErrorDetail {
  /** JSON path of the offending value (`organizations[0].provisioning.mode`); `''` for the whole input. */
  path: string;
  kind: InputErrorKind;
  message: string;
}

/** Thrown by `evaluate` and `compare` on invalid input: every error found, not only the first. */
export interface InputError extends Error {
  name: 'InputError';
  /** One line per error: `path: message`. */
  message: string;
  errors: InputErrorDetail[];
}

/** One problem of an import: where it is (1-based line; column in characters) and what. */
export interface ImportErrorDetail {
  file: string;
  /** 0 when the problem is with the file as a whole (as is `column`). */
  line: number;
  column: number;
  message: string;
}

/** The rejection of `importDirectory`: every problem of every file. */
export interface ImportError extends Error {
  name: 'ImportError';
  /** One line per problem: `file:line:column: message`. */
  message: string;
  errors: ImportErrorDetail[];
}

/** Thrown when the engine panicked (a bug). The engine has been restarted; later calls work. */
export interface PanicError extends Error {
  name: 'PanicError';
  /** The panic's own message, when it could be read. */
  panic: string | null;
}

// --- the API -------------------------------------------------------------------------------

/** Where the `.wasm` comes from (as for wasm-bindgen's init). */
export type InitInput =
  | RequestInfo
  | URL
  | Response
  | PromiseLike<Response>
  | BufferSource
  | WebAssembly.Module;

/**
 * Loads and starts the engine; await it once before anything else (later calls return the
 * same promise). Without `input`, the `.wasm` next to this module is fetched (browsers) or
 * read from disk (Node; there pass bytes or a `file:` URL, not a path string).
 */
export function init(input?: InitInput): Promise<void>;

/**
 * What saving the scenario's provisioning configuration does to every user.
 * A string is read as scenario JSON text.
 * @throws {InputError} on invalid input, listing every error with its path.
 * @throws {PanicError} on a bug in the engine.
 */
export function evaluate(scenario: Scenario | string): Evaluation;

/**
 * Each organization under the five combinations of mode and group mappings, everything else
 * unchanged; organizations in scenario order.
 * @throws {InputError} on invalid input.
 * @throws {PanicError} on a bug in the engine.
 */
export function compare(scenario: Scenario | string): Comparison[];

/** The contract's ids and their orders. */
export function catalog(): Catalog;

/** The engine's version (the package's). */
export function version(): string;

/** The export formats the importers read (`options.format`). */
export type ImportFormatId =
  | 'scim'
  | 'google-users'
  | 'google-members'
  | 'entra-users'
  | 'okta-users'
  | 'okta-groups'
  | 'plain';

/** What a warning of the importers is about. */
export type ImportWarningKind =
  | 'case_variant'
  | 'repeated'
  | 'sign_in_name_differs'
  | 'member_not_listed'
  | 'deactivated'
  | 'nested_group'
  | 'incomplete'
  | 'no_user_list'
  | 'formula_like'
  | 'hidden_character'
  | 'lookalike_email';

/** Valid but suspicious data; `line` and `column` are 0 when about the file as a whole. */
export interface ImportWarning {
  kind: ImportWarningKind;
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Imported {
  /** The scenario's `directory`: users in first-seen order, groups united. */
  directory: Directory;
  warnings: ImportWarning[];
  /** The format recognised in each file, in the order given. */
  formats: ImportFormatId[];
}

/** R26: an attribute of an export that holds a user's address (any letter case is read). */
export type ImportAttribute =
  | 'userName' | 'emails' | 'primaryEmail' | 'userPrincipalName' | 'mail' | 'login' | 'email' | 'sso_email';

export interface ImportOptions {
  /** One format for every file, instead of recognising each from its content. */
  format?: ImportFormatId;
  /** R26: the attribute that gives `email`, the address SCIM provisions; by default the identity provider's default mapping (CONTRACT.md). It must be one of each user-listing file's format. */
  scimEmail?: ImportAttribute;
  /** R26: the attribute that gives the address SSO sends, written as `sso_email` where it differs from `email`. */
  ssoEmail?: ImportAttribute;
  /** Where the importer's `.wasm` comes from (as for `init`); by default the file next to this module. */
  wasm?: InitInput;
}

/**
 * Reads and merges directory exports, as `provplan import` does. Loads the importer's module
 * on first use (no `init()` needed).
 * @throws {ImportError} (rejects) listing every problem by file, line and column.
 */
export function importDirectory(
  files: ReadonlyArray<{ name: string; text: string }>,
  options?: ImportOptions,
): Promise<Imported>;

/** True for the error `importDirectory` rejects with when a file cannot be read. */
export function isImportError(error: unknown): error is ImportError;

/** True for the error `evaluate` and `compare` throw on invalid input. */
export function isInputError(error: unknown): error is InputError;

/** True for the error thrown when the engine panicked. */
export function isPanicError(error: unknown): error is PanicError;
