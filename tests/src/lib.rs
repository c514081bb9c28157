//! Shared helpers of the test suites: evaluate scenarios written as `serde_json::json!` values
//! and look into the contract's JSON output.
#![forbid(unsafe_code)]

pub mod reference;

use std::path::{Path, PathBuf};

use provplan_core::{Scenario, compare, evaluate};
use serde_json::Value;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The example scenarios shipped in `examples/`, sorted by name.
pub fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

/// Parses a scenario value, failing the test with the input errors if it is invalid.
pub fn scenario(v: &Value) -> Scenario {
    match Scenario::from_value(v) {
        Ok(s) => s,
        Err(e) => panic!("scenario is invalid:\n{e}"),
    }
}

/// The evaluation of a scenario value, as the contract's JSON.
pub fn eval(v: &Value) -> Value {
    let sc = scenario(v);
    serde_json::to_value(evaluate(&sc)).unwrap_or(Value::Null)
}

/// The mode comparison of a scenario value, as JSON.
pub fn comparison(v: &Value) -> Value {
    let sc = scenario(v);
    serde_json::to_value(compare(&sc)).unwrap_or(Value::Null)
}

/// The input errors of an invalid scenario value, as `path: message` lines.
pub fn input_errors(v: &Value) -> Vec<String> {
    match Scenario::from_value(v) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

/// The evaluation of an organization.
pub fn org<'a>(ev: &'a Value, id: &str) -> &'a Value {
    ev["organizations"]
        .as_array()
        .and_then(|orgs| orgs.iter().find(|o| o["id"] == id))
        .unwrap_or_else(|| panic!("no organization {id} in the evaluation"))
}

/// A user's outcome in an organization.
pub fn user<'a>(ev: &'a Value, org_id: &str, email: &str) -> &'a Value {
    org(ev, org_id)["users"]
        .as_array()
        .and_then(|users| users.iter().find(|u| u["email"] == email))
        .unwrap_or_else(|| panic!("no user {email} in organization {org_id}"))
}

/// The findings with `code`.
pub fn findings<'a>(ev: &'a Value, code: &str) -> Vec<&'a Value> {
    ev["findings"]
        .as_array()
        .map(|f| f.iter().filter(|f| f["code"] == code).collect())
        .unwrap_or_default()
}

/// The one finding with `code` (fails if there is not exactly one).
pub fn finding<'a>(ev: &'a Value, code: &str) -> &'a Value {
    let found = findings(ev, code);
    assert_eq!(
        found.len(),
        1,
        "expected one {code} finding, got {found:#?}"
    );
    found[0]
}

/// Whether any finding has `code`.
pub fn has(ev: &Value, code: &str) -> bool {
    !findings(ev, code).is_empty()
}

/// A finding's subjects as strings.
pub fn subjects(f: &Value) -> Vec<&str> {
    f["subjects"]
        .as_array()
        .map(|s| s.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// A checklist step's status.
pub fn step(ev: &Value, id: &str) -> String {
    ev["checklist"]
        .as_array()
        .and_then(|c| c.iter().find(|s| s["id"] == id))
        .and_then(|s| s["status"].as_str())
        .unwrap_or_default()
        .to_owned()
}

/// `(status, role, seat_tier, change, takes_effect)` of a user, `-` for null.
pub fn outcome(ev: &Value, org_id: &str, email: &str) -> [String; 5] {
    let u = user(ev, org_id, email);
    let s = |k: &str| u[k].as_str().unwrap_or("-").to_owned();
    [
        s("status"),
        s("role"),
        s("seat_tier"),
        s("change"),
        s("takes_effect"),
    ]
}

/// The path of the built `provplan` binary, building it first if needed.
pub fn provplan_binary() -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    let bin = target.join("debug").join("provplan");
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "-q", "-p", "provplan-cli"])
        .current_dir(root())
        .status();
    assert!(status.is_ok_and(|s| s.success()), "cannot build provplan");
    bin
}
