//! The app's one state and its pure reducer. No web APIs here: storage, the URL and files are
//! read and written by effects in `app.rs`, which dispatch [`Action`]s with what they found.

use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use provplan_core::{InputError, Scenario, ScenarioDoc};
use yew::Reducible;

use crate::edit::{self, Edit};
use crate::i18n::{Text, msg};
use crate::text;

/// The wizard's steps, in the guide's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Plan,
    Modes,
    Directory,
    Mappings,
    Review,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Plan,
        Step::Modes,
        Step::Directory,
        Step::Mappings,
        Step::Review,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// A stable id for tests and anchors.
    pub fn id(self) -> &'static str {
        match self {
            Step::Plan => "plan",
            Step::Modes => "modes",
            Step::Directory => "directory",
            Step::Mappings => "mappings",
            Step::Review => "review",
        }
    }
}

/// The step whose form holds the value at a JSON path of an input error.
pub fn step_of(path: &str) -> Step {
    if path.starts_with("directory.idp") || path.starts_with("directory.scim_connected") {
        Step::Modes
    } else if path.starts_with("directory") {
        Step::Directory
    } else if path.starts_with("organizations[") {
        if path.contains(".provisioning.group_mappings") {
            Step::Mappings
        } else if path.contains(".provisioning") {
            Step::Modes
        } else if path.contains(".members") {
            Step::Directory
        } else {
            Step::Plan
        }
    } else {
        Step::Plan
    }
}

/// The id of the form control for a JSON path: `organizations[0].seats.premium` →
/// `f-organizations-0-seats-premium`.
pub fn field_id(path: &str) -> String {
    let mut out = String::from("f");
    let mut dash = true;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            if dash {
                out.push('-');
                dash = false;
            }
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// The path and its parents, longest first: where to put the focus for an error.
pub fn path_candidates(path: &str) -> Vec<String> {
    let mut out = vec![path.to_owned()];
    let mut rest = path;
    while let Some(cut) = rest.rfind(['.', '[']) {
        rest = rest.get(..cut).unwrap_or("");
        if !rest.is_empty() {
            out.push(rest.to_owned());
        }
    }
    out
}

/// Messages of the errors at exactly `path`.
pub fn errors_at<'e>(errors: &'e [InputError], path: &str) -> Vec<&'e str> {
    errors
        .iter()
        .filter(|e| e.path == path)
        .map(|e| e.message.as_str())
        .collect()
}

/// Whether `path` is `parent` or inside it.
pub fn within(path: &str, parent: &str) -> bool {
    path == parent
        || path
            .strip_prefix(parent)
            .is_some_and(|rest| rest.starts_with(['.', '[']))
}

/// Messages of the errors at `path` or inside it.
pub fn errors_within<'e>(errors: &'e [InputError], path: &str) -> Vec<&'e str> {
    errors
        .iter()
        .filter(|e| within(&e.path, path))
        .map(|e| e.message.as_str())
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// A message at the top of the page until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    /// Formatted when shown, in the language of that moment.
    pub text: Text,
    /// Offers to undo the last load.
    pub undo: bool,
}

/// Where a loaded document came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Example(String),
    Empty,
    File(String),
    Shared,
}

/// An import in progress or failed.
#[derive(Clone, Default)]
pub struct Import {
    /// The reader of the file being read; dropping it cancels the read.
    pub reading: Option<Rc<FileReader>>,
    pub file: Option<String>,
    pub errors: Vec<Text>,
    /// A file that reads as a scenario but breaks rules: it may be opened anyway.
    pub rejected: Option<Rc<ScenarioDoc>>,
}

/// What the first render asks the effects to do once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Startup {
    /// Unreadable saved text to keep under another key.
    pub keep_aside: Option<String>,
    /// Remove the share fragment from the address bar.
    pub clear_fragment: bool,
}

