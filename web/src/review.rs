//! The review's view model: the engine's evaluation and mode comparison of a valid scenario,
//! owned (the evaluation borrows from its scenario). Users keep the engine's compact outcomes
//! (a large directory has 100,000); their emails and the words explaining them are made when
//! a row is shown or exported.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use provplan_core::compare::{COMBINATIONS, Comparison, SeverityCounts, compare_one};
use provplan_core::evaluate::NoteId;
use provplan_core::evaluate::{AtSignIn, ChecklistItem, Counts, OnSave, SeatCount};
use provplan_core::scenario::PersonId;
use provplan_core::sliced::{Slice, Sliced};
use provplan_core::{
    Code, Detail, Mode, Plan, Product, Role, Scenario, ScenarioDoc, SeatTier, Severity, Source,
    Status, Step as CheckStep, StepStatus, UserOutcome, evaluate,
};

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
    /// One row per user, in the engine's order: its outcome (ids, no strings); the words are
    /// made when a row is shown ([`OrgReview::email`], [`OrgReview::reasons`]).
    pub users: Rows,
    /// The scenario the outcomes refer to (emails, names, groups).
    pub scenario: Shared<Scenario>,
    pub single_seat: bool,
    /// R3/R11: the roles that could not be ranked for a person, chosen then rival.
    pub ambiguous: Shared<HashMap<PersonId, (Role, Role)>>,
    pub seats: Vec<(SeatTier, SeatCount)>,
    pub capacity_checked: bool,
    pub counts: Counts,
    /// R25: what "Save changes" does, and what waits for each user's next sign-in.
    pub on_save: OnSave,
    pub at_sign_in: AtSignIn,
    pub comparison: Vec<CompareRow>,
}

/// A user's row of the review: the engine's outcome.
pub type UserRow = UserOutcome;

impl OrgReview {
    pub fn email(&self, u: &UserRow) -> &str {
        self.scenario.email(u.person)
    }

    pub fn name(&self, u: &UserRow) -> Option<&str> {
        self.scenario.name(u.person)
    }

    /// Why the user ends as they do, in words (formatted when shown), each ending with the
    /// rule.
    pub fn reasons(&self, u: &UserRow) -> Vec<Text> {
        let mut out = explain(
            self.effective_mode,
            self.mode,
            self.agm,
            self.single_seat,
            &self.scenario,
            u,
        );
        if let Some((chosen, rival)) = self.ambiguous.get(&u.person) {
            out.push(text::why_ambiguous(*chosen, *rival));
        }
        out
    }

    /// The rules that decided the outcome (`R10`, …).
    pub fn rules(u: &UserRow) -> Vec<&'static str> {
        u.rules.iter().collect()
    }
}

/// A finding as the review shows it: the engine's typed detail (people and groups as ids),
/// worded in the page's language when shown (`Tr::finding_detail`).
#[derive(Clone, Debug, PartialEq)]
pub struct FindingView {
    pub code: Code,
    pub severity: Severity,
    /// The organization's label, `None` for the whole scenario.
    pub organization: Option<String>,
    pub org_index: Option<usize>,
    /// The organization's product, `None` for the whole scenario.
    pub product: Option<Product>,
    pub detail: Detail,
    /// The scenario the detail's ids refer to.
    pub scenario: Shared<Scenario>,
    pub rule: &'static str,
    /// The key of the advice that fits the organization's product and mode
    /// (`Finding::advice_key`).
    pub advice: &'static str,
}

impl FindingView {
    /// How many people, groups or organizations the finding is about.
    pub fn subject_count(&self) -> usize {
        self.detail.subject_count(&self.scenario, self.org_index)
    }

