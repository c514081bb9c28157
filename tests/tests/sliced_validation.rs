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
fn progress_counts_users_groups_members_and_mappings() {
    let doc = scenario(Options {
        users: 2_000,
        seed: 2,
    });
    let members: usize = doc.organizations.iter().map(|o| o.members.len()).sum();
    let Slice::Pending(v) = Validation::new(&doc).step(500) else {
        panic!("2,000 users are not read in one slice of 500");
    };
    let (done, total) = v.progress();
    // A slice ends with the user who uses its work up: a user and their groups.
    let most = doc.directory.users.iter().map(|u| u.work()).max().unwrap();
    assert!((500..500 + most).contains(&done), "{done}");
    // Users and their groups, members, each organization's settings (with its mapped group
    // names), and one for the end.
    let users: usize = doc.directory.users.iter().map(|u| 1 + u.groups.len()).sum();
    let settings: usize = doc.organizations.iter().map(|o| o.settings_work()).sum();
    assert_eq!(total, users + members + settings + 1);
}

/// A setup of one user whose organizations map thousands of groups is as much work as
/// thousands of users: its slices are sized by the group names too, so that no slice reads
/// all of them at once; and the result is the same.
#[test]
fn mapped_group_names_count_as_work() {
    let groups: Vec<String> = (0..2_000).map(|i| format!("g{i}")).collect();
    let orgs: Vec<serde_json::Value> = (0..20)
        .map(|k| {
            serde_json::json!({"id": format!("c{k}"), "product": "console",
                "provisioning": {"mode": "jit", "group_mappings": {"enabled": true,
                    "roles": {"user": groups}}}})
        })
        .collect();
    let doc = ScenarioDoc::from_value(&serde_json::json!({
        "version": 1, "plan": "enterprise_seat_based",
        "directory": {"users": [{"email": "a@x.com", "groups": ["g1", "x"]}]},
        "organizations": orgs
    }))
    .unwrap();
    assert_eq!(doc.work(), 3 + 20 * 2_001);
    let mut slices = 0;
    let mut v = Validation::new(&doc);
    let result = loop {
        match v.step(5_000) {
            Slice::Pending(next) => {
                slices += 1;
                v = next;
            }
            Slice::Done((_, result)) => break result,
        }
    };
    // 40,023 units in slices of 5,000 that end after the organization (2,001) that uses
    // them up: at most 7,000 each, so at least 5 slices before the last.
    assert!(slices >= 5, "{slices} slices");
    assert_eq!(outcome(result), outcome(Scenario::from_doc(&doc)));
    same_in_slices("mapped groups", &doc, &[1, 1_000, 100_000]);
}
