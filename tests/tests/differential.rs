//! Differential test: the engine against the reference evaluator of `tests/src/reference.rs`,
//! written straight from `core/RULES.md`, over generated scenarios: every plan, mode and AGM
//! switch, members in and out of the directory (emails in other letter case), seats given or
//! not, Console precedence overrides, an actor who is a user, a member only, or unknown.
//! Per organization and user they must agree on status, role, seat tier, change,
//! `takes_effect`, `role_source` and `seat_source`; per tier on seats assigned, pending and
//! shortfall; on every finding's code, subjects and params (per organization and for the whole
//! scenario); and on the checklist's steps and statuses.

use proptest::prelude::*;
use provplan_tests::reference;
use serde_json::json;

mod common;

use common::{config, sketches};

proptest! {
    #![proptest_config(config())]

    /// The engine and the reference evaluator agree on every generated scenario.
    #[test]
    fn engine_agrees_with_the_reference(sketch in sketches()) {
        let scenario = sketch.scenario();
        let diff = reference::differences(&scenario);
        prop_assert!(diff.is_empty(), "{}\nscenario: {scenario:#}", diff.join("\n"));
    }
}

/// The reference evaluator itself, on a scenario worked out by hand from RULES.md, so that the
/// differential test compares against something checked: R17's serving order (a mover freed
/// by a later mover in a second pass, named tiers before the default tier, the default tier
/// finding nothing), R11's defaulted role, R12, R21–R23.
#[test]
fn r17_reference_serves_movers_then_named_then_default() {
    let scenario = json!({
        "version": 1, "plan": "enterprise_seat_based", "actor": "ada@x.com",
        "directory": {"scim_connected": true, "users": [
            {"email": "ada@x.com", "groups": ["anthropic-owners", "anthropic-premium"]},
            {"email": "bo@x.com", "groups": ["anthropic-standard"]},
            {"email": "cy@x.com", "groups": ["anthropic-premium"]},
            {"email": "di@x.com", "groups": ["anthropic-users"]},
            {"email": "ed@x.com", "groups": ["anthropic-premium"]},
            {"email": "fay@x.com", "groups": ["anthropic-users"], "assigned": false},
            {"email": "hal@x.com", "groups": ["anthropic-users"]}
        ]},
        "organizations": [{
            "id": "c", "product": "claude",
            "seats": {"premium": 1, "standard": 2},
            "provisioning": {"mode": "scim", "group_mappings": {"enabled": true,
                "roles": {"owner": ["anthropic-owners"], "user": ["anthropic-users", "Ghost"]},
                "seat_tiers": {"premium": ["anthropic-premium"], "standard": ["anthropic-standard"]}}},
            "members": [
                {"email": "ada@x.com", "role": "owner", "seat_tier": "standard"},
                {"email": "BO@x.com", "role": "user", "seat_tier": "premium"},
                {"email": "gus@x.com", "role": "user", "seat_tier": "premium"}
            ]
        }]
    });
    // Held now: ada standard, bo premium; gus is removed and gives his seat back.
    // Movers, pass 1: ada → premium is full (bo), waits; bo → standard (1 of 2) moves and
    // frees premium. Pass 2: ada → premium moves and frees standard.
    // Named: cy and ed want premium (1 of 1): not added, 2 short of premium.
    // Default: di takes the highest free tier, standard (1 of 2); hal finds none: not added,
    // 1 short of the lowest tier, standard.
    let r = reference::evaluate(&scenario);
    let o = &r.organizations[0];
    let got: Vec<[&str; 5]> = o
        .users
        .iter()
        .map(|u| {
            [
                u.email.as_str(),
                u.status.as_str(),
                u.role.as_deref().unwrap_or("-"),
                u.seat_tier.as_deref().unwrap_or("-"),
                u.change.as_str(),
            ]
        })
        .collect();
    assert_eq!(
        got,
        [
            ["ada@x.com", "member", "owner", "premium", "update"],
            ["bo@x.com", "member", "user", "standard", "update"],
            ["cy@x.com", "not_added", "-", "-", "none"],
            ["di@x.com", "member", "user", "standard", "add"],
            ["ed@x.com", "not_added", "-", "-", "none"],
            ["fay@x.com", "out_of_scope", "-", "-", "none"],
            ["hal@x.com", "not_added", "-", "-", "none"],
            ["gus@x.com", "removed", "-", "-", "remove"],
        ]
    );
    let effects: Vec<Option<&str>> = o.users.iter().map(|u| u.takes_effect.as_deref()).collect();
    let on_save = Some("on_save");
    assert_eq!(
        effects,
        [on_save, on_save, None, on_save, None, None, None, on_save]
    );
    let seats: Vec<(&str, (u64, u64, u64))> =
        o.seats.iter().map(|(t, c)| (t.as_str(), *c)).collect();
    assert_eq!(seats, [("premium", (1, 0, 2)), ("standard", (2, 0, 1))]);
    let codes: Vec<&str> = o.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "DEFAULT_SEAT_TIER",
            "GROUP_NAMING",
            "MEMBERS_REMOVED_ON_SAVE",
            "ROLE_DEFAULTED",
            "SEAT_SHORTFALL",
            "UNASSIGNED_IN_GROUP",
            "UNKNOWN_GROUP",
        ]
    );
    assert!(r.findings.is_empty());
    // §8 sources: ada's groups give both (she moved up); bo has a tier group only, so the
    // default role; di takes the default tier; nobody else holds a role or a seat.
    let sources: Vec<(Option<&str>, Option<&str>)> = o
        .users
        .iter()
        .map(|u| (u.role_source.as_deref(), u.seat_source.as_deref()))
        .collect();
    assert_eq!(
        sources,
        [
            (
                Some("group:anthropic-owners"),
                Some("group:anthropic-premium")
            ),
            (Some("default"), Some("group:anthropic-standard")),
            (None, None),
            (Some("group:anthropic-users"), Some("default")),
            (None, None),
            (None, None),
            (None, None),
            (None, None),
        ]
    );
    // Subjects (emails in user order, groups sorted) and params of each finding.
    let details: Vec<(&str, Vec<&str>, serde_json::Value)> = o
        .findings
        .iter()
        .map(|f| {
            let subjects = f.subjects.iter().map(String::as_str).collect();
            (f.code.as_str(), subjects, f.params.clone())
        })
        .collect();
    assert_eq!(
        details,
        [
            (
                "DEFAULT_SEAT_TIER",
                vec!["di@x.com"],
                json!({"count": 1, "tiers": {"standard": 1}})
            ),
            (
                "GROUP_NAMING",
                vec!["Ghost"],
                json!({"prefix": "anthropic-claude-"})
            ),
            ("MEMBERS_REMOVED_ON_SAVE", vec!["gus@x.com"], json!({})),
            ("ROLE_DEFAULTED", vec!["bo@x.com"], json!({})),
            (
                "SEAT_SHORTFALL",
                vec!["cy@x.com", "ed@x.com", "hal@x.com"],
                json!({"tiers": {"premium": 2, "standard": 1}})
            ),
            ("UNASSIGNED_IN_GROUP", vec!["fay@x.com"], json!({})),
            ("UNKNOWN_GROUP", vec!["Ghost"], json!({"case_mismatch": {}})),
        ]
    );
    // §6: R12 and R22 hold back set_mode, R21 assign_groups, the shortfall (an error under
    // SCIM) the save.
    let steps: Vec<(&str, &str)> = r
        .checklist
        .iter()
        .map(|(id, status)| (id.as_str(), status.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            ("prerequisites", "todo"),
            ("choose_mode", "done"),
            ("connect_directory", "done"),
            ("set_mode", "todo"),
            ("assign_groups", "todo"),
            ("map_groups", "done"),
            ("save", "blocked"),
        ]
    );
    // And the engine agrees.
    assert_eq!(reference::differences(&scenario), Vec::<String>::new());
}

