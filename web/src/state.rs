//! The app's one state and its pure reducer. No web APIs here: storage, the URL and files are
//! read and written by effects in `ui/mod.rs`, which dispatch [`Action`]s with what they found.
//!
//! The review is part of the state. A small setup is validated and evaluated with every
//! change. A large one ([`LARGE`]) is validated in slices by [`Action::Check`] and evaluated by
//! [`Action::Evaluate`], which the page dispatches once each change or slice has been painted
//! (so typing and clicks answer at once, with an "updating…" state, and no task holds the page
//! for long), and its mode comparison a row at a time by [`Action::Compare`], only when a step
//! shows it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use provplan_core::doc::{ReadStep, Reading};
use provplan_core::scenario::{Step as Checked, Validation};
use provplan_core::{InputError, InputErrors, Scenario, ScenarioDoc};
use yew::Reducible;

use crate::edit::{self, Edit};
use crate::i18n::{Text, msg};
use crate::import::{self, How, Outcome, Preview, Problem, Response, Target, WorkerFailure};
use crate::review::{Review, ReviewRc, Shared};
use crate::text;

/// Setups with more directory users and members than this are validated in slices and
/// evaluated after a pause.
pub const LARGE: usize = 5_000;

/// Users and members validated in the first slice of each validation of a large setup (about
/// 5 ms natively); the page then sizes each slice by how long the last one took
/// ([`next_slice`]).
pub const CHECK_SLICE: usize = 10_000;

/// A scenario file longer than this (in bytes) is opened in slices ([`Action::Open`]): read,
/// then validated, a slice per task. About 2,000 users.
pub const OPEN_IN_SLICES: usize = 1 << 20;

/// How long a slice of validation should take, in milliseconds: well under the 50 ms after
/// which a task holds up the page, with room for the render that follows.
pub const SLICE_MS: f64 = 15.0;

/// The work for the next slice, from the last one's work and time: about [`SLICE_MS`] on this
/// machine, whatever its speed, between 1,000 and 200,000 units. Without a time (no clock)
/// the work stays as it was.
pub fn next_slice(work: usize, took_ms: f64) -> usize {
    if took_ms.is_nan() || took_ms <= 0.0 {
        return work;
    }
    let scaled = work as f64 * SLICE_MS / took_ms.max(1.0);
    // Float to integer saturates. A slice may shrink fast but grows at most twofold: work
    // varies between the stages of a validation.
    (scaled as usize)
        .clamp(1_000, 200_000)
        .clamp(work / 4, work.saturating_mul(2))
}

/// Directory users plus the members of every organization.
pub fn size_of(doc: &ScenarioDoc) -> usize {
    doc.organizations
        .iter()
        .fold(doc.directory.users.len(), |n, o| {
            n.saturating_add(o.members.len())
        })
}

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
    /// The generated large demo with this many users.
    Demo(u32),
}

/// The phases of loading the large demo, shown as progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Generating,
    Checking,
    Evaluating,
}

impl Phase {
    /// The id the messages select on.
    pub const fn id(self) -> &'static str {
        match self {
            Phase::Generating => "generating",
            Phase::Checking => "checking",
            Phase::Evaluating => "evaluating",
        }
    }

    pub const ALL: [Phase; 3] = [Phase::Generating, Phase::Checking, Phase::Evaluating];

    pub fn index(self) -> usize {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }
}

/// Loading the large demo: how many users, the phase under way, and how many users are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub users: u32,
    pub phase: Phase,
    pub made: u32,
}

/// An import into the directory or an organization's members: files being read (by the
/// importer's worker), then a preview of what they would load. Nothing changes until the
/// preview is applied.
#[derive(Clone, Default)]
pub struct DirImport {
    /// Bumped by every new import; answers to an earlier one are ignored.
    pub batch: u64,
    pub target: Option<Target>,
    /// The import under way (the browser's handle; dropping it stops the reading).
    pub job: Option<Rc<dyn core::any::Any>>,
    pub preview: Option<Rc<Preview>>,
}

impl DirImport {
    pub fn reading(&self) -> bool {
        self.job.is_some()
    }
}

/// An import in progress or failed.
#[derive(Clone, Default)]
pub struct Import {
    /// The reader of the file being read; dropping it cancels the read.
    pub reading: Option<Rc<FileReader>>,
    /// A large scenario file read, being opened a slice at a time.
    pub opening: Option<Opening>,
    pub file: Option<String>,
    pub errors: Vec<Text>,
    /// A file that reads as a scenario but breaks rules: it may be opened anyway.
    pub rejected: Option<Rc<ScenarioDoc>>,
}

/// A large scenario file being opened, a slice per [`Action::Open`]: its JSON read, then
/// the document validated. Nothing changes until it is opened; a file with errors is not.
#[derive(Clone)]
pub struct Opening {
    /// Bumped by every file opened; a slice for an earlier one does nothing.
    pub serial: u64,
    /// The job under way (the state's own: the next slice takes and returns it).
    job: Rc<RefCell<Option<OpenJob>>>,
    /// Validating (else reading).
    pub validating: bool,
    /// Bytes read, or users and members validated; and in all.
    pub progress: (usize, usize),
}

