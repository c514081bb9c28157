//! `explain`'s cost: one user's trace from an evaluation already made, against the
//! evaluation. A test binary of its own, so that its 100,000-user evaluations do not run
//! beside the wall-clock ratios of `scaling.rs`.

use std::time::{Duration, Instant};

use provplan_core::{Scenario, evaluate};

fn best_of_three(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// At 100,000 users, one user's trace from an evaluation already made costs a small part of evaluating: it
/// reads that user's groups and the seat queue, and evaluates nobody again. Timed for the
/// last user of the directory (the end of the queue), against the evaluation it reads.
#[test]
fn one_users_trace_costs_far_less_than_the_evaluation() {
    let doc = provplan_core::generate::scenario(provplan_core::generate::Options {
        users: 100_000,
        seed: 5,
    });
    let sc = Scenario::from_doc(&doc).unwrap();
    let ev = evaluate(&sc);
    let last = sc.directory_len - 1;
    let evaluating = best_of_three(|| {
        let _ = evaluate(&sc);
    });
    let tracing = best_of_three(|| {
        let x = provplan_core::explain_in(&sc, &ev, last, None).unwrap();
        assert_eq!(x.organizations.len(), sc.organizations.len());
    });
    println!("evaluation {evaluating:?}, one trace {tracing:?}");
    assert!(
        tracing * 20 <= evaluating,
        "one trace took {tracing:?}, the evaluation {evaluating:?}"
    );
}
