//! Arbitrary bytes as scenario text (invalid UTF-8 replaced, as a browser's TextDecoder does):
//! reading never panics and every rejection lists at least one error; the text is JSON to the
//! reader exactly when it is JSON to serde_json; read in slices (as the app reads a large file)
//! it gives what it gives read whole; a document validated in slices (as the app validates a
//! large one) gives what it gives validated whole; an accepted
//! scenario evaluates and compares without panicking, the same way twice, the compact writer of
//! the JavaScript API writes its results (and any input errors) as serde does, and its document
//! survives writing and reading back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_core::doc::Reading;
use provplan_core::scenario::Validation;
use provplan_core::sliced::{Slice, Sliced};
use provplan_core::{
    ErrorKind, InputErrors, Scenario, ScenarioDoc, compare, evaluate, to_json, write,
};

/// The errors as lines, or the evaluation as JSON.
fn outcome(result: Result<Scenario, InputErrors>) -> Result<String, String> {
    result.map(|sc| to_json(&evaluate(&sc))).map_err(|e| e.lines())
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
            assert_eq!(
                write::to_string(&errors),
                serde_json::to_string(&errors).unwrap_or_default(),
                "the compact writer differs from serde on the errors"
            );
            for e in errors.iter() {
                assert!(!e.message.is_empty(), "an error without a message: {e:?}");
            }
            return;
        }
    };
    let first = to_json(&evaluate(&scenario));
    assert_eq!(
        first,
        to_json(&evaluate(&scenario)),
        "evaluation is not deterministic"
    );
    let rows = compare(&scenario);
    assert_eq!(rows.len(), scenario.organizations.len() * 5);
    let ev = evaluate(&scenario);
    assert_eq!(
        write::to_string(&ev),
        serde_json::to_string(&ev).unwrap_or_default(),
        "the compact writer differs from serde on the evaluation"
    );
    assert_eq!(
        write::to_string(&rows),
        serde_json::to_string(&rows).unwrap_or_default(),
        "the compact writer differs from serde on the comparison"
    );

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
