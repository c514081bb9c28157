//! Evaluation: what saving the configuration does to every user (R6–R25), with findings,
//! notes for every [interpretation] applied, and the setup checklist (§6).
//!
//! The evaluator is laid out as RULES.md is:
//! - `org.rs`: one organization's setting worked out once (R6, R7, R16; R3/R11's role table);
//! - `scope.rs`: one pass over its users — scope (R10), role (R11), members out of scope
//!   (R12), seat needs — and the tally of the outcomes (R25);
//! - `seats.rs`: seat needs and R17's allocation (R14–R18);
//! - `findings.rs`: every finding, defined once, and one function per rule that raises it;
//! - `checklist.rs`: §6; `words.rs`: the English of findings, notes and checklist.
//!
//! One pass per organization over people indexed once by [`Scenario`]; group masks are
//! looked up by integer id, never by name. The result borrows names from the scenario; the
//! contract's JSON is written by `crate::write`.

mod checklist;
mod findings;
mod org;
mod scope;
mod seats;
mod words;

use crate::catalog::{
    Change, Mode, Product, Role, Rules, SeatTier, Status, Step, StepStatus, TakesEffect,
};
use crate::scenario::{GroupId, OrgSettings, PersonId, Scenario};

pub(crate) use findings::of_scenario;
pub use findings::{
    Code, Detail, ENTRA_SYNC_MINUTES, Finding, Subjects, actor_held_role, sso_email_advice,
};
pub(crate) use org::Org;
pub use seats::{Phase, Turn};

use scope::Tallied;

/// The evaluation of a scenario (CONTRACT.md, output version 1). Borrows names from the
/// scenario; `crate::write` writes the contract's JSON of it.
#[derive(Clone, Debug)]
pub struct Evaluation<'s> {
    pub version: u64,
    pub organizations: Vec<OrgEvaluation<'s>>,
    pub findings: Vec<Finding<'s>>,
    pub checklist: Vec<ChecklistItem>,
    /// Assumptions the planner made where the guide is silent, and other things to know.
    pub notes: Vec<Note<'s>>,
}

#[derive(Clone, Debug)]
pub struct OrgEvaluation<'s> {
    pub id: &'s str,
    pub name: Option<&'s str>,
    pub product: Product,
    /// R7.
    pub eligible_modes: Vec<Mode>,
    /// The mode the scenario chose.
    pub mode: Mode,
    /// R7: `manual` when the chosen mode is not eligible.
    pub effective_mode: Mode,
    /// R6: enabled and the effective mode is `jit` or `scim`.
    pub group_mappings_in_effect: bool,
    pub users: Users<'s>,
    /// R17: per tier of a Claude organization, in R1 order.
    pub seats: SeatTable,
    /// R17: false when the scenario gives no purchased seats.
    pub capacity_checked: bool,
    pub counts: Counts,
    /// Every change, whenever it takes effect.
    pub changes: ChangeCounts,
    /// R25: the changes saving makes (`takes_effect` `on_save`): what "Save changes" does.
    pub changes_on_save: OnSave,
    /// R25: the changes that wait for each user's next sign-in (JIT): newcomers who join, and
    /// members whose role or tier changes then.
    pub changes_at_sign_in: AtSignIn,
    /// R20 watched the actor here: they hold Owner/Admin now (or are taken to, R5), and the
    /// mode is JIT or SCIM. Not written to the JSON.
    pub actor_watched: bool,
    /// R17's queue: the users whose seat the allocation decided, in the order served, with
    /// the seats free at each one's turn (what `crate::explain` shows). Not written to the
    /// JSON. With the `explain` feature only.
    #[cfg(feature = "explain")]
    pub seat_queue: Vec<Turn>,
}

/// The users of an organization's evaluation, in directory order then members only. Each
/// [`UserOutcome`] is small (ids, no strings): at 100,000 users the evaluation streams through
/// them several times, so their size is its speed. The names they refer to are looked up here,
/// and written out with the JSON.
#[derive(Clone)]
pub struct Users<'s> {
    pub list: Vec<UserOutcome>,
    sc: &'s Scenario,
}

