//! Scenario format version 2 (CONTRACT.md §1.1) against version 1: every version 1 scenario
//! means the same once upgraded — the same outcomes, findings, seats, checklist and mode
//! comparison — over the examples, the valid files of the corpus and generated scenarios; what
//! `ScenarioDoc::upgrade` and `provplan upgrade` write.

use std::path::PathBuf;

use provplan_core::{Scenario, ScenarioDoc, compare, evaluate};
use provplan_tests::{examples, json_of, root, run_provplan, text};
use serde_json::Value;

/// An evaluation without its notes, which name R3's default precedence of each version, and
/// the comparison.
fn meaning(sc: &Scenario) -> (Value, Value) {
    let mut ev = json_of(&evaluate(sc));
    if let Some(o) = ev.as_object_mut() {
        o.remove("notes");
    }
    (ev, json_of(&compare(sc)))
}

/// The valid version 1 scenarios at hand: the examples, the corpus's valid files and
/// generated ones.
fn version_1_texts() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = examples();
    let corpus = root().join("tests/corpus");
    let mut listed: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    listed.sort();
    files.extend(listed);
    let mut texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(p).ok()?)))
        .filter(|(_, t)| {
            Scenario::parse(t).is_ok()
                && ScenarioDoc::from_json_str(t).is_ok_and(|d| d.version == 1)
        })
        .collect();
    for seed in 1..=4 {
        let doc = provplan_core::generate::scenario(provplan_core::generate::Options {
            users: 400,
            seed,
        });
        texts.push((format!("generated, seed {seed}"), doc.to_json_pretty()));
    }
    texts
}

#[test]
fn every_version_1_scenario_means_the_same_upgraded() {
    let texts = version_1_texts();
    assert!(
        texts.len() >= 20,
        "only {} version 1 scenarios",
        texts.len()
    );
    for (name, text) in &texts {
        let before = Scenario::parse(text).unwrap();
        let mut doc = ScenarioDoc::from_json_str(text).unwrap();
        assert!(doc.upgrade(), "{name}: a version 1 file is upgraded");
        assert_eq!(doc.version, 2);
        let after = Scenario::from_doc(&doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(meaning(&before), meaning(&after), "{name}");
        // The upgraded text reads back as the same document, and is left as it is.
        let mut again = ScenarioDoc::from_json_str(&doc.to_json_pretty()).unwrap();
        assert_eq!(again, doc, "{name}");
        assert!(!again.upgrade(), "{name}: version 2 is not upgraded again");
    }
}

#[test]
fn an_upgraded_console_precedence_puts_limited_developer_right_after_developer() {
    let text = r#"{"version": 1, "plan": "console_only", "directory": {"users": []},
        "organizations": [{"id": "api", "product": "console", "provisioning": {"group_mappings":
            {"role_precedence": ["admin", "billing", "developer", "claude_code_user", "user"]}}}]}"#;
    let mut doc = ScenarioDoc::from_json_str(text).unwrap();
    doc.upgrade();
    let list = doc.organizations[0]
        .provisioning
        .as_ref()
        .and_then(|p| p.group_mappings.as_ref())
        .and_then(|g| g.role_precedence.clone());
    assert_eq!(
        list.unwrap(),
        [
            "admin",
            "billing",
            "developer",
            "limited_developer",
            "claude_code_user",
            "user"
        ]
    );
    assert!(Scenario::from_doc(&doc).is_ok());
}

#[test]
fn provplan_upgrade_prints_version_2_and_refuses_what_it_cannot_read() {
    let file = "examples/console-only-scim.json";
    let o = run_provplan(&root(), &["upgrade", file], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let doc = ScenarioDoc::from_json_str(&out).unwrap();
    assert_eq!(doc.version, 2);
    let before = Scenario::parse(&std::fs::read_to_string(root().join(file)).unwrap()).unwrap();
    assert_eq!(
        meaning(&before),
        meaning(&Scenario::from_doc(&doc).unwrap())
    );
    // A version 2 file prints as it reads.
    let o = run_provplan(&root(), &["upgrade", "-"], Some(&out));
    assert_eq!((o.status.code(), text(&o.stdout)), (Some(0), out));
    // An invalid file: its errors, exit 2, nothing printed.
    let o = run_provplan(&root(), &["upgrade", "-"], Some(r#"{"version": 3}"#));
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(
        text(&o.stderr).contains("understands versions 1 and 2"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_version_1_file_using_version_2_fields_is_not_upgraded_and_stays_an_error() {
    for name in [
        "v2-field-primary-owner-in-version-1.json",
        "v2-role-limited-developer-in-version-1.json",
    ] {
        let text = std::fs::read_to_string(root().join("tests/corpus").join(name)).unwrap();
        let mut doc = ScenarioDoc::from_json_str(&text).unwrap();
        assert!(!doc.upgrade(), "{name}");
        assert_eq!(doc.version, 1, "{name}");
        assert!(Scenario::from_doc(&doc).is_err(), "{name}");
    }
}
