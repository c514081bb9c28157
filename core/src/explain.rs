//! Why a user gets what saving gives them: for each organization, the ordered steps that
//! decided the outcome (assignment, scope, membership, role, seat, result), each with its
//! rules and the data it used.
//!
//! The trace is read off the engine's own evaluation, so that it cannot disagree with it: the
//! result is the user's outcome in [`Evaluation`], the role and tier are found by the same
//! code the evaluation ran ([`Org`]'s group masks and R11's role table), and the seat queue is
//! the one R17's allocation recorded as it served it ([`OrgEvaluation::seat_queue`]).
//!
//! Cost: [`explain`] evaluates the whole scenario once. A caller that already holds the
//! evaluation asks [`explain_in`], which for each organization looks at one user's groups
//! and mappings (as many group masks as the scenario has groups) and goes through the seat
//! queue once (a few bytes per user waiting for a seat): no user other than the one asked
//! about is evaluated again.

use crate::catalog::{Change, Mode, Product, Role, Rules, SeatTier, Status, TakesEffect};
use crate::evaluate::{Evaluation, Org, OrgEvaluation, Phase, Source, UserOutcome};
use crate::scenario::{GroupId, OrgSettings, PersonId, Scenario};

/// The trace of one user: one [`OrgTrace`] per organization asked about.
#[derive(Clone, Debug)]
pub struct Explanation<'s> {
    /// The user's email as the scenario spells it.
    pub email: &'s str,
    pub name: Option<&'s str>,
    pub organizations: Vec<OrgTrace<'s>>,
}

/// The steps that decided one user's outcome in one organization, in order.
#[derive(Clone, Debug)]
pub struct OrgTrace<'s> {
    pub id: &'s str,
    pub name: Option<&'s str>,
    pub product: Product,
    /// R7: the mode evaluated.
    pub effective_mode: Mode,
    /// R6.
    pub group_mappings_in_effect: bool,
    pub steps: Vec<TraceStep<'s>>,
    /// The user's row of the evaluation, which the result step reads.
    pub outcome: UserOutcome,
}

/// One step of a trace, with the rules it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TraceStep<'s> {
    /// R10: assigned to the app in the identity provider.
    Assignment {
        rules: Rules,
        /// False for a member who is not in the directory.
        in_directory: bool,
        assigned: bool,
    },
    /// R10, R13, R21: the user's groups, those mapped and to what; in scope or not.
    Scope {
        rules: Rules,
        /// Every group of the user, in name order, with what the mappings that apply give it.
        groups: Vec<GroupTrace<'s>>,
        /// R13: mappings are written but not in effect (mode `manual` or AGM off).
        mappings_ignored: bool,
        in_scope: bool,
    },
    /// R12: the membership held now.
    Membership {
        rules: Rules,
        member: bool,
        role: Option<Role>,
        seat_tier: Option<SeatTier>,
        primary_owner: bool,
    },
    /// R3, R11: the candidate roles and what decided between them.
    Role {
        rules: Rules,
        /// Each role the user's mapped groups give, in the precedence order, with the groups
        /// (in name order) that give it.
        candidates: Vec<(Role, Vec<&'s str>)>,
        /// R3: the order that decided where there were several candidates.
        precedence: Vec<Role>,
        precedence_overridden: bool,
        /// R11: a role the chosen one could not be ranked against (the choice is then the
        /// precedence list's alone).
        ambiguous_with: Option<Role>,
        role: Option<Role>,
        source: Option<Source>,
        source_group: Option<&'s str>,
    },
    /// R14–R17: the tier wanted and where it comes from, then the allocation. Claude only.
    Seat {
        rules: Rules,
        /// The tier the user's groups name (R14), if any.
        wanted: Option<SeatTier>,
        wanted_group: Option<&'s str>,
        /// R17: the user's turn, where the allocation decided their seat.
        turn: Option<TurnTrace>,
        capacity_checked: bool,
        seat_tier: Option<SeatTier>,
        source: Option<Source>,
        source_group: Option<&'s str>,
        /// R17: the tier waited for, when none was free.
        waits_for: Option<SeatTier>,
    },
    /// R25, R26, R27: the outcome, when it takes effect, the exemption and the sign-in check.
    Result {
        rules: Rules,
        status: Status,
        change: Change,
        takes_effect: Option<TakesEffect>,
        primary_owner: bool,
        /// R26: the address the user's SSO sends, where it is not their email exactly.
        sso_email: Option<&'s str>,
        /// R26: under SCIM a member whose SSO address differs cannot sign in.
        sign_in_blocked: bool,
        /// Every rule that decided the outcome (the row's `rules`).
        decided_by: Rules,
    },
}

