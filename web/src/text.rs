//! The app's words, by what they are about. The messages themselves are in
//! `web/locales/<lang>.ftl` (English is the reference); [`Tr`] formats them in the current
//! language with a typed method per message (`tr.save_ready()`, `tr.role_name(role.id())`),
//! and [`msg`] keeps them as [`Text`] in state, to be formatted when shown.
//!
//! Here: what needs more than one message — findings, notes and checklist steps translated
//! from their codes and parameters (never from the engine's English `message`, which stays
//! the language of the JSON), input errors by kind, and the explanations of the review — and
//! the symbols beside words.

use provplan_core::evaluate::ChecklistItem;
use provplan_core::{
    Code, Detail, ErrorKind, InputError, InputErrors, Mode, Plan, Product, Role, SeatTier,
    Severity, Status, StepStatus,
};

use provplan_core::error::Quoted;

use crate::i18n::{Text, Tr, msg};
use crate::review::{FindingView, NoteView};

/// The file name of an export (a name, not words: the same in every language).
pub const EXPORT_FILE_NAME: &str = "provisioning-scenario.json";

/// Subjects a finding's sentence names before "+N more".
const NAMED: usize = 10;

// --- notices -----------------------------------------------------------------------------------

/// What pasting a list of addresses did.
pub fn pasted(added: usize, skipped: usize) -> Text {
    match (added, skipped) {
        (0, 0) => msg::pasted_none(),
        (a, 0) => msg::pasted_added(a),
        (a, s) => msg::pasted_added_skipped(a, s),
    }
}

pub fn tiers_carried_over(from: Plan, to: Plan) -> Text {
    msg::tiers_carried_over(msg::plan_name(from.id()), msg::plan_name(to.id()))
}

pub fn loaded_example(slug: &str) -> Text {
    msg::loaded_example(msg::example_title(slug))
}

/// An engine input error: its kind translated, then its path and the engine's words.
pub fn engine_error(e: &InputError) -> Text {
    msg::engine_error(msg::input_error_kind(e.kind.id()), Text::raw(e.to_string()))
}

/// Engine input errors, one [`engine_error`] each.
pub fn engine_errors(errors: &InputErrors) -> Vec<Text> {
    errors.iter().map(engine_error).collect()
}

// --- symbols beside words: colour is never the only signal ---------------------------------------

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

pub fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✕",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

pub fn check_status_icon(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Done | StepStatus::Ready => "✓",
        StepStatus::Todo => "○",
        StepStatus::Skip => "–",
        StepStatus::Blocked => "✕",
    }
}

// --- words that need more than one message -------------------------------------------------------

impl Tr {
    /// "SCIM", or "SCIM + group mappings".
    pub fn mode_label(self, m: Mode, agm: bool) -> String {
        let short = self.mode_short(m.id());
        if agm {
            self.mode_with_mappings(&short)
        } else {
            short
        }
    }

    /// R7: why `mode` is not available for an organization of `product` under `plan`.
    pub fn ineligible_reason(self, plan: Plan, product: Product, mode: Mode) -> Option<String> {
        (!plan.allows(product, mode)).then(|| self.scim_unavailable_reason(product.id()))
    }

    /// A role id as written: translated when it is known.
    pub fn role_id_name(self, id: &str) -> String {
        self.role_name(id)
    }

    pub fn role_of(self, r: Role) -> String {
        self.role_name(r.id())
    }

    pub fn tier_of(self, t: SeatTier) -> String {
        self.tier_name(t.id())
    }

    pub fn status_of(self, s: Status) -> String {
        self.status_name(s.id())
    }

    /// The kind of an input error, translated; its message stays the engine's.
    pub fn error_kind(self, k: ErrorKind) -> String {
        self.input_error_kind(k.id())
    }

