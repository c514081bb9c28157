//! One or more tests per rule of `core/RULES.md`, each named after its rule (`r07_…`) and
//! built on a small scenario written out in full. Expected values are worked out by hand from
//! the rules, in the comments.

use provplan_tests::{
    eval, finding, findings, has, input_errors, org, outcome, step, subjects, user,
};
use serde_json::{Value, json};

/// A one-organization Claude scenario on `plan`, SCIM + AGM, connected, Okta.
fn claude(plan: &str, users: Value, org_extra: Value) -> Value {
    let mut org = json!({"id": "claude", "product": "claude"});
    if let (Some(o), Some(extra)) = (org.as_object_mut(), org_extra.as_object()) {
        o.extend(extra.clone());
    }
    json!({
        "version": 1, "plan": plan, "actor": "ada@x.com",
        "directory": {"idp": "okta", "scim_connected": true, "users": users},
        "organizations": [org]
    })
}

fn agm(mode: &str, roles: Value, tiers: Value) -> Value {
    json!({"mode": mode, "group_mappings": {"enabled": true, "roles": roles, "seat_tiers": tiers}})
}

fn o(v: [&str; 5]) -> [String; 5] {
    v.map(str::to_owned)
}

#[test]
fn r01_plans_list_their_seat_tiers_highest_first() {
    for (plan, tiers) in [
        ("team", vec!["premium", "standard"]),
        ("enterprise_seat_based", vec!["premium", "standard"]),
        ("enterprise_usage_based", vec!["chat_claude_code", "chat"]),
        ("enterprise_usage_based_single_seat", vec!["enterprise"]),
    ] {
        let ev = eval(&claude(plan, json!([]), json!({"seats": {}})));
        let keys: Vec<&str> = org(&ev, "claude")["seats"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        // serde_json sorts object keys; the order of R1 is checked on the text instead.
        let text = provplan_core::write::to_string(&provplan_core::evaluate(
            &provplan_tests::scenario(&claude(plan, json!([]), json!({"seats": {}}))),
        ));
        let positions: Vec<usize> = tiers
            .iter()
            .map(|t| text.find(&format!("\"{t}\":{{")).unwrap())
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{plan}: tiers out of R1 order in {text}"
        );
        let mut sorted = tiers.clone();
        sorted.sort();
        let mut keys_sorted = keys.clone();
        keys_sorted.sort();
        assert_eq!(keys_sorted, sorted, "{plan}");
    }
    let catalog: serde_json::Value = serde_json::from_str(&provplan_core::catalog_json()).unwrap();
    let ids: Vec<&str> = catalog["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "team",
            "enterprise_seat_based",
            "enterprise_usage_based",
            "enterprise_usage_based_single_seat",
            "console_only"
        ]
    );
}

#[test]
fn r02_at_most_one_claude_organization_and_none_on_console_only() {
    let two = json!({"version": 1, "plan": "team", "directory": {"users": []},
        "organizations": [{"id": "a", "product": "claude"}, {"id": "b", "product": "claude"}]});
    assert_eq!(
        input_errors(&two),
        ["organizations[1].product: at most one Claude organization is joined to a parent (R2)"]
    );
    let console_only = json!({"version": 1, "plan": "console_only", "directory": {"users": []},
        "organizations": [{"id": "a", "product": "claude"}]});
    assert_eq!(
        input_errors(&console_only),
        ["organizations[0].product: a console_only scenario has no Claude organization (R2)"]
    );
    let none =
        json!({"version": 1, "plan": "team", "directory": {"users": []}, "organizations": []});
    assert_eq!(
        input_errors(&none),
        ["organizations: a scenario needs at least one organization (R2)"]
    );
    // Any number of Console organizations.
    let many = json!({"version": 1, "plan": "enterprise_seat_based", "directory": {"users": []},
        "organizations": [{"id": "c", "product": "claude"}, {"id": "d", "product": "console"}, {"id": "e", "product": "console"}]});
    assert!(input_errors(&many).is_empty());
}

fn console(users: Value, gm: Value, members: Value) -> Value {
    json!({
        "version": 1, "plan": "console_only", "actor": "lead@x.dev",
        "directory": {"scim_connected": true, "users": users},
        "organizations": [{"id": "api", "product": "console",
            "provisioning": {"mode": "scim", "group_mappings": gm}, "members": members}]
    })
}

#[test]
fn r03_console_precedence_default_and_override() {
    let users = json!([
        {"email": "lead@x.dev", "groups": ["admins"]},
        {"email": "fin@x.dev", "groups": ["billing", "devs"]},
        {"email": "cc@x.dev", "groups": ["billing", "cc"]},
        {"email": "all@x.dev", "groups": ["billing", "devs", "cc", "admins"]}
    ]);
    let roles = json!({"admin": ["admins"], "developer": ["devs"], "billing": ["billing"], "claude_code_user": ["cc"]});
    let ev = eval(&console(
        users.clone(),
        json!({"enabled": true, "roles": roles}),
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    // Default precedence admin, developer, billing, claude_code_user, user [interpretation].
    assert_eq!(user(&ev, "api", "fin@x.dev")["role"], "developer");
    assert_eq!(user(&ev, "api", "cc@x.dev")["role"], "billing");
    assert_eq!(user(&ev, "api", "all@x.dev")["role"], "admin");
    let note = ev["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "default_precedence")
        .unwrap();
    assert_eq!(
        note["interpretation"], true,
        "R3's default precedence is an [interpretation]"
    );

    // An override that agrees with the partial order.
    let gm = json!({"enabled": true, "roles": roles,
        "role_precedence": ["admin", "billing", "developer", "claude_code_user", "user"]});
    let ev = eval(&console(
        users.clone(),
        gm,
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    assert_eq!(user(&ev, "api", "fin@x.dev")["role"], "billing");
    assert!(
        ev["notes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["id"] != "default_precedence")
    );

    // An override against the partial order, incomplete, or with another product's role.
    let bad = |prec: Value| {
        input_errors(&console(
            users.clone(),
            json!({"enabled": true, "role_precedence": prec}),
            json!([]),
        ))
    };
    assert_eq!(
        bad(json!([
            "user",
            "admin",
            "developer",
            "billing",
            "claude_code_user"
        ])),
        [
            "organizations[0].provisioning.group_mappings.role_precedence: `user` cannot come before `admin`: admin ranks above user (R3)",
            "organizations[0].provisioning.group_mappings.role_precedence: `user` cannot come before `developer`: developer ranks above user (R3)",
            "organizations[0].provisioning.group_mappings.role_precedence: `user` cannot come before `billing`: billing ranks above user (R3)",
            "organizations[0].provisioning.group_mappings.role_precedence: `user` cannot come before `claude_code_user`: claude_code_user ranks above user (R3)",
        ]
    );
    assert_eq!(
        bad(json!(["admin", "developer"])),
        [
            "organizations[0].provisioning.group_mappings.role_precedence: the precedence must list every console role; missing billing, claude_code_user, user"
        ]
    );
    assert_eq!(
        bad(json!([
            "owner",
            "admin",
            "developer",
            "billing",
            "claude_code_user",
            "user"
        ])),
        [
            "organizations[0].provisioning.group_mappings.role_precedence[0]: unknown console role \"owner\"; expected admin, developer, billing, claude_code_user or user"
        ]
    );
    // A role id of the other product is an input error in mappings and members too.
    let e = input_errors(&console(
        users,
        json!({"roles": {"owner": ["admins"]}}),
        json!([{"email": "a@x.dev", "role": "owner"}]),
    ));
    assert_eq!(
        e,
        [
            "organizations[0].provisioning.group_mappings.roles.owner: unknown console role \"owner\"; expected admin, developer, billing, claude_code_user or user",
            "organizations[0].members[0].role: unknown console role \"owner\"; expected admin, developer, billing, claude_code_user or user",
        ]
    );
}

#[test]
fn r04_seat_tiers_must_be_the_plans() {
    let sc = claude(
        "team",
        json!([]),
        json!({"seats": {"chat": 3},
               "provisioning": {"group_mappings": {"seat_tiers": {"enterprise": ["g"]}}},
               "members": [{"email": "a@x.com", "role": "user", "seat_tier": "chat_claude_code"}]}),
    );
    assert_eq!(
        input_errors(&sc),
        [
            "organizations[0].seats.chat: unknown seat tier \"chat\" for the team plan; expected premium or standard",
            "organizations[0].provisioning.group_mappings.seat_tiers.enterprise: unknown seat tier \"enterprise\" for the team plan; expected premium or standard",
            "organizations[0].members[0].seat_tier: unknown seat tier \"chat_claude_code\" for the team plan; expected premium or standard",
        ]
    );
    // Console organizations have no seats.
    let c = json!({"version": 1, "plan": "enterprise_seat_based", "directory": {"users": []},
        "organizations": [{"id": "c", "product": "console", "seats": {"premium": 1},
            "members": [{"email": "a@x.com", "role": "user", "seat_tier": "premium"}]}]});
    assert_eq!(
        input_errors(&c),
        [
            "organizations[0].seats: Console organizations have no seat tiers (R4)",
            "organizations[0].members[0].seat_tier: Console organizations have no seat tiers (R4)",
        ]
    );
    // …and a seat-tier mapping there must still name a known tier (then R16 warns).
    let c = json!({"version": 1, "plan": "enterprise_seat_based", "directory": {"users": []},
        "organizations": [{"id": "c", "product": "console",
            "provisioning": {"group_mappings": {"seat_tiers": {"gold": ["g"], "premium": ["p"]}}}}]});
    assert_eq!(
        input_errors(&c),
        [
            "organizations[0].provisioning.group_mappings.seat_tiers.gold: unknown seat tier \"gold\"; expected premium, standard, chat_claude_code, chat or enterprise"
        ]
    );
}

#[test]
fn r05_the_actor_is_an_email_and_is_protected() {
    let mut sc = claude("team", json!([]), json!({}));
    sc["actor"] = json!("not-an-email");
    assert_eq!(
        input_errors(&sc),
        ["actor: email \"not-an-email\" needs text on both sides of one `@`"]
    );
    // The guide's prerequisite: whoever configures JIT or SCIM holds Owner (Claude) or Admin
    // (Console). ada is a Claude Admin: ACTOR_NOT_PRIVILEGED, a warning naming her role.
    let members = |role: &str| json!([{"email": "ada@x.com", "role": role}, {"email": "bo@x.com", "role": "owner"}]);
    let users = json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]);
    let ev = eval(&claude(
        "team",
        users.clone(),
        json!({"provisioning": {"mode": "jit"}, "members": members("admin")}),
    ));
    let f = finding(&ev, "ACTOR_NOT_PRIVILEGED");
    assert_eq!(
        (
            f["severity"].as_str(),
            f["rule"].as_str(),
            subjects(f),
            f["params"]["role"].as_str()
        ),
        (
            Some("warning"),
            Some("R5"),
            vec!["ada@x.com"],
            Some("admin")
        )
    );
    assert_eq!(step(&ev, "save"), "ready", "a warning blocks nothing");
    // Not a member at all: `role` is null.
    let ev = eval(&claude(
        "team",
        users.clone(),
        json!({"provisioning": {"mode": "jit"}, "members": [{"email": "bo@x.com", "role": "owner"}]}),
    ));
    assert_eq!(
        finding(&ev, "ACTOR_NOT_PRIVILEGED")["params"]["role"],
        Value::Null
    );
    // An Owner, Manual mode, or an organization listing no members: nothing to say.
    for extra in [
        json!({"provisioning": {"mode": "jit"}, "members": members("owner")}),
        json!({"provisioning": {"mode": "manual"}, "members": members("admin")}),
        json!({"provisioning": {"mode": "jit"}}),
    ] {
        assert!(!has(
            &eval(&claude("team", users.clone(), extra)),
            "ACTOR_NOT_PRIVILEGED"
        ));
    }
    // Console: Admin is the role.
    let ev = eval(&console(
        json!([{"email": "lead@x.dev"}]),
        json!({}),
        json!([{"email": "lead@x.dev", "role": "developer"}]),
    ));
    assert_eq!(
        finding(&ev, "ACTOR_NOT_PRIVILEGED")["params"]["role"],
        "developer"
    );
    // Without an actor the planner says it cannot check R20.
    let mut sc = claude("team", json!([]), json!({"provisioning": {"mode": "jit"}}));
    sc.as_object_mut().unwrap().remove("actor");
    let ev = eval(&sc);
    assert!(
        ev["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "no_actor" && n["rule"] == "R20")
    );
}

#[test]
fn r06_agm_only_in_effect_under_jit_or_scim() {
    let users = json!([{"email": "ada@x.com", "groups": ["owners"]}]);
    let sc = claude(
        "enterprise_seat_based",
        users.clone(),
        json!({"provisioning": agm("manual", json!({"owner": ["owners"]}), json!({}))}),
    );
    let ev = eval(&sc);
    let f = finding(&ev, "AGM_NO_EFFECT");
    assert_eq!(
        (
            f["severity"].as_str(),
            f["organization"].as_str(),
            f["rule"].as_str()
        ),
        (Some("warning"), Some("claude"), Some("R6"))
    );
    assert_eq!(subjects(f), ["claude"]);
    assert_eq!(org(&ev, "claude")["group_mappings_in_effect"], false);
    for mode in ["jit", "scim"] {
        let ev = eval(&claude(
            "enterprise_seat_based",
            users.clone(),
            json!({"provisioning": agm(mode, json!({"owner": ["owners"]}), json!({}))}),
        ));
        assert_eq!(
            org(&ev, "claude")["group_mappings_in_effect"],
            true,
            "{mode}"
        );
        assert!(!has(&ev, "AGM_NO_EFFECT"));
    }
}

#[test]
fn r07_scim_is_not_eligible_on_team_plans() {
    let users = json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]);
    let sc = json!({"version": 1, "plan": "team", "actor": "ada@x.com",
    "directory": {"users": users},
    "organizations": [
        {"id": "claude", "product": "claude", "provisioning": {"mode": "scim"},
         "members": [{"email": "ada@x.com", "role": "owner"}]},
        {"id": "dev", "product": "console", "provisioning": {"mode": "scim"}}
    ]});
    let ev = eval(&sc);
    let not_eligible = findings(&ev, "SCIM_NOT_ELIGIBLE");
    assert_eq!(not_eligible.len(), 2, "one per organization");
    assert_eq!(subjects(not_eligible[0]), ["claude"]);
    assert_eq!(not_eligible[0]["severity"], "error");
    assert_eq!(subjects(not_eligible[1]), ["dev"]);
    for id in ["claude", "dev"] {
        assert_eq!(org(&ev, id)["eligible_modes"], json!(["manual", "jit"]));
        assert_eq!(
            org(&ev, id)["effective_mode"],
            "manual",
            "evaluated as manual"
        );
    }
    // Manual: the member stays, bo is untouched.
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["out_of_scope", "-", "-", "none", "-"])
    );
    assert_eq!(step(&ev, "save"), "blocked");
    // A Console organization joined to an Enterprise parent, or its own parent, may use SCIM.
    for plan in [
        "enterprise_seat_based",
        "enterprise_usage_based",
        "enterprise_usage_based_single_seat",
        "console_only",
    ] {
        let sc = json!({"version": 1, "plan": plan, "directory": {"scim_connected": true, "users": []},
            "organizations": [{"id": "dev", "product": "console", "provisioning": {"mode": "scim"}}]});
        let ev = eval(&sc);
        assert!(!has(&ev, "SCIM_NOT_ELIGIBLE"), "{plan}");
        assert_eq!(
            org(&ev, "dev")["eligible_modes"],
            json!(["manual", "jit", "scim"])
        );
    }
}

#[test]
fn r08_scim_needs_the_directory_connection() {
    let mut sc = claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com"}, {"email": "grace@x.com"}]),
        json!({"provisioning": {"mode": "scim"}}),
    );
    sc["directory"]["scim_connected"] = json!(false);
    let ev = eval(&sc);
    let f = finding(&ev, "SCIM_NOT_CONNECTED");
    assert_eq!(f["organization"], Value::Null);
    assert_eq!(f["severity"], "error");
    assert_eq!(subjects(f), ["claude"]);
    assert_eq!(step(&ev, "connect_directory"), "todo");
    // Outcomes as they will be once connected.
    assert_eq!(
        outcome(&ev, "claude", "grace@x.com"),
        o(["member", "user", "premium", "add", "on_save"])
    );
    sc["directory"]["scim_connected"] = json!(true);
    let ev = eval(&sc);
    assert!(!has(&ev, "SCIM_NOT_CONNECTED"));
    assert_eq!(step(&ev, "connect_directory"), "done");
    // JIT needs no connection.
    sc["organizations"][0]["provisioning"]["mode"] = json!("jit");
    sc["directory"]["scim_connected"] = json!(false);
    let ev = eval(&sc);
    assert!(!has(&ev, "SCIM_NOT_CONNECTED"));
    assert_eq!(step(&ev, "connect_directory"), "skip");
}

