//! The scenario document's writer (`provplan_core::write`, used by `ScenarioDoc::to_json` and
//! `to_json_pretty`) against serde_json on the same document: byte for byte, on every example,
//! fixture and readable corpus file, and on generated directories of every shape.

use provplan_core::ScenarioDoc;
use provplan_core::generate::{Options, scenario};
use provplan_tests::{examples, root};

fn same_as_serde(name: &str, doc: &ScenarioDoc) {
    assert_eq!(
        doc.to_json(),
        serde_json::to_string(doc).unwrap(),
        "{name}: compact"
    );
    assert_eq!(
        doc.to_json_pretty(),
        serde_json::to_string_pretty(doc).unwrap(),
        "{name}: pretty"
    );
}

#[test]
fn documents_are_written_as_serde_writes_them() {
    let mut files = examples();
    for dir in ["tests/fixtures", "tests/corpus"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    let mut read = 0;
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        if let Ok(doc) = ScenarioDoc::from_json_str(&text) {
            same_as_serde(&path.display().to_string(), &doc);
            read += 1;
        }
    }
    assert!(read > 40, "{read} documents read");
    for (users, seed) in [(0, 1), (1, 2), (300, 3), (5_000, 4)] {
        same_as_serde(
            &format!("generated {users}"),
            &scenario(Options { users, seed }),
        );
    }
}
