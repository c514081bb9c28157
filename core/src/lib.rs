//! Provisioning Planner's engine: given a scenario (plan, organizations, directory, modes and
//! group mappings), what saving the provisioning configuration does to every user, why, and
//! what to fix first. Rule ids (R1…R25) refer to `core/RULES.md`.
//!
//! ```
//! let text = r#"{"version": 1, "plan": "team", "directory": {"users": [{"email": "a@example.com"}]},
//!   "organizations": [{"id": "claude", "product": "claude", "provisioning": {"mode": "jit"}}]}"#;
//! let scenario = provplan_core::Scenario::parse(text).unwrap();
//! let evaluation = provplan_core::evaluate(&scenario);
//! assert_eq!(evaluation.organizations[0].users[0].status, provplan_core::Status::PendingLogin);
//! ```
#![forbid(unsafe_code)]

pub mod case;
pub mod catalog;
pub mod compare;
pub mod diff;
pub mod doc;
pub mod error;
pub mod evaluate;
#[cfg(feature = "explain")]
pub mod explain;
pub mod generate;
pub mod import;
mod json;
pub mod lookalike;
pub mod report;
pub mod scenario;
pub mod sliced;
mod sort;
#[cfg(any(feature = "wasm", feature = "wasm-import"))]
pub mod wasm;
pub mod write;

pub use catalog::{
    Change, Code, Idp, Mode, Plan, Product, Role, SeatTier, Severity, Status, Step, StepStatus,
    TakesEffect,
};
pub use compare::{Comparison, compare};
pub use doc::ScenarioDoc;
pub use error::{ErrorKind, InputError, InputErrors};
pub use evaluate::{
    Detail, Evaluation, Finding, OrgEvaluation, Source, UserOutcome, Users, evaluate, evaluate_with,
};
#[cfg(feature = "explain")]
pub use explain::{Explanation, explain, explain_in};
pub use scenario::Scenario;

/// The engine's version (the crate's).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Parses, validates and evaluates scenario JSON text; returns the evaluation as indented
/// JSON text (the command line's form).
pub fn evaluate_json(text: &str) -> Result<String, InputErrors> {
    let scenario = Scenario::parse(text)?;
    Ok(write::pretty(&evaluate(&scenario)))
}

/// Parses, validates and compares; returns the comparison as indented JSON text.
pub fn compare_json(text: &str) -> Result<String, InputErrors> {
    let scenario = Scenario::parse(text)?;
    Ok(write::pretty(&compare(&scenario)))
}

/// Pretty JSON with a final newline, of the scenario format's types (documents, imported
/// directories); results are written by [`write`].
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

/// The catalogue (CONTRACT.md): the contract's ids in their orders, for building forms
/// without hard-coding them, as compact JSON written straight from the tables.
pub fn catalog_json() -> String {
    use write::{Json, Object, array, text};
    let ids = |out: &mut String, ids: &mut dyn Iterator<Item = &'static str>| array(out, ids, text);
    let mut out = String::new();
    let mut o = Object::new(&mut out);
    array(o.key("versions"), catalog::Version::ALL, |out, v| {
        v.number().write(out);
    });
    array(o.key("plans"), Plan::ALL, |out, p| {
        let mut o = Object::new(out);
        o.field("id", p.id()).field("label", p.label());
        ids(
            o.key("seat_tiers"),
            &mut p.seat_tiers().iter().map(|t| t.id()),
        );
        // A map: keys in order, as a BTreeMap writes them.
        let mut products: Vec<Product> = Product::ALL.to_vec();
        sort::short_by_key(&mut products, |pr| pr.id());
        let mut modes = Object::new(o.key("eligible_modes"));
        for pr in products {
            ids(
                modes.key(pr.id()),
                &mut p.eligible_modes(pr).iter().map(|m| m.id()),
            );
        }
        modes.end();
        o.end();
    });
    array(o.key("products"), Product::ALL, |out, p| {
        let mut o = Object::new(out);
        o.field("id", p.id());
        ids(o.key("roles"), &mut p.roles().iter().map(|r| r.id()));
        o.field("privileged_role", p.privileged_role().id());
        o.end();
    });
    ids(o.key("roles"), &mut Role::ids());
    ids(o.key("seat_tiers"), &mut SeatTier::ids());
    ids(o.key("modes"), &mut Mode::ids());
    ids(o.key("idps"), &mut Idp::ids());
    ids(o.key("statuses"), &mut Status::ids());
    array(o.key("finding_codes"), Code::ALL, |out, c| {
        let mut o = Object::new(out);
        o.field("code", c.id())
            .field("severity", c.severity().id())
            .field("rule", c.rule())
            .field("advice", c.advice());
        o.end();
    });
    ids(o.key("checklist"), &mut Step::ids());
    ids(o.key("notes"), &mut evaluate::NoteId::ids());
    o.end();
    out
}
