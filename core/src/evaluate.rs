//! Evaluation: what saving the configuration does to every user (R6–R25), with findings,
//! notes for every [interpretation] applied, and the setup checklist (§6).
//!
//! One pass per organization over people indexed once by [`Scenario`]; group masks are
//! looked up by integer id, never by name.

use serde::Serialize;

use crate::catalog::{
    Change, Code, Idp, Mode, Product, Role, Rules, SeatTier, Severity, Status, Step, StepStatus,
    TakesEffect,
};
pub use crate::params::{Param, Params};
use crate::scenario::{GroupId, Member, OrgSettings, Organization, PersonId, Scenario};

/// The evaluation of a scenario (CONTRACT.md, output version 1). Borrows names from the
/// scenario; serialize it to get the contract's JSON.
#[derive(Clone, Debug, Serialize)]
pub struct Evaluation<'s> {
    pub version: u64,
    pub organizations: Vec<OrgEvaluation<'s>>,
    pub findings: Vec<Finding<'s>>,
    pub checklist: Vec<ChecklistItem>,
    /// Assumptions the planner made where the guide is silent, and other things to know.
    pub notes: Vec<Note<'s>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct OrgEvaluation<'s> {
    pub id: &'s str,
    #[serde(skip_serializing_if = "Option::is_none")]
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
    pub changes: ChangeCounts,
}

/// The users of an organization's evaluation, in directory order then members only. Each
/// [`UserOutcome`] is small (ids, no strings): at 100,000 users the evaluation streams through
/// them several times, so their size is its speed. The names they refer to are looked up here,
/// and written out when serialized.
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

impl Serialize for Users<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.list.iter().map(|u| UserJson { u, users: self }))
    }
}

/// A user outcome as the contract writes it: the fields in their fixed order, names resolved.
struct UserJson<'a, 's> {
    u: &'a UserOutcome,
    users: &'a Users<'s>,
}

struct SourceJson<'s>(Source, &'s str);

impl Serialize for SourceJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Source::Group(_) => s.collect_str(&format_args!("group:{}", self.1)),
            Source::Default => s.serialize_str("default"),
            Source::Existing => s.serialize_str("existing"),
        }
    }
}

impl Serialize for UserJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (u, users) = (self.u, self.users);
        let source = |src: Option<Source>| {
            src.map(|x| {
                let name = match x {
                    Source::Group(g) => users.group_name(g),
                    Source::Default | Source::Existing => "",
                };
                SourceJson(x, name)
            })
        };
        let name = users.name(u);
        let mut st = s.serialize_struct("UserOutcome", 15)?;
        st.serialize_field("email", users.email(u))?;
        match name {
            Some(n) => st.serialize_field("name", n)?,
            None => st.skip_field("name")?,
        }
        st.serialize_field("status", &u.status)?;
        st.serialize_field("role", &u.role)?;
        st.serialize_field("role_source", &source(u.role_source.get()))?;
        st.serialize_field("seat_tier", &u.seat_tier)?;
        st.serialize_field("seat_source", &source(u.seat_source.get()))?;
        st.serialize_field("change", &u.change)?;
        st.serialize_field("takes_effect", &u.takes_effect)?;
        st.serialize_field("assigned", &u.assigned)?;
        st.serialize_field("in_scope", &u.in_scope)?;
        st.serialize_field("current_role", &u.current_role)?;
        st.serialize_field("current_seat_tier", &u.current_seat_tier)?;
        match u.wanted_seat_tier {
            Some(t) => st.serialize_field("wanted_seat_tier", &t)?,
            None => st.skip_field("wanted_seat_tier")?,
        }
        st.serialize_field("rules", &u.rules)?;
        st.end()
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SeatCount {
    pub purchased: Option<u32>,
    pub assigned: u32,
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

impl Serialize for SeatTable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(t, c)| (t.id(), c)))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
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

/// What saving does, counted: the review's "what happens when you click Save".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ChangeCounts {
    pub add: u32,
    pub update: u32,
    pub remove: u32,
    pub none: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct Finding<'s> {
    pub code: Code,
    pub severity: Severity,
    pub organization: Option<&'s str>,
    pub subjects: Vec<&'s str>,
    pub params: Params,
    pub rule: &'static str,
    pub message: String,
    /// What to do about it.
    pub advice: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChecklistItem {
    pub id: Step,
    pub status: StepStatus,
    pub label: &'static str,
    pub detail: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Note<'s> {
    /// A stable id, for translations.
    pub id: &'static str,
    pub rule: &'static str,
    /// True where RULES.md marks the assumption as an [interpretation].
    pub interpretation: bool,
    pub organization: Option<&'s str>,
    pub message: String,
}

/// Evaluates the scenario as written.
pub fn evaluate(scenario: &Scenario) -> Evaluation<'_> {
    evaluate_with(scenario, &scenario.settings())
}

