//! The malformed-input corpus of `tests/corpus/`: every file is read as the command line reads
//! it (bytes, then UTF-8) and goes through `provplan_core::Scenario::parse`. Each must give the
//! input errors listed for it in `tests/corpus/expected.json` (the contract's `path: message`
//! lines, in any order), or, for a valid but odd file, evaluate with the finding codes listed.
//! Nothing may panic. Files too large to keep in the repository are built at test time.
//!
//! A case marked `engine_deviation` is one where the engine does not give what CONTRACT.md
//! requires yet: the test checks that it still deviates, so that fixing the engine makes this
//! test ask for the mark to be removed.

use std::collections::BTreeSet;
use std::path::PathBuf;

use provplan_core::{Scenario, compare, evaluate};
use provplan_tests::root;
use serde_json::Value;

fn corpus() -> PathBuf {
    root().join("tests/corpus")
}

fn expected() -> Value {
    let text = std::fs::read_to_string(corpus().join("expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Bytes to text as the command line reads a file: UTF-8 or an error naming the first bad byte.
fn read_text(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// What the engine makes of a text: its input errors, or the finding codes of its evaluation.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Errors(Vec<String>),
    Findings(Vec<String>),
}

fn run(text: &str) -> Outcome {
    match Scenario::parse(text) {
        Err(errors) => {
            assert!(!errors.is_empty(), "an error result lists no error");
            let mut lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            lines.sort();
            Outcome::Errors(lines)
        }
        Ok(scenario) => {
            let evaluation = provplan_tests::json_of(&evaluate(&scenario));
            // The mode comparison must not fail either.
            assert!(!compare(&scenario).is_empty());
            let codes: BTreeSet<String> = evaluation["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["code"].as_str().unwrap().to_owned())
                .collect();
            Outcome::Findings(codes.into_iter().collect())
        }
    }
}

/// The outcome an entry of expected.json asks for: `<prefix>errors` or `<prefix>findings`.
fn wanted(entry: &Value, prefix: &str) -> Outcome {
    let list = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    if let Some(errors) = entry.get(format!("{prefix}errors")) {
        let mut lines = list(errors);
        lines.sort();
        Outcome::Errors(lines)
    } else {
        let mut codes = list(&entry[format!("{prefix}findings")]);
        codes.sort();
        Outcome::Findings(codes)
    }
}

fn check(name: &str, got: &Outcome, entry: &Value, want: &Outcome, failures: &mut Vec<String>) {
    let deviation = entry.get("engine_deviation").and_then(Value::as_str);
    match (deviation, got == want) {
        (None, false) => failures.push(format!("{name}:\n  got      {got:?}\n  expected {want:?}")),
        (Some(why), true) => failures.push(format!(
            "{name}: now gives what the contract requires; remove its engine_deviation ({why})"
        )),
        (None, true) | (Some(_), false) => {}
    }
}

#[test]
fn every_corpus_file_gives_its_expected_errors() {
    let expected = expected();
    let cases = expected["cases"].as_object().unwrap();
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap())
        // Directory exports have a corpus of their own (`import/`, tests/tests/import_corpus.rs).
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "expected.json")
        .collect();
    files.sort();
    assert!(files.len() >= 60, "the corpus has {} files", files.len());
    let listed: Vec<&String> = cases.keys().collect();
    assert_eq!(
        files.iter().collect::<Vec<_>>(),
        listed,
        "every corpus file has an entry in expected.json and every entry a file"
    );

    let mut failures = Vec::new();
    let mut deviations = Vec::new();
    for name in &files {
        let entry = &cases[name];
        let bytes = std::fs::read(corpus().join(name)).unwrap();
        match read_text(bytes.clone()) {
            Ok(text) => check(name, &run(&text), entry, &wanted(entry, ""), &mut failures),
            Err(message) => {
                // Not UTF-8: the read error, as the command line gives it…
                check(
                    name,
                    &Outcome::Errors(vec![message]),
                    entry,
                    &wanted(entry, ""),
                    &mut failures,
                );
                // …and what the engine gives for the text with each bad byte replaced.
                let lossy = String::from_utf8_lossy(&bytes);
                let lossy_name = format!("{name} (decoded with replacement characters)");
                check(
                    &lossy_name,
                    &run(&lossy),
                    &Value::Null,
                    &wanted(entry, "lossy_"),
                    &mut failures,
                );
            }
        }
        if let Some(why) = entry.get("engine_deviation") {
            deviations.push(format!("{name}: {}", why.as_str().unwrap()));
        }
    }
    if !deviations.is_empty() {
        eprintln!("known engine deviations:\n  {}", deviations.join("\n  "));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn files_with_errors_that_are_not_syntax_errors_are_valid_json_of_the_wrong_shape() {
    // A cross-check of the corpus itself: a file whose expected errors do not start with
    // "invalid JSON" or "not UTF-8" must be well-formed JSON, so it tests the reader and the
    // rules rather than the parser.
    let expected = expected();
    for (name, entry) in expected["cases"].as_object().unwrap() {
        let Some(errors) = entry.get("errors").and_then(Value::as_array) else {
            continue;
        };
        if entry.get("engine_deviation").is_some() {
            continue;
        }
        let syntax = errors.iter().any(|e| {
            let e = e.as_str().unwrap();
            e.starts_with("invalid JSON") || e.starts_with("not UTF-8")
        });
        let text = std::fs::read_to_string(corpus().join(name)).unwrap_or_default();
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let parses = serde_json::from_str::<Value>(text).is_ok();
        assert_eq!(parses, !syntax, "{name}: well-formed JSON: {parses}");
    }
}

/// A generated case's text: its `base` file, `add_users` more directory users (each in
/// `groups_per_added_user` groups of their own), then spaces up to `pad_to_bytes`.
fn generate(entry: &Value) -> String {
    let base = std::fs::read_to_string(corpus().join(entry["base"].as_str().unwrap())).unwrap();
    let number = |key: &str| usize::try_from(entry[key].as_u64().unwrap_or(0)).unwrap();
    let mut text = base;
    if entry.get("add_users").is_some() {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        let users = v["directory"]["users"].as_array_mut().unwrap();
        for i in 0..number("add_users") {
            let mut user = serde_json::json!({"email": format!("u{i}@x.com")});
            let groups: Vec<String> = (0..number("groups_per_added_user"))
                .map(|j| format!("g{i}-{j}"))
                .collect();
            if !groups.is_empty() {
                user["groups"] = groups.into();
            }
            users.push(user);
        }
        text = v.to_string();
    }
    if let Some(size) = entry.get("pad_to_bytes").and_then(Value::as_u64) {
        let size = usize::try_from(size).unwrap();
        text.push_str(&" ".repeat(size - text.len()));
        assert_eq!(text.len(), size);
    }
    text
}

/// The generated cases: text around the size limit, and too many users or groups.
#[test]
fn generated_cases_past_the_limits_give_their_errors() {
    let expected = expected();
    let generated = expected["generated"].as_object().unwrap();
    let mut failures = Vec::new();
    for (name, entry) in generated {
        let text = generate(entry);
        check(name, &run(&text), entry, &wanted(entry, ""), &mut failures);
    }
    let sizes: Vec<u64> = generated
        .values()
        .filter_map(|e| e["pad_to_bytes"].as_u64())
        .collect();
    let limit = provplan_core::doc::MAX_INPUT_BYTES as u64;
    assert!(
        sizes.contains(&limit) && sizes.contains(&(limit + 1)),
        "generated cases at the limit and one byte over it ({limit} bytes)"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
