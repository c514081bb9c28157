//! Every English string the app shows, in one place, so that translations can follow.
//!
//! Ids (plans, roles, codes) are translated here from the engine's enums; the engine's own
//! English `message`s of findings and notes are shown as details only.

use provplan_core::{
    Change, Code, Idp, Mode, Plan, Product, Role, SeatTier, Severity, Status, Step as CheckStep,
    StepStatus, TakesEffect,
};

use crate::state::Step;

pub const APP_TITLE: &str = "Provisioning Planner";
pub const TAGLINE: &str = "Plan SSO user provisioning for Claude and the Claude Console: see what saving does to every user before you save.";
pub const OFFLINE_NOTE: &str = "Runs entirely in your browser. Nothing you enter is sent anywhere; your setup is saved in this browser only.";
pub const SKIP_TO_CONTENT: &str = "Skip to the current step";

// --- scenario menu -----------------------------------------------------------------------------

pub const MENU_LABEL: &str = "Scenario";
pub const START_FROM: &str = "Start from";
pub const START_FROM_PLACEHOLDER: &str = "Choose a scenario…";
pub const EMPTY_SETUP: &str = "An empty setup";
pub const LOAD: &str = "Load";
pub const OPEN_FILE: &str = "Open file…";
pub const EXPORT: &str = "Export JSON";
pub const SHARE: &str = "Share link";
pub const COPY: &str = "Copy";
pub const COPIED: &str = "Copied";
pub const CLOSE: &str = "Close";
pub const DISMISS: &str = "Dismiss";
pub const UNDO: &str = "Undo";
pub const SHARE_LINK_LABEL: &str = "Link to this setup";
pub const SHARE_LINK_HINT: &str = "The whole setup is inside the link (after the #), compressed. Opening it loads the setup in the planner; it is never sent to a server.";
pub const OPEN_ANYWAY: &str = "Open it anyway and fix it here";
pub const SAVED_LOCALLY: &str = "Saved in this browser";
pub const EXPORT_FILE_NAME: &str = "provisioning-scenario.json";

pub fn example_title(slug: &str) -> &'static str {
    match slug {
        "enterprise-scim-group-mappings" => {
            "Enterprise: SCIM with group mappings (Claude + Console)"
        }
        "enterprise-entra-lockout" => "Enterprise on Microsoft Entra: the admin would lose access",
        "team-jit" => "Team plan: just-in-time provisioning",
        "console-only-scim" => "Console organization of its own, SCIM",
        _ => "Example",
    }
}

// --- notices -----------------------------------------------------------------------------------

pub fn loaded_example(slug: &str) -> String {
    format!("Loaded the example “{}”.", example_title(slug))
}
pub const LOADED_EMPTY: &str = "Started an empty setup.";
pub fn imported(file: &str) -> String {
    format!("Opened “{file}”.")
}
pub const OPENED_SHARED: &str = "Opened the setup from the shared link.";
pub const UNDONE: &str = "Restored the setup you had before.";
pub fn import_failed(file: &str) -> String {
    format!("“{file}” was not opened; your current setup is unchanged.")
}
pub fn import_too_large(file: &str, mb: &str) -> String {
    format!(
        "“{file}” is {mb} MB; the planner opens files up to 16 MB. Your current setup is unchanged."
    )
}
pub const IMPORT_READING: &str = "Reading the file…";
pub fn import_unreadable(reason: &str) -> String {
    format!("the file could not be read: {reason}")
}
pub fn storage_unreadable(key: &str) -> String {
    format!(
        "The setup saved in this browser could not be read. It was kept aside, unchanged, under the storage key “{key}”; the planner started from the example instead."
    )
}
pub const STORAGE_WRITE_FAILED: &str = "Your changes could not be saved in this browser (storage is full or disabled). Export the setup to a file to keep it.";
pub const STORAGE_UNAVAILABLE: &str =
    "This browser does not allow saving; export the setup to a file to keep your work.";