/// Evaluates with other modes / AGM switches per organization (the mode comparison's
/// what-if); `settings` has one entry per organization.
pub fn evaluate_with<'s>(sc: &'s Scenario, settings: &[OrgSettings]) -> Evaluation<'s> {
    let mut findings = Vec::new();
    let mut notes = Vec::new();
    let mut organizations = Vec::with_capacity(sc.organizations.len());
    for (i, org) in sc.organizations.iter().enumerate() {
        let set = settings.get(i).copied().unwrap_or(OrgSettings {
            mode: org.mode,
            agm_enabled: org.agm_enabled,
        });
        organizations.push(evaluate_org(sc, org, set, &mut findings, &mut notes));
    }

    // Scenario-wide findings (organization `null`).
    let scim_orgs: Vec<&str> = organizations
        .iter()
        .filter(|o| o.effective_mode == Mode::Scim)
        .map(|o| o.id)
        .collect();
    let mut wide = Vec::new();
    if !scim_orgs.is_empty() && !sc.scim_connected {
        // R8
        wide.push(finding(
            Code::ScimNotConnected,
            None,
            scim_orgs.clone(),
            Params::new(),
            format!(
                "SCIM is chosen for {} but directory sync is not connected yet; outcomes are shown as they will be once it is",
                list_preview(&scim_orgs)
            ),
        ));
        notes.push(Note {
            id: "scim_outcomes_once_connected",
            rule: "R8",
            interpretation: false,
            organization: None,
            message: "outcomes are computed as they will be once directory sync is connected"
                .into(),
        });
    }
    if scim_orgs.len() > 1 {
        // R9
        wide.push(finding(
            Code::ScimFanout,
            None,
            scim_orgs.clone(),
            Params::new(),
            format!(
                "a user assigned to the app is provisioned into every organization in SCIM mode: {}",
                list_preview(&scim_orgs)
            ),
        ));
    }
    if sc.idp == Idp::Entra && !scim_orgs.is_empty() {
        // R24
        wide.push(finding(
            Code::EntraSyncDelay,
            None,
            scim_orgs.clone(),
            Params::new(),
            "Microsoft Entra pushes SCIM changes only every 40 minutes; changes may take that long to appear".into(),
        ));
    }
    if sc.actor.is_none()
        && organizations
            .iter()
            .any(|o| matches!(o.effective_mode, Mode::Jit | Mode::Scim))
    {
        notes.push(Note {
            id: "no_actor",
            rule: "R20",
            interpretation: false,
            organization: None,
            message: "no actor is named, so the planner cannot check that you keep Owner/Admin access; set `actor` to your email".into(),
        });
    }
    wide.append(&mut findings);
    let findings = wide;
    let checklist = checklist(sc, &organizations, &findings);
    Evaluation {
        version: 1,
        organizations,
        findings,
        checklist,
        notes,
    }
}

/// R11: for each set of mapped roles (a bit mask), the role chosen and, where the precedence
/// list had to decide, the role it could not be ranked against.
fn role_table(org: &Organization) -> [(Option<Role>, Option<Role>); 64] {
    let mut table = [(None, None); 64];
    for (mask, slot) in table.iter_mut().enumerate() {
        let has = |r: Role| mask & (1 << r.bit()) != 0;
        let chosen = org.precedence.iter().copied().find(|r| has(*r));
        let ambiguous = chosen.and_then(|c| {
            org.precedence.iter().copied().find(|r| {
                *r != c
                    && has(*r)
                    && org.product.compare_roles(c, *r).is_none()
                    // only a maximal role is a real rival
                    && !org.precedence.iter().any(|s| {
                        has(*s) && org.product.compare_roles(*s, *r) == Some(core::cmp::Ordering::Greater)
                    })
            })
        });
        *slot = (chosen, ambiguous);
    }
    table
}

/// What a user needs from the seat pool (R14–R17).
#[derive(Clone, Copy, Debug)]
enum SeatNeed {
    None,
    /// Keeps the seat held now, of this tier (R15: no seat-tier group, or the same tier).
    Keep(Option<SeatTier>),
    /// A current member moving to an explicit tier (R14), from the tier held now.
    Change(SeatTier, Option<SeatTier>),
    /// A new user with an explicit tier (R14).
    NewExplicit(SeatTier),
    /// A new user with no seat-tier group (R15) or on single-seat Enterprise (R16).
    NewDefault,
}

