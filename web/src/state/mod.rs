//! The app's one state and its pure reducer. No web APIs here: storage, the URL and files are
//! read and written by effects in `ui/`, which dispatch [`Action`]s with what they found.
//!
//! The state holds data only. Long work (validating or opening a large setup, making the
//! demo, comparing modes) is done by jobs that the page's runner (`ui/work.rs`) does a slice
//! at a time between frames: the state says which task each lane should run
//! ([`AppState::task`]) and takes the jobs' [`Progress`] and results ([`Done`]).
//!
//! By concern: the setup, its validation and review (`doc.rs`), imports (`import.rs`), long
//! work (`work.rs`), notices (`notices.rs`) and the wizard's steps (`steps.rs`); the tests in
//! `tests.rs`.

mod doc;
mod import;
mod notices;
mod steps;
#[cfg(test)]
mod tests;
mod work;

use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use provplan_core::{InputError, Scenario, ScenarioDoc};
use yew::Reducible;

pub use doc::{Origin, upgrade};
pub use import::{DirImport, Import, Opening};
pub use notices::{Notice, NoticeKind};
pub use steps::{Step, errors_at, errors_within, field_id, path_candidates, step_of, within};
pub use work::{
    CHECK_SLICE, Checking, DemoProgress, Done, LARGE, Lane, OPEN_IN_SLICES, Opened, Phase,
    Progress, SLICE_MS, Task, next_slice, size_of,
};

use crate::edit::{self, Edit};
use crate::i18n::{Text, msg};
use crate::import::{How, Preview, Problem, Response, Target, WorkerFailure};
use crate::review::{ReviewRc, Shared};
use crate::text;

/// What the first render asks the effects to do once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Startup {
    /// Keep the unreadable saved text under another key, if a copy fits.
    pub keep_aside: bool,
    /// Remove the share fragment from the address bar.
    pub clear_fragment: bool,
    /// A share link's payload (checked: `share::check`), for the browser to decode and
    /// unpack; then it is opened ([`Action::Linked`]), a large one checked in slices first.
    pub shared: Option<Rc<str>>,
}

/// Everything the page shows. Equal states render the same: every field is compared, shared
/// values ([`Shared`]) by identity.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub doc: Shared<ScenarioDoc>,
    /// Bumped by every change of `doc`.
    pub revision: u64,
    /// Input errors of `doc` (empty when valid).
    pub errors: Shared<Vec<InputError>>,
    /// The last document that validated, and its revision.
    pub valid: Option<Shared<ScenarioDoc>>,
    pub valid_revision: u64,
    pub step: Step,
    pub notices: Vec<Notice>,
    next_notice: u64,
    /// The document the last load replaced.
    pub undo: Option<Shared<ScenarioDoc>>,
    pub import: Import,
    /// The share link, or why there is none.
    pub share: Option<Result<String, Text>>,
    /// An input error's field to focus after a jump.
    pub focus: Option<String>,
    pub startup: Startup,
    /// The saved text could not be read and is kept nowhere else: autosave leaves it as it is
    /// until the visitor downloads or discards it.
    pub held: bool,
    /// The validated scenario of `valid`.
    pub scenario: Option<Shared<Scenario>>,
    /// The review shown, and the `valid_revision` it is of.
    pub review: Option<ReviewRc>,
    pub reviewed: u64,
    /// `doc` is larger than [`LARGE`].
    pub large: bool,
    /// A field holds typing not yet applied (large setups apply it after a pause).
    pub typing: bool,
    /// Loading the large demo.
    pub demo: Option<DemoProgress>,
    pub dir_import: DirImport,
    /// A large `doc` not validated yet.
    pub checking: Option<Checking>,
    /// `doc` is this bundled example, unedited (the review says it is an example).
    pub example: Option<&'static str>,
}

