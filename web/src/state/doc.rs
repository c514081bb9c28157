//! The setup being planned: the document, its validation and its review, loads and Undo.
//!
//! A small setup is validated, evaluated and compared with every change, here. A large one
//! ([`LARGE`]) is left to the page's jobs: validated in slices, then evaluated, then compared
//! once a step shows the comparison, each once the change is painted (so that typing and
//! clicks answer at once, with an "updating…" state, and no task holds the page for long);
//! their results come back through [`AppState::finished`].

use std::rc::Rc;

use provplan_core::catalog::Version;
use provplan_core::sliced::Sliced;
use provplan_core::{InputErrors, Scenario, ScenarioDoc};

use super::work::{Checking, LARGE, Phase, size_of};
use super::{AppState, NoticeKind};
use crate::i18n::{K, Text, msg};
use crate::review::{Comparing, Review, Shared};
use crate::text;

/// Brings a document of an older format version to the newest, with the same meaning
/// (CONTRACT.md §1.1), before it is validated: the app edits, saves, exports and shares the
/// newest only. The notice that says so, when anything changed; a version the planner does
/// not know is left as it is, for validation to refuse.
pub fn upgrade(doc: &mut ScenarioDoc) -> Option<Text> {
    let from = doc.version;
    let known = Version::from_number(from).is_some();
    (known && doc.upgrade()).then(|| msg::format_upgraded(from, doc.version))
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

impl AppState {
    /// Replaces the document and validates it (a large one in slices, by a job). `fresh`: a
    /// new scenario, so an older valid evaluation must not stand in for it.
    pub(super) fn set_doc(&mut self, doc: ScenarioDoc, fresh: bool) {
        self.set_doc_checked(doc, fresh, None);
    }

    /// [`AppState::set_doc`], with the document's scenario when it is validated already.
    fn set_doc_checked(&mut self, doc: ScenarioDoc, fresh: bool, scenario: Option<Scenario>) {
        self.revision += 1;
        self.large = size_of(&doc) > LARGE;
        self.example = if self.large {
            None
        } else {
            crate::examples::which(&doc)
        };
        self.doc = Shared(Rc::new(doc));
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
            progress: (0, size_of(&self.doc)),
        });
        if fresh {
            // Nothing of the previous scenario stands while the new one is checked.
            self.errors = Shared(Rc::new(Vec::new()));
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
    pub(super) fn checked(&mut self, result: Result<Scenario, InputErrors>, fresh: bool) {
        match result {
            Ok(sc) => {
                self.errors = Shared(Rc::new(Vec::new()));
                self.valid = Some(self.doc.clone());
                self.valid_revision = self.revision;
                self.scenario = Some(Shared(Rc::new(sc)));
                if !self.large {
                    self.evaluate();
                    self.compare();
                }
            }
            Err(errors) => {
                self.errors = Shared(Rc::new(errors.0));
                if fresh {
                    self.forget_valid();
                    self.valid_revision = self.revision;
                    self.reviewed = self.revision;
                }
            }
        }
        if let Some(d) = &mut self.demo {
            d.phase = Phase::Evaluating;
            if !self.evaluating() {
                self.demo = None;
            }
        }
    }

    /// Reviews the valid setup, at once (a small one).
    fn evaluate(&mut self) {
        if let Some(sc) = &self.scenario {
            let review = Review::of(sc.0.clone());
            self.reviewed(self.valid_revision, review);
        }
    }

    /// `review` is of the valid setup of revision `rev`.
    pub(super) fn reviewed(&mut self, rev: u64, review: Review) {
        self.review = Some(Shared(Rc::new(review)));
        self.reviewed = rev;
        if !self.evaluating() {
            self.demo = None;
        }
    }

    /// Adds the mode comparison to the review, at once (a small setup's).
    fn compare(&mut self) {
        if let Some(r) = self.review.as_ref().filter(|r| !r.compared) {
            self.review = Some(Shared(Comparing::new(r.0.clone()).run()));
        }
    }

    /// The valid setup has changed and is not reviewed yet.
    pub fn evaluating(&self) -> bool {
        self.scenario.is_some() && self.reviewed != self.valid_revision
    }

    /// The review has no mode comparison yet.
    pub fn comparing(&self) -> bool {
        self.review.as_ref().is_some_and(|r| !r.compared)
    }

    /// Whether the document breaks no rule.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
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

    /// Loads a document in place of the current one, which can be had back with Undo.
    pub fn load(&mut self, mut doc: ScenarioDoc, origin: &Origin) {
        let upgraded = upgrade(&mut doc);
        self.load_checked(doc, None, origin, upgraded);
    }

    /// [`AppState::load`] of a document already upgraded ([`upgrade`], with its notice), with
    /// its scenario when it is validated already.
    pub(crate) fn load_checked(
        &mut self,
        doc: ScenarioDoc,
        scenario: Option<Scenario>,
        origin: &Origin,
        upgraded: Option<Text>,
    ) {
        let previous = self.doc.clone();
        self.set_doc_checked(doc, true, scenario);
        self.import = super::Import::default();
        self.dir_import = super::DirImport {
            batch: self.dir_import.batch + 1,
            ..super::DirImport::default()
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
        // Said of the visitor's own setups, not of the planner's examples and demo.
        if let (Some(note), Origin::File(_) | Origin::Shared) = (upgraded, origin) {
            self.notify(NoticeKind::Info, note);
        }
    }

    /// Brings back the document the last load replaced.
    pub(super) fn undo(&mut self) {
        if let Some(previous) = self.undo.take() {
            self.set_doc((*previous).clone(), true);
            // The notices of the load, its format upgrade's too, no longer hold.
            let upgrade = |t: &Text| matches!(t, Text::Msg(K::FormatUpgraded, _));
            self.notices.retain(|n| !n.undo && !upgrade(&n.text));
            self.notify(NoticeKind::Info, msg::undone());
        }
    }
}
