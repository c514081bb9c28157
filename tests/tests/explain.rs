//! `explain` beside the findings: R26's sign-in check and R27's exemption say what the
//! findings say; and its cost: one user's trace from an evaluation already made, against the
//! evaluation (a test binary of its own, so that its 100,000-user evaluations do not run
//! beside the wall-clock ratios of `scaling.rs`).

use std::time::{Duration, Instant};

use provplan_core::explain::TraceStep;
use provplan_core::{Code, Scenario, evaluate};
use provplan_tests::root;

/// R26 and R27: a user's trace says they cannot sign in exactly when `SSO_EMAIL_MISMATCH`
/// names them in that organization, and that they are the exempt Primary Owner exactly where
/// their row says so.
#[test]
fn sign_in_checks_and_exemptions_agree_with_the_findings() {
    let mut blocked_seen = 0;
    for fixture in ["sso-email.json", "primary-owner.json"] {
        let text = std::fs::read_to_string(root().join("tests/fixtures").join(fixture)).unwrap();
        let sc = Scenario::parse(&text).unwrap();
        let ev = evaluate(&sc);
        for o in &ev.organizations {
            let named: Vec<&str> = ev
                .findings
                .iter()
                .filter(|f| f.code() == Code::SsoEmailMismatch && f.organization() == Some(o.id))
                .flat_map(|f| f.subjects())
                .collect();
            for u in o.users.iter() {
                let x = provplan_core::explain_in(&sc, &ev, u.person, Some(o.id)).unwrap();
                let Some(TraceStep::Result {
                    sign_in_blocked,
                    primary_owner,
                    ..
                }) = x.organizations[0].steps.last()
                else {
                    panic!("no result step");
                };
                let email = o.users.email(u);
                assert_eq!(
                    *sign_in_blocked,
                    named.contains(&email),
                    "{fixture}: {email}"
                );
                assert_eq!(*primary_owner, u.primary_owner, "{fixture}: {email}");
                blocked_seen += usize::from(*sign_in_blocked);
            }
        }
    }
    assert!(blocked_seen > 0, "no fixture has a user who cannot sign in");
}

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