pub fn share_invalid(reason: &str) -> String {
    format!("The shared link could not be opened: {reason}. Your saved setup is shown instead.")
}
pub fn share_too_large(chars: usize, limit: usize) -> String {
    format!(
        "This setup is too large for a link ({chars} characters; links may carry {limit}). Export it to a file instead."
    )
}
pub fn share_link_too_long(limit: usize) -> String {
    format!("the link is longer than {limit} characters")
}
pub const SHARE_NOT_BASE64: &str = "the link is damaged (it is not valid base64)";
pub const SHARE_NOT_DEFLATE: &str = "the link is damaged (it does not decompress)";
pub fn share_too_big_inflated(limit_mb: usize) -> String {
    format!("the setup in the link is larger than {limit_mb} MB")
}
pub const SHARE_NOT_UTF8: &str = "the link does not hold text";
pub fn pasted(added: usize, skipped: usize) -> String {
    match (added, skipped) {
        (0, 0) => "No email addresses were found in the pasted text.".into(),
        (a, 0) => format!("Added {a} user{}.", plural(a)),
        (a, s) => format!(
            "Added {a} user{}; skipped {s} already in the directory or repeated.",
            plural(a)
        ),
    }
}
pub fn tiers_carried_over(from: Plan, to: Plan) -> String {
    format!(
        "Seat tiers were carried over from the {} to the {} (highest to highest). Check the seats and seat-tier mappings.",
        plan_name(from),
        plan_name(to)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

// --- input errors ------------------------------------------------------------------------------

pub fn input_errors_title(n: usize) -> String {
    if n == 1 {
        "1 problem in the setup must be fixed".into()
    } else {
        format!("{n} problems in the setup must be fixed")
    }
}
pub const INPUT_ERRORS_KEEP: &str = "Until then the review shows the last valid setup.";
pub const INPUT_ERRORS_NO_VALID: &str = "There is no valid setup to review yet.";
pub const GO_TO_FIELD: &str = "Go to field";
pub const NOT_A_SEAT_NUMBER: &str = "Enter a whole number from 0 to 4294967295.";

// --- wizard ------------------------------------------------------------------------------------

pub const STEPS_LABEL: &str = "Setup steps";
pub const BACK: &str = "Back";
pub const NEXT: &str = "Next";

pub fn step_title(step: Step) -> &'static str {
    match step {
        Step::Plan => "Plan and organizations",
        Step::Modes => "Provisioning mode",
        Step::Directory => "Directory",
        Step::Mappings => "Group mappings",
        Step::Review => "Review",
    }
}

pub fn step_intro(step: Step) -> &'static str {
    match step {
        Step::Plan => {
            "Your plan, the organizations joined to your parent organization, the seats you have purchased, and who configures provisioning."
        }
        Step::Modes => {
            "How users get into each organization: added by hand (Manual), at their first sign-in (JIT), or synchronised from your identity provider (SCIM)."
        }
        Step::Directory => {
            "The users your identity provider knows, their groups, whether they are assigned to the Anthropic app, and who is a member of each organization today."
        }
        Step::Mappings => {
            "Advanced group mappings give roles and seat tiers from identity-provider groups. The highest mapped role wins."
        }
        Step::Review => {
            "What happens to every user when you click Save, why, and what to fix first."
        }
    }
}

// --- step 1: plan and organizations ------------------------------------------------------------

pub const PLAN: &str = "Plan";
pub const PARENT_ORG: &str = "Parent organization";
pub const PLAN_HINT: &str = "The plan of your parent organization, which owns SSO, the verified domain and the identity-provider connection.";
pub const ACTOR: &str = "Who configures provisioning (your email)";
pub const ACTOR_HINT: &str =
    "The planner checks that you keep Owner (Claude) or Admin (Console) access after saving.";