#[derive(Clone)]
pub struct AppState {
    pub doc: Rc<ScenarioDoc>,
    /// Bumped by every change of `doc`.
    pub revision: u64,
    /// Input errors of `doc` (empty when valid).
    pub errors: Rc<Vec<InputError>>,
    /// The last document that validated, and its revision.
    pub valid: Option<Rc<ScenarioDoc>>,
    pub valid_revision: u64,
    pub step: Step,
    pub notices: Vec<Notice>,
    next_notice: u64,
    /// The document the last load replaced.
    pub undo: Option<Rc<ScenarioDoc>>,
    pub import: Import,
    /// The share link, or why there is none.
    pub share: Option<Result<String, Text>>,
    /// An input error's field to focus after a jump.
    pub focus: Option<String>,
    pub startup: Startup,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
            && Rc::ptr_eq(&self.doc, &other.doc)
            && self.step == other.step
            && self.notices == other.notices
            && self.share == other.share
            && self.focus == other.focus
            && self.import.errors == other.import.errors
            && self.import.reading.is_some() == other.import.reading.is_some()
            && self.startup == other.startup
    }
}

pub enum Action {
    Edit(Edit),
    Load(ScenarioDoc, Origin),
    Undo,
    GoTo(Step),
    /// Jump to the field of an input error.
    GoToField(String),
    Focused,
    ImportStarted(String, FileReader),
    ImportRead(String, Result<String, Text>),
    ImportFailed(String, Text),
    ImportAnyway,
    DismissImport,
    Notify(NoticeKind, Text),
    Dismiss(u64),
    Share(Result<String, Text>),
    CloseShare,
    StartupDone,
}

impl AppState {
    pub fn new(doc: ScenarioDoc) -> AppState {
        let mut s = AppState {
            doc: Rc::new(ScenarioDoc::default()),
            revision: 0,
            errors: Rc::new(Vec::new()),
            valid: None,
            valid_revision: 0,
            step: Step::Plan,
            notices: Vec::new(),
            next_notice: 1,
            undo: None,
            import: Import::default(),
            share: None,
            focus: None,
            startup: Startup::default(),
        };
        s.set_doc(doc, true);
        s
    }

    /// Replaces the document and validates it. `fresh`: a new scenario, so an older valid
    /// evaluation must not stand in for it.
    fn set_doc(&mut self, doc: ScenarioDoc, fresh: bool) {
        self.revision += 1;
        match Scenario::from_doc(&doc) {
            Ok(_) => {
                self.errors = Rc::new(Vec::new());
                self.doc = Rc::new(doc);
                self.valid = Some(self.doc.clone());
                self.valid_revision = self.revision;
            }
            Err(errors) => {
                self.errors = Rc::new(errors.0);
                self.doc = Rc::new(doc);
                if fresh {
                    self.valid = None;
                    self.valid_revision = self.revision;
                }
            }
        }
        self.share = None;
    }

    pub fn notify(&mut self, kind: NoticeKind, text: Text) {
        self.push_notice(kind, text, false);
    }