impl<'s> Users<'s> {
    /// The user's email as the scenario spells it.
    pub fn email(&self, u: &UserOutcome) -> &'s str {
        self.sc.email(u.person)
    }

    /// The user's display name, when the directory gives one.
    pub fn name(&self, u: &UserOutcome) -> Option<&'s str> {
        self.sc.name(u.person)
    }

    /// A group's name.
    pub fn group_name(&self, g: GroupId) -> &'s str {
        self.sc.group_name(g)
    }
}

impl core::ops::Deref for Users<'_> {
    type Target = [UserOutcome];

    fn deref(&self) -> &[UserOutcome] {
        &self.list
    }
}

impl core::fmt::Debug for Users<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(&self.list).finish()
    }
}

/// What saving does to one user of an organization ([`Users`] has the names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UserOutcome {
    /// The person (the scenario's index): [`Users::email`], [`Users::name`].
    pub person: PersonId,
    pub status: Status,
    pub role: Option<Role>,
    pub role_source: PackedSource,
    pub seat_tier: Option<SeatTier>,
    pub seat_source: PackedSource,
    pub change: Change,
    pub takes_effect: Option<TakesEffect>,
    /// R10: assigned to the app in the IdP.
    pub assigned: bool,
    /// R10: in scope of this organization's provisioning.
    pub in_scope: bool,
    /// The role and tier held now (members only).
    pub current_role: Option<Role>,
    pub current_seat_tier: Option<SeatTier>,
    /// R17: the tier this user waits for when none was free (`not_added` users, and members
    /// kept on their old tier); absent otherwise.
    pub wanted_seat_tier: Option<SeatTier>,
    /// R27: the organization's Primary Owner, kept as they are.
    pub primary_owner: bool,
    /// The rules that decided this outcome.
    pub rules: Rules,
}

// Evaluation streams through the outcomes: keep them small (100,000 users × organizations).
const _: () = assert!(core::mem::size_of::<UserOutcome>() <= 28);

/// Where a role or tier comes from (`group:<name>`, `default`, `existing` in the JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The group that gave it ([`Users::group_name`]).
    Group(GroupId),
    Default,
    Existing,
}

/// An `Option<Source>` in 4 bytes instead of 8 (an outcome holds two): read it with
/// [`PackedSource::get`], make it from an `Option<Source>` with `into()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PackedSource(u32);

impl PackedSource {
    const DEFAULT: u32 = 1;
    const EXISTING: u32 = 2;
    /// Group ids start here (groups are at most `scenario::limits::MAX_GROUPS`).
    const GROUP: u32 = 3;

    pub const fn get(self) -> Option<Source> {
        match self.0 {
            0 => None,
            Self::DEFAULT => Some(Source::Default),
            Self::EXISTING => Some(Source::Existing),
            n => Some(Source::Group(n - Self::GROUP)),
        }
    }
}

impl From<Option<Source>> for PackedSource {
    fn from(s: Option<Source>) -> PackedSource {
        PackedSource(match s {
            None => 0,
            Some(Source::Default) => Self::DEFAULT,
            Some(Source::Existing) => Self::EXISTING,
            Some(Source::Group(g)) => g.saturating_add(Self::GROUP),
        })
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeatCount {
    pub purchased: Option<u32>,
    /// Seats held right after saving (`pending_login` users hold none yet).
    pub assigned: u32,
    /// Seats that `pending_login` users take when they sign in (JIT).
    pub pending: u32,
    /// Seats to buy so that everyone gets one (R17).
    pub shortfall: u32,
}

/// Seat counts per tier, serialized as an object in R1 order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeatTable(pub Vec<(SeatTier, SeatCount)>);

impl SeatTable {
    pub fn get(&self, tier: SeatTier) -> Option<&SeatCount> {
        self.0.iter().find(|(t, _)| *t == tier).map(|(_, c)| c)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub member: u32,
    pub pending_login: u32,
    pub not_added: u32,
    pub removed: u32,
    pub blocked: u32,
    pub out_of_scope: u32,
}

impl Counts {
    fn add(&mut self, status: Status) {
        let n = match status {
            Status::Member => &mut self.member,
            Status::PendingLogin => &mut self.pending_login,
            Status::NotAdded => &mut self.not_added,
            Status::Removed => &mut self.removed,
            Status::Blocked => &mut self.blocked,
            Status::OutOfScope => &mut self.out_of_scope,
        };
        *n += 1;
    }
}

/// The users per `change`, whenever it takes effect (R25).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub add: u32,
    pub update: u32,
    pub remove: u32,
    pub none: u32,
}

/// What clicking "Save changes" does, counted (R25: `takes_effect` `on_save`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OnSave {
    pub add: u32,
    pub update: u32,
    pub remove: u32,
}

/// What waits for each user's next sign-in, counted (R25: `takes_effect` `next_sign_in`):
/// newcomers who join then, members whose role or tier changes then.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AtSignIn {
    pub add: u32,
    pub update: u32,
}

