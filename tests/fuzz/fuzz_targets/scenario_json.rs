//! Arbitrary bytes as scenario text (invalid UTF-8 replaced, as a browser's TextDecoder does):
//! reading never panics and every rejection lists at least one error; a document validated in
//! slices (as the app validates a large one) gives what it gives validated whole; an accepted
//! scenario evaluates and compares without panicking, the same way twice, and its document
//! survives writing and reading back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_core::scenario::{Step, Validation};
use provplan_core::{InputErrors, Scenario, ScenarioDoc, compare, evaluate, to_json};

/// The errors as lines, or the evaluation as JSON.
fn outcome(result: Result<Scenario, InputErrors>) -> Result<String, String> {
    result.map(|sc| to_json(&evaluate(&sc))).map_err(|e| e.lines())
}

fn sliced(doc: &ScenarioDoc, work: usize) -> Result<Scenario, InputErrors> {
    let mut v = Validation::new();
    loop {
        match v.step(doc, work) {
            Step::Pending(next) => v = next,
            Step::Done(result) => return result,
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(doc) = ScenarioDoc::from_json_str(&text) {
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
