//! The engine's English: the `message` of every finding, note and checklist step. The rules
//! decide; this module only words what they decided. (The app words findings in six languages
//! from their typed details instead.)

use std::borrow::Cow;

use crate::catalog::{Role, SeatTier, Status, Step, StepStatus};
use crate::scenario::{Organization, RemovalLimit};

use super::NoteId;
use super::findings::{Detail, Finding};

/// A finding in an English sentence.
pub(super) fn message(f: &Finding<'_>) -> String {
    let sc = f.scenario();
    let org = f.org.and_then(|i| sc.organizations.get(i));
    let label = org.map(org_label).unwrap_or_default();
    let subjects = f.subjects();
    let list = || list_preview(&subjects);
    let n = subjects.len();
    match &f.detail {
        Detail::ScimNotEligible { plan, .. } => format!(
            "SCIM is not available for {label} on the {}; {} is evaluated as Invite only",
            plan.label(),
            org.map_or("", |o| o.id.as_str())
        ),
        Detail::ScimNotConnected { .. } => format!(
            "SCIM is chosen for {} but directory sync is not connected yet; outcomes are shown as they will be once it is",
            list()
        ),
        Detail::ScimFanout { .. } => format!(
            "a user assigned to the app is provisioned into every organization in SCIM mode: {}",
            list()
        ),
        Detail::LookalikeEmails { .. } => {
            // Quoted: a hidden character is written visibly (`\u{200b}`).
            let quoted: Vec<String> = subjects
                .iter()
                .map(|s| crate::error::Quoted(s).to_string())
                .collect();
            let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
            format!(
                "{n} {} like another or carry a character one cannot see: {}",
                if n == 1 {
                    "address looks"
                } else {
                    "addresses look"
                },
                list_preview(&quoted)
            )
        }
        Detail::AgmNoEffect {} => format!(
            "advanced group mappings are enabled on {label} but have no effect under Invite only"
        ),
        Detail::RoleDefaulted { .. } => format!(
            "{} in scope through a seat-tier group only and get{} the User role (the guide provisions users in at least one mapped group, and a user in no group mapped to a higher role is downgraded to User)",
            users_are(n),
            verb_s(n)
        ),
        Detail::RoleAmbiguous { chosen, rival, .. } => format!(
            "{} has roles {} and {} that cannot be ranked; the precedence list gives {}",
            subjects.first().copied().unwrap_or_default(),
            chosen.label(),
            rival.label(),
            chosen.label()
        ),
        Detail::MembersRemovedOnSave { .. } => format!(
            "saving now removes {} from {label}: {}",
            current_members(n),
            list()
        ),
        Detail::MembersBlocked { .. } => format!(
            "saving now blocks {} of {label}: they cannot sign in but stay listed, keeping their seats: {}",
            current_members(n),
            list()
        ),
        Detail::MappingsIgnored { .. } => format!(
            "group mappings of {label} are ignored while advanced group mappings are off: {}",
            list()
        ),
        Detail::DefaultSeatTier { tiers, .. } => format!(
            "{} in no seat-tier group take{} the highest tier with a free seat ({})",
            users(n),
            verb_s(n),
            tier_list(tiers)
        ),
        Detail::SeatTierMappingNotApplicable { product, .. } => format!(
            "seat-tier mappings of {label} do not apply ({}) and are ignored: {}",
            match product {
                crate::Product::Claude => "single-seat Enterprise has one seat type",
                crate::Product::Console => "Console organizations have no seat tiers",
            },
            list()
        ),
        // "Sync now" is SCIM's (guide, troubleshooting); under JIT users join at sign-in.
        Detail::SeatShortfall { tiers, .. } => format!(
            "not enough seats in {label}: buy {}{}",
            tier_list(tiers),
            match f.mode {
                Some(crate::Mode::Scim) => ", then click \"Sync now\"",
                Some(crate::Mode::Jit) =>
                    "; users waiting join at their next sign-in once a seat is free",
                _ => "",
            }
        ),
        Detail::NoPrivilegedGroup { role, .. } if n == 0 => {
            format!("no group of {label} is mapped to {}", role.label())
        }
        Detail::NoPrivilegedGroup { role, .. } => format!(
            "no assigned user is in a group mapped to {} in {label}: {}",
            role.label(),
            list()
        ),
        Detail::ActorLosesAccess { role, status } => {
            let actor = subjects.first().copied().unwrap_or_default();
            // R20: the role the actor holds now.
            let privileged = org
                .and_then(|o| super::findings::actor_held_role(sc, o))
                .map_or("", |r| r.label());
            match role {
                Some(r) => format!(
                    "you ({actor}) would end as {status} with role {} in {label}, below {privileged}",
                    r.label()
                ),
                None => format!(
                    "you ({actor}) would end {status} in {label} and lose {privileged} access"
                ),
            }
        }
        Detail::PrimaryOwnerExempt { status, .. } => {
            let who = subjects.first().copied().unwrap_or_default();
            // The params give the role and tier; the sentence says what kind of change.
            let would = match status {
                Status::Removed => "remove them",
                Status::Blocked => "block them",
                _ => "change their role or seat tier",
            };
            format!(
                "{who} is the Primary Owner of {label} and is kept as they are, although provisioning would {would}"
            )
        }
        Detail::SsoEmailMismatch { .. } => format!(
            "{} in {label} cannot sign in: the address their SSO sends differs from the one SCIM provisions (Claude matches them exactly, letter case included): {}",
            users(n),
            list()
        ),
        Detail::RemovalThreshold { limit, allowed, .. } => {
            let (written, percent) = match limit {
                RemovalLimit::People(n) => (n, ""),
                RemovalLimit::Percent(p) => (p, "%"),
            };
            format!(
                "saving would take access from {} of {label}, above the removal limit ({allowed}, from max_removals {written}{percent}): {}",
                users(n),
                list()
            )
        }
        Detail::ActorNotPrivileged { role } => {
            let actor = subjects.first().copied().unwrap_or_default();
            let privileged = org.map_or("", |o| o.product.privileged_role().label());
            match role {
                Some(r) => format!(
                    "you ({actor}) hold {} in {label}, not {privileged}: the guide assumes whoever configures provisioning holds {privileged}",
                    r.label()
                ),
                None => format!(
                    "you ({actor}) are not listed as a member of {label}: the guide assumes whoever configures provisioning holds {privileged}"
                ),
            }
        }
        Detail::UnknownGroup { case_mismatch, .. } => {
            let mut out = format!("no directory user is in {}", list());
            // Written in place, not joined: one `join` the fewer in the WebAssembly module.
            for (g, similar) in case_mismatch {
                out.push_str("; ");
                out.push_str(sc.group_name(*g));
                out.push_str(" differs only in letter case from ");
                out.push_str(similar.first().map_or("", |s| sc.group_name(*s)));
            }
            if !case_mismatch.is_empty() {
                out.push_str(" (names are compared exactly)");
            }
            out
        }
        Detail::UnassignedInGroup { .. } => format!(
            "{} in mapped groups but not assigned to the app, so not provisioned: {}",
            users_are(n),
            list()
        ),
        Detail::GroupNaming { prefix, .. } => format!(
            "optional: the guide suggests names starting with {prefix} for {}",
            list()
        ),
        Detail::EntraSyncDelay { .. } => format!(
            "Microsoft Entra pushes SCIM changes only every {} minutes; changes may take that long to appear",
            super::findings::ENTRA_SYNC_MINUTES
        ),
    }
}

