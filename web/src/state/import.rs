//! Imports: a scenario file opened in place of the setup (a large one in slices, by a job),
//! and directory exports read by the importer's worker into a preview, then applied.

use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use provplan_core::{Scenario, ScenarioDoc};

use super::{AppState, NoticeKind, Opened, Origin};
use crate::i18n::{Text, msg};
use crate::import::{self, How, Outcome, Preview, Problem, Response, Target, WorkerFailure};
use crate::review::Shared;
use crate::text;

/// A scenario file being read or opened, or why it could not be.
#[derive(Clone, Default, PartialEq)]
pub struct Import {
    /// The reader of the file being read; dropping it cancels the read.
    pub reading: Option<Shared<FileReader>>,
    /// A large scenario file read, being opened a slice at a time.
    pub opening: Option<Opening>,
    pub file: Option<String>,
    pub errors: Vec<Text>,
    /// A file that reads as a scenario but breaks rules: it may be opened anyway (upgraded,
    /// with the notice of its upgrade).
    pub rejected: Option<(Shared<ScenarioDoc>, Option<Text>)>,
}

/// A large scenario file being opened by a job: its JSON read, then the document validated.
/// Nothing changes until it is opened; a file with errors is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opening {
    /// The job's (each file opened has its own); progress or a result of another does nothing.
    pub serial: u64,
    /// Validating (else reading).
    pub validating: bool,
    /// Bytes read, or users and members validated; and in all.
    pub progress: (usize, usize),
    /// A shared setup (a link), not a file: already read, and refused with notices.
    pub shared: bool,
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

impl PartialEq for DirImport {
    /// The same import, in the same state: handles and previews compared by identity. Every
    /// field is named, so that a new one is not forgotten here.
    fn eq(&self, other: &Self) -> bool {
        let DirImport {
            batch,
            target,
            job,
            preview,
        } = self;
        *batch == other.batch
            && *target == other.target
            && same(job, &other.job)
            && same(preview, &other.preview)
    }
}

/// Both none, or the same value.
fn same<T: ?Sized>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (a, b) => a.is_none() && b.is_none(),
    }
}

impl AppState {
    /// A scenario file is read: a small one is opened (or its errors shown), at once.
    pub(super) fn import_read(&mut self, file: String, result: Result<String, Text>) {
        self.import.reading = None;
        match result {
            Ok(t) => {
                let opened = ScenarioDoc::from_json_str(&t).map(|mut doc| {
                    let upgraded = super::upgrade(&mut doc);
                    let checked = Scenario::from_doc(&doc);
                    (doc, upgraded, checked)
                });
                self.opened(file, opened);
            }
            Err(e) => self.import_failed(file, e),
        }
    }

    /// A large scenario file of `bytes` is being opened by the job of `serial`.
    pub(super) fn opening(&mut self, serial: u64, file: String, bytes: usize) {
        self.import = Import {
            file: Some(file),
            opening: Some(Opening {
                serial,
                validating: false,
                progress: (0, bytes),
                shared: false,
            }),
            ..Import::default()
        };
    }

    /// A large shared setup of `work` is being checked by the job of `serial`.
    pub(super) fn opening_shared(&mut self, serial: u64, work: usize) {
        self.import = Import {
            opening: Some(Opening {
                serial,
                validating: true,
                progress: (0, work),
                shared: true,
            }),
            ..Import::default()
        };
    }

    /// A shared setup cannot be opened, for these reasons; what was open stays.
    pub(crate) fn share_refused(&mut self, reasons: Vec<Text>) {
        for reason in reasons {
            self.notify(NoticeKind::Error, msg::share_invalid(reason));
        }
    }

    /// A share link's setup, unpacked and read (a large one is checked in slices by the page's
    /// runner first, as a large file is: [`AppState::opened_shared`]): upgraded and opened, or
    /// refused with its reasons.
    pub(crate) fn open_link(&mut self, read: Result<ScenarioDoc, Vec<Text>>) {
        let mut doc = match read {
            Ok(doc) => doc,
            Err(reasons) => return self.share_refused(reasons),
        };
        let upgraded = super::upgrade(&mut doc);
        match Scenario::from_doc(&doc) {
            Ok(sc) => self.load_checked(doc, Some(sc), &Origin::Shared, upgraded),
            Err(e) => self.share_refused(text::engine_errors(&e)),
        }
    }

    /// A large shared setup is checked: it is opened, or refused with its errors.
    pub(super) fn opened_shared(&mut self, result: Opened) {
        self.import = Import::default();
        match result {
            Ok((doc, upgraded, Ok(sc))) => {
                self.load_checked(doc, Some(sc), &Origin::Shared, upgraded);
            }
            Ok((_, _, Err(errors))) | Err(errors) => {
                self.share_refused(text::engine_errors(&errors));
            }
        }
    }

    /// A scenario file could not be read.
    pub(super) fn import_failed(&mut self, file: String, reason: Text) {
        self.import = Import {
            file: Some(file),
            errors: vec![reason],
            ..Import::default()
        };
    }

    /// A scenario file is read and validated: it is opened, or its errors are shown (with its
    /// document, which may be opened anyway, when it is one).
    pub(super) fn opened(&mut self, file: String, result: Opened) {
        match result {
            Ok((doc, upgraded, Ok(sc))) => {
                self.load_checked(doc, Some(sc), &Origin::File(file), upgraded);
            }
            Ok((doc, upgraded, Err(errors))) => {
                self.import = Import {
                    file: Some(file),
                    errors: text::engine_errors(&errors),
                    rejected: Some((Shared(Rc::new(doc)), upgraded)),
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

    /// Shows the preview of the importer's answer (or why there is none); nothing else changes.
    pub(super) fn import_done(&mut self, answer: Result<Response, WorkerFailure>) {
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

    /// The visitor chose to import the good rows: the preview then offers Replace and Merge.
    pub(super) fn skip_bad_rows(&mut self) {
        if let Some(preview) = &self.dir_import.preview {
            if preview.refused().is_some() {
                self.dir_import.preview = Some(Rc::new(Preview {
                    skip_bad: true,
                    ..(**preview).clone()
                }));
            }
        }
    }

    /// Applies the previewed import; the directory (or member list) it replaces can be had
    /// back with Undo. Errors of a merge are shown instead, and nothing changes.
    pub(super) fn apply_import(&mut self, how: How) {
        let Some(preview) = self.dir_import.preview.clone() else {
            return;
        };
        // Bad rows wait for the visitor's choice: the preview stays as it is.
        if preview.refused().is_some() {
            return;
        }
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
}