#[test]
fn r09_scim_reaches_every_scim_organization() {
    let sc = json!({"version": 1, "plan": "enterprise_usage_based", "actor": "ada@x.com",
    "directory": {"scim_connected": true, "users": [{"email": "ada@x.com"}, {"email": "bo@x.com"}]},
    "organizations": [
        {"id": "claude", "product": "claude", "provisioning": {"mode": "scim"}},
        {"id": "api", "product": "console", "provisioning": {"mode": "scim"}},
        {"id": "lab", "product": "console", "provisioning": {"mode": "jit"}}
    ]});
    let ev = eval(&sc);
    let f = finding(&ev, "SCIM_FANOUT");
    assert_eq!(
        (f["organization"].clone(), f["severity"].clone()),
        (Value::Null, json!("info"))
    );
    assert_eq!(subjects(f), ["claude", "api"]);
    for id in ["claude", "api"] {
        assert_eq!(
            user(&ev, id, "bo@x.com")["status"],
            "member",
            "provisioned into {id}"
        );
    }
    assert_eq!(user(&ev, "lab", "bo@x.com")["status"], "pending_login");
}

/// R10's table, cell by cell: a new user in scope, a member in scope, a member out of scope.
#[test]
fn r10_what_each_mode_does_to_a_user() {
    let users = json!([
        {"email": "ada@x.com", "groups": ["owners"]},
        {"email": "new@x.com", "groups": ["users"]},
        {"email": "kept@x.com", "groups": ["admins"]},
        {"email": "gone@x.com", "assigned": false, "groups": ["users"]},
        {"email": "nogroup@x.com"}
    ]);
    let members = json!([
        {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
        {"email": "kept@x.com", "role": "user", "seat_tier": "standard"},
        {"email": "gone@x.com", "role": "user", "seat_tier": "standard"},
        {"email": "nogroup@x.com", "role": "user", "seat_tier": "standard"}
    ]);
    let roles = json!({"owner": ["owners"], "admin": ["admins"], "user": ["users"]});
    let run = |prov: Value| {
        eval(&claude(
            "enterprise_seat_based",
            users.clone(),
            json!({"provisioning": prov, "members": members.clone()}),
        ))
    };

    let ev = run(json!({"mode": "manual"}));
    assert_eq!(
        outcome(&ev, "claude", "new@x.com"),
        o(["out_of_scope", "-", "-", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "kept@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "gone@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );

    let ev = run(json!({"mode": "jit"}));
    assert_eq!(
        outcome(&ev, "claude", "new@x.com"),
        o(["pending_login", "user", "premium", "add", "next_sign_in"])
    );
    assert_eq!(
        outcome(&ev, "claude", "kept@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "gone@x.com"),
        o(["blocked", "user", "standard", "none", "-"])
    );

    let ev = run(agm("jit", roles.clone(), json!({})));
    assert_eq!(
        outcome(&ev, "claude", "new@x.com"),
        o(["pending_login", "user", "premium", "add", "next_sign_in"])
    );
    assert_eq!(
        outcome(&ev, "claude", "kept@x.com"),
        o(["member", "admin", "standard", "update", "next_sign_in"])
    );
    assert_eq!(
        outcome(&ev, "claude", "gone@x.com"),
        o(["blocked", "user", "standard", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "nogroup@x.com"),
        o(["blocked", "user", "standard", "none", "-"]),
        "no mapped group"
    );

    let ev = run(json!({"mode": "scim"}));
    assert_eq!(
        outcome(&ev, "claude", "new@x.com"),
        o(["member", "user", "premium", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "kept@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "gone@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );

    let ev = run(agm("scim", roles, json!({})));
    assert_eq!(
        outcome(&ev, "claude", "new@x.com"),
        o(["member", "user", "premium", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "kept@x.com"),
        o(["member", "admin", "standard", "update", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "gone@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "nogroup@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );

    // A member not in the directory is not assigned and in no group; listed after the directory.
    let ev = run(json!({"mode": "scim"}));
    let mut extra = members.clone();
    extra
        .as_array_mut()
        .unwrap()
        .push(json!({"email": "ghost@x.com", "role": "user"}));
    let ev2 = eval(&claude(
        "enterprise_seat_based",
        users.clone(),
        json!({"provisioning": {"mode": "scim"}, "members": extra}),
    ));
    let emails: Vec<&str> = org(&ev2, "claude")["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails.last(), Some(&"ghost@x.com"));
    assert_eq!(
        outcome(&ev2, "claude", "ghost@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        org(&ev, "claude")["users"].as_array().unwrap().len() + 1,
        emails.len()
    );
}

#[test]
fn r11_role_defaulted_lists_only_users_given_a_role() {
    // Two users in a seat-tier group only; one Premium seat: the second waits for a seat
    // (R17), gets no role, and is not among the users "given the User role".
    let users = json!([
        {"email": "ada@x.com", "groups": ["owners"]},
        {"email": "bo@x.com", "groups": ["premium"]},
        {"email": "cy@x.com", "groups": ["premium"]}
    ]);
    let ev = eval(&claude(
        "enterprise_seat_based",
        users,
        json!({"seats": {"premium": 1, "standard": 1},
               "provisioning": agm("scim", json!({"owner": ["owners"]}), json!({"premium": ["premium"]}))}),
    ));
    let cy = user(&ev, "claude", "cy@x.com");
    assert_eq!(
        (cy["status"].as_str(), cy["role"].as_str()),
        (Some("not_added"), None)
    );
    let f = finding(&ev, "ROLE_DEFAULTED");
    assert_eq!(subjects(f), ["bo@x.com"]);
    // The guide decides it: users in at least one mapped group are provisioned, and without a
    // role group they are downgraded to User.
    assert_eq!(
        f["message"],
        "1 user is in scope through a seat-tier group only and gets the User role (the guide provisions users in at least one mapped group, and a user in no group mapped to a higher role is downgraded to User)"
    );
}

#[test]
fn r11_highest_role_wins_with_its_group_as_source() {
    let users = json!([
        {"email": "ada@x.com", "groups": ["owners", "admins", "users"]},
        {"email": "bo@x.com", "groups": ["users", "admins-2", "admins"]},
        {"email": "cy@x.com", "groups": ["premium"]}
    ]);
    let roles = json!({"owner": ["owners"], "admin": ["admins", "admins-2"], "user": ["users"]});
    let ev = eval(&claude(
        "enterprise_seat_based",
        users,
        json!({"provisioning": agm("scim", roles, json!({"premium": ["premium"]}))}),
    ));
    assert_eq!(user(&ev, "claude", "ada@x.com")["role"], "owner");
    assert_eq!(
        user(&ev, "claude", "ada@x.com")["role_source"],
        "group:owners"
    );
    let bo = user(&ev, "claude", "bo@x.com");
    assert_eq!(bo["role"], "admin");
    // Of two groups giving the role, the first by name explains it.
    assert_eq!(bo["role_source"], "group:admins");
    assert!(bo["rules"].as_array().unwrap().contains(&json!("R11")));
    // In scope through a seat-tier group only: User, as the guide says (not an interpretation).
    let cy = user(&ev, "claude", "cy@x.com");
    assert_eq!(
        (cy["role"].as_str(), cy["role_source"].as_str()),
        (Some("user"), Some("default"))
    );
    let f = finding(&ev, "ROLE_DEFAULTED");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("info"), vec!["cy@x.com"])
    );
    assert!(
        ev["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "seat_group_scope" && n["interpretation"] == false)
    );

    // Console: billing with developer cannot be ranked: one ROLE_AMBIGUOUS per user.
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["a"]}, {"email": "f1@x.dev", "groups": ["b", "d"]}, {"email": "f2@x.dev", "groups": ["b", "c"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"], "billing": ["b"], "claude_code_user": ["c"], "developer": ["d"]}}),
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    let amb = findings(&ev, "ROLE_AMBIGUOUS");
    assert_eq!(amb.len(), 2);
    assert_eq!(subjects(amb[0]), ["f1@x.dev"]);
    assert_eq!(amb[0]["params"]["roles"], json!(["billing", "developer"]));
    assert_eq!(amb[0]["severity"], "warning");
    assert_eq!(subjects(amb[1]), ["f2@x.dev"]);
    assert_eq!(
        amb[1]["params"]["roles"],
        json!(["billing", "claude_code_user"])
    );
    assert_eq!(user(&ev, "api", "f2@x.dev")["role"], "billing");
}

#[test]
fn r12_saving_deprovisions_members_out_of_scope() {
    let users = json!([{"email": "ada@x.com", "groups": ["owners"]}, {"email": "bo@x.com"}]);
    let members = json!([{"email": "ada@x.com", "role": "owner"}, {"email": "bo@x.com", "role": "user"}, {"email": "cy@x.com", "role": "user"}]);
    let ev = eval(&claude(
        "enterprise_seat_based",
        users.clone(),
        json!({"provisioning": agm("scim", json!({"owner": ["owners"]}), json!({})), "members": members.clone()}),
    ));
    let f = finding(&ev, "MEMBERS_REMOVED_ON_SAVE");
    assert_eq!(
        (f["severity"].as_str(), f["rule"].as_str()),
        (Some("warning"), Some("R12"))
    );
    assert_eq!(subjects(f), ["bo@x.com", "cy@x.com"]);
    assert_eq!(step(&ev, "set_mode"), "todo");
    let ev = eval(&claude(
        "enterprise_seat_based",
        users,
        json!({"provisioning": agm("jit", json!({"owner": ["owners"]}), json!({})), "members": members}),
    ));
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_BLOCKED")),
        ["bo@x.com", "cy@x.com"]
    );
    assert!(!has(&ev, "MEMBERS_REMOVED_ON_SAVE"));
}

#[test]
fn r13_mappings_are_ignored_without_agm() {
    let prov = json!({"mode": "scim", "group_mappings": {"enabled": false, "roles": {"owner": ["o", "b"]}, "seat_tiers": {"premium": ["a", "o"]}}});
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["o"]}]),
        json!({"provisioning": prov, "members": [{"email": "ada@x.com", "role": "admin", "seat_tier": "standard"}]}),
    ));
    let f = finding(&ev, "MAPPINGS_IGNORED");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("info"), vec!["a", "b", "o"])
    );
    // Roles and seats change only by hand.
    assert_eq!(
        outcome(&ev, "claude", "ada@x.com"),
        o(["member", "admin", "standard", "none", "-"])
    );
}

#[test]
fn r14_seat_tier_from_groups_highest_wins() {
    let users = json!([{"email": "ada@x.com", "groups": ["u", "chat", "code"]}, {"email": "bo@x.com", "groups": ["u", "chat"]}]);
    let ev = eval(&claude(
        "enterprise_usage_based",
        users,
        json!({"provisioning": agm("scim", json!({"user": ["u"]}), json!({"chat_claude_code": ["code"], "chat": ["chat"]})),
               "members": [{"email": "bo@x.com", "role": "user", "seat_tier": "chat_claude_code"}]}),
    ));
    let ada = user(&ev, "claude", "ada@x.com");
    assert_eq!(
        (ada["seat_tier"].as_str(), ada["seat_source"].as_str()),
        (Some("chat_claude_code"), Some("group:code"))
    );
    assert!(ada["rules"].as_array().unwrap().contains(&json!("R14")));
    // A member moved down by its groups.
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "chat", "update", "on_save"])
    );
}

#[test]
fn r15_default_tier_is_the_highest_with_a_free_seat() {
    let users = json!([
        {"email": "ada@x.com", "groups": ["u"]}, {"email": "bo@x.com", "groups": ["u"]},
        {"email": "cy@x.com", "groups": ["u"]}, {"email": "di@x.com", "groups": ["u"]}
    ]);
    let ev = eval(&claude(
        "team",
        users,
        json!({"seats": {"premium": 2, "standard": 5},
               "provisioning": agm("jit", json!({"owner": ["u"]}), json!({})),
               "members": [{"email": "di@x.com", "role": "owner", "seat_tier": "standard"}]}),
    ));
    // No seat-tier group is mapped: di keeps its standard seat [interpretation], and the note
    // says so; new users take premium while it lasts.
    assert_eq!(user(&ev, "claude", "di@x.com")["seat_tier"], "standard");
    assert_eq!(user(&ev, "claude", "di@x.com")["seat_source"], "existing");
    let note = ev["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "members_keep_tiers")
        .unwrap();
    assert_eq!(
        (note["rule"].as_str(), note["interpretation"].as_bool()),
        (Some("R15"), Some(true))
    );
    let tiers: Vec<&str> = ["ada@x.com", "bo@x.com", "cy@x.com"]
        .iter()
        .map(|e| user(&ev, "claude", e)["seat_tier"].as_str().unwrap())
        .collect();
    assert_eq!(tiers, ["premium", "premium", "standard"]);
    let f = finding(&ev, "DEFAULT_SEAT_TIER");
    assert_eq!(f["severity"], "info");
    assert_eq!(f["params"]["count"], 3);
    assert_eq!(f["params"]["tiers"], json!({"premium": 2, "standard": 1}));
    // Never on single-seat Enterprise, where there is no choice.
    let ev = eval(&claude(
        "enterprise_usage_based_single_seat",
        json!([{"email": "ada@x.com"}]),
        json!({"provisioning": {"mode": "scim"}}),
    ));
    assert!(!has(&ev, "DEFAULT_SEAT_TIER"));
}

#[test]
fn r15_members_take_the_default_tier_once_a_seat_tier_group_is_mapped() {
    // A seat-tier group (standard) is mapped. di, a Standard member in no seat-tier group,
    // takes the default tier like anyone else: the highest with a free seat, premium, so the
    // product moves di up (on the bill). eve holds premium already and keeps it by default;
    // fay's tier is not known and stays so; gus is in the standard group.
    let users = json!([
        {"email": "ada@x.com", "groups": ["u"]}, {"email": "di@x.com", "groups": ["u"]},
        {"email": "eve@x.com", "groups": ["u"]}, {"email": "fay@x.com", "groups": ["u"]},
        {"email": "gus@x.com", "groups": ["u", "s"]}
    ]);
    let members = json!([
        {"email": "di@x.com", "role": "user", "seat_tier": "standard"},
        {"email": "eve@x.com", "role": "user", "seat_tier": "premium"},
        {"email": "fay@x.com", "role": "user"},
        {"email": "gus@x.com", "role": "user", "seat_tier": "premium"}
    ]);
    let run = |mode: &str, seats: Option<Value>| {
        let mut extra = json!({"provisioning": agm(mode, json!({"owner": ["o"], "user": ["u"]}), json!({"standard": ["s"]})),
                               "members": members.clone()});
        if let Some(s) = seats {
            extra["seats"] = s;
        }
        eval(&claude("enterprise_seat_based", users.clone(), extra))
    };
    // Capacity: premium 3 (eve and gus hold two), standard 5. gus moves to standard (R14) and
    // frees premium; ada, new, takes one of the two free premium seats (R15); nobody waits, so
    // di, last, moves up into the other (R17).
    let ev = run("scim", Some(json!({"premium": 3, "standard": 5})));
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["member", "user", "premium", "update", "on_save"])
    );
    let di = user(&ev, "claude", "di@x.com");
    assert_eq!(di["seat_source"], "default");
    assert!(di["rules"].as_array().unwrap().contains(&json!("R15")));
    assert_eq!(
        outcome(&ev, "claude", "eve@x.com"),
        o(["member", "user", "premium", "none", "-"])
    );
    assert_eq!(user(&ev, "claude", "eve@x.com")["seat_source"], "default");
    assert_eq!(
        (
            user(&ev, "claude", "fay@x.com")["seat_tier"].clone(),
            user(&ev, "claude", "fay@x.com")["seat_source"].as_str()
        ),
        (Value::Null, Some("existing"))
    );
    assert_eq!(
        outcome(&ev, "claude", "gus@x.com"),
        o(["member", "user", "standard", "update", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "ada@x.com"),
        o(["member", "user", "premium", "add", "on_save"])
    );
    // DEFAULT_SEAT_TIER lists the members who take the default tier, with the new users.
    let f = finding(&ev, "DEFAULT_SEAT_TIER");
    assert_eq!(subjects(f), ["ada@x.com", "di@x.com", "eve@x.com"]);
    assert_eq!(f["params"]["tiers"], json!({"premium": 3}));
    assert!(
        ev["notes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["id"] != "members_keep_tiers")
    );
    // Premium full even after gus leaves it: di keeps standard, with no shortfall (the
    // default tier waits for nothing).
    let ev = run("scim", Some(json!({"premium": 1, "standard": 5})));
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert!(!has(&ev, "SEAT_SHORTFALL"));
    // While someone waits for a seat, di keeps standard although premium has a free seat:
    // gus finds standard full (di holds it) and keeps premium; ada takes the free premium.
    let ev = run("scim", Some(json!({"premium": 4, "standard": 1})));
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(
        finding(&ev, "SEAT_SHORTFALL")["params"]["tiers"],
        json!({"standard": 1})
    );
    // Buying it: gus moves, and then di moves up into a free premium seat.
    let ev = run("scim", Some(json!({"premium": 4, "standard": 2})));
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["member", "user", "premium", "update", "on_save"])
    );
    assert!(!has(&ev, "SEAT_SHORTFALL"));
    // Under JIT the move happens at di's next sign-in; without a purchase given, premium.
    let ev = run("jit", None);
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["member", "user", "premium", "update", "next_sign_in"])
    );
    // Re-evaluating the saved plan changes nothing.
    let mut saved = members.clone();
    saved[0]["seat_tier"] = json!("premium");
    saved[3]["seat_tier"] = json!("standard");
    let ev = eval(&claude(
        "enterprise_seat_based",
        users.clone(),
        json!({"seats": {"premium": 3, "standard": 5},
               "provisioning": agm("scim", json!({"owner": ["o"], "user": ["u"]}), json!({"standard": ["s"]})),
               "members": saved}),
    ));
    assert_eq!(user(&ev, "claude", "di@x.com")["change"], "none");
    assert_eq!(user(&ev, "claude", "gus@x.com")["change"], "none");
}