fn evaluate_org<'s>(
    sc: &'s Scenario,
    org: &'s Organization,
    set: OrgSettings,
    findings: &mut Vec<Finding<'s>>,
    notes: &mut Vec<Note<'s>>,
) -> OrgEvaluation<'s> {
    let plan = sc.plan;
    let oid = Some(org.id.as_str());
    let eligible_modes = plan.eligible_modes(org.product);
    // R7: an ineligible SCIM choice is evaluated as manual.
    let mode_eligible = plan.allows(org.product, set.mode);
    let mode = if mode_eligible {
        set.mode
    } else {
        Mode::Manual
    };
    // R6
    let agm = set.agm_enabled && mode != Mode::Manual;
    let claude = org.product == Product::Claude;
    let tiers: &[SeatTier] = if claude { plan.seat_tiers() } else { &[] };
    // R16: seat-tier mappings apply only on Claude organizations with a choice of tiers.
    let tier_mapping_applies = claude && !plan.is_single_seat();

    // Group → the bits of the roles and of the tiers mapped to it, only where mappings are in
    // effect; both in one load, as the loop over every user's groups reads them.
    let n_groups = sc.groups.len();
    let mut masks: Vec<[u8; 2]> = Vec::new();
    if agm {
        masks = vec![[0, 0]; n_groups];
        for (role, groups) in &org.role_mappings {
            for g in groups {
                if let Some([r, _]) = masks.get_mut(*g as usize) {
                    *r |= 1 << role.bit();
                }
            }
        }
        if tier_mapping_applies {
            for (tier, groups) in &org.tier_mappings {
                for g in groups {
                    if let Some([_, t]) = masks.get_mut(*g as usize) {
                        *t |= 1 << tier.bit();
                    }
                }
            }
        }
    }
    let roles = role_table(org);

    let people = sc.directory().chain(org.extra_people.iter().copied());
    let mut users: Vec<UserOutcome> =
        Vec::with_capacity(sc.directory_len as usize + org.extra_people.len());
    let mut needs: Vec<(u32, SeatNeed)> = Vec::with_capacity(users.capacity());
    let mut tally = Tally {
        actor: sc.actor.as_ref().and_then(|(_, p)| *p),
        ..Tally::default()
    };
    // Subjects are kept as ids while the users are gone through and named once at the end:
    // reading a person's email in the loop costs a cache miss per subject at 100,000 users.
    let mut defaulted_roles: Vec<PersonId> = Vec::new();
    let mut unassigned_in_group: Vec<PersonId> = Vec::new();

    for p in people {
        let assigned = sc.is_assigned(p);
        let member = org.member(p);
        let groups = sc.groups_of(p);
        let (mut rmask, mut tmask) = (0u8, 0u8);
        if agm {
            for g in groups {
                let [r, t] = masks.get(*g as usize).copied().unwrap_or_default();
                rmask |= r;
                tmask |= t;
            }
            // R22: in a mapped group but not assigned to the app.
            if !assigned && (rmask | tmask) != 0 && p < sc.directory_len {
                unassigned_in_group.push(p);
            }
        }
        // R10: in scope = assigned (and, with AGM, in a mapped group; a seat-tier group alone
        // counts [interpretation]).
        let in_scope = assigned && (!agm || (rmask | tmask) != 0);
        let mut rules = Rules::default().with(10);
        if !mode_eligible {
            rules = rules.with(7);
        }

        let mut out = UserOutcome {
            status: Status::OutOfScope,
            role: None,
            role_source: PackedSource::default(),
            seat_tier: None,
            seat_source: PackedSource::default(),
            change: Change::None,
            takes_effect: None,
            assigned,
            in_scope: in_scope && mode != Mode::Manual,
            current_role: member.map(|m| m.role),
            current_seat_tier: member.and_then(|m| m.seat_tier),
            wanted_seat_tier: None,
            rules,
            person: p,
        };
        let mut need = SeatNeed::None;

        match (mode, in_scope, member) {
            // R10, manual: members kept as they are, nobody else touched.
            (Mode::Manual, _, Some(m)) => {
                keep(&mut out, m, claude);
                need = SeatNeed::Keep(m.seat_tier);
            }
            (Mode::Manual, _, None) | (_, false, None) => {}
            // R10/R12: out of scope members.
            (Mode::Jit, false, Some(m)) => {
                out.status = Status::Blocked;
                keep(&mut out, m, claude);
                out.rules = out.rules.with(12);
                need = SeatNeed::Keep(m.seat_tier);
            }
            (Mode::Scim, false, Some(_)) => {
                out.status = Status::Removed;
                out.change = Change::Remove;
                out.takes_effect = Some(TakesEffect::OnSave);
                out.rules = out.rules.with(12).with(25);
            }
            // In scope: a role, and a seat on Claude.
            (Mode::Jit | Mode::Scim, true, member) => {
                out.status = match (mode, member) {
                    (Mode::Jit, None) => Status::PendingLogin,
                    _ => Status::Member,
                };
                let (role, source) = if agm {
                    out.rules = out.rules.with(11);
                    match roles
                        .get(usize::from(rmask & 0x3f))
                        .copied()
                        .unwrap_or((None, None))
                    {
                        (Some(role), rival) => {
                            let g = first_group(groups, |g| {
                                masks
                                    .get(g as usize)
                                    .is_some_and(|[r, _]| r & (1 << role.bit()) != 0)
                            });
                            if let Some(rival) = rival {
                                findings.push(ambiguous(org, sc.email(p), role, rival));
                            }
                            (role, Source::Group(g))
                        }
                        // R11 [interpretation]: in scope through a seat-tier group only.
                        (None, _) => {
                            defaulted_roles.push(p);
                            (Role::User, Source::Default)
                        }
                    }
                } else {
                    match member {
                        // R10: without AGM, roles change only by hand.
                        Some(m) => (m.role, Source::Existing),
                        None => (Role::User, Source::Default),
                    }
                };
                out.role = Some(role);
                out.role_source = Some(source).into();

                if claude {
                    let explicit = (tier_mapping_applies && tmask != 0)
                        .then(|| tiers.iter().copied().find(|t| tmask & (1 << t.bit()) != 0))
                        .flatten();
                    need = match (member, explicit) {
                        (Some(m), Some(t)) if m.seat_tier != Some(t) => {
                            SeatNeed::Change(t, m.seat_tier)
                        }
                        (Some(m), _) => SeatNeed::Keep(m.seat_tier),
                        (None, Some(t)) => SeatNeed::NewExplicit(t),
                        (None, None) => SeatNeed::NewDefault,
                    };
                    // The group a wanted tier comes from, found while the user's groups are at
                    // hand; allocation keeps it if the seat is given (R14).
                    if matches!(need, SeatNeed::Change(..) | SeatNeed::NewExplicit(_)) {
                        out.seat_source = Some(tier_source(groups, &masks, explicit)).into();
                    }
                    if let (Some(m), SeatNeed::Keep(_)) = (member, need) {
                        out.seat_tier = m.seat_tier;
                        out.seat_source = Some(if explicit.is_some() {
                            tier_source(groups, &masks, explicit)
                        } else {
                            Source::Existing
                        })
                        .into();
                        if agm && tier_mapping_applies {
                            out.rules = out.rules.with(if explicit.is_some() { 14 } else { 15 });
                        }
                    }
                }
                if member.is_none() {
                    out.change = Change::Add;
                }
            }
        }
        match need {
            SeatNeed::None | SeatNeed::Keep(_) => tally.add(mode, users.len(), &mut out),
            SeatNeed::Change(..) | SeatNeed::NewExplicit(_) | SeatNeed::NewDefault => {}
        }
        if !matches!(need, SeatNeed::None) {
            needs.push((to_u32(users.len()), need));
        }
        users.push(out);
    }

    // Seats (R14–R18). Changes and when they take effect (R25), counts, and the subjects of
    // R12 and R15 are tallied as each outcome becomes final: the others as they were made, the
    // users whose seat the allocation decides as it decides it, so that the outcomes (large at
    // 100,000 users) are gone through once.
    let seats = allocate_seats(org, tiers, &mut users, &needs, |i, u| {
        tally.add(mode, i, u);
    });
    let Tally {
        counts,
        changes,
        removed,
        blocked,
        defaults,
        default_tiers,
        actor_at,
        ..
    } = tally;
    let emails =
        |ids: Vec<PersonId>| -> Vec<&'s str> { ids.into_iter().map(|p| sc.email(p)).collect() };
    let (removed, blocked, defaults) = (emails(removed), emails(blocked), emails(defaults));
    let (defaulted_roles, unassigned_in_group) =
        (emails(defaulted_roles), emails(unassigned_in_group));

    // Findings of this organization, in catalogue order (ROLE_AMBIGUOUS already pushed).
    let mut push = |code: Code, subjects: Vec<&'s str>, params: Params, message: String| {
        findings.push(finding(code, oid, subjects, params, message));
    };
    if set.mode == Mode::Scim && !mode_eligible {
        // R7
        push(
            Code::ScimNotEligible,
            vec![org.id.as_str()],
            Params::new()
                .with("plan", plan.id())
                .with("product", org.product.id()),
            format!(
                "SCIM is not available for {} on the {}; {} is evaluated as Manual",
                org_label(org),
                plan.label(),
                org.id
            ),
        );
    }
    if set.agm_enabled && mode == Mode::Manual {
        // R6
        push(
            Code::AgmNoEffect,
            vec![org.id.as_str()],
            Params::new(),
            format!(
                "advanced group mappings are enabled on {} but have no effect in Manual mode",
                org_label(org)
            ),
        );
    }
    if !defaulted_roles.is_empty() {
        // R11 [interpretation]
        let message = format!(
            "{} in scope through a seat-tier group only and get{} the User role (the planner's assumption: the guide does not say)",
            count_people(defaulted_roles.len()),
            if defaulted_roles.len() == 1 { "s" } else { "" }
        );
        push(Code::RoleDefaulted, defaulted_roles, Params::new(), message);
        notes.push(Note {
            id: "seat_group_scope",
            rule: "R11",
            interpretation: true,
            organization: oid,
            message: "a user in a seat-tier group but in no role group is taken to be in scope, with the User role; the guide does not say".into(),
        });
    }
    if !removed.is_empty() {
        // R12
        let message = format!(
            "saving now removes {} from {}: {}",
            count_people_current(removed.len()),
            org_label(org),
            list_preview(&removed)
        );
        push(Code::MembersRemovedOnSave, removed, Params::new(), message);
    }
    if !blocked.is_empty() {
        // R12
        let message = format!(
            "saving now blocks {} of {}: they cannot sign in but stay listed, keeping their seats: {}",
            count_people_current(blocked.len()),
            org_label(org),
            list_preview(&blocked)
        );
        push(Code::MembersBlocked, blocked, Params::new(), message);
    }
    if !set.agm_enabled && org.has_mappings() {
        // R13
        let groups = group_names(sc, &mapped_groups(org, true, true));
        let message = format!(
            "group mappings of {} are ignored while advanced group mappings are off: {}",
            org_label(org),
            list_preview(&groups)
        );
        push(Code::MappingsIgnored, groups, Params::new(), message);
    }
    if claude && !plan.is_single_seat() {
        // R15
        if !defaults.is_empty() {
            let mut per_tier = Params::new();
            for t in tiers {
                let n = default_tiers
                    .get(usize::from(t.bit()))
                    .copied()
                    .unwrap_or(0);
                if n > 0 {
                    per_tier.insert(t.id(), n);
                }
            }
            let message = format!(
                "{} in no seat-tier group take{} the highest tier with a free seat ({})",
                users_n(defaults.len()),
                if defaults.len() == 1 { "s" } else { "" },
                tier_list(tiers, &per_tier)
            );
            let count = defaults.len();
            push(
                Code::DefaultSeatTier,
                defaults,
                Params::new().with("count", count).with("tiers", per_tier),
                message,
            );
        }
    }
    if !tier_mapping_applies && org.tier_mappings.iter().any(|(_, g)| !g.is_empty()) {
        // R16
        let groups = group_names(sc, &mapped_groups(org, false, true));
        let why = if claude {
            "single-seat Enterprise has one seat type"
        } else {
            "Console organizations have no seat tiers"
        };
        let message = format!(
            "seat-tier mappings of {} do not apply ({why}) and are ignored: {}",
            org_label(org),
            list_preview(&groups)
        );
        push(
            Code::SeatTierMappingNotApplicable,
            groups,
            Params::new(),
            message,
        );
    }
    if seats.checked && seats.shortfall_total > 0 {
        // R17
        let mut per_tier = Params::new();
        for (t, c) in &seats.table.0 {
            if c.shortfall > 0 {
                per_tier.insert(t.id(), c.shortfall);
            }
        }
        let subjects: Vec<&str> = seats
            .short
            .iter()
            .filter_map(|i| users.get(*i as usize))
            .map(|u| sc.email(u.person))
            .collect();
        let message = format!(
            "not enough seats in {}: buy {}, then click \"Sync now\"",
            org_label(org),
            tier_list(tiers, &per_tier)
        );
        push(
            Code::SeatShortfall,
            subjects,
            Params::new().with("tiers", per_tier),
            message,
        );
    }
    if agm {
        // R19
        let privileged = org.product.privileged_role();
        let groups: Vec<GroupId> = org
            .role_mappings
            .iter()
            .filter(|(r, _)| *r == privileged)
            .flat_map(|(_, g)| g.iter().copied())
            .collect();
        let populated = groups.iter().any(|g| {
            sc.assigned_group_sizes
                .get(*g as usize)
                .is_some_and(|n| *n > 0)
        });
        if !populated {
            let names: Vec<&str> = groups.iter().map(|g| sc.group_name(*g)).collect();
            let message = if names.is_empty() {
                format!(
                    "no group of {} is mapped to {}",
                    org_label(org),
                    privileged.label()
                )
            } else {
                format!(
                    "no assigned user is in a group mapped to {} in {}: {}",
                    privileged.label(),
                    org_label(org),
                    list_preview(&names)
                )
            };
            push(
                Code::NoPrivilegedGroup,
                names,
                Params::new().with("role", privileged.id()),
                message,
            );
        }
    }
    if let Some((actor, person)) = &sc.actor {
        // R20
        if let Some((role, status)) =
            actor_outcome(org, actor_at.and_then(|i| users.get(i)), *person, mode, agm)
        {
            let message = match role {
                Some(r) => format!(
                    "you ({actor}) would end as {} with role {} in {}, below {}",
                    status,
                    r.label(),
                    org_label(org),
                    org.product.privileged_role().label()
                ),
                None => format!(
                    "you ({actor}) would end {} in {} and lose {} access",
                    status,
                    org_label(org),
                    org.product.privileged_role().label()
                ),
            };
            push(
                Code::ActorLosesAccess,
                vec![actor.as_str()],
                Params::new()
                    .with("role", role.map(Role::id))
                    .with("status", status.id()),
                message,
            );
        }
    }
    if agm {
        let mapped = mapped_groups(org, true, tier_mapping_applies);
        // R21
        let unknown: Vec<GroupId> = mapped
            .iter()
            .copied()
            .filter(|g| sc.group_sizes.get(*g as usize).is_none_or(|n| *n == 0))
            .collect();
        if !unknown.is_empty() {
            let mut case = Params::new();
            for g in &unknown {
                let name = sc.group_name(*g);
                let lower = crate::case::lower(name);
                let similar: Vec<Param> = sc
                    .groups
                    .iter()
                    .enumerate()
                    .filter(|(i, other)| {
                        sc.group_sizes.get(*i).is_some_and(|n| *n > 0)
                            && crate::case::lower(other) == lower
                    })
                    .map(|(_, other)| Param::from(other.as_str()))
                    .collect();
                if !similar.is_empty() {
                    case.insert(name, similar);
                }
            }
            let names: Vec<&str> = unknown.iter().map(|g| sc.group_name(*g)).collect();
            let mut message = format!("no directory user is in {}", list_preview(&names));
            if !case.is_empty() {
                let hints: Vec<String> = case
                    .iter()
                    .map(|(k, v)| {
                        format!(
                            "{k} differs only in letter case from {}",
                            v.as_array()
                                .and_then(|a| a.first())
                                .and_then(Param::as_str)
                                .unwrap_or("")
                        )
                    })
                    .collect();
                message.push_str(&format!(
                    "; {} (names are compared exactly)",
                    hints.join("; ")
                ));
            }
            push(
                Code::UnknownGroup,
                names,
                Params::new().with("case_mismatch", case),
                message,
            );
        }
        // R22
        if !unassigned_in_group.is_empty() {
            let message = format!(
                "{} in mapped groups but not assigned to the app, so not provisioned: {}",
                count_people(unassigned_in_group.len()),
                list_preview(&unassigned_in_group)
            );
            push(
                Code::UnassignedInGroup,
                unassigned_in_group,
                Params::new(),
                message,
            );
        }
        // R23
        let unprefixed: Vec<&str> = mapped
            .iter()
            .map(|g| sc.group_name(*g))
            .filter(|n| {
                !n.get(..10)
                    .is_some_and(|p| p.eq_ignore_ascii_case("anthropic-"))
            })
            .collect();
        if !unprefixed.is_empty() {
            let prefix = if claude {
                "anthropic-claude-"
            } else {
                "anthropic-console-"
            };
            let message = format!(
                "optional: the guide suggests names starting with {prefix} for {}",
                list_preview(&unprefixed)
            );
            push(
                Code::GroupNaming,
                unprefixed,
                Params::new().with("prefix", prefix),
                message,
            );
        }
    }

    // Notes on assumptions.
    if findings
        .iter()
        .any(|f| f.code == Code::RoleAmbiguous && f.organization == oid)
        && !org.precedence_overridden
    {
        notes.push(Note {
            id: "default_precedence",
            rule: "R3",
            interpretation: true,
            organization: oid,
            message: "Console roles that cannot be ranked are decided by the order admin, developer, billing, claude_code_user, user; the guide does not say; set role_precedence to choose".into(),
        });
    }
    if seats.changers_first {
        notes.push(Note {
            id: "tier_changes_first",
            rule: "R17",
            interpretation: true,
            organization: oid,
            message: "seats go first to current members moving to another tier (a seat one gives up is free for the others), then to new users whose groups name a tier, then to new users taking the default tier, each in directory order; so buying the shortfall is always enough".into(),
        });
    }
    if claude
        && !seats.checked
        && users
            .iter()
            .any(|u| u.seat_tier.is_some() || u.status == Status::Member)
    {
        notes.push(Note {
            id: "capacity_not_checked",
            rule: "R17",
            interpretation: false,
            organization: oid,
            message: format!(
                "no purchased seats are given for {}, so seat capacity is not checked",
                org_label(org)
            ),
        });
    }

    OrgEvaluation {
        id: &org.id,
        name: org.name.as_deref(),
        product: org.product,
        eligible_modes,
        mode: set.mode,
        effective_mode: mode,
        group_mappings_in_effect: agm,
        users: Users { list: users, sc },
        seats: seats.table,
        capacity_checked: seats.checked,
        counts,
        changes,
    }
}

