//! The share-link decoder of the app: any fragment text is decoded without a panic, and a
//! scenario that decodes encodes again to a link that decodes to the same scenario.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_web::share::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = decode(text) {
        if let Ok(link) = encode(&doc) {
            let again = decode(&link);
            assert!(again.as_ref().is_ok_and(|d| *d == doc), "round trip changed the scenario");
        }
    }
});