pub const ORGANIZATIONS: &str = "Organizations";
pub const ORG_ID: &str = "Id";
pub const ORG_NAME: &str = "Name";
pub const ORG_PRODUCT: &str = "Product";
pub const REMOVE_ORG: &str = "Remove organization";
pub const ADD_CLAUDE_ORG: &str = "Add the Claude organization";
pub const ADD_CONSOLE_ORG: &str = "Add a Console organization";
pub const SEATS: &str = "Purchased seats";
pub const CHECK_CAPACITY: &str = "Check seat capacity";
pub const CHECK_CAPACITY_HINT: &str = "Turn on to enter the seats you have purchased; users who find no free seat are then shown as not added.";
pub const NO_SEATS_CONSOLE: &str = "Console organizations have no seat tiers.";
pub const ONE_CLAUDE_ORG: &str = "A parent organization has at most one Claude organization.";
pub const NO_CLAUDE_ON_CONSOLE_ONLY: &str =
    "A Console organization with its own parent has no Claude organization.";

pub fn product_name(p: Product) -> &'static str {
    match p {
        Product::Claude => "Claude",
        Product::Console => "Claude Console",
    }
}

pub fn plan_name(p: Plan) -> &'static str {
    match p {
        Plan::Team => "Team plan",
        Plan::EnterpriseSeatBased => "Enterprise plan, seat-based",
        Plan::EnterpriseUsageBased => "Enterprise plan, usage-based (two seat types)",
        Plan::EnterpriseUsageBasedSingleSeat => "Enterprise plan, usage-based (one seat type)",
        Plan::ConsoleOnly => "Console organization with its own parent",
    }
}

pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Owner => "Owner",
        Role::Admin => "Admin",
        Role::Developer => "Developer",
        Role::Billing => "Billing",
        Role::ClaudeCodeUser => "Claude Code User",
        Role::User => "User",
    }
}

pub fn tier_name(t: SeatTier) -> &'static str {
    match t {
        SeatTier::Premium => "Premium",
        SeatTier::Standard => "Standard",
        SeatTier::ChatClaudeCode => "Chat + Claude Code",
        SeatTier::Chat => "Chat",
        SeatTier::Enterprise => "Enterprise",
    }
}

/// A role or tier id as written, translated when it is known.
pub fn role_id_name(id: &str) -> String {
    Role::from_id(id).map_or_else(|| id.to_owned(), |r| role_name(r).to_owned())
}

pub fn tier_id_name(id: &str) -> String {
    SeatTier::from_id(id).map_or_else(|| id.to_owned(), |t| tier_name(t).to_owned())
}

// --- step 2: modes -----------------------------------------------------------------------------

pub const IDP: &str = "Identity provider";
pub const SCIM_CONNECTED: &str = "SCIM directory sync is connected";
pub const SCIM_CONNECTED_HINT: &str =
    "Guide step 2: set up directory sync in your identity provider before choosing SCIM.";
pub const MODE: &str = "Mode";
pub const AGM: &str = "Advanced group mappings";
pub const TURN_ON_AGM: &str = "Turn on group mappings";
pub const AGM_HINT: &str =
    "Roles and seat tiers from identity-provider groups (JIT and SCIM only).";
pub const NOT_AVAILABLE: &str = "Not available";
pub const CHOSEN_BUT_NOT_ELIGIBLE: &str =
    "Chosen, but not available: this organization is evaluated as Manual.";
pub const MODE_NOT_STATED: &str = "No mode chosen yet: Manual applies.";
pub const AGM_NO_EFFECT_HERE: &str = "Group mappings have no effect in Manual mode.";

pub fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Manual => "Manual",
        Mode::Jit => "JIT (just-in-time)",
        Mode::Scim => "SCIM",
    }
}

pub fn mode_short(m: Mode, agm: bool) -> String {
    let base = match m {
        Mode::Manual => "Manual",
        Mode::Jit => "JIT",
        Mode::Scim => "SCIM",
    };
    if agm {
        format!("{base} + group mappings")
    } else {
        base.to_owned()
    }
}

pub fn mode_description(m: Mode) -> &'static str {
    match m {
        Mode::Manual => {
            "You invite and remove users by hand. Nobody is added or removed automatically."
        }
        Mode::Jit => {
            "Users assigned to the app join at their first sign-in. Members no longer assigned are blocked (they stay listed until removed by hand)."
        }
        Mode::Scim => {
            "Your identity provider adds users at once and removes members who lose access to the app."
        }
    }
}