#[derive(Clone, Debug)]
pub struct ChecklistItem {
    pub id: Step,
    pub status: StepStatus,
    pub label: &'static str,
    /// What the detail names: organizations, or the codes of the findings that block the
    /// step.
    pub names: Vec<String>,
    /// `assign_groups`: the detail says "you included" because R20 checked the actor in every
    /// organization with group mappings in effect. Not written to the JSON.
    pub actor_checked: bool,
}

#[derive(Clone, Debug)]
pub struct Note<'s> {
    /// A stable id, for translations.
    pub id: NoteId,
    pub rule: &'static str,
    /// True where RULES.md marks the assumption as an [interpretation].
    pub interpretation: bool,
    pub organization: Option<&'s str>,
    org: Option<&'s crate::scenario::Organization>,
}

impl ChecklistItem {
    /// Why the step has its status, in English (the JSON's `detail`). Made when asked, so
    /// that a program that words it in other languages does not carry these words.
    pub fn detail(&self) -> String {
        let names: Vec<&str> = self.names.iter().map(String::as_str).collect();
        words::step_detail(self.id, self.status, &names, self.actor_checked).into_owned()
    }
}

impl Note<'_> {
    /// The note in English (the JSON's `message`), made when asked, as
    /// [`ChecklistItem::detail`].
    pub fn message(&self) -> String {
        words::note(self.id, self.org).into_owned()
    }
}

crate::catalog::id_enum! {
    /// The notes an evaluation may have: assumptions it applied, and what it could not check.
    NoteId {
        ScimOutcomesOnceConnected = "scim_outcomes_once_connected",
        NoActor = "no_actor",
        SeatGroupScope = "seat_group_scope",
        DefaultPrecedence = "default_precedence",
        TierChangesFirst = "tier_changes_first",
        CapacityNotChecked = "capacity_not_checked",
        MembersKeepTiers = "members_keep_tiers",
        ScimConnectedOrgs = "scim_connected_orgs",
        JitBlocksMembers = "jit_blocks_members",
        HighestFreeTier = "highest_free_tier",
        UsageTierOrder = "usage_tier_order",
        ConsoleRanking = "console_ranking",
        NewOrganization = "new_organization",
        PrimaryOwnerExempt = "primary_owner_exempt",
    }
}

impl NoteId {
    pub const fn rule(self) -> &'static str {
        match self {
            NoteId::ScimOutcomesOnceConnected => "R8",
            NoteId::NoActor => "R20",
            NoteId::SeatGroupScope => "R11",
            NoteId::DefaultPrecedence => "R3",
            NoteId::TierChangesFirst | NoteId::CapacityNotChecked => "R17",
            NoteId::MembersKeepTiers | NoteId::HighestFreeTier => "R15",
            NoteId::ScimConnectedOrgs => "R9",
            NoteId::JitBlocksMembers => "R12",
            NoteId::UsageTierOrder => "R1",
            NoteId::ConsoleRanking => "R3",
            NoteId::NewOrganization => "R5",
            NoteId::PrimaryOwnerExempt => "R27",
        }
    }

    /// True where RULES.md marks the assumption as an [interpretation].
    pub const fn interpretation(self) -> bool {
        match self {
            NoteId::DefaultPrecedence
            | NoteId::TierChangesFirst
            | NoteId::MembersKeepTiers
            | NoteId::ScimConnectedOrgs
            | NoteId::JitBlocksMembers
            | NoteId::HighestFreeTier
            | NoteId::UsageTierOrder
            | NoteId::ConsoleRanking
            | NoteId::NewOrganization
            | NoteId::PrimaryOwnerExempt => true,
            // The guide decides it: users in at least one mapped group are provisioned, and
            // without a role group they hold User.
            NoteId::SeatGroupScope
            | NoteId::ScimOutcomesOnceConnected
            | NoteId::NoActor
            | NoteId::CapacityNotChecked => false,
        }
    }
}

