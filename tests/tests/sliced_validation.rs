//! Validation in slices (`provplan_core::scenario::Validation`, which the app uses for large
//! setups) must give exactly what `Scenario::from_doc` gives: the same input errors in the same
//! order, or a scenario that evaluates to the same JSON. Checked on every example, every
//! readable file of the malformed-input corpus and generated directories, with slices from one
//! unit of work up.

use provplan_core::generate::{Options, scenario};
use provplan_core::scenario::Validation;
use provplan_core::sliced::{Slice, Sliced};
use provplan_core::{Scenario, ScenarioDoc, evaluate};
use provplan_tests::{examples, root};

/// The errors as contract lines, or the evaluation as JSON text.
fn outcome(result: Result<Scenario, provplan_core::InputErrors>) -> Result<String, Vec<String>> {
    match result {
        Ok(sc) => Ok(provplan_core::write::to_string(&evaluate(&sc))),
        Err(e) => Err(e.iter().map(ToString::to_string).collect()),
    }
}

/// Validates `doc` in slices of `work`; also checks that progress only grows and ends full.
fn sliced(doc: &ScenarioDoc, work: usize) -> Result<Scenario, provplan_core::InputErrors> {
    let mut v = Validation::new(doc);
    let mut last = 0;
    loop {
        match v.step(work) {
            Slice::Pending(next) => {
                let (done, total) = next.progress();
                assert!(
                    done >= last && done <= total,
                    "{done} of {total} after {last}"
                );
                last = done;
                v = next;
            }
            Slice::Done((_, result)) => return result,
        }
    }
}

fn same_in_slices(name: &str, doc: &ScenarioDoc, works: &[usize]) {
    let whole = outcome(Scenario::from_doc(doc));
    for &work in works {
        assert_eq!(
            outcome(sliced(doc, work)),
            whole,
            "{name}, slices of {work}"
        );
    }
}

#[test]
fn examples_and_the_corpus_validate_the_same_in_slices() {
    let mut checked = 0;
    let mut files = examples();
    let corpus = root().join("tests/corpus");
    for entry in std::fs::read_dir(&corpus).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    let mut with_errors = 0;
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        // Files that are not a document at all never reach validation.
        let Ok(doc) = ScenarioDoc::from_json_str(&text) else {
            continue;
        };
        if Scenario::from_doc(&doc).is_err() {
            with_errors += 1;
        }
        same_in_slices(&path.display().to_string(), &doc, &[0, 1, 2, 3, 7]);
        checked += 1;
    }
    assert!(checked > 40, "{checked} documents");
    assert!(with_errors > 20, "{with_errors} documents with errors");
}

#[test]
fn generated_directories_validate_the_same_in_slices() {
    for (users, seed) in [(1_000, 1), (5_000, 7)] {
        let doc = scenario(Options { users, seed });
        same_in_slices(&format!("{users} users"), &doc, &[1, 999, 4_096]);
        // With errors spread through the directory: duplicates and bad emails.
        let mut broken = doc.clone();
        for i in (3..broken.directory.users.len()).step_by(997) {
            let email = broken.directory.users[i - 3].email.to_uppercase();
            std::sync::Arc::make_mut(&mut broken.directory.users[i]).email = email;
        }
        std::sync::Arc::make_mut(&mut broken.directory.users[500]).email = "no at".into();
        assert!(Scenario::from_doc(&broken).is_err());
        same_in_slices(&format!("{users} users, broken"), &broken, &[1, 999, 4_096]);
    }
}

#[test]
fn progress_counts_users_and_members() {
    let doc = scenario(Options {
        users: 2_000,
        seed: 2,
    });
    let members: usize = doc.organizations.iter().map(|o| o.members.len()).sum();
    let Slice::Pending(v) = Validation::new(&doc).step(500) else {
        panic!("2,000 users are not read in one slice of 500");
    };
    let (done, total) = v.progress();
    assert_eq!(done, 500);
    // Users, members, one for each organization and one for the end.
    assert_eq!(total, 2_000 + members + doc.organizations.len() + 1);
}
