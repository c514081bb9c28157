//! The importer's Web Worker: the engine's directory importers, loaded only when the page
//! first imports something. `web/import-worker.js` (the worker's script) hands over each
//! file's bytes with [`add_file`], then calls [`run`] with the page's request (JSON) and posts
//! back the answer (JSON); see `import.rs` for both.
#![forbid(unsafe_code)]

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

thread_local! {
    static FILES: RefCell<Vec<(String, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
}

/// Adds a file to the next [`run`].
#[wasm_bindgen]
pub fn add_file(name: String, bytes: &[u8]) {
    FILES.with(|f| f.borrow_mut().push((name, bytes.to_vec())));
}

/// Reads the files added since the last run as the page asks (`target`, `sample`, `current`:
/// see `import::request_of`); the answer as `import::Response::to_text` writes it, or an
/// empty string when the request cannot be read.
#[wasm_bindgen]
pub fn run(target: &str, sample: &str, current: &str) -> String {
    use provplan_web::import;
    let files = FILES.with(|f| core::mem::take(&mut *f.borrow_mut()));
    import::request_of(target, sample, current)
        .map(|r| import::run(&r, files).to_text())
        .unwrap_or_default()
}

fn main() {}
