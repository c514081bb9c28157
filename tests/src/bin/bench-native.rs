//! Times the engine natively on one scenario file and prints JSON, for the benchmark table of
//! `tests/bench.mjs` (which times the same file in WebAssembly in the same run):
//! `bench-native FILE` → `{"parse_ms": …, "index_ms": …, "load_ms": …, "evaluate_ms": …, "compare_ms": …}`.
#![forbid(unsafe_code)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use provplan_core::{Scenario, ScenarioDoc, compare, evaluate};

/// Median of repeated timings: at least 5 runs and 300 ms, at most 200 runs.
fn median(mut f: impl FnMut()) -> f64 {
    f();
    let mut runs: Vec<Duration> = Vec::new();
    let start = Instant::now();
    while runs.len() < 200 && (runs.len() < 5 || start.elapsed() < Duration::from_millis(300)) {
        let t = Instant::now();
        f();
        runs.push(t.elapsed());
    }
    runs.sort();
    runs.get(runs.len() / 2)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn main() {
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: bench-native FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            std::process::exit(2);
        }
    };
    let Ok(doc) = ScenarioDoc::from_json_str(&text) else {
        eprintln!("{file}: not a valid scenario");
        std::process::exit(2);
    };
    let Ok(sc) = Scenario::from_doc(&doc) else {
        eprintln!("{file}: not a valid scenario");
        std::process::exit(2);
    };
    let parse = median(|| {
        black_box(ScenarioDoc::from_json_str(black_box(&text)).ok());
    });
    let index = median(|| {
        black_box(Scenario::from_doc(black_box(&doc)).ok());
    });
    let load = median(|| {
        black_box(Scenario::parse(black_box(&text)).ok());
    });
    let eval = median(|| {
        black_box(evaluate(black_box(&sc)));
    });
    let cmp = median(|| {
        black_box(compare(black_box(&sc)));
    });
    println!(
        "{{\"users\": {}, \"bytes\": {}, \"parse_ms\": {parse:.4}, \"index_ms\": {index:.4}, \"load_ms\": {load:.4}, \"evaluate_ms\": {eval:.4}, \"compare_ms\": {cmp:.4}}}",
        sc.directory_len,
        text.len()
    );
}