/// R7: why `mode` is not available for an organization of `product` under `plan`.
pub fn ineligible_reason(plan: Plan, product: Product, mode: Mode) -> Option<&'static str> {
    if plan.allows(product, mode) {
        return None;
    }
    Some(match product {
        Product::Claude => {
            "SCIM needs an Enterprise plan; it is not available on the Team plan (R7)."
        }
        Product::Console => {
            "SCIM is not available to a Console organization joined to a Team parent (R7)."
        }
    })
}

pub fn idp_name(i: Idp) -> &'static str {
    match i {
        Idp::Okta => "Okta",
        Idp::Entra => "Microsoft Entra ID",
        Idp::Google => "Google Workspace",
        Idp::JumpCloud => "JumpCloud",
        Idp::OneLogin => "OneLogin",
        Idp::Other => "Other",
    }
}

// --- step 3: directory -------------------------------------------------------------------------

pub const USERS: &str = "Users";
pub const EMAIL: &str = "Email";
pub const NAME: &str = "Name";
pub const ASSIGNED: &str = "Assigned to the app";
pub const ASSIGNED_SHORT: &str = "Assigned";
pub const GROUPS: &str = "Groups";
pub const GROUPS_HINT: &str = "Separate groups with commas. Names are compared exactly.";
pub fn user_n(n: usize) -> String {
    format!("user {n}")
}
pub fn member_n(n: usize) -> String {
    format!("member {n}")
}
pub const ADD_USER: &str = "Add a user";
pub const REMOVE: &str = "Remove";
pub const PASTE_EMAILS: &str = "Paste a list of email addresses";
pub const PASTE_HINT: &str = "One per line, or separated by commas or spaces. Addresses already in the directory are skipped.";
pub const ADD_PASTED: &str = "Add these users";
pub const FILTER_USERS: &str = "Filter users";
pub const NO_USERS: &str = "No users yet. Add them one by one or paste a list of email addresses.";
pub fn showing_of(shown: usize, total: usize) -> String {
    format!("Showing {shown} of {total}.")
}
pub const SHOW_ALL: &str = "Show all";
pub const MEMBERS: &str = "Current members";
pub fn members_of(org: &str) -> String {
    format!("Current members of {org}")
}
pub const MEMBERS_HINT: &str = "Who is in the organization today, with their role and seat. An organization with no members listed is taken to be new, with you as its Owner/Admin.";
pub const ROLE: &str = "Role";
pub const SEAT_TIER: &str = "Seat tier";
pub const UNKNOWN_TIER: &str = "(not given)";
pub const ADD_MEMBER: &str = "Add a member";
pub const NO_MEMBERS: &str = "No members listed.";

// --- step 4: group mappings --------------------------------------------------------------------

pub const ROLES_FROM_GROUPS: &str = "Roles from groups";
pub const TIERS_FROM_GROUPS: &str = "Seat tiers from groups";
pub const ADD_GROUP: &str = "Add";
pub fn add_group_to(target: &str) -> String {
    format!("Add a group for {target}")
}
pub fn remove_group(group: &str, target: &str) -> String {
    format!("Remove {group} from {target}")
}
pub const NO_GROUPS_MAPPED: &str = "No group mapped.";
pub fn group_members(n: usize) -> String {
    if n == 1 {
        "1 user".into()
    } else {
        format!("{n} users")
    }
}
pub const GROUP_EMPTY: &str = "no user in the directory";
pub const AGM_OFF_NOTE: &str = "Advanced group mappings are off for this organization: mappings are kept but ignored (R13). Turn them on in step 2.";
pub const AGM_MANUAL_NOTE: &str =
    "This organization is in Manual mode: mappings have no effect (R6).";
pub const PRECEDENCE: &str = "Role precedence";
pub const PRECEDENCE_HINT: &str = "Billing cannot be ranked against Developer or Claude Code User. When a user's groups give both, the role higher in this list wins.";
pub const PRECEDENCE_CLAUDE: &str =
    "Claude roles are ranked Owner > Admin > User: the highest mapped role always wins.";
