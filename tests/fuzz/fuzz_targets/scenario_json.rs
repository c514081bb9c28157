//! Arbitrary bytes as scenario text (invalid UTF-8 replaced, as a browser's TextDecoder does):
//! reading never panics and every rejection lists at least one error; an accepted scenario
//! evaluates and compares without panicking, the same way twice, and its document survives
//! writing and reading back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_core::{Scenario, ScenarioDoc, compare, evaluate, to_json};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
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
