//! Fuzz target: `read_google_members` on any UTF-8 text; see ../README.md for the property.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_core::import;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(errors) = import::read_google_members(text, "f.csv") {
        let lines = text.split('\n').count() + text.matches('\r').count() + 1;
        for e in errors.iter() {
            assert!(e.line >= 1 && e.line <= lines && e.column >= 1, "{e}");
        }
    }
});
