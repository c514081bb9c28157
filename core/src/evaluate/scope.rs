//! The pass over an organization's users: scope (R10), the role (R11), members out of scope
//! (R12) and seat needs (R14–R16); and the tally of the outcomes once they are final (R25,
//! counts, the subjects of the findings).

use crate::catalog::{Change, Mode, Role, Rules, SeatTier, Status, TakesEffect};
use crate::scenario::{Member, PersonId};

use super::seats::{self, SeatNeed};
use super::{AtSignIn, ChangeCounts, Counts, OnSave, Org, PackedSource, Source, UserOutcome};

/// What the pass over the users found, besides their outcomes.
pub(super) struct Pass {
    pub users: Vec<UserOutcome>,
    /// The users (indices) that need something from the seat pool, and what.
    pub needs: Vec<(u32, SeatNeed)>,
    /// R11: each person whose mapped roles cannot be ranked, the role chosen and its rival.
    pub ambiguous: Vec<(PersonId, Role, Role)>,
    /// R22: directory users in a mapped group but not assigned to the app.
    pub unassigned_in_group: Vec<PersonId>,
    /// R11: someone is in scope through a seat-tier group only.
    pub seat_group_only: bool,
    /// R3/R11: someone's groups map two or more roles, so the ranking decides.
    pub several_roles: bool,
    /// R1/R14: someone's groups map two or more tiers, so R1's order decides.
    pub several_tiers: bool,
    /// R27: the Primary Owner, and what provisioning would have done to them, where their
    /// exemption changed it.
    pub primary_owner_exempt: Option<Exempted>,
}

/// R27: what provisioning would have done to the Primary Owner, were they not exempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Exempted {
    pub person: PersonId,
    /// `removed` or `blocked`, or `member` where only the role or tier would change.
    pub status: Status,
    /// The role they would have had (none where removed).
    pub role: Option<Role>,
    /// The tier they would have been moved to, where it differs from the one held.
    pub seat_tier: Option<SeatTier>,
}

/// Goes through the directory, then the members who are not in it, once. Outcomes that need
/// no seat are final here and counted into `tally`; the others wait for the allocation.
pub(super) fn pass(o: &Org<'_>, tally: &mut Tally) -> Pass {
    let sc = o.sc;
    let capacity = sc.directory_len as usize + o.org.extra_people.len();
    let mut p = Pass {
        users: Vec::with_capacity(capacity),
        needs: Vec::with_capacity(capacity),
        ambiguous: Vec::new(),
        unassigned_in_group: Vec::new(),
        seat_group_only: false,
        several_roles: false,
        several_tiers: false,
        primary_owner_exempt: None,
    };
    for person in sc.directory().chain(o.org.extra_people.iter().copied()) {
        let assigned = sc.is_assigned(person);
        let member = o.org.member(person);
        let groups = sc.groups_of(person);
        let masks = o.masks_of(groups);
        let mapped = (masks[0] | masks[1]) != 0;
        let primary_owner = member.filter(|m| m.primary_owner);
        // R22: in a mapped group but not assigned to the app (the Primary Owner is kept, R27).
        if o.agm && !assigned && mapped && person < sc.directory_len && primary_owner.is_none() {
            p.unassigned_in_group.push(person);
        }
        // R10: in scope = assigned (and, with AGM, in a mapped group; a seat-tier group alone
        // counts [interpretation]).
        let in_scope = assigned && (!o.agm || mapped);
        let flags = (p.seat_group_only, p.several_roles, p.several_tiers);
        let mut out = outcome(o, person, assigned, in_scope, member);
        let mut need = match (o.mode, in_scope, member) {
            // R10, manual: members kept as they are, nobody else touched.
            (Mode::Manual, _, Some(m)) => {
                keep(&mut out, m, o.claude);
                SeatNeed::Keep(m.seat_tier)
            }
            (Mode::Manual, _, None) | (_, false, None) => SeatNeed::None,
            // R12: members out of scope are blocked under JIT...
            (Mode::Jit, false, Some(m)) => {
                out.status = Status::Blocked;
                keep(&mut out, m, o.claude);
                out.rules = out.rules.with(12);
                SeatNeed::Keep(m.seat_tier)
            }
            // ...and removed under SCIM, when saving (R25).
            (Mode::Scim, false, Some(_)) => {
                out.status = Status::Removed;
                out.change = Change::Remove;
                out.takes_effect = Some(TakesEffect::OnSave);
                out.rules = out.rules.with(12).with(25);
                SeatNeed::None
            }
            (Mode::Jit | Mode::Scim, true, member) => {
                provision(o, &mut out, member, groups, masks, &mut p)
            }
        };
        if let Some(m) = primary_owner {
            need = exempt(o, &mut out, m, need, &mut p);
            // R27: their groups decide nothing, so they give no note (R1, R11).
            (p.seat_group_only, p.several_roles, p.several_tiers) = flags;
        }
        let i = p.users.len();
        match need {
            SeatNeed::None | SeatNeed::Keep(_) => tally.add(i, &mut out),
            SeatNeed::Change(..)
            | SeatNeed::MemberDefault(_)
            | SeatNeed::NewExplicit(_)
            | SeatNeed::NewDefault => {}
        }
        if !matches!(need, SeatNeed::None) {
            p.needs.push((u32::try_from(i).unwrap_or(u32::MAX), need));
        }
        p.users.push(out);
    }
    p
}