/// One of the user's groups in the scope step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupTrace<'s> {
    pub group: &'s str,
    pub roles: Vec<Role>,
    pub seat_tiers: Vec<SeatTier>,
}

/// R17: a user's turn in the seat queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TurnTrace {
    /// 1-based place in the whole queue.
    pub place: u32,
    /// How many were served in the queue.
    pub of: u32,
    pub phase: Phase,
    /// The seats of the tier decided free at that moment (see [`crate::evaluate::Turn::free`]).
    pub free: Option<u32>,
}

/// Why no trace could be given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplainError {
    /// Nobody in the directory or the members has this email; the nearest known one, if
    /// any is close.
    UnknownEmail {
        email: String,
        nearest: Option<String>,
    },
    /// No organization has this id; the ids there are.
    UnknownOrganization { id: String, ids: Vec<String> },
}

impl core::fmt::Display for ExplainError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ExplainError::UnknownEmail { email, nearest } => {
                write!(
                    f,
                    "no user in the directory or the members has the email `{email}`"
                )?;
                match nearest {
                    Some(n) => write!(f, "; did you mean `{n}`?"),
                    None => Ok(()),
                }
            }
            ExplainError::UnknownOrganization { id, ids } => {
                write!(f, "no organization has the id `{id}`; the ids are ")?;
                let quoted: Vec<String> = ids.iter().map(|i| format!("`{i}`")).collect();
                write!(f, "{}", quoted.join(", "))
            }
        }
    }
}

impl std::error::Error for ExplainError {}

/// The trace of the user with `email` (letter case ignored, as everywhere) in every
/// organization. Evaluates the whole scenario once; see [`explain_in`] to reuse an evaluation.
pub fn explain<'s>(sc: &'s Scenario, email: &str) -> Result<Explanation<'s>, ExplainError> {
    let person = find(sc, email)?;
    explain_in(sc, &crate::evaluate(sc), person, None)
}

/// The person with `email`, letter case and Unicode normal form ignored (as R10 matches
/// people); else [`ExplainError::UnknownEmail`] with the nearest known email. Goes through
/// the people once.
pub fn find(sc: &Scenario, email: &str) -> Result<PersonId, ExplainError> {
    let key = crate::scenario::email_key(email.trim());
    let ascii = key.is_ascii();
    let found = sc.people.iter().position(|p| {
        if ascii && p.email.is_ascii() {
            p.email.eq_ignore_ascii_case(&key)
        } else {
            crate::scenario::email_key(&p.email) == key
        }
    });
    match found.and_then(|i| PersonId::try_from(i).ok()) {
        Some(p) if listed(sc, p) => Ok(p),
        _ => Err(ExplainError::UnknownEmail {
            email: email.to_owned(),
            nearest: nearest(sc, &key),
        }),
    }
}

/// Whether a person is a user of the evaluation: in the directory, or a member of some
/// organization.
fn listed(sc: &Scenario, p: PersonId) -> bool {
    p < sc.directory_len || sc.organizations.iter().any(|o| o.extra_people.contains(&p))
}