pub const MOVE_UP: &str = "Move up";
pub const MOVE_DOWN: &str = "Move down";
pub const RESET_PRECEDENCE: &str = "Use the default order";
pub const PRECEDENCE_CUSTOM: &str = "Custom order";
pub const INTERPRETATION: &str = "Assumption";
pub const INTERP_PRECEDENCE: &str = "The guide does not rank Billing against Developer or Claude Code User. The planner assumes the default order Admin, Developer, Billing, Claude Code User, User (R3); change it above if yours differs.";
pub const INTERP_TIER_GROUP_SCOPE: &str = "A user in a seat-tier group but in no role group is taken to be in scope, with the User role (R10, R11). The guide does not say.";
pub const TIERS_NOT_APPLICABLE_SINGLE: &str = "Single-seat Enterprise has one seat type: seat-tier mapping does not apply and every provisioned user gets an Enterprise seat (R16).";
pub const TIERS_NOT_APPLICABLE_CONSOLE: &str =
    "Console organizations have no seat tiers (R4, R16).";
pub const DEFAULT_TIER_NOTE: &str = "A user in no seat-tier group gets the highest tier that still has a free seat, usually the dearest (R15).";

// --- review ------------------------------------------------------------------------------------

pub const LIVE_SUMMARY: &str = "Live check";
pub const OPEN_REVIEW: &str = "Open the full review";
pub const FINDINGS: &str = "What to fix";
pub const NO_FINDINGS: &str = "Nothing to fix.";
pub const WHAT_TO_DO: &str = "What to do:";
pub const GO_TO_STEP: &str = "Go to";
pub const ON_SAVE: &str = "What happens when you click Save";
pub const ADDED: &str = "added";
pub const UPDATED: &str = "updated";
pub const REMOVED: &str = "removed";
pub const BLOCKED: &str = "blocked";
pub const NOT_ADDED: &str = "not added";
pub const PENDING: &str = "join at sign-in";
pub const PER_USER: &str = "Every user";
pub const SEARCH_USERS: &str = "Search by email or name";
pub const STATUS_FILTER: &str = "Show";
pub const ALL_USERS: &str = "All users";
pub const CHANGES_ONLY: &str = "Only users whose access changes";
pub const ORGANIZATION: &str = "Organization";
pub const COL_USER: &str = "User";
pub const COL_STATUS: &str = "Status";
pub const COL_ROLE: &str = "Role";
pub const COL_SEAT: &str = "Seat tier";
pub const COL_CHANGE: &str = "Change";
pub const COL_WHEN: &str = "Takes effect";
pub const COL_WHY: &str = "Why";
pub const NO_MATCHING_USERS: &str = "No user matches.";
pub const SEATS_TITLE: &str = "Seats";
pub const COL_TIER: &str = "Tier";
pub const COL_PURCHASED: &str = "Purchased";
pub const COL_ASSIGNED: &str = "Assigned";
pub const COL_SHORTFALL: &str = "To buy";
pub const CAPACITY_NOT_CHECKED: &str = "No purchased seats given: capacity is not checked.";
/// Read before a role or tier that changes (`Owner → Admin`).
pub const WAS: &str = "was";
pub const NOT_GIVEN: &str = "not given";
pub const CHECKLIST: &str = "Setup checklist";
pub const DO_NOT_SAVE_YET: &str = "Do not save yet";
pub const DO_NOT_SAVE_DETAIL: &str = "Saving now would remove, block or lock out users, or leave the organization without an Owner/Admin. Fix the findings marked below first, then save.";
pub const SAVE_BLOCKED: &str = "Fix the errors before saving";
pub const SAVE_READY: &str = "Ready to save";
pub const COMPARE: &str = "Compare modes";
pub const COMPARE_HINT: &str = "The same setup under each mode, everything else unchanged.";
pub const COL_MODE: &str = "Mode";
pub const COL_ELIGIBLE: &str = "Available";
pub const COL_MEMBERS: &str = "Members";
pub const COL_PENDING: &str = "At sign-in";
pub const COL_NOT_ADDED: &str = "Not added";
pub const COL_REMOVED: &str = "Removed";
pub const COL_BLOCKED: &str = "Blocked";
pub const COL_OUT: &str = "Not in scope";
pub const COL_FINDINGS: &str = "Errors / warnings / infos";
pub const CURRENT: &str = "current";
pub const USE_THIS: &str = "Use this";
pub const YES: &str = "Yes";
pub const NO: &str = "No";
pub const NOTES: &str = "Assumptions and notes";
pub const NO_NOTES: &str = "No assumptions were needed.";
pub const AND_MORE: &str = "more";
pub const SEVERITY_COUNTS: &str = "Findings";