impl<'s> Note<'s> {
    fn new(id: NoteId, org: Option<&'s crate::scenario::Organization>) -> Note<'s> {
        Note {
            id,
            rule: id.rule(),
            interpretation: id.interpretation(),
            organization: org.map(|o| o.id.as_str()),
            org,
        }
    }
}

/// Evaluates the scenario as written.
pub fn evaluate(scenario: &Scenario) -> Evaluation<'_> {
    evaluate_with(scenario, &scenario.settings())
}

/// Evaluates with other modes / AGM switches per organization (the mode comparison's
/// what-if); `settings` has one entry per organization.
pub fn evaluate_with<'s>(sc: &'s Scenario, settings: &[OrgSettings]) -> Evaluation<'s> {
    let mut org_findings = Vec::new();
    let mut notes = Vec::new();
    let mut organizations = Vec::with_capacity(sc.organizations.len());
    for (i, org) in sc.organizations.iter().enumerate() {
        let set = settings.get(i).copied().unwrap_or(OrgSettings {
            mode: org.mode,
            agm_enabled: org.agm_enabled,
        });
        if let Some(o) = Org::new(sc, i, set) {
            organizations.push(evaluate_org(&o, &mut org_findings, &mut notes));
        }
    }
    // Findings of the whole scenario (organization `null`) come first.
    let modes: Vec<Mode> = organizations.iter().map(|o| o.effective_mode).collect();
    let mut findings = findings::of_scenario(sc, &modes);
    findings.append(&mut org_findings);
    scenario_notes(sc, &organizations, &mut notes);
    let checklist = checklist::checklist(sc, &organizations, &findings);
    Evaluation {
        version: 1,
        organizations,
        findings,
        checklist,
        notes,
    }
}

/// Organization `i` alone under `set`, with its findings (notes aside): what the mode
/// comparison needs of it. The findings of the whole scenario are
/// [`findings::of_scenario`]'s.
pub(crate) fn evaluate_one(
    sc: &Scenario,
    i: usize,
    set: OrgSettings,
) -> Option<(OrgEvaluation<'_>, Vec<Finding<'_>>)> {
    let o = Org::new(sc, i, set)?;
    let mut findings = Vec::new();
    let evaluation = evaluate_org(&o, &mut findings, &mut Vec::new());
    Some((evaluation, findings))
}

/// R7: the mode an organization is evaluated in under `set`.
pub(crate) fn effective_mode(sc: &Scenario, i: usize, set: OrgSettings) -> Mode {
    match sc.organizations.get(i) {
        Some(org) if sc.plan.allows(org.product, set.mode) => set.mode,
        _ => Mode::Manual,
    }
}

/// One organization: the pass over its users, the seats, the findings and notes.
fn evaluate_org<'s>(
    o: &Org<'s>,
    findings: &mut Vec<Finding<'s>>,
    notes: &mut Vec<Note<'s>>,
) -> OrgEvaluation<'s> {
    let mut tally = scope::Tally::new(o);
    let mut pass = scope::pass(o, &mut tally);
    let mut users = core::mem::take(&mut pass.users);
    // Outcomes whose seat the allocation decides are tallied as it decides them, so that the
    // outcomes (large at 100,000 users) are gone through once.
    let seats = seats::allocate(o, &mut users, &pass.needs, |i, u| tally.add(i, u));
    let tallied = tally.finish(&users, &mut pass);

    // R11: one finding per person whose roles could not be ranked, then the others.
    let ambiguous = pass
        .ambiguous
        .iter()
        .map(|(person, chosen, rival)| Detail::RoleAmbiguous {
            person: *person,
            chosen: *chosen,
            rival: *rival,
        });
    findings.extend(ambiguous.map(|d| Finding::in_mode(o.sc, Some(o.index), Some(o.mode), d)));
    let mine = findings::of_org(o, &tallied, &seats, &users);
    findings.extend(mine);
    org_notes(o, &pass, &seats, &users, &tallied, notes);

    OrgEvaluation {
        id: &o.org.id,
        name: o.org.name.as_deref(),
        product: o.org.product,
        eligible_modes: o.sc.plan.eligible_modes(o.org.product),
        mode: o.set.mode,
        effective_mode: o.mode,
        group_mappings_in_effect: o.agm,
        users: Users {
            list: users,
            sc: o.sc,
        },
        seats: seats.table,
        capacity_checked: seats.checked,
        counts: tallied.counts,
        changes: tallied.changes,
        changes_on_save: tallied.on_save,
        changes_at_sign_in: tallied.at_sign_in,
        actor_watched: findings::r20_watched(o).is_some(),
        #[cfg(feature = "explain")]
        seat_queue: seats.queue,
    }
}