#[test]
fn r17_assigned_counts_seats_held_right_after_saving() {
    // JIT: ada holds premium; bo and cy join at sign-in and hold no seat until then. The
    // seats they will take are `pending`; `shortfall` still counts everyone.
    let users = json!([
        {"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]},
        {"email": "cy@x.com", "groups": ["o"]}
    ]);
    let ev = eval(&claude(
        "team",
        users,
        json!({"seats": {"premium": 1, "standard": 1},
               "provisioning": agm("jit", json!({"owner": ["o"]}), json!({})),
               "members": [{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"}]}),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["pending_login", "owner", "standard", "add", "next_sign_in"])
    );
    assert_eq!(user(&ev, "claude", "cy@x.com")["status"], "not_added");
    let seats = &org(&ev, "claude")["seats"];
    assert_eq!(
        seats["premium"],
        json!({"purchased": 1, "assigned": 1, "pending": 0, "shortfall": 0})
    );
    assert_eq!(
        seats["standard"],
        json!({"purchased": 1, "assigned": 0, "pending": 1, "shortfall": 1})
    );
    // Under SCIM the same users hold their seats at once.
    let mut sc = eval(&claude(
        "team",
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]}]),
        json!({"seats": {"premium": 1, "standard": 1},
               "provisioning": agm("jit", json!({"owner": ["o"]}), json!({})),
               "members": [{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"}]}),
    ));
    assert_eq!(
        org(&sc, "claude")["seats"]["standard"],
        json!({"purchased": 1, "assigned": 0, "pending": 1, "shortfall": 0})
    );
    sc = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]}]),
        json!({"seats": {"premium": 1, "standard": 1},
               "provisioning": agm("scim", json!({"owner": ["o"]}), json!({})),
               "members": [{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"}]}),
    ));
    assert_eq!(
        org(&sc, "claude")["seats"]["standard"],
        json!({"purchased": 1, "assigned": 1, "pending": 0, "shortfall": 0})
    );
}

#[test]
fn r16_single_seat_enterprise_ignores_seat_tier_mappings() {
    let users = json!([{"email": "ada@x.com", "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["ent"]}, {"email": "cy@x.com", "groups": ["users"]}]);
    let ev = eval(&claude(
        "enterprise_usage_based_single_seat",
        users,
        json!({"seats": {"enterprise": 10},
               "provisioning": agm("scim", json!({"owner": ["owners"], "user": ["users"]}), json!({"enterprise": ["ent"]}))}),
    ));
    let f = finding(&ev, "SEAT_TIER_MAPPING_NOT_APPLICABLE");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("warning"), vec!["ent"])
    );
    // The seat-tier group puts no one in scope.
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "out_of_scope");
    assert_eq!(
        outcome(&ev, "claude", "cy@x.com"),
        o(["member", "user", "enterprise", "add", "on_save"])
    );
    assert!(
        user(&ev, "claude", "cy@x.com")["rules"]
            .as_array()
            .unwrap()
            .contains(&json!("R16"))
    );
    // The same on a Console organization.
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["a", "p"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"]}, "seat_tiers": {"premium": ["p"]}}),
        json!([]),
    ));
    assert_eq!(
        subjects(finding(&ev, "SEAT_TIER_MAPPING_NOT_APPLICABLE")),
        ["p"]
    );
    assert_eq!(user(&ev, "api", "lead@x.dev")["seat_tier"], Value::Null);
}

#[test]
fn r17_capacity_not_added_and_shortfall_per_tier() {
    // premium 1, standard 1. Members: ada holds premium (keeps); bo holds standard but is
    // moved to premium by its group (premium full → keeps standard, counted toward premium).
    // New: cy explicit premium (full → not added), di default (standard is held by bo →
    // no free seat → not added, counted toward the lowest tier, standard).
    let users = json!([
        {"email": "ada@x.com", "groups": ["o", "p"]}, {"email": "bo@x.com", "groups": ["u", "p"]},
        {"email": "cy@x.com", "groups": ["u", "p"]}, {"email": "di@x.com", "groups": ["u"]}
    ]);
    let ev = eval(&claude(
        "enterprise_seat_based",
        users,
        json!({"seats": {"premium": 1, "standard": 1},
               "provisioning": agm("scim", json!({"owner": ["o"], "user": ["u"]}), json!({"premium": ["p"]})),
               "members": [{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
                           {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}]}),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "cy@x.com"),
        o(["not_added", "-", "-", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["not_added", "-", "-", "none", "-"])
    );
    let f = finding(&ev, "SEAT_SHORTFALL");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["params"]["tiers"], json!({"premium": 2, "standard": 1}));
    assert_eq!(subjects(f), ["bo@x.com", "cy@x.com", "di@x.com"]);
    let seats = &org(&ev, "claude")["seats"];
    assert_eq!(
        seats["premium"],
        json!({"purchased": 1, "assigned": 1, "pending": 0, "shortfall": 2})
    );
    assert_eq!(
        seats["standard"],
        json!({"purchased": 1, "assigned": 1, "pending": 0, "shortfall": 1})
    );

    // Seats held beyond the purchase stay held and count as shortfall.
    let ev = eval(&claude(
        "team",
        json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]),
        json!({"seats": {"premium": 1}, "provisioning": {"mode": "manual"},
               "members": [{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"}, {"email": "bo@x.com", "role": "user", "seat_tier": "premium"}]}),
    ));
    assert_eq!(
        org(&ev, "claude")["seats"]["premium"],
        json!({"purchased": 1, "assigned": 2, "pending": 0, "shortfall": 1})
    );
    assert_eq!(
        org(&ev, "claude")["seats"]["standard"],
        json!({"purchased": 0, "assigned": 0, "pending": 0, "shortfall": 0}),
        "a tier left out has 0"
    );

    // A member of unknown tier holds a seat counted against no tier.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]),
        json!({"seats": {"premium": 1, "standard": 0}, "provisioning": {"mode": "scim"},
               "members": [{"email": "ada@x.com", "role": "owner"}]}),
    ));
    assert_eq!(
        outcome(&ev, "claude", "ada@x.com"),
        o(["member", "owner", "-", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "premium", "add", "on_save"])
    );

    // Without purchased seats capacity is not checked, and the output says so.
    let ev = eval(&claude(
        "team",
        json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]),
        json!({"provisioning": {"mode": "jit"}}),
    ));
    assert_eq!(org(&ev, "claude")["capacity_checked"], false);
    assert_eq!(
        org(&ev, "claude")["seats"]["premium"],
        json!({"purchased": null, "assigned": 0, "pending": 1, "shortfall": 0})
    );
    assert!(
        ev["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "capacity_not_checked")
    );
    assert!(!has(&ev, "SEAT_SHORTFALL"));
}

#[test]
fn r18_buying_the_shortfall_then_sync_now_adds_everyone() {
    for file in provplan_tests::examples() {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut sc: Value = serde_json::from_str(&text).unwrap();
        let ev = eval(&sc);
        for f in findings(&ev, "SEAT_SHORTFALL") {
            let org_id = f["organization"].as_str().unwrap();
            let o = sc["organizations"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|o| o["id"] == org_id)
                .unwrap();
            for (tier, n) in f["params"]["tiers"].as_object().unwrap() {
                let have = o["seats"][tier].as_u64().unwrap_or(0);
                o["seats"][tier] = json!(have + n.as_u64().unwrap());
            }
        }
        // Re-evaluating with the new seat counts: nobody left out, no shortfall.
        let after = eval(&sc);
        assert!(!has(&after, "SEAT_SHORTFALL"), "{}", file.display());
        for o in after["organizations"].as_array().unwrap() {
            assert_eq!(o["counts"]["not_added"], 0, "{}", file.display());
        }
    }
}

#[test]
fn r19_a_privileged_group_must_exist_with_an_assigned_member() {
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["u"]}]),
        json!({"provisioning": agm("scim", json!({"user": ["u"]}), json!({}))}),
    ));
    let f = finding(&ev, "NO_PRIVILEGED_GROUP");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("error"), Vec::<&str>::new())
    );
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["u"]}, {"email": "bo@x.com", "assigned": false, "groups": ["own"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["own"], "user": ["u"]}), json!({}))}),
    ));
    assert_eq!(subjects(finding(&ev, "NO_PRIVILEGED_GROUP")), ["own"]);
    assert_eq!(step(&ev, "assign_groups"), "todo");
    // Console: Admin is the privileged role.
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["a"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"]}}),
        json!([]),
    ));
    assert!(!has(&ev, "NO_PRIVILEGED_GROUP"));
}

