//! Long work as the state sees it: what is under way, its progress and its result. The work
//! itself is done elsewhere, by jobs of the engine's one shape ([`provplan_core::sliced`],
//! `crate::jobs`) that the page's runner (`ui/work.rs`) does a slice at a time between frames;
//! the state only says which [`Task`] each [`Lane`] should run, and takes [`Progress`] and
//! [`Done`] from them.

use std::rc::Rc;

use provplan_core::{InputErrors, Scenario, ScenarioDoc};

use super::{AppState, NoticeKind, Origin, Step};
use crate::i18n::{Text, msg};
use crate::review::{Review, ReviewRc, Shared};

/// Setups of more work than this ([`size_of`]: about 5,000 users with a group each) are
/// validated in slices and evaluated after a pause.
pub const LARGE: usize = 10_000;

/// Users and members validated or read in the first slice of a job (about 5 ms natively); the
/// page then sizes each slice by how long the last one took ([`next_slice`]).
pub const CHECK_SLICE: usize = 10_000;

/// A scenario file longer than this (in bytes) is opened in slices: read, then validated, a
/// slice per task. About 2,000 users.
pub const OPEN_IN_SLICES: usize = 1 << 20;

/// How long a slice of work should take, in milliseconds: well under the 50 ms after which a
/// task holds up the page, with room for the render that follows.
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

/// The work of a setup ([`ScenarioDoc::work`]): users and their groups, members, and the
/// group names each organization maps. A setup of few users that maps thousands of groups is
/// large too.
pub fn size_of(doc: &ScenarioDoc) -> usize {
    doc.work()
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
pub struct DemoProgress {
    pub users: u32,
    pub phase: Phase,
    pub made: u32,
}

/// A large document being validated, a slice at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checking {
    /// The revision being validated.
    pub revision: u64,
    /// A new scenario (see [`AppState::set_doc`]).
    pub(super) fresh: bool,
    /// Users and members validated, and in all.
    pub progress: (usize, usize),
}

/// The page runs one job at a time in each lane; a new task in a lane supersedes the old.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// The setup shown: validated, evaluated, its modes compared.
    Setup,
    /// A large scenario file being opened.
    File,
    /// The generated demo being made.
    Demo,
}

impl Lane {
    pub const ALL: [Lane; 3] = [Lane::Setup, Lane::File, Lane::Demo];
}

/// A job and what it is of: the same task is the same job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// Validating the large document of this revision.
    Check(u64),
    /// Evaluating the valid setup of this revision.
    Evaluate(u64),
    /// Comparing the modes for the review of this revision.
    Compare(u64),
    /// Opening the large scenario file of this serial.
    Open(u64),
    /// Making the generated demo of this many users.
    Demo(u32),
}

impl Task {
    pub fn lane(self) -> Lane {
        match self {
            Task::Check(_) | Task::Evaluate(_) | Task::Compare(_) => Lane::Setup,
            Task::Open(_) => Lane::File,
            Task::Demo(_) => Lane::Demo,
        }
    }
}

/// How far a job has come, after a slice.
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// Users and members of the large setup of this revision validated, and in all.
    Checking(u64, (usize, usize)),
    /// The large file of this serial: bytes read, or (once `true`: validating) users and
    /// members validated; and in all.
    Opening(u64, bool, (usize, usize)),
    /// The scenario of the demo of this many users (made by the worker): bytes read, and in
    /// all.
    Generating(u32, (usize, usize)),
    /// The review of this revision, with the rows of the mode comparison made so far.
    Comparing(u64, ReviewRc),
}

/// A scenario file or shared setup read, upgraded to the newest format (with the notice that
/// says so: [`super::upgrade`]) and validated; or why it could not be read.
pub type Opened = Result<(ScenarioDoc, Option<Text>, Result<Scenario, InputErrors>), InputErrors>;

