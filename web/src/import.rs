//! Directory and member imports: exports read by the engine's importers
//! ([`provplan_core::import`]), previewed, and only then applied. A file with errors changes
//! nothing.
//!
//! The importers run in a Web Worker (`import_worker.rs`, started on the first import), so
//! that the page does not download them until they are needed and a large export is read
//! without holding up the page. What crosses between them is in [`messages`]: the page posts
//! a [`Request`], the worker answers with a [`Response`]. [`answer`] and [`run`] are the
//! worker's side, [`posted`], [`Preview::of`] and [`apply`] the page's.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use provplan_core::Scenario;
use provplan_core::doc::{DirectoryDoc, MemberDoc, ScenarioDoc};
use provplan_core::import::{check_groups, import_with, without_domains};
use provplan_core::scenario::email_key;

use serde::{Deserialize, Serialize};

use crate::i18n::{Text, msg};

pub mod messages;
pub use messages::{
    Checked, Found, Like, Missing, Request, Response, Words, WorkerFailure, answer, answer_of,
    posted,
};

/// The name under which the directory already in the planner is read in a merge, shown
/// translated ([`crate::text::import_location`]).
pub const CURRENT_DIRECTORY: &str = "current directory";

/// Most files read at once.
pub const MAX_FILES: usize = 20;
/// Largest file read, in bytes (the engine's own limit).
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// Longest text taken from a paste box, in bytes; the rest is cut off with a notice.
pub const MAX_PASTE_BYTES: usize = 1024 * 1024;
/// Problems listed in a preview; the rest are counted.
pub const LISTED: usize = 100;

/// The sample exports offered (their files are compiled into the worker, see [`sample`]).
pub const SAMPLES: [&str; 4] = ["okta", "scim", "plain", "broken"];
/// The name of the sample list of current members.
pub const MEMBERS_SAMPLE: &str = "members";

/// The files of a sample, by name.
pub fn sample(name: &str) -> Vec<(&'static str, &'static str)> {
    match name {
        "okta" => vec![
            ("okta-users.csv", include_str!("../samples/okta-users.csv")),
            (
                "okta-groups.csv",
                include_str!("../samples/okta-groups.csv"),
            ),
        ],
        "scim" => vec![(
            "scim-list-response.json",
            include_str!("../samples/scim-list-response.json"),
        )],
        "plain" => vec![("plain.csv", include_str!("../samples/plain.csv"))],
        "broken" => vec![(
            "invalid-email.csv",
            include_str!("../samples/invalid-email.csv"),
        )],
        "members" => vec![("members.csv", include_str!("../samples/members.csv"))],
        _ => Vec::new(),
    }
}

/// What the files are read into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// The directory's users and groups.
    Directory,
    /// The current members of the organization at this index.
    Members(usize),
}

/// How an import is applied to the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The imported users replace the directory's.
    Replace,
    /// Users in first-seen order (the directory's first), emails compared without regard to
    /// case, groups united: the engine's merge of several files.
    Merge,
}

/// A problem with a file, at a line and column (0: the file as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// A warning's kind (`provplan_core::import::WarningKind::id`); empty for an error.
    pub kind: String,
    /// The importer's words (English), or the planner's own message.
    pub message: Text,
}

impl Problem {
    /// A problem with a whole file.
    pub fn file(file: &str, message: Text) -> Problem {
        Problem {
            file: file.to_owned(),
            line: 0,
            column: 0,
            kind: String::new(),
            message,
        }
    }
}

/// A problem the worker reported, as the page shows it.
impl From<Found> for Problem {
    fn from(f: Found) -> Problem {
        Problem {
            file: f.file,
            line: f.line,
            column: f.column,
            kind: f.kind.unwrap_or_default(),
            message: f.words.text(),
        }
    }
}

/// The most users the generated demo is made with (the largest size the page offers).
pub const DEMO_MAX: u32 = 100_000;

/// The worker's side of the generated demo: the scenario of `users` users (at most
/// [`DEMO_MAX`]) as compact JSON, which the page reads as it reads a file. Made in the worker,
/// not the page, because the generator costs the page's module 4.9 KB (brotli) of its budget.
pub fn demo(users: u32) -> Vec<u8> {
    let users = users.min(DEMO_MAX);
    provplan_core::generate::scenario(provplan_core::generate::Options { users, seed: 1 })
        .to_json()
        .into_bytes()
}