pub fn counts_line(errors: usize, warnings: usize, infos: usize) -> String {
    format!(
        "{errors} error{}, {warnings} warning{}, {infos} info{}",
        plural(errors),
        plural(warnings),
        plural(infos)
    )
}

pub fn severity_count(s: Severity, n: usize) -> String {
    let word = match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    format!("{n} {word}{}", plural(n))
}

pub fn status_name(s: Status) -> &'static str {
    match s {
        Status::Member => "Member",
        Status::PendingLogin => "Joins at sign-in",
        Status::NotAdded => "Not added",
        Status::Removed => "Removed",
        Status::Blocked => "Blocked",
        Status::OutOfScope => "Not in scope",
    }
}

/// A symbol beside the status text: colour is never the only signal.
pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Member => "✓",
        Status::PendingLogin => "◷",
        Status::NotAdded => "!",
        Status::Removed => "✕",
        Status::Blocked => "⊘",
        Status::OutOfScope => "–",
    }
}

pub fn change_name(c: Change) -> &'static str {
    match c {
        Change::Add => "Added",
        Change::Update => "Updated",
        Change::Remove => "Removed",
        Change::None => "No change",
    }
}

pub fn takes_effect_name(t: Option<TakesEffect>) -> &'static str {
    match t {
        Some(TakesEffect::OnSave) => "On save",
        Some(TakesEffect::NextSignIn) => "At next sign-in",
        None => "—",
    }
}

pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Info",
    }
}

pub fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✕",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

pub fn check_step_name(s: CheckStep) -> &'static str {
    match s {
        CheckStep::ChooseMode => "Choose the provisioning mode",
        CheckStep::ConnectDirectory => "Connect SCIM directory sync in your identity provider",
        CheckStep::SetMode => "Select the mode and enable group mappings — do not save yet",
        CheckStep::AssignGroups => {
            "Create groups in your identity provider, add users, include yourself in an Owner/Admin group"
        }
        CheckStep::MapGroups => "Map groups to roles and seat tiers",
        CheckStep::Save => "Save changes",
    }
}

pub fn check_status_name(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Done => "Done",
        StepStatus::Todo => "To do",
        StepStatus::Skip => "Not needed",
        StepStatus::Blocked => "Blocked",
        StepStatus::Ready => "Ready",
    }
}

pub fn check_status_icon(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Done => "✓",
        StepStatus::Todo => "○",
        StepStatus::Skip => "–",
        StepStatus::Blocked => "✕",
        StepStatus::Ready => "✓",
    }
}

/// A short title per finding code; details come from the finding itself.
pub fn finding_title(c: Code) -> &'static str {
    match c {
        Code::ScimNotEligible => "SCIM is not available for this organization",
        Code::ScimNotConnected => "Directory sync is not connected yet",
        Code::ScimFanout => "SCIM provisions into several organizations",
        Code::AgmNoEffect => "Group mappings have no effect in Manual mode",
        Code::RoleDefaulted => "Users get the User role by default",
        Code::RoleAmbiguous => "Roles that cannot be ranked",
        Code::MembersRemovedOnSave => "Saving removes current members",
        Code::MembersBlocked => "Saving blocks current members",
        Code::MappingsIgnored => "Group mappings are ignored",
        Code::DefaultSeatTier => "Users take the highest free seat tier",
        Code::SeatTierMappingNotApplicable => "Seat-tier mappings do not apply",
        Code::SeatShortfall => "Not enough seats",
        Code::NoPrivilegedGroup => "No Owner/Admin group",
        Code::ActorLosesAccess => "You would lose your Owner/Admin access",
        Code::UnknownGroup => "A mapped group has no users",
        Code::UnassignedInGroup => "Users in mapped groups are not assigned to the app",
        Code::GroupNaming => "Group names without the suggested prefix",
        Code::EntraSyncDelay => "Microsoft Entra syncs every 40 minutes",
    }
}

