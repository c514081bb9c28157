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
use provplan_core::params::Param;
use provplan_core::{
    Code, ErrorKind, InputError, InputErrors, Mode, Plan, Product, Role, SeatTier, Severity,
    Status, StepStatus,
};

use crate::i18n::{Text, Tr, msg};
use crate::review::{FindingView, NoteView};

/// The file name of an export (a name, not words: the same in every language).
pub const EXPORT_FILE_NAME: &str = "provisioning-scenario.json";

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

/// Every input error kind, for the translation tests.
pub const ERROR_KINDS: [ErrorKind; 8] = [
    ErrorKind::Syntax,
    ErrorKind::Type,
    ErrorKind::Missing,
    ErrorKind::UnknownField,
    ErrorKind::UnknownId,
    ErrorKind::Duplicate,
    ErrorKind::Invalid,
    ErrorKind::Version,
];

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

    /// "Premium: 3 users, Standard: 1 user" from a `{tier: count}` parameter.
    fn tier_list(self, param: Option<&Param>, seats: bool) -> String {
        let Some(map) = param.and_then(Param::as_object) else {
            return String::new();
        };
        let parts: Vec<String> = map
            .iter()
            .map(|(tier, n)| {
                let n = n.as_u64().unwrap_or(0);
                let name = self.tier_name(tier);
                if seats {
                    self.tier_seats(&name, n)
                } else {
                    self.tier_users(&name, n)
                }
            })
            .collect();
        self.list(parts.iter().map(String::as_str))
    }

    /// A finding's title, from its code.
    pub fn finding_title_of(self, code: Code) -> String {
        self.finding_title(code.id())
    }

    /// What to do about a finding, from its code.
    pub fn finding_advice_of(self, code: Code) -> String {
        self.finding_advice(code.id())
    }

    /// A finding's detail, from its code, parameters and subjects.
    pub fn finding_detail(self, f: &FindingView) -> String {
        let org = f
            .organization
            .clone()
            .unwrap_or_else(|| self.all_organizations().to_owned());
        let count = f.subjects.len();
        let subjects = || self.list(f.subjects.iter().map(String::as_str));
        let param = |k: &str| f.params.get(k).and_then(Param::as_str).unwrap_or("");
        match f.code {
            Code::ScimNotEligible => {
                self.finding_scim_not_eligible(&org, &self.plan_name(param("plan")))
            }
            Code::ScimNotConnected => self.finding_scim_not_connected(&subjects()),
            Code::ScimFanout => self.finding_scim_fanout(count, &subjects()),
            Code::AgmNoEffect => self.finding_agm_no_effect(&org),
            Code::RoleDefaulted => self.finding_role_defaulted(count),
            Code::RoleAmbiguous => {
                let chosen = param("chosen");
                let rival = f
                    .params
                    .get("roles")
                    .and_then(Param::as_array)
                    .and_then(|r| r.iter().filter_map(Param::as_str).find(|r| *r != chosen))
                    .unwrap_or("");
                self.finding_role_ambiguous(
                    f.subjects.first().map_or("", String::as_str),
                    &self.role_name(chosen),
                    &self.role_name(rival),
                )
            }
            Code::MembersRemovedOnSave => self.finding_members_removed(count, &org),
            Code::MembersBlocked => self.finding_members_blocked(count, &org),
            Code::MappingsIgnored => self.finding_mappings_ignored(count, &org),
            Code::DefaultSeatTier => {
                let n = f.params.get("count").and_then(Param::as_u64).unwrap_or(0);
                self.finding_default_seat_tier(n, &self.tier_list(f.params.get("tiers"), false))
            }
            Code::SeatTierMappingNotApplicable => self.finding_tier_mapping_not_applicable(
                f.product.unwrap_or(Product::Claude).id(),
                &org,
            ),
            Code::SeatShortfall => {
                self.finding_seat_shortfall(&org, &self.tier_list(f.params.get("tiers"), true))
            }
            Code::NoPrivilegedGroup => {
                self.finding_no_privileged_group(count, &org, &self.role_name(param("role")))
            }
            Code::ActorLosesAccess => {
                let actor = f.subjects.first().map_or("", String::as_str);
                let privileged =
                    self.role_of(f.product.unwrap_or(Product::Claude).privileged_role());
                let status = self.status_name(param("status"));
                match f.params.get("role").and_then(Param::as_str) {
                    Some(role) => self.finding_actor_demoted(
                        actor,
                        &self.role_name(role),
                        &org,
                        &privileged,
                        &status,
                    ),
                    None => self.finding_actor_out(actor, &privileged, &org, &status),
                }
            }
            Code::UnknownGroup => {
                let mut out = self.finding_unknown_group(count, &subjects());
                if let Some(case) = f.params.get("case_mismatch").and_then(Param::as_object) {
                    for (group, similar) in case {
                        let other = similar
                            .as_array()
                            .and_then(|a| a.first())
                            .and_then(Param::as_str)
                            .unwrap_or("");
                        out.push(' ');
                        out.push_str(&self.finding_case_mismatch(group.as_str(), other));
                    }
                }
                out
            }
            Code::UnassignedInGroup => self.finding_unassigned_in_group(count),
            Code::GroupNaming => self.finding_group_naming(count, param("prefix")),
            Code::EntraSyncDelay => self.finding_entra_sync_delay(40u32),
        }
    }

    /// An assumption or note of the engine, from its id; the engine's words when the id is
    /// new to the catalogues.
    pub fn note_text(self, n: &NoteView) -> String {
        let org = n.organization.as_deref().unwrap_or("");
        let text = self.note(n.id, org);
        if text.is_empty() {
            n.message.clone()
        } else {
            text
        }
    }

    /// Why a checklist step has its status. The findings it names are read from the codes in
    /// the engine's detail (ids, the same in every language), and shown by their titles.
    pub fn check_detail_of(self, c: &ChecklistItem) -> String {
        let codes: Vec<String> = c
            .detail
            .split([' ', ',', ':'])
            .filter_map(Code::from_id)
            .map(|code| self.quoted(&self.finding_title_of(code)))
            .collect();
        self.check_detail(c.id.id(), c.status.id(), &codes.join("; "))
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
pub fn why_ambiguous(chosen: &str, rival: &str) -> Text {
    msg::why_ambiguous(msg::role_name(chosen), msg::role_name(rival))
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
pub const CSV_HEADER: [&str; 8] = [
    "organization",
    "email",
    "status",
    "role",
    "seat tier",
    "change",
    "takes effect",
    "why",
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

    /// The ids of the engine's notes, read from the engine's source, so that a new note
    /// cannot go untranslated.
    fn note_ids() -> Vec<&'static str> {
        let src = include_str!("../../core/src/evaluate.rs");
        src.split("Note {")
            .skip(1)
            .filter_map(|rest| {
                let rest = rest.trim_start().strip_prefix("id: \"")?;
                Some(&rest[..rest.find('"')?])
            })
            .collect()
    }

    #[test]
    fn every_id_of_the_engine_is_translated_in_every_language() {
        assert_covered(K::FindingTitle, Code::ids());
        assert_covered(K::FindingAdvice, Code::ids());
        let notes = note_ids();
        assert!(notes.len() >= 6, "{notes:?}");
        assert_covered(K::Note, notes.clone());
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
        assert_covered(K::InputErrorKind, ERROR_KINDS.map(ErrorKind::id));
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
                        detail: "fix the errors first: ACTOR_LOSES_ACCESS".into(),
                    };
                    assert!(!tr.check_detail_of(&item).is_empty());
                }
            }
            for note in &notes {
                let n = NoteView {
                    id: note,
                    rule: "R1",
                    interpretation: false,
                    organization: Some("claude".into()),
                    message: "ENGLISH".into(),
                };
                assert_ne!(tr.note_text(&n), "ENGLISH", "{}: {note}", lang.code());
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
        assert!(en.contains(&actor.subjects[0]), "{en}");
        let de = Tr::new(Lang::De);
        assert_eq!(
            de.finding_title_of(Code::ActorLosesAccess),
            "Sie würden Ihren Owner-/Admin-Zugriff verlieren"
        );
        let detail = de.finding_detail(actor);
        assert!(detail.starts_with("Nach dem Speichern"), "{detail}");
        assert!(detail.contains(&actor.subjects[0]), "{detail}");
        // Every finding of every example has a title, a detail and advice in every language,
        // none of them the engine's English message.
        for (name, _) in examples::ALL {
            let r = Review::build(&examples::load(name).unwrap()).unwrap();
            for f in &r.findings {
                for lang in Lang::ALL {
                    let tr = Tr::new(lang);
                    let detail = tr.finding_detail(f);
                    assert!(
                        !detail.is_empty() && detail != f.message,
                        "{name} {:?}",
                        f.code
                    );
                    assert!(!tr.finding_advice_of(f.code).is_empty());
                    assert_ne!(tr.finding_title_of(f.code), f.code.id());
                }
            }
        }
    }

    #[test]
    fn counts_take_plural_forms_and_parameters() {
        let view = |code: Code, n: usize| FindingView {
            code,
            severity: code.severity(),
            organization: Some("Acme (claude)".into()),
            org_index: Some(0),
            product: Some(Product::Claude),
            subjects: (0..n).map(|i| format!("u{i}@example.com")).collect(),
            params: provplan_core::params::Params::new(),
            rule: code.rule(),
            message: String::new(),
            advice: "",
        };
        let en = Tr::EN;
        assert_eq!(
            en.finding_detail(&view(Code::MembersRemovedOnSave, 1)),
            "Saving now removes 1 current member from Acme (claude)."
        );
        assert_eq!(
            en.finding_detail(&view(Code::MembersRemovedOnSave, 3)),
            "Saving now removes 3 current members from Acme (claude)."
        );
        let fr = Tr::new(Lang::Fr);
        assert!(
            fr.finding_detail(&view(Code::MembersRemovedOnSave, 1))
                .contains("1 membre actuel")
        );
        let mut shortfall = view(Code::SeatShortfall, 4);
        shortfall.params.insert(
            "tiers",
            provplan_core::params::Params::new()
                .with("premium", 1u32)
                .with("standard", 1200u32),
        );
        assert_eq!(
            en.finding_detail(&shortfall),
            "Not enough seats in Acme (claude): buy Premium: 1 seat, Standard: 1,200 seats, then click “Sync now”."
        );
        assert!(
            Tr::new(Lang::De)
                .finding_detail(&shortfall)
                .contains("Premium: 1 Sitz, Standard: 1.200 Sitze")
        );
        let mut no_group = view(Code::NoPrivilegedGroup, 0);
        no_group.params.insert("role", "owner");
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