// --- notes -------------------------------------------------------------------------------------

/// A note in an English sentence; `org` is the organization it is of.
pub(super) fn note(id: NoteId, org: Option<&Organization>) -> Cow<'static, str> {
    match id {
        NoteId::ScimOutcomesOnceConnected => {
            "outcomes are computed as they will be once directory sync is connected".into()
        }
        NoteId::NoActor => "no actor is named, so the planner cannot check that you keep Owner/Admin access; set `actor` to your email".into(),
        NoteId::SeatGroupScope => "a user in a seat-tier group but in no role group is in scope, with the User role: the guide provisions users in at least one mapped group, and a user in no group mapped to a higher role is downgraded to User".into(),
        NoteId::ScimConnectedOrgs => "the guide says SCIM provisions assigned users into all organizations connected to your parent organization; the planner provisions them only into the organizations set to SCIM".into(),
        NoteId::JitBlocksMembers => "under JIT the planner shows members out of scope as blocked: they cannot sign in but stay listed until they sign in or are removed by hand, as the guide's table says, where its step 3 says that saving too early removes them".into(),
        NoteId::HighestFreeTier => "the guide gives a user in no seat-tier group the highest available tier; the planner reads it as the highest tier with a free seat, so a user takes a lower tier when the highest is full".into(),
        NoteId::UsageTierOrder => "the guide does not rank the usage-based seat types; the planner takes Chat + Claude Code as higher than Chat, for the default tier and when a user's groups map both".into(),
        NoteId::NewOrganization => "no members are listed, so the planner takes this organization to be new, with you as its Owner (Claude) or Admin (Console), holding a seat".into(),
        NoteId::ConsoleRanking => format!(
            "the guide gives a user the highest permission of their groups but does not rank Console roles; the planner ranks Admin above every role, User below every role, and Developer above {}Claude Code User",
            if org.is_some_and(|o| o.roles.contains(&Role::LimitedDeveloper)) {
                "Limited Developer above "
            } else {
                ""
            }
        )
        .into(),
        NoteId::DefaultPrecedence => format!(
            "Console roles that cannot be ranked are decided by the order {}; the guide does not say; set role_precedence to choose",
            org.map(|o| o.roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(", "))
                .unwrap_or_default()
        )
        .into(),
        NoteId::PrimaryOwnerExempt => "the guide says only that SCIM removes every account except the Primary Owner's; the planner keeps the Primary Owner as they are in every mode: never removed or blocked, and group mappings never change their role or seat tier".into(),
        NoteId::TierChangesFirst => "seats go first to current members moving to another tier (a seat one gives up is free for the others), then to new users whose groups name a tier, then to new users taking the default tier, each in directory order; current members in no seat-tier group move up to the default tier last, once nobody waits; so buying the shortfall is always enough".into(),
        NoteId::MembersKeepTiers => "no seat-tier group is mapped, so current members keep the seat tiers they hold; the guide gives a user in no seat-tier group the highest available tier, and the planner applies that to current members only once a seat-tier group is mapped".into(),
        NoteId::CapacityNotChecked => format!(
            "no purchased seats are given for {}, so seat capacity is not checked",
            org.map(org_label).unwrap_or_default()
        )
        .into(),
    }
}

