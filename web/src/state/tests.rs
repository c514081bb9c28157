//! The reducer's tests: edits, loads, imports, and the long work of large setups with their
//! jobs run as the page's runner runs them, a slice at a time.

use provplan_core::sliced::{Slice, Sliced};

use super::*;
use crate::edit::Target;
use crate::examples;
use crate::i18n::msg;
use crate::import::{self, Outcome, Response, Target as ImportTarget, WorkerFailure};
use crate::jobs::{Job, Running};
use crate::review::Review;

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
    assert!(s.valid.as_ref() == Some(&valid));
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
    assert!(s.doc == before);
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

/// The notices saying that a setup of format 1 was upgraded to format 2.
fn upgrade_notices(s: &AppState) -> usize {
    let said = msg::format_upgraded(1u64, 2u64);
    s.notices.iter().filter(|n| n.text == said).count()
}

#[test]
fn a_file_of_format_1_is_opened_in_format_2_and_said_once() {
    // The example files are of format 1 (the app's bundled examples are upgraded silently).
    let team = examples::ALL[2].1;
    assert!(team.contains("\"version\":1"));
    let s = state();
    assert_eq!((s.doc.version, upgrade_notices(&s)), (2, 0));
    let s = s.reduce(Action::ImportRead("team.json".into(), Ok(team.into())));
    assert_eq!((s.doc.version, upgrade_notices(&s)), (2, 1));
    assert!(s.is_valid());
    assert_eq!(
        msg::format_upgraded(1u64, 2u64).to_string(),
        "This setup was written in scenario format 1; the planner upgraded it to format 2 (same \
         meaning). Saving, exporting and sharing write format 2."
    );
    // Opened again: still one notice.
    let s = s.reduce(Action::ImportRead("team.json".into(), Ok(team.into())));
    assert_eq!(upgrade_notices(&s), 1);
    // What is saved, exported and shared is format 2.
    let saved = crate::boot::saved_text(&s.doc, false).unwrap();
    assert_eq!(ScenarioDoc::from_json_str(&saved).unwrap().version, 2);
    let link = crate::share::encode(&s.doc).unwrap();
    assert_eq!(crate::share::decode(&link).unwrap().version, 2);
    // Undo brings back the setup before, and the notice goes with the load.
    let s = s.reduce(Action::Undo);
    assert_eq!(upgrade_notices(&s), 0);
    // The planner's own examples and demo are upgraded without a word.
    let s = s.reduce(Action::Load(
        examples::load("team-jit").unwrap(),
        Origin::Example("team-jit".into()),
    ));
    let demo =
        provplan_core::generate::scenario(provplan_core::generate::Options { users: 20, seed: 1 });
    assert_eq!(demo.version, 1);
    let s = s.reduce(Action::Load(demo, Origin::Demo(20)));
    assert_eq!((s.doc.version, upgrade_notices(&s)), (2, 0));
}

#[test]
fn a_file_of_format_1_that_breaks_rules_is_opened_anyway_in_format_2() {
    let text = r#"{"version":1,"plan":"team","directory":{"users":[]},"organizations":[{"id":"claude","product":"claude","provisioning":{"mode":"scmi"}}]}"#;
    let s = state().reduce(Action::ImportRead("bad.json".into(), Ok(text.into())));
    assert_eq!(upgrade_notices(&s), 0, "not opened yet");
    let s = s.reduce(Action::ImportAnyway);
    assert_eq!((s.doc.plan.as_str(), s.doc.version), ("team", 2));
    assert_eq!(upgrade_notices(&s), 1);
}

#[test]
fn a_format_the_planner_does_not_know_is_refused_not_upgraded() {
    for version in ["0", "3"] {
        let text = format!(
            r#"{{"version":{version},"plan":"team","directory":{{"users":[]}},"organizations":[]}}"#
        );
        let s = state().reduce(Action::ImportRead("v.json".into(), Ok(text)));
        assert_eq!(s.doc.plan, "enterprise_seat_based");
        let said = format!("unsupported version {version}");
        assert!(
            s.import.errors[0].to_string().contains(&said),
            "{:?}",
            s.import.errors
        );
        let s = s.reduce(Action::ImportAnyway);
        assert_eq!(s.doc.version.to_string(), version);
        assert_eq!(upgrade_notices(&s), 0);
    }
}