/// The notes of one organization: the [interpretation]s its evaluation applied.
fn org_notes<'s>(
    o: &Org<'s>,
    pass: &scope::Pass,
    seats: &seats::SeatResult,
    users: &[UserOutcome],
    tallied: &Tallied,
    notes: &mut Vec<Note<'s>>,
) {
    let ambiguous = &pass.ambiguous;
    // R15: default tiers handed out where there was a choice of tiers.
    let defaults = o.tier_mapping_applies && !tallied.defaults.is_empty();
    // R10/R17: members hold a seat, and so do blocked members, who keep theirs.
    let holds_seats = users
        .iter()
        .any(|u| u.seat_tier.is_some() || matches!(u.status, Status::Member | Status::Blocked));
    // R15 [interpretation]: no seat-tier group is mapped, and a member keeps a known tier.
    let members_keep_tiers = o.agm
        && o.tier_mapping_applies
        && !o.tier_groups_mapped
        && users
            .iter()
            .any(|u| u.in_scope && u.status == Status::Member && u.current_seat_tier.is_some());
    let ids = [
        (o.org.actor_assumed, NoteId::NewOrganization),
        (
            pass.primary_owner_exempt.is_some(),
            NoteId::PrimaryOwnerExempt,
        ),
        (
            o.org.product == Product::Console && pass.several_roles,
            NoteId::ConsoleRanking,
        ),
        (
            o.sc.plan == crate::catalog::Plan::EnterpriseUsageBased
                && o.claude
                && (defaults || pass.several_tiers),
            NoteId::UsageTierOrder,
        ),
        (pass.seat_group_only, NoteId::SeatGroupScope),
        (
            !ambiguous.is_empty() && !o.org.precedence_overridden,
            NoteId::DefaultPrecedence,
        ),
        (!tallied.blocked.is_empty(), NoteId::JitBlocksMembers),
        (defaults && seats.checked, NoteId::HighestFreeTier),
        (members_keep_tiers, NoteId::MembersKeepTiers),
        (seats.changers_first, NoteId::TierChangesFirst),
        (
            o.claude && !seats.checked && holds_seats,
            NoteId::CapacityNotChecked,
        ),
    ];
    for (_, id) in ids.into_iter().filter(|(on, _)| *on) {
        notes.push(Note::new(id, Some(o.org)));
    }
}

/// The notes of the whole scenario, after those of the organizations.
fn scenario_notes<'s>(sc: &'s Scenario, orgs: &[OrgEvaluation<'s>], notes: &mut Vec<Note<'s>>) {
    let any_scim = orgs.iter().any(|o| o.effective_mode == Mode::Scim);
    // R9 [interpretation]: SCIM reaches only the organizations set to SCIM.
    if any_scim && orgs.iter().any(|o| o.effective_mode != Mode::Scim) {
        notes.push(Note::new(NoteId::ScimConnectedOrgs, None));
    }
    if any_scim && !sc.scim_connected {
        notes.push(Note::new(NoteId::ScimOutcomesOnceConnected, None));
    }
    let provisions = orgs
        .iter()
        .any(|o| matches!(o.effective_mode, Mode::Jit | Mode::Scim));
    if sc.actor.is_none() && provisions {
        notes.push(Note::new(NoteId::NoActor, None));
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::limits;

    #[test]
    fn a_packed_source_reads_back_as_it_was_made() {
        let max = GroupId::try_from(limits::MAX_GROUPS).unwrap_or(GroupId::MAX);
        for s in [
            None,
            Some(Source::Default),
            Some(Source::Existing),
            Some(Source::Group(0)),
            Some(Source::Group(1)),
            Some(Source::Group(max)),
        ] {
            assert_eq!(PackedSource::from(s).get(), s);
        }
        assert_eq!(PackedSource::default().get(), None);
        assert_eq!(core::mem::size_of::<UserOutcome>(), 28);
    }
}