/// What the outcomes of an organization add up to, gathered as each outcome is final.
#[derive(Default)]
struct Tally {
    actor: Option<PersonId>,
    counts: Counts,
    changes: ChangeCounts,
    /// R12 subjects, in directory order.
    removed: Vec<PersonId>,
    blocked: Vec<PersonId>,
    /// R15 subjects, in directory order, and how many took each tier.
    defaults: Vec<PersonId>,
    default_tiers: [usize; 5],
    actor_at: Option<usize>,
}

impl Tally {
    /// Completes the outcome at index `i` (its change and when it takes effect, R25) and
    /// counts it.
    fn add(&mut self, mode: Mode, i: usize, u: &mut UserOutcome) {
        if u.status == Status::Member || u.status == Status::PendingLogin {
            if u.change != Change::Add {
                let role_changed = u.current_role.is_some() && u.role != u.current_role;
                let tier_changed =
                    u.current_seat_tier.is_some() && u.seat_tier != u.current_seat_tier;
                if role_changed || tier_changed {
                    u.change = Change::Update;
                }
            }
            if u.change != Change::None {
                u.takes_effect = Some(match mode {
                    Mode::Jit => TakesEffect::NextSignIn,
                    _ => TakesEffect::OnSave,
                });
                u.rules = u.rules.with(25);
            }
        }
        self.counts.add(u.status);
        match u.change {
            Change::Add => self.changes.add += 1,
            Change::Update => self.changes.update += 1,
            Change::Remove => self.changes.remove += 1,
            Change::None => self.changes.none += 1,
        }
        match u.status {
            Status::Removed => self.removed.push(u.person),
            Status::Blocked => self.blocked.push(u.person),
            _ => {}
        }
        if let (Some(Source::Default), Some(t)) = (u.seat_source.get(), u.seat_tier) {
            self.defaults.push(u.person);
            if let Some(n) = self.default_tiers.get_mut(usize::from(t.bit())) {
                *n += 1;
            }
        }
        if self.actor == Some(u.person) {
            self.actor_at = Some(i);
        }
    }
}

