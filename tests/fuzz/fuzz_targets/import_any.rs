//! Fuzz target: raw bytes decoded, their format recognised, and merged with themselves as a
//! second file (SCIM ids resolved across files); see ../README.md for the property.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provplan_core::import::{self, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = import::decode(data, "f") else {
        return;
    };
    let _ = import::detect(&text);
    let files = [
        SourceFile {
            name: "f",
            text: &text,
        },
        SourceFile {
            name: "g",
            text: &text,
        },
    ];
    if let Err(errors) = import::import(&files, None) {
        let lines = text.split('\n').count() + text.matches('\r').count() + 1;
        for e in errors.iter() {
            assert!(e.line >= 1 && e.line <= lines && e.column >= 1, "{e}");
        }
    }
});