/// R3/R11 in the reference: Console roles that cannot be ranked are decided by the precedence
/// list (default or overridden), and a role above both wins without ambiguity.
#[test]
fn r11_reference_ranks_console_roles() {
    let scenario = |precedence: Option<[&str; 5]>| {
        let mut gm = json!({"enabled": true, "roles": {
            "admin": ["anthropic-a"], "developer": ["anthropic-d"],
            "billing": ["anthropic-b"], "claude_code_user": ["anthropic-c"]}});
        if let Some(p) = precedence {
            gm["role_precedence"] = json!(p);
        }
        json!({"version": 1, "plan": "console_only",
            "directory": {"scim_connected": true, "users": [
                {"email": "a@x.com", "groups": ["anthropic-a", "anthropic-b", "anthropic-d"]},
                {"email": "b@x.com", "groups": ["anthropic-b", "anthropic-d"]},
                {"email": "c@x.com", "groups": ["anthropic-b", "anthropic-c"]},
                {"email": "d@x.com", "groups": ["anthropic-c", "anthropic-d"]}
            ]},
            "organizations": [{"id": "k", "product": "console",
                "provisioning": {"mode": "scim", "group_mappings": gm}}]})
    };
    // The roles given, and the ROLE_AMBIGUOUS findings: one per user, with the two roles
    // sorted and the one chosen.
    type Ambiguous = Vec<(Vec<String>, serde_json::Value)>;
    let roles = |v: &serde_json::Value| -> (Vec<String>, Ambiguous) {
        let r = reference::evaluate(v);
        let o = &r.organizations[0];
        (
            o.users
                .iter()
                .map(|u| u.role.clone().unwrap_or_default())
                .collect(),
            o.findings
                .iter()
                .filter(|f| f.code == "ROLE_AMBIGUOUS")
                .map(|f| (f.subjects.clone(), f.params.clone()))
                .collect(),
        )
    };
    let ambiguous = |b: &str, c: &str| -> Ambiguous {
        vec![
            (
                vec!["b@x.com".to_owned()],
                json!({"roles": ["billing", "developer"], "chosen": b}),
            ),
            (
                vec!["c@x.com".to_owned()],
                json!({"roles": ["billing", "claude_code_user"], "chosen": c}),
            ),
        ]
    };
    let default = scenario(None);
    assert_eq!(
        roles(&default),
        (
            ["admin", "developer", "billing", "developer"]
                .map(String::from)
                .to_vec(),
            ambiguous("developer", "billing")
        )
    );
    let billing_first = scenario(Some([
        "admin",
        "billing",
        "developer",
        "claude_code_user",
        "user",
    ]));
    assert_eq!(
        roles(&billing_first),
        (
            ["admin", "billing", "billing", "developer"]
                .map(String::from)
                .to_vec(),
            ambiguous("billing", "billing")
        )
    );
    for v in [default, billing_first] {
        assert_eq!(reference::differences(&v), Vec::<String>::new());
    }
}