/// R10: a member kept as they are.
fn keep(out: &mut UserOutcome, m: &Member, claude: bool) {
    out.status = if out.status == Status::Blocked {
        Status::Blocked
    } else {
        Status::Member
    };
    out.role = Some(m.role);
    out.role_source = Some(Source::Existing).into();
    if claude {
        out.seat_tier = m.seat_tier;
        out.seat_source = Some(Source::Existing).into();
    }
}

/// The first group (in name order) of `groups` that passes `test`.
fn first_group(groups: &[GroupId], test: impl Fn(GroupId) -> bool) -> GroupId {
    groups.iter().copied().find(|g| test(*g)).unwrap_or(0)
}

fn tier_source(groups: &[GroupId], masks: &[[u8; 2]], tier: Option<SeatTier>) -> Source {
    match tier {
        Some(t) => Source::Group(first_group(groups, |g| {
            masks
                .get(g as usize)
                .is_some_and(|[_, b]| b & (1 << t.bit()) != 0)
        })),
        None => Source::Default,
    }
}

/// What the allocation decided for a user with a seat need.
#[derive(Clone, Copy, Debug)]
enum Decided {
    Nothing,
    /// A mover took the tier wanted.
    Moved,
    /// A seat of this tier.
    Seat(SeatTier),
    /// No free seat of this tier (a mover keeps their seat meanwhile).
    Waits(SeatTier),
}