/// A user's outcome before anything happens to them: out of scope, nothing changes.
fn outcome(
    o: &Org<'_>,
    person: PersonId,
    assigned: bool,
    in_scope: bool,
    member: Option<&Member>,
) -> UserOutcome {
    UserOutcome {
        person,
        status: Status::OutOfScope,
        role: None,
        role_source: PackedSource::default(),
        seat_tier: None,
        seat_source: PackedSource::default(),
        change: Change::None,
        takes_effect: None,
        assigned,
        in_scope: in_scope && o.mode != Mode::Manual,
        current_role: member.map(|m| m.role),
        current_seat_tier: member.and_then(|m| m.seat_tier),
        wanted_seat_tier: None,
        primary_owner: false,
        rules: if o.mode_eligible {
            Rules::default().with(10)
        } else {
            Rules::default().with(10).with(7)
        },
    }
}

/// A user in scope under JIT or SCIM: a member (pending sign-in for a newcomer under JIT),
/// with a role (R10, R11) and, on Claude, a seat need (R14–R16).
fn provision(
    o: &Org<'_>,
    out: &mut UserOutcome,
    member: Option<&Member>,
    groups: &[crate::scenario::GroupId],
    [rmask, tmask]: [u8; 2],
    p: &mut Pass,
) -> SeatNeed {
    out.status = match (o.mode, member) {
        (Mode::Jit, None) => Status::PendingLogin,
        _ => Status::Member,
    };
    let (role, source) = if o.agm {
        out.rules = out.rules.with(11);
        p.several_roles |= (rmask & super::org::ROLE_BITS).count_ones() > 1;
        p.several_tiers |= o.tier_mapping_applies && tmask.count_ones() > 1;
        match o.role_of(groups, rmask) {
            Some((role, group, rival)) => {
                if let Some(rival) = rival {
                    p.ambiguous.push((out.person, role, rival));
                }
                (role, Source::Group(group))
            }
            // R11 [interpretation]: in scope through a seat-tier group only.
            None => {
                p.seat_group_only = true;
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
    if member.is_none() {
        out.change = Change::Add;
    }
    if o.claude {
        seats::need_of(o, out, member, groups, tmask)
    } else {
        SeatNeed::None
    }
}

/// R27 [interpretation]: the Primary Owner is exempt from provisioning: in every mode they
/// stay a member with their role (Owner) and seat, whatever `out` and `need` say provisioning
/// would do. What it would have done is kept in `p` where it differs, for the finding.
fn exempt(
    o: &Org<'_>,
    out: &mut UserOutcome,
    m: &Member,
    need: SeatNeed,
    p: &mut Pass,
) -> SeatNeed {
    let seat_tier = match need {
        SeatNeed::Change(t, _) => Some(t),
        // R15: a member in no seat-tier group takes the highest tier with a free seat; from
        // the highest tier, that is no move.
        SeatNeed::MemberDefault(held) => o.tiers.first().copied().filter(|t| *t != held),
        _ => None,
    };
    let status = match out.status {
        Status::Removed | Status::Blocked => out.status,
        _ => Status::Member,
    };
    let role = out.role.filter(|_| status != Status::Removed);
    if status != Status::Member || role != Some(m.role) || seat_tier.is_some() {
        p.primary_owner_exempt = Some(Exempted {
            person: out.person,
            status,
            role,
            seat_tier,
        });
    }
    // R11: whatever their groups map, the role is not theirs to choose.
    if p.ambiguous
        .last()
        .is_some_and(|(who, ..)| *who == out.person)
    {
        p.ambiguous.pop();
    }
    out.status = Status::Member;
    out.change = Change::None;
    out.takes_effect = None;
    out.wanted_seat_tier = None;
    out.primary_owner = true;
    keep(out, m, o.claude);
    let base = Rules::default().with(10).with(27);
    out.rules = if o.mode_eligible { base } else { base.with(7) };
    if o.claude {
        SeatNeed::Keep(m.seat_tier)
    } else {
        SeatNeed::None
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

/// What the outcomes of an organization add up to, gathered as each outcome is final (some
/// in the pass, the others as the allocation decides them).
pub(super) struct Tally {
    mode: Mode,
    agm: bool,
    actor: Option<PersonId>,
    counts: Counts,
    changes: ChangeCounts,
    on_save: OnSave,
    at_sign_in: AtSignIn,
    /// R12 subjects, in user order.
    removed: Vec<PersonId>,
    blocked: Vec<PersonId>,
    /// R15 subjects, in user order, and how many took each tier.
    defaults: Vec<PersonId>,
    default_tiers: [u32; 5],
    /// R11 subjects: users (indices) given the User role by default.
    defaulted_roles: Vec<u32>,
    actor_at: Option<usize>,
}

/// The tally, once every outcome is final.
pub(super) struct Tallied {
    pub counts: Counts,
    pub changes: ChangeCounts,
    pub on_save: OnSave,
    pub at_sign_in: AtSignIn,
    pub removed: Vec<PersonId>,
    pub blocked: Vec<PersonId>,
    pub defaults: Vec<PersonId>,
    pub default_tiers: [u32; 5],
    pub defaulted_roles: Vec<PersonId>,
    pub unassigned_in_group: Vec<PersonId>,
    /// The actor's outcome, where they are listed.
    pub actor: Option<UserOutcome>,
    /// R27: what provisioning would have done to the Primary Owner, where it mattered.
    pub primary_owner_exempt: Option<Exempted>,
}

impl Tally {
    pub(super) fn new(o: &Org<'_>) -> Tally {
        Tally {
            mode: o.mode,
            agm: o.agm,
            actor: o.sc.actor.as_ref().and_then(|(_, p)| *p),
            counts: Counts::default(),
            changes: ChangeCounts::default(),
            on_save: OnSave::default(),
            at_sign_in: AtSignIn::default(),
            removed: Vec::new(),
            blocked: Vec::new(),
            defaults: Vec::new(),
            default_tiers: [0; 5],
            defaulted_roles: Vec::new(),
            actor_at: None,
        }
    }

    /// Completes the outcome at index `i` (its change and when it takes effect, R25) and
    /// counts it.
    pub(super) fn add(&mut self, i: usize, u: &mut UserOutcome) {
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
                u.takes_effect = Some(match self.mode {
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
        match (u.takes_effect, u.change) {
            (Some(TakesEffect::OnSave), Change::Add) => self.on_save.add += 1,
            (Some(TakesEffect::OnSave), Change::Update) => self.on_save.update += 1,
            (Some(TakesEffect::OnSave), Change::Remove) => self.on_save.remove += 1,
            (Some(TakesEffect::NextSignIn), Change::Add) => self.at_sign_in.add += 1,
            (Some(TakesEffect::NextSignIn), Change::Update) => self.at_sign_in.update += 1,
            _ => {}
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
        // R11: with group mappings, a role by default means a seat-tier group only; a user
        // left waiting for a seat (R17) has no role at all.
        if self.agm && u.role.is_some() && u.role_source.get() == Some(Source::Default) {
            self.defaulted_roles
                .push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        if self.actor == Some(u.person) {
            self.actor_at = Some(i);
        }
    }

    /// The tally of `users`, all final, and what the pass found beside them.
    pub(super) fn finish(self, users: &[UserOutcome], pass: &mut Pass) -> Tallied {
        let mut defaulted = self.defaulted_roles;
        // Counted in the order outcomes became final: back to user order.
        crate::sort::ids(&mut defaulted);
        let person = |i: &u32| users.get(*i as usize).map(|u| u.person);
        Tallied {
            counts: self.counts,
            changes: self.changes,
            on_save: self.on_save,
            at_sign_in: self.at_sign_in,
            removed: self.removed,
            blocked: self.blocked,
            defaults: self.defaults,
            default_tiers: self.default_tiers,
            defaulted_roles: defaulted.iter().filter_map(person).collect(),
            unassigned_in_group: core::mem::take(&mut pass.unassigned_in_group),
            actor: self.actor_at.and_then(|i| users.get(i)).copied(),
            primary_owner_exempt: pass.primary_owner_exempt,
        }
    }
}