pub fn scenario_wide() -> &'static str {
    "All organizations"
}

// --- why a user ends as they do (R10–R25) ------------------------------------------------------

pub fn why_group_role(group: &str, role: Role) -> String {
    format!("group {group} gave {} (R11)", role_name(role))
}
pub fn why_seat_group_only() -> String {
    "in a seat-tier group only: User by default (R11, assumption)".into()
}
pub fn why_new_user_default() -> String {
    "new users get User without group mappings (R10)".into()
}
pub fn why_keeps_role(role: Role) -> String {
    format!(
        "keeps {}: without group mappings roles change only by hand (R10)",
        role_name(role)
    )
}
pub fn why_manual_keeps() -> String {
    "Manual mode: kept as is (R10)".into()
}
pub fn why_group_tier(group: &str, tier: SeatTier) -> String {
    format!("group {group} gave a {} seat (R14)", tier_name(tier))
}
pub fn why_default_tier(tier: SeatTier) -> String {
    format!(
        "in no seat-tier group: the highest tier with a free seat, {} (R15)",
        tier_name(tier)
    )
}
pub fn why_single_seat(tier: SeatTier) -> String {
    format!("one seat type: {} (R16)", tier_name(tier))
}
pub fn why_keeps_tier(tier: Option<SeatTier>) -> String {
    match tier {
        Some(t) => format!("keeps the {} seat", tier_name(t)),
        None => "keeps a seat of unknown tier (R17)".into(),
    }
}
pub fn why_tier_full() -> String {
    "the new tier has no free seat: keeps the current seat until you buy more (R17)".into()
}
pub fn why_ambiguous(chosen: &str, rival: &str) -> String {
    format!(
        "{} and {} cannot be ranked: the precedence list chose {} (R3, R11)",
        role_id_name(chosen),
        role_id_name(rival),
        role_id_name(chosen)
    )
}
pub fn why_joins_at_sign_in() -> String {
    "joins at the first sign-in (R10, R25)".into()
}
pub fn why_manual() -> String {
    "Manual mode: nobody is added automatically (R10)".into()
}
pub fn why_manual_fallback() -> String {
    "SCIM is not available here, so Manual applies (R7)".into()
}
pub fn why_not_assigned() -> String {
    "not assigned to the app in the identity provider (R10)".into()
}
pub fn why_no_mapped_group() -> String {
    "in no group mapped in this organization (R10)".into()
}
pub fn why_removed_unassigned() -> String {
    "current member not assigned to the app: removed on save (R12)".into()
}
pub fn why_removed_no_group() -> String {
    "current member in no mapped group: removed on save (R12)".into()
}
pub fn why_blocked() -> String {
    "out of scope under JIT: cannot sign in, stays listed and keeps the seat until removed by hand (R10, R12)".into()
}
pub fn why_not_added() -> String {
    "no free seat of the tier needed: buy seats, then click Sync now (R17, R18)".into()
}

// --- embeds ------------------------------------------------------------------------------------

pub const SCIM_CHECK_TITLE: &str = "Can this organization use SCIM?";
pub const SCIM_CHECK_ORG: &str = "Organization";
pub const SCIM_CHECK_CLAUDE: &str = "The Claude organization";
pub const SCIM_CHECK_CONSOLE: &str = "A Console organization joined to this parent";
pub const SCIM_CHECK_CONSOLE_OWN: &str = "The Console organization (its own parent)";
pub const AVAILABLE: &str = "Available";
pub const OPEN_PLANNER: &str = "Open the planner";
pub fn compare_title(example: &str) -> String {
    format!("Mode comparison: {}", example_title(example))
}
pub fn unknown_example(name: &str, known: &str) -> String {
    format!("There is no example named “{name}”. Examples: {known}.")
}
pub fn unknown_view(name: &str) -> String {
    format!("There is no view named “{name}”; showing the planner.")
}
