//! `provplan diff` and `diff::diff` (CONTRACT.md §3.1): a setup against itself differs in
//! nothing; against another, the users listed are exactly those whose evaluation rows
//! (status, role, seat tier, change) differ, a side that does not list a user counting as out
//! of scope; the exit codes are diff(1)'s.

use std::collections::BTreeMap;

use provplan_core::diff::diff;
use provplan_core::scenario::email_key;
use provplan_core::{Scenario, evaluate};
use provplan_tests::{examples, json_of, root, run_provplan, text};
use serde_json::{Value, json};

/// Every scenario at hand: the examples, a fixture of format 2 and generated ones.
fn scenarios() -> Vec<Scenario> {
    let mut texts: Vec<String> = examples()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    texts.push(std::fs::read_to_string(root().join("tests/fixtures/primary-owner.json")).unwrap());
    for seed in 1..=3 {
        let options = provplan_core::generate::Options { users: 300, seed };
        texts.push(provplan_core::generate::scenario(options).to_json_pretty());
    }
    texts.iter().map(|t| Scenario::parse(t).unwrap()).collect()
}

/// Per organization id, per email key, the row the diff compares (status, role, tier, change).
fn rows(ev: &Value) -> BTreeMap<(String, String), Value> {
    let mut out = BTreeMap::new();
    for o in ev["organizations"].as_array().unwrap() {
        for u in o["users"].as_array().unwrap() {
            let row = json!({"status": u["status"], "role": u["role"],
                "seat_tier": u["seat_tier"], "change": u["change"]});
            let email = email_key(u["email"].as_str().unwrap());
            out.insert((o["id"].as_str().unwrap().to_owned(), email), row);
        }
    }
    out
}

#[test]
fn a_setup_differs_from_itself_in_nothing() {
    for sc in scenarios() {
        let ev = evaluate(&sc);
        let d = diff(&ev, &ev);
        assert!(d.is_empty(), "{:?}", d);
        assert!(d.organizations.iter().all(|o| o.summary() == (0, 0, 0)));
    }
}

#[test]
fn the_users_listed_are_exactly_those_whose_rows_differ() {
    let all = scenarios();
    let unlisted =
        json!({"status": "out_of_scope", "role": null, "seat_tier": null, "change": "none"});
    let mut pairs = 0;
    for (b, a) in all.iter().zip(all.iter().skip(1).chain(all.first())) {
        let (eb, ea) = (evaluate(b), evaluate(a));
        let d = json_of(&diff(&eb, &ea));
        let (rb, ra) = (rows(&json_of(&eb)), rows(&json_of(&ea)));
        let mut expected: Vec<(String, String)> = rb
            .keys()
            .chain(ra.keys())
            .filter(|k| rb.get(*k).unwrap_or(&unlisted) != ra.get(*k).unwrap_or(&unlisted))
            .cloned()
            .collect();
        expected.sort();
        expected.dedup();
        let mut listed: Vec<(String, String)> = Vec::new();
        for o in d["organizations"].as_array().unwrap() {
            let id = o["id"].as_str().unwrap();
            for u in o["users"].as_array().unwrap() {
                let key = (id.to_owned(), email_key(u["email"].as_str().unwrap()));
                // Each side as that evaluation has it.
                assert_eq!(u["before"], rb.get(&key).cloned().unwrap_or(Value::Null));
                assert_eq!(u["after"], ra.get(&key).cloned().unwrap_or(Value::Null));
                listed.push(key);
            }
        }
        listed.sort();
        assert_eq!(listed, expected);
        pairs += 1;
    }
    assert!(pairs >= 6);
}

#[test]
fn a_user_who_loses_access_gains_it_or_changes_is_signed_and_counted() {
    let before = json!({"version": 2, "plan": "enterprise_seat_based", "actor": "ada@x.com",
        "directory": {"scim_connected": true, "users": [
            {"email": "ada@x.com", "groups": ["owners"]},
            {"email": "bo@x.com", "groups": ["users"]},
            {"email": "cy@x.com", "groups": ["users"]}]},
        "organizations": [{"id": "claude", "product": "claude",
            "provisioning": {"mode": "scim", "group_mappings": {"enabled": true,
                "roles": {"owner": ["owners"], "admin": ["admins"], "user": ["users"]}}},
            "members": [{"email": "ada@x.com", "role": "owner"}]}]});
    let mut after = before.clone();
    // Bo leaves the app, Cy becomes an Admin, Di joins.
    after["directory"]["users"][1]["assigned"] = json!(false);
    after["directory"]["users"][2]["groups"] = json!(["admins"]);
    after["directory"]["users"]
        .as_array_mut()
        .unwrap()
        .push(json!({"email": "Di@x.com", "groups": ["users"]}));
    let (b, a) = (
        provplan_tests::scenario(&before),
        provplan_tests::scenario(&after),
    );
    let (eb, ea) = (evaluate(&b), evaluate(&a));
    let d = diff(&eb, &ea);
    let o = &d.organizations[0];
    let signs: Vec<(char, &str)> = o.users.iter().map(|u| (u.sign(), u.email)).collect();
    assert_eq!(
        signs,
        [('-', "bo@x.com"), ('~', "cy@x.com"), ('+', "Di@x.com")]
    );
    assert_eq!(o.summary(), (1, 1, 1));
    // A finding is its code and subjects: R22's warning appears for Bo, and R15's, which now
    // names Di in Bo's place, counts as one gone and one come.
    let named = |list: &[provplan_core::diff::FindingRef<'_>]| -> Vec<(String, Vec<String>)> {
        list.iter()
            .map(|f| {
                let subjects = f.subjects.iter().map(|s| (*s).to_owned()).collect();
                (f.code.id().to_owned(), subjects)
            })
            .collect()
    };
    let owned = |code: &str, subjects: &[&str]| {
        (
            code.to_owned(),
            subjects.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        named(&o.findings_added),
        [
            owned("DEFAULT_SEAT_TIER", &["cy@x.com", "Di@x.com"]),
            owned("UNASSIGNED_IN_GROUP", &["bo@x.com"]),
        ]
    );
    assert_eq!(
        named(&o.findings_removed),
        [
            owned("DEFAULT_SEAT_TIER", &["bo@x.com", "cy@x.com"]),
            // Cy is in the Admin group now: it is no longer unknown (R21).
            owned("UNKNOWN_GROUP", &["admins"]),
        ]
    );
}

#[test]
fn provplan_diff_exits_as_diff_does_and_names_the_file_at_fault() {
    let dir = root();
    let example = "examples/enterprise-scim-group-mappings.json";
    let o = run_provplan(&dir, &["diff", example, example], None);
    assert_eq!(
        (o.status.code(), text(&o.stdout)),
        (Some(0), "no differences\n".into())
    );
    let other = "examples/enterprise-entra-lockout.json";
    let o = run_provplan(&dir, &["diff", example, other], None);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(out.contains("gain access,"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("  - ")), "{out}");
    let o = run_provplan(&dir, &["diff", "--json", example, other], None);
    assert_eq!(o.status.code(), Some(1));
    let d: Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    assert!(d["organizations"].as_array().is_some_and(|o| !o.is_empty()));
    // An input error: exit 2, the file and path on standard error, nothing on standard output.
    let o = run_provplan(&dir, &["diff", example, "-"], Some(r#"{"version": 3}"#));
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = text(&o.stderr);
    assert!(err.contains("-: version: unsupported version 3"), "{err}");
}