/// What a job gives when it is done.
pub enum Done {
    /// The large document of this revision is validated.
    Checked(u64, Result<Scenario, InputErrors>),
    /// The large file of this serial is read (and its document validated), or why not.
    Opened(u64, Opened),
    /// The demo of this many users is made and read (it cannot fail to read, as the planner
    /// wrote it; if it did, its input errors are shown like a file's).
    Generated(u32, Result<ScenarioDoc, InputErrors>),
    /// The review of the valid setup of this revision.
    Reviewed(u64, Review),
    /// The review of this revision with its mode comparison.
    Compared(u64, Rc<Review>),
}

impl AppState {
    /// The task `lane` should run now, if any: the setup is validated, then evaluated, then
    /// its modes are compared once a step shows them.
    pub fn task(&self, lane: Lane) -> Option<Task> {
        match lane {
            Lane::Setup => {
                if let Some(c) = &self.checking {
                    Some(Task::Check(c.revision))
                } else if self.evaluating() {
                    Some(Task::Evaluate(self.valid_revision))
                } else if self.comparing() && matches!(self.step, Step::Review | Step::Modes) {
                    Some(Task::Compare(self.reviewed))
                } else {
                    None
                }
            }
            Lane::File => self.import.opening.map(|o| Task::Open(o.serial)),
            Lane::Demo => self
                .demo
                .filter(|d| d.phase == Phase::Generating)
                .map(|d| Task::Demo(d.users)),
        }
    }

    /// Takes a job's progress; whether it is of the work under way.
    pub(super) fn progressed(&mut self, progress: Progress) -> bool {
        match progress {
            Progress::Checking(rev, done) => match &mut self.checking {
                Some(c) if c.revision == rev => c.progress = done,
                _ => return false,
            },
            Progress::Opening(serial, validating, done) => match &mut self.import.opening {
                Some(o) if o.serial == serial => (o.validating, o.progress) = (validating, done),
                _ => return false,
            },
            Progress::Generating(users, (read, all)) => match &mut self.demo {
                Some(d) if d.users == users && d.phase == Phase::Generating => {
                    // Users read, counted by the bytes read of the whole text.
                    let made = u64::from(users) * read as u64 / all.max(1) as u64;
                    d.made = u32::try_from(made).unwrap_or(users);
                }
                _ => return false,
            },
            Progress::Comparing(rev, review) => {
                if rev != self.reviewed || self.review.is_none() {
                    return false;
                }
                self.review = Some(review);
            }
        }
        true
    }

    /// Takes a job's result; whether it is of the work under way (a result for an older
    /// revision, file or demo changes nothing).
    pub(super) fn finished(&mut self, done: Done) -> bool {
        match done {
            Done::Checked(rev, result) => {
                let Some(c) = self.checking.filter(|c| c.revision == rev) else {
                    return false;
                };
                self.checking = None;
                self.checked(result, c.fresh);
            }
            Done::Opened(serial, result) => {
                let Some(opening) = self.import.opening.filter(|o| o.serial == serial) else {
                    return false;
                };
                if opening.shared {
                    self.opened_shared(result);
                } else {
                    let file = self.import.file.take().unwrap_or_default();
                    self.opened(file, result);
                }
            }
            Done::Generated(users, read) => {
                if self.task(Lane::Demo) != Some(Task::Demo(users)) {
                    return false;
                }
                let doc = match read {
                    Ok(doc) => doc,
                    Err(errors) => {
                        self.demo = None;
                        self.notify(
                            NoticeKind::Error,
                            msg::demo_failed(Text::raw(errors.to_string())),
                        );
                        return true;
                    }
                };
                self.demo = Some(DemoProgress {
                    users,
                    phase: Phase::Checking,
                    made: users,
                });
                self.load(doc, &Origin::Demo(users));
            }
            Done::Reviewed(rev, review) => {
                if rev != self.valid_revision || self.reviewed == rev {
                    return false;
                }
                self.reviewed(rev, review);
            }
            Done::Compared(rev, review) => {
                if rev != self.reviewed || self.review.is_none() {
                    return false;
                }
                self.review = Some(Shared(review));
            }
        }
        true
    }
}