/// The worker's side: reads `files` (name and bytes) as `request` asks.
pub fn run(request: &Request, files: Vec<(String, Vec<u8>)>) -> Response {
    use provplan_core::import::{SourceFile, decode, read_members};
    let problem = Found::of_error;
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut errors = Vec::new();
    match &request.sample {
        Some(name) => texts.extend(
            sample(name)
                .into_iter()
                .map(|(n, t)| (n.to_owned(), t.to_owned())),
        ),
        None => {
            for (name, bytes) in files {
                match decode(&bytes, &name) {
                    Ok(text) => texts.push((name, text)),
                    Err(e) => errors.push(problem(e)),
                }
            }
        }
    }
    let names: Vec<String> = texts.iter().map(|(n, _)| n.clone()).collect();
    if texts.is_empty() && errors.is_empty() {
        errors.push(Found::planner(Words::NoFiles));
    }
    if !errors.is_empty() {
        return Response::Failed { names, errors };
    }
    let sources: Vec<SourceFile<'_>> = texts
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    match request.target {
        Target::Members(_) => {
            let [file] = sources.as_slice() else {
                let errors = vec![Found::planner(Words::OneMembersFile)];
                return Response::Failed { names, errors };
            };
            match read_members(file.text, file.name) {
                Ok(members) => Response::Members {
                    name: file.name.to_owned(),
                    members: members.into_iter().map(Arc::new).collect(),
                },
                Err(e) => Response::Failed {
                    names,
                    errors: e.0.into_iter().map(problem).collect(),
                },
            }
        }
        // Bad rows are left out and listed: the page refuses them unless asked not to.
        Target::Directory => match import_with(&sources, SKIP_BAD_ROWS) {
            Ok(mut imported) => {
                let renamed = if request.without_domains {
                    without_domains(&mut imported.directory)
                } else {
                    0
                };
                let merged = request
                    .current
                    .as_ref()
                    .filter(|c| !c.users.is_empty())
                    .map(|current| {
                        merged(current, &sources, request.without_domains)
                            .map_err(|e| e.into_iter().map(problem).collect())
                    });
                let checked = Checked {
                    bad: imported.skipped.into_iter().map(problem).collect(),
                    rows: imported.rows,
                    bad_rows: imported.bad_rows,
                    missing: missing(&request.mapped, &imported.directory),
                    renamed,
                };
                Response::Directory {
                    names,
                    formats: imported.formats.iter().map(|f| f.id().to_owned()).collect(),
                    directory: imported.directory,
                    warnings: imported
                        .warnings
                        .into_iter()
                        .map(Found::of_warning)
                        .collect(),
                    merged,
                    checked,
                }
            }
            Err(e) => Response::Failed {
                names,
                errors: e.0.into_iter().map(problem).collect(),
            },
        },
    }
}

const SKIP_BAD_ROWS: provplan_core::import::Options = provplan_core::import::Options {
    format: None,
    skip_bad_rows: true,
    scim_email: None,
    sso_email: None,
};

/// The mapped groups that no imported user is in, with the imported groups like each.
fn missing(mapped: &[String], directory: &DirectoryDoc) -> Vec<Missing> {
    use provplan_core::import::Likeness;
    let imported = directory
        .users
        .iter()
        .flat_map(|u| u.groups.iter().map(String::as_str));
    check_groups(mapped.iter().map(String::as_str), imported)
        .into_iter()
        .map(|c| Missing {
            mapped: c.mapped,
            like: c
                .like
                .into_iter()
                .map(|(name, how)| {
                    let how = match how {
                        Likeness::WithoutDomain => Like::WithoutDomain,
                        Likeness::Case => Like::Case,
                        Likeness::Prefix => Like::Prefix,
                    };
                    (name, how)
                })
                .collect(),
        })
        .collect()
}