// --- the checklist -----------------------------------------------------------------------------

/// A checklist step's English detail; `names` are what it names: the organizations without a
/// mode, or finding codes; `actor_checked`: R20 checked the actor (`assign_groups`).
pub(super) fn step_detail(
    step: Step,
    status: StepStatus,
    names: &[&str],
    actor_checked: bool,
) -> Cow<'static, str> {
    let names_list = names.join(", ");
    match (step, status) {
        (Step::Prerequisites, _) => "a reminder the planner cannot check: single sign-on is set up with your identity provider, your domain is verified, and you hold Owner (Claude) or Admin (Console)".into(),
        (Step::ChooseMode, StepStatus::Done) => "every organization has a provisioning mode".into(),
        (Step::ChooseMode, _) => format!(
            "choose a mode for {} (Invite only is assumed until then)",
            list_preview(names)
        )
        .into(),
        (Step::ConnectDirectory, StepStatus::Skip) => "only needed for SCIM".into(),
        (Step::ConnectDirectory, StepStatus::Done) => "directory sync is connected".into(),
        (Step::ConnectDirectory, _) => "set up directory sync in Organization settings > Organization and access, following the WorkOS guide; stop at the IdP groups step".into(),
        (Step::MatchSignInEmail, StepStatus::Skip) => "only needed for SCIM".into(),
        (Step::MatchSignInEmail, StepStatus::Done) => "everyone SCIM provisions signs in with the address SCIM sends".into(),
        (Step::MatchSignInEmail, StepStatus::Blocked) => format!("users who cannot sign in: resolve {names_list}").into(),
        (Step::MatchSignInEmail, _) => format!(
            "users waiting to be provisioned sign in with another address and will be blocked once added: {}",
            list_preview(names)
        )
        .into(),
        (Step::SetMode, StepStatus::Done) => "the mode can be set without losing anyone".into(),
        (Step::SetMode, _) => format!("do not save yet: resolve {names_list}").into(),
        (Step::AssignGroups | Step::MapGroups, StepStatus::Skip) => {
            "only needed with advanced group mappings".into()
        }
        (Step::AssignGroups, StepStatus::Done) if actor_checked => {
            "groups exist and hold an Owner/Admin, you included".into()
        }
        (Step::AssignGroups, StepStatus::Done) => "groups exist and hold an Owner/Admin".into(),
        (Step::AssignGroups, _) => format!("fix {names_list} in your identity provider").into(),
        (Step::MapGroups, _) => "groups are mapped to roles and seat tiers".into(),
        (Step::Save, StepStatus::Ready | StepStatus::Done) => "nothing blocks saving".into(),
        (Step::Save, _) => format!("fix the errors first: {names_list}").into(),
    }
}

// --- helpers -----------------------------------------------------------------------------------

/// `Name (id)`, or the id.
pub(crate) fn org_label(org: &Organization) -> String {
    match &org.name {
        Some(name) => format!("{name} ({})", org.id),
        None => org.id.clone(),
    }
}

/// `a, b, c, d, e and 4 more`.
pub(crate) fn list_preview(items: &[&str]) -> String {
    const SHOWN: usize = 5;
    let shown: Vec<&str> = items.iter().take(SHOWN).copied().collect();
    let more = items.len().saturating_sub(SHOWN);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

fn users_are(n: usize) -> String {
    if n == 1 {
        "1 user is".into()
    } else {
        format!("{n} users are")
    }
}

fn users(n: usize) -> String {
    if n == 1 {
        "1 user".into()
    } else {
        format!("{n} users")
    }
}

fn current_members(n: usize) -> String {
    if n == 1 {
        "1 current member".into()
    } else {
        format!("{n} current members")
    }
}

/// The `s` of a verb after a count: "1 user takes", "2 users take".
fn verb_s(n: usize) -> &'static str {
    if n == 1 { "s" } else { "" }
}

/// `2 Chat + Claude Code, 1 Chat`, in R1 order.
fn tier_list(tiers: &[(SeatTier, u32)]) -> String {
    let mut out = String::new();
    for (i, (t, n)) in tiers.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.to_string());
        out.push(' ');
        out.push_str(t.label());
    }
    out
}