#[test]
fn r20_the_actor_must_keep_owner_or_admin() {
    let roles = json!({"owner": ["owners"], "admin": ["admins"], "user": ["users"]});
    // AGM: the actor only in an Admin group loses Owner.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["admins"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!({"provisioning": agm("scim", roles.clone(), json!({})), "members": [{"email": "ada@x.com", "role": "owner"}]}),
    ));
    let f = finding(&ev, "ACTOR_LOSES_ACCESS");
    assert_eq!(subjects(f), ["ada@x.com"]);
    assert_eq!(
        (f["organization"].as_str(), f["params"]["role"].as_str()),
        (Some("claude"), Some("admin"))
    );
    assert_eq!(step(&ev, "save"), "blocked");
    // The fix the guide gives: the actor in a group mapped to Owner.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["admins", "owners"]}]),
        json!({"provisioning": agm("scim", roles.clone(), json!({})), "members": [{"email": "ada@x.com", "role": "owner"}]}),
    ));
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"));
    // An organization listing no members: the actor is taken to be its Owner.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["users"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!({"provisioning": agm("jit", roles.clone(), json!({}))}),
    ));
    assert_eq!(finding(&ev, "ACTOR_LOSES_ACCESS")["params"]["role"], "user");
    // A Claude Admin is watched too: ending as User loses Admin access (the guide's
    // troubleshooting: "downgraded to User").
    let admin_actor = |groups: Value| {
        eval(&claude(
            "enterprise_seat_based",
            json!([{"email": "ada@x.com", "groups": groups}, {"email": "bo@x.com", "groups": ["owners"]}]),
            json!({"provisioning": agm("scim", roles.clone(), json!({})), "members": [{"email": "ada@x.com", "role": "admin"}, {"email": "bo@x.com", "role": "owner"}]}),
        ))
    };
    let ev = admin_actor(json!(["users"]));
    let f = finding(&ev, "ACTOR_LOSES_ACCESS");
    assert_eq!(
        (subjects(f), f["params"]["role"].as_str()),
        (vec!["ada@x.com"], Some("user"))
    );
    assert!(
        f["message"].as_str().unwrap().ends_with("below Admin"),
        "{}",
        f["message"]
    );
    assert_eq!(step(&ev, "save"), "blocked");
    // Keeping Admin, or rising to Owner, is no loss.
    assert!(!has(&admin_actor(json!(["admins"])), "ACTOR_LOSES_ACCESS"));
    assert!(!has(&admin_actor(json!(["owners"])), "ACTOR_LOSES_ACCESS"));
    // A User is not watched.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["users"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!({"provisioning": agm("scim", roles.clone(), json!({})), "members": [{"email": "ada@x.com", "role": "user"}, {"email": "bo@x.com", "role": "owner"}]}),
    ));
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"));
    // Console: an Admin ending as Developer loses Admin.
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["d"]}, {"email": "bo@x.dev", "groups": ["a"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"], "developer": ["d"]}}),
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    assert_eq!(
        finding(&ev, "ACTOR_LOSES_ACCESS")["params"]["role"],
        "developer"
    );
    // Without AGM: the actor not assigned to the app, under SCIM (removed) or JIT (blocked).
    for (mode, status) in [("scim", "removed"), ("jit", "blocked")] {
        let ev = eval(&claude(
            "enterprise_seat_based",
            json!([{"email": "ada@x.com", "assigned": false}]),
            json!({"provisioning": {"mode": mode}, "members": [{"email": "ada@x.com", "role": "owner"}]}),
        ));
        let f = finding(&ev, "ACTOR_LOSES_ACCESS");
        assert_eq!(f["params"]["status"], status, "{mode}");
    }
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com"}]),
        json!({"provisioning": {"mode": "scim"}, "members": [{"email": "ada@x.com", "role": "owner"}]}),
    ));
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"));
}

#[test]
fn r21_unknown_groups_with_letter_case_hints() {
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["anthropic-claude-owners"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["anthropic-claude-owners"], "admin": ["Anthropic-Claude-Admins", "anthropic-claude-OWNERS"]}), json!({}))}),
    ));
    let f = finding(&ev, "UNKNOWN_GROUP");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (
            Some("warning"),
            vec!["Anthropic-Claude-Admins", "anthropic-claude-OWNERS"]
        )
    );
    assert_eq!(
        f["params"]["case_mismatch"],
        json!({"anthropic-claude-OWNERS": ["anthropic-claude-owners"]})
    );
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("differs only in letter case")
    );
}

#[test]
fn r22_in_a_group_but_not_assigned() {
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "assigned": false, "groups": ["o"]}, {"email": "cy@x.com", "assigned": false}]),
        json!({"provisioning": agm("scim", json!({"owner": ["o"]}), json!({}))}),
    ));
    let f = finding(&ev, "UNASSIGNED_IN_GROUP");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("warning"), vec!["bo@x.com"])
    );
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "out_of_scope");
    assert_eq!(step(&ev, "set_mode"), "todo");
}

#[test]
fn r23_group_names_are_only_a_suggestion() {
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["Anthropic-Owners", "admins"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["Anthropic-Owners"], "admin": ["admins"]}), json!({}))}),
    ));
    let f = finding(&ev, "GROUP_NAMING");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("info"), vec!["admins"])
    );
    assert_eq!(f["params"]["prefix"], "anthropic-claude-");
    assert_eq!(
        step(&ev, "save"),
        "ready",
        "a naming suggestion blocks nothing"
    );
}

#[test]
fn r24_entra_pushes_scim_changes_every_40_minutes() {
    let mut sc = claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com"}]),
        json!({"provisioning": {"mode": "scim"}}),
    );
    sc["directory"]["idp"] = json!("entra");
    let ev = eval(&sc);
    let f = finding(&ev, "ENTRA_SYNC_DELAY");
    assert_eq!(
        (
            f["severity"].as_str(),
            f["organization"].clone(),
            subjects(f)
        ),
        (Some("info"), Value::Null, vec!["claude"])
    );
    sc["organizations"][0]["provisioning"]["mode"] = json!("jit");
    assert!(!has(&eval(&sc), "ENTRA_SYNC_DELAY"));
}

#[test]
fn r25_when_changes_take_effect() {
    let users =
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]}]);
    let members =
        json!([{"email": "ada@x.com", "role": "owner"}, {"email": "bo@x.com", "role": "user"}]);
    for (mode, when) in [("jit", "next_sign_in"), ("scim", "on_save")] {
        let ev = eval(&claude(
            "enterprise_seat_based",
            users.clone(),
            json!({"provisioning": agm(mode, json!({"owner": ["o"]}), json!({})), "members": members}),
        ));
        let bo = user(&ev, "claude", "bo@x.com");
        assert_eq!(
            (bo["change"].as_str(), bo["takes_effect"].as_str()),
            (Some("update"), Some(when)),
            "{mode}"
        );
        assert!(bo["rules"].as_array().unwrap().contains(&json!("R25")));
        let ada = user(&ev, "claude", "ada@x.com");
        assert_eq!(
            (ada["change"].as_str(), ada["takes_effect"].clone()),
            (Some("none"), Value::Null)
        );
    }
}

/// What `provplan check` prints for the scenario `v`.
fn check_report(v: &Value) -> String {
    let out = provplan_tests::run_provplan(
        &provplan_tests::root(),
        &["check", "-"],
        Some(&v.to_string()),
    );
    provplan_tests::text(&out.stdout)
}

/// R25: "Save changes" under JIT adds nobody: the counts of what saving does and of what waits
/// for the next sign-in split `changes` by `takes_effect`, each user counted once.
#[test]
fn r25_saving_under_jit_adds_nobody() {
    let users = json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]},
                       {"email": "cy@x.com", "groups": ["o"]}, {"email": "dee@x.com", "groups": ["o"]}]);
    let members = json!([{"email": "ada@x.com", "role": "owner"}, {"email": "bo@x.com", "role": "user"},
                         {"email": "gone@x.com", "role": "user"}]);
    let split = |mode: &str| {
        let ev = eval(&claude(
            "enterprise_seat_based",
            users.clone(),
            json!({"provisioning": agm(mode, json!({"owner": ["o"]}), json!({})), "members": members}),
        ));
        let o = org(&ev, "claude").clone();
        // Every change is in exactly one of the two, by its takes_effect.
        for u in o["users"].as_array().unwrap() {
            let counted = match u["takes_effect"].as_str() {
                Some("on_save") => &o["changes_on_save"],
                Some("next_sign_in") => &o["changes_at_sign_in"],
                _ => continue,
            };
            assert!(
                counted[u["change"].as_str().unwrap()].as_u64().unwrap() > 0,
                "{u}"
            );
        }
        (
            o["changes"].clone(),
            o["changes_on_save"].clone(),
            o["changes_at_sign_in"].clone(),
        )
    };
    // JIT: cy and dee join at their next sign-in, bo becomes Owner then; gone is blocked.
    assert_eq!(
        split("jit"),
        (
            json!({"add": 2, "update": 1, "remove": 0, "none": 2}),
            json!({"add": 0, "update": 0, "remove": 0}),
            json!({"add": 2, "update": 1})
        )
    );
    // SCIM: all of it on save, gone removed.
    assert_eq!(
        split("scim"),
        (
            json!({"add": 2, "update": 1, "remove": 1, "none": 1}),
            json!({"add": 2, "update": 1, "remove": 1}),
            json!({"add": 0, "update": 0})
        )
    );
    // The command line says the same.
    let text = check_report(&claude(
        "enterprise_seat_based",
        users.clone(),
        json!({"provisioning": agm("jit", json!({"owner": ["o"]}), json!({})), "members": members}),
    ));
    assert!(
        text.contains("changes on save: 0 added, 0 updated, 0 removed"),
        "{text}"
    );
    assert!(
        text.contains("at their next sign-in: 2 join, 1 change role or seat tier"),
        "{text}"
    );
}

