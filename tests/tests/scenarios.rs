//! Every example scenario in `examples/`, one test each, named after the file, asserting the
//! outcomes its README entry promises (worked out by hand from core/RULES.md).

use provplan_tests::{eval, finding, findings, has, org, outcome, root, step, subjects, user};
use serde_json::{Value, json};

fn load(name: &str) -> Value {
    let text = std::fs::read_to_string(root().join("examples").join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn o(v: [&str; 5]) -> [String; 5] {
    v.map(str::to_owned)
}

fn counts(ev: &Value, id: &str) -> Value {
    org(ev, id)["counts"].clone()
}

#[test]
fn every_example_is_covered_here() {
    let names: Vec<String> = provplan_tests::examples()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let this = std::fs::read_to_string(root().join(file!())).unwrap();
    for name in names {
        assert!(
            this.contains(&format!("load(\"{name}\")")),
            "no test loads examples/{name}"
        );
    }
}

/// Seat-based Enterprise, Okta, SCIM + mappings on a Claude and a Console organization.
#[test]
fn enterprise_scim_group_mappings() {
    let ev = eval(&load("enterprise-scim-group-mappings.json"));
    // R11 highest role: cy is an Owner today but only in the Admin group → Admin, on save.
    assert_eq!(
        outcome(&ev, "claude", "cy@example.com"),
        o(["member", "admin", "premium", "update", "on_save"])
    );
    assert_eq!(
        user(&ev, "claude", "cy@example.com")["role_source"],
        "group:anthropic-claude-admins"
    );
    assert_eq!(
        outcome(&ev, "claude", "ada@example.com"),
        o(["member", "owner", "premium", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "claude", "bo@example.com"),
        o(["member", "owner", "premium", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "claude", "ida@example.com"),
        o(["member", "user", "standard", "add", "on_save"])
    );
    // R15: uma, vic, wes are in no seat-tier group; premium (8) is full → standard.
    for e in ["uma@example.com", "vic@example.com", "wes@example.com"] {
        assert_eq!(user(&ev, "claude", e)["seat_tier"], "standard");
        assert_eq!(user(&ev, "claude", e)["seat_source"], "default");
    }
    assert_eq!(
        finding(&ev, "DEFAULT_SEAT_TIER")["params"]["tiers"],
        json!({"standard": 3})
    );
    // R12: a stale member removed on save.
    assert_eq!(
        outcome(&ev, "claude", "former@example.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_REMOVED_ON_SAVE")),
        ["former@example.com"]
    );
    // R22: xia is in a group but not assigned.
    assert_eq!(
        user(&ev, "claude", "xia@example.com")["status"],
        "out_of_scope"
    );
    assert_eq!(
        subjects(finding(&ev, "UNASSIGNED_IN_GROUP")),
        ["xia@example.com"]
    );
    // R9: SCIM reaches both organizations.
    assert_eq!(
        subjects(finding(&ev, "SCIM_FANOUT")),
        ["claude", "research-console"]
    );
    // Console: ada is Admin and in the Developer group → Admin (no ambiguity); hal is Billing.
    assert_eq!(
        outcome(&ev, "research-console", "ada@example.com"),
        o(["member", "admin", "-", "none", "-"])
    );
    assert_eq!(
        outcome(&ev, "research-console", "hal@example.com"),
        o(["member", "billing", "-", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "research-console", "cy@example.com"),
        o(["member", "developer", "-", "add", "on_save"])
    );
    assert_eq!(
        user(&ev, "research-console", "ida@example.com")["status"],
        "out_of_scope"
    );
    assert!(!has(&ev, "ROLE_AMBIGUOUS"));
    // Seats: premium 2 held + 6 new = 8 of 8; standard 12 + 3 default = 15 of 20.
    assert_eq!(
        org(&ev, "claude")["seats"]["premium"],
        json!({"purchased": 8, "assigned": 8, "pending": 0, "shortfall": 0})
    );
    assert_eq!(
        org(&ev, "claude")["seats"]["standard"],
        json!({"purchased": 20, "assigned": 15, "pending": 0, "shortfall": 0})
    );
    assert_eq!(
        counts(&ev, "claude"),
        json!({"member": 23, "pending_login": 0, "not_added": 0, "removed": 1, "blocked": 0, "out_of_scope": 1})
    );
    assert_eq!(counts(&ev, "research-console")["member"], 6);
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"), "ada stays Owner and Admin");
    assert_eq!(
        step(&ev, "set_mode"),
        "todo",
        "do not save yet: a member would be removed"
    );
    assert_eq!(step(&ev, "save"), "ready", "warnings only");
}

/// Team, Google, JIT without mappings.
#[test]
fn team_jit() {
    let ev = eval(&load("team-jit.json"));
    // New users join at sign-in as User; seats: premium 2 (alma holds 1), standard 6 (left holds 1).
    assert_eq!(
        outcome(&ev, "claude", "ben@example.org"),
        o(["pending_login", "user", "premium", "add", "next_sign_in"])
    );
    for e in [
        "cora@example.org",
        "dev@example.org",
        "eli@example.org",
        "finn@example.org",
        "gia@example.org",
    ] {
        assert_eq!(
            outcome(&ev, "claude", e),
            o(["pending_login", "user", "standard", "add", "next_sign_in"]),
            "{e}"
        );
    }
    assert_eq!(
        outcome(&ev, "claude", "hugo@example.org"),
        o(["not_added", "-", "-", "none", "-"])
    );
    // Removed from the app: stays listed, blocked, holding its seat.
    assert_eq!(
        outcome(&ev, "claude", "left@example.org"),
        o(["blocked", "user", "standard", "none", "-"])
    );
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_BLOCKED")),
        ["left@example.org"]
    );
    let f = finding(&ev, "SEAT_SHORTFALL");
    assert_eq!(f["params"]["tiers"], json!({"standard": 1}));
    assert_eq!(subjects(f), ["hugo@example.org"]);
    assert_eq!(finding(&ev, "DEFAULT_SEAT_TIER")["params"]["count"], 6);
    assert_eq!(
        org(&ev, "claude")["eligible_modes"],
        json!(["manual", "jit"])
    );
    assert_eq!(
        counts(&ev, "claude"),
        json!({"member": 1, "pending_login": 6, "not_added": 1, "removed": 0, "blocked": 1, "out_of_scope": 0})
    );
    assert_eq!(step(&ev, "connect_directory"), "skip");
    // R17 under JIT: hugo joins at his next sign-in once a seat is free, so the shortfall is a
    // warning and holds back no save.
    assert_eq!(f["severity"], "warning");
    assert_eq!(step(&ev, "save"), "ready");
}

/// Usage-based Enterprise, Entra, SCIM + mappings: the configuring admin would lose Owner.
#[test]
fn enterprise_entra_lockout() {
    let ev = eval(&load("enterprise-entra-lockout.json"));
    let f = finding(&ev, "ACTOR_LOSES_ACCESS");
    assert_eq!(subjects(f), ["root@example.net"]);
    assert_eq!(f["params"]["role"], "admin");
    assert_eq!(
        outcome(&ev, "claude", "root@example.net"),
        o(["member", "admin", "chat_claude_code", "update", "on_save"])
    );
    assert!(has(&ev, "ENTRA_SYNC_DELAY"));
    // Chat + Claude Code: 6 seats; root holds 1, owner2 and eng1–eng4 take 5; eng5, eng6 left out.
    assert_eq!(
        user(&ev, "claude", "eng4@example.net")["seat_tier"],
        "chat_claude_code"
    );
    for e in ["eng5@example.net", "eng6@example.net", "new3@example.net"] {
        assert_eq!(user(&ev, "claude", e)["status"], "not_added", "{e}");
    }
    // new1, new2 have no seat-tier group: Chat + Claude Code is full, so Chat.
    assert_eq!(user(&ev, "claude", "new1@example.net")["seat_tier"], "chat");
    let f = finding(&ev, "SEAT_SHORTFALL");
    assert_eq!(
        f["params"]["tiers"],
        json!({"chat_claude_code": 2, "chat": 1})
    );
    assert_eq!(
        org(&ev, "claude")["seats"]["chat_claude_code"],
        json!({"purchased": 6, "assigned": 6, "pending": 0, "shortfall": 2})
    );
    assert_eq!(counts(&ev, "claude")["member"], 12);
    assert_eq!(step(&ev, "save"), "blocked");
    assert_eq!(step(&ev, "assign_groups"), "todo");
}

/// Console with its own parent, JumpCloud, SCIM + mappings.
#[test]
fn console_only_scim() {
    let ev = eval(&load("console-only-scim.json"));
    let amb = findings(&ev, "ROLE_AMBIGUOUS");
    assert_eq!(amb.len(), 1);
    assert_eq!(subjects(amb[0]), ["fin@example.dev"]);
    assert_eq!(amb[0]["params"]["roles"], json!(["billing", "developer"]));
    assert_eq!(
        outcome(&ev, "api", "fin@example.dev"),
        o(["member", "developer", "-", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "api", "cc1@example.dev"),
        o(["member", "claude_code_user", "-", "add", "on_save"])
    );
    assert_eq!(
        outcome(&ev, "api", "contractor@example.dev"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_REMOVED_ON_SAVE")),
        ["contractor@example.dev"]
    );
    assert_eq!(org(&ev, "api")["seats"], json!({}));
    assert!(has(&ev, "GROUP_NAMING"));
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"));
}

#[test]
fn evaluation_is_byte_identical_run_to_run() {
    for file in provplan_tests::examples() {
        let text = std::fs::read_to_string(&file).unwrap();
        let a = provplan_core::evaluate_json(&text).unwrap();
        let b = provplan_core::evaluate_json(&text).unwrap();
        assert_eq!(a, b, "{}", file.display());
        let a = provplan_core::compare_json(&text).unwrap();
        assert_eq!(a, provplan_core::compare_json(&text).unwrap());
    }
}