struct SeatResult {
    table: SeatTable,
    checked: bool,
    shortfall_total: u32,
    /// Users listed in SEAT_SHORTFALL (not added, or kept on their old tier), in user order.
    short: Vec<u32>,
    /// Whether the serving order of R17 could matter (the R17 note).
    changers_first: bool,
}

/// R14–R17: hand out seats. Seats already held stay held; members moving tier go first and
/// free their old seat only when they get the new one; then new users with a tier from their
/// groups; then new users taking the default tier; each in directory order. `done` is called
/// once with each outcome it decides, when that outcome is final.
fn allocate_seats(
    org: &Organization,
    tiers: &[SeatTier],
    users: &mut [UserOutcome],
    needs: &[(u32, SeatNeed)],
    mut done: impl FnMut(usize, &mut UserOutcome),
) -> SeatResult {
    let n = tiers.len();
    let idx = |t: SeatTier| tiers.iter().position(|x| *x == t);
    let purchased: Option<Vec<u32>> = org
        .seats
        .as_ref()
        .map(|s| s.iter().map(|(_, n)| *n).collect());
    let checked = purchased.is_some();
    let mut held = vec![0i64; n];
    let mut unmet = vec![0u32; n];
    let mut short = Vec::new();
    let cap = |held: &[i64], i: usize| -> i64 {
        match &purchased {
            Some(p) => {
                i64::from(p.get(i).copied().unwrap_or(0)) - held.get(i).copied().unwrap_or(0)
            }
            None => i64::MAX,
        }
    };
    let bump = |held: &mut Vec<i64>, i: usize, d: i64| {
        if let Some(h) = held.get_mut(i) {
            *h += d;
        }
    };

    // Seats are decided from `needs` alone, in the order R17 serves them; the outcomes are
    // then written in one pass in directory order (at 100,000 users, going through them in
    // several orders costs more than the decisions).
    let mut decided = vec![Decided::Nothing; needs.len()];

    // Phase 1: every seat held now stays held (R17), including blocked members' (R10).
    for (_, need) in needs {
        if let SeatNeed::Keep(Some(t)) | SeatNeed::Change(_, Some(t)) = need {
            if let Some(i) = idx(*t) {
                bump(&mut held, i, 1);
            }
        }
    }
    // Phase 2a: members moving to an explicit tier (R14) take it if free, else keep theirs.
    // A seat one of them gives up may let another move: passes repeat until none moves.
    let mut pending: Vec<(usize, SeatTier, Option<SeatTier>)> = needs
        .iter()
        .enumerate()
        .filter_map(|(k, (_, need))| match need {
            SeatNeed::Change(to, from) => Some((k, *to, *from)),
            _ => None,
        })
        .collect();
    // Whether the serving order can matter (the R17 note).
    let order_matters = !pending.is_empty()
        || (needs
            .iter()
            .any(|(_, n)| matches!(n, SeatNeed::NewExplicit(_)))
            && needs.iter().any(|(_, n)| matches!(n, SeatNeed::NewDefault)));
    loop {
        let before = pending.len();
        pending.retain(|(k, to, from)| {
            let Some(ti) = idx(*to) else { return false };
            if cap(&held, ti) <= 0 {
                return true;
            }
            bump(&mut held, ti, 1);
            if let Some(old) = from.and_then(idx) {
                bump(&mut held, old, -1);
            }
            if let Some(d) = decided.get_mut(*k) {
                *d = Decided::Moved;
            }
            false
        });
        if pending.len() == before {
            break;
        }
    }
    for (k, to, _) in pending {
        // R17: keeps its old seat; counted toward the new tier's shortfall only.
        if let Some(x) = idx(to).and_then(|i| unmet.get_mut(i)) {
            *x += 1;
        }
        if let Some(d) = decided.get_mut(k) {
            *d = Decided::Waits(to);
        }
    }
    // Phase 2b: new users, in directory order: first those whose groups name a tier (R14),
    // then those taking the default tier (R15), so that buying the shortfall suffices.
    for (k, (_, need)) in needs.iter().enumerate() {
        if let SeatNeed::NewExplicit(t) = need {
            let got = idx(*t).is_some_and(|i| cap(&held, i) > 0);
            let d = if got {
                if let Some(i) = idx(*t) {
                    bump(&mut held, i, 1);
                }
                Decided::Seat(*t)
            } else {
                if let Some(x) = idx(*t).and_then(|i| unmet.get_mut(i)) {
                    *x += 1;
                }
                Decided::Waits(*t)
            };
            if let Some(slot) = decided.get_mut(k) {
                *slot = d;
            }
        }
    }
    for (k, (_, need)) in needs.iter().enumerate() {
        if let SeatNeed::NewDefault = need {
            // R15 (R16 on single-seat): the highest tier with a free seat; with none, the
            // shortfall counts toward the lowest tier.
            let d = match (0..n).find(|i| cap(&held, *i) > 0) {
                Some(i) => {
                    bump(&mut held, i, 1);
                    tiers
                        .get(i)
                        .copied()
                        .map_or(Decided::Nothing, Decided::Seat)
                }
                None => {
                    let t = tiers.last().copied().unwrap_or(SeatTier::Standard);
                    if let Some(x) = idx(t).and_then(|i| unmet.get_mut(i)) {
                        *x += 1;
                    }
                    Decided::Waits(t)
                }
            };
            if let Some(slot) = decided.get_mut(k) {
                *slot = d;
            }
        }
    }

    // The outcomes, in directory order.
    let default_rule = if tiers.len() == 1 { 16 } else { 15 };
    for ((u, need), d) in needs.iter().zip(&decided) {
        let Some(user) = users.get_mut(*u as usize) else {
            continue;
        };
        match (need, *d) {
            (SeatNeed::Change(to, _), Decided::Moved) => {
                // `seat_source` already names the group of the tier.
                user.seat_tier = Some(*to);
                user.rules = user.rules.with(14);
            }
            (SeatNeed::Change(..), Decided::Waits(to)) => {
                user.seat_tier = user.current_seat_tier;
                user.seat_source = Some(Source::Existing).into();
                user.wanted_seat_tier = Some(to);
                user.rules = user.rules.with(14).with(17);
                short.push(*u);
            }
            (SeatNeed::NewExplicit(_) | SeatNeed::NewDefault, Decided::Seat(t)) => {
                let explicit = matches!(need, SeatNeed::NewExplicit(_));
                user.rules = user.rules.with(if explicit { 14 } else { default_rule });
                user.seat_tier = Some(t);
                user.seat_source = Some(if explicit {
                    user.seat_source.get().unwrap_or(Source::Default)
                } else {
                    Source::Default
                })
                .into();
            }
            (SeatNeed::NewExplicit(_) | SeatNeed::NewDefault, Decided::Waits(t)) => {
                let explicit = matches!(need, SeatNeed::NewExplicit(_));
                user.rules = user
                    .rules
                    .with(if explicit { 14 } else { default_rule })
                    .with(17);
                user.status = Status::NotAdded;
                user.seat_source = None.into();
                user.wanted_seat_tier = Some(t);
                user.role = None;
                user.role_source = None.into();
                user.change = Change::None;
                short.push(*u);
            }
            _ => continue,
        }
        done(*u as usize, user);
    }
    crate::sort::ids(&mut short);

    let mut total = 0;
    let table = tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let h = held.get(i).copied().unwrap_or(0).max(0);
            let assigned = u32::try_from(h).unwrap_or(u32::MAX);
            let p = purchased.as_ref().and_then(|p| p.get(i).copied());
            // Seats held beyond the purchase count as shortfall too.
            let over = p.map_or(0, |p| assigned.saturating_sub(p));
            let shortfall = if checked {
                unmet.get(i).copied().unwrap_or(0) + over
            } else {
                0
            };
            total += shortfall;
            (
                *t,
                SeatCount {
                    purchased: p,
                    assigned,
                    shortfall,
                },
            )
        })
        .collect();
    SeatResult {
        table: SeatTable(table),
        checked,
        shortfall_total: total,
        short,
        changers_first: order_matters && checked,
    }
}