    /// The first `n` subjects by name: emails, group names or organization ids.
    pub fn subjects(&self, n: usize) -> Vec<&str> {
        self.detail.subject_names(&self.scenario, self.org_index, n)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoteView {
    pub id: NoteId,
    pub rule: &'static str,
    pub interpretation: bool,
    pub organization: Option<String>,
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

impl CompareRow {
    /// A row of organization `o`'s comparison.
    fn of(c: &Comparison<'_>, sc: &Scenario, o: &OrgReview) -> CompareRow {
        let agm_now = sc.organizations.get(o.index).is_some_and(|s| s.agm_enabled);
        CompareRow {
            mode: c.mode,
            group_mappings: c.group_mappings,
            eligible: c.eligible,
            counts: c.counts,
            findings: c.findings,
            current: c.mode == o.mode && c.group_mappings == agm_now,
        }
    }
}

/// A value shared without copying; equal when it is the same one.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> core::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The users of an organization's review, shared without copying (an organization may have
/// 100,000); equal when they are the same list.
pub type Rows = Shared<Vec<UserRow>>;

/// The review, shared without copying; equal when it is the same one.
pub type ReviewRc = Shared<Review>;

/// The mode comparison of a review, a [`Sliced`] job (a large setup's is made between
/// frames): a row, one evaluation of the scenario, at a time, as many rows a step as its
/// work pays for at a unit per user of every organization (at least one).
pub struct Comparing {
    review: Rc<Review>,
}

impl Comparing {
    /// The comparison of `review`, from the rows it has.
    pub fn new(review: Rc<Review>) -> Comparing {
        Comparing { review }
    }

    /// The review with the rows made so far.
    pub fn review(&self) -> &Rc<Review> {
        &self.review
    }
}

impl Sliced for Comparing {
    type Output = Rc<Review>;

    fn step(mut self, work: usize) -> Slice<Self, Rc<Review>> {
        let users: usize = self.review.orgs.iter().map(|o| o.users.len()).sum();
        let mut rows = (work / users.max(1)).max(1);
        while !self.review.compared && rows > 0 {
            Rc::make_mut(&mut self.review).compare_next();
            rows -= 1;
        }
        if self.review.compared {
            Slice::Done(self.review)
        } else {
            Slice::Pending(self)
        }
    }

    /// Rows made, and in all.
    fn progress(&self) -> (usize, usize) {
        let all = self.review.orgs.len() * COMBINATIONS.len();
        (self.review.compared_rows().min(all), all)
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
        // Per organization, person → (chosen, rival) of R11's ambiguous roles.
        let mut ambiguous: Vec<HashMap<PersonId, (Role, Role)>> =
            vec![HashMap::default(); ev.organizations.len()];
        for f in &ev.findings {
            if let (
                Detail::RoleAmbiguous {
                    person,
                    chosen,
                    rival,
                },
                Some(o),
            ) = (&f.detail, f.org)
            {
                if let Some(map) = ambiguous.get_mut(o) {
                    map.insert(*person, (*chosen, *rival));
                }
            }
        }
        // The outcomes move into the review (an organization may have 100,000).
        let orgs = ev
            .organizations
            .into_iter()
            .zip(ambiguous)
            .enumerate()
            .map(|(index, (o, ambiguous))| OrgReview {
                index,
                id: o.id.to_owned(),
                label: label_of(o.id),
                product: o.product,
                mode: o.mode,
                effective_mode: o.effective_mode,
                agm: o.group_mappings_in_effect,
                users: Shared(Rc::new(o.users.list)),
                scenario: Shared(scenario.clone()),
                single_seat: sc.plan.is_single_seat(),
                ambiguous: Shared(Rc::new(ambiguous)),
                seats: o.seats.0,
                capacity_checked: o.capacity_checked,
                counts: o.counts,
                on_save: o.changes_on_save,
                at_sign_in: o.changes_at_sign_in,
                comparison: Vec::new(),
            })
            .collect();
        let findings: Vec<FindingView> = ev
            .findings
            .iter()
            .map(|f| FindingView {
                code: f.code(),
                severity: f.severity(),
                organization: f.organization().map(label_of),
                org_index: f.org,
                product: f
                    .org
                    .and_then(|i| sc.organizations.get(i))
                    .map(|o| o.product),
                detail: f.detail.clone(),
                scenario: Shared(scenario.clone()),
                rule: f.rule(),
                advice: f.advice_key(),
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
        Rc::unwrap_or_clone(Comparing::new(Rc::new(self.clone())).run())
    }

    /// Adds the next row of the mode comparison (one evaluation of the scenario).
    fn compare_next(&mut self) {
        let sc: &Scenario = &self.scenario;
        let next = self
            .orgs
            .iter_mut()
            .find(|o| o.comparison.len() < COMBINATIONS.len());
        // Not an organization of the scenario (which cannot be): nothing more to compare.
        let mut stop = false;
        if let Some(o) = next {
            let row = COMBINATIONS
                .get(o.comparison.len())
                .and_then(|c| compare_one(sc, &sc.settings(), o.index, *c));
            match row {
                Some(c) => o.comparison.push(CompareRow::of(&c, sc, o)),
                None => stop = true,
            }
        }
        self.compared = stop
            || self
                .orgs
                .iter()
                .all(|o| o.comparison.len() == COMBINATIONS.len());
    }

    /// Rows of the mode comparison filled in so far.
    pub fn compared_rows(&self) -> usize {
        self.orgs.iter().map(|o| o.comparison.len()).sum()
    }

    /// §6: the checklist says "do not save yet" (R12, R19, R20, R22 findings stand).
    pub fn do_not_save_yet(&self) -> bool {
        self.checklist
            .iter()
            .any(|c| c.id == CheckStep::SetMode && c.status == StepStatus::Todo)
    }

    /// What the setup does not say yet, without which "Ready to save" would vouch for what
    /// the planner could not check: who configures provisioning (R5, R20), and the identity
    /// provider's users (R10). Empty when both are given.
    pub fn missing(&self) -> Vec<&'static str> {
        let sc = &self.scenario;
        [
            ("actor", sc.actor.is_none()),
            ("users", sc.directory_len == 0),
        ]
        .into_iter()
        .filter_map(|(what, missing)| missing.then_some(what))
        .collect()
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
        Code::MembersRemovedOnSave
        | Code::MembersBlocked
        | Code::UnassignedInGroup
        | Code::LookalikeEmails
        | Code::PrimaryOwnerExempt
        | Code::SsoEmailMismatch
        | Code::RemovalThreshold => Step::Directory,
        Code::SeatShortfall | Code::ActorNotPrivileged => Step::Plan,
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
    sc: &Scenario,
    u: &UserOutcome,
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
            match (u.role_source.get(), u.role) {
                // R27: kept as they are, whatever their groups give.
                _ if u.primary_owner => out.push(crate::i18n::msg::why_primary_owner()),
                (Some(Source::Group(g)), Some(r)) => {
                    out.push(text::why_group_role(sc.group_name(g), r));
                }
                (Some(Source::Default), _) if agm => out.push(text::why_seat_group_only()),
                (Some(Source::Default), _) => out.push(text::why_new_user_default()),
                (Some(Source::Existing), Some(r)) => out.push(text::why_keeps_role(r)),
                _ => {}
            }
            match (u.seat_source.get(), u.seat_tier) {
                (Some(Source::Group(g)), Some(t)) => {
                    out.push(text::why_group_tier(sc.group_name(g), t));
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
    use provplan_core::{Change, Role};

    use super::*;
    use crate::edit::{self, Edit, Target};
    use crate::examples;

    fn review(name: &str) -> Review {
        Review::build(&examples::load(name).unwrap()).unwrap()
    }

    fn row<'r>(r: &'r Review, org: usize, email: &str) -> &'r UserRow {
        let o = &r.orgs[org];
        o.users.iter().find(|u| o.email(u) == email).unwrap()
    }

    #[test]
    fn each_user_is_explained_by_the_group_that_gave_the_role() {
        let r = review(examples::DEFAULT);
        let cy = row(&r, 0, "cy@example.com");
        let o = &r.orgs[0];
        assert_eq!(cy.role, Some(Role::Admin));
        assert_eq!(cy.current_role, Some(Role::Owner));
        assert_eq!(cy.change, Change::Update);
        assert!(
            o.reasons(cy)
                .iter()
                .any(|w| w.to_string() == "group anthropic-claude-admins gave Admin (R11)"),
            "{:?}",
            o.reasons(cy)
        );
        let former = row(&r, 0, "former@example.com");
        assert_eq!(former.status, Status::Removed);
        assert!(o.reasons(former)[0].to_string().contains("removed on save"));
        assert!(OrgReview::rules(former).contains(&"R12"));
    }

    /// R27 and R3 in the review: the Primary Owner's row and finding; a group mapped to
    /// Limited Developer.
    #[test]
    fn the_primary_owner_and_limited_developer_reach_the_review() {
        let mut d = examples::load(examples::DEFAULT).unwrap();
        edit::apply(&mut d, Edit::SetPrimaryOwner(0, 1, true));
        edit::apply(
            &mut d,
            Edit::AddMappedGroup(
                1,
                Target::Role("limited_developer".into()),
                "anthropic-claude-users".into(),
            ),
        );
        let r = Review::build(&d).unwrap();
        // Cy keeps Owner, which the groups would make Admin, and the row says why.
        let cy = row(&r, 0, "cy@example.com");
        assert!(cy.primary_owner);
        assert_eq!((cy.role, cy.change), (Some(Role::Owner), Change::None));
        let why: Vec<String> = r.orgs[0].reasons(cy).iter().map(Text::to_string).collect();
        assert_eq!(
            why,
            [
                "the Primary Owner: kept as they are, whatever their groups give (R27)",
                "keeps the Premium seat"
            ]
        );
        assert!(!row(&r, 0, "ada@example.com").primary_owner);
        let f = r
            .findings
            .iter()
            .find(|f| f.code == Code::PrimaryOwnerExempt)
            .unwrap();
        assert_eq!(
            crate::i18n::Tr::EN.finding_detail(f),
            "cy@example.com is the Primary Owner of Example Corp (claude) and is kept as they \
             are, although provisioning would change their role or seat tier."
        );
        assert_eq!(fix_step(f.code), Step::Directory);
        // Uma is in no Console group but the one now mapped to Limited Developer.
        let uma = row(&r, 1, "uma@example.com");
        assert_eq!(uma.role, Some(Role::LimitedDeveloper));
    }

    /// R11: a user whose mapped roles cannot be ranked is explained by the precedence that
    /// chose; the others are not.
    #[test]
    fn roles_that_cannot_be_ranked_are_explained_on_their_user() {
        let d = ScenarioDoc::from_json_str(
            r#"{"version": 1, "plan": "team", "directory": {"users": [
                {"email": "lead@x.dev", "groups": ["a"]},
                {"email": "f1@x.dev", "groups": ["b", "d"]},
                {"email": "f2@x.dev", "groups": ["b", "c"]}]},
              "organizations": [{"id": "api", "product": "console",
                "provisioning": {"mode": "jit", "group_mappings": {"enabled": true,
                  "roles": {"admin": ["a"], "billing": ["b"], "claude_code_user": ["c"], "developer": ["d"]}}},
                "members": [{"email": "lead@x.dev", "role": "admin"}]}]}"#,
        )
        .unwrap();
        let r = Review::build(&d).unwrap();
        let o = &r.orgs[0];
        let words = |email: &str| -> Vec<String> {
            o.reasons(row(&r, 0, email))
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        let f1 = words("f1@x.dev");
        assert!(
            f1.iter()
                .any(|w| w.contains("Billing") && w.contains("Developer")),
            "{f1:?}"
        );
        let f2 = words("f2@x.dev");
        assert!(
            f2.iter()
                .any(|w| w.contains("Billing") && w.contains("Claude Code User")),
            "{f2:?}"
        );
        assert!(
            !words("lead@x.dev")
                .iter()
                .any(|w| w.contains("cannot be ranked")),
            "{:?}",
            words("lead@x.dev")
        );
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
    fn a_comparison_made_a_row_at_a_time_is_the_engines_comparison() {
        for (name, _) in examples::ALL {
            let d = examples::load(name).unwrap();
            let sc = Rc::new(Scenario::from_doc(&d).unwrap());
            let whole = provplan_core::compare(&sc);
            let mut job = Comparing::new(Rc::new(Review::of(sc.clone())));
            let mut n = 0;
            // Slices of one unit, and of fewer units than a row costs: a row each.
            let r = loop {
                n += 1;
                match job.step(n % 2) {
                    Slice::Pending(next) => {
                        assert!(!next.review().compared, "{name}: compared after {n} rows");
                        assert_eq!(next.progress(), (n, whole.len()));
                        job = next;
                    }
                    Slice::Done(r) => break r,
                }
            };
            assert_eq!(n, whole.len(), "{name}");
            assert!(r.compared, "{name}");
            let rows: Vec<_> = r
                .orgs
                .iter()
                .flat_map(|o| o.comparison.iter().map(|c| (o.id.as_str(), c)))
                .map(|(id, c)| {
                    (
                        id,
                        c.mode,
                        c.group_mappings,
                        c.eligible,
                        c.counts,
                        c.findings,
                    )
                })
                .collect();
            let engine: Vec<_> = whole
                .iter()
                .map(|c| {
                    let (mode, agm) = (c.mode, c.group_mappings);
                    (c.organization, mode, agm, c.eligible, c.counts, c.findings)
                })
                .collect();
            assert_eq!(rows, engine, "{name}");
        }
    }

    #[test]
    fn scim_on_team_is_explained_as_manual() {
        let mut d = examples::load("team-jit").unwrap();
        edit::apply(&mut d, Edit::SetMode(0, "scim".into()));
        let r = Review::build(&d).unwrap();
        assert!(r.findings.iter().any(|f| f.code == Code::ScimNotEligible));
        assert_eq!(r.orgs[0].effective_mode, Mode::Manual);
        let ben = row(&r, 0, "ben@example.org");
        assert_eq!(r.orgs[0].reasons(ben)[0], text::why_manual_fallback());
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
            after.orgs[0].reasons(ed)[0]
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