    fn push_notice(&mut self, kind: NoticeKind, text: Text, undo: bool) {
        if undo {
            self.notices.retain(|n| !n.undo);
        }
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice {
            id: self.next_notice,
            kind,
            text,
            undo,
        });
        self.next_notice += 1;
    }

    /// Loads a document in place of the current one, which can be had back with Undo.
    pub fn load(&mut self, doc: ScenarioDoc, origin: &Origin) {
        let previous = self.doc.clone();
        self.set_doc(doc, true);
        self.import = Import::default();
        self.undo = Some(previous);
        let text = match origin {
            Origin::Example(name) => text::loaded_example(name),
            Origin::Empty => msg::loaded_empty(),
            Origin::File(name) => msg::imported(name),
            Origin::Shared => msg::opened_shared(),
        };
        self.push_notice(NoticeKind::Info, text, true);
    }

    /// Whether any organization or the directory has content worth an Undo.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(e) => {
                let mut doc = (*s.doc).clone();
                let applied = edit::apply(&mut doc, e);
                s.set_doc(doc, false);
                if let Some((added, skipped)) = applied.pasted {
                    s.notify(NoticeKind::Info, text::pasted(added, skipped));
                }
                if let Some((from, to)) = applied.tiers_carried {
                    s.notify(NoticeKind::Info, text::tiers_carried_over(from, to));
                }
            }
            Action::Load(doc, origin) => s.load(doc, &origin),
            Action::Undo => {
                if let Some(previous) = s.undo.take() {
                    s.set_doc((*previous).clone(), true);
                    s.notices.retain(|n| !n.undo);
                    s.notify(NoticeKind::Info, msg::undone());
                }
            }
            Action::GoTo(step) => s.step = step,
            Action::GoToField(path) => {
                s.step = step_of(&path);
                s.focus = Some(path);
            }
            Action::Focused => s.focus = None,
            Action::ImportStarted(file, reader) => {
                s.import = Import {
                    reading: Some(Rc::new(reader)),
                    file: Some(file),
                    ..Import::default()
                };
            }
            Action::ImportRead(file, result) => {
                s.import.reading = None;
                let parsed = result.map_err(|e| vec![e]).and_then(|t| {
                    ScenarioDoc::from_json_str(&t).map_err(|e| text::engine_errors(&e))
                });
                match parsed {
                    Ok(doc) => match Scenario::from_doc(&doc) {
                        Ok(_) => s.load(doc, &Origin::File(file)),
                        Err(errors) => {
                            s.import = Import {
                                reading: None,
                                file: Some(file),
                                errors: text::engine_errors(&errors),
                                rejected: Some(Rc::new(doc)),
                            };
                        }
                    },
                    Err(errors) => {
                        s.import = Import {
                            reading: None,
                            file: Some(file),
                            errors,
                            rejected: None,
                        };
                    }
                }
            }
            Action::ImportFailed(file, reason) => {
                s.import = Import {
                    reading: None,
                    file: Some(file),
                    errors: vec![reason],
                    rejected: None,
                };
            }
            Action::ImportAnyway => {
                if let (Some(doc), Some(file)) = (s.import.rejected.take(), s.import.file.clone()) {
                    s.load((*doc).clone(), &Origin::File(file));
                }
            }
            Action::DismissImport => s.import = Import::default(),
            Action::Notify(kind, text) => s.notify(kind, text),
            Action::Dismiss(id) => s.notices.retain(|n| n.id != id),
            Action::Share(result) => s.share = Some(result),
            Action::CloseShare => s.share = None,
            Action::StartupDone => s.startup = Startup::default(),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Target;
    use crate::examples;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::new(examples::load(examples::DEFAULT).unwrap()))
    }

    fn edit(s: Rc<AppState>, e: Edit) -> Rc<AppState> {
        s.reduce(Action::Edit(e))
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_valid_document() {
        let s = state();
        let valid = s.valid.clone().unwrap();
        let s = edit(s, Edit::SetUserEmail(0, "not an email".into()));
        assert!(!s.is_valid());
        assert_eq!(s.errors[0].path, "directory.users[0].email");
        assert!(Rc::ptr_eq(s.valid.as_ref().unwrap(), &valid));
        let s = edit(s, Edit::SetUserEmail(0, "ada@example.com".into()));
        assert!(s.is_valid());
        assert_eq!(s.valid_revision, s.revision);
    }

    #[test]
    fn loading_offers_undo_and_undo_restores() {
        let s = state();
        let before = s.doc.clone();
        let s = s.reduce(Action::Load(examples::empty(), Origin::Empty));
        assert_eq!(s.doc.directory.users.len(), 0);
        assert!(s.notices.iter().any(|n| n.undo));
        let s = s.reduce(Action::Undo);
        assert_eq!(*s.doc, *before);
        assert!(s.notices.iter().all(|n| !n.undo));
    }

    #[test]
    fn a_malformed_import_keeps_the_current_state() {
        let s = state();
        let before = s.doc.clone();
        let s = s.reduce(Action::ImportRead("x.json".into(), Ok("{ not json".into())));
        assert!(Rc::ptr_eq(&s.doc, &before));
        assert_eq!(s.import.errors.len(), 1);
        assert!(
            s.import.errors[0].to_string().contains("line 1"),
            "{:?}",
            s.import.errors
        );
        let s = s.reduce(Action::DismissImport);
        assert!(s.import.errors.is_empty());
    }

    #[test]
    fn an_import_that_breaks_rules_can_be_opened_anyway() {
        let s = state();
        let text = r#"{"version":1,"plan":"team","directory":{"users":[]},"organizations":[{"id":"claude","product":"claude","provisioning":{"mode":"scmi"}}]}"#;
        let s = s.reduce(Action::ImportRead("bad.json".into(), Ok(text.into())));
        assert_eq!(s.doc.plan, "enterprise_seat_based");
        assert!(
            s.import.errors[0]
                .to_string()
                .starts_with("Unknown value: organizations[0].provisioning.mode"),
            "{:?}",
            s.import.errors
        );
        let s = s.reduce(Action::ImportAnyway);
        assert_eq!(s.doc.plan, "team");
        assert!(
            s.valid.is_none(),
            "no older scenario stands in for the new one"
        );
        assert_eq!(
            errors_at(&s.errors, "organizations[0].provisioning.mode").len(),
            1
        );
    }

    #[test]
    fn a_good_import_replaces_the_document() {
        let s = state();
        let text = examples::ALL[2].1;
        let s = s.reduce(Action::ImportRead("team.json".into(), Ok(text.into())));
        assert_eq!(s.doc.plan, "team");
        assert!(s.import.errors.is_empty());
        assert!(s.undo.is_some());
    }

    #[test]
    fn editing_a_mapping_changes_the_revision_and_validity() {
        let s = state();
        let r = s.revision;
        let s = edit(
            s,
            Edit::AddMappedGroup(
                0,
                Target::Role("admin".into()),
                "anthropic-claude-users".into(),
            ),
        );
        assert_eq!(s.revision, r + 1);
        assert!(s.is_valid());
    }

    #[test]
    fn errors_jump_to_their_step_and_field() {
        assert_eq!(step_of("plan"), Step::Plan);
        assert_eq!(step_of("directory.users[3].email"), Step::Directory);
        assert_eq!(step_of("directory.idp"), Step::Modes);
        assert_eq!(step_of("organizations[0].seats.premium"), Step::Plan);
        assert_eq!(step_of("organizations[1].provisioning.mode"), Step::Modes);
        assert_eq!(
            step_of("organizations[1].provisioning.group_mappings.roles.owner[0]"),
            Step::Mappings
        );
        assert_eq!(step_of("organizations[0].members[2].role"), Step::Directory);
        assert_eq!(
            field_id("organizations[0].seats.premium"),
            "f-organizations-0-seats-premium"
        );
        assert_eq!(
            path_candidates("organizations[0].provisioning.group_mappings.roles.owner[1]"),
            [
                "organizations[0].provisioning.group_mappings.roles.owner[1]",
                "organizations[0].provisioning.group_mappings.roles.owner",
                "organizations[0].provisioning.group_mappings.roles",
                "organizations[0].provisioning.group_mappings",
                "organizations[0].provisioning",
                "organizations[0]",
                "organizations",
            ]
        );
        let s = state().reduce(Action::GoToField(
            "organizations[1].provisioning.mode".into(),
        ));
        assert_eq!(s.step, Step::Modes);
        assert_eq!(
            s.focus.as_deref(),
            Some("organizations[1].provisioning.mode")
        );
    }

    #[test]
    fn errors_within_a_path() {
        let errors = vec![
            InputError::new(
                "organizations[0].provisioning.group_mappings.roles.owner[1]",
                provplan_core::ErrorKind::Invalid,
                "x",
            ),
            InputError::new(
                "organizations[0].provisioning.mode",
                provplan_core::ErrorKind::Invalid,
                "y",
            ),
        ];
        assert_eq!(
            errors_within(
                &errors,
                "organizations[0].provisioning.group_mappings.roles.owner"
            ),
            ["x"]
        );
        assert_eq!(
            errors_within(&errors, "organizations[0].provisioning.mod"),
            Vec::<&str>::new()
        );
        assert_eq!(
            errors_at(&errors, "organizations[0].provisioning.mode"),
            ["y"]
        );
    }

    #[test]
    fn notices_are_dismissed_and_not_repeated() {
        let mut s = AppState::new(examples::empty());
        s.notify(NoticeKind::Warning, Text::raw("a"));
        s.notify(NoticeKind::Warning, Text::raw("a"));
        assert_eq!(s.notices.len(), 1);
        let id = s.notices[0].id;
        let s = Rc::new(s).reduce(Action::Dismiss(id));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn wizard_steps_are_in_order() {
        assert_eq!(Step::Plan.next(), Some(Step::Modes));
        assert_eq!(Step::Plan.prev(), None);
        assert_eq!(Step::Review.next(), None);
        assert_eq!(Step::Review.prev(), Some(Step::Mappings));
    }

    #[test]
    fn pasting_reports_what_it_did() {
        let s = edit(
            state(),
            Edit::PasteUsers("a1@x.io a2@x.io ada@example.com".into()),
        );
        assert!(
            s.notices
                .iter()
                .any(|n| n.text.to_string().contains("Added 2 users"))
        );
    }
}