/// R20: the role and status the actor would end with in `org` (`outcome`: theirs, if they
/// are listed there), where that loses access.
fn actor_outcome(
    org: &Organization,
    outcome: Option<&UserOutcome>,
    person: Option<PersonId>,
    mode: Mode,
    agm: bool,
) -> Option<(Option<Role>, Status)> {
    let privileged = org.product.privileged_role();
    let member = person.and_then(|p| org.member(p));
    // R20 looks where the actor holds Owner/Admin now, or where nobody is listed.
    let watched = member.is_some_and(|m| m.role == privileged) || org.members.is_empty();
    if !watched || mode == Mode::Manual {
        return None;
    }
    let (role, status, assigned) = match outcome {
        Some(u) => (u.role, u.status, u.assigned),
        None => (None, Status::OutOfScope, false),
    };
    let lost = if agm {
        role != Some(privileged)
            || matches!(
                status,
                Status::Removed | Status::Blocked | Status::NotAdded | Status::OutOfScope
            )
    } else {
        !assigned
    };
    lost.then_some((role, status))
}

fn ambiguous<'s>(org: &'s Organization, email: &'s str, chosen: Role, rival: Role) -> Finding<'s> {
    let (a, b) = (chosen.id(), rival.id());
    let pair = if a <= b { [a, b] } else { [b, a] };
    finding(
        Code::RoleAmbiguous,
        Some(&org.id),
        vec![email],
        Params::new()
            .with("roles", pair.to_vec())
            .with("chosen", chosen.id()),
        format!(
            "{email} has roles {} and {} that cannot be ranked; the precedence list gives {}",
            chosen.label(),
            rival.label(),
            chosen.label()
        ),
    )
}