    /// A list of names: `a, b, c`.
    fn list<'n>(self, names: impl IntoIterator<Item = &'n str>) -> String {
        names.into_iter().collect::<Vec<_>>().join(", ")
    }

    /// "Premium: 3 users, Standard: 1 user" from tiers and counts.
    fn tier_list(self, tiers: &[(SeatTier, u32)], seats: bool) -> String {
        let parts: Vec<String> = tiers
            .iter()
            .map(|(tier, n)| {
                let name = self.tier_of(*tier);
                if seats {
                    self.tier_seats(&name, *n)
                } else {
                    self.tier_users(&name, *n)
                }
            })
            .collect();
        self.list(parts.iter().map(String::as_str))
    }

    /// A finding's title, from its code.
    pub fn finding_title_of(self, code: Code) -> String {
        self.finding_title(code.id())
    }

    /// What to do about a finding: the advice that fits its organization's product and mode.
    pub fn finding_advice_of(self, f: &FindingView) -> String {
        self.finding_advice(f.advice)
    }

    /// A finding in words, from its typed detail: a new finding does not compile until it
    /// is worded here.
    pub fn finding_detail(self, f: &FindingView) -> String {
        let org = f
            .organization
            .clone()
            .unwrap_or_else(|| self.all_organizations().to_owned());
        let count = f.subject_count();
        // Named in the sentence: the first few, then how many more (the list under the
        // finding shows them); a finding about 2,000 groups stays a sentence.
        let subjects = || {
            let named = f.subjects(NAMED);
            let more = count.saturating_sub(named.len());
            let mut out = self.list(named);
            if more > 0 {
                out.push(' ');
                out.push_str(&self.and_more(more));
            }
            out
        };
        let sc = &f.scenario;
        match &f.detail {
            Detail::ScimNotEligible { plan, .. } => {
                self.finding_scim_not_eligible(&org, &self.plan_name(plan.id()))
            }
            Detail::ScimNotConnected { .. } => self.finding_scim_not_connected(&subjects()),
            Detail::ScimFanout { .. } => self.finding_scim_fanout(count, &subjects()),
            Detail::AgmNoEffect {} => self.finding_agm_no_effect(&org),
            Detail::RoleDefaulted { .. } => self.finding_role_defaulted(count),
            Detail::RoleAmbiguous {
                person,
                chosen,
                rival,
            } => self.finding_role_ambiguous(
                sc.email(*person),
                &self.role_of(*chosen),
                &self.role_of(*rival),
            ),
            Detail::MembersRemovedOnSave { .. } => self.finding_members_removed(count, &org),
            Detail::MembersBlocked { .. } => self.finding_members_blocked(count, &org),
            Detail::MappingsIgnored { .. } => self.finding_mappings_ignored(count, &org),
            Detail::DefaultSeatTier { people, tiers } => {
                self.finding_default_seat_tier(people.len(), &self.tier_list(tiers, false))
            }
            Detail::SeatTierMappingNotApplicable { product, .. } => {
                self.finding_tier_mapping_not_applicable(product.id(), &org)
            }
            Detail::SeatShortfall { tiers, .. } => {
                self.finding_seat_shortfall(&org, &self.tier_list(tiers, true))
            }
            Detail::NoPrivilegedGroup { role, .. } => {
                self.finding_no_privileged_group(count, &org, &self.role_of(*role))
            }
            Detail::ActorLosesAccess { role, status } => {
                let actor = sc.actor.as_ref().map_or("", |(a, _)| a.as_str());
                // R20: the Owner or Admin role the actor holds now.
                let held = f
                    .org_index
                    .and_then(|i| sc.organizations.get(i))
                    .and_then(|o| provplan_core::evaluate::actor_held_role(sc, o));
                let privileged = self.role_of(
                    held.unwrap_or(f.product.unwrap_or(Product::Claude).privileged_role()),
                );
                let status = self.status_of(*status);
                match role {
                    Some(role) => self.finding_actor_demoted(
                        actor,
                        &self.role_of(*role),
                        &org,
                        &privileged,
                        &status,
                    ),
                    None => self.finding_actor_out(actor, &privileged, &org, &status),
                }
            }
            Detail::ActorNotPrivileged { role } => {
                let actor = sc.actor.as_ref().map_or("", |(a, _)| a.as_str());
                let privileged =
                    self.role_of(f.product.unwrap_or(Product::Claude).privileged_role());
                match role {
                    Some(role) => self.finding_actor_not_privileged(
                        actor,
                        &self.role_of(*role),
                        &org,
                        &privileged,
                    ),
                    None => self.finding_actor_not_member(actor, &org, &privileged),
                }
            }
            Detail::UnknownGroup { case_mismatch, .. } => {
                let mut out = self.finding_unknown_group(count, &subjects());
                for (group, similar) in case_mismatch {
                    let other = similar.first().map_or("", |g| sc.group_name(*g));
                    out.push(' ');
                    out.push_str(&self.finding_case_mismatch(sc.group_name(*group), other));
                }
                out
            }
            Detail::UnassignedInGroup { .. } => self.finding_unassigned_in_group(count),
            Detail::GroupNaming { prefix, .. } => self.finding_group_naming(count, *prefix),
            Detail::LookalikeEmails {
                pairs, invisible, ..
            } => {
                let mut out = String::new();
                if let Some((a, b)) = pairs.first() {
                    let (a, b) = (sc.email(*a), sc.email(*b));
                    let marks: Vec<String> = provplan_core::lookalike::disguises(a)
                        .into_iter()
                        .chain(provplan_core::lookalike::disguises(b))
                        .map(|(c, like)| format!("U+{:04X} ≈ {like}", u32::from(c)))
                        .collect();
                    out = self.finding_lookalike_pairs(
                        pairs.len(),
                        &Quoted(a).to_string(),
                        &Quoted(b).to_string(),
                        &marks.join(", "),
                    );
                }
                if !invisible.is_empty() {
                    let named: Vec<String> = invisible
                        .iter()
                        .take(NAMED)
                        .map(|p| Quoted(sc.email(*p)).to_string())
                        .collect();
                    let more = invisible.len().saturating_sub(named.len());
                    let mut list = named.join(", ");
                    if more > 0 {
                        list.push(' ');
                        list.push_str(&self.and_more(more));
                    }
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(&self.finding_lookalike_hidden(invisible.len(), &list));
                }
                out
            }
            Detail::EntraSyncDelay { .. } => {
                self.finding_entra_sync_delay(provplan_core::evaluate::ENTRA_SYNC_MINUTES)
            }
            Detail::SsoEmailMismatch { .. } => self.finding_sso_email_mismatch(count, &org),
            Detail::RemovalThreshold { allowed, .. } => {
                self.finding_removal_threshold(count, &org, *allowed)
            }
            Detail::PrimaryOwnerExempt { person, status, .. } => {
                let would = match status {
                    Status::Removed | Status::Blocked => status.id(),
                    _ => "other",
                };
                self.finding_primary_owner_exempt(sc.email(*person), &org, would)
            }
        }
    }

    /// An assumption or note of the engine, from its id (every id has its words: a test
    /// checks the catalogues).
    pub fn note_text(self, n: &NoteView) -> String {
        let org = n.organization.as_deref().unwrap_or("");
        self.note(n.id.id(), org)
    }

    /// Why a checklist step has its status. The findings it names are read from the codes in
    /// the engine's detail (ids, the same in every language), and shown by their titles.
    pub fn check_detail_of(self, c: &ChecklistItem) -> String {
        let codes: Vec<String> = c
            .names
            .iter()
            .filter_map(|n| Code::from_id(n))
            .map(|code| self.quoted(&self.finding_title_of(code)))
            .collect();
        let you = if c.actor_checked { "yes" } else { "no" };
        self.check_detail(c.id.id(), c.status.id(), &codes.join("; "), you)
    }
}