#[test]
fn r16_a_member_without_a_tier_holds_the_single_seat() {
    // Three members listed without a tier, two seats bought: on single-seat Enterprise each
    // member holds an Enterprise seat, so one is held beyond the purchase.
    let users = json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}, {"email": "cy@x.com"}]);
    let ev = eval(&claude(
        "enterprise_usage_based_single_seat",
        users,
        json!({"seats": {"enterprise": 2}, "provisioning": {"mode": "jit"},
               "members": [{"email": "ada@x.com", "role": "owner"},
                           {"email": "bo@x.com", "role": "user"},
                           {"email": "cy@x.com", "role": "user"}]}),
    ));
    let bo = user(&ev, "claude", "bo@x.com");
    assert_eq!(
        (
            bo["seat_tier"].as_str(),
            bo["current_seat_tier"].as_str(),
            bo["change"].as_str()
        ),
        (Some("enterprise"), Some("enterprise"), Some("none"))
    );
    assert_eq!(
        org(&ev, "claude")["seats"]["enterprise"],
        json!({"purchased": 2, "assigned": 3, "pending": 0, "shortfall": 1})
    );
    assert!(has(&ev, "SEAT_SHORTFALL"));
}

#[test]
fn checklist_follows_the_guide_steps() {
    // §6: ids in order; a scenario with nothing wrong is ready to save.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["anthropic-claude-owners"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["anthropic-claude-owners"]}), json!({})), "members": [{"email": "ada@x.com", "role": "owner"}]}),
    ));
    let ids: Vec<&str> = ev["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "prerequisites",
            "choose_mode",
            "connect_directory",
            "match_sign_in_email",
            "set_mode",
            "assign_groups",
            "map_groups",
            "save"
        ]
    );
    // The guide's prerequisite (SSO set up, domain verified) is a reminder the planner cannot
    // check: always todo, first.
    let statuses: Vec<String> = ids.iter().map(|id| step(&ev, id)).collect();
    assert_eq!(
        statuses,
        [
            "todo", "done", "done", "done", "done", "done", "done", "ready"
        ]
    );
    let detail = |ev: &Value, id: &str| -> String {
        ev["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap()["detail"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert!(
        detail(&ev, "prerequisites").starts_with("a reminder the planner cannot check"),
        "{}",
        detail(&ev, "prerequisites")
    );
    // R20 checked the actor (an Owner in the owners' group): "you included".
    assert_eq!(
        detail(&ev, "assign_groups"),
        "groups exist and hold an Owner/Admin, you included"
    );
    // A mode not stated: choose_mode is todo; manual, so the rest is skipped.
    let ev = eval(&claude("team", json!([]), json!({})));
    let statuses: Vec<String> = ids.iter().map(|id| step(&ev, id)).collect();
    assert_eq!(
        statuses,
        [
            "todo", "todo", "skip", "skip", "done", "skip", "skip", "ready"
        ]
    );
    // Without an actor, R20 checked nobody: the step does not say "you included".
    let mut sc = claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["anthropic-claude-owners"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["anthropic-claude-owners"]}), json!({})), "members": [{"email": "ada@x.com", "role": "owner"}]}),
    );
    sc.as_object_mut().unwrap().remove("actor");
    let ev = eval(&sc);
    assert_eq!(step(&ev, "assign_groups"), "done");
    assert_eq!(
        detail(&ev, "assign_groups"),
        "groups exist and hold an Owner/Admin"
    );
}

#[test]
fn checklist_names_each_blocking_finding_once() {
    // Two organizations, each removing a member and with a user in a mapped group but not
    // assigned: the set_mode step names each code once, in the order found.
    let users = json!([
        {"email": "ada@x.com", "groups": ["o"]},
        {"email": "bo@x.com", "assigned": false, "groups": ["o"]}
    ]);
    let org = |id: &str, product: &str, role: &str| {
        json!({"id": id, "product": product,
               "provisioning": agm("scim", json!({role: ["o"]}), json!({})),
               "members": [{"email": "cy@x.com", "role": role}]})
    };
    let ev = eval(&json!({
        "version": 1, "plan": "enterprise_seat_based", "actor": "ada@x.com",
        "directory": {"idp": "okta", "scim_connected": true, "users": users},
        "organizations": [org("claude", "claude", "owner"), org("console", "console", "admin")]
    }));
    let detail = ev["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "set_mode")
        .unwrap()["detail"]
        .clone();
    assert_eq!(
        detail,
        "do not save yet: resolve MEMBERS_REMOVED_ON_SAVE, UNASSIGNED_IN_GROUP"
    );
}

#[test]
fn r17_a_seat_given_up_by_a_later_member_serves_an_earlier_one() {
    // premium 1 (held by bo), standard 2 (held by ada). ada's groups say premium, bo's say
    // standard. ada asks first and finds premium full; bo then moves and frees premium; ada
    // gets it on the next pass. Re-evaluating the result changes nothing.
    let users = json!([{"email": "ada@x.com", "groups": ["o", "p"]}, {"email": "bo@x.com", "groups": ["o", "s"]}]);
    let org_of = |members: Value| {
        json!({"seats": {"premium": 1, "standard": 2},
               "provisioning": agm("scim", json!({"owner": ["o"]}), json!({"premium": ["p"], "standard": ["s"]})),
               "members": members})
    };
    let ev = eval(&claude(
        "enterprise_seat_based",
        users.clone(),
        org_of(
            json!([{"email": "ada@x.com", "role": "owner", "seat_tier": "standard"},
                      {"email": "bo@x.com", "role": "owner", "seat_tier": "premium"}]),
        ),
    ));
    assert_eq!(
        outcome(&ev, "claude", "ada@x.com"),
        o(["member", "owner", "premium", "update", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "owner", "standard", "update", "on_save"])
    );
    assert!(!has(&ev, "SEAT_SHORTFALL"));
    let again = eval(&claude(
        "enterprise_seat_based",
        users,
        org_of(
            json!([{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
                      {"email": "bo@x.com", "role": "owner", "seat_tier": "standard"}]),
        ),
    ));
    assert_eq!(user(&again, "claude", "ada@x.com")["change"], "none");
    assert_eq!(user(&again, "claude", "bo@x.com")["change"], "none");
}

#[test]
fn r18_buying_the_shortfall_suffices_whatever_the_order() {
    // No seats; di (no seat-tier group) is listed before ed (premium group). Both are left
    // out: standard 1 (di's default counts toward the lowest tier), premium 1 (ed).
    let users = json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "di@x.com", "groups": ["o"]}, {"email": "ed@x.com", "groups": ["o", "p"]}]);
    let sc = |premium: u32, standard: u32| {
        claude(
            "enterprise_seat_based",
            users.clone(),
            json!({"seats": {"premium": premium, "standard": standard},
                   "provisioning": agm("scim", json!({"owner": ["o"]}), json!({"premium": ["p"]})),
                   "members": [{"email": "ada@x.com", "role": "owner"}]}),
        )
    };
    let ev = eval(&sc(0, 0));
    assert_eq!(
        finding(&ev, "SEAT_SHORTFALL")["params"]["tiers"],
        json!({"premium": 1, "standard": 1})
    );
    // After buying: ed's explicit tier is served before di's default, so both fit.
    let ev = eval(&sc(1, 1));
    assert_eq!(
        outcome(&ev, "claude", "ed@x.com"),
        o(["member", "owner", "premium", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "di@x.com"),
        o(["member", "owner", "standard", "add", "on_save"])
    );
    assert!(!has(&ev, "SEAT_SHORTFALL"));
    assert!(
        ev["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "tier_changes_first" && n["interpretation"] == true)
    );
}

/// R10: people are matched by email. A member whose address differs from a directory user's
/// only by a Cyrillic `а` is another person: under SCIM the member is removed and the
/// directory user added, while both look like one person kept. `LOOKALIKE_EMAILS` names the
/// pair and the character, and an address with a zero-width space inside.
#[test]
fn r10_lookalike_emails_are_two_people_and_said_so() {
    let sc = claude(
        "enterprise_seat_based",
        json!([
            {"email": "ada@x.com", "groups": ["owners"]},
            {"email": "\u{430}nn@x.com", "groups": ["users"]},
            {"email": "bo\u{200b}b@x.com", "groups": ["users"]}
        ]),
        json!({
            "provisioning": agm("scim", json!({"owner": ["owners"], "user": ["users"]}), json!({})),
            "members": [
                {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
                {"email": "ann@x.com", "role": "user", "seat_tier": "standard"}
            ]
        }),
    );
    let ev = eval(&sc);
    assert_eq!(user(&ev, "claude", "ann@x.com")["status"], "removed");
    assert_eq!(user(&ev, "claude", "\u{430}nn@x.com")["change"], "add");
    let f = finding(&ev, "LOOKALIKE_EMAILS");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["rule"], "R10");
    assert_eq!(
        f["params"]["pairs"],
        json!([["\u{430}nn@x.com", "ann@x.com"]])
    );
    assert_eq!(f["params"]["invisible"], json!(["bo\u{200b}b@x.com"]));
    assert_eq!(
        subjects(f),
        ["\u{430}nn@x.com", "bo\u{200b}b@x.com", "ann@x.com"]
    );
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("bo\\u{200b}b@x.com"),
        "shown visibly: {message}"
    );

    // Addresses in ASCII alone, or that differ by an accent one sees, are not look-alikes.
    let plain = claude(
        "team",
        json!([{"email": "ada@x.com"}, {"email": "bob1@x.com"}, {"email": "bobl@x.com"},
               {"email": "jose@x.com"}, {"email": "jos\u{e9}@x.com"}]),
        json!({"provisioning": {"mode": "jit"}}),
    );
    assert!(!has(&eval(&plain), "LOOKALIKE_EMAILS"));
}

