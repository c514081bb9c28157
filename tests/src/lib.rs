//! Shared helpers of the test suites: evaluate scenarios written as `serde_json::json!` values
//! and look into the contract's JSON output.
#![forbid(unsafe_code)]

pub mod reference;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

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

/// A result (evaluation, comparison, input errors) as the contract's JSON, read back.
pub fn json_of(result: &impl provplan_core::write::Json) -> Value {
    serde_json::from_str(&provplan_core::write::to_string(result)).unwrap_or(Value::Null)
}

/// The evaluation of a scenario value, as the contract's JSON.
pub fn eval(v: &Value) -> Value {
    json_of(&evaluate(&scenario(v)))
}

/// The mode comparison of a scenario value, as JSON.
pub fn comparison(v: &Value) -> Value {
    json_of(&compare(&scenario(v)))
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

/// `provplan`, built once per test run next to the running test binary (`target/<profile>/`).
pub fn provplan_binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().unwrap_or_default();
        // target/<profile>/deps/<test>-… → target/<profile>
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let target = profile_dir
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut build = Command::new(env!("CARGO"));
        build
            .args(["build", "-q", "-p", "provplan-cli"])
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(root());
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        assert!(
            build.status().is_ok_and(|s| s.success()),
            "cargo build -p provplan-cli failed"
        );
        let bin = profile_dir.join(format!("provplan{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "{} is missing", bin.display());
        bin
    })
}

/// Runs `provplan ARGS…` in `dir` with `stdin` piped in (or none): its output.
pub fn run_provplan(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(provplan_binary())
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run provplan: {e}"));
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(text.as_bytes())
            .unwrap_or_else(|e| panic!("cannot write to provplan: {e}"));
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("provplan did not finish: {e}"))
}

/// Lossy UTF-8 text of an output stream.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
