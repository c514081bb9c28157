//! The importer's Web Worker: the engine's directory importers, loaded only when the page
//! first imports something. `web/import-worker.js` (the worker's script) hands over each
//! file's bytes with [`add_file`], then calls [`run`] with the page's request and posts back
//! the answer; see `import/messages.rs` for both. It also makes the generated demo
//! ([`demo`]), so that the generator is not part of the page's module.
#![forbid(unsafe_code)]

use std::cell::RefCell;

/// Talc in place of Rust's default allocator for wasm32, as in the app (main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use wasm_bindgen::prelude::*;

thread_local! {
    static FILES: RefCell<Vec<(String, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
}

/// Adds a file to the next [`run`].
#[wasm_bindgen]
pub fn add_file(name: String, bytes: &[u8]) {
    FILES.with(|f| f.borrow_mut().push((name, bytes.to_vec())));
}

/// Reads the files added since the last run as the page's request asks (`import::Request`,
/// its bytes); the answer is an `import::Answer`'s bytes, also when the request cannot be read.
#[wasm_bindgen]
pub fn run(request: &[u8]) -> Vec<u8> {
    let files = FILES.with(|f| core::mem::take(&mut *f.borrow_mut()));
    provplan_web::import::answer(request, files)
}

/// The generated demo of `users` users: its scenario as compact JSON (`import::demo`).
#[wasm_bindgen]
pub fn demo(users: u32) -> Vec<u8> {
    provplan_web::import::demo(users)
}

fn main() {}