enum OpenJob {
    Reading(Reading),
    Validating(ScenarioDoc, Box<Validation>),
}

/// What the first render asks the effects to do once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Startup {
    /// Unreadable saved text to keep under another key.
    pub keep_aside: Option<String>,
    /// Remove the share fragment from the address bar.
    pub clear_fragment: bool,
}

/// A large document being validated, a slice per [`Action::Check`].
#[derive(Clone)]
pub struct Checking {
    /// The revision being validated.
    pub revision: u64,
    /// A new scenario (see [`AppState::set_doc`]).
    fresh: bool,
    /// The validation under way (the state's own job: the next slice takes and returns it).
    job: Rc<RefCell<Option<Validation>>>,
    /// Users and members validated, and in all.
    pub progress: (usize, usize),
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
    /// The validated scenario of `valid`.
    pub scenario: Option<Rc<Scenario>>,
    /// The review shown, and the `valid_revision` it is of.
    pub review: Option<ReviewRc>,
    pub reviewed: u64,
    /// `doc` is larger than [`LARGE`].
    pub large: bool,
    /// A field holds typing not yet applied (large setups apply it after a pause).
    pub typing: bool,
    /// Loading the large demo.
    pub progress: Option<Progress>,
    pub dir_import: DirImport,
    /// A large `doc` not validated yet.
    pub checking: Option<Checking>,
    /// Large files opened in slices so far (each [`Opening`]'s serial).
    files_opened: u64,
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
            && self
                .import
                .opening
                .as_ref()
                .map(|o| (o.serial, o.validating, o.progress))
                == other
                    .import
                    .opening
                    .as_ref()
                    .map(|o| (o.serial, o.validating, o.progress))
            && self.startup == other.startup
            && self.review == other.review
            && self.reviewed == other.reviewed
            && self.typing == other.typing
            && self.progress == other.progress
            && self.checking.as_ref().map(|c| (c.revision, c.progress))
                == other.checking.as_ref().map(|c| (c.revision, c.progress))
            && self.dir_import.batch == other.dir_import.batch
            && self.dir_import.reading() == other.dir_import.reading()
            && match (&self.dir_import.preview, &other.dir_import.preview) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
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
    /// Open the next slice (about this many users and members) of the large file being
    /// opened, if it is still the one of this serial.
    Open(u64, usize),
    ImportFailed(String, Text),
    ImportAnyway,
    DismissImport,
    Notify(NoticeKind, Text),
    Dismiss(u64),
    Share(Result<String, Text>),
    CloseShare,
    StartupDone,
    /// Validate the next slice of the large setup of this revision: about this many users and
    /// members.
    Check(u64, usize),
    /// Evaluate the valid setup of this revision (large setups, once the change is painted).
    Evaluate(u64),
    /// Add the mode comparison to the review of this revision (a large setup's: its next row).
    Compare(u64),
    /// A field has typing not yet applied (or no longer).
    Typing(bool),
    /// Loading the large demo has reached a phase (`None`: stopped).
    Progress(Option<Progress>),
    /// An import has started: its batch, target and the browser's handle on it.
    DirImportStarted(u64, Target, Rc<dyn core::any::Any>),
    /// The importer's response to a batch, or why there is none the page can use.
    DirImportDone(u64, Result<Response, WorkerFailure>),
    /// An import that cannot even start (too many or too large files, no worker).
    DirImportRefused(Target, Vec<Problem>),
    /// Apply the previewed import.
    ApplyImport(How),
    CancelImport,
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
            scenario: None,
            review: None,
            reviewed: 0,
            large: false,
            typing: false,
            progress: None,
            dir_import: DirImport::default(),
            checking: None,
            files_opened: 0,
        };
        s.set_doc(doc, true);
        s
    }

    /// Replaces the document and validates it (a large one in slices, from the next
    /// [`Action::Check`]). `fresh`: a new scenario, so an older valid evaluation must not
    /// stand in for it.
    fn set_doc(&mut self, doc: ScenarioDoc, fresh: bool) {
        self.set_doc_checked(doc, fresh, None);
    }

    /// [`AppState::set_doc`], with the document's scenario when it is validated already.
    fn set_doc_checked(&mut self, doc: ScenarioDoc, fresh: bool, scenario: Option<Scenario>) {
        self.revision += 1;
        self.large = size_of(&doc) > LARGE;
        self.doc = Rc::new(doc);
        self.share = None;
        if let Some(sc) = scenario {
            self.checking = None;
            self.checked(Ok(sc), fresh);
            return;
        }
        if !self.large {
            self.checking = None;
            let result = Scenario::from_doc(&self.doc);
            self.checked(result, fresh);
            return;
        }
        self.checking = Some(Checking {
            revision: self.revision,
            fresh,
            job: Rc::new(RefCell::new(Some(Validation::new()))),
            progress: (0, size_of(&self.doc)),
        });
        if fresh {
            // Nothing of the previous scenario stands while the new one is checked.
            self.errors = Rc::new(Vec::new());
            self.forget_valid();
        }
    }

    /// Drops the last valid document, its scenario and its review (a new scenario is not
    /// judged by an older one's).
    fn forget_valid(&mut self) {
        self.valid = None;
        self.scenario = None;
        self.review = None;
    }

    /// The validation of `doc` is done.
    fn checked(&mut self, result: Result<Scenario, InputErrors>, fresh: bool) {
        match result {
            Ok(sc) => {
                self.errors = Rc::new(Vec::new());
                self.valid = Some(self.doc.clone());
                self.valid_revision = self.revision;
                self.scenario = Some(Rc::new(sc));
                if !self.large {
                    self.evaluate(self.valid_revision);
                    self.compare(self.valid_revision);
                }
            }
            Err(errors) => {
                self.errors = Rc::new(errors.0);
                if fresh {
                    self.forget_valid();
                    self.valid_revision = self.revision;
                    self.reviewed = self.revision;
                }
            }
        }
        if let Some(p) = &mut self.progress {
            p.phase = Phase::Evaluating;
            if !self.evaluating() {
                self.progress = None;
            }
        }
    }

    /// Validates the next slice (about `work` units) of the large document if it is of
    /// revision `rev`.
    fn check(&mut self, rev: u64, work: usize) {
        let Some(c) = self.checking.as_mut().filter(|c| c.revision == rev) else {
            return;
        };
        let Some(v) = c.job.borrow_mut().take() else {
            return;
        };
        match v.step(&self.doc, work) {
            Checked::Pending(v) => {
                c.progress = v.progress();
                c.job = Rc::new(RefCell::new(Some(v)));
            }
            Checked::Done(result) => {
                let fresh = c.fresh;
                self.checking = None;
                self.checked(result, fresh);
            }
        }
    }

    /// A scenario file is read and validated: it is opened, or its errors are shown (with its
    /// document, which may be opened anyway, when it is one).
    fn opened(
        &mut self,
        file: String,
        result: Result<(ScenarioDoc, Result<Scenario, InputErrors>), InputErrors>,
    ) {
        match result {
            Ok((doc, Ok(sc))) => self.load_checked(doc, Some(sc), &Origin::File(file)),
            Ok((doc, Err(errors))) => {
                self.import = Import {
                    file: Some(file),
                    errors: text::engine_errors(&errors),
                    rejected: Some(Rc::new(doc)),
                    ..Import::default()
                };
            }
            Err(errors) => {
                self.import = Import {
                    file: Some(file),
                    errors: text::engine_errors(&errors),
                    ..Import::default()
                };
            }
        }
    }

    /// Opens the next slice (about `work` units) of the large file being opened, if it is
    /// the one of `serial`.
    fn open(&mut self, serial: u64, work: usize) {
        let Some(o) = self.import.opening.as_mut().filter(|o| o.serial == serial) else {
            return;
        };
        let Some(job) = o.job.borrow_mut().take() else {
            return;
        };
        let next = match job {
            OpenJob::Reading(reading) => match reading.step(work) {
                ReadStep::Pending(reading) => {
                    o.progress = reading.progress();
                    OpenJob::Reading(reading)
                }
                ReadStep::Done(Ok(doc)) => {
                    o.validating = true;
                    o.progress = (0, size_of(&doc));
                    OpenJob::Validating(doc, Box::new(Validation::new()))
                }
                ReadStep::Done(Err(errors)) => {
                    let file = self.import.file.take().unwrap_or_default();
                    self.opened(file, Err(errors));
                    return;
                }
            },
            OpenJob::Validating(doc, v) => match v.step(&doc, work) {
                Checked::Pending(v) => {
                    o.progress = v.progress();
                    OpenJob::Validating(doc, Box::new(v))
                }
                Checked::Done(checked) => {
                    let file = self.import.file.take().unwrap_or_default();
                    self.opened(file, Ok((doc, checked)));
                    return;
                }
            },
        };
        o.job = Rc::new(RefCell::new(Some(next)));
    }

    /// Reviews the valid setup if it is of revision `rev` and not reviewed yet.
    fn evaluate(&mut self, rev: u64) {
        if rev != self.valid_revision || self.reviewed == rev {
            return;
        }
        if let Some(sc) = &self.scenario {
            self.review = Some(Shared(Rc::new(Review::of(sc.clone()))));
            self.reviewed = rev;
        }
    }

    /// Adds the mode comparison to the review if it is of revision `rev`.
    fn compare(&mut self, rev: u64) {
        if rev != self.reviewed {
            return;
        }
        if let Some(r) = self.review.as_ref().filter(|r| !r.0.compared) {
            let next = if self.large {
                r.0.with_next_comparison()
            } else {
                r.0.with_comparison()
            };
            self.review = Some(Shared(Rc::new(next)));
        }
    }

    /// The valid setup has changed and is not reviewed yet.
    pub fn evaluating(&self) -> bool {
        self.scenario.is_some() && self.reviewed != self.valid_revision
    }

    /// The review has no mode comparison yet.
    pub fn comparing(&self) -> bool {
        self.review.as_ref().is_some_and(|r| !r.0.compared)
    }

    /// Shows the preview of the importer's answer (or why there is none); nothing else changes.
    fn import_done(&mut self, answer: Result<Response, WorkerFailure>) {
        let target = self.dir_import.target.unwrap_or(Target::Directory);
        self.dir_import.job = None;
        let preview = match answer {
            Ok(r) => Preview::of(target, r, &self.doc, self.revision),
            Err(failure) => {
                let stopped = msg::import_stopped(failure.text());
                self.notify(NoticeKind::Error, stopped.clone());
                Preview::failed(target, vec![Problem::file("", stopped)])
            }
        };
        self.dir_import.preview = Some(Rc::new(preview));
    }

    /// Applies the previewed import; the directory (or member list) it replaces can be had
    /// back with Undo. Errors of a merge are shown instead, and nothing changes.
    fn apply_import(&mut self, how: How) {
        let Some(preview) = self.dir_import.preview.clone() else {
            return;
        };
        // A merge is of the directory the preview was made against (Replace still may be).
        if how == How::Merge && preview.revision != self.revision {
            self.notify(NoticeKind::Warning, msg::import_stale());
            return;
        }
        let mut doc = (*self.doc).clone();
        match import::apply(&mut doc, &preview, how) {
            Ok(applied) => {
                let previous = self.doc.clone();
                self.set_doc(doc, false);
                self.undo = Some(previous);
                self.dir_import = DirImport {
                    batch: self.dir_import.batch + 1,
                    ..DirImport::default()
                };
                let label = match preview.target {
                    Target::Directory => None,
                    Target::Members(i) => Some(self.org_label(i)),
                };
                let text =
                    text::import_applied(&preview.names.join(", "), applied, label.as_deref());
                self.push_notice(NoticeKind::Info, text, true);
            }
            Err(errors) => {
                self.dir_import.preview = Some(Rc::new(Preview {
                    outcome: Outcome::Failed(errors),
                    ..(*preview).clone()
                }));
            }
        }
    }

    /// `Name (id)` or the id of the organization at `i`.
    pub fn org_label(&self, i: usize) -> String {
        self.doc
            .organizations
            .get(i)
            .map(|o| match &o.name {
                Some(n) => format!("{n} ({})", o.id),
                None => o.id.clone(),
            })
            .unwrap_or_default()
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
        self.load_checked(doc, None, origin);
    }

    /// [`AppState::load`], with the document's scenario when it is validated already.
    fn load_checked(&mut self, doc: ScenarioDoc, scenario: Option<Scenario>, origin: &Origin) {
        let previous = self.doc.clone();
        self.set_doc_checked(doc, true, scenario);
        self.import = Import::default();
        self.dir_import = DirImport {
            batch: self.dir_import.batch + 1,
            ..DirImport::default()
        };
        self.undo = Some(previous);
        let text = match origin {
            Origin::Example(name) => text::loaded_example(name),
            Origin::Empty => msg::loaded_empty(),
            Origin::File(name) => msg::imported(name),
            Origin::Shared => msg::opened_shared(),
            Origin::Demo(users) => msg::loaded_demo(*users),
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
                s.typing = false;
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
                match result {
                    Ok(t) if t.len() > OPEN_IN_SLICES => {
                        s.files_opened += 1;
                        let serial = s.files_opened;
                        let total = t.len();
                        s.import = Import {
                            file: Some(file),
                            opening: Some(Opening {
                                serial,
                                job: Rc::new(RefCell::new(Some(OpenJob::Reading(Reading::new(t))))),
                                validating: false,
                                progress: (0, total),
                            }),
                            ..Import::default()
                        };
                    }
                    Ok(t) => {
                        let opened = ScenarioDoc::from_json_str(&t).map(|doc| {
                            let checked = Scenario::from_doc(&doc);
                            (doc, checked)
                        });
                        s.opened(file, opened);
                    }
                    Err(e) => {
                        s.import = Import {
                            file: Some(file),
                            errors: vec![e],
                            ..Import::default()
                        };
                    }
                }
            }
            Action::Open(serial, work) => s.open(serial, work),
            Action::ImportFailed(file, reason) => {
                s.import = Import {
                    file: Some(file),
                    errors: vec![reason],
                    ..Import::default()
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
            Action::Check(rev, work) => s.check(rev, work),
            Action::Evaluate(rev) => {
                s.evaluate(rev);
                if !s.evaluating() {
                    s.progress = None;
                }
            }
            Action::Compare(rev) => s.compare(rev),
            Action::Typing(on) => {
                if s.typing == on {
                    return self;
                }
                s.typing = on;
            }
            Action::Progress(p) => s.progress = p,
            Action::DirImportStarted(batch, target, job) => {
                s.dir_import = DirImport {
                    batch,
                    target: Some(target),
                    job: Some(job),
                    preview: None,
                };
            }
            Action::DirImportDone(batch, answer) => {
                if batch != s.dir_import.batch || !s.dir_import.reading() {
                    return self;
                }
                s.import_done(answer);
            }
            Action::DirImportRefused(target, errors) => {
                s.dir_import = DirImport {
                    batch: s.dir_import.batch + 1,
                    target: Some(target),
                    preview: Some(Rc::new(Preview::failed(target, errors))),
                    ..DirImport::default()
                };
            }
            Action::ApplyImport(how) => s.apply_import(how),
            Action::CancelImport => {
                s.dir_import = DirImport {
                    batch: s.dir_import.batch + 1,
                    ..DirImport::default()
                };
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Target;
    use crate::examples;
    use crate::import::Target as ImportTarget;

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

    /// Opens a large file slice by slice, checking that nothing changes before it is opened;
    /// returns the state and the number of slices.
    fn open_in_slices(
        s: Rc<AppState>,
        name: &str,
        text: String,
        work: usize,
    ) -> (Rc<AppState>, usize) {
        let before = s.doc.clone();
        let total = text.len();
        let mut s = s.reduce(Action::ImportRead(name.into(), Ok(text)));
        let mut slices = 0;
        let mut validating = false;
        while let Some(o) = s.import.opening.clone() {
            assert!(
                Rc::ptr_eq(&s.doc, &before),
                "nothing changes before the file is opened"
            );
            assert!(o.progress.0 <= o.progress.1);
            if !o.validating {
                assert_eq!(o.progress.1, total);
            }
            assert!(o.validating || !validating, "validated after being read");
            validating = o.validating;
            // A slice for another file does nothing.
            let same = s.clone().reduce(Action::Open(o.serial + 1, work));
            assert!(
                same.import
                    .opening
                    .as_ref()
                    .is_some_and(|p| p.progress == o.progress)
            );
            s = s.reduce(Action::Open(o.serial, work));
            slices += 1;
        }
        (s, slices)
    }

    fn large_text(users: u32) -> (ScenarioDoc, String) {
        let doc =
            provplan_core::generate::scenario(provplan_core::generate::Options { users, seed: 4 });
        let text = doc.to_json_pretty();
        assert!(text.len() > OPEN_IN_SLICES);
        (doc, text)
    }

    #[test]
    fn a_large_file_is_opened_in_slices_and_validated_once() {
        let (doc, text) = large_text(6_000);
        let (s, slices) = open_in_slices(state(), "big.json", text, 1_000);
        // 6,000 users and their members, read then validated, 1,000 at a time.
        assert!(slices >= 12, "{slices} slices");
        assert_eq!(*s.doc, doc);
        assert!(s.large && s.checking.is_none() && s.is_valid());
        assert!(s.evaluating(), "reviewed next, once painted");
        assert!(s.undo.is_some() && s.import.errors.is_empty());
    }

    #[test]
    fn a_large_file_with_errors_is_not_opened() {
        let (doc, text) = large_text(3_000);
        // A rule broken near the end: a duplicate email, found by a late slice.
        let last = doc.directory.users.last().unwrap().email.clone();
        let broken = text.replacen(
            &format!("\"{last}\""),
            &format!("\"{}\"", doc.directory.users[0].email),
            1,
        );
        let (s, _) = open_in_slices(state(), "broken.json", broken, 500);
        assert_eq!(
            s.doc.plan, "enterprise_seat_based",
            "the current setup stays"
        );
        assert!(s.import.rejected.is_some(), "it may be opened anyway");
        assert!(
            s.import
                .errors
                .iter()
                .any(|e| e.to_string().contains("directory.users[2999].email")),
            "{:?}",
            s.import.errors
        );
        // Cut short: a syntax error, found by the last slice of reading.
        let cut = &text[..text.len() - 10];
        let (s, _) = open_in_slices(state(), "cut.json", cut.to_owned(), 500);
        assert!(s.import.rejected.is_none());
        assert_eq!(s.import.errors.len(), 1);
        assert!(
            s.import.errors[0].to_string().contains("invalid JSON"),
            "{:?}",
            s.import.errors
        );
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

    fn large() -> Rc<AppState> {
        let doc = provplan_core::generate::scenario(provplan_core::generate::Options {
            users: 6_000,
            seed: 3,
        });
        Rc::new(AppState::new(doc))
    }

    /// Dispatches `Check` until the large document is validated: the state then, and the
    /// number of slices it took. Each slice must make progress.
    fn check(mut s: Rc<AppState>) -> (Rc<AppState>, usize) {
        let mut slices = 0;
        while let Some(c) = s.checking.clone() {
            s = s.reduce(Action::Check(c.revision, CHECK_SLICE));
            slices += 1;
            if let Some(next) = &s.checking {
                assert!(
                    next.progress.0 > c.progress.0,
                    "slice {slices} made no progress"
                );
            }
            assert!(slices < 1_000);
        }
        (s, slices)
    }

    #[test]
    fn a_large_setup_is_checked_in_slices_evaluated_on_request_and_compared_later() {
        let s = large();
        assert!(s.large && s.checking.is_some());
        assert!(s.review.is_none() && !s.evaluating() && s.is_valid());
        let (s, _) = check(s);
        assert!(s.review.is_none() && s.evaluating());
        let rev = s.valid_revision;
        let s = s.reduce(Action::Evaluate(rev));
        assert!(!s.evaluating());
        let review = s.review.clone().unwrap();
        assert!(!review.0.compared && s.comparing());
        assert!(review.0.orgs[0].comparison.is_empty());
        // A row per evaluation, organizations in order.
        let mut s = s.reduce(Action::Compare(rev));
        let rows = |s: &AppState| s.review.as_ref().unwrap().0.compared_rows();
        assert_eq!(rows(&s), 1);
        assert_eq!(s.review.as_ref().unwrap().0.orgs[0].comparison.len(), 1);
        let mut slices = 1;
        while s.comparing() {
            s = s.reduce(Action::Compare(rev));
            slices += 1;
            assert_eq!(rows(&s), slices);
        }
        assert_eq!(slices, 5 * s.doc.organizations.len());
        assert_eq!(s.review.as_ref().unwrap().0.orgs[0].comparison.len(), 5);

        // An edit: the review stays (marked as updating) until checked and evaluated; a slice
        // or an evaluation for an older revision changes nothing.
        let s = edit(s, Edit::SetUserAssigned(0, false));
        let checking = s.checking.clone().unwrap();
        assert!(!s.evaluating() && s.review.is_some());
        assert_eq!(s.reviewed, rev);
        let same = s
            .clone()
            .reduce(Action::Check(checking.revision - 1, CHECK_SLICE));
        assert_eq!(same.checking.as_ref().unwrap().progress, checking.progress);
        let (s, _) = check(s);
        assert!(s.evaluating());
        assert_eq!(s.reviewed, rev);
        let s = s.reduce(Action::Evaluate(rev));
        assert!(s.evaluating());
        let rev = s.valid_revision;
        let s = s.reduce(Action::Evaluate(rev));
        assert_eq!(s.reviewed, s.valid_revision);
        assert!(!s.review.as_ref().unwrap().0.orgs[0].users.is_empty());
    }

    #[test]
    fn slices_are_sized_by_how_long_the_last_one_took() {
        assert_eq!(next_slice(10_000, SLICE_MS), 10_000);
        assert_eq!(next_slice(10_000, 2.0 * SLICE_MS), 5_000);
        assert_eq!(next_slice(10_000, SLICE_MS / 2.0), 20_000);
        // One odd slice shrinks the size at most fourfold and grows it at most twofold, never
        // past the bounds.
        assert_eq!(next_slice(10_000, 1_000.0), 2_500);
        assert_eq!(next_slice(10_000, 1.0), 20_000);
        assert_eq!(next_slice(1_000, 1_000.0), 1_000);
        assert_eq!(next_slice(150_000, 1.0), 200_000);
        // No clock: as it was.
        assert_eq!(next_slice(10_000, 0.0), 10_000);
        assert_eq!(next_slice(10_000, f64::NAN), 10_000);
    }

    #[test]
    fn a_large_setup_is_checked_a_slice_at_a_time_and_its_errors_come_at_the_end() {
        let doc = provplan_core::generate::scenario(provplan_core::generate::Options {
            users: 30_000,
            seed: 5,
        });
        let (s, slices) = check(Rc::new(AppState::new(doc)));
        let units = size_of(&s.doc);
        assert!(slices >= units / CHECK_SLICE, "{slices} slices for {units}");
        let rev = s.valid_revision;
        let s = s.reduce(Action::Evaluate(rev));
        assert!(s.review.is_some());

        // A duplicate email late in the directory: found by a later slice, then shown; the
        // last valid review stays.
        let last = s.doc.directory.users.len() - 1;
        let first = s.doc.directory.users[0].email.clone();
        let s = edit(s, Edit::SetUserEmail(last, first));
        assert!(s.is_valid(), "not checked yet");
        let now = s.revision;
        let s = s.reduce(Action::Check(now, CHECK_SLICE));
        assert!(
            s.checking.is_some() && s.is_valid(),
            "one slice is not the whole directory"
        );
        let (s, _) = check(s);
        assert!(!s.is_valid());
        assert_eq!(s.errors[0].path, format!("directory.users[{last}].email"));
        assert_eq!(s.reviewed, rev);
        assert!(s.review.is_some());

        // Another edit while checking starts the check again, for the new revision.
        let s = edit(s, Edit::SetUserEmail(last, "new@example.com".into()));
        let now = s.revision;
        let s = s.reduce(Action::Check(now, CHECK_SLICE));
        let s = edit(s, Edit::SetUserName(last, "New".into()));
        assert_eq!(s.checking.as_ref().unwrap().progress.0, 0);
        let (s, _) = check(s);
        assert!(s.is_valid() && s.evaluating());
    }

    #[test]
    fn a_small_setup_is_reviewed_with_every_edit() {
        let s = edit(state(), Edit::SetUserAssigned(0, false));
        assert!(!s.large && !s.evaluating() && !s.comparing());
        assert_eq!(s.reviewed, s.valid_revision);
    }

    #[test]
    fn typing_and_progress_are_shown_and_cleared() {
        let s = state().reduce(Action::Typing(true));
        assert!(s.typing);
        let same = s.clone().reduce(Action::Typing(true));
        assert!(Rc::ptr_eq(&same, &s), "no change, no render");
        let s = edit(s, Edit::SetUserName(0, "Ada L.".into()));
        assert!(!s.typing, "the edit that typing waited for");

        let s = large().reduce(Action::Progress(Some(Progress {
            users: 6_000,
            phase: Phase::Checking,
            made: 6_000,
        })));
        let doc = (*s.doc).clone();
        let s = s.reduce(Action::Load(doc, Origin::Demo(6_000)));
        assert_eq!(s.progress.map(|p| p.phase), Some(Phase::Checking));
        let (s, _) = check(s);
        assert_eq!(s.progress.map(|p| p.phase), Some(Phase::Evaluating));
        let rev = s.valid_revision;
        let s = s.reduce(Action::Evaluate(rev));
        assert!(s.progress.is_none());
        assert!(
            s.notices
                .iter()
                .any(|n| n.text.to_string().contains("6,000 users"))
        );
    }

    /// The importer's response for `files`, as the page reads it from the worker's answer.
    fn answer(
        s: &AppState,
        target: ImportTarget,
        files: &[(&str, &str)],
    ) -> Result<Response, WorkerFailure> {
        let request = crate::import::Request {
            target,
            sample: None,
            current: Some(s.doc.directory.clone()),
        };
        let files = files
            .iter()
            .map(|(n, t)| ((*n).to_owned(), t.as_bytes().to_vec()))
            .collect();
        import::answer_of(&import::answer(&request.to_bytes(), files))
    }

    fn started(s: Rc<AppState>, target: ImportTarget) -> (Rc<AppState>, u64) {
        let batch = s.dir_import.batch + 1;
        let s = s.reduce(Action::DirImportStarted(batch, target, Rc::new(())));
        assert!(s.dir_import.reading());
        (s, batch)
    }

    #[test]
    fn an_import_is_previewed_then_merged_and_can_be_undone() {
        let s = state();
        let before = s.doc.clone();
        let text = answer(
            &s,
            ImportTarget::Directory,
            &[("u.csv", "email\nnew@example.com\n")],
        );
        let (s, batch) = started(s, ImportTarget::Directory);
        // An answer to an earlier import is ignored.
        let s = s.reduce(Action::DirImportDone(batch - 1, text.clone()));
        assert!(s.dir_import.reading());
        let s = s.reduce(Action::DirImportDone(batch, text));
        assert!(!s.dir_import.reading());
        assert!(
            Rc::ptr_eq(&s.doc, &before),
            "nothing changes before it is applied"
        );
        assert!(matches!(
            s.dir_import.preview.as_ref().unwrap().outcome,
            Outcome::Directory(_)
        ));
        let s = s.reduce(Action::ApplyImport(How::Merge));
        assert_eq!(
            s.doc.directory.users.len(),
            before.directory.users.len() + 1
        );
        assert!(s.dir_import.preview.is_none());
        assert!(
            s.notices
                .iter()
                .any(|n| n.undo && n.text.to_string().contains("Merged u.csv"))
        );
        let s = s.reduce(Action::Undo);
        assert_eq!(*s.doc, *before);
    }

    #[test]
    fn a_merge_after_the_directory_changed_is_refused() {
        let s = state();
        let text = answer(
            &s,
            ImportTarget::Directory,
            &[("u.csv", "email\nnew@example.com\n")],
        );
        let (s, batch) = started(s, ImportTarget::Directory);
        let s = s.reduce(Action::DirImportDone(batch, text));
        let s = edit(s, Edit::SetUserName(0, "Ada".into()));
        let doc = s.doc.clone();
        let s = s.reduce(Action::ApplyImport(How::Merge));
        assert!(Rc::ptr_eq(&s.doc, &doc));
        assert!(s.notices.iter().any(|n| n.text == msg::import_stale()));
        // Replacing does not depend on the directory: still allowed.
        let s = s.reduce(Action::ApplyImport(How::Replace));
        assert_eq!(s.doc.directory.users.len(), 1);
    }

    #[test]
    fn a_broken_import_or_a_failed_worker_changes_nothing() {
        let s = state();
        let before = s.doc.clone();
        let text = answer(
            &s,
            ImportTarget::Directory,
            &[("bad.csv", "email\nnot-an-email\n")],
        );
        let (s, batch) = started(s, ImportTarget::Directory);
        let s = s.reduce(Action::DirImportDone(batch, text));
        let p = s.dir_import.preview.clone().unwrap();
        assert_eq!(p.errors()[0].file, "bad.csv");
        let s = s.reduce(Action::ApplyImport(How::Replace));
        assert!(Rc::ptr_eq(&s.doc, &before));
        let s = s.reduce(Action::CancelImport);
        assert!(s.dir_import.preview.is_none());

        let (s, batch) = started(s, ImportTarget::Directory);
        let s = s.reduce(Action::DirImportDone(
            batch,
            Err(WorkerFailure::Stopped("the worker crashed".into())),
        ));
        assert!(Rc::ptr_eq(&s.doc, &before));
        assert!(
            s.notices.iter().any(|n| n.kind == NoticeKind::Error
                && n.text.to_string().contains("the worker crashed"))
        );
        let s = s.reduce(Action::DirImportDone(batch, import::answer_of(b"garbled")));
        assert!(s.dir_import.preview.is_some(), "a second answer is ignored");

        // A request the worker could not read: the page's words in its language, with what
        // the worker's reader said.
        let (s, batch) = started(s, ImportTarget::Directory);
        let failure = import::answer_of(&import::answer(&[import::messages::WIRE as u8], vec![]));
        let Err(WorkerFailure::Unreadable(why)) = &failure else {
            panic!("{failure:?}")
        };
        assert!(why.contains("end of buffer"), "{why}");
        let s = s.reduce(Action::DirImportDone(batch, failure.clone()));
        let unreadable = msg::import_stopped(msg::import_request_unreadable(why));
        assert!(s.notices.iter().any(|n| n.text == unreadable));
        assert!(unreadable.to_string().contains(why.as_str()));
        let german = crate::i18n::Tr::new(crate::i18n::Lang::De);
        let in_german = german.text(&unreadable);
        assert!(!in_german.contains("could not be read"), "{in_german}");
        assert!(in_german.contains(why.as_str()), "{in_german}");

        let s = s.reduce(Action::DirImportRefused(
            ImportTarget::Directory,
            vec![Problem::file("huge.csv", Text::raw("too large"))],
        ));
        assert_eq!(s.dir_import.preview.as_ref().unwrap().errors().len(), 1);
        assert!(Rc::ptr_eq(&s.doc, &before));
    }

    #[test]
    fn an_answer_the_page_cannot_read_is_a_notice_naming_what_failed() {
        let s = state();
        let before = s.doc.clone();
        // The answer of a worker of another build (a browser may keep one cached).
        let mut answer = import::answer(
            &import::Request {
                target: ImportTarget::Directory,
                sample: Some("okta".to_owned()),
                current: None,
            }
            .to_bytes(),
            vec![],
        );
        answer[0] += 1;
        let (s, batch) = started(s, ImportTarget::Directory);
        let s = s.reduce(Action::DirImportDone(batch, import::answer_of(&answer)));
        assert!(!s.dir_import.reading());
        assert!(Rc::ptr_eq(&s.doc, &before));
        let errors: Vec<String> = s
            .notices
            .iter()
            .filter(|n| n.kind == NoticeKind::Error)
            .map(|n| n.text.to_string())
            .collect();
        assert_eq!(
            errors,
            [
                "The importer stopped (its answer could not be read: it is of another build of the \
                 planner (messages of version 2, not 1)). Nothing was changed; try again, or \
                 reload the page."
            ]
        );
        let p = s.dir_import.preview.clone().unwrap();
        assert_eq!(p.errors().len(), 1);
        assert_eq!(p.errors()[0].message.to_string(), errors[0]);
    }

    #[test]
    fn members_are_loaded_into_the_chosen_organization() {
        let s = state();
        let text = answer(
            &s,
            ImportTarget::Members(0),
            &[(
                "m.csv",
                "email,role,seat tier\nada@example.com,Owner,Premium\n",
            )],
        );
        let (s, batch) = started(s, ImportTarget::Members(0));
        let s = s.reduce(Action::DirImportDone(batch, text));
        let s = s.reduce(Action::ApplyImport(How::Replace));
        assert_eq!(s.doc.organizations[0].members.len(), 1);
        assert!(
            s.notices
                .iter()
                .any(|n| n.text.to_string().contains("Loaded 1 current member"))
        );
    }
}
