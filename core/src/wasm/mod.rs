//! The JavaScript API (CONTRACT.md): thin wrappers over the plain Rust functions of this
//! crate, built with the `wasm` feature. Results cross as plain JS objects (maps as objects,
//! `None` as `null`); input errors are thrown as an `Error` named `InputError` whose `errors`
//! property lists `{path, kind, message}`.
//!
//! A scenario is read with JSON's meaning, exactly as the command line reads a file: it goes
//! through `JSON.stringify`, so a property whose value is `undefined` is absent, as in JSON.
//! A string is taken as scenario JSON text.
//!
//! Two modules are built from here: the engine (`wasm` feature: `evaluate`, `compare`,
//! `catalog`, [`engine`]) and the directory importer (`wasm-import` feature:
//! `importDirectory`, [`import`]), which the package loads only when it is first called, so
//! that a page that only evaluates does not download the importers.
//!
//! The package's `index.js` wraps every export: after a trap it reads the panic message kept
//! here, throws a readable `PanicError` and starts a fresh instance.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

/// The modules' allocator: Talc, growing WebAssembly memory as needed (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs when an instance starts: installs the panic hook, which keeps the panic's message so
/// that the JavaScript wrapper can throw a readable `PanicError` instead of an `unreachable`
/// trap (with `panic = "abort"` nothing unwinds back to JavaScript).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|p| {
            if let Ok(mut slot) = p.try_borrow_mut() {
                *slot = Some(message);
            }
        });
    }));
}

/// The message of the last panic, if any (read by the wrapper after a trap).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|p| p.try_borrow_mut().ok().and_then(|mut slot| slot.take()))
}

/// Panics on purpose, so that the package's tests can check that a panic reaches JavaScript
/// as a readable `PanicError` and that the next call works. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __panicForTests, skip_typescript)]
#[expect(
    clippy::panic,
    reason = "the package tests need a real panic to check the recovery"
)]
pub fn panic_for_tests(message: &str) {
    panic!("{message}");
}

/// A result as a plain JS value: written as JSON here and read by `JSON.parse`, which is
/// smaller code than building the objects property by property across the boundary, and
/// faster for a large evaluation.
pub(crate) fn from_json(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text).map_err(|_| error("SerializeError", "unreadable JSON", None))
}

/// The same through serde, for the importer's results.
#[cfg(feature = "wasm-import")]
pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text =
        serde_json::to_string(value).map_err(|e| error("SerializeError", &e.to_string(), None))?;
    from_json(&text)
}

pub(crate) fn error(name: &str, message: &str, errors: Option<JsValue>) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name(name);
    if let Some(errors) = errors {
        // Setting a property on a fresh `Error` cannot fail.
        let _ = js_sys::Reflect::set(&e, &JsValue::from_str("errors"), &errors);
    }
    e.into()
}

/// An `Error` named `name` whose `errors` property lists the errors written as `json` (its
/// message: `lines`).
pub(crate) fn error_list(name: &str, lines: &str, json: &str) -> JsValue {
    error(name, lines, Some(from_json(json).unwrap_or(JsValue::NULL)))
}

/// `version() -> string`
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    crate::VERSION.to_owned()
}

#[cfg(feature = "wasm")]
pub mod engine;
#[cfg(feature = "wasm-import")]
pub mod import;
