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
pub mod doc;
pub mod error;
pub mod evaluate;
pub mod generate;
pub mod import;
mod json;
pub mod params;
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
    Evaluation, Finding, OrgEvaluation, Source, UserOutcome, Users, evaluate, evaluate_with,
};
pub use scenario::Scenario;

/// The engine's version (the crate's).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Parses, validates and evaluates scenario JSON text; returns the evaluation as JSON text.
pub fn evaluate_json(text: &str) -> Result<String, InputErrors> {
    let scenario = Scenario::parse(text)?;
    Ok(to_json(&evaluate(&scenario)))
}

/// Parses, validates and compares; returns the comparison as JSON text.
pub fn compare_json(text: &str) -> Result<String, InputErrors> {
    let scenario = Scenario::parse(text)?;
    Ok(to_json(&compare(&scenario)))
}

/// Pretty JSON with a final newline: the command line's and the tests' form.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

/// Ids and orders of the contract, for building forms without hard-coding them.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Catalog {
    pub plans: Vec<PlanInfo>,
    pub products: Vec<ProductInfo>,
    pub roles: Vec<&'static str>,
    pub seat_tiers: Vec<&'static str>,
    pub modes: Vec<&'static str>,
    pub idps: Vec<&'static str>,
    pub statuses: Vec<&'static str>,
    pub finding_codes: Vec<CodeInfo>,
    pub checklist: Vec<&'static str>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct PlanInfo {
    pub id: &'static str,
    pub label: &'static str,
    /// R1: seat tiers, highest first.
    pub seat_tiers: Vec<&'static str>,
    /// R7: eligible modes for a Claude and a Console organization.
    pub eligible_modes: std::collections::BTreeMap<&'static str, Vec<&'static str>>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct ProductInfo {
    pub id: &'static str,
    /// R3: roles, in default precedence order.
    pub roles: Vec<&'static str>,
    pub privileged_role: &'static str,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct CodeInfo {
    pub code: &'static str,
    pub severity: &'static str,
    pub rule: &'static str,
    pub advice: &'static str,
}

/// [`catalog`] as compact JSON, written straight from the tables: the text serde writes for
/// the catalogue (a test checks), without building it first. The JavaScript API sends this,
/// which keeps the embedded module a few KB smaller.
pub fn catalog_json() -> String {
    use write::{Object, array, text};
    let ids = |out: &mut String, ids: &mut dyn Iterator<Item = &'static str>| array(out, ids, text);
    let mut out = String::new();
    let mut o = Object::new(&mut out);
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
    o.end();
    out
}

pub fn catalog() -> Catalog {
    let ids = |it: &mut dyn Iterator<Item = &'static str>| it.collect::<Vec<_>>();
    Catalog {
        plans: Plan::ALL
            .iter()
            .map(|p| PlanInfo {
                id: p.id(),
                label: p.label(),
                seat_tiers: p.seat_tiers().iter().map(|t| t.id()).collect(),
                eligible_modes: Product::ALL
                    .iter()
                    .map(|pr| {
                        (
                            pr.id(),
                            p.eligible_modes(*pr).iter().map(|m| m.id()).collect(),
                        )
                    })
                    .collect(),
            })
            .collect(),
        products: Product::ALL
            .iter()
            .map(|p| ProductInfo {
                id: p.id(),
                roles: p.roles().iter().map(|r| r.id()).collect(),
                privileged_role: p.privileged_role().id(),
            })
            .collect(),
        roles: ids(&mut Role::ids()),
        seat_tiers: ids(&mut SeatTier::ids()),
        modes: ids(&mut Mode::ids()),
        idps: ids(&mut Idp::ids()),
        statuses: ids(&mut Status::ids()),
        finding_codes: Code::ALL
            .iter()
            .map(|c| CodeInfo {
                code: c.id(),
                severity: c.severity().id(),
                rule: c.rule(),
                advice: c.advice(),
            })
            .collect(),
        checklist: ids(&mut Step::ids()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_catalogue_written_directly_is_what_serde_writes() {
        let serde = serde_json::to_string(&super::catalog()).ok();
        assert_eq!(Some(super::catalog_json()), serde);
    }
}
