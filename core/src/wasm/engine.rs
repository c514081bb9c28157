//! The engine's exports: `evaluate`, `compare`, `catalog`, and the benchmarks' hooks.

#[cfg(feature = "bench")]
use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use super::{error_list, from_json};
use crate::write;
use crate::{ErrorKind, InputError, InputErrors, Scenario};

fn input_error(errors: &InputErrors) -> JsValue {
    error_list("InputError", &errors.lines(), &write::to_string(errors))
}

/// A single input error about the value as a whole (path `""`).
fn whole_input_error(message: String) -> JsValue {
    input_error(&InputError::new("", ErrorKind::Type, message).into())
}

/// Reads a scenario passed as a JS value (or as JSON text) and validates it.
fn scenario(value: &JsValue) -> Result<Scenario, JsValue> {
    if let Some(text) = value.as_string() {
        return Scenario::parse(&text).map_err(|e| input_error(&e));
    }
    // What `JSON.stringify` cannot write at all, named as the engine names JSON types.
    let unwritable = if value.is_undefined() {
        Some("undefined")
    } else if value.is_function() {
        Some("a function")
    } else if value.is_symbol() {
        Some("a symbol")
    } else {
        None
    };
    if let Some(found) = unwritable {
        return Err(whole_input_error(format!(
            "expected an object, found {found}"
        )));
    }
    // A BigInt or a cycle makes `JSON.stringify` throw.
    let text = js_sys::JSON::stringify(value)
        .map_err(|e| {
            let reason = e
                .dyn_ref::<js_sys::Error>()
                .and_then(|e| e.message().as_string())
                .unwrap_or_default();
            whole_input_error(format!("the scenario is not JSON data: {reason}"))
        })?
        .as_string()
        .ok_or_else(|| whole_input_error("expected an object".into()))?;
    Scenario::parse(&text).map_err(|e| input_error(&e))
}

/// `evaluate(scenario) -> Evaluation`
#[wasm_bindgen(js_name = evaluate, skip_typescript)]
pub fn evaluate_js(value: JsValue) -> Result<JsValue, JsValue> {
    let sc = scenario(&value)?;
    from_json(&write::to_string(&crate::evaluate(&sc)))
}

/// `compare(scenario) -> Comparison[]`
#[wasm_bindgen(js_name = compare, skip_typescript)]
pub fn compare_js(value: JsValue) -> Result<JsValue, JsValue> {
    let sc = scenario(&value)?;
    from_json(&write::to_string(&crate::compare(&sc)))
}

/// `catalog() -> Catalog`
#[wasm_bindgen(js_name = catalog, skip_typescript)]
pub fn catalog_js() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&crate::catalog_json())
        .map_err(|_| super::error("SerializeError", "unreadable JSON", None))
}

#[cfg(feature = "bench")]
thread_local! {
    static BENCH: RefCell<Option<Scenario>> = const { RefCell::new(None) };
}

/// Benchmarks only (not part of the API): parses and indexes scenario JSON text and keeps it,
/// so that the engine's own time can be measured apart from crossing to JavaScript. Returns
/// the number of people, or -1 on an input error.
#[cfg(feature = "bench")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchLoad, skip_typescript)]
pub fn bench_load(text: &str) -> i32 {
    match Scenario::parse(text) {
        Ok(sc) => {
            let n = i32::try_from(sc.people.len()).unwrap_or(i32::MAX);
            BENCH.with(|b| {
                if let Ok(mut slot) = b.try_borrow_mut() {
                    *slot = Some(sc);
                }
            });
            n
        }
        Err(_) => -1,
    }
}

/// Benchmarks only: evaluates the kept scenario `times` times (`compare` with `what` = 1);
/// returns the number of outcomes computed, so that nothing is optimized away.
#[cfg(feature = "bench")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __benchRun, skip_typescript)]
pub fn bench_run(times: u32, what: u32) -> f64 {
    BENCH.with(|b| {
        let Ok(slot) = b.try_borrow() else { return 0.0 };
        let Some(sc) = slot.as_ref() else { return 0.0 };
        let mut n = 0usize;
        for _ in 0..times {
            n += if what == 1 {
                crate::compare(sc).len()
            } else {
                crate::evaluate(sc)
                    .organizations
                    .iter()
                    .map(|o| o.users.len())
                    .sum()
            };
        }
        n as f64
    })
}
