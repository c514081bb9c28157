//! Malformed scenarios, each with the exact errors (and JSON paths) the planner must give.
//! All errors found are reported, not only the first.

use provplan_core::Scenario;

fn errors(text: &str) -> Vec<String> {
    match Scenario::parse(text) {
        Ok(_) => vec![],
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

/// A valid scenario with `$ORG` replaced by an organization object and `$USERS` by users.
fn with(users: &str, org: &str) -> String {
    format!(
        r#"{{"version": 1, "plan": "enterprise_seat_based", "directory": {{"users": [{users}]}}, "organizations": [{org}]}}"#
    )
}

const ORG: &str = r#"{"id": "claude", "product": "claude"}"#;

#[test]
fn malformed_scenarios_name_their_paths() {
    let table: Vec<(&str, String, Vec<&str>)> = vec![
        ("not json", "{\"version\": 1,".into(), vec!["invalid JSON at line 1, column 15: unexpected end of the file (is it truncated?)"]),
        ("not an object", "[1, 2]".into(), vec!["expected an object, found a list"]),
        (
            "wrong version",
            r#"{"version": 3, "plan": "team", "directory": {"users": []}, "organizations": [{"id": "c", "product": "claude"}]}"#.into(),
            vec!["version: unsupported version 3; this planner understands versions 1 and 2"],
        ),
        (
            "missing fields",
            "{}".into(),
            vec![
                "version: missing field `version`",
                "plan: missing field `plan`",
                "directory: missing field `directory`",
                "organizations: missing field `organizations`",
            ],
        ),
        (
            "unknown field with suggestion",
            r#"{"version": 1, "plan": "team", "actr": "a@b.c", "directory": {"users": []}, "organizations": [{"id": "c", "product": "claude"}]}"#.into(),
            vec!["actr: unknown field `actr`; did you mean `actor`?"],
        ),
        ("unknown plan", r#"{"version": 1, "plan": "pro", "directory": {"users": []}, "organizations": []}"#.into(), vec![
            "plan: unknown plan \"pro\"; expected team, enterprise_seat_based, enterprise_usage_based, enterprise_usage_based_single_seat or console_only",
            "organizations: a scenario needs at least one organization (R2)",
        ]),
        (
            "unknown mode (the contract's example)",
            with("", r#"{"id": "claude", "product": "claude", "provisioning": {"mode": "scmi"}}"#),
            vec!["organizations[0].provisioning.mode: unknown mode \"scmi\"; expected manual, jit or scim"],
        ),
        (
            "wrong types",
            with(
                r#"{"email": "a@x.com", "assigned": "yes", "groups": "g"}"#,
                r#"{"id": 7, "product": "claude", "provisioning": {"group_mappings": {"enabled": 1}}}"#,
            ),
            vec![
                "directory.users[0].assigned: expected true or false, found a string",
                "directory.users[0].groups: expected a list, found a string",
                "organizations[0].id: expected a string, found a number",
                "organizations[0].provisioning.group_mappings.enabled: expected true or false, found a number",
            ],
        ),
        (
            "huge and negative seat counts",
            with("", r#"{"id": "claude", "product": "claude", "seats": {"premium": 4294967296, "standard": 1.5}}"#),
            vec![
                "organizations[0].seats.premium: expected a whole number of seats from 0 to 4294967295, found a number",
                "organizations[0].seats.standard: expected a whole number of seats from 0 to 4294967295, found a number",
            ],
        ),
        (
            "duplicate emails, case-insensitively",
            with(r#"{"email": "Ada@X.com"}, {"email": "ada@x.com"}"#, ORG),
            vec!["directory.users[1].email: duplicate email \"ada@x.com\" (also at directory.users[0])"],
        ),
        (
            "invalid emails",
            with(r#"{"email": "ada"}, {"email": "a b@x.com"}, {"email": "a@b@c"}, {"email": ""}"#, ORG),
            vec![
                "directory.users[0].email: email \"ada\" needs text on both sides of one `@`",
                "directory.users[1].email: email \"a b@x.com\" contains white space",
                "directory.users[2].email: email \"a@b@c\" has more than one `@`",
                "directory.users[3].email: email \"\" is empty",
            ],
        ),
        (
            "duplicate organization ids and members",
            with(
                "",
                r#"{"id": "c", "product": "claude", "members": [{"email": "a@x.com", "role": "user"}, {"email": "A@x.com", "role": "owner"}]},
                   {"id": "c", "product": "console"}"#,
            ),
            vec![
                "organizations[0].members[1].email: duplicate member \"A@x.com\" (also at organizations[0].members[0])",
                "organizations[1].id: duplicate organization id \"c\" (also at organizations[0])",
            ],
        ),
        (
            "unknown product, role, tier and idp",
            r#"{"version": 1, "plan": "team", "directory": {"idp": "ldap", "users": []},
                "organizations": [{"id": "a", "product": "chat"},
                                  {"id": "b", "product": "claude", "members": [{"email": "x@y.z", "role": "boss", "seat_tier": "gold"}]}]}"#
                .into(),
            vec![
                "directory.idp: unknown identity provider \"ldap\"; expected okta, entra, google, jumpcloud, onelogin or other",
                "organizations[0].product: unknown product \"chat\"; expected claude or console",
                "organizations[1].members[0].role: unknown claude role \"boss\"; expected owner, admin or user",
                "organizations[1].members[0].seat_tier: unknown seat tier \"gold\" for the team plan; expected premium or standard",
            ],
        ),
        (
            "shape and rule errors together",
            with(r#"{"email": "a@x.com", "nmae": "A"}"#, r#"{"id": "c", "product": "claude", "provisioning": {"mode": "auto"}}"#),
            vec![
                "directory.users[0].nmae: unknown field `nmae`; did you mean `name`?",
                "organizations[0].provisioning.mode: unknown mode \"auto\"; expected manual, jit or scim",
            ],
        ),
        (
            "empty group names",
            with(r#"{"email": "a@x.com", "groups": [""]}"#, r#"{"id": "c", "product": "claude", "provisioning": {"group_mappings": {"roles": {"owner": [" "]}}}}"#),
            vec![
                "directory.users[0].groups[0]: a group name cannot be empty",
                "organizations[0].provisioning.group_mappings.roles.owner[0]: a group name cannot be empty",
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (name, text, expected) in table {
        let got = errors(&text);
        if got != expected {
            failures.push(format!(
                "case {name}:\n  got      {got:?}\n  expected {expected:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deep_nesting_and_odd_text_are_errors_not_crashes() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let e = errors(&deep);
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0],
        "invalid JSON at line 1, column 128: nested more than 127 levels deep"
    );
    assert_eq!(
        errors(""),
        ["invalid JSON at line 1, column 1: unexpected end of the file (is it truncated?)"]
    );
    // A byte-order mark in front is accepted.
    let bom = format!("\u{feff}{}", with("", ORG));
    assert!(errors(&bom).is_empty());
}

#[test]
fn limits_are_stated_and_enforced() {
    use provplan_core::doc::{MAX_INPUT_BYTES, UserDoc};
    use provplan_core::scenario::limits;

    // Size: refused before parsing.
    let huge = " ".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(
        errors(&huge),
        ["the scenario is 49 MB; the planner reads at most 48 MB"]
    );

    // Users: refused before indexing.
    let mut doc = provplan_core::ScenarioDoc::from_json_str(&with("", ORG)).unwrap();
    doc.directory.users = (0..=limits::MAX_USERS)
        .map(|i| {
            std::sync::Arc::new(UserDoc {
                email: format!("u{i}@x.com"),
                ..UserDoc::default()
            })
        })
        .collect();
    let e: Vec<String> = Scenario::from_doc(&doc)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        e,
        ["directory.users: 200001 users is more than the planner handles (200000)"]
    );

    // Groups per user, long names and emails.
    let many: Vec<String> = (0..=limits::MAX_GROUPS_PER_USER)
        .map(|i| format!("\"g{i}\""))
        .collect();
    let long_group = "g".repeat(limits::MAX_GROUP_CHARS + 1);
    let long_email = format!("{}@x.com", "a".repeat(limits::MAX_EMAIL_CHARS));
    let text = with(
        &format!(
            r#"{{"email": "a@x.com", "groups": [{}]}}, {{"email": "b@x.com", "groups": ["{long_group}"]}}, {{"email": "{long_email}"}}"#,
            many.join(",")
        ),
        ORG,
    );
    // A long value is quoted in part, with its length.
    let long_email_error = format!(
        "directory.users[2].email: email \"{}…\" (326 characters) is longer than 320 characters",
        "a".repeat(100)
    );
    assert_eq!(
        errors(&text),
        [
            "directory.users[0].groups: 1001 groups is more than the planner handles for one user (1000)",
            "directory.users[1].groups[0]: a group name is longer than 256 characters",
            long_email_error.as_str(),
        ]
    );
}

#[test]
fn more_outcomes_than_the_planner_writes_are_refused() {
    use provplan_core::scenario::limits::MAX_OUTCOMES;
    // 10,001 users in 100 organizations: just over a million outcomes (users × organizations).
    let users: Vec<String> = (0..10_001)
        .map(|i| format!(r#"{{"email": "u{i}@x.com"}}"#))
        .collect();
    let orgs: Vec<String> = (0..100)
        .map(|i| format!(r#"{{"id": "c{i}", "product": "console"}}"#))
        .collect();
    let text = with(&users.join(","), &orgs.join(","));
    assert_eq!(
        errors(&text),
        [format!(
            "organizations: 10001 users in 100 organizations make 1000100 outcomes to evaluate, more than the planner writes ({MAX_OUTCOMES}: the users of every organization added up)"
        )]
    );
    // One organization fewer is within the limit.
    let text = with(&users.join(","), &orgs[..99].join(","));
    assert!(errors(&text).is_empty());
}

#[test]
fn errors_past_a_thousand_are_counted_not_listed() {
    use provplan_core::error::MAX_ERRORS;
    // A precedence list of 100,000 unknown roles: one error each.
    let roles: Vec<String> = (0..100_000).map(|i| format!(r#""r{i}""#)).collect();
    let org = format!(
        r#"{{"id": "c", "product": "console", "provisioning": {{"mode": "jit",
        "group_mappings": {{"enabled": true, "role_precedence": [{}]}}}}}}"#,
        roles.join(",")
    );
    let errors = errors(&with("", &org));
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert!(errors[0].contains("unknown console role"), "{}", errors[0]);
    let more = 100_000 - MAX_ERRORS;
    assert_eq!(
        errors[MAX_ERRORS],
        format!("and {more} more errors (the first {MAX_ERRORS} are listed)")
    );
    // The same holds for shape errors found while reading.
    let users: Vec<String> = (0..5_000).map(|_| r#"{"email": 1}"#.to_owned()).collect();
    let errors = self::errors(&with(&users.join(","), ORG));
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert!(
        errors[MAX_ERRORS].starts_with("and 4000 more errors"),
        "{}",
        errors[MAX_ERRORS]
    );
}

#[test]
fn one_address_in_two_unicode_forms_is_a_duplicate() {
    // `josé@` composed (U+00E9) and decomposed (e + U+0301): they print alike and are one
    // address.
    let text = with(
        r#"{"email": "jos\u00e9@x.com"}, {"email": "jose\u0301@X.com"}"#,
        ORG,
    );
    assert_eq!(
        errors(&text),
        [
            "directory.users[1].email: duplicate email \"jose\u{301}@X.com\" (also at directory.users[0])"
        ]
    );
    assert_eq!(
        provplan_core::scenario::email_key("JOSE\u{301}@x.com"),
        "jos\u{e9}@x.com"
    );
}
