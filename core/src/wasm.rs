//! The JavaScript API (CONTRACT.md): thin wrappers over the plain Rust functions of this
//! crate, built with the `wasm` feature. Values cross as plain JS objects (maps as objects,
//! `None` as `null`); input errors are thrown as an `Error` named `InputError` whose `errors`
//! property lists `{path, kind, message}`.

use std::cell::RefCell;

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::{InputErrors, Scenario};

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook once: a panic's message is kept so that the JavaScript wrapper can
/// throw a readable `PanicError` instead of an `unreachable` trap.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(message));
    }));
}

/// The message of the last panic, if any (read by the wrapper after a trap).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow_mut().take())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("SerializeError", &e.to_string(), JsValue::UNDEFINED))
}

fn error(name: &str, message: &str, errors: JsValue) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name(name);
    if !errors.is_undefined() {
        let _ = js_sys::Reflect::set(&e, &JsValue::from_str("errors"), &errors);
    }
    e.into()
}

fn input_error(errors: &InputErrors) -> JsValue {
    let list = to_js(errors).unwrap_or(JsValue::NULL);
    error("InputError", &errors.lines(), list)
}

/// Reads a scenario passed as a JS object (or a JSON string).
fn scenario(value: JsValue) -> Result<Scenario, JsValue> {
    if let Some(text) = value.as_string() {
        return Scenario::parse(&text).map_err(|e| input_error(&e));
    }
    let json: Value = serde_wasm_bindgen::from_value(value).map_err(|e| {
        let errors = InputErrors::from(crate::InputError::new(
            "",
            crate::ErrorKind::Type,
            format!("the scenario is not a JSON value: {e}"),
        ));
        input_error(&errors)
    })?;
    Scenario::from_value(&json).map_err(|e| input_error(&e))
}

/// `evaluate(scenario) -> Evaluation`
#[wasm_bindgen(js_name = evaluate, skip_typescript)]
pub fn evaluate_js(value: JsValue) -> Result<JsValue, JsValue> {
    let sc = scenario(value)?;
    to_js(&crate::evaluate(&sc))
}

/// `compare(scenario) -> Comparison[]`
#[wasm_bindgen(js_name = compare, skip_typescript)]
pub fn compare_js(value: JsValue) -> Result<JsValue, JsValue> {
    let sc = scenario(value)?;
    to_js(&crate::compare(&sc))
}

/// `catalog() -> Catalog`
#[wasm_bindgen(js_name = catalog, skip_typescript)]
pub fn catalog_js() -> Result<JsValue, JsValue> {
    to_js(&crate::catalog())
}

/// `version() -> string`
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    crate::VERSION.to_owned()
}