/// Does one slice (about `work` units) of `job` as the page's runner does, and gives the
/// state its progress or its result.
fn slice(s: Rc<AppState>, job: Job, work: usize) -> (Rc<AppState>, Option<Job>) {
    match job.step(work) {
        Slice::Pending(job) => match job.report() {
            Some(p) => (s.reduce(Action::Progress(p)), Some(job)),
            None => (s, Some(job)),
        },
        Slice::Done(done) => (s.reduce(Action::Done(done)), None),
    }
}

/// Runs the job the state asks for in `lane` to its end, `work` a slice: the state then, and
/// the slices it took.
fn run(s: Rc<AppState>, lane: Lane, work: usize) -> (Rc<AppState>, usize) {
    let task = s.task(lane).expect("a task");
    let mut job = Job::of(&s, task);
    assert!(job.is_some(), "{task:?}");
    let mut s = s;
    let mut slices = 0;
    while let Some(j) = job {
        (s, job) = slice(s, j, work);
        slices += 1;
        assert!(slices < 1_000);
    }
    (s, slices)
}

/// Opens a large file slice by slice, checking that nothing changes before it is opened;
/// returns the state and the number of slices.
fn open_in_slices(s: Rc<AppState>, name: &str, text: String, work: usize) -> (Rc<AppState>, usize) {
    let before = s.doc.clone();
    let total = text.len();
    let serial = 7;
    let mut s = s.reduce(Action::Opening(serial, name.into(), total));
    assert_eq!(s.task(Lane::File), Some(Task::Open(serial)));
    let mut job = Some(Job::open(serial, text));
    let mut slices = 0;
    let mut validating = false;
    while let Some(j) = job {
        let o = s.import.opening.expect("opening until done");
        assert!(s.doc == before, "nothing changes before the file is opened");
        assert!(o.progress.0 <= o.progress.1);
        if !o.validating {
            assert_eq!(o.progress.1, total);
        }
        assert!(o.validating || !validating, "validated after being read");
        validating = o.validating;
        // Progress or a result for another file does nothing.
        let other = Progress::Opening(serial + 1, !o.validating, (1, 1));
        let same = s.clone().reduce(Action::Progress(other));
        assert!(Rc::ptr_eq(&same, &s));
        let other = Done::Opened(serial - 1, Err(provplan_core::InputErrors(Vec::new())));
        let same = s.clone().reduce(Action::Done(other));
        assert!(Rc::ptr_eq(&same, &s));
        (s, job) = slice(s, j, work);
        slices += 1;
    }
    assert!(s.import.opening.is_none() && s.task(Lane::File).is_none());
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
    let (mut doc, text) = large_text(6_000);
    let (s, slices) = open_in_slices(state(), "big.json", text, 1_000);
    // 6,000 users and their members, read then validated, 1,000 at a time.
    assert!(slices >= 12, "{slices} slices");
    // Written in format 1: upgraded once read, so validated once, in format 2, and said.
    assert!(doc.upgrade());
    assert_eq!(*s.doc, doc);
    assert_eq!(upgrade_notices(&s), 1);
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
fn a_notice_is_withdrawn_when_its_condition_ends() {
    let mut s = AppState::new(examples::empty());
    s.notify(NoticeKind::Warning, msg::storage_too_large());
    s.notify(NoticeKind::Info, Text::raw("kept"));
    let s = Rc::new(s).reduce(Action::Withdraw(vec![
        msg::storage_too_large(),
        msg::storage_write_failed(),
    ]));
    let left: Vec<String> = s.notices.iter().map(|n| n.text.to_string()).collect();
    assert_eq!(left, ["kept"]);
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

/// Runs the validation of the large document, a slice of [`CHECK_SLICE`] at a time, until it
/// is validated: the state then, and the number of slices it took. Each slice must make
/// progress.
fn check(s: Rc<AppState>) -> (Rc<AppState>, usize) {
    let job = s
        .checking
        .and_then(|c| Job::of(&s, Task::Check(c.revision)));
    check_on(s, job)
}

/// [`check`], going on with `job`, the validation under way.
fn check_on(mut s: Rc<AppState>, mut job: Option<Job>) -> (Rc<AppState>, usize) {
    let mut slices = 0;
    while let Some(j) = job {
        let before = s.checking.map(|c| c.progress);
        (s, job) = slice(s, j, CHECK_SLICE);
        slices += 1;
        if let (Some(next), Some(before)) = (&s.checking, before) {
            assert!(
                next.progress.0 > before.0,
                "slice {slices} made no progress"
            );
        }
        assert!(slices < 1_000);
    }
    assert!(s.checking.is_none());
    (s, slices)
}

/// The review of the valid setup, as the page's job makes it.
fn evaluate(s: Rc<AppState>) -> Rc<AppState> {
    assert_eq!(s.task(Lane::Setup), Some(Task::Evaluate(s.valid_revision)));
    run(s, Lane::Setup, 1).0
}

#[test]
fn a_large_setup_is_checked_in_slices_evaluated_on_request_and_compared_later() {
    let s = large();
    assert!(s.large && s.checking.is_some());
    assert!(s.review.is_none() && !s.evaluating() && s.is_valid());
    assert_eq!(s.task(Lane::Setup), Some(Task::Check(s.revision)));
    let (s, _) = check(s);
    assert!(s.review.is_none() && s.evaluating());
    let rev = s.valid_revision;
    let s = evaluate(s);
    assert!(!s.evaluating());
    let review = s.review.clone().unwrap();
    assert!(!review.0.compared && s.comparing());
    assert!(review.0.orgs[0].comparison.is_empty());
    // Compared only once a step shows the comparison, a row per slice (a slice of less work
    // than a row costs), organizations in order.
    assert_eq!(s.task(Lane::Setup), None);
    let s = s.reduce(Action::GoTo(Step::Review));
    assert_eq!(s.task(Lane::Setup), Some(Task::Compare(rev)));
    let mut job = Job::of(&s, Task::Compare(rev));
    let (mut s, next) = slice(s, job.take().unwrap(), 1);
    job = next;
    let rows = |s: &AppState| s.review.as_ref().unwrap().0.compared_rows();
    assert_eq!(rows(&s), 1);
    assert_eq!(s.review.as_ref().unwrap().0.orgs[0].comparison.len(), 1);
    let mut slices = 1;
    while let Some(j) = job {
        (s, job) = slice(s, j, 1);
        slices += 1;
        assert_eq!(rows(&s), slices);
    }
    assert!(!s.comparing() && s.task(Lane::Setup).is_none());
    assert_eq!(slices, 5 * s.doc.organizations.len());
    assert_eq!(s.review.as_ref().unwrap().0.orgs[0].comparison.len(), 5);

    // An edit: the review stays (marked as updating) until checked and evaluated; progress
    // or a result for an older revision changes nothing.
    let s = edit(s, Edit::SetUserAssigned(0, false));
    let checking = s.checking.unwrap();
    assert_eq!(s.task(Lane::Setup), Some(Task::Check(checking.revision)));
    assert!(!s.evaluating() && s.review.is_some());
    assert_eq!(s.reviewed, rev);
    let older = Progress::Checking(checking.revision - 1, (1, checking.progress.1));
    let same = s.clone().reduce(Action::Progress(older));
    assert!(Rc::ptr_eq(&same, &s));
    let (s, _) = check(s);
    assert!(s.evaluating());
    assert_eq!(s.reviewed, rev);
    let stale = Done::Reviewed(rev, Review::of(review.0.scenario.clone()));
    let s = s.reduce(Action::Done(stale));
    assert!(s.evaluating());
    assert_eq!(s.reviewed, rev);
    let s = evaluate(s);
    assert_eq!(s.reviewed, s.valid_revision);
    assert!(!s.review.as_ref().unwrap().0.orgs[0].users.is_empty());
    // The comparison of the older review arrives late: it does not replace the new one.
    let late = Done::Compared(rev, Rc::new(review.0.with_comparison()));
    let same = s.clone().reduce(Action::Done(late));
    assert!(Rc::ptr_eq(&same, &s));
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

/// Runs `job` to its end as the page's runner does, each slice taking `ms` by the clock; the
/// progress after each slice.
fn timed(job: Job, ms: f64) -> Vec<Progress> {
    let t = std::cell::Cell::new(0.0);
    let clock = || {
        t.set(t.get() + ms);
        t.get()
    };
    let mut running = Some(Running::new(job));
    let mut reports = Vec::new();
    while let Some(r) = running {
        let t0 = clock();
        let (mut next, action) = r.slice();
        if let Some(Action::Progress(p)) = action {
            reports.push(p);
        }
        if let Some(next) = &mut next {
            next.took(clock() - t0);
        }
        running = next;
        assert!(reports.len() < 1_000);
    }
    reports
}

#[test]
fn a_running_job_sizes_each_slice_by_how_long_the_last_one_took() {
    let doc = provplan_core::generate::scenario(provplan_core::generate::Options {
        users: 30_000,
        seed: 5,
    });
    // Slices that take twice too long: each does half the last one's work, down to 1,000.
    let s = Rc::new(AppState::new(doc));
    let job = Job::of(&s, Task::Check(s.revision)).unwrap();
    let done: Vec<usize> = timed(job, 2.0 * SLICE_MS)
        .into_iter()
        .map(|p| match p {
            Progress::Checking(_, (done, _)) => done,
            other => panic!("{other:?}"),
        })
        .collect();
    let work: Vec<usize> = done.windows(2).map(|w| w[1] - w[0]).take(4).collect();
    // A slice ends with the user that uses its work up: past it by less than one user's work.
    let most = s
        .doc
        .directory
        .users
        .iter()
        .map(|u| u.work())
        .max()
        .unwrap_or(1);
    let about = |got: usize, asked: usize| (asked..asked + most).contains(&got);
    assert!(about(done[0], CHECK_SLICE), "{done:?}");
    for (got, asked) in work.iter().zip([5_000, 2_500, 1_250, 1_000]) {
        assert!(about(*got, asked), "{work:?}");
    }

    // Fast slices grow the work; validating a file read that way starts afresh.
    let (_, text) = large_text(6_000);
    let reports = timed(Job::open(1, text), 1.0);
    let validating: Vec<(usize, usize)> = reports
        .iter()
        .filter_map(|p| match p {
            Progress::Opening(_, true, done) => Some(*done),
            _ => None,
        })
        .collect();
    assert_eq!(validating[0].0, 0, "read, not validated yet");
    assert!(about(validating[1].0, CHECK_SLICE), "{reports:?}");
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
    let s = evaluate(s);
    assert!(s.review.is_some());

    // A duplicate email late in the directory: found by a later slice, then shown; the
    // last valid review stays.
    let last = s.doc.directory.users.len() - 1;
    let first = s.doc.directory.users[0].email.clone();
    let s = edit(s, Edit::SetUserEmail(last, first));
    assert!(s.is_valid(), "not checked yet");
    let now = s.revision;
    let job = Job::of(&s, Task::Check(now)).unwrap();
    let (s, job) = slice(s, job, CHECK_SLICE);
    assert!(
        s.checking.is_some() && s.is_valid(),
        "one slice is not the whole directory"
    );
    let (s, _) = check_on(s, job);
    assert!(!s.is_valid());
    assert_eq!(s.errors[0].path, format!("directory.users[{last}].email"));
    assert_eq!(s.reviewed, rev);
    assert!(s.review.is_some());

    // Another edit while checking starts the check again, for the new revision.
    let s = edit(s, Edit::SetUserEmail(last, "new@example.com".into()));
    let now = s.revision;
    let job = Job::of(&s, Task::Check(now)).unwrap();
    let (s, job) = slice(s, job, CHECK_SLICE);
    let s = edit(s, Edit::SetUserName(last, "New".into()));
    assert_eq!(s.checking.as_ref().unwrap().progress.0, 0);
    assert_eq!(s.task(Lane::Setup), Some(Task::Check(now + 1)));
    // The older revision's job, were it still run, would change nothing.
    assert!(Job::of(&s, Task::Check(now)).is_none());
    let (same, _) = slice(s.clone(), job.unwrap(), usize::MAX);
    assert!(Rc::ptr_eq(&same, &s));
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

    // The demo: made by the worker, read by its job (its progress shown), then loaded,
    // checked and evaluated.
    let s = state().reduce(Action::LoadDemo(6_000));
    assert_eq!(s.demo.map(|d| d.phase), Some(Phase::Generating));
    assert_eq!(s.task(Lane::Demo), Some(Task::Demo(6_000)));
    assert!(
        Job::of(&s, Task::Demo(6_000)).is_none(),
        "the worker makes it"
    );
    let made_by_worker = String::from_utf8(crate::import::demo(6_000)).unwrap();
    let mut job = Some(Job::demo(6_000, made_by_worker));
    let mut s = s;
    let mut made = 0;
    while let Some(j) = job {
        (s, job) = slice(s, j, 1_000);
        if job.is_some() {
            let d = s.demo.unwrap();
            assert!(d.phase == Phase::Generating && d.made > made);
            made = d.made;
        }
    }
    assert!(made > 0 && made < 6_000, "{made}");
    assert_eq!(s.demo.map(|d| d.phase), Some(Phase::Checking));
    assert_eq!(s.doc.directory.users.len(), 6_000);
    assert!(s.task(Lane::Demo).is_none() && s.checking.is_some());
    let (s, _) = check(s);
    assert_eq!(s.demo.map(|d| d.phase), Some(Phase::Evaluating));
    let s = evaluate(s);
    assert!(s.demo.is_none());
    assert!(
        s.notices
            .iter()
            .any(|n| n.text.to_string().contains("6,000 users"))
    );
    // Another demo made, when none is asked for, is not loaded.
    let stray = Done::Generated(6_000, Ok(examples::empty()));
    let same = s.clone().reduce(Action::Done(stray));
    assert!(Rc::ptr_eq(&same, &s));
    // Nor is a failure of one.
    let failed = Action::DemoFailed(6_000, Text::raw("gone"));
    assert!(Rc::ptr_eq(&s.clone().reduce(failed), &s));
}

#[test]
fn a_demo_the_worker_cannot_make_is_a_notice_and_can_be_asked_again() {
    let s = state().reduce(Action::LoadDemo(10_000));
    let doc = s.doc.clone();
    let why = WorkerFailure::NotLoaded.text();
    let s = s.reduce(Action::DemoFailed(10_000, why));
    assert!(s.demo.is_none() && s.task(Lane::Demo).is_none());
    assert_eq!(s.doc, doc, "the setup is kept");
    let notice = s.notices.last().unwrap();
    assert_eq!(notice.kind, NoticeKind::Error);
    let words = notice.text.to_string();
    assert!(
        words.contains("demo could not be made") && words.contains("server did not answer"),
        "{words}"
    );
    let again = s.reduce(Action::LoadDemo(10_000));
    assert_eq!(again.task(Lane::Demo), Some(Task::Demo(10_000)));
}

/// The importer's answer for `files`, as the worker sends it.
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
        mapped: Vec::new(),
        without_domains: false,
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
    assert!(s.doc == before, "nothing changes before it is applied");
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
fn bad_rows_change_nothing_until_the_visitor_leaves_them_out() {
    let s = state();
    let before = s.doc.clone();
    let text = answer(
        &s,
        ImportTarget::Directory,
        &[("u.csv", "email\nnew@example.com\nnot-an-email\n")],
    );
    let (s, batch) = started(s, ImportTarget::Directory);
    let s = s.reduce(Action::DirImportDone(batch, text));
    let preview = s.dir_import.preview.clone().unwrap();
    assert_eq!(
        preview.refused().map(|d| (d.rows, d.bad_rows)),
        Some((1, 1))
    );
    // Applying is refused: the bad row is listed, nothing changes.
    let s = s.reduce(Action::ApplyImport(How::Merge));
    assert!(s.doc == before);
    assert_eq!(s.dir_import.preview.as_ref().unwrap().errors().len(), 1);
    // The visitor chooses to leave it out; then Merge adds the good row only.
    let s = s.reduce(Action::SkipBadRows);
    let preview = s.dir_import.preview.clone().unwrap();
    assert!(preview.skip_bad && preview.refused().is_none());
    assert!(s.doc == before, "choosing changes nothing yet");
    let s = s.reduce(Action::ApplyImport(How::Merge));
    assert_eq!(
        s.doc.directory.users.len(),
        before.directory.users.len() + 1
    );
    assert_eq!(
        s.doc.directory.users.last().unwrap().email,
        "new@example.com"
    );
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
    assert!(s.doc == doc);
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
    assert!(s.doc == before);
    let s = s.reduce(Action::CancelImport);
    assert!(s.dir_import.preview.is_none());

    let (s, batch) = started(s, ImportTarget::Directory);
    let s = s.reduce(Action::DirImportDone(
        batch,
        Err(WorkerFailure::Stopped("the worker crashed".into())),
    ));
    assert!(s.doc == before);
    assert!(
        s.notices
            .iter()
            .any(|n| n.kind == NoticeKind::Error
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
    assert!(why.contains("ends before the message does"), "{why}");
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
    assert!(s.doc == before);
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
            mapped: Vec::new(),
            without_domains: false,
        }
        .to_bytes(),
        vec![],
    );
    answer[0] += 1;
    let (s, batch) = started(s, ImportTarget::Directory);
    let s = s.reduce(Action::DirImportDone(batch, import::answer_of(&answer)));
    assert!(!s.dir_import.reading());
    assert!(s.doc == before);
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
             planner (messages of version 5, not 4)). Nothing was changed; try again, or \
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

/// A shared link whose setup maps many groups (little to read, much to check) is checked in
/// slices before it is opened, like a large file; one with errors is refused with notices and
/// what was open stays.
#[test]
fn a_large_shared_setup_is_checked_in_slices_before_it_is_opened() {
    let mut doc = examples::load("team-jit").unwrap();
    // Shared by an earlier planner, in format 1 (the same document: team-jit has no Console).
    doc.version = 1;
    let groups: Vec<String> = (0..LARGE).map(|i| format!("g{i}")).collect();
    doc.organizations[0]
        .provisioning
        .get_or_insert_with(Default::default)
        .group_mappings = Some(provplan_core::doc::GroupMappingsDoc {
        enabled: Some(true),
        roles: [("user".to_owned(), groups)].into_iter().collect(),
        ..Default::default()
    });
    assert!(size_of(&doc) > LARGE && doc.directory.users.len() < 100);
    for valid in [true, false] {
        let mut shared = doc.clone();
        if !valid {
            std::sync::Arc::make_mut(&mut shared.directory.users[0]).email = "no at".into();
        }
        let hash = format!("#s={}", crate::share::encode(&shared).unwrap());
        let s = Rc::new(crate::boot::boot("", &hash, None));
        let before = s.doc.clone();
        let payload = s.startup.shared.clone().expect("unpacked by the browser");
        let packed = crate::share::from_base64url(&payload).unwrap();
        let pending = crate::share::read(crate::share::inflate(&packed)).unwrap();
        assert!(size_of(&pending) > LARGE, "checked by a job");
        let work = size_of(&pending);
        let mut s = s.reduce(Action::OpeningShared(3, work));
        assert!(s.doc == before, "nothing is opened before it is checked");
        assert_eq!(s.task(Lane::File), Some(Task::Open(3)));
        let mut job = Some(Job::open_doc(3, pending));
        let mut slices = 0;
        while let Some(j) = job {
            (s, job) = slice(s, j, 1_000);
            slices += 1;
        }
        // The users, then the organization whose mappings use the slice up, then the rest.
        assert!(slices >= 2, "{slices} slices");
        assert!(s.import.opening.is_none());
        if valid {
            assert!(shared.upgrade());
            assert_eq!(*s.doc, shared);
            assert!(s.notices.iter().any(|n| n.undo), "can be undone");
            assert_eq!(upgrade_notices(&s), 1);
        } else {
            assert!(s.doc == before);
            let shown: Vec<String> = s.notices.iter().map(|n| n.text.to_string()).collect();
            assert!(
                shown.iter().any(|t| t.contains("could not be opened")),
                "{shown:?}"
            );
        }
    }
}

/// The setup's review, once the page's runner has made it (a small one needs no slices).
fn reviewed(s: Rc<AppState>) -> Rc<AppState> {
    match s.task(Lane::Setup) {
        Some(_) => run(s, Lane::Setup, usize::MAX).0,
        None => s,
    }
}

#[test]
fn the_example_is_said_to_be_one_until_it_is_edited_and_an_empty_setup_is_not_ready() {
    // A first visit opens the default example: the review says it is an example.
    let s = state();
    assert_eq!(s.example, Some(examples::DEFAULT));
    let s = s.reduce(Action::Load(
        examples::load("team-jit").unwrap(),
        Origin::Example("team-jit".into()),
    ));
    assert_eq!(s.example, Some("team-jit"));
    // Any edit makes it the visitor's setup.
    let s = edit(s, Edit::SetUserEmail(0, "zoe@example.com".into()));
    assert_eq!(s.example, None);
    // An empty setup says what it lacks instead of "Ready to save".
    let s = reviewed(s.reduce(Action::Load(examples::empty(), Origin::Empty)));
    assert_eq!(s.example, None);
    let review = s.review.clone().unwrap();
    assert!(!review.0.do_not_save_yet() && !review.0.save_blocked());
    assert_eq!(review.0.missing(), ["actor", "users"]);
    let s = reviewed(edit(s, Edit::SetActor("ada@example.com".into())));
    assert_eq!(s.review.clone().unwrap().0.missing(), ["users"]);
    let s = reviewed(edit(s, Edit::AddUser));
    let s = reviewed(edit(s, Edit::SetUserEmail(0, "bo@example.com".into())));
    assert!(s.review.clone().unwrap().0.missing().is_empty());
}