// --- why a user ends as they do (R10–R25): kept in the review, formatted when shown ---------------

pub fn why_group_role(group: &str, role: Role) -> Text {
    msg::why_group_role(group, msg::role_name(role.id()))
}
pub fn why_seat_group_only() -> Text {
    msg::why_seat_group_only()
}
pub fn why_new_user_default() -> Text {
    msg::why_new_user_default()
}
pub fn why_keeps_role(role: Role) -> Text {
    msg::why_keeps_role(msg::role_name(role.id()))
}
pub fn why_manual_keeps() -> Text {
    msg::why_manual_keeps()
}
pub fn why_group_tier(group: &str, tier: SeatTier) -> Text {
    msg::why_group_tier(group, msg::tier_name(tier.id()))
}
pub fn why_default_tier(tier: SeatTier) -> Text {
    msg::why_default_tier(msg::tier_name(tier.id()))
}
pub fn why_single_seat(tier: SeatTier) -> Text {
    msg::why_single_seat(msg::tier_name(tier.id()))
}
pub fn why_keeps_tier(tier: Option<SeatTier>) -> Text {
    match tier {
        Some(t) => msg::why_keeps_tier(msg::tier_name(t.id())),
        None => msg::why_keeps_unknown_tier(),
    }
}
pub fn why_tier_full() -> Text {
    msg::why_tier_full()
}
pub fn why_ambiguous(chosen: Role, rival: Role) -> Text {
    msg::why_ambiguous(msg::role_name(chosen.id()), msg::role_name(rival.id()))
}
pub fn why_joins_at_sign_in() -> Text {
    msg::why_joins_at_sign_in()
}
pub fn why_manual() -> Text {
    msg::why_manual()
}
pub fn why_manual_fallback() -> Text {
    msg::why_manual_fallback()
}
pub fn why_not_assigned() -> Text {
    msg::why_not_assigned()
}
pub fn why_no_mapped_group() -> Text {
    msg::why_no_mapped_group()
}
pub fn why_removed_unassigned() -> Text {
    msg::why_removed_unassigned()
}
pub fn why_removed_no_group() -> Text {
    msg::why_removed_no_group()
}
pub fn why_blocked() -> Text {
    msg::why_blocked()
}
pub fn why_not_added() -> Text {
    msg::why_not_added()
}

