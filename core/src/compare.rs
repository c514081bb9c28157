//! The mode comparison: each organization under each of the five combinations of mode and
//! advanced group mappings, everything else unchanged.

use crate::catalog::{Mode, Severity};
use crate::evaluate::{Counts, effective_mode, evaluate_one, of_scenario};
use crate::scenario::{OrgSettings, Scenario};

/// The five combinations, in the contract's order.
pub const COMBINATIONS: [(Mode, bool); 5] = [
    (Mode::Manual, false),
    (Mode::Jit, false),
    (Mode::Jit, true),
    (Mode::Scim, false),
    (Mode::Scim, true),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison<'s> {
    pub organization: &'s str,
    pub mode: Mode,
    pub group_mappings: bool,
    /// R7.
    pub eligible: bool,
    pub counts: Counts,
    /// Findings of this organization and of the whole scenario, per severity.
    pub findings: SeverityCounts,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeverityCounts {
    pub error: u32,
    pub warning: u32,
    pub info: u32,
}

/// Every organization × [`COMBINATIONS`], organizations in scenario order.
pub fn compare(scenario: &Scenario) -> Vec<Comparison<'_>> {
    let base = scenario.settings();
    let mut out = Vec::with_capacity(base.len() * COMBINATIONS.len());
    for i in 0..scenario.organizations.len() {
        out.extend(
            COMBINATIONS
                .iter()
                .filter_map(|c| compare_one(scenario, &base, i, *c)),
        );
    }
    out
}

/// Organization `i` under one combination, the others as in `base` (the scenario's
/// [`Scenario::settings`]): the organization is evaluated alone, and the findings of the whole
/// scenario from every organization's mode, so that a comparison costs one evaluation of each
/// organization per combination, and a page can compare a large setup a row at a time.
/// `None` if there is no organization `i`.
pub fn compare_one<'s>(
    scenario: &'s Scenario,
    base: &[OrgSettings],
    i: usize,
    (mode, agm): (Mode, bool),
) -> Option<Comparison<'s>> {
    let org = scenario.organizations.get(i)?;
    let set = OrgSettings {
        mode,
        agm_enabled: agm,
    };
    let (evaluation, own) = evaluate_one(scenario, i, set)?;
    let modes: Vec<Mode> = scenario
        .organizations
        .iter()
        .enumerate()
        .map(|(j, o)| {
            let s = match base.get(j) {
                _ if j == i => set,
                Some(s) => *s,
                None => OrgSettings {
                    mode: o.mode,
                    agm_enabled: o.agm_enabled,
                },
            };
            effective_mode(scenario, j, s)
        })
        .collect();
    let mut findings = SeverityCounts::default();
    for f in of_scenario(scenario, &modes).iter().chain(&own) {
        match f.severity() {
            Severity::Error => findings.error += 1,
            Severity::Warning => findings.warning += 1,
            Severity::Info => findings.info += 1,
        }
    }
    Some(Comparison {
        organization: &org.id,
        mode,
        group_mappings: agm,
        eligible: scenario.plan.allows(org.product, mode),
        counts: evaluation.counts,
        findings,
    })
}
