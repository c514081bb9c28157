//! Native benchmarks of the engine: parse, index (validate), evaluate and compare at 1k, 10k
//! and 100k users, with the ratios the performance budget speaks of. Figures, not pass/fail:
//! `cargo bench -p provplan-tests --bench engine`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use provplan_core::generate::{Options, scenario};
use provplan_core::{Scenario, ScenarioDoc, compare, evaluate};

/// The median of `runs` timings of `f` (after one warm-up run).
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let sizes = [1_000u32, 10_000, 100_000];
    println!(
        "machine: {} cores, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        std::env::consts::ARCH
    );
    println!(
        "{:>8} {:>10} {:>10} {:>10} {:>10} {:>10} {:>12} {:>10}",
        "users",
        "json MB",
        "parse ms",
        "index ms",
        "eval ms",
        "compare ms",
        "eval/parse",
        "eval+ser"
    );
    let mut evals = Vec::new();
    for n in sizes {
        let doc = scenario(Options { users: n, seed: 1 });
        let text = serde_json::to_string(&doc).unwrap();
        let runs = if n >= 100_000 { 7 } else { 21 };
        let parse = median(runs, || {
            black_box(ScenarioDoc::from_json_str(black_box(&text)).unwrap());
        });
        let index = median(runs, || {
            black_box(Scenario::from_doc(black_box(&doc)).unwrap());
        });
        let sc = Scenario::from_doc(&doc).unwrap();
        let eval = median(runs, || {
            black_box(evaluate(black_box(&sc)));
        });
        let cmp = median(runs.min(7), || {
            black_box(compare(black_box(&sc)));
        });
        let eval_ser = median(runs, || {
            black_box(serde_json::to_string(&evaluate(black_box(&sc))).unwrap());
        });
        evals.push(eval);
        println!(
            "{:>8} {:>10.1} {:>10.2} {:>10.2} {:>10.2} {:>10.2} {:>12.3} {:>10.2}",
            n,
            text.len() as f64 / 1e6,
            ms(parse),
            ms(index),
            ms(eval),
            ms(cmp),
            eval.as_secs_f64() / parse.as_secs_f64(),
            ms(eval_ser)
        );
    }
    if let [_, ten, hundred] = evals[..] {
        println!(
            "scaling 10k → 100k: {:.1}× the time",
            hundred.as_secs_f64() / ten.as_secs_f64()
        );
    }
}