// --- files the planner writes ---------------------------------------------------------------------

/// The users CSV of an organization (a name, not words).
pub fn export_users_file(org: &str) -> String {
    format!("provisioning-users-{org}.csv")
}

/// The column names of the users CSV: fixed, like the JSON's field names, so that programs
/// reading it do not depend on the language; the cells are in the language shown.
pub const CSV_HEADER: [&str; 10] = [
    "organization",
    "email",
    "status",
    "role",
    "seat tier",
    "change",
    "takes effect",
    "why",
    "current role",
    "current seat tier",
];

// --- import ------------------------------------------------------------------------------------

/// Where an import's problem or warning is: the file (the current directory by its
/// translated name), with line and column when known; `None` for no file in particular.
pub fn import_location(p: &crate::import::Problem) -> Option<Text> {
    let file = if p.file == crate::import::CURRENT_DIRECTORY {
        msg::current_directory()
    } else {
        Text::raw(p.file.clone())
    };
    match (p.file.is_empty(), p.line) {
        (true, _) => None,
        (false, 0) => Some(file),
        (false, _) => Some(msg::import_at(file, p.line, p.column)),
    }
}

/// What an import's problem or warning is: a warning's kind translated, then the words.
pub fn import_detail(p: &crate::import::Problem) -> Text {
    if p.kind.is_empty() {
        p.message.clone()
    } else {
        msg::engine_error(msg::import_warning_kind(p.kind.as_str()), p.message.clone())
    }
}

/// What applying an import did.
pub fn import_applied(files: &str, a: crate::import::Applied, members_of: Option<&str>) -> Text {
    match (members_of, a.how) {
        (Some(org), _) => msg::import_applied_members(a.after, org, files, a.before),
        (None, crate::import::How::Replace) => {
            msg::import_applied_replace(a.after, files, a.before)
        }
        (None, crate::import::How::Merge) => {
            msg::import_applied_merge(a.after, files, a.after.saturating_sub(a.before))
        }
    }
}

#[cfg(test)]
mod tests {
    use provplan_core::{Change, Idp, Step as CheckStep, TakesEffect};

    use super::*;
    use crate::examples;
    use crate::i18n::{K, Lang, variant_keys};
    use crate::review::Review;
    use crate::state::Step;

    /// Every id must have its own variant in every language (the default variant, which shows
    /// an unknown id as it is, does not count).
    fn assert_covered(key: K, ids: impl IntoIterator<Item = &'static str>) {
        let ids: Vec<&str> = ids.into_iter().collect();
        for lang in Lang::ALL {
            let keys = variant_keys(lang, key);
            for id in &ids {
                assert!(
                    keys.iter().any(|k| k == id),
                    "{}.ftl: `{}` has no translation for `{id}`",
                    lang.code(),
                    key.id()
                );
            }
        }
    }