fn finding<'s>(
    code: Code,
    organization: Option<&'s str>,
    subjects: Vec<&'s str>,
    params: Params,
    message: String,
) -> Finding<'s> {
    Finding {
        code,
        severity: code.severity(),
        organization,
        subjects,
        params,
        rule: code.rule(),
        message,
        advice: code.advice(),
    }
}

/// Group ids of an organization's role mappings and/or seat-tier mappings, sorted, once each.
fn mapped_groups(org: &Organization, roles: bool, tiers: bool) -> Vec<GroupId> {
    let role_groups = org
        .role_mappings
        .iter()
        .filter(|_| roles)
        .flat_map(|(_, g)| g.iter());
    let tier_groups = org
        .tier_mappings
        .iter()
        .filter(|_| tiers)
        .flat_map(|(_, g)| g.iter());
    let mut ids: Vec<GroupId> = role_groups.chain(tier_groups).copied().collect();
    crate::sort::ids(&mut ids);
    ids.dedup();
    ids
}

fn group_names<'s>(sc: &'s Scenario, ids: &[GroupId]) -> Vec<&'s str> {
    ids.iter().map(|g| sc.group_name(*g)).collect()
}

fn org_label(org: &Organization) -> String {
    match &org.name {
        Some(name) => format!("{name} ({})", org.id),
        None => org.id.clone(),
    }
}

/// `a, b, c and 4 more`.
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

fn count_people(n: usize) -> String {
    if n == 1 {
        "1 user is".into()
    } else {
        format!("{n} users are")
    }
}

fn count_people_current(n: usize) -> String {
    if n == 1 {
        "1 current member".into()
    } else {
        format!("{n} current members")
    }
}

/// `2 Chat + Claude Code, 1 Chat`, in R1 order.
fn tier_list(tiers: &[SeatTier], per_tier: &Params) -> String {
    tiers
        .iter()
        .filter_map(|t| {
            let n = per_tier.get(t.id())?.as_u64()?;
            Some(format!("{n} {}", t.label()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn users_n(n: usize) -> String {
    if n == 1 {
        "1 user".into()
    } else {
        format!("{n} users")
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// §6: the setup checklist.
fn checklist(
    sc: &Scenario,
    orgs: &[OrgEvaluation<'_>],
    findings: &[Finding<'_>],
) -> Vec<ChecklistItem> {
    let has = |codes: &[Code]| -> Vec<&'static str> {
        let mut out: Vec<&'static str> = findings
            .iter()
            .filter(|f| codes.contains(&f.code))
            .map(|f| f.code.id())
            .collect();
        out.dedup();
        out
    };
    let any_scim = orgs.iter().any(|o| o.effective_mode == Mode::Scim);
    let any_agm = orgs.iter().any(|o| o.group_mappings_in_effect);
    let mut items = Vec::with_capacity(6);
    let mut item = |id: Step, status: StepStatus, detail: String| {
        items.push(ChecklistItem {
            id,
            status,
            label: id.label(),
            detail,
        });
    };

    let unstated: Vec<&str> = sc
        .organizations
        .iter()
        .filter(|o| !o.mode_stated)
        .map(|o| o.id.as_str())
        .collect();
    if unstated.is_empty() {
        item(
            Step::ChooseMode,
            StepStatus::Done,
            "every organization has a provisioning mode".into(),
        );
    } else {
        item(
            Step::ChooseMode,
            StepStatus::Todo,
            format!(
                "choose a mode for {} (Manual is assumed until then)",
                list_preview(&unstated)
            ),
        );
    }

    if !any_scim {
        item(
            Step::ConnectDirectory,
            StepStatus::Skip,
            "only needed for SCIM".into(),
        );
    } else if sc.scim_connected {
        item(
            Step::ConnectDirectory,
            StepStatus::Done,
            "directory sync is connected".into(),
        );
    } else {
        item(
            Step::ConnectDirectory,
            StepStatus::Todo,
            "set up SCIM in Identity and access, following the WorkOS guide; stop at the IdP groups step".into(),
        );
    }

    let blocking = has(&[
        Code::MembersRemovedOnSave,
        Code::MembersBlocked,
        Code::NoPrivilegedGroup,
        Code::ActorLosesAccess,
        Code::UnassignedInGroup,
    ]);
    if blocking.is_empty() {
        item(
            Step::SetMode,
            StepStatus::Done,
            "the mode can be set without losing anyone".into(),
        );
    } else {
        item(
            Step::SetMode,
            StepStatus::Todo,
            format!("do not save yet: resolve {}", blocking.join(", ")),
        );
    }

    if !any_agm {
        item(
            Step::AssignGroups,
            StepStatus::Skip,
            "only needed with advanced group mappings".into(),
        );
        item(
            Step::MapGroups,
            StepStatus::Skip,
            "only needed with advanced group mappings".into(),
        );
    } else {
        let open = has(&[
            Code::NoPrivilegedGroup,
            Code::ActorLosesAccess,
            Code::UnknownGroup,
        ]);
        if open.is_empty() {
            item(
                Step::AssignGroups,
                StepStatus::Done,
                "groups exist and hold an Owner/Admin, you included".into(),
            );
        } else {
            item(
                Step::AssignGroups,
                StepStatus::Todo,
                format!("fix {} in your identity provider", open.join(", ")),
            );
        }
        item(
            Step::MapGroups,
            StepStatus::Done,
            "groups are mapped to roles and seat tiers".into(),
        );
    }

    let errors: Vec<&'static str> = {
        let mut e: Vec<&'static str> = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.code.id())
            .collect();
        crate::sort::short_by_key(&mut e, |c| *c);
        e.dedup();
        e
    };
    if errors.is_empty() {
        item(
            Step::Save,
            StepStatus::Ready,
            "nothing blocks saving".into(),
        );
    } else {
        item(
            Step::Save,
            StepStatus::Blocked,
            format!("fix the errors first: {}", errors.join(", ")),
        );
    }
    items
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
