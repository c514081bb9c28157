//! Differential test: the engine against the reference evaluator of `tests/src/reference.rs`,
//! written straight from `core/RULES.md`, over generated scenarios of format versions 1 and 2:
//! every plan, mode and AGM switch, members in and out of the directory (emails in other letter
//! case), seats given or not, Console precedence overrides (six roles in version 2, with
//! `limited_developer`), an actor who is a user, a member only, or unknown, and in version 2
//! mostly a Primary Owner (R27), in the directory or not, sometimes the actor.
//! Per organization and user they must agree on status, role, seat tier, change,
//! `takes_effect`, `role_source`, `seat_source` and `primary_owner`; per tier on seats assigned,
//! pending and shortfall; on every finding's code, subjects and params (per organization and
//! for the whole scenario); on the checklist's steps and statuses; and on the notes (id, rule,
//! interpretation) per organization and for the whole scenario.

use proptest::prelude::*;
use provplan_tests::reference;
use serde_json::json;

mod common;

use common::{config_with, sketches};

proptest! {
    // 4,096 cases (PROPTEST_CASES overrides): the Primary Owner's cases under group mappings
    // are a small share of them.
    #![proptest_config(config_with(4096))]

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
            ("match_sign_in_email", "done"),
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

/// A version 2 scenario on `enterprise_seat_based`: Ada (Owner, Premium, in the owners' and
/// the premium group) and the Primary Owner `po@x.com`, whose directory entry (or none), tier
/// held and organization settings each case gives.
fn primary_owner_scenario(
    po: Option<serde_json::Value>,
    po_tier: &str,
    provisioning: serde_json::Value,
) -> serde_json::Value {
    let mut users =
        vec![json!({"email": "ada@x.com", "groups": ["anthropic-owners", "anthropic-premium"]})];
    users.extend(po);
    json!({
        "version": 2, "plan": "enterprise_seat_based", "actor": "ada@x.com",
        "directory": {"scim_connected": true, "users": users},
        "organizations": [{
            "id": "c", "product": "claude", "provisioning": provisioning,
            "seats": {"premium": 2, "standard": 2},
            "members": [
                {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
                {"email": "po@x.com", "role": "owner", "seat_tier": po_tier, "primary_owner": true}
            ]
        }]
    })
}

/// Group mappings in effect under `mode`: owners, admins and users by group, Premium and
/// Standard by group.
fn mapped(mode: &str) -> serde_json::Value {
    json!({"mode": mode, "group_mappings": {"enabled": true,
        "roles": {"owner": ["anthropic-owners"], "admin": ["anthropic-admins"],
                  "user": ["anthropic-users"]},
        "seat_tiers": {"premium": ["anthropic-premium"], "standard": ["anthropic-standard"]}}})
}

/// R27 in the reference, case by case from RULES.md: the Primary Owner is kept (`member`,
/// Owner, the tier held, `change` `none`, `existing` sources, `primary_owner`) in every mode;
/// `PRIMARY_OWNER_EXEMPT` and the note `primary_owner_exempt` say what provisioning would have
/// done — removed (R12, role null), blocked (R12, the role held), another role (R11), another
/// tier (R14; R15 from below the highest) — and appear only then; R12's findings, R22 and
/// DEFAULT_SEAT_TIER leave them out; R17 counts their seat. The engine agrees, point by point
/// of RULES.md (no known disagreement is involved).
#[test]
fn r27_reference_keeps_the_primary_owner_and_says_what_provisioning_would_do() {
    let po = |groups: &[&str]| Some(json!({"email": "po@x.com", "groups": groups}));
    let unassigned =
        Some(json!({"email": "po@x.com", "assigned": false, "groups": ["anthropic-users"]}));
    let exempt = |status: &str, role: Option<&str>, tier: Option<&str>| {
        Some(json!({"status": status, "role": role, "seat_tier": tier}))
    };
    // (what the case shows, the Primary Owner in the directory, tier held, provisioning,
    // what provisioning would have done, the Claude organization's other findings)
    let cases = [
        (
            "SCIM removes a member not in the directory (R12)",
            None,
            "standard",
            json!({"mode": "scim"}),
            exempt("removed", None, None),
            vec![],
        ),
        (
            "JIT blocks them, with the role held (R12)",
            None,
            "standard",
            json!({"mode": "jit"}),
            exempt("blocked", Some("owner"), None),
            vec![],
        ),
        (
            "Invite only does nothing to anyone",
            None,
            "standard",
            json!({"mode": "manual"}),
            None,
            vec![],
        ),
        (
            "SCIM without mappings keeps an assigned member as they are",
            po(&[]),
            "standard",
            json!({"mode": "scim"}),
            None,
            vec![],
        ),
        (
            "in a mapped group but not assigned: removed, and not in R22's list",
            unassigned,
            "premium",
            mapped("scim"),
            exempt("removed", None, None),
            vec!["UNKNOWN_GROUP"],
        ),
        (
            "the users' and the Standard group: User on Standard (R11, R14)",
            po(&["anthropic-users", "anthropic-standard"]),
            "premium",
            mapped("scim"),
            exempt("member", Some("user"), Some("standard")),
            vec!["UNKNOWN_GROUP"],
        ),
        (
            "the admins' group under JIT: Admin, same tier (R11)",
            po(&["anthropic-admins", "anthropic-premium"]),
            "premium",
            mapped("jit"),
            exempt("member", Some("admin"), None),
            vec!["UNKNOWN_GROUP"],
        ),
        (
            "no seat-tier group, Standard held: the default tier, Premium (R15)",
            po(&["anthropic-owners"]),
            "standard",
            mapped("scim"),
            exempt("member", Some("owner"), Some("premium")),
            vec!["UNKNOWN_GROUP"],
        ),
        (
            "no seat-tier group, Premium held: the default tier is no move",
            po(&["anthropic-owners"]),
            "premium",
            mapped("scim"),
            None,
            vec!["UNKNOWN_GROUP"],
        ),
        (
            "the groups give what they hold",
            po(&["anthropic-owners", "anthropic-standard"]),
            "standard",
            mapped("jit"),
            None,
            vec!["UNKNOWN_GROUP"],
        ),
    ];
    for (what, entry, tier, provisioning, would, others) in cases {
        let scenario = primary_owner_scenario(entry, tier, provisioning);
        let r = reference::evaluate(&scenario);
        let o = &r.organizations[0];
        let u = o
            .users
            .iter()
            .find(|u| u.email == "po@x.com")
            .unwrap_or_else(|| panic!("{what}: no row for the Primary Owner"));
        assert_eq!(
            (
                u.status.as_str(),
                u.role.as_deref(),
                u.seat_tier.as_deref(),
                u.change.as_str(),
                u.takes_effect.as_deref(),
                u.role_source.as_deref(),
                u.seat_source.as_deref(),
                u.primary_owner
            ),
            (
                "member",
                Some("owner"),
                Some(tier),
                "none",
                None,
                Some("existing"),
                Some("existing"),
                true
            ),
            "{what}"
        );
        // Nobody else is the Primary Owner.
        assert!(
            o.users.iter().filter(|u| u.primary_owner).count() == 1,
            "{what}"
        );
        let found: Vec<&reference::Finding> = o
            .findings
            .iter()
            .filter(|f| f.code == "PRIMARY_OWNER_EXEMPT")
            .collect();
        let note = o.notes.iter().any(|n| n.id == "primary_owner_exempt");
        match &would {
            Some(params) => {
                assert_eq!(found.len(), 1, "{what}");
                assert_eq!(found[0].subjects, ["po@x.com"], "{what}");
                assert_eq!(&found[0].params, params, "{what}");
                assert!(note, "{what}: the note primary_owner_exempt");
            }
            None => assert!(found.is_empty() && !note, "{what}: {found:?}"),
        }
        let mut codes: Vec<&str> = o
            .findings
            .iter()
            .map(|f| f.code.as_str())
            .filter(|c| *c != "PRIMARY_OWNER_EXEMPT")
            .collect();
        codes.sort_unstable();
        assert_eq!(codes, others, "{what}");
        // R17: both Owners hold their seats; nobody waits.
        let held: u64 = o.seats.values().map(|(assigned, _, _)| assigned).sum();
        assert_eq!(held, 2, "{what}: {:?}", o.seats);
        assert!(o.seats.values().all(|(_, _, short)| *short == 0), "{what}");
        assert_eq!(
            reference::differences(&scenario),
            Vec::<String>::new(),
            "{what}"
        );
    }
}

/// R27 and R20 in the reference: an actor who is the Primary Owner keeps Owner, so never gets
/// `ACTOR_LOSES_ACCESS` in the Claude organization, where anyone else in their place would;
/// in a Console organization R20 watches them as anyone.
#[test]
fn r27_reference_never_takes_access_from_a_primary_owner_actor() {
    // In no group under SCIM + mappings: anyone else would be removed.
    let mut scenario = primary_owner_scenario(
        Some(json!({"email": "po@x.com"})),
        "standard",
        mapped("scim"),
    );
    scenario["actor"] = json!("PO@x.com");
    scenario["organizations"].as_array_mut().unwrap().push(
        json!({"id": "k", "product": "console", "provisioning": mapped_console(),
            "members": [{"email": "po@x.com", "role": "admin"}]}),
    );
    let actor_loses = |v: &serde_json::Value| -> Vec<(String, serde_json::Value)> {
        let r = reference::evaluate(v);
        r.organizations
            .iter()
            .flat_map(|o| {
                o.findings
                    .iter()
                    .filter(|f| f.code == "ACTOR_LOSES_ACCESS")
                    .map(|f| (o.id.clone(), f.params.clone()))
            })
            .collect()
    };
    assert_eq!(
        actor_loses(&scenario),
        [("k".to_owned(), json!({"role": null, "status": "removed"}))]
    );
    assert_eq!(reference::differences(&scenario), Vec::<String>::new());
    // Not marked, the same person loses Owner in the Claude organization too.
    let mut unmarked = scenario.clone();
    unmarked["organizations"][0]["members"][1]["primary_owner"] = json!(false);
    assert_eq!(
        actor_loses(&unmarked),
        [
            ("c".to_owned(), json!({"role": null, "status": "removed"})),
            ("k".to_owned(), json!({"role": null, "status": "removed"}))
        ]
    );
    assert_eq!(reference::differences(&unmarked), Vec::<String>::new());
}

/// A Console organization under SCIM with group mappings: only `anthropic-console-admins`
/// maps a role.
fn mapped_console() -> serde_json::Value {
    json!({"mode": "scim", "group_mappings": {"enabled": true,
        "roles": {"admin": ["anthropic-console-admins"]}}})
}

/// R3 in the reference: in version 2, Developer > Limited Developer > Claude Code User, Billing
/// cannot be ranked against any of them, and the default precedence puts Limited Developer
/// right after Developer; in version 1 the role does not exist and the old list applies.
#[test]
fn r03_reference_ranks_limited_developer_in_version_2() {
    use reference::above;
    for (a, b) in [
        ("developer", "limited_developer"),
        ("limited_developer", "claude_code_user"),
        ("developer", "claude_code_user"),
        ("admin", "limited_developer"),
        ("limited_developer", "user"),
    ] {
        assert!(
            above("console", a, b) && !above("console", b, a),
            "{a} > {b}"
        );
    }
    for r in ["developer", "limited_developer", "claude_code_user"] {
        assert!(!above("console", r, "billing") && !above("console", "billing", r));
    }
    assert_eq!(
        reference::roles_of("console", 2),
        [
            "admin",
            "developer",
            "limited_developer",
            "billing",
            "claude_code_user",
            "user"
        ]
    );
    assert_eq!(
        reference::roles_of("console", 1),
        ["admin", "developer", "billing", "claude_code_user", "user"]
    );
    // Every list that agrees with R3: Billing in each place between Admin and User.
    assert_eq!(reference::precedence_lists("console", 2).len(), 4);
    assert_eq!(reference::precedence_lists("console", 1).len(), 3);

    let scenario = |precedence: Option<Vec<&str>>| {
        let mut gm = json!({"enabled": true, "roles": {
            "developer": ["anthropic-d"], "limited_developer": ["anthropic-l"],
            "billing": ["anthropic-b"], "claude_code_user": ["anthropic-c"]}});
        if let Some(p) = precedence {
            gm["role_precedence"] = json!(p);
        }
        json!({"version": 2, "plan": "console_only",
            "directory": {"scim_connected": true, "users": [
                {"email": "a@x.com", "groups": ["anthropic-d", "anthropic-l"]},
                {"email": "b@x.com", "groups": ["anthropic-l", "anthropic-c"]},
                {"email": "c@x.com", "groups": ["anthropic-b", "anthropic-l", "anthropic-c"]},
                {"email": "d@x.com", "groups": ["anthropic-l"]}
            ]},
            "organizations": [{"id": "k", "product": "console",
                "provisioning": {"mode": "scim", "group_mappings": gm}}]})
    };
    let roles = |v: &serde_json::Value| {
        let r = reference::evaluate(v);
        let o = &r.organizations[0];
        let given: Vec<String> = o
            .users
            .iter()
            .map(|u| u.role.clone().unwrap_or_default())
            .collect();
        let ambiguous: Vec<(Vec<String>, serde_json::Value)> = o
            .findings
            .iter()
            .filter(|f| f.code == "ROLE_AMBIGUOUS")
            .map(|f| (f.subjects.clone(), f.params.clone()))
            .collect();
        let notes: Vec<String> = o.notes.iter().map(|n| n.id.clone()).collect();
        (given, ambiguous, notes)
    };
    let default = scenario(None);
    assert_eq!(
        roles(&default),
        (
            [
                "developer",
                "limited_developer",
                "limited_developer",
                "limited_developer"
            ]
            .map(String::from)
            .to_vec(),
            vec![(
                vec!["c@x.com".to_owned()],
                json!({"roles": ["billing", "limited_developer"], "chosen": "limited_developer"})
            )],
            ["console_ranking", "default_precedence"]
                .map(String::from)
                .to_vec()
        )
    );
    let billing_first = scenario(Some(vec![
        "admin",
        "billing",
        "developer",
        "limited_developer",
        "claude_code_user",
        "user",
    ]));
    let (given, ambiguous, notes) = roles(&billing_first);
    assert_eq!(given[2], "billing");
    assert_eq!(ambiguous[0].1["chosen"], "billing");
    // The scenario sets its own list: no note on the default one.
    assert_eq!(notes, ["console_ranking"]);
    for v in [default, billing_first] {
        assert_eq!(reference::differences(&v), Vec::<String>::new());
    }
}

// --- Three points the engine once read otherwise than RULES.md -------------------------------
//
// Each with its smallest scenario: what RULES.md says, and the engine agreeing.

/// R27/R20: the actor is the Primary Owner, not in the directory; JIT without group mappings.
fn unassigned_primary_owner_actor() -> serde_json::Value {
    json!({"version": 2, "plan": "team", "actor": "po@x.com",
        "directory": {"users": []},
        "organizations": [{"id": "c", "product": "claude", "provisioning": {"mode": "jit"},
            "members": [{"email": "po@x.com", "role": "owner", "primary_owner": true}]}]})
}

/// R17/§8: a blocked member (JIT, not in the directory) of unknown tier, no `seats`.
fn blocked_member_of_unknown_tier() -> serde_json::Value {
    json!({"version": 1, "plan": "team",
        "directory": {"users": []},
        "organizations": [{"id": "c", "product": "claude", "provisioning": {"mode": "jit"},
            "members": [{"email": "bo@x.com", "role": "user"}]}]})
}

/// R27/R1/R11: the Primary Owner's groups map both usage-based tiers (`usage_tier_order`) and
/// no role (`seat_group_scope`); nobody else's groups do.
fn primary_owner_groups_only() -> serde_json::Value {
    json!({"version": 2, "plan": "enterprise_usage_based", "actor": "ada@x.com",
        "directory": {"scim_connected": true, "users": [
            {"email": "ada@x.com", "groups": ["owners", "chat"]},
            {"email": "po@x.com", "groups": ["chat", "code"]}]},
        "organizations": [{"id": "c", "product": "claude",
            "provisioning": {"mode": "scim", "group_mappings": {"enabled": true,
                "roles": {"owner": ["owners"]},
                "seat_tiers": {"chat": ["chat"], "chat_claude_code": ["code"]}}},
            "members": [
                {"email": "ada@x.com", "role": "owner", "seat_tier": "chat"},
                {"email": "po@x.com", "role": "owner", "seat_tier": "chat_claude_code",
                    "primary_owner": true}]}]})
}

#[test]
fn r27_the_engine_reads_the_primary_owner_and_blocked_seats_as_the_rules_do() {
    use reference::evaluate;
    let codes = |s: &reference::Summary| -> Vec<String> {
        s.organizations[0]
            .findings
            .iter()
            .map(|f| f.code.clone())
            .collect()
    };
    let notes = |s: &reference::Summary| -> Vec<String> {
        s.organizations[0]
            .notes
            .iter()
            .map(|n| n.id.clone())
            .collect()
    };

    // R27: "never gets ACTOR_LOSES_ACCESS there", with or without group mappings.
    let v = unassigned_primary_owner_actor();
    assert_eq!(codes(&evaluate(&v)), ["PRIMARY_OWNER_EXEMPT"]);
    assert_eq!(
        evaluate(&v).checklist.last().cloned(),
        Some(("save".to_owned(), "ready".to_owned()))
    );

    // §8: "a Claude organization has no seats but someone holds or gets a seat": the blocked
    // member keeps theirs (R10, R17).
    let v = blocked_member_of_unknown_tier();
    assert_eq!(
        notes(&evaluate(&v)),
        ["capacity_not_checked", "jit_blocks_members"]
    );

    // R27: the Primary Owner's groups decide nothing, so they give no note of R1 or R11.
    let v = primary_owner_groups_only();
    assert_eq!(
        notes(&evaluate(&v)),
        ["capacity_not_checked", "primary_owner_exempt"]
    );

    for v in [
        unassigned_primary_owner_actor(),
        blocked_member_of_unknown_tier(),
        primary_owner_groups_only(),
    ] {
        assert_eq!(reference::differences(&v), Vec::<String>::new(), "{v}");
    }
}

/// R28: the reference and the engine agree on the removal limit, by number and by share, at,
/// above and without it, and the sketches the properties draw reach the finding.
#[test]
fn r28_reference_counts_removals_against_the_limit() {
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(provplan_tests::root().join("tests/fixtures/removal-limit.json"))
            .unwrap(),
    )
    .unwrap();
    for limit in [
        json!("20%"),
        json!("40%"),
        json!("39%"),
        json!(3),
        json!(4),
        json!(0),
        json!("0%"),
        json!("100%"),
    ] {
        let mut v = fixture.clone();
        v["max_removals"] = limit.clone();
        assert_eq!(reference::differences(&v), Vec::<String>::new(), "{limit}");
    }
    // 4 of 10 members lose access in the Claude organization: 40% allows 4, 39% 3.
    let with = |limit: serde_json::Value| {
        let mut v = fixture.clone();
        v["max_removals"] = limit;
        reference::evaluate(&v)
            .organizations
            .iter()
            .flat_map(|o| o.findings.iter().map(|f| f.code.clone()))
            .filter(|c| c == "REMOVAL_THRESHOLD")
            .count()
    };
    assert_eq!(with(json!("40%")), 0);
    assert_eq!(with(json!("39%")), 1);
    assert_eq!(with(json!(4)), 0);
    assert_eq!(with(json!(3)), 1);
    // The generated sketches reach it (so the differential property checks it).
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let reached = (0..400).any(|_| {
        let sketch =
            proptest::strategy::ValueTree::current(&sketches().new_tree(&mut runner).unwrap());
        let v = sketch.scenario();
        reference::evaluate(&v)
            .organizations
            .iter()
            .any(|o| o.findings.iter().any(|f| f.code == "REMOVAL_THRESHOLD"))
    });
    assert!(reached, "no sketch raised REMOVAL_THRESHOLD");
}