/// The current directory merged with the files, by the engine: the directory goes first,
/// written as plain CSV (or SCIM JSON when a group name holds `;`, which plain CSV uses to
/// separate groups), so that the engine's own merge decides. Groups named by email lose
/// their domain when `without_domains`.
fn merged(
    current: &DirectoryDoc,
    files: &[provplan_core::import::SourceFile<'_>],
    without_domains: bool,
) -> Result<DirectoryDoc, Vec<provplan_core::import::ImportError>> {
    use provplan_core::import::{SourceFile, to_plain_csv, to_scim_json};
    let name = CURRENT_DIRECTORY;
    let written = to_plain_csv(current).unwrap_or_else(|_| to_scim_json(current));
    let mut sources = vec![SourceFile {
        name,
        text: &written,
    }];
    sources.extend_from_slice(files);
    import_with(&sources, SKIP_BAD_ROWS)
        .map(|mut imported| {
            if without_domains {
                provplan_core::import::without_domains(&mut imported.directory);
            }
            imported.directory
        })
        .map_err(|e| e.0)
}

/// What a directory import would load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryPreview {
    /// The format recognised for each file (ids).
    pub formats: Vec<String>,
    pub directory: DirectoryDoc,
    pub warnings: Vec<Problem>,
    pub merged: Option<Result<DirectoryDoc, Vec<Problem>>>,
    /// Distinct groups.
    pub groups: usize,
    /// User–group memberships.
    pub memberships: usize,
    /// Users not assigned to the app (deactivated).
    pub unassigned: usize,
    /// Imported users already in the directory (emails compared without regard to case).
    pub known: usize,
    /// Users of the directory that Replace drops (not in the import), and that Merge adds.
    pub drops: usize,
    pub adds: usize,
    /// The errors of the bad rows, which the directory leaves out; rows imported and left out.
    pub bad: Vec<Problem>,
    pub rows: usize,
    pub bad_rows: usize,
    /// Mapped groups that no imported user is in, with the imported groups like each.
    pub missing: Vec<Missing>,
    /// Memberships renamed without their domain (the import was read so).
    pub renamed: usize,
    /// What applying it does to the review; `None` for a setup too large to work out at once.
    pub effect: Option<Effect>,
}

impl DirectoryPreview {
    /// Some missing mapped group has an imported group named by its email.
    pub fn domains_help(&self) -> bool {
        self.missing
            .iter()
            .any(|m| m.like.iter().any(|(_, how)| *how == Like::WithoutDomain))
    }
}

/// Most work ([`ScenarioDoc::work`]: users, memberships, members) of the setups evaluated for
/// a preview's [`Effect`], added up: the size the page checks at once after an edit.
pub const EFFECT_WORK: usize = crate::state::LARGE;

/// The review of a setup, in brief: users in scope (of every organization, added up), error
/// findings, and input errors (the setup is then not evaluated).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub in_scope: usize,
    pub errors: usize,
    pub invalid: usize,
}

impl Tally {
    pub fn of(doc: &ScenarioDoc) -> Tally {
        match Scenario::from_doc(doc) {
            Err(errors) => Tally {
                invalid: errors.len(),
                ..Tally::default()
            },
            Ok(sc) => {
                let ev = provplan_core::evaluate(&sc);
                Tally {
                    in_scope: ev
                        .organizations
                        .iter()
                        .map(|o| o.users.list.iter().filter(|u| u.in_scope).count())
                        .sum(),
                    errors: ev
                        .findings
                        .iter()
                        .filter(|f| f.severity() == provplan_core::Severity::Error)
                        .count(),
                    invalid: 0,
                }
            }
        }
    }
}

/// The review now, and after Replace or Merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Effect {
    pub now: Tally,
    pub replace: Tally,
    pub merge: Option<Tally>,
}

/// What a member import would load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MembersPreview {
    pub org: usize,
    pub members: Vec<Arc<MemberDoc>>,
}

#[allow(
    clippy::large_enum_variant,
    reason = "one outcome per preview, held in an Rc: a box would only add an allocation"
)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Directory(DirectoryPreview),
    Members(MembersPreview),
    /// Nothing can be loaded: every error found, with file, line and column.
    Failed(Vec<Problem>),
}

/// Files read and what they would load, shown before anything changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub target: Target,
    pub names: Vec<String>,
    /// The revision of the setup the preview was made against (a merge is of that directory).
    pub revision: u64,
    pub outcome: Outcome,
    /// The visitor chose to import the good rows and leave the bad ones out.
    pub skip_bad: bool,
}