/// The known email nearest to `key` (edit distance at most a third of its length, and at
/// least 1), for "did you mean".
fn nearest(sc: &Scenario, key: &str) -> Option<String> {
    let limit = (key.chars().count() / 3).max(1);
    sc.people
        .iter()
        .enumerate()
        .filter(|(i, _)| PersonId::try_from(*i).is_ok_and(|p| listed(sc, p)))
        .map(|(_, p)| {
            let d = crate::doc::edit_distance(key, &p.email.to_lowercase());
            (d, p.email.as_str())
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e.to_owned())
}

/// The trace of `person` in `evaluation` (made of `sc`), in every organization or in the one
/// with id `org`. Costs one user's groups and the seat queues, not a re-evaluation (see the
/// module's documentation).
pub fn explain_in<'s>(
    sc: &'s Scenario,
    evaluation: &Evaluation<'s>,
    person: PersonId,
    org: Option<&str>,
) -> Result<Explanation<'s>, ExplainError> {
    if let Some(id) = org
        && !evaluation.organizations.iter().any(|o| o.id == id)
    {
        return Err(ExplainError::UnknownOrganization {
            id: id.to_owned(),
            ids: evaluation
                .organizations
                .iter()
                .map(|o| o.id.to_owned())
                .collect(),
        });
    }
    let organizations = sc
        .organizations
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let oe = evaluation.organizations.iter().find(|e| e.id == o.id)?;
            if org.is_some_and(|id| id != o.id) {
                return None;
            }
            org_trace(sc, i, oe, person)
        })
        .collect();
    Ok(Explanation {
        email: sc.email(person),
        name: sc.name(person),
        organizations,
    })
}

/// The user's index in an organization's users: the directory in order, then the members
/// who are not in it.
fn user_index(sc: &Scenario, org: usize, person: PersonId) -> Option<usize> {
    if person < sc.directory_len {
        return Some(person as usize);
    }
    let extra = &sc.organizations.get(org)?.extra_people;
    let at = extra.iter().position(|p| *p == person)?;
    Some(sc.directory_len as usize + at)
}

