//! The page's one runner of long work. It owns the jobs ([`crate::jobs`]), one per lane, and
//! does each a slice at a time once the browser has painted, each slice sized by how long the
//! last one took; it dispatches only their progress and results. It follows the state: a
//! lane whose task changes (a newer revision, another file, a step that no longer shows the
//! comparison) drops its job, and starts the new task's.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::Store;
use crate::browser;
use crate::import::WorkerFailure;
use crate::jobs::{Job, Running};
use crate::state::{Action, AppState, Lane, SLICE_MS, Task};

/// The runner of a planner (given to what starts a job of its own); equal when it is the same
/// one.
#[derive(Clone)]
pub struct Runner(Rc<Inner>);

impl PartialEq for Runner {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Inner {
    dispatcher: UseReducerDispatcher<AppState>,
    lanes: RefCell<Lanes>,
    /// The serial of the last file opened.
    files: Cell<u64>,
}

#[derive(Default)]
struct Lanes {
    setup: Slot,
    file: Slot,
    demo: Slot,
}

impl Lanes {
    fn slot(&mut self, lane: Lane) -> &mut Slot {
        match lane {
            Lane::Setup => &mut self.setup,
            Lane::File => &mut self.file,
            Lane::Demo => &mut self.demo,
        }
    }
}

/// A lane's job, and whether its next slice is scheduled; or the task a worker does for it.
#[derive(Default)]
struct Slot {
    running: Option<Running>,
    scheduled: bool,
    worker: Option<(Task, browser::ImportJob)>,
}

impl Slot {
    fn task(&self) -> Option<Task> {
        (self.running.as_ref().map(Running::task)).or(self.worker.as_ref().map(|w| w.0))
    }
}

/// The runner of a planner, following its state.
#[hook]
pub fn use_runner(store: &Store) -> Runner {
    let runner = {
        let dispatcher = store.dispatcher();
        (*use_memo((), move |_| {
            Runner(Rc::new(Inner {
                dispatcher,
                lanes: RefCell::default(),
                files: Cell::new(0),
            }))
        }))
        .clone()
    };
    let tasks = Lane::ALL.map(|lane| store.task(lane));
    {
        let runner = runner.clone();
        let store = store.clone();
        use_effect_with(tasks, move |_| runner.follow(&store));
    }
    runner
}

impl Runner {
    /// Opens a large scenario file in slices, as a file of its own: its progress and result
    /// for no other.
    pub fn open(&self, file: String, text: String) {
        let serial = self.0.files.get() + 1;
        self.0.files.set(serial);
        let bytes = text.len();
        self.start(Job::open(serial, text));
        self.0
            .dispatcher
            .dispatch(Action::Opening(serial, file, bytes));
    }

    /// Checks a large shared setup in slices, as a file of its own; it is opened if valid.
    pub fn open_shared(&self, doc: Rc<provplan_core::ScenarioDoc>) {
        let serial = self.0.files.get() + 1;
        self.0.files.set(serial);
        let doc = Rc::unwrap_or_clone(doc);
        let work = crate::state::size_of(&doc);
        self.start(Job::open_doc(serial, doc));
        self.0
            .dispatcher
            .dispatch(Action::OpeningShared(serial, work));
    }

    /// Runs the task each lane of `state` asks for: a job that is no longer asked for is
    /// dropped, a task not under way is started.
    fn follow(&self, state: &AppState) {
        for lane in Lane::ALL {
            let wanted = state.task(lane);
            let running = {
                let mut lanes = self.0.lanes.borrow_mut();
                let slot = lanes.slot(lane);
                let task = slot.task();
                if task.is_some() && task != wanted {
                    slot.running = None;
                    slot.worker = None;
                }
                task
            };
            if running != wanted {
                match wanted {
                    Some(Task::Demo(users)) => self.make_demo(users),
                    Some(task) => {
                        if let Some(job) = Job::of(state, task) {
                            self.start(job);
                        }
                    }
                    None => {}
                }
            }
        }
    }

    /// Makes the generated demo in the importer's worker (the generator is not part of the
    /// page's module), then reads its scenario in slices.
    fn make_demo(&self, users: u32) {
        let runner = self.clone();
        match browser::demo_in_worker(users, move |made| runner.demo_made(users, made)) {
            Ok(job) => self.0.lanes.borrow_mut().demo.worker = Some((Task::Demo(users), job)),
            Err(why) => self.0.dispatcher.dispatch(Action::DemoFailed(
                users,
                WorkerFailure::Stopped(why).text(),
            )),
        }
    }

    /// The worker's answer for the demo of `users`, if that demo is still asked for.
    fn demo_made(&self, users: u32, made: Result<String, WorkerFailure>) {
        let worker = self.0.lanes.borrow_mut().demo.worker.take();
        if worker.as_ref().map(|w| w.0) != Some(Task::Demo(users)) {
            return;
        }
        match made {
            Ok(text) => self.start(Job::demo(users, text)),
            Err(failure) => self
                .0
                .dispatcher
                .dispatch(Action::DemoFailed(users, failure.text())),
        }
    }

    /// Runs `job` in its lane, in place of the one there.
    fn start(&self, job: Job) {
        let lane = job.task().lane();
        self.0.lanes.borrow_mut().slot(lane).running = Some(Running::new(job));
        self.schedule(lane);
    }

    /// Does the next slice of `lane` once the browser has painted, unless it is scheduled.
    fn schedule(&self, lane: Lane) {
        {
            let mut lanes = self.0.lanes.borrow_mut();
            let slot = lanes.slot(lane);
            if slot.scheduled || slot.running.is_none() {
                return;
            }
            slot.scheduled = true;
        }
        let runner = self.clone();
        browser::after_paint(move || runner.slice(lane));
    }

    /// Does a slice of the job of `lane`, then dispatches its progress or result (which may
    /// start or drop jobs: nothing is borrowed meanwhile). The next slice is sized by how long
    /// both took: the render of the progress counts.
    fn slice(&self, lane: Lane) {
        let running = {
            let mut lanes = self.0.lanes.borrow_mut();
            let slot = lanes.slot(lane);
            slot.scheduled = false;
            slot.running.take()
        };
        let Some(running) = running else { return };
        let task = running.task();
        let t0 = browser::now_ms();
        let (next, action) = running.slice();
        let long = browser::now_ms() - t0 > SLICE_MS;
        let done = next.is_none();
        if let Some(next) = next {
            self.0.lanes.borrow_mut().slot(lane).running = Some(next);
            self.schedule(lane);
        }
        match action {
            // A result after a long slice (an evaluation is one) is given in a task of its
            // own: the work and the render of its result would add up to one long task.
            Some(action) if done && long => {
                let dispatcher = self.0.dispatcher.clone();
                browser::after(0, move || dispatcher.dispatch(action));
            }
            Some(action) => self.0.dispatcher.dispatch(action),
            None => {}
        }
        let took = browser::now_ms() - t0;
        let mut lanes = self.0.lanes.borrow_mut();
        if let Some(r) = lanes
            .slot(lane)
            .running
            .as_mut()
            .filter(|r| r.task() == task)
        {
            r.took(took);
        }
    }
}
