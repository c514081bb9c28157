//! The review's view model: the engine's evaluation and mode comparison of a valid scenario,
//! owned (the evaluation borrows from its scenario) and with every user's outcome explained.

use std::collections::HashMap;
use std::rc::Rc;

use provplan_core::compare::SeverityCounts;
use provplan_core::evaluate::{ChangeCounts, ChecklistItem, Counts, SeatCount};
use provplan_core::{
    Change, Code, Mode, Plan, Product, Role, Scenario, ScenarioDoc, SeatTier, Severity, Source,
    Status, Step as CheckStep, StepStatus, TakesEffect, compare, evaluate,
};
use serde_json::{Map, Value};

use crate::i18n::Text;
use crate::state::Step;
use crate::text;

#[derive(Clone, Debug)]
pub struct Review {
    /// The scenario reviewed (the comparison is computed from it later for large setups).
    pub scenario: Rc<Scenario>,
    /// Whether `orgs[].comparison` is filled.
    pub compared: bool,
    pub plan: Plan,
    pub orgs: Vec<OrgReview>,
    pub findings: Vec<FindingView>,
    pub checklist: Vec<ChecklistItem>,
    pub notes: Vec<NoteView>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrgReview {
    pub index: usize,
    pub id: String,
    /// `Name (id)`, or the id.
    pub label: String,
    pub product: Product,
    pub mode: Mode,
    pub effective_mode: Mode,
    pub agm: bool,
    pub users: Rows,
    pub seats: Vec<(SeatTier, SeatCount)>,
    pub capacity_checked: bool,
    pub counts: Counts,
    pub changes: ChangeCounts,
    pub comparison: Vec<CompareRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UserRow {
    pub email: String,
    pub name: Option<String>,
    pub status: Status,
    pub role: Option<Role>,
    pub current_role: Option<Role>,
    pub seat_tier: Option<SeatTier>,
    pub current_seat_tier: Option<SeatTier>,
    pub change: Change,
    pub takes_effect: Option<TakesEffect>,
    /// Why, in words (formatted when shown), each ending with the rule.
    pub reasons: Vec<Text>,
    pub rules: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FindingView {
    pub code: Code,
    pub severity: Severity,
    /// The organization's label, `None` for the whole scenario.
    pub organization: Option<String>,
    pub org_index: Option<usize>,
    /// The organization's product, `None` for the whole scenario.
    pub product: Option<Product>,
    pub subjects: Vec<String>,
    pub params: Map<String, Value>,
    pub rule: &'static str,
    pub message: String,
    pub advice: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoteView {
    pub id: &'static str,
    pub rule: &'static str,
    pub interpretation: bool,
    pub organization: Option<String>,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    pub mode: Mode,
    pub group_mappings: bool,
    pub eligible: bool,
    pub counts: Counts,
    pub findings: SeverityCounts,
    /// The combination the scenario has now.
    pub current: bool,
}

/// The users of an organization's review, shared without copying (an organization may have
/// 100,000); equal when they are the same list.
#[derive(Clone, Debug, Default)]
pub struct Rows(pub Rc<Vec<UserRow>>);

impl PartialEq for Rows {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl core::ops::Deref for Rows {
    type Target = Vec<UserRow>;
    fn deref(&self) -> &Vec<UserRow> {
        &self.0
    }
}

/// The review, shared without copying; equal when it is the same one.
#[derive(Clone, Debug)]
pub struct ReviewRc(pub Rc<Review>);

impl PartialEq for ReviewRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Review {
    /// The review of a document, with the mode comparison; `None` when it does not validate.
    pub fn build(doc: &ScenarioDoc) -> Option<Review> {
        let sc = Scenario::from_doc(doc).ok()?;
        Some(Review::of(Rc::new(sc)).with_comparison())
    }

    /// The review of a validated scenario, without the mode comparison (see
    /// [`Review::with_comparison`]), which evaluates the scenario five more times per
    /// organization.
    pub fn of(scenario: Rc<Scenario>) -> Review {
        let sc: &Scenario = &scenario;
        let ev = evaluate(sc);
        let label_of = |id: &str| {
            sc.organizations
                .iter()
                .find(|o| o.id == id)
                .map(|o| match &o.name {
                    Some(n) => format!("{n} ({})", o.id),
                    None => o.id.clone(),
                })
                .unwrap_or_else(|| id.to_owned())
        };
        let index_of = |id: &str| sc.organizations.iter().position(|o| o.id == id);
        // (organization, user) → (chosen, rival): looked up per user, so a map (keyed
        // `organization NUL email`, a map type the engine's importer has too).
        let key = |org: &str, email: &str| format!("{org}\0{email}");
        let mut ambiguous: HashMap<String, usize> = HashMap::new();
        let mut found: Vec<(String, String)> = Vec::new();
        for f in ev.findings.iter().filter(|f| f.code == Code::RoleAmbiguous) {
            let read = || {
                let roles = f.params.get("roles")?.as_array()?;
                let chosen = f.params.get("chosen")?.as_str()?.to_owned();
                let rival = roles
                    .iter()
                    .filter_map(Value::as_str)
                    .find(|r| *r != chosen)?
                    .to_owned();
                Some((key(f.organization?, f.subjects.first()?), chosen, rival))
            };
            if let Some((k, chosen, rival)) = read() {
                ambiguous.insert(k, found.len());
                found.push((chosen, rival));
            }
        }
        let orgs = ev
            .organizations
            .iter()
            .enumerate()
            .map(|(index, o)| {
                let single_seat = sc.plan.is_single_seat();
                let users = o
                    .users
                    .iter()
                    .map(|u| {
                        let mut reasons = explain(
                            o.effective_mode,
                            o.mode,
                            o.group_mappings_in_effect,
                            single_seat,
                            &o.users,
                            u,
                        );
                        if !ambiguous.is_empty() {
                            let at = ambiguous.get(&key(o.id, o.users.email(u)));
                            if let Some((chosen, rival)) = at.and_then(|i| found.get(*i)) {
                                reasons.push(text::why_ambiguous(chosen, rival));
                            }
                        }
                        UserRow {
                            email: o.users.email(u).to_owned(),
                            name: o.users.name(u).map(str::to_owned),
                            status: u.status,
                            role: u.role,
                            current_role: u.current_role,
                            seat_tier: u.seat_tier,
                            current_seat_tier: u.current_seat_tier,
                            change: u.change,
                            takes_effect: u.takes_effect,
                            reasons,
                            rules: u.rules.iter().collect(),
                        }
                    })
                    .collect::<Vec<_>>();
                OrgReview {
                    index,
                    id: o.id.to_owned(),
                    label: label_of(o.id),
                    product: o.product,
                    mode: o.mode,
                    effective_mode: o.effective_mode,
                    agm: o.group_mappings_in_effect,
                    users: Rows(Rc::new(users)),
                    seats: o.seats.0.clone(),
                    capacity_checked: o.capacity_checked,
                    counts: o.counts,
                    changes: o.changes,
                    comparison: Vec::new(),
                }
            })
            .collect();
        let findings: Vec<FindingView> = ev
            .findings
            .iter()
            .map(|f| FindingView {
                code: f.code,
                severity: f.severity,
                organization: f.organization.map(label_of),
                org_index: f.organization.and_then(index_of),
                product: f.organization.and_then(|id| {
                    sc.organizations
                        .iter()
                        .find(|o| o.id == id)
                        .map(|o| o.product)
                }),
                subjects: f.subjects.iter().map(|s| (*s).to_owned()).collect(),
                params: f.params.clone(),
                rule: f.rule,
                message: f.message.clone(),
                advice: f.advice,
            })
            .collect();
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let notes = ev
            .notes
            .iter()
            .map(|n| NoteView {
                id: n.id,
                rule: n.rule,
                interpretation: n.interpretation,
                organization: n.organization.map(label_of),
                message: n.message.clone(),
            })
            .collect();
        Review {
            scenario: scenario.clone(),
            compared: false,
            plan: sc.plan,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            findings,
            orgs,
            checklist: ev.checklist.clone(),
            notes,
        }
    }

    /// This review with the mode comparison of every organization filled in.
    pub fn with_comparison(&self) -> Review {
        let sc: &Scenario = &self.scenario;
        let cmp = compare(sc);
        let mut out = self.clone();
        for o in &mut out.orgs {
            let agm_now = sc.organizations.get(o.index).is_some_and(|s| s.agm_enabled);
            o.comparison = cmp
                .iter()
                .filter(|c| c.organization == o.id)
                .map(|c| CompareRow {
                    mode: c.mode,
                    group_mappings: c.group_mappings,
                    eligible: c.eligible,
                    counts: c.counts,
                    findings: c.findings,
                    current: c.mode == o.mode && c.group_mappings == agm_now,
                })
                .collect();
        }
        out.compared = true;
        out
    }

    /// §6: the checklist says "do not save yet" (R12, R19, R20, R22 findings stand).
    pub fn do_not_save_yet(&self) -> bool {
        self.checklist
            .iter()
            .any(|c| c.id == CheckStep::SetMode && c.status == StepStatus::Todo)
    }

    /// §6: an error finding blocks saving.
    pub fn save_blocked(&self) -> bool {
        self.checklist
            .iter()
            .any(|c| c.id == CheckStep::Save && c.status == StepStatus::Blocked)
    }

    /// Findings in order of weight: errors, then warnings, then infos.
    pub fn findings_by_weight(&self) -> Vec<&FindingView> {
        // Three passes rather than a sort: a sort of its own would add to the download.
        [Severity::Error, Severity::Warning, Severity::Info]
            .iter()
            .flat_map(|s| self.findings.iter().filter(move |f| f.severity == *s))
            .collect()
    }
}

/// The wizard step where a finding is fixed.
pub fn fix_step(code: Code) -> Step {
    match code {
        Code::ScimNotEligible
        | Code::ScimNotConnected
        | Code::AgmNoEffect
        | Code::ScimFanout
        | Code::EntraSyncDelay => Step::Modes,
        Code::MembersRemovedOnSave | Code::MembersBlocked | Code::UnassignedInGroup => {
            Step::Directory
        }
        Code::SeatShortfall => Step::Plan,
        Code::RoleDefaulted
        | Code::RoleAmbiguous
        | Code::MappingsIgnored
        | Code::DefaultSeatTier
        | Code::SeatTierMappingNotApplicable
        | Code::NoPrivilegedGroup
        | Code::ActorLosesAccess
        | Code::UnknownGroup
        | Code::GroupNaming => Step::Mappings,
    }
}

/// Why a user ends as they do, in words (R7, R10–R17, R25).
fn explain(
    effective: Mode,
    chosen: Mode,
    agm: bool,
    single_seat: bool,
    users: &provplan_core::evaluate::Users<'_>,
    u: &provplan_core::UserOutcome,
) -> Vec<Text> {
    let mut out = Vec::new();
    match u.status {
        Status::OutOfScope => {
            if effective == Mode::Manual {
                if chosen != effective {
                    out.push(text::why_manual_fallback());
                }
                out.push(text::why_manual());
            } else if !u.assigned {
                out.push(text::why_not_assigned());
            } else if agm {
                out.push(text::why_no_mapped_group());
            }
        }
        Status::Removed => out.push(if u.assigned {
            text::why_removed_no_group()
        } else {
            text::why_removed_unassigned()
        }),
        Status::Blocked => {
            out.push(if u.assigned {
                text::why_no_mapped_group()
            } else {
                text::why_not_assigned()
            });
            out.push(text::why_blocked());
        }
        Status::NotAdded => out.push(text::why_not_added()),
        Status::Member | Status::PendingLogin => {
            if effective == Mode::Manual {
                if chosen != effective {
                    out.push(text::why_manual_fallback());
                }
                out.push(text::why_manual_keeps());
                return out;
            }
            match (u.role_source, u.role) {
                (Some(Source::Group(g)), Some(r)) => {
                    out.push(text::why_group_role(users.group_name(g), r));
                }
                (Some(Source::Default), _) if agm => out.push(text::why_seat_group_only()),
                (Some(Source::Default), _) => out.push(text::why_new_user_default()),
                (Some(Source::Existing), Some(r)) => out.push(text::why_keeps_role(r)),
                _ => {}
            }
            match (u.seat_source, u.seat_tier) {
                (Some(Source::Group(g)), Some(t)) => {
                    out.push(text::why_group_tier(users.group_name(g), t));
                }
                (Some(Source::Default), Some(t)) if single_seat => {
                    out.push(text::why_single_seat(t))
                }
                (Some(Source::Default), Some(t)) => out.push(text::why_default_tier(t)),
                (Some(Source::Existing), t) => {
                    if u.rules.contains(17) {
                        out.push(text::why_tier_full());
                    } else {
                        out.push(text::why_keeps_tier(t));
                    }
                }
                _ => {}
            }
            if u.status == Status::PendingLogin {
                out.push(text::why_joins_at_sign_in());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{self, Edit, Target};
    use crate::examples;

    fn review(name: &str) -> Review {
        Review::build(&examples::load(name).unwrap()).unwrap()
    }

    fn row<'r>(r: &'r Review, org: usize, email: &str) -> &'r UserRow {
        r.orgs[org].users.iter().find(|u| u.email == email).unwrap()
    }

    #[test]
    fn each_user_is_explained_by_the_group_that_gave_the_role() {
        let r = review(examples::DEFAULT);
        let cy = row(&r, 0, "cy@example.com");
        assert_eq!(cy.role, Some(Role::Admin));
        assert_eq!(cy.current_role, Some(Role::Owner));
        assert_eq!(cy.change, Change::Update);
        assert!(
            cy.reasons
                .iter()
                .any(|w| w.to_string() == "group anthropic-claude-admins gave Admin (R11)"),
            "{:?}",
            cy.reasons
        );
        let former = row(&r, 0, "former@example.com");
        assert_eq!(former.status, Status::Removed);
        assert!(former.reasons[0].to_string().contains("removed on save"));
        assert!(former.rules.contains(&"R12"));
    }

    #[test]
    fn the_lockout_example_has_the_actor_finding() {
        let r = review("enterprise-entra-lockout");
        assert!(r.findings.iter().any(|f| f.code == Code::ActorLosesAccess));
        assert!(r.do_not_save_yet());
        assert!(r.save_blocked());
        assert_eq!(r.findings_by_weight()[0].severity, Severity::Error);
    }

    #[test]
    fn the_comparison_marks_the_current_combination() {
        let r = review("team-jit");
        let cmp = &r.orgs[0].comparison;
        assert_eq!(cmp.len(), 5);
        assert_eq!(cmp.iter().filter(|c| c.current).count(), 1);
        assert!(cmp.iter().find(|c| c.current).unwrap().mode == Mode::Jit);
        assert!(
            cmp.iter()
                .filter(|c| c.mode == Mode::Scim)
                .all(|c| !c.eligible)
        );
    }

    #[test]
    fn scim_on_team_is_explained_as_manual() {
        let mut d = examples::load("team-jit").unwrap();
        edit::apply(&mut d, Edit::SetMode(0, "scim".into()));
        let r = Review::build(&d).unwrap();
        assert!(r.findings.iter().any(|f| f.code == Code::ScimNotEligible));
        assert_eq!(r.orgs[0].effective_mode, Mode::Manual);
        let ben = row(&r, 0, "ben@example.org");
        assert_eq!(ben.reasons[0], text::why_manual_fallback());
    }

    #[test]
    fn editing_a_mapping_changes_the_users() {
        let mut d = examples::load(examples::DEFAULT).unwrap();
        let before = Review::build(&d).unwrap();
        assert_eq!(row(&before, 0, "ed@example.com").role, Some(Role::User));
        edit::apply(
            &mut d,
            Edit::AddMappedGroup(
                0,
                Target::Role("admin".into()),
                "anthropic-claude-users".into(),
            ),
        );
        let after = Review::build(&d).unwrap();
        let ed = row(&after, 0, "ed@example.com");
        assert_eq!(ed.role, Some(Role::Admin));
        assert!(
            ed.reasons[0]
                .to_string()
                .contains("anthropic-claude-users gave Admin")
        );
    }

    #[test]
    fn every_finding_has_a_step_to_fix_it() {
        for code in Code::ALL {
            let _ = fix_step(*code);
            assert!(!crate::i18n::Tr::EN.finding_title_of(*code).is_empty());
        }
    }

    #[test]
    fn an_invalid_document_has_no_review() {
        let mut d = examples::empty();
        d.plan = "gold".into();
        assert!(Review::build(&d).is_none());
    }
}
