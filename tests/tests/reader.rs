//! The scenario reader (`provplan_core::doc`): a scenario read in slices (`Reading`, which
//! the app uses to open a large file) gives exactly what it gives read whole, errors and their
//! order included; what it takes for JSON is what a general JSON reader takes; and shape
//! errors are reported in document order, each with its path, reading going on past them.

use provplan_core::ScenarioDoc;
use provplan_core::doc::Reading;
use provplan_core::generate::{Options, scenario};
use provplan_core::sliced::{Slice, Sliced};
use provplan_tests::{examples, root};

fn lines(
    result: Result<ScenarioDoc, provplan_core::InputErrors>,
) -> Result<ScenarioDoc, Vec<String>> {
    result.map_err(|e| e.iter().map(ToString::to_string).collect())
}

/// Reads `text` in slices of `work`; also checks that progress only grows and ends within the
/// text.
fn sliced(text: &str, work: usize) -> Result<ScenarioDoc, Vec<String>> {
    let mut reading = Reading::new(text.to_owned());
    let mut last = 0;
    let mut steps = 0;
    loop {
        match reading.step(work) {
            Slice::Pending(next) => {
                let (done, total) = next.progress();
                assert!(
                    done > last && done <= total,
                    "{done} of {total} after {last}"
                );
                last = done;
                steps += 1;
                reading = next;
            }
            Slice::Done(result) => {
                assert!(steps <= text.len(), "{steps} steps");
                return lines(result);
            }
        }
    }
}

fn corpus_texts() -> Vec<(String, String)> {
    let mut files = examples();
    for entry in std::fs::read_dir(root().join("tests/corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files
        .into_iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
        .collect()
}

#[test]
fn every_example_and_corpus_file_reads_the_same_in_slices() {
    let mut with_errors = 0;
    let texts = corpus_texts();
    for (name, text) in &texts {
        let whole = lines(ScenarioDoc::from_json_str(text));
        with_errors += usize::from(whole.is_err());
        for work in [1, 2, 3, 7, 1000] {
            assert_eq!(sliced(text, work), whole, "{name}, slices of {work}");
        }
    }
    assert!(texts.len() > 100, "{} files", texts.len());
    assert!(with_errors > 30, "{with_errors} files with errors");
}

#[test]
fn generated_directories_read_the_same_in_slices() {
    for (users, seed) in [(1, 1), (999, 2), (5_000, 3)] {
        let doc = scenario(Options { users, seed });
        let text = doc.to_json_pretty();
        let whole = ScenarioDoc::from_json_str(&text).unwrap();
        assert_eq!(whole, doc, "{users} users: the written document reads back");
        for work in [1, 64, 4_096] {
            assert_eq!(
                sliced(&text, work).as_ref(),
                Ok(&doc),
                "{users} users, slices of {work}"
            );
        }
        // A slice stops within the users: the reading is still pending after the first one.
        assert!(matches!(Reading::new(text).step(1), Slice::Pending(_)) || users == 1);
    }
}

#[test]
fn json_is_what_a_general_json_reader_takes() {
    let mut syntax = 0;
    for (name, text) in corpus_texts() {
        let general = serde_json::from_str::<serde_json::Value>(
            text.strip_prefix('\u{feff}').unwrap_or(&text),
        );
        let ours = ScenarioDoc::from_json_str(&text);
        let ours_syntax = ours
            .as_ref()
            .err()
            .is_some_and(|e| e.iter().any(|e| e.kind == provplan_core::ErrorKind::Syntax));
        syntax += usize::from(ours_syntax);
        assert_eq!(general.is_err(), ours_syntax, "{name}: {ours:?}");
    }
    assert!(syntax > 15, "{syntax} files with syntax errors");
}

#[test]
fn shape_errors_come_in_document_order_and_reading_goes_on() {
    let text = r#"{
      "plan": 3,
      "version": 1,
      "directory": {"users": [
        {"email": "a@x.com", "groups": ["g", 2]},
        7,
        {"emial": "b@x.com"}
      ], "idp": null},
      "organizations": [
        {"id": "o", "product": "claude", "seats": {"premium": 1.5, "standard": 5000000000},
         "members": [{"email": "a@x.com", "role": "user", "extra": {"deep": [1, 2]}}],
         "provisioning": {"mode": "jit", "group_mappings": {"roles": {"admin": "g"}}}},
        "second"
      ],
      "actor": "a@x.com"
    }"#;
    let errors = lines(ScenarioDoc::from_json_str(text)).unwrap_err();
    assert_eq!(
        errors,
        [
            "plan: expected a string, found a number",
            "directory.users[0].groups[1]: expected a string, found a number",
            "directory.users[1]: expected an object, found a number",
            "directory.users[2].emial: unknown field `emial`; did you mean `email`?",
            "directory.users[2].email: missing field `email`",
            "directory.idp: expected a string, found null",
            "organizations[0].seats.premium: expected a whole number of seats from 0 to 4294967295, found a number",
            "organizations[0].seats.standard: expected a whole number of seats from 0 to 4294967295, found a number",
            "organizations[0].members[0].extra: unknown field `extra`; expected one of email, role, seat_tier, primary_owner",
            "organizations[0].provisioning.group_mappings.roles.admin: expected a list, found a string",
            "organizations[1]: expected an object, found a string",
        ]
    );
    // What could be read is kept: a later field of a broken entry, and the entries after it.
    let partial = provplan_core::Scenario::parse(text).unwrap_err();
    assert!(
        !partial
            .iter()
            .any(|e| e.path.starts_with("actor") || e.path == "version"),
        "{partial:?}"
    );
}

#[test]
fn a_repeated_field_replaces_the_earlier_one() {
    let text = r#"{"version": 1, "plan": "team", "plan": "team",
      "directory": {"users": [{"email": "a@x.com"}], "users": [{"email": "b@x.com"}]},
      "organizations": [{"id": "o", "product": "claude", "members": [{"email": "a@x.com", "role": "user"}],
        "members": []}]}"#;
    let doc = ScenarioDoc::from_json_str(text).unwrap();
    let emails: Vec<&str> = doc
        .directory
        .users
        .iter()
        .map(|u| u.email.as_str())
        .collect();
    assert_eq!(emails, ["b@x.com"]);
    assert!(doc.organizations[0].members.is_empty());
}
