//! The page's long work, each of the engine's one shape of sliced work ([`Sliced`]): reading
//! and validating a large scenario file, validating a large setup, evaluating it, comparing its
//! modes, reading the generated demo (made in the importer's worker). A [`Job`] is made from the state's data for the task it
//! asks for ([`Job::of`]; a file's from its text), does its slices, and gives the state only
//! [`Progress`] and, at the end, [`Done`]. [`Running`] sizes its slices by time. No web APIs:
//! the runner in `ui/work.rs` schedules the slices between frames.

use std::rc::Rc;

use provplan_core::doc::Reading;
use provplan_core::scenario::Validation;
use provplan_core::sliced::{Slice, Sliced};
use provplan_core::{Scenario, ScenarioDoc};

use crate::i18n::Text;
use crate::review::{Comparing, Review, Shared};
use crate::state::{Action, AppState, CHECK_SLICE, Done, Opened, Progress, Task, next_slice};

/// Users and members read in the first slice of reading a scenario's JSON: reading costs
/// more per user than validating (10,000 took about 100 ms in a browser).
const READ_SLICE: usize = 2_000;

/// Work a page does in slices, for one [`Task`].
#[allow(
    clippy::large_enum_variant,
    reason = "moved once per slice, a few hundred bytes a few times a second: a box would only add an allocation"
)]
pub enum Job {
    /// Validating the large document of a revision.
    Check(u64, Validation<Rc<ScenarioDoc>>),
    /// Opening the large scenario file of a serial.
    Open(u64, Opening),
    /// Evaluating the valid setup of a revision: one slice.
    Evaluate(u64, Rc<Scenario>),
    /// Comparing the modes for the review of a revision.
    Compare(u64, Comparing),
    /// Reading the generated demo of a number of users, once the worker has made it.
    Demo(u32, Reading),
}

/// A large scenario file being opened: its JSON read, then its document (upgraded to the
/// newest format, with the notice that says so) validated.
#[allow(
    clippy::large_enum_variant,
    reason = "moved once per slice, a few hundred bytes a few times a second: a box would only add an allocation"
)]
pub enum Opening {
    Reading(Reading),
    Validating(Validation<ScenarioDoc>, Option<Text>),
}

impl Opening {
    /// Validating `doc`, upgraded first ([`crate::state::upgrade`]).
    fn validating(mut doc: ScenarioDoc) -> Opening {
        let upgraded = crate::state::upgrade(&mut doc);
        Opening::Validating(Validation::new(doc), upgraded)
    }
}

impl Job {
    /// The job for `task`, made from the state's data, if the state still asks for it. A
    /// file's job is made from its text ([`Job::open`]), which the state does not keep.
    pub fn of(state: &AppState, task: Task) -> Option<Job> {
        if state.task(task.lane()) != Some(task) {
            return None;
        }
        match task {
            Task::Check(rev) => Some(Job::Check(rev, Validation::new(state.doc.0.clone()))),
            Task::Evaluate(rev) => {
                let sc = state.scenario.as_ref()?;
                Some(Job::Evaluate(rev, sc.0.clone()))
            }
            Task::Compare(rev) => {
                let review = state.review.as_ref()?;
                Some(Job::Compare(rev, Comparing::new(review.0.clone())))
            }
            Task::Open(_) | Task::Demo(_) => None,
        }
    }

    /// Opening the scenario file `text` as the file of `serial`.
    pub fn open(serial: u64, text: String) -> Job {
        Job::Open(serial, Opening::Reading(Reading::new(text)))
    }

    /// Reading the scenario of the generated demo of `users` users, made by the worker.
    pub fn demo(users: u32, text: String) -> Job {
        Job::Demo(users, Reading::new(text))
    }

    /// Checking the document `doc`, already read, as the file of `serial` (a shared setup).
    pub fn open_doc(serial: u64, doc: ScenarioDoc) -> Job {
        Job::Open(serial, Opening::validating(doc))
    }

    pub fn task(&self) -> Task {
        match self {
            Job::Check(rev, _) => Task::Check(*rev),
            Job::Open(serial, _) => Task::Open(*serial),
            Job::Evaluate(rev, _) => Task::Evaluate(*rev),
            Job::Compare(rev, _) => Task::Compare(*rev),
            Job::Demo(users, _) => Task::Demo(*users),
        }
    }

    /// The work of the first slice of the job, or of its stage.
    fn first_slice(&self) -> usize {
        match self {
            Job::Evaluate(..) => 1,
            Job::Open(_, Opening::Reading(_)) | Job::Demo(..) => READ_SLICE,
            Job::Check(..) | Job::Open(..) | Job::Compare(..) => CHECK_SLICE,
        }
    }

