//! Arbitrary bytes as scenario text (invalid UTF-8 replaced, as a browser's TextDecoder does):
//! reading never panics and every rejection lists at least one error; the text is JSON to the
//! reader exactly when it is JSON to serde_json; read in slices (as the app reads a large file)
//! it gives what it gives read whole; a document validated in slices (as the app validates a
//! large one) gives what it gives validated whole; an accepted
//! scenario evaluates and compares without panicking, the same way twice, its results (and any
//! input errors) are written as JSON that reads back, compact (the JavaScript API's) and
//! indented (the command line's) alike, and its document survives writing and reading back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_core::doc::Reading;
use provplan_core::scenario::Validation;
use provplan_core::sliced::{Slice, Sliced};
use provplan_core::{ErrorKind, InputErrors, Scenario, ScenarioDoc, compare, evaluate, write};

/// `value`'s compact and indented JSON read back as the same JSON value.
fn same_json(value: &impl write::Json, what: &str) {
    let compact: Result<serde_json::Value, _> = serde_json::from_str(&write::to_string(value));
    let indented: Result<serde_json::Value, _> = serde_json::from_str(&write::pretty(value));
    match (compact, indented) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{what}: compact and indented JSON differ"),
        (a, b) => panic!("{what}: not JSON: {a:?} {b:?}"),
    }
}

/// The errors as lines, or the evaluation as JSON.
fn outcome(result: Result<Scenario, InputErrors>) -> Result<String, String> {
    result.map(|sc| write::pretty(&evaluate(&sc))).map_err(|e| e.lines())
}

fn sliced(doc: &ScenarioDoc, work: usize) -> Result<Scenario, InputErrors> {
    let mut v = Validation::new(doc);
    loop {
        match v.step(work) {
            Slice::Pending(next) => v = next,
            Slice::Done((_, result)) => return result,
        }
    }
}

fn read_in_slices(text: &str, work: usize) -> Result<ScenarioDoc, InputErrors> {
    let mut reading = Reading::new(text.to_owned());
    loop {
        match reading.step(work) {
            Slice::Pending(next) => reading = next,
            Slice::Done(result) => return result,
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let read = ScenarioDoc::from_json_str(&text);
    let syntax = read
        .as_ref()
        .err()
        .is_some_and(|e| e.iter().any(|e| e.kind == ErrorKind::Syntax));
    let general = serde_json::from_str::<serde_json::Value>(
        text.strip_prefix('\u{feff}').unwrap_or(&text),
    );
    assert_eq!(
        syntax,
        general.is_err(),
        "JSON to the reader: {}; to serde_json: {general:?}",
        !syntax
    );
    let work = usize::from(data.last().copied().unwrap_or(0) % 4) + 1;
    assert_eq!(
        read_in_slices(&text, work),
        read,
        "read in slices of {work}, not as read whole"
    );
    if let Ok(doc) = read {
        let work = usize::from(data.first().copied().unwrap_or(0) % 5) + 1;
        assert_eq!(
            outcome(sliced(&doc, work)),
            outcome(Scenario::from_doc(&doc)),
            "validated in slices of {work}, not as validated whole"
        );
    }
    let scenario = match Scenario::parse(&text) {
        Ok(scenario) => scenario,
        Err(errors) => {
            assert!(!errors.is_empty(), "a rejection without errors");
            same_json(&errors, "the errors");
            for e in errors.iter() {
                assert!(!e.message.is_empty(), "an error without a message: {e:?}");
            }
            return;
        }
    };
    let first = write::pretty(&evaluate(&scenario));
    assert_eq!(
        first,
        write::pretty(&evaluate(&scenario)),
        "evaluation is not deterministic"
    );
    let rows = compare(&scenario);
    assert_eq!(rows.len(), scenario.organizations.len() * 5);
    let ev = evaluate(&scenario);
    same_json(&ev, "the evaluation");
    same_json(&rows, "the comparison");

    let doc = match ScenarioDoc::from_json_str(&text) {
        Ok(doc) => doc,
        Err(e) => panic!("parsed as a scenario but not as a document: {e}"),
    };
    let again = ScenarioDoc::from_json_str(&doc.to_json_pretty());
    assert_eq!(
        again.as_ref().ok(),
        Some(&doc),
        "the document does not round-trip"
    );
});
