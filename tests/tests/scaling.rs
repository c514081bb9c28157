//! Cost stays linear in the input: the work that was once quadratic, timed at two sizes in one
//! run, four times the input costing at most about four times the time (the bound, 8x, leaves
//! room for noise; quadratic work would take 16x). Each time is the best of three runs.

use std::time::{Duration, Instant};

use provplan_core::import::{SourceFile, import};
use provplan_core::{Scenario, compare, evaluate};

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

/// `work(n)` and `work(4n)`: the ratio of their best times is at most 8.
fn scales_linearly(what: &str, n: usize, work: impl Fn(usize) -> Box<dyn FnMut()>) {
    let small = best_of_three(work(n));
    let large = best_of_three(work(4 * n));
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    println!(
        "{what}: {n} in {small:?}, {} in {large:?}: {ratio:.1}x",
        4 * n
    );
    assert!(
        ratio <= 8.0,
        "{what}: 4x the input took {ratio:.1}x the time"
    );
}

/// `n` directory groups `team-i`, each with one user, all mapped as `TEAM-i`: every mapped
/// group is unknown and differs from a directory group only in letter case (R21's hint).
fn unknown_groups(n: usize) -> Scenario {
    let users: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"email": "u{i}@x.com", "groups": ["team-{i}"]}}"#))
        .collect();
    let mapped: Vec<String> = (0..n).map(|i| format!(r#""TEAM-{i}""#)).collect();
    let text = format!(
        r#"{{"version": 1, "plan": "enterprise_seat_based", "directory": {{"users": [{}]}},
        "organizations": [{{"id": "claude", "product": "claude", "provisioning": {{"mode": "scim",
        "group_mappings": {{"enabled": true, "roles": {{"user": [{}]}}}}}}}}]}}"#,
        users.join(","),
        mapped.join(",")
    );
    Scenario::parse(&text).unwrap()
}

#[test]
fn r21_letter_case_hints_scale_linearly() {
    scales_linearly("R21 hints", 2_000, |n| {
        let sc = unknown_groups(n);
        Box::new(move || {
            let ev = evaluate(&sc);
            assert_eq!(
                ev.findings
                    .iter()
                    .filter(|f| f.code().id() == "UNKNOWN_GROUP")
                    .count(),
                1
            );
        })
    });
}

/// `orgs` Console organizations of 200 users each.
fn many_organizations(orgs: usize) -> Scenario {
    let users: Vec<String> = (0..200)
        .map(|i| format!(r#"{{"email": "u{i}@x.com", "groups": ["g{}"]}}"#, i % 7))
        .collect();
    let orgs: Vec<String> = (0..orgs)
        .map(|i| {
            format!(
                r#"{{"id": "c{i}", "product": "console", "provisioning": {{"mode": "jit",
                "group_mappings": {{"enabled": true, "roles": {{"admin": ["g0"], "developer": ["g1"]}}}}}}}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{"version": 1, "plan": "enterprise_seat_based", "directory": {{"users": [{}]}},
        "organizations": [{}]}}"#,
        users.join(","),
        orgs.join(",")
    );
    Scenario::parse(&text).unwrap()
}

#[test]
fn the_mode_comparison_scales_linearly_in_organizations() {
    scales_linearly("compare", 10, |n| {
        let sc = many_organizations(n);
        Box::new(move || assert_eq!(compare(&sc).len(), 5 * n))
    });
}

/// A SCIM export on one line: `n` users and one group of them all.
fn minified_scim(n: usize) -> String {
    let users: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"{i}","userName":"u{i}@x.com"}}"#
            )
        })
        .collect();
    let members: Vec<String> = (0..n).map(|i| format!(r#"{{"value":"{i}"}}"#)).collect();
    format!(
        r#"{{"Resources":[{},{{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g","displayName":"all","members":[{}]}}]}}"#,
        users.join(","),
        members.join(",")
    )
}

#[test]
fn a_minified_scim_export_imports_in_linear_time() {
    scales_linearly("minified SCIM", 2_000, |n| {
        let text = minified_scim(n);
        Box::new(move || {
            let files = [SourceFile {
                name: "scim.json",
                text: &text,
            }];
            let imported = import(&files, None).unwrap();
            assert_eq!(imported.directory.users.len(), n);
        })
    });
}
