//! The directory-export corpus of `tests/corpus/import/`: files with the quirks identity
//! providers and spreadsheets produce (SCIM attribute names in any case, `"active": "False"`,
//! `members: null`, lowercase `resources`, `;` separators, byte-order marks, CRLF, formula
//! cells, truncation, deep nesting, bad UTF-8). Each file is read alone as the command line
//! and the app's importer read it (bytes → `decode` → `import`) and must give exactly what
//! `expected.json` lists for it: its errors by line and column, or the formats recognised, the
//! users and the warnings by kind and place. The same file is checked through the wasm API by
//! `tests/js/import_corpus.test.mjs`.

use provplan_core::import::{SourceFile, decode, import};
use provplan_tests::root;
use serde_json::{Value, json};

fn dir() -> std::path::PathBuf {
    root().join("tests/corpus/import")
}

/// What importing one file gives, in the shape of `expected.json`.
fn outcome(name: &str, bytes: &[u8]) -> Value {
    let errors = |list: Vec<(usize, usize, String)>| {
        let mut lines: Vec<String> = list
            .into_iter()
            .map(|(line, column, message)| format!("{line}:{column}: {message}"))
            .collect();
        lines.sort();
        json!({ "errors": lines })
    };
    let text = match decode(bytes, name) {
        Ok(text) => text,
        Err(e) => return errors(vec![(e.line, e.column, e.message)]),
    };
    match import(&[SourceFile { name, text: &text }], None) {
        Ok(imported) => {
            let mut warnings: Vec<String> = imported
                .warnings
                .iter()
                .inspect(|w| assert_eq!(w.file, name))
                .map(|w| format!("{} {}:{}", w.kind.id(), w.line, w.column))
                .collect();
            warnings.sort();
            json!({
                "formats": imported.formats.iter().map(|f| f.id()).collect::<Vec<_>>(),
                "users": serde_json::to_value(&imported.directory.users).unwrap(),
                "warnings": warnings,
            })
        }
        Err(e) => errors(
            e.0.into_iter()
                .inspect(|x| assert_eq!(x.file, name))
                .map(|x| (x.line, x.column, x.message))
                .collect(),
        ),
    }
}

#[test]
fn every_export_quirk_gives_its_expected_directory_errors_or_warnings() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir().join("expected.json")).unwrap())
            .unwrap();
    let cases = expected["cases"].as_object().unwrap();
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "expected.json")
        .collect();
    files.sort();
    assert_eq!(
        files.iter().collect::<Vec<_>>(),
        cases.keys().collect::<Vec<_>>(),
        "every file has an entry in expected.json and every entry a file"
    );
    for (name, case) in cases {
        let bytes = std::fs::read(dir().join(name)).unwrap();
        let mut want = case.clone();
        let want = want.as_object_mut().unwrap();
        want.remove("about");
        want.remove("lossy");
        assert_eq!(outcome(name, &bytes), Value::Object(want.clone()), "{name}");
    }
}

/// The quirks the corpus is for are all there (a file removed would otherwise go unnoticed).
#[test]
fn the_corpus_covers_the_known_quirks() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir().join("expected.json")).unwrap())
            .unwrap();
    let text = std::fs::read_to_string(dir().join("scim-case-varied-attributes.json")).unwrap();
    assert!(text.contains("\"UserName\"") && text.contains("\"USERNAME\""));
    let text = std::fs::read_to_string(dir().join("scim-active-as-string.json")).unwrap();
    assert!(text.contains("\"active\": \"False\""));
    let text = std::fs::read_to_string(dir().join("scim-members-null.json")).unwrap();
    assert!(text.contains("\"members\": null"));
    let text = std::fs::read_to_string(dir().join("scim-lowercase-resources.json")).unwrap();
    assert!(text.contains("\"resources\"") && !text.contains("\"Resources\""));
    let bytes = std::fs::read(dir().join("plain-bom-crlf.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF") && bytes.windows(2).any(|w| w == b"\r\n"));
    let text = std::fs::read_to_string(dir().join("plain-formula-cells.csv")).unwrap();
    assert!(text.contains("=HYPERLINK") && text.contains("=cmd|"));
    let formula = expected["cases"]["plain-formula-cells.csv"]["warnings"]
        .as_array()
        .unwrap();
    assert_eq!(
        formula
            .iter()
            .filter(|w| w.as_str().unwrap().starts_with("formula_like"))
            .count(),
        5
    );
}