#[allow(
    clippy::large_enum_variant,
    reason = "an action is moved once, into the reducer (and is smaller on wasm32, where the lint stays quiet): a box would only add an allocation"
)]
pub enum Action {
    Edit(Edit),
    Load(ScenarioDoc, Origin),
    Undo,
    GoTo(Step),
    /// Jump to the field of an input error.
    GoToField(String),
    Focused,
    ImportStarted(String, FileReader),
    /// A scenario file is read (a small one, opened at once), or why it could not be.
    ImportRead(String, Result<String, Text>),
    /// A large scenario file (its name and bytes) is being opened by the job of this serial.
    Opening(u64, String, usize),
    /// A large shared setup (of this work) is being checked by the job of this serial.
    OpeningShared(u64, usize),
    ImportFailed(String, Text),
    ImportAnyway,
    DismissImport,
    Notify(NoticeKind, Text),
    /// Its condition no longer holds: the notices with these texts go.
    Withdraw(Vec<Text>),
    Dismiss(u64),
    Share(Result<String, Text>),
    CloseShare,
    StartupDone,
    /// The unreadable saved text is kept under this other key.
    KeptAside(String),
    /// The visitor downloaded or discarded the unreadable saved text: autosave may overwrite it.
    Release,
    /// Make the generated demo of this many users (in the worker, then read as a job), then
    /// load it.
    LoadDemo(u32),
    /// A share link's setup, unpacked and read (or why not): opened unless it breaks rules.
    Linked(Result<ScenarioDoc, Vec<Text>>),
    /// The worker could not make the demo of this many users: why.
    DemoFailed(u32, Text),
    /// A field has typing not yet applied (or no longer).
    Typing(bool),
    /// A job has done a slice.
    Progress(Progress),
    /// A job is done.
    Done(Done),
    /// An import has started: its batch, target and the browser's handle on it.
    DirImportStarted(u64, Target, Rc<dyn core::any::Any>),
    /// The importer's response to a batch, or why there is none the page can use.
    DirImportDone(u64, Result<Response, WorkerFailure>),
    /// An import that cannot even start (too many or too large files, no worker).
    DirImportRefused(Target, Vec<Problem>),
    /// Apply the previewed import.
    ApplyImport(How),
    /// Import the good rows of the previewed files, leaving the bad ones out.
    SkipBadRows,
    CancelImport,
}

impl AppState {
    pub fn new(doc: ScenarioDoc) -> AppState {
        let mut s = AppState {
            doc: Shared(Rc::new(ScenarioDoc::default())),
            revision: 0,
            errors: Shared(Rc::new(Vec::new())),
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
            held: false,
            scenario: None,
            review: None,
            reviewed: 0,
            large: false,
            typing: false,
            demo: None,
            dir_import: DirImport::default(),
            checking: None,
            example: None,
        };
        s.set_doc(doc, true);
        s
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
            Action::Undo => s.undo(),
            Action::GoTo(step) => s.step = step,
            Action::GoToField(path) => {
                s.step = step_of(&path);
                s.focus = Some(path);
            }
            Action::Focused => s.focus = None,
            Action::ImportStarted(file, reader) => {
                s.import = Import {
                    reading: Some(Shared(Rc::new(reader))),
                    file: Some(file),
                    ..Import::default()
                };
            }
            Action::ImportRead(file, result) => s.import_read(file, result),
            Action::Opening(serial, file, bytes) => s.opening(serial, file, bytes),
            Action::OpeningShared(serial, work) => s.opening_shared(serial, work),
            Action::ImportFailed(file, reason) => s.import_failed(file, reason),
            Action::ImportAnyway => {
                if let (Some((doc, upgraded)), Some(file)) =
                    (s.import.rejected.take(), s.import.file.clone())
                {
                    s.load_checked((*doc).clone(), None, &Origin::File(file), upgraded);
                }
            }
            Action::DismissImport => s.import = Import::default(),
            Action::Notify(kind, text) => s.notify(kind, text),
            Action::Withdraw(texts) => s.notices.retain(|n| !texts.contains(&n.text)),
            Action::Dismiss(id) => s.notices.retain(|n| n.id != id),
            Action::Share(result) => s.share = Some(result),
            Action::CloseShare => s.share = None,
            Action::StartupDone => s.startup = Startup::default(),
            Action::KeptAside(key) => {
                s.held = false;
                s.notify(
                    NoticeKind::Warning,
                    crate::i18n::msg::storage_unreadable(key),
                );
            }
            Action::Release => s.held = false,
            Action::LoadDemo(users) => {
                s.demo = Some(DemoProgress {
                    users,
                    phase: Phase::Generating,
                    made: 0,
                });
            }
            Action::Linked(read) => s.open_link(read),
            Action::DemoFailed(users, why) => {
                if s.task(Lane::Demo) != Some(Task::Demo(users)) {
                    return self;
                }
                s.demo = None;
                s.notify(NoticeKind::Error, msg::demo_failed(why));
            }
            Action::Typing(on) => {
                if s.typing == on {
                    return self;
                }
                s.typing = on;
            }
            Action::Progress(progress) => {
                if !s.progressed(progress) {
                    return self;
                }
            }
            Action::Done(done) => {
                if !s.finished(done) {
                    return self;
                }
            }
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
            Action::SkipBadRows => s.skip_bad_rows(),
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