fn org_trace<'s>(
    sc: &'s Scenario,
    index: usize,
    oe: &OrgEvaluation<'s>,
    person: PersonId,
) -> Option<OrgTrace<'s>> {
    let at = user_index(sc, index, person)?;
    let u = *oe.users.get(at).filter(|u| u.person == person)?;
    let set = OrgSettings {
        mode: oe.mode,
        agm_enabled: oe.group_mappings_in_effect,
    };
    let o = Org::new(sc, index, set)?;
    let org = o.org;
    let groups = sc.groups_of(person);
    let [rmask, tmask] = o.masks_of(groups);
    let r = |n: &[u8]| n.iter().fold(Rules::default(), |r, n| r.with(*n));
    let mut steps = Vec::with_capacity(6);

    // 1. R10: assignment.
    steps.push(TraceStep::Assignment {
        rules: r(&[10]),
        in_directory: person < sc.directory_len,
        assigned: u.assigned,
    });

    // 2. R10, R13, R21: the groups and what they are mapped to.
    let group_traces = groups
        .iter()
        .map(|g| {
            let [gr, gt] = o.masks_of(core::slice::from_ref(g));
            GroupTrace {
                group: sc.group_name(*g),
                roles: org
                    .precedence
                    .iter()
                    .copied()
                    .filter(|x| gr & (1 << x.bit()) != 0)
                    .collect(),
                seat_tiers: o
                    .tiers
                    .iter()
                    .copied()
                    .filter(|t| gt & (1 << t.bit()) != 0)
                    .collect(),
            }
        })
        .collect();
    let mappings_ignored = !o.agm && org.has_mappings();
    let mut scope_rules = r(&[10]);
    if mappings_ignored {
        scope_rules = scope_rules.with(13);
    }
    if o.agm {
        scope_rules = scope_rules.with(21);
    }
    steps.push(TraceStep::Scope {
        rules: scope_rules,
        groups: group_traces,
        mappings_ignored,
        in_scope: u.in_scope,
    });

    // 3. R12: the membership held now.
    let member = org.member(person);
    steps.push(TraceStep::Membership {
        rules: if member.is_some() {
            r(&[12])
        } else {
            Rules::default()
        },
        member: member.is_some(),
        role: u.current_role,
        seat_tier: u.current_seat_tier,
        primary_owner: u.primary_owner,
    });

    // 4. R3, R11: the candidate roles (as the evaluation's role table decides them).
    let candidates: Vec<(Role, Vec<&str>)> = org
        .precedence
        .iter()
        .copied()
        .filter(|x| rmask & (1 << x.bit()) != 0)
        .map(|role| {
            let names = groups
                .iter()
                .filter(|g| o.masks_of(core::slice::from_ref(*g))[0] & (1 << role.bit()) != 0)
                .map(|g| sc.group_name(*g))
                .collect();
            (role, names)
        })
        .collect();
    let decided = u.in_scope && o.agm && !u.primary_owner;
    let ambiguous_with = if decided {
        o.role_of(groups, rmask).and_then(|(_, _, rival)| rival)
    } else {
        None
    };
    let mut role_rules = Rules::default();
    if decided {
        role_rules = role_rules.with(11);
        if candidates.len() > 1 {
            role_rules = role_rules.with(3);
        }
    }
    if u.primary_owner {
        role_rules = role_rules.with(27);
    }
    let role_source = u.role_source.get();
    steps.push(TraceStep::Role {
        rules: role_rules,
        candidates,
        precedence: org.precedence.clone(),
        precedence_overridden: org.precedence_overridden,
        ambiguous_with,
        role: u.role,
        source: role_source,
        source_group: group_of(sc, role_source),
    });

    // 5. R14–R17: the seat, on Claude.
    if o.claude {
        // R14, as the allocation decided it (`Org::highest_tier`).
        let wanted = (u.in_scope && o.agm && o.tier_mapping_applies && tmask != 0)
            .then(|| o.highest_tier(tmask))
            .flatten();
        let wanted_group = wanted.and_then(|t| group_of(sc, Some(o.tier_source(groups, Some(t)))));
        let of = u32::try_from(oe.seat_queue.len()).unwrap_or(u32::MAX);
        let at = u32::try_from(at).unwrap_or(u32::MAX);
        let turn = oe
            .seat_queue
            .iter()
            .position(|t| t.user == at)
            .and_then(|k| {
                let t = oe.seat_queue.get(k)?;
                Some(TurnTrace {
                    place: u32::try_from(k + 1).unwrap_or(u32::MAX),
                    of,
                    phase: t.phase,
                    free: t.free(),
                })
            });
        let seat_rules = [14, 15, 16, 17]
            .iter()
            .filter(|n| u.rules.contains(**n))
            .fold(Rules::default(), |r, n| r.with(*n));
        let seat_source = u.seat_source.get();
        steps.push(TraceStep::Seat {
            rules: seat_rules,
            wanted,
            wanted_group,
            turn,
            capacity_checked: oe.capacity_checked,
            seat_tier: u.seat_tier,
            source: seat_source,
            source_group: group_of(sc, seat_source),
            waits_for: u.wanted_seat_tier,
        });
    }

    // 6. R25, R26, R27: the result.
    let sso_email = sc.sso_email(person).filter(|s| *s != sc.email(person));
    let sign_in_blocked = o.mode == Mode::Scim && u.status == Status::Member && sso_email.is_some();
    let mut result_rules = Rules::default();
    if u.rules.contains(25) {
        result_rules = result_rules.with(25);
    }
    if sign_in_blocked {
        result_rules = result_rules.with(26);
    }
    if u.primary_owner {
        result_rules = result_rules.with(27);
    }
    steps.push(TraceStep::Result {
        rules: result_rules,
        status: u.status,
        change: u.change,
        takes_effect: u.takes_effect,
        primary_owner: u.primary_owner,
        sso_email,
        sign_in_blocked,
        decided_by: u.rules,
    });

    Some(OrgTrace {
        id: oe.id,
        name: oe.name,
        product: oe.product,
        effective_mode: oe.effective_mode,
        group_mappings_in_effect: oe.group_mappings_in_effect,
        steps,
        outcome: u,
    })
}

/// The name of the group a source names.
fn group_of(sc: &Scenario, source: Option<Source>) -> Option<&str> {
    match source {
        Some(Source::Group(g)) => Some(sc.group_name(g as GroupId)),
        _ => None,
    }
}

impl TraceStep<'_> {
    /// The step's id in the JSON (`assignment`, `scope`, `membership`, `role`, `seat`,
    /// `result`).
    pub const fn id(&self) -> &'static str {
        match self {
            TraceStep::Assignment { .. } => "assignment",
            TraceStep::Scope { .. } => "scope",
            TraceStep::Membership { .. } => "membership",
            TraceStep::Role { .. } => "role",
            TraceStep::Seat { .. } => "seat",
            TraceStep::Result { .. } => "result",
        }
    }
}

impl Phase {
    /// The phase's id in the JSON.
    pub const fn id(self) -> &'static str {
        match self {
            Phase::MemberMove => "member_move",
            Phase::NewExplicit => "new_explicit",
            Phase::NewDefault => "new_default",
            Phase::MemberDefault => "member_default",
        }
    }
}