impl Preview {
    /// The preview of the worker's answer, checked against the setup `doc`.
    pub fn of(target: Target, response: Response, doc: &ScenarioDoc, revision: u64) -> Preview {
        let problems =
            |found: Vec<Found>| -> Vec<Problem> { found.into_iter().map(Problem::from).collect() };
        let (names, outcome) = match response {
            Response::Failed { names, errors } => (names, Outcome::Failed(problems(errors))),
            Response::Directory {
                names,
                formats,
                directory,
                warnings,
                merged,
                checked,
            } => {
                let warnings = problems(warnings);
                let merged = merged.map(|m| m.map_err(problems));
                let mut preview = directory_preview(formats, directory, warnings, merged, doc);
                preview.bad = problems(checked.bad);
                preview.rows = checked.rows;
                preview.bad_rows = checked.bad_rows;
                preview.missing = checked.missing;
                preview.renamed = checked.renamed;
                preview.effect = effect(doc, &preview);
                (names, Outcome::Directory(preview))
            }
            Response::Members { name, members } => {
                let org = match target {
                    Target::Members(org) => org,
                    Target::Directory => 0,
                };
                let outcome = members_preview(&name, org, members, doc);
                (vec![name], outcome)
            }
        };
        Preview {
            target,
            names,
            revision,
            outcome,
            skip_bad: false,
        }
    }

    /// A preview that failed before the files could be read (too many, too large, or the
    /// importer stopped).
    pub fn failed(target: Target, errors: Vec<Problem>) -> Preview {
        Preview {
            target,
            names: Vec::new(),
            revision: 0,
            outcome: Outcome::Failed(errors),
            skip_bad: false,
        }
    }

    /// What stops the import: every error, or the bad rows until the visitor chooses to
    /// leave them out.
    pub fn errors(&self) -> &[Problem] {
        match &self.outcome {
            Outcome::Failed(e) => e,
            Outcome::Directory(d) if !self.skip_bad => &d.bad,
            _ => &[],
        }
    }

    /// Bad rows the visitor has not chosen to leave out yet.
    pub fn refused(&self) -> Option<&DirectoryPreview> {
        match &self.outcome {
            Outcome::Directory(d) if d.bad_rows > 0 && !self.skip_bad => Some(d),
            _ => None,
        }
    }

    pub fn warnings(&self) -> &[Problem] {
        match &self.outcome {
            Outcome::Directory(d) => &d.warnings,
            _ => &[],
        }
    }
}

fn directory_preview(
    formats: Vec<String>,
    directory: DirectoryDoc,
    warnings: Vec<Problem>,
    merged: Option<Result<DirectoryDoc, Vec<Problem>>>,
    doc: &ScenarioDoc,
) -> DirectoryPreview {
    // Maps of one type (`String` → `usize`): each map type adds its own code to the download.
    let mut groups: HashMap<String, usize> = HashMap::default();
    let mut memberships = 0;
    for u in &directory.users {
        memberships += u.groups.len();
        for g in &u.groups {
            groups.insert(g.clone(), 0);
        }
    }
    let current: HashMap<String, usize> = doc
        .directory
        .users
        .iter()
        .map(|u| (email_key(&u.email), 0))
        .collect();
    let known = directory
        .users
        .iter()
        .filter(|u| current.contains_key(&email_key(&u.email)))
        .count();
    let unassigned = directory
        .users
        .iter()
        .filter(|u| u.assigned == Some(false))
        .count();
    let drops = doc.directory.users.len().saturating_sub(known);
    let adds = match &merged {
        Some(Ok(m)) => m.users.len().saturating_sub(doc.directory.users.len()),
        _ => directory.users.len().saturating_sub(known),
    };
    DirectoryPreview {
        formats,
        groups: groups.len(),
        memberships,
        unassigned,
        known,
        drops,
        adds,
        bad: Vec::new(),
        rows: 0,
        bad_rows: 0,
        missing: Vec::new(),
        renamed: 0,
        effect: None,
        directory,
        warnings,
        merged,
    }
}

/// The review now and after each way of applying the import, for a setup small enough to
/// work out at once ([`EFFECT_WORK`]).
fn effect(doc: &ScenarioDoc, d: &DirectoryPreview) -> Option<Effect> {
    let work = |d: &DirectoryDoc| d.users.iter().map(|u| u.work()).sum::<usize>();
    let merged = match &d.merged {
        Some(Ok(m)) => Some(m),
        Some(Err(_)) => None,
        None => Some(&d.directory),
    };
    let rest = doc.work().saturating_sub(work(&doc.directory));
    let total = doc.work() + rest + work(&d.directory) + merged.map_or(0, |m| rest + work(m));
    if total > EFFECT_WORK {
        return None;
    }
    let with = |directory: &DirectoryDoc, how| {
        let mut after = doc.clone();
        set_directory(&mut after, directory.clone(), how);
        Tally::of(&after)
    };
    Some(Effect {
        now: Tally::of(doc),
        replace: with(&d.directory, How::Replace),
        merge: merged.map(|m| with(m, How::Merge)),
    })
}