#[test]
fn r18_sync_now_is_scim_advice_and_jit_shortfall_is_a_warning() {
    // One seat, two users: the second waits. Under SCIM the shortfall blocks saving and the
    // advice is the guide's troubleshooting: buy at Organization settings > Billing, then
    // "Sync now". Under JIT the user joins at the next sign-in once a seat is free: a warning,
    // and no "Sync now".
    let users =
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]}]);
    let run = |plan: &str, mode: &str| {
        eval(&claude(
            plan,
            users.clone(),
            json!({"seats": {"premium": 1, "standard": 0},
                   "provisioning": agm(mode, json!({"owner": ["o"]}), json!({})),
                   "members": [{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"}]}),
        ))
    };
    let ev = run("enterprise_seat_based", "scim");
    let f = finding(&ev, "SEAT_SHORTFALL");
    let advice = f["advice"].as_str().unwrap();
    assert_eq!(f["severity"], "error");
    assert!(
        advice.contains("Organization settings > Billing"),
        "{advice}"
    );
    assert!(advice.contains("\"Sync now\""), "{advice}");
    assert!(advice.contains("next sync cycle"), "{advice}");
    assert_eq!(step(&ev, "save"), "blocked");

    let ev = run("team", "jit");
    let f = finding(&ev, "SEAT_SHORTFALL");
    let advice = f["advice"].as_str().unwrap();
    assert_eq!(
        (f["severity"].as_str(), f["params"]["tiers"].clone()),
        (Some("warning"), json!({"standard": 1}))
    );
    assert!(
        advice.contains("Organization settings > Billing"),
        "{advice}"
    );
    assert!(advice.contains("next sign-in"), "{advice}");
    assert!(!advice.contains("Sync now"), "{advice}");
    assert!(!f["message"].as_str().unwrap().contains("Sync now"));
    assert_eq!(
        step(&ev, "save"),
        "ready",
        "a JIT shortfall holds back no save"
    );
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "not_added");
}

/// Each finding's advice fits the organization's mode: "Sync now" only under SCIM, signing in
/// again only under JIT (guide, troubleshooting), over every code, product and mode, and over
/// the examples evaluated in each mode with and without group mappings.
#[test]
fn advice_fits_the_organizations_mode() {
    use provplan_core::{Code, Mode, Product};
    let fits = |advice: &str, mode: Mode| -> Result<(), String> {
        let lower = advice.to_lowercase();
        if mode != Mode::Scim && lower.contains("sync now") {
            return Err(format!("\"Sync now\" outside SCIM ({mode}): {advice}"));
        }
        let again = ["sign in again", "signs in again", "sign out", "signs out"];
        if mode != Mode::Jit && again.iter().any(|w| lower.contains(w)) {
            return Err(format!("signing in again outside JIT ({mode}): {advice}"));
        }
        Ok(())
    };
    for code in Code::ALL {
        for product in [Product::Claude, Product::Console] {
            for mode in Mode::ALL {
                let (_, advice) = code.advice_in(Some(product), Some(*mode));
                assert_eq!(fits(advice, *mode), Ok(()), "{code}");
            }
        }
    }
    let mut checked = 0;
    for file in provplan_tests::examples() {
        let base: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for mode in ["manual", "jit", "scim"] {
            for agm_on in [false, true] {
                let mut sc = base.clone();
                for o in sc["organizations"].as_array_mut().unwrap() {
                    o["provisioning"]["mode"] = json!(mode);
                    o["provisioning"]["group_mappings"]["enabled"] = json!(agm_on);
                }
                let ev = eval(&sc);
                for f in ev["findings"].as_array().unwrap() {
                    let Some(id) = f["organization"].as_str() else {
                        continue;
                    };
                    let effective = org(&ev, id)["effective_mode"].as_str().unwrap();
                    let mode = Mode::from_id(effective).unwrap();
                    assert_eq!(
                        fits(f["advice"].as_str().unwrap(), mode),
                        Ok(()),
                        "{} {}: {}",
                        file.display(),
                        id,
                        f["code"]
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} findings checked");
}

/// R20/R9: the guide's paths for restoring a role, per product and mode.
/// R20 [interpretation]: where an organization lists no members, the actor is taken to be its
/// Owner (Claude) or Admin (Console) holding a seat of unknown tier, one fact that their row,
/// the counts, the changes, the seats, the findings and the checklist all read.
#[test]
fn r20_the_actor_of_an_organization_listing_no_members_is_its_owner_or_admin() {
    // Console under JIT without mappings: a member kept as Admin, nothing changes for them.
    let ev = eval(&json!({
        "version": 1, "plan": "console_only", "actor": "lead@x.dev",
        "directory": {"users": [{"email": "lead@x.dev"}, {"email": "bo@x.dev"}]},
        "organizations": [{"id": "api", "product": "console", "provisioning": {"mode": "jit"}}]
    }));
    assert_eq!(
        outcome(&ev, "api", "lead@x.dev"),
        o(["member", "admin", "-", "none", "-"])
    );
    assert_eq!(user(&ev, "api", "lead@x.dev")["current_role"], "admin");
    assert_eq!(
        outcome(&ev, "api", "bo@x.dev"),
        o(["pending_login", "user", "-", "add", "next_sign_in"])
    );
    let a = org(&ev, "api");
    assert_eq!(
        (
            a["counts"]["member"].as_u64(),
            a["counts"]["pending_login"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(
        a["changes"],
        json!({"add": 1, "update": 0, "remove": 0, "none": 1})
    );
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS") && !has(&ev, "ACTOR_NOT_PRIVILEGED"));
    // The assumption is disclosed, for that organization.
    let n = note(&ev, "new_organization").unwrap();
    assert_eq!(
        (
            n["rule"].as_str(),
            n["interpretation"].as_bool(),
            n["organization"].as_str()
        ),
        (Some("R5"), Some(true), Some("api"))
    );

    // Claude under SCIM with mappings, only an Admin group: the Owner they hold now becomes
    // Admin on save, and R20 says so; the row, the changes and the finding agree.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["admins"]}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!({"seats": {"premium": 1, "standard": 1},
               "provisioning": agm("scim", json!({"admin": ["admins"]}), json!({}))}),
    ));
    assert_eq!(
        outcome(&ev, "claude", "ada@x.com"),
        o(["member", "admin", "-", "update", "on_save"])
    );
    assert_eq!(user(&ev, "claude", "ada@x.com")["current_role"], "owner");
    let f = finding(&ev, "ACTOR_LOSES_ACCESS");
    assert_eq!(
        (subjects(f), f["params"]["role"].as_str()),
        (vec!["ada@x.com"], Some("admin"))
    );
    let c = org(&ev, "claude");
    assert_eq!(
        (
            c["changes"]["update"].as_u64(),
            c["changes"]["add"].as_u64()
        ),
        (Some(1), Some(1))
    );
    // Her seat is held already (of unknown tier): bo takes the Premium seat, nobody waits.
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "admin", "premium", "add", "on_save"])
    );
    assert!(!has(&ev, "SEAT_SHORTFALL"));

    // The actor nobody lists, not in the directory: a member not in scope, removed under SCIM.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "bo@x.com"}]),
        json!({"provisioning": {"mode": "scim"}}),
    ));
    assert_eq!(
        outcome(&ev, "claude", "ada@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        finding(&ev, "ACTOR_LOSES_ACCESS")["params"]["status"],
        "removed"
    );
    // An organization that lists its members is taken as listed.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]),
        json!({"provisioning": {"mode": "scim"}, "members": [{"email": "bo@x.com", "role": "owner"}]}),
    ));
    assert_eq!(
        user(&ev, "claude", "ada@x.com")["current_role"],
        Value::Null
    );
    assert!(has(&ev, "ACTOR_NOT_PRIVILEGED"));
    assert!(note(&ev, "new_organization").is_none());
}

#[test]
fn r20_advice_names_the_products_path_and_the_modes_step() {
    let roles = json!({"owner": ["owners"], "user": ["users"]});
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["users"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!({"provisioning": agm("jit", roles.clone(), json!({})), "members": [{"email": "ada@x.com", "role": "owner"}]}),
    ));
    let advice = finding(&ev, "ACTOR_LOSES_ACCESS")["advice"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        advice.contains("Organization settings > Organization"),
        "{advice}"
    );
    assert!(advice.contains("sign out and sign in again"), "{advice}");
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["d"]}, {"email": "bo@x.dev", "groups": ["a"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"], "developer": ["d"]}}),
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    let advice = finding(&ev, "ACTOR_LOSES_ACCESS")["advice"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(advice.contains("Settings > Members"), "{advice}");
    assert!(advice.contains("\"Sync now\""), "{advice}");
}

fn note<'a>(ev: &'a Value, id: &str) -> Option<&'a Value> {
    ev["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
}

#[test]
fn r09_provisioning_only_into_scim_organizations_is_disclosed() {
    // The guide: SCIM provisions into all organizations connected to the parent. The planner
    // counts only those set to SCIM [interpretation]: said when another organization is not.
    let sc = |lab: &str| {
        json!({"version": 1, "plan": "enterprise_seat_based", "actor": "ada@x.com",
        "directory": {"scim_connected": true, "users": [{"email": "ada@x.com"}, {"email": "grace@x.com"}]},
        "organizations": [
            {"id": "claude", "product": "claude", "provisioning": {"mode": "scim"}},
            {"id": "lab", "product": "console", "provisioning": {"mode": lab}}
        ]})
    };
    let ev = eval(&sc("jit"));
    let n = note(&ev, "scim_connected_orgs").unwrap();
    assert_eq!(
        (
            n["rule"].as_str(),
            n["interpretation"].as_bool(),
            n["organization"].clone()
        ),
        (Some("R9"), Some(true), Value::Null)
    );
    assert_eq!(user(&ev, "lab", "grace@x.com")["status"], "pending_login");
    assert!(note(&eval(&sc("scim")), "scim_connected_orgs").is_none());
}

#[test]
fn r12_blocked_under_jit_is_disclosed() {
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com"}]),
        json!({"provisioning": agm("jit", json!({"owner": ["o"]}), json!({})),
               "members": [{"email": "ada@x.com", "role": "owner"}, {"email": "bo@x.com", "role": "user"}]}),
    ));
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "blocked");
    let n = note(&ev, "jit_blocks_members").unwrap();
    assert_eq!(
        (n["rule"].as_str(), n["interpretation"].as_bool()),
        (Some("R12"), Some(true))
    );
}

#[test]
fn r15_highest_available_read_as_highest_free_is_disclosed() {
    let users = json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "bo@x.com", "groups": ["o"]},
                       {"email": "cy@x.com", "groups": ["o"]}]);
    let ev = eval(&claude(
        "enterprise_seat_based",
        users.clone(),
        json!({"seats": {"premium": 1, "standard": 1}, "provisioning": agm("scim", json!({"owner": ["o"]}), json!({}))}),
    ));
    // The actor keeps the seat of unknown tier they hold (R20: the organization lists no
    // members); bo takes the one premium seat, cy the next tier with a free seat.
    assert_eq!(user(&ev, "claude", "ada@x.com")["seat_tier"], Value::Null);
    assert_eq!(user(&ev, "claude", "bo@x.com")["seat_tier"], "premium");
    assert_eq!(user(&ev, "claude", "cy@x.com")["seat_tier"], "standard");
    let n = note(&ev, "highest_free_tier").unwrap();
    assert_eq!(
        (n["rule"].as_str(), n["interpretation"].as_bool()),
        (Some("R15"), Some(true))
    );
    // Without a purchase given, capacity is not checked: the reading does not arise.
    let ev = eval(&claude(
        "enterprise_seat_based",
        users,
        json!({"provisioning": agm("scim", json!({"owner": ["o"]}), json!({}))}),
    ));
    assert!(note(&ev, "highest_free_tier").is_none());
}

#[test]
fn r01_order_of_the_usage_based_tiers_is_disclosed() {
    let ev = eval(&claude(
        "enterprise_usage_based",
        json!([{"email": "ada@x.com", "groups": ["o"]}, {"email": "grace@x.com", "groups": ["o"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["o"]}), json!({}))}),
    ));
    assert_eq!(
        user(&ev, "claude", "grace@x.com")["seat_tier"],
        "chat_claude_code"
    );
    let n = note(&ev, "usage_tier_order").unwrap();
    assert_eq!(
        (n["rule"].as_str(), n["interpretation"].as_bool()),
        (Some("R1"), Some(true))
    );
    // The seat-based plan's Premium above Standard is not in question.
    let ev = eval(&claude(
        "enterprise_seat_based",
        json!([{"email": "ada@x.com", "groups": ["o"]}]),
        json!({"provisioning": agm("scim", json!({"owner": ["o"]}), json!({}))}),
    ));
    assert!(note(&ev, "usage_tier_order").is_none());
}