    #[test]
    fn every_id_of_the_engine_is_translated_in_every_language() {
        assert_covered(K::FindingTitle, Code::ids());
        assert_covered(K::FindingAdvice, Code::ids());
        // Every advice that fits a product and mode.
        let mut keys = Vec::new();
        for code in Code::ALL {
            for product in [None, Some(Product::Claude), Some(Product::Console)] {
                for mode in [None, Some(Mode::Manual), Some(Mode::Jit), Some(Mode::Scim)] {
                    keys.push(code.advice_key_in(product, mode));
                }
            }
        }
        // R26: the identity provider's own steps.
        keys.extend(
            Idp::ALL
                .iter()
                .map(|i| provplan_core::evaluate::sso_email_advice(*i).0),
        );
        assert_covered(K::FindingAdvice, keys);
        assert_covered(K::Note, provplan_core::evaluate::NoteId::ids());
        assert_covered(K::RuleText, provplan_core::catalog::rule_ids());
        assert_covered(K::CheckStep, CheckStep::ids());
        assert_covered(K::CheckStatus, StepStatus::ids());
        assert_covered(K::StatusName, Status::ids());
        assert_covered(K::RoleName, Role::ids());
        assert_covered(K::TierName, SeatTier::ids());
        assert_covered(K::PlanName, Plan::ids());
        assert_covered(K::ProductName, Product::ids());
        assert_covered(K::ScimUnavailableReason, Product::ids());
        assert_covered(K::FindingTierMappingNotApplicable, Product::ids());
        assert_covered(K::ModeName, Mode::ids());
        assert_covered(K::ModeShort, Mode::ids());
        assert_covered(K::ModeDescription, Mode::ids());
        assert_covered(K::ChangeName, Change::ids());
        assert_covered(K::TakesEffect, TakesEffect::ids().chain(["none"]));
        assert_covered(K::SeverityName, Severity::ids());
        assert_covered(K::SeverityCount, Severity::ids());
        assert_covered(K::IdpName, Idp::ids());
        assert_covered(K::InputErrorKind, ErrorKind::ids());
        assert_covered(K::ExampleTitle, examples::ALL.iter().map(|(name, _)| *name));
        assert_covered(K::StepTitle, Step::ALL.map(Step::id));
        assert_covered(K::StepIntro, Step::ALL.map(Step::id));
        assert_covered(
            K::FormatName,
            provplan_core::import::Format::ALL.iter().map(|f| f.id()),
        );
        assert_covered(K::ImportSampleTitle, crate::import::SAMPLES);
        assert_covered(
            K::ImportWarningKind,
            provplan_core::import::WarningKind::ALL.map(|k| k.id()),
        );
        assert_covered(K::DemoPhase, crate::state::Phase::ALL.map(|p| p.id()));
        assert_covered(
            K::SaveTile,
            ["add", "update", "remove", "blocked", "not_added", "pending"],
        );
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for step in CheckStep::ALL {
                for status in StepStatus::ALL {
                    let item = ChecklistItem {
                        id: *step,
                        status: *status,
                        label: "",
                        names: vec!["ACTOR_LOSES_ACCESS".to_owned()],
                        actor_checked: false,
                    };
                    assert!(!tr.check_detail_of(&item).is_empty());
                    let checked = ChecklistItem {
                        actor_checked: true,
                        ..item
                    };
                    assert!(!tr.check_detail_of(&checked).is_empty());
                }
            }
            for note in provplan_core::evaluate::NoteId::ALL {
                let n = NoteView {
                    id: *note,
                    rule: "R1",
                    interpretation: false,
                    organization: Some("claude".into()),
                };
                assert!(!tr.note_text(&n).is_empty(), "{}: {note}", lang.code());
            }
        }
    }

    #[test]
    fn findings_are_told_from_their_code_and_parameters_in_every_language() {
        let r = Review::build(&examples::load("enterprise-entra-lockout").unwrap()).unwrap();
        let actor = r
            .findings
            .iter()
            .find(|f| f.code == Code::ActorLosesAccess)
            .unwrap();
        let en = Tr::EN.finding_detail(actor);
        let subject = actor.subjects(1)[0];
        assert!(en.contains(subject), "{en}");
        let de = Tr::new(Lang::De);
        assert_eq!(
            de.finding_title_of(Code::ActorLosesAccess),
            "Sie würden Ihren Owner-/Admin-Zugriff verlieren"
        );
        let detail = de.finding_detail(actor);
        assert!(detail.starts_with("Nach dem Speichern"), "{detail}");
        assert!(detail.contains(subject), "{detail}");
        // Every finding of every example has a title, a detail and advice in every language,
        // none of them the engine's English message.
        for (name, _) in examples::ALL {
            let r = Review::build(&examples::load(name).unwrap()).unwrap();
            for f in &r.findings {
                for lang in Lang::ALL {
                    let tr = Tr::new(lang);
                    let detail = tr.finding_detail(f);
                    // The app's sentences, not the engine's (which have no final period).
                    assert!(detail.ends_with('.'), "{name} {:?}: {detail}", f.code);
                    let advice = tr.finding_advice_of(f);
                    assert!(
                        !advice.is_empty() && advice != f.advice,
                        "{name}: {}",
                        f.advice
                    );
                    assert_ne!(tr.finding_title_of(f.code), f.code.id());
                }
            }
        }
    }

    #[test]
    fn counts_take_plural_forms_and_parameters() {
        let sc = std::rc::Rc::new(
            provplan_core::Scenario::parse(
                r#"{"version": 1, "plan": "team", "directory": {"users": [
                    {"email": "u0@example.com"}, {"email": "u1@example.com"},
                    {"email": "u2@example.com"}]},
                "organizations": [{"id": "claude", "name": "Acme", "product": "claude"}]}"#,
            )
            .unwrap(),
        );
        let view = |detail: Detail| FindingView {
            code: detail.code(),
            severity: detail.code().severity(),
            organization: Some("Acme (claude)".into()),
            org_index: Some(0),
            product: Some(Product::Claude),
            rule: detail.code().rule(),
            advice: detail.code().id(),
            detail,
            scenario: crate::review::Shared(sc.clone()),
        };
        let removed = |n: u32| {
            view(Detail::MembersRemovedOnSave {
                people: (0..n).collect(),
            })
        };
        let en = Tr::EN;
        assert_eq!(
            en.finding_detail(&removed(1)),
            "Saving now removes 1 current member from Acme (claude)."
        );
        assert_eq!(
            en.finding_detail(&removed(3)),
            "Saving now removes 3 current members from Acme (claude)."
        );
        let fr = Tr::new(Lang::Fr);
        assert!(fr.finding_detail(&removed(1)).contains("1 membre actuel"));
        // A finding about many groups names the first few, then how many more.
        let groups: Vec<String> = (0..25).map(|i| format!("\"g{i:02}\"")).collect();
        let many = std::rc::Rc::new(
            provplan_core::Scenario::parse(&format!(
                r#"{{"version": 1, "plan": "team", "directory": {{"users": [{{"email": "u@example.com", "groups": [{}]}}]}},
                "organizations": [{{"id": "claude", "product": "claude"}}]}}"#,
                groups.join(",")
            ))
            .unwrap(),
        );
        let unknown = FindingView {
            scenario: crate::review::Shared(many),
            ..view(Detail::UnknownGroup {
                groups: (0..25).collect(),
                case_mismatch: Vec::new(),
            })
        };
        let sentence = en.finding_detail(&unknown);
        assert!(
            sentence.contains("g00, g01, g02, g03, g04, g05, g06, g07, g08, g09 +15 more"),
            "{sentence}"
        );
        assert!(!sentence.contains("g10"), "{sentence}");
        let shortfall = view(Detail::SeatShortfall {
            people: vec![0, 1, 2],
            tiers: vec![(SeatTier::Premium, 1), (SeatTier::Standard, 1200)],
        });
        assert_eq!(
            en.finding_detail(&shortfall),
            "Not enough seats in Acme (claude): buy Premium: 1 seat, Standard: 1,200 seats."
        );
        assert!(
            Tr::new(Lang::De)
                .finding_detail(&shortfall)
                .contains("Premium: 1 Sitz, Standard: 1.200 Sitze")
        );
        let no_group = view(Detail::NoPrivilegedGroup {
            groups: Vec::new(),
            role: Role::Owner,
        });
        assert_eq!(
            en.finding_detail(&no_group),
            "No group of Acme (claude) is mapped to Owner."
        );
        assert_eq!(
            Tr::new(Lang::Pt).counts_line(0u32, 1u32, 2u32),
            "0 erro, 1 aviso, 2 informações"
        );
    }

    #[test]
    fn kept_words_follow_the_language() {
        let t = pasted(2, 1);
        assert_eq!(
            t.to_string(),
            "Added 2 users; skipped 1 already in the directory or repeated."
        );
        assert!(
            Tr::new(Lang::Es)
                .text(&t)
                .starts_with("Se agregaron 2 usuarios")
        );
        assert_eq!(
            pasted(0, 0).to_string(),
            "No email addresses were found in the pasted text."
        );
        let why = why_group_role("admins", Role::Admin);
        assert_eq!(
            Tr::new(Lang::De).text(&why),
            "Gruppe admins ergab Admin (R11)"
        );
        let e = InputError::new("plan", ErrorKind::UnknownId, "unknown plan `gold`");
        assert_eq!(
            Tr::new(Lang::Fr).text(&engine_error(&e)),
            "Valeur inconnue\u{a0}: plan: unknown plan `gold`"
        );
    }
}