/// Members read from `file`, checked by the engine against the organization's product and
/// plan (roles and seat tiers that do not fit are errors too).
fn members_preview(
    file: &str,
    org: usize,
    members: Vec<Arc<MemberDoc>>,
    doc: &ScenarioDoc,
) -> Outcome {
    let mut candidate = doc.clone();
    let Some(o) = candidate.organizations.get_mut(org) else {
        return Outcome::Failed(vec![Problem::file(file, msg::members_no_org())]);
    };
    o.members.clone_from(&members);
    let prefix = format!("organizations[{org}].members");
    if let Err(errors) = Scenario::from_doc(&candidate) {
        let ours: Vec<Problem> = errors
            .iter()
            .filter(|e| e.path.starts_with(&prefix))
            .map(|e| {
                let message = match member_of_path(&e.path, &prefix)
                    .and_then(|j| members.get(j).map(|m| (j, m)))
                {
                    Some((j, m)) => msg::member_problem(j + 1, &m.email, e.message.as_str()),
                    None => Text::raw(e.message.clone()),
                };
                Problem::file(file, message)
            })
            .collect();
        if !ours.is_empty() {
            return Outcome::Failed(ours);
        }
    }
    Outcome::Members(MembersPreview { org, members })
}

/// `organizations[0].members[3].role` → 3.
fn member_of_path(path: &str, prefix: &str) -> Option<usize> {
    let rest = path.strip_prefix(prefix)?.strip_prefix('[')?;
    rest.split(']').next()?.parse().ok()
}

/// What applying an import did, for the notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applied {
    pub how: How,
    /// Users (or members) before and after.
    pub before: usize,
    pub after: usize,
}

/// Applies a preview to the setup; its errors (or a merge's) leave `doc` unchanged.
pub fn apply(doc: &mut ScenarioDoc, preview: &Preview, how: How) -> Result<Applied, Vec<Problem>> {
    match (&preview.outcome, preview.target) {
        (Outcome::Directory(d), Target::Directory) if d.bad_rows == 0 || preview.skip_bad => {
            let before = doc.directory.users.len();
            let directory = match (how, &d.merged) {
                (How::Replace, _) | (How::Merge, None) => d.directory.clone(),
                (How::Merge, Some(Ok(merged))) => merged.clone(),
                (How::Merge, Some(Err(errors))) => return Err(errors.clone()),
            };
            set_directory(doc, directory, how);
            Ok(Applied {
                how,
                before,
                after: doc.directory.users.len(),
            })
        }
        (Outcome::Members(m), Target::Members(org)) => {
            let o = doc
                .organizations
                .get_mut(org)
                .ok_or_else(|| vec![Problem::file("", msg::members_no_org())])?;
            let before = o.members.len();
            o.members.clone_from(&m.members);
            Ok(Applied {
                how: How::Replace,
                before,
                after: o.members.len(),
            })
        }
        _ => Err(preview.errors().to_vec()),
    }
}

/// Puts an imported directory in place: the identity provider is taken from the export when
/// it names one (a vendor's own format), and whether SCIM is connected is kept.
fn set_directory(doc: &mut ScenarioDoc, mut directory: DirectoryDoc, how: How) {
    let vendor = directory
        .idp
        .as_deref()
        .filter(|idp| *idp != provplan_core::Idp::Other.id())
        .map(str::to_owned);
    directory.idp = match (how, vendor) {
        (How::Replace, Some(v)) => Some(v),
        (How::Merge, Some(v)) if doc.directory.idp.is_none() => Some(v),
        _ => doc.directory.idp.clone().or(directory.idp),
    };
    directory.scim_connected = doc.directory.scim_connected;
    doc.directory = directory;
}

