//! Native benchmarks of the engine (divan): reading scenario JSON, indexing (validation),
//! evaluation and the mode comparison at 1k, 10k and 100k users of the generated scenario,
//! and evaluation with an SSO address of their own on a tenth of the users (R26).
//! Figures, not pass/fail: `cargo bench -p provplan-tests --bench engine`; `tests/run bench`
//! adds the WebAssembly side and the budget's ratios (tests/bench.mjs).

use std::sync::OnceLock;

use divan::{Bencher, black_box};
use provplan_core::generate::{Options, scenario};
use provplan_core::{Scenario, ScenarioDoc, compare, evaluate};

const SIZES: [u32; 3] = [1_000, 10_000, 100_000];

fn main() {
    divan::main();
}

struct Input {
    doc: ScenarioDoc,
    text: String,
    scenario: Scenario,
}

/// The generated scenario of each size, built once.
fn input(users: u32) -> &'static Input {
    static INPUTS: OnceLock<Vec<Input>> = OnceLock::new();
    let all = INPUTS.get_or_init(|| {
        SIZES
            .iter()
            .map(|&n| {
                let doc = scenario(Options { users: n, seed: 1 });
                let text = serde_json::to_string(&doc).unwrap_or_default();
                let scenario = Scenario::from_doc(&doc).unwrap_or_else(|e| panic!("{e}"));
                Input {
                    doc,
                    text,
                    scenario,
                }
            })
            .collect()
    });
    let i = SIZES.iter().position(|&n| n == users).unwrap_or(0);
    &all[i]
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn parse(bencher: Bencher, users: u32) {
    let text = &input(users).text;
    bencher.bench(|| ScenarioDoc::from_json_str(black_box(text)).is_ok());
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn index(bencher: Bencher, users: u32) {
    let doc = &input(users).doc;
    bencher.bench(|| Scenario::from_doc(black_box(doc)).is_ok());
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn evaluate_scenario(bencher: Bencher, users: u32) {
    let sc = &input(users).scenario;
    bencher.bench(|| evaluate(black_box(sc)).organizations.len());
}

/// R26: the generated scenario with `sso_email` on a tenth of the users, every SCIM member
/// among them listed by `SSO_EMAIL_MISMATCH`.
#[divan::bench(args = SIZES, sample_count = 20)]
fn evaluate_with_sso_emails(bencher: Bencher, users: u32) {
    let mut doc = scenario(Options { users, seed: 1 });
    provplan_core::generate::with_sso_emails(&mut doc);
    let sc = Scenario::from_doc(&doc).unwrap_or_else(|e| panic!("{e}"));
    bencher.bench(|| evaluate(black_box(&sc)).findings.len());
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn compare_modes(bencher: Bencher, users: u32) {
    let sc = &input(users).scenario;
    bencher.bench(|| compare(black_box(sc)).len());
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn evaluate_to_json(bencher: Bencher, users: u32) {
    let sc = &input(users).scenario;
    bencher.bench(|| provplan_core::write::to_string(&evaluate(black_box(sc))).len());
}