#[test]
fn r03_console_ranking_is_disclosed() {
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["a", "d"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"], "developer": ["d"]}}),
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    assert_eq!(user(&ev, "api", "lead@x.dev")["role"], "admin");
    let n = note(&ev, "console_ranking").unwrap();
    assert_eq!(
        (n["rule"].as_str(), n["interpretation"].as_bool()),
        (Some("R3"), Some(true))
    );
    // One role per user: the ranking decides nothing.
    let ev = eval(&console(
        json!([{"email": "lead@x.dev", "groups": ["a"]}]),
        json!({"enabled": true, "roles": {"admin": ["a"], "developer": ["d"]}}),
        json!([{"email": "lead@x.dev", "role": "admin"}]),
    ));
    assert!(note(&ev, "console_ranking").is_none());
}

/// A Console scenario in format version 2 (R3's sixth role).
fn console_v2(users: Value, gm: Value, members: Value) -> Value {
    let mut sc = console(users, gm, members);
    sc["version"] = json!(2);
    sc
}

#[test]
fn r03_limited_developer_ranks_between_developer_and_claude_code_user() {
    let users = json!([
        {"email": "lead@x.dev", "groups": ["admins"]},
        {"email": "dl@x.dev", "groups": ["devs", "limited"]},
        {"email": "lc@x.dev", "groups": ["limited", "cc"]},
        {"email": "bl@x.dev", "groups": ["billing", "limited"]},
        {"email": "lim@x.dev", "groups": ["limited"]}
    ]);
    let roles = json!({"admin": ["admins"], "developer": ["devs"], "limited_developer": ["limited"],
        "billing": ["billing"], "claude_code_user": ["cc"]});
    let members = json!([{"email": "lead@x.dev", "role": "admin"}]);
    let ev = eval(&console_v2(
        users.clone(),
        json!({"enabled": true, "roles": roles}),
        members.clone(),
    ));
    // Developer > Limited Developer > Claude Code User.
    assert_eq!(user(&ev, "api", "dl@x.dev")["role"], "developer");
    assert_eq!(user(&ev, "api", "lc@x.dev")["role"], "limited_developer");
    assert_eq!(user(&ev, "api", "lim@x.dev")["role"], "limited_developer");
    // Billing cannot be ranked against it: the default precedence (limited_developer before
    // billing) decides, with R11's warning as for billing and developer.
    assert_eq!(user(&ev, "api", "bl@x.dev")["role"], "limited_developer");
    let f = finding(&ev, "ROLE_AMBIGUOUS");
    assert_eq!(subjects(f), ["bl@x.dev"]);
    assert_eq!(
        f["params"]["roles"],
        json!(["billing", "limited_developer"])
    );
    let n = note(&ev, "default_precedence").unwrap();
    assert!(
        n["message"]
            .as_str()
            .unwrap()
            .contains("admin, developer, limited_developer, billing, claude_code_user, user"),
        "{n}"
    );
    // An override names all six roles and agrees with the ranking.
    let six = json!([
        "admin",
        "developer",
        "billing",
        "limited_developer",
        "claude_code_user",
        "user"
    ]);
    let ev = eval(&console_v2(
        users.clone(),
        json!({"enabled": true, "roles": roles, "role_precedence": six}),
        members.clone(),
    ));
    assert_eq!(user(&ev, "api", "bl@x.dev")["role"], "billing");
    let five = json!(["admin", "developer", "billing", "claude_code_user", "user"]);
    assert_eq!(
        input_errors(&console_v2(
            users.clone(),
            json!({"enabled": true, "roles": roles, "role_precedence": five}),
            members.clone(),
        )),
        [
            "organizations[0].provisioning.group_mappings.role_precedence: the precedence must list every console role; missing limited_developer"
        ]
    );
    // Version 1 does not know the role, as before.
    assert_eq!(
        input_errors(&console(
            users,
            json!({"enabled": true, "roles": roles}),
            members
        )),
        [
            "organizations[0].provisioning.group_mappings.roles.limited_developer: unknown console role \"limited_developer\"; expected admin, developer, billing, claude_code_user or user"
        ]
    );
}

/// A version 2 Claude scenario on a seat-based Enterprise plan: `po@x.com` is the Primary
/// Owner (a Premium seat), `ada@x.com` an Owner and the actor; `prov` the provisioning.
fn primary_owner(users: Value, prov: Value) -> Value {
    let mut sc = claude(
        "enterprise_seat_based",
        users,
        json!({"seats": {"premium": 2, "standard": 5}, "provisioning": prov,
        "members": [
            {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
            {"email": "po@x.com", "role": "owner", "seat_tier": "premium", "primary_owner": true}
        ]}),
    );
    sc["version"] = json!(2);
    sc
}

/// R27: the Primary Owner's row: a member, Owner, their Premium seat, nothing changes.
fn assert_kept(ev: &Value) {
    let u = user(ev, "claude", "po@x.com");
    assert_eq!(
        outcome(ev, "claude", "po@x.com"),
        o(["member", "owner", "premium", "none", "-"]),
        "{u}"
    );
    assert_eq!(u["primary_owner"], true);
    assert!(
        u["rules"].as_array().unwrap().contains(&json!("R27")),
        "{u}"
    );
    assert_eq!(user(ev, "claude", "ada@x.com").get("primary_owner"), None);
}

#[test]
fn r27_the_primary_owner_is_kept_in_every_mode_and_the_exemption_is_disclosed() {
    let ada = json!({"email": "ada@x.com", "groups": ["owners"]});
    let roles = json!({"owner": ["owners"], "user": ["users"]});
    let tiers = json!({"standard": ["users"]});
    // SCIM without mappings, the Primary Owner not assigned: SCIM would remove them.
    let off = json!([ada, {"email": "po@x.com", "assigned": false}]);
    let ev = eval(&primary_owner(off.clone(), json!({"mode": "scim"})));
    assert_kept(&ev);
    let f = finding(&ev, "PRIMARY_OWNER_EXEMPT");
    assert_eq!(
        (f["severity"].as_str(), f["rule"].as_str(), subjects(f)),
        (Some("info"), Some("R27"), vec!["po@x.com"])
    );
    assert_eq!(
        f["params"],
        json!({"status": "removed", "role": null, "seat_tier": null})
    );
    assert!(!has(&ev, "MEMBERS_REMOVED_ON_SAVE"));
    let n = note(&ev, "primary_owner_exempt").unwrap();
    assert_eq!(
        (
            n["rule"].as_str(),
            n["interpretation"].as_bool(),
            n["organization"].as_str()
        ),
        (Some("R27"), Some(true), Some("claude"))
    );
    // R17 counts their seat: ada's and theirs.
    assert_eq!(org(&ev, "claude")["seats"]["premium"]["assigned"], 2);
    assert_eq!(org(&ev, "claude")["changes_on_save"]["remove"], 0);

    // JIT: they would be blocked.
    let ev = eval(&primary_owner(off.clone(), json!({"mode": "jit"})));
    assert_kept(&ev);
    assert_eq!(
        finding(&ev, "PRIMARY_OWNER_EXEMPT")["params"],
        json!({"status": "blocked", "role": "owner", "seat_tier": null})
    );
    assert!(!has(&ev, "MEMBERS_BLOCKED"));

    // SCIM + mappings, in the users' group only: they would drop to User on a Standard seat.
    let mapped = json!([ada, {"email": "po@x.com", "groups": ["users"]}]);
    let ev = eval(&primary_owner(
        mapped.clone(),
        agm("scim", roles.clone(), tiers.clone()),
    ));
    assert_kept(&ev);
    assert_eq!(
        finding(&ev, "PRIMARY_OWNER_EXEMPT")["params"],
        json!({"status": "member", "role": "user", "seat_tier": "standard"})
    );
    // Under JIT + mappings alike; nothing waits for their next sign-in.
    let ev = eval(&primary_owner(
        mapped,
        agm("jit", roles.clone(), tiers.clone()),
    ));
    assert_kept(&ev);
    assert_eq!(org(&ev, "claude")["changes_at_sign_in"]["update"], 0);

    // Invite only: nothing would happen, so no finding and no note.
    let ev = eval(&primary_owner(off, json!({"mode": "manual"})));
    assert_kept(&ev);
    assert!(!has(&ev, "PRIMARY_OWNER_EXEMPT") && note(&ev, "primary_owner_exempt").is_none());

    // In the Owner group, where no seat-tier group names them and no tier move is due:
    // nothing would change either.
    let kept = json!([ada, {"email": "po@x.com", "groups": ["owners"]}]);
    let ev = eval(&primary_owner(kept, agm("scim", roles, json!({}))));
    assert_kept(&ev);
    assert!(!has(&ev, "PRIMARY_OWNER_EXEMPT"));

    // Not in the directory at all, under SCIM: kept.
    let ev = eval(&primary_owner(json!([ada]), json!({"mode": "scim"})));
    assert_kept(&ev);
    assert_eq!(
        finding(&ev, "PRIMARY_OWNER_EXEMPT")["params"]["status"],
        "removed"
    );
}

#[test]
fn r27_an_actor_who_is_the_primary_owner_does_not_lose_access() {
    // The actor is the Primary Owner and in no group: others in their place would drop out.
    let users = json!([{"email": "ada@x.com", "groups": ["owners"]}, {"email": "po@x.com"}]);
    let mut sc = primary_owner(users, agm("scim", json!({"owner": ["owners"]}), json!({})));
    sc["actor"] = json!("po@x.com");
    let ev = eval(&sc);
    assert_kept(&ev);
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"));
    // The same actor, not marked: R20 stops the save.
    sc["organizations"][0]["members"][1]
        .as_object_mut()
        .unwrap()
        .remove("primary_owner");
    assert!(has(&eval(&sc), "ACTOR_LOSES_ACCESS"));
}

#[test]
fn r27_the_primary_owner_is_one_owner_of_the_claude_organization_in_version_2() {
    let base = |members: Value, version: u64| {
        let mut sc = json!({
            "version": version, "plan": "enterprise_seat_based",
            "directory": {"users": []},
            "organizations": [
                {"id": "claude", "product": "claude", "members": members},
                {"id": "api", "product": "console",
                    "members": [{"email": "cy@x.com", "role": "admin", "primary_owner": true}]}
            ]
        });
        if version == 1 {
            sc["organizations"][1]["members"][0]
                .as_object_mut()
                .unwrap()
                .remove("primary_owner");
        }
        sc
    };
    let two = json!([
        {"email": "ada@x.com", "role": "owner", "primary_owner": true},
        {"email": "bo@x.com", "role": "admin", "primary_owner": true},
        {"email": "di@x.com", "role": "owner", "primary_owner": false}
    ]);
    assert_eq!(
        input_errors(&base(two.clone(), 2)),
        [
            "organizations[0].members[1].primary_owner: a scenario has one Primary Owner at most, already marked at organizations[0].members[0].primary_owner (R27)",
            "organizations[1].members[0].primary_owner: a Console organization has no Primary Owner (R27)",
        ]
    );
    let admin = json!([{"email": "bo@x.com", "role": "admin", "primary_owner": true}]);
    let errors = input_errors(&base(admin, 2));
    assert_eq!(
        errors.first().map(String::as_str),
        Some(
            "organizations[0].members[0].primary_owner: the Primary Owner holds the Owner role, not admin (R27)"
        )
    );
    assert_eq!(
        input_errors(&base(two, 1)),
        [
            "organizations[0].members[0].primary_owner: unknown field `primary_owner`; it needs \"version\": 2",
            "organizations[0].members[1].primary_owner: unknown field `primary_owner`; it needs \"version\": 2",
            "organizations[0].members[2].primary_owner: unknown field `primary_owner`; it needs \"version\": 2",
        ]
    );
}

/// R26: a version 2 scenario on seat-based Enterprise with `users`, the organization's
/// provisioning `prov`, its members `members` and the directory's IdP `idp`.
fn sign_in(idp: &str, users: Value, prov: Value, members: Value) -> Value {
    let mut sc = claude(
        "enterprise_seat_based",
        users,
        json!({"seats": {"premium": 5, "standard": 5}, "provisioning": prov, "members": members}),
    );
    sc["version"] = json!(2);
    sc["directory"]["idp"] = json!(idp);
    sc
}

fn ada_owner() -> Value {
    json!([{"email": "ada@x.com", "role": "owner", "seat_tier": "premium"}])
}

#[test]
fn r26_scim_members_whose_sso_address_differs_cannot_sign_in() {
    // SCIM without mappings: bo is added, cy kept; both sign in with another address (bo's
    // only in letter case); dee's SSO address is her email, exactly.
    let users = json!([
        {"email": "ada@x.com"},
        {"email": "bo@x.com", "sso_email": "Bo@x.com"},
        {"email": "cy@x.com", "sso_email": "cy.smith@x.com"},
        {"email": "dee@x.com", "sso_email": "dee@x.com"}
    ]);
    let members = json!([
        {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
        {"email": "cy@x.com", "role": "user", "seat_tier": "standard"}
    ]);
    let ev = eval(&sign_in("okta", users, json!({"mode": "scim"}), members));
    let f = finding(&ev, "SSO_EMAIL_MISMATCH");
    assert_eq!(
        (
            f["severity"].as_str(),
            f["rule"].as_str(),
            f["organization"].as_str(),
            subjects(f)
        ),
        (
            Some("error"),
            Some("R26"),
            Some("claude"),
            vec!["bo@x.com", "cy@x.com"]
        )
    );
    assert_eq!(
        f["params"],
        json!({"idp": "okta", "pairs": [
            {"email": "bo@x.com", "sso_email": "Bo@x.com"},
            {"email": "cy@x.com", "sso_email": "cy.smith@x.com"}
        ]})
    );
    // The advice is Okta's: the two tabs, the attribute, the full sync.
    let advice = f["advice"].as_str().unwrap();
    for words in [
        "Provisioning > To App",
        "Sign On",
        "user.email",
        "full re-sync",
    ] {
        assert!(advice.contains(words), "{advice}");
    }
    assert_eq!(step(&ev, "match_sign_in_email"), "blocked");
    assert_eq!(step(&ev, "save"), "blocked");
    assert_eq!(findings(&ev, "SSO_EMAIL_MISMATCH").len(), 1);
}

#[test]
fn r26_with_mappings_only_users_who_end_members_are_listed() {
    // SCIM + mappings: bo is in scope (added), cy is a member out of scope (removed), dee is
    // in no mapped group (out of scope), eve is unassigned. Only bo ends a member.
    let users = json!([
        {"email": "ada@x.com", "groups": ["owners"]},
        {"email": "bo@x.com", "sso_email": "bo@y.com", "groups": ["users"]},
        {"email": "cy@x.com", "sso_email": "CY@x.com"},
        {"email": "dee@x.com", "sso_email": "dee@y.com"},
        {"email": "eve@x.com", "sso_email": "eve@y.com", "assigned": false, "groups": ["users"]}
    ]);
    let members = json!([
        {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
        {"email": "cy@x.com", "role": "user", "seat_tier": "standard"}
    ]);
    let prov = agm(
        "scim",
        json!({"owner": ["owners"], "user": ["users"]}),
        json!({}),
    );
    let ev = eval(&sign_in("entra", users, prov, members));
    assert_eq!(outcome(&ev, "claude", "cy@x.com")[0], "removed");
    let f = finding(&ev, "SSO_EMAIL_MISMATCH");
    assert_eq!(subjects(f), vec!["bo@x.com"]);
    assert_eq!(f["params"]["idp"], "entra");
    let advice = f["advice"].as_str().unwrap();
    for words in [
        "Enterprise applications",
        "App registrations",
        "restart provisioning",
    ] {
        assert!(advice.contains(words), "{advice}");
    }
}

#[test]
fn r26_jit_and_invite_only_have_no_finding() {
    // Under JIT the account is made from the address SSO sends; Invite only provisions no one.
    let users = json!([
        {"email": "ada@x.com"},
        {"email": "bo@x.com", "sso_email": "Bo@x.com"}
    ]);
    let members = json!([
        {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
        {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}
    ]);
    for mode in ["jit", "manual"] {
        let ev = eval(&sign_in(
            "google",
            users.clone(),
            json!({"mode": mode}),
            members.clone(),
        ));
        assert!(!has(&ev, "SSO_EMAIL_MISMATCH"), "{mode}");
        assert_eq!(step(&ev, "match_sign_in_email"), "skip", "{mode}");
    }
    // SCIM chosen where the plan does not offer it is evaluated as Invite only (R7).
    let mut team = sign_in("google", users, json!({"mode": "scim"}), members);
    team["plan"] = json!("team");
    team["organizations"][0]["seats"] = json!({"premium": 5, "standard": 5});
    let ev = eval(&team);
    assert!(has(&ev, "SCIM_NOT_ELIGIBLE"));
    assert!(!has(&ev, "SSO_EMAIL_MISMATCH"));
}

#[test]
fn r26_a_user_waiting_for_a_seat_is_not_listed_and_the_step_is_to_do() {
    // One Premium seat, held by ada, and no Standard seat: bo waits for one (R17).
    let users = json!([
        {"email": "ada@x.com"},
        {"email": "bo@x.com", "sso_email": "bo@y.com"}
    ]);
    let mut sc = sign_in("onelogin", users, json!({"mode": "scim"}), ada_owner());
    sc["organizations"][0]["seats"] = json!({"premium": 1, "standard": 0});
    let ev = eval(&sc);
    assert_eq!(outcome(&ev, "claude", "bo@x.com")[0], "not_added");
    assert!(!has(&ev, "SSO_EMAIL_MISMATCH"));
    assert_eq!(step(&ev, "match_sign_in_email"), "todo");
    let detail = ev["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "match_sign_in_email")
        .unwrap()["detail"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(detail.contains("bo@x.com"), "{detail}");
    // Once the seat is bought, bo is added and cannot sign in.
    sc["organizations"][0]["seats"]["standard"] = json!(1);
    let ev = eval(&sc);
    assert_eq!(
        subjects(finding(&ev, "SSO_EMAIL_MISMATCH")),
        vec!["bo@x.com"]
    );
    let advice = finding(&ev, "SSO_EMAIL_MISMATCH")["advice"]
        .as_str()
        .unwrap();
    assert!(advice.contains("OneLogin"), "{advice}");
}

#[test]
fn r26_the_primary_owner_signs_in_like_anyone() {
    // R27 exempts the Primary Owner from provisioning, not from signing in.
    let users = json!([
        {"email": "ada@x.com"},
        {"email": "po@x.com", "sso_email": "PO@x.com"}
    ]);
    let members = json!([
        {"email": "ada@x.com", "role": "owner", "seat_tier": "premium"},
        {"email": "po@x.com", "role": "owner", "seat_tier": "premium", "primary_owner": true}
    ]);
    let ev = eval(&sign_in("other", users, json!({"mode": "scim"}), members));
    let f = finding(&ev, "SSO_EMAIL_MISMATCH");
    assert_eq!(subjects(f), vec!["po@x.com"]);
    // An IdP without an article of its own gets the code's advice.
    assert_eq!(
        f["advice"].as_str(),
        Some(provplan_core::Code::SsoEmailMismatch.advice())
    );
}

#[test]
fn r26_checklist_step_is_done_or_skipped_without_a_mismatch() {
    let users = json!([{"email": "ada@x.com"}, {"email": "bo@x.com"}]);
    let ev = eval(&sign_in(
        "okta",
        users.clone(),
        json!({"mode": "scim"}),
        ada_owner(),
    ));
    assert_eq!(step(&ev, "match_sign_in_email"), "done");
    assert!(!has(&ev, "SSO_EMAIL_MISMATCH"));
    // The step comes right after guide step 2.
    let ids: Vec<&str> = ev["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let at = ids.iter().position(|i| *i == "connect_directory").unwrap();
    assert_eq!(ids.get(at + 1), Some(&"match_sign_in_email"));
    let ev = eval(&sign_in("okta", users, json!({"mode": "jit"}), ada_owner()));
    assert_eq!(step(&ev, "match_sign_in_email"), "skip");
}

#[test]
fn r26_sso_email_is_version_2_and_checked_as_an_email() {
    let users = json!([{"email": "ada@x.com", "sso_email": "Ada@x.com"}]);
    let mut sc = sign_in("okta", users, json!({"mode": "scim"}), ada_owner());
    sc["version"] = json!(1);
    assert_eq!(
        input_errors(&sc),
        ["directory.users[0].sso_email: unknown field `sso_email`; it needs \"version\": 2"]
    );
    sc["version"] = json!(2);
    sc["directory"]["users"][0]["sso_email"] = json!("not an email");
    assert_eq!(
        input_errors(&sc),
        ["directory.users[0].sso_email: email \"not an email\" contains white space"]
    );
    // A composed and a decomposed é are one person, but not one SSO address: Claude compares
    // the text exactly.
    sc["directory"]["users"][0] =
        json!({"email": "\u{e9}va@x.com", "sso_email": "e\u{301}va@x.com"});
    sc["organizations"][0]["members"] = json!([]);
    sc["actor"] = json!("\u{e9}va@x.com");
    let ev = eval(&sc);
    assert_eq!(
        subjects(finding(&ev, "SSO_EMAIL_MISMATCH")),
        vec!["\u{e9}va@x.com"]
    );
}

/// R28: a version 2 Claude organization on a seat-based Enterprise plan, with groups `o`, `a`
/// and `u` mapped to Owner, Admin and User, the members given as (email, role, groups).
fn removals(mode: &str, members: &[(&str, &str, &[&str])], max: Value) -> Value {
    let users: Vec<Value> = members
        .iter()
        .map(|(email, _, groups)| json!({"email": email, "groups": groups}))
        .collect();
    let listed: Vec<Value> = members
        .iter()
        .map(|(email, role, _)| json!({"email": email, "role": role, "seat_tier": "standard"}))
        .collect();
    let mut sc = claude(
        "enterprise_seat_based",
        json!(users),
        json!({
            "provisioning": agm(mode, json!({"owner": ["o"], "admin": ["a"], "user": ["u"]}), json!({})),
            "members": listed
        }),
    );
    sc["version"] = json!(2);
    if !max.is_null() {
        sc["max_removals"] = max;
    }
    sc
}

/// Five members under SCIM: Ada keeps Owner, Bo Admin, Eve User; Cy and Dee are in no mapped
/// group, so saving removes them (R12).
const FIVE: [(&str, &str, &[&str]); 5] = [
    ("ada@x.com", "owner", &["o"]),
    ("bo@x.com", "admin", &["a"]),
    ("cy@x.com", "user", &[]),
    ("dee@x.com", "user", &[]),
    ("eve@x.com", "user", &["u"]),
];

#[test]
fn r28_more_removals_than_a_number_of_people_is_an_error() {
    let ev = eval(&removals("scim", &FIVE, json!(1)));
    let f = finding(&ev, "REMOVAL_THRESHOLD");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["rule"], "R28");
    assert_eq!(f["organization"], "claude");
    assert_eq!(subjects(f), vec!["cy@x.com", "dee@x.com"]);
    assert_eq!(
        f["params"],
        json!({"count": 2, "limit": 1, "max_removals": 1})
    );
    assert_eq!(step(&ev, "save"), "blocked");
    // Exactly at the limit: nothing.
    let ev = eval(&removals("scim", &FIVE, json!(2)));
    assert!(!has(&ev, "REMOVAL_THRESHOLD"));
    // Without a limit: nothing either.
    assert!(!has(
        &eval(&removals("scim", &FIVE, Value::Null)),
        "REMOVAL_THRESHOLD"
    ));
}

#[test]
fn r28_a_percentage_is_of_the_current_members_rounded_down() {
    // 40% of 5 members allows 2: the two removals pass.
    let ev = eval(&removals("scim", &FIVE, json!("40%")));
    assert!(!has(&ev, "REMOVAL_THRESHOLD"));
    // 39% of 5 is 1.95: 1 allowed, 2 is a larger share than 39%.
    let ev = eval(&removals("scim", &FIVE, json!("39%")));
    let f = finding(&ev, "REMOVAL_THRESHOLD");
    assert_eq!(
        f["params"],
        json!({"count": 2, "limit": 1, "max_removals": "39%"})
    );
    assert!(f["message"].as_str().unwrap().contains("39%"));
    // 0% allows no one; 100% everyone.
    assert!(has(
        &eval(&removals("scim", &FIVE, json!("0%"))),
        "REMOVAL_THRESHOLD"
    ));
    assert!(!has(
        &eval(&removals("scim", &FIVE, json!("100%"))),
        "REMOVAL_THRESHOLD"
    ));
}

#[test]
fn r28_blocked_members_and_demoted_owners_and_admins_count() {
    // Under JIT: Bo (Owner, only in the Admin group) ends Admin, Cy (Admin, only in the User
    // group) ends User, Dee (in no group) is blocked: three. Eve (User, in the Admin group)
    // gains a role and Ada keeps Owner: not counted.
    let members: [(&str, &str, &[&str]); 5] = [
        ("ada@x.com", "owner", &["o"]),
        ("bo@x.com", "owner", &["a"]),
        ("cy@x.com", "admin", &["u"]),
        ("dee@x.com", "user", &[]),
        ("eve@x.com", "user", &["a"]),
    ];
    let ev = eval(&removals("jit", &members, json!(2)));
    assert_eq!(user(&ev, "claude", "dee@x.com")["status"], "blocked");
    let f = finding(&ev, "REMOVAL_THRESHOLD");
    assert_eq!(subjects(f), vec!["bo@x.com", "cy@x.com", "dee@x.com"]);
    assert_eq!(f["params"]["count"], 3);
    assert!(!has(
        &eval(&removals("jit", &members, json!(3))),
        "REMOVAL_THRESHOLD"
    ));

    // Console: an Admin who ends Developer counts; a User who becomes Developer does not.
    let mut sc = console(
        json!([{"email": "ada@x.com", "groups": ["adm"]}, {"email": "bo@x.com", "groups": ["dev"]},
               {"email": "cy@x.com", "groups": ["dev"]}]),
        json!({"enabled": true, "roles": {"admin": ["adm"], "developer": ["dev"]}}),
        json!([{"email": "ada@x.com", "role": "admin"}, {"email": "bo@x.com", "role": "admin"},
               {"email": "cy@x.com", "role": "user"}]),
    );
    sc["version"] = json!(2);
    sc["max_removals"] = json!(0);
    let ev = eval(&sc);
    let f = finding(&ev, "REMOVAL_THRESHOLD");
    assert_eq!(subjects(f), vec!["bo@x.com"]);
}

#[test]
fn r28_the_primary_owner_is_never_counted() {
    // The Primary Owner is in no mapped group, so SCIM would remove them, but R27 keeps them.
    let mut sc = removals("scim", &FIVE, json!(1));
    sc["directory"]["users"][0]["groups"] = json!([]);
    sc["organizations"][0]["members"][0]["primary_owner"] = json!(true);
    let ev = eval(&sc);
    assert!(has(&ev, "PRIMARY_OWNER_EXEMPT"));
    let f = finding(&ev, "REMOVAL_THRESHOLD");
    assert_eq!(subjects(f), vec!["cy@x.com", "dee@x.com"]);
}

#[test]
fn r28_the_command_line_limit_overrides_the_file() {
    // `None`: a bad option, refused before the scenario is read.
    let run = |args: &[&str], sc: Option<&Value>| {
        let input = sc.map(Value::to_string);
        let out = provplan_tests::run_provplan(&provplan_tests::root(), args, input.as_deref());
        (
            out.status.code(),
            provplan_tests::text(&out.stdout),
            provplan_tests::text(&out.stderr),
        )
    };
    let strict = removals("scim", &FIVE, json!(1));
    let (code, text, _) = run(&["check", "-"], Some(&strict));
    assert_eq!(code, Some(1));
    assert!(text.contains("REMOVAL_THRESHOLD"), "{text}");
    // A larger limit on the command line lets the two removals pass.
    let (code, text, _) = run(&["check", "--max-removals", "2", "-"], Some(&strict));
    assert_eq!(code, Some(0), "{text}");
    let (code, _, _) = run(&["check", "-", "--max-removals", "40%"], Some(&strict));
    assert_eq!(code, Some(0));
    // A stricter one on a file without a limit, even a version 1 file.
    let mut v1 = removals("scim", &FIVE, Value::Null);
    v1["version"] = json!(1);
    let (code, _, _) = run(&["check", "--max-removals", "10%", "-"], Some(&v1));
    assert_eq!(code, Some(1));
    let (code, text, _) = run(&["evaluate", "--max-removals", "1", "-"], Some(&v1));
    assert_eq!(code, Some(0));
    let ev: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        finding(&ev, "REMOVAL_THRESHOLD")["params"],
        json!({"count": 2, "limit": 1, "max_removals": 1})
    );
    // Bad values: exit 2, saying what is expected.
    for bad in ["", "x", "-1", "1.5", "101%", "%", "5 %", "10%%"] {
        let (code, text, err) = run(&["check", "--max-removals", bad, "-"], None);
        assert_eq!(code, Some(2), "{bad:?}");
        assert!(text.is_empty(), "{bad:?}");
        assert!(err.contains("--max-removals takes a whole number"), "{err}");
    }
    let (code, _, _) = run(&["check", "-", "--max-removals"], None);
    assert_eq!(code, Some(2));
}

#[test]
fn r28_max_removals_is_version_2_and_checked() {
    let mut sc = removals("scim", &FIVE, json!(3));
    sc["version"] = json!(1);
    assert_eq!(
        input_errors(&sc),
        ["max_removals: unknown field `max_removals`; it needs \"version\": 2"]
    );
    sc["version"] = json!(2);
    for (bad, error) in [
        (
            json!("5"),
            "max_removals: expected a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100, found \"5\"",
        ),
        (
            json!("101%"),
            "max_removals: expected a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100, found \"101%\"",
        ),
        (
            json!(4294967296u64),
            "max_removals: expected a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100, found a larger number",
        ),
        (
            json!(-1),
            "max_removals: expected a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100, found a number",
        ),
        (
            json!(1.5),
            "max_removals: expected a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100, found a number",
        ),
        (
            json!(true),
            "max_removals: expected a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100, found a boolean",
        ),
    ] {
        sc["max_removals"] = bad;
        assert_eq!(input_errors(&sc), [error]);
    }
    // Written back as it was read.
    for limit in [json!(7), json!("15%")] {
        sc["max_removals"] = limit.clone();
        let doc = provplan_core::ScenarioDoc::from_value(&sc).unwrap();
        let back: Value = serde_json::from_str(&doc.to_json()).unwrap();
        assert_eq!(back["max_removals"], limit);
    }
}