/// Cuts pasted text to [`MAX_PASTE_BYTES`] (at a character boundary); `Some(original
/// length)` when it was cut.
pub fn cap_paste(text: &mut String) -> Option<usize> {
    if text.len() <= MAX_PASTE_BYTES {
        return None;
    }
    let original = text.len();
    let mut end = MAX_PASTE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    Some(original)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn doc() -> ScenarioDoc {
        examples::load(examples::DEFAULT).unwrap()
    }

    /// The worker's answer and its preview, as the page gets them (through the messages).
    fn preview(target: Target, files: &[(&str, &str)], doc: &ScenarioDoc) -> Preview {
        preview_with(target, files, doc, false)
    }

    fn preview_with(
        target: Target,
        files: &[(&str, &str)],
        doc: &ScenarioDoc,
        without_domains: bool,
    ) -> Preview {
        let request = Request {
            target,
            sample: None,
            current: Some(doc.directory.clone()),
            mapped: crate::edit::mapped_groups(doc),
            without_domains,
        };
        let files: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|(n, t)| ((*n).to_owned(), t.as_bytes().to_vec()))
            .collect();
        let response = answer_of(&answer(&request.to_bytes(), files.clone())).unwrap();
        assert_eq!(response, run(&request, files));
        Preview::of(target, response, doc, 1)
    }

    #[test]
    fn every_sample_reads_except_the_broken_one() {
        for name in SAMPLES {
            let request = Request {
                target: Target::Directory,
                sample: Some(name.to_owned()),
                current: None,
                mapped: Vec::new(),
                without_domains: false,
            };
            match (name, run(&request, Vec::new())) {
                ("broken", Response::Failed { errors, .. }) => {
                    assert_eq!(errors[0].file, "invalid-email.csv");
                    assert_eq!(errors[0].line, 3);
                }
                (_, Response::Directory { directory, .. }) => {
                    assert!(!directory.users.is_empty(), "{name}");
                }
                (_, other) => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_preview_counts_users_groups_and_memberships() {
        let files = [(
            "u.csv",
            "email,name,groups\nada@example.com,Ada,a;b\nNEW@x.io,,b\n",
        )];
        let p = preview(Target::Directory, &files, &doc());
        let Outcome::Directory(d) = &p.outcome else {
            panic!("{p:?}")
        };
        assert_eq!(d.directory.users.len(), 2);
        assert_eq!(d.groups, 2);
        assert_eq!(d.memberships, 3);
        assert_eq!(d.known, 1, "ada is in the example's directory");
        assert_eq!(d.formats, ["plain"]);
        assert_eq!(p.names, ["u.csv"]);
    }

    #[test]
    fn replace_and_merge() {
        let files = [(
            "u.csv",
            "email,groups\nADA@example.com,extra\nnew@example.com,g\n",
        )];
        let p = preview(Target::Directory, &files, &doc());
        let mut replaced = doc();
        let a = apply(&mut replaced, &p, How::Replace).unwrap();
        assert_eq!(a.after, 2);
        assert_eq!(replaced.directory.users[0].email, "ADA@example.com");
        assert_eq!(
            replaced.directory.scim_connected,
            doc().directory.scim_connected
        );

        let mut merged = doc();
        let before = merged.directory.users.clone();
        let a = apply(&mut merged, &p, How::Merge).unwrap();
        assert_eq!(a.before, before.len());
        assert_eq!(a.after, before.len() + 1);
        // First-seen order and spelling; groups united.
        assert_eq!(merged.directory.users[0].email, before[0].email);
        let ada = merged
            .directory
            .users
            .iter()
            .find(|u| u.email == "ada@example.com")
            .unwrap();
        assert!(ada.groups.iter().any(|g| g == "extra"));
        assert!(ada.groups.len() > 1);
        assert_eq!(
            merged.directory.users.last().unwrap().email,
            "new@example.com"
        );
        assert_eq!(merged.directory.idp, doc().directory.idp);
        assert!(Scenario::from_doc(&merged).is_ok());
    }

    #[test]
    fn merging_memberships_only_joins_current_users() {
        let files = [(
            "okta-groups.csv",
            "Group name,Okta username\nnew-group,ada@example.com\n",
        )];
        let p = preview(Target::Directory, &files, &doc());
        let mut d = doc();
        let n = d.directory.users.len();
        apply(&mut d, &p, How::Merge).unwrap();
        assert_eq!(d.directory.users.len(), n);
        assert!(
            d.directory.users[0].groups.iter().any(|g| g == "new-group"),
            "{:?}",
            d.directory.users[0]
        );
    }

    #[test]
    fn a_group_with_a_semicolon_merges_through_scim_json() {
        let mut d = doc();
        Arc::make_mut(&mut d.directory.users[0])
            .groups
            .push("a;b".into());
        let p = preview(
            Target::Directory,
            &[("u.csv", "email\nzed@example.com\n")],
            &d,
        );
        let mut after = d.clone();
        apply(&mut after, &p, How::Merge).unwrap();
        assert!(after.directory.users[0].groups.iter().any(|g| g == "a;b"));
        assert_eq!(after.directory.users.len(), d.directory.users.len() + 1);
    }

    #[test]
    fn a_bad_file_fails_with_its_lines() {
        let files = [
            ("ok.csv", "email\na@x.io\n"),
            ("bad.csv", "email,name\nnot-an-email,X\n"),
        ];
        let p = preview(Target::Directory, &files, &doc());
        let e = p.errors();
        assert_eq!(e.len(), 1);
        assert_eq!(
            (e[0].file.as_str(), e[0].line, e[0].column),
            ("bad.csv", 2, 1)
        );
        let mut d = doc();
        assert!(apply(&mut d, &p, How::Replace).is_err());
        assert_eq!(d, doc());
        // Not text at all: the engine's decoder says so.
        let request = Request {
            target: Target::Directory,
            sample: None,
            current: None,
            mapped: Vec::new(),
            without_domains: false,
        };
        let Response::Failed { errors, .. } =
            run(&request, vec![("x.csv".into(), vec![b'e', 0xc3, 0x28])])
        else {
            panic!("read")
        };
        assert_eq!(errors[0].file, "x.csv");
    }

    /// A Google Workspace export names groups by email: the mapped groups it lacks are shown
    /// with their look-alikes before anything changes, and reading it again without domains
    /// puts users back in scope.
    #[test]
    fn google_group_emails_are_caught_and_fixed_before_applying() {
        let users = "Email Address [Required],First Name [Required],Last Name [Required]\n\
            ada@acme.com,Ada,L\nbo@acme.com,Bo,M\ncy@acme.com,Cy,N\n";
        let members = "Group Email [Required],Member Email,Member Type\n\
            anthropic-claude-owners@acme.com,ada@acme.com,USER\n\
            anthropic-claude-users@acme.com,bo@acme.com,USER\n\
            anthropic-claude-users@acme.com,cy@acme.com,USER\n";
        let mut d = doc();
        d.actor = Some("ada@acme.com".into());
        let files = [("users.csv", users), ("members.csv", members)];
        let p = preview(Target::Directory, &files, &d);
        let Outcome::Directory(dp) = &p.outcome else {
            panic!("{p:?}")
        };
        let owners = dp
            .missing
            .iter()
            .find(|m| m.mapped == "anthropic-claude-owners")
            .unwrap();
        assert_eq!(
            owners.like,
            [(
                "anthropic-claude-owners@acme.com".to_owned(),
                Like::WithoutDomain
            )]
        );
        assert!(dp.domains_help());
        assert_eq!(
            dp.drops,
            d.directory.users.len(),
            "nobody of the example is in the files"
        );
        assert_eq!(dp.adds, 3);
        let effect = dp.effect.unwrap();
        assert_eq!(effect.replace.in_scope, 0, "{effect:?}");
        assert!(effect.replace.errors > 0, "{effect:?}");
        assert!(effect.now.in_scope > 0);

        let p = preview_with(Target::Directory, &files, &d, true);
        let Outcome::Directory(dp) = &p.outcome else {
            panic!("{p:?}")
        };
        assert_eq!(dp.renamed, 3);
        assert!(
            !dp.missing
                .iter()
                .any(|m| m.mapped == "anthropic-claude-owners"
                    || m.mapped == "anthropic-claude-users")
        );
        assert!(!dp.domains_help());
        let effect = dp.effect.unwrap();
        assert!(effect.replace.in_scope >= 3, "{effect:?}");
        let mut after = d.clone();
        apply(&mut after, &p, How::Replace).unwrap();
        assert_eq!(after.directory.users[0].groups, ["anthropic-claude-owners"]);
    }

    #[test]
    fn bad_rows_are_refused_until_left_out() {
        let files = [(
            "u.csv",
            "email\nada@example.com\nnot-an-email\nzed@example.com\n",
        )];
        let p = preview(Target::Directory, &files, &doc());
        let refused = p.refused().unwrap();
        assert_eq!((refused.rows, refused.bad_rows), (2, 1));
        assert_eq!(p.errors().len(), 1);
        assert_eq!(p.errors()[0].line, 3);
        let mut d = doc();
        assert!(apply(&mut d, &p, How::Replace).is_err());
        assert_eq!(d, doc());
        let chosen = Preview {
            skip_bad: true,
            ..p
        };
        assert!(chosen.refused().is_none() && chosen.errors().is_empty());
        apply(&mut d, &chosen, How::Replace).unwrap();
        let emails: Vec<&str> = d.directory.users.iter().map(|u| u.email.as_str()).collect();
        assert_eq!(emails, ["ada@example.com", "zed@example.com"]);
    }

    #[test]
    fn members_are_read_and_checked_against_the_organization() {
        let d = doc();
        let sample = sample(MEMBERS_SAMPLE);
        let p = preview(Target::Members(0), &sample, &d);
        let Outcome::Members(m) = &p.outcome else {
            panic!("{p:?}")
        };
        assert!(!m.members.is_empty());
        let mut after = d.clone();
        apply(&mut after, &p, How::Replace).unwrap();
        assert_eq!(after.organizations[0].members, m.members);

        // A Console role in the Claude organization.
        let bad = [(
            "m.csv",
            "email,role\nada@example.com,Owner\nbo@example.com,Developer\n",
        )];
        let p = preview(Target::Members(0), &bad, &d);
        let e = p.errors();
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].message.to_string().contains("bo@example.com"), "{e:?}");
    }

    #[test]
    fn problems_keep_what_the_importer_said() {
        use provplan_core::import::{SourceFile, import};
        // A file name and contents that the old framing rewrote or cut.
        let name = "a\u{1}b\u{2}c\u{3}d\u{4}import-no-files \"q\" \n é 名前.csv".to_owned();
        let text = "email,name\nnot-an-email,\"X\u{1}\"\n";
        let files = vec![(name.clone(), text.as_bytes().to_vec())];
        let request = Request {
            target: Target::Directory,
            sample: None,
            current: None,
            mapped: Vec::new(),
            without_domains: false,
        };
        // A bad row: the directory leaves it out, and the page refuses it unless asked not to.
        let Ok(Response::Directory { names, checked, .. }) =
            answer_of(&answer(&request.to_bytes(), files))
        else {
            panic!("read")
        };
        let errors = checked.bad;
        assert_eq!(names, [name.as_str()]);
        let expected = import(&[SourceFile { name: &name, text }], None).unwrap_err();
        let [e] = expected.0.as_slice() else {
            panic!("{expected:?}")
        };
        assert_eq!(
            errors,
            [Found {
                file: e.file.clone(),
                line: e.line,
                column: e.column,
                kind: None,
                words: Words::Importer(e.message.clone()),
            }]
        );
        // On the page: the same file, place and words; a message id is only ever a `Words`.
        let problem = Problem::from(errors[0].clone());
        assert_eq!((problem.file.as_str(), problem.line), (name.as_str(), 2));
        assert_eq!(problem.message, Text::raw(e.message.clone()));
        assert_eq!(
            Problem::from(Found::planner(Words::Importer("import-no-files".into()))).message,
            Text::raw("import-no-files")
        );
        assert_eq!(
            Problem::from(Found::planner(Words::NoFiles)).message,
            msg::import_no_files()
        );
    }

    #[test]
    fn warnings_keep_their_kind_and_place() {
        let files = [(
            "u.csv",
            "email,name\nada@example.com,Ada\nADA@example.com,Ada\n",
        )];
        let p = preview(Target::Directory, &files, &doc());
        let w = p.warnings();
        assert!(!w.is_empty());
        assert!(
            w.iter()
                .any(|w| w.kind == "case_variant" && w.file == "u.csv" && w.line == 3),
            "{w:?}"
        );
    }

    #[test]
    fn the_planners_own_problems_are_its_messages() {
        let request = Request {
            target: Target::Members(0),
            sample: None,
            current: None,
            mapped: Vec::new(),
            without_domains: false,
        };
        let read = |files: Vec<(String, Vec<u8>)>| answer_of(&answer(&request.to_bytes(), files));
        let Ok(Response::Failed { errors, .. }) = read(Vec::new()) else {
            panic!("read")
        };
        assert_eq!(errors, [Found::planner(Words::NoFiles)]);
        let two = vec![
            ("a.csv".to_owned(), b"email,role\n".to_vec()),
            ("b.csv".to_owned(), b"email,role\n".to_vec()),
        ];
        let Ok(response) = read(two) else {
            panic!("read")
        };
        let p = Preview::of(request.target, response, &doc(), 1);
        assert_eq!(p.errors()[0].message, msg::members_one_file());
    }

    #[test]
    fn pastes_are_cut_at_a_character_boundary() {
        let mut t = "é".repeat(MAX_PASTE_BYTES);
        assert_eq!(cap_paste(&mut t), Some(2 * MAX_PASTE_BYTES));
        assert!(t.len() <= MAX_PASTE_BYTES);
        let mut small = "a@b.io".to_owned();
        assert_eq!(cap_paste(&mut small), None);
    }
}