    /// Reading and validating a file differ in cost: each starts from the first slice.
    fn validating(&self) -> bool {
        matches!(self, Job::Open(_, Opening::Validating(..)))
    }

    /// The progress to show after a slice (none for an evaluation: done in one).
    pub fn report(&self) -> Option<Progress> {
        Some(match self {
            Job::Check(rev, v) => Progress::Checking(*rev, v.progress()),
            Job::Open(serial, o) => Progress::Opening(*serial, self.validating(), o.progress()),
            Job::Compare(rev, c) => Progress::Comparing(*rev, Shared(c.review().clone())),
            Job::Demo(users, r) => Progress::Generating(*users, r.progress()),
            Job::Evaluate(..) => return None,
        })
    }
}

impl Sliced for Job {
    type Output = Done;

    fn step(self, work: usize) -> Slice<Self, Done> {
        match self {
            Job::Check(rev, v) => match v.step(work) {
                Slice::Pending(v) => Slice::Pending(Job::Check(rev, v)),
                Slice::Done((_, result)) => Slice::Done(Done::Checked(rev, result)),
            },
            Job::Open(serial, o) => match o.step(work) {
                Slice::Pending(o) => Slice::Pending(Job::Open(serial, o)),
                Slice::Done(result) => Slice::Done(Done::Opened(serial, result)),
            },
            Job::Evaluate(rev, sc) => Slice::Done(Done::Reviewed(rev, Review::of(sc))),
            Job::Compare(rev, c) => match c.step(work) {
                Slice::Pending(c) => Slice::Pending(Job::Compare(rev, c)),
                Slice::Done(review) => Slice::Done(Done::Compared(rev, review)),
            },
            Job::Demo(users, r) => match r.step(work) {
                Slice::Pending(r) => Slice::Pending(Job::Demo(users, r)),
                Slice::Done(doc) => Slice::Done(Done::Generated(users, doc)),
            },
        }
    }

    fn progress(&self) -> (usize, usize) {
        match self {
            Job::Check(_, v) => v.progress(),
            Job::Open(_, o) => o.progress(),
            Job::Evaluate(..) => (0, 1),
            Job::Compare(_, c) => c.progress(),
            Job::Demo(_, r) => r.progress(),
        }
    }
}

impl Sliced for Opening {
    type Output = Opened;

    fn step(self, work: usize) -> Slice<Self, Self::Output> {
        match self {
            Opening::Reading(r) => match r.step(work) {
                Slice::Pending(r) => Slice::Pending(Opening::Reading(r)),
                Slice::Done(Ok(doc)) => Slice::Pending(Opening::validating(doc)),
                Slice::Done(Err(errors)) => Slice::Done(Err(errors)),
            },
            Opening::Validating(v, upgraded) => match v.step(work) {
                Slice::Pending(v) => Slice::Pending(Opening::Validating(v, upgraded)),
                Slice::Done((doc, checked)) => Slice::Done(Ok((doc, upgraded, checked))),
            },
        }
    }

    /// Bytes read, then users and members validated; and in all.
    fn progress(&self) -> (usize, usize) {
        match self {
            Opening::Reading(r) => r.progress(),
            Opening::Validating(v, _) => v.progress(),
        }
    }
}

/// A job under way and the work of its next slice, sized by how long the last one took.
pub struct Running {
    job: Job,
    work: usize,
    /// The work of the last slice, until its time is known ([`Running::took`]); none once a
    /// stage starts afresh.
    last: Option<usize>,
}

impl Running {
    pub fn new(job: Job) -> Running {
        let work = job.first_slice();
        Running {
            job,
            work,
            last: None,
        }
    }

    pub fn task(&self) -> Task {
        self.job.task()
    }

    /// Does one slice: the job to go on with, and the action that says how far it came or
    /// what it gave.
    pub fn slice(self) -> (Option<Running>, Option<Action>) {
        let Running { job, work, .. } = self;
        let validating = job.validating();
        match job.step(work) {
            Slice::Pending(job) => {
                let report = job.report().map(Action::Progress);
                let next = if job.validating() == validating {
                    Running {
                        job,
                        work,
                        last: Some(work),
                    }
                } else {
                    Running::new(job)
                };
                (Some(next), report)
            }
            Slice::Done(done) => (None, Some(Action::Done(done))),
        }
    }

    /// The last slice took `ms`, with the render of its progress: the next is sized by it
    /// ([`next_slice`]).
    pub fn took(&mut self, ms: f64) {
        if let Some(last) = self.last.take() {
            self.work = next_slice(last, ms);
        }
    }
}
