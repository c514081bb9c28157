//! The provisioning guide, sentence by sentence. Each test quotes one behavioural statement of
//! the guide's German revision (the newest; the English meaning follows in brackets), builds
//! the smallest scenario that exercises it and asserts what the sentence implies. The expected
//! outcomes are read from the guide, not from `core/RULES.md`; the doc comment names the rule
//! that implements the statement, so that a disagreement between the two shows up here.

use provplan_tests::{
    eval, finding, findings, has, input_errors, org, outcome, step, subjects, user,
};
use serde_json::{Value, json};

// --- scenarios ---------------------------------------------------------------------------------

/// The acting admin of every scenario below.
const ACTOR: &str = "ada@x.com";

/// A scenario on `plan` with directory `users` (Okta, directory sync connected) and `orgs`.
fn scenario(plan: &str, users: Value, orgs: Value) -> Value {
    json!({
        "version": 1, "plan": plan, "actor": ACTOR,
        "directory": {"idp": "okta", "scim_connected": true, "users": users},
        "organizations": orgs
    })
}

/// The Claude organization `claude` with `provisioning`, `members` and, unless `null`, `seats`.
fn claude(provisioning: Value, members: Value, seats: Value) -> Value {
    let mut o = json!({"id": "claude", "product": "claude", "provisioning": provisioning,
        "members": members});
    if !seats.is_null() {
        o["seats"] = seats;
    }
    o
}

/// The Console organization `api` with `provisioning` and `members`.
fn console(provisioning: Value, members: Value) -> Value {
    json!({"id": "api", "product": "console", "provisioning": provisioning, "members": members})
}

/// A mode without group mappings.
fn mode(m: &str) -> Value {
    json!({"mode": m})
}

/// A mode with group mappings enabled: roles and seat tiers, each `tier/role → [groups]`.
fn agm(m: &str, roles: Value, tiers: Value) -> Value {
    json!({"mode": m, "group_mappings": {"enabled": true, "roles": roles, "seat_tiers": tiers}})
}

/// The Claude roles mapped to the groups `owners`, `admins` and `users`.
fn claude_roles() -> Value {
    json!({"owner": ["owners"], "admin": ["admins"], "user": ["users"]})
}

/// The actor as Owner of a Claude organization with a premium seat.
fn actor_owner() -> Value {
    json!({"email": ACTOR, "role": "owner", "seat_tier": "premium"})
}

fn o(v: [&str; 5]) -> [String; 5] {
    v.map(str::to_owned)
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn checklist_detail(ev: &Value, id: &str) -> String {
    ev["checklist"]
        .as_array()
        .and_then(|c| c.iter().find(|s| s["id"] == id))
        .and_then(|s| s["detail"].as_str())
        .unwrap_or_default()
        .to_owned()
}

/// The number of users per seat tier after saving, counted from the users: members, blocked
/// members and users pending their first sign-in.
fn holding(ev: &Value, org_id: &str, tier: &str) -> usize {
    org(ev, org_id)["users"]
        .as_array()
        .map(|us| {
            us.iter()
                .filter(|u| u["seat_tier"] == tier)
                .filter(|u| {
                    ["member", "blocked", "pending_login"]
                        .contains(&u["status"].as_str().unwrap_or(""))
                })
                .count()
        })
        .unwrap_or(0)
}

// --- availability ------------------------------------------------------------------------------

/// „JIT-Bereitstellung ist für Team-Pläne, Enterprise-Pläne und Console-Organisationen
/// verfügbar." (JIT provisioning is available for Team plans, Enterprise plans and Console
/// organizations.) — R7.
#[test]
fn guide_jit_is_available_for_team_enterprise_and_console() {
    for plan in ["team", "enterprise_seat_based", "enterprise_usage_based"] {
        let ev = eval(&scenario(
            plan,
            json!([]),
            json!([
                claude(mode("jit"), json!([]), Value::Null),
                console(mode("jit"), json!([]))
            ]),
        ));
        for id in ["claude", "api"] {
            assert_eq!(org(&ev, id)["effective_mode"], "jit", "{plan} {id}");
            assert!(
                strs(&org(&ev, id)["eligible_modes"]).contains(&"jit"),
                "{plan} {id}"
            );
        }
        assert!(!has(&ev, "SCIM_NOT_ELIGIBLE"));
    }
}

/// „SCIM-Bereitstellung ist nur für Enterprise- und Console-Organisationen verfügbar." (SCIM
/// provisioning is only available for Enterprise and Console organizations.) — R7.
#[test]
fn guide_scim_is_only_for_enterprise_and_console() {
    for plan in [
        "enterprise_seat_based",
        "enterprise_usage_based",
        "enterprise_usage_based_single_seat",
    ] {
        let ev = eval(&scenario(
            plan,
            json!([]),
            json!([claude(mode("scim"), json!([]), Value::Null)]),
        ));
        assert_eq!(org(&ev, "claude")["effective_mode"], "scim", "{plan}");
        assert!(!has(&ev, "SCIM_NOT_ELIGIBLE"), "{plan}");
    }
    let ev = eval(&scenario(
        "team",
        json!([]),
        json!([claude(mode("scim"), json!([]), Value::Null)]),
    ));
    assert_eq!(subjects(finding(&ev, "SCIM_NOT_ELIGIBLE")), ["claude"]);
    assert!(!strs(&org(&ev, "claude")["eligible_modes"]).contains(&"scim"));
}

/// „… und dass Sie eine Admin- (Console) oder Owner- (Claude) Rolle haben." (… and that you
/// have an Admin (Console) or Owner (Claude) role.) The guide's prerequisite for whoever
/// configures provisioning: the planner warns when the actor does not hold that role in an
/// organization that lists its members. — R5.
#[test]
fn guide_the_configuring_admin_holds_owner_or_admin() {
    let users = json!([{"email": ACTOR}, {"email": "bo@x.com"}]);
    let ev = eval(&scenario(
        "enterprise_seat_based",
        users.clone(),
        json!([claude(
            mode("jit"),
            json!([{"email": ACTOR, "role": "user"}, {"email": "bo@x.com", "role": "owner"}]),
            Value::Null
        )]),
    ));
    let f = finding(&ev, "ACTOR_NOT_PRIVILEGED");
    assert_eq!(
        (
            f["severity"].as_str(),
            f["rule"].as_str(),
            f["organization"].as_str()
        ),
        (Some("warning"), Some("R5"), Some("claude"))
    );
    assert_eq!(subjects(f), [ACTOR]);
    // Console: Admin is the role the guide asks for.
    let ev = eval(&scenario(
        "console_only",
        users.clone(),
        json!([console(
            mode("scim"),
            json!([{"email": ACTOR, "role": "developer"}, {"email": "bo@x.com", "role": "admin"}])
        )]),
    ));
    assert_eq!(subjects(finding(&ev, "ACTOR_NOT_PRIVILEGED")), [ACTOR]);
    // The prerequisite met: no warning.
    let ev = eval(&scenario(
        "enterprise_seat_based",
        users,
        json!([claude(
            mode("jit"),
            json!([{"email": ACTOR, "role": "owner"}]),
            Value::Null
        )]),
    ));
    assert!(!has(&ev, "ACTOR_NOT_PRIVILEGED"));
}

/// „Bevor Sie beginnen: Diese Anleitung setzt voraus, dass Sie bereits die Schritte in
/// Einrichten von Single Sign-On (SSO) abgeschlossen haben, einschließlich
/// Domänenverifizierung und SSO-Konfiguration …" (Before you begin: this guide assumes you have
/// completed setting up SSO, including domain verification and SSO configuration …) The
/// checklist starts with this prerequisite, a reminder the planner cannot check. — §6.
#[test]
fn guide_checklist_starts_with_the_sso_prerequisite() {
    let ev = eval(&scenario(
        "team",
        json!([]),
        json!([claude(mode("jit"), json!([]), Value::Null)]),
    ));
    let first = &ev["checklist"][0];
    assert_ne!(
        first["id"], "choose_mode",
        "the prerequisite comes before step 1"
    );
    let words = format!("{} {}", first["label"], first["detail"]);
    assert!(
        words.contains("SSO") || words.to_lowercase().contains("single sign-on"),
        "{words}"
    );
    assert!(words.to_lowercase().contains("domain"), "{words}");
}

// --- step 1: provisioning options --------------------------------------------------------------

/// „Dies wird durch die Einstellung Bereitstellungsmodus in Organisation Einstellungen >
/// Identität und Zugriff gesteuert." (This is controlled by the Provisioning mode setting in
/// Organization settings > Identity and access.) Each organization has its own setting. — R6.
#[test]
fn guide_each_organization_has_its_own_provisioning_mode() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": "bo@x.com"}]),
        json!([
            claude(mode("jit"), json!([]), Value::Null),
            console(mode("scim"), json!([]))
        ]),
    ));
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "pending_login");
    assert_eq!(user(&ev, "api", "bo@x.com")["status"], "member");
}

/// „Manuell ist die Standardeinstellung." (Manual is the default.) — R6.
#[test]
fn guide_manual_is_the_default_mode() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": "bo@x.com"}]),
        json!([{"id": "claude", "product": "claude"}]),
    ));
    assert_eq!(org(&ev, "claude")["effective_mode"], "manual");
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "out_of_scope");
    assert_eq!(step(&ev, "choose_mode"), "todo", "no mode chosen yet");
}

/// „Benutzer werden direkt in Claude- oder Console-Einstellungen hinzugefügt und entfernt."
/// and the table's Manual row, „Benutzer werden manuell hinzugefügt" (Users are added and
/// removed directly in the Claude or Console settings; users are added manually.) Manual mode
/// adds nobody from the directory. — R10.
#[test]
fn guide_manual_adds_users_only_by_hand() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com", "groups": ["users"]}]),
        json!([claude(
            mode("manual"),
            json!([actor_owner()]),
            json!({"premium": 5, "standard": 5})
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["out_of_scope", "-", "-", "none", "-"])
    );
    assert_eq!(org(&ev, "claude")["changes"]["add"], 0);
}

/// The table's Manual row: „Benutzer werden manuell entfernt" (Users are removed manually.) A
/// member no longer assigned in the IdP stays a member. — R10.
#[test]
fn guide_manual_removes_users_only_by_hand() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com", "assigned": false}]),
        json!([claude(
            mode("manual"),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}, {"email": "gone@x.com", "role": "user", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    for email in ["bo@x.com", "gone@x.com"] {
        assert_eq!(
            outcome(&ev, "claude", email),
            o(["member", "user", "standard", "none", "-"]),
            "{email}"
        );
    }
    assert!(!has(&ev, "MEMBERS_REMOVED_ON_SAVE"));
}

/// The table's Manual row: „Rollen und Sitztypen werden manuell geändert" (Roles and seat
/// types are changed manually.) Even group mappings switched on change nothing in Manual
/// mode. — R6, R10.
#[test]
fn guide_manual_changes_roles_and_seats_only_by_hand() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins", "premium"]}]),
        json!([claude(
            agm("manual", claude_roles(), json!({"premium": ["premium"]})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(subjects(finding(&ev, "AGM_NO_EFFECT")), ["claude"]);
}

/// „JIT (Just-in-Time): Benutzer, die Ihrer Anthropic IdP-App zugewiesen sind, werden
/// automatisch bereitgestellt, wenn sie sich zum ersten Mal anmelden." (Users assigned to your
/// Anthropic IdP app are provisioned automatically when they first sign in.) — R10, R25.
#[test]
fn guide_jit_provisions_assigned_users_at_first_sign_in() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com", "assigned": false}]),
        json!([claude(mode("jit"), json!([actor_owner()]), Value::Null)]),
    ));
    let bo = outcome(&ev, "claude", "bo@x.com");
    assert_eq!(
        (bo[0].as_str(), bo[3].as_str(), bo[4].as_str()),
        ("pending_login", "add", "next_sign_in")
    );
    assert_eq!(
        user(&ev, "claude", "cy@x.com")["status"],
        "out_of_scope",
        "not assigned"
    );
}

/// The same sentence, for seats: a user provisioned at the first sign-in holds no seat right
/// after saving; the seats they will take at sign-in are counted apart, and the seats to buy
/// still include them. — R17, CONTRACT `seats`.
#[test]
fn guide_jit_users_hold_no_seat_before_their_first_sign_in() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com"}]),
        json!([claude(
            mode("jit"),
            json!([actor_owner()]),
            json!({"premium": 2, "standard": 0})
        )]),
    ));
    // ada holds premium; bo takes the other premium seat at sign-in; cy finds none.
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "pending_login");
    let premium = &org(&ev, "claude")["seats"]["premium"];
    assert_eq!(
        premium["assigned"], 1,
        "only ada holds a seat right after saving: {premium}"
    );
    let pending: Vec<&Value> = premium
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !["purchased", "assigned", "shortfall"].contains(&k.as_str()))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(
        pending,
        [&json!(1)],
        "a field counts bo's seat taken at sign-in: {premium}"
    );
    let shortfall: u64 = ["premium", "standard"]
        .iter()
        .map(|t| {
            org(&ev, "claude")["seats"][t]["shortfall"]
                .as_u64()
                .unwrap()
        })
        .sum();
    assert_eq!(shortfall, 1, "cy still needs a seat bought");
}

/// „Diese Option ist für alle Pläne verfügbar." (This option is available for all plans.)
/// — R7.
#[test]
fn guide_jit_is_available_for_all_plans() {
    for plan in [
        "team",
        "enterprise_seat_based",
        "enterprise_usage_based",
        "enterprise_usage_based_single_seat",
        "console_only",
    ] {
        let mut orgs = vec![console(mode("jit"), json!([]))];
        if plan != "console_only" {
            orgs.push(claude(mode("jit"), json!([]), Value::Null));
        }
        let ev = eval(&scenario(plan, json!([{"email": "bo@x.com"}]), json!(orgs)));
        for o in ev["organizations"].as_array().unwrap() {
            assert_eq!(o["effective_mode"], "jit", "{plan} {}", o["id"]);
            assert_eq!(
                o["users"][0]["status"], "pending_login",
                "{plan} {}",
                o["id"]
            );
        }
    }
}

/// „SCIM: Benutzer werden automatisch bereitgestellt und entfernt, basierend auf Zuweisungen
/// in Ihrem IdP, ohne dass sie sich zuerst anmelden müssen." (Users are automatically
/// provisioned and removed based on assignments in your IdP, without having to sign in first.)
/// — R10, R25.
#[test]
fn guide_scim_provisions_and_removes_without_sign_in() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com", "assigned": false}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner(), {"email": "cy@x.com", "role": "user", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    let bo = outcome(&ev, "claude", "bo@x.com");
    assert_eq!(
        (bo[0].as_str(), bo[3].as_str(), bo[4].as_str()),
        ("member", "add", "on_save")
    );
    assert_eq!(
        outcome(&ev, "claude", "cy@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
}

/// „SCIM ist für Enterprise-Pläne und Console-Organisationen mit ihrer eigenen übergeordneten
/// Organisation oder angeschlossen an eine Enterprise-Mutterorganisation verfügbar." (SCIM is
/// available for Enterprise plans, and for Console organizations with their own parent
/// organization or joined to an Enterprise parent.) — R7.
#[test]
fn guide_scim_for_console_with_its_own_or_an_enterprise_parent() {
    let own = eval(&scenario(
        "console_only",
        json!([]),
        json!([console(mode("scim"), json!([]))]),
    ));
    assert_eq!(org(&own, "api")["effective_mode"], "scim");
    for plan in [
        "enterprise_seat_based",
        "enterprise_usage_based",
        "enterprise_usage_based_single_seat",
    ] {
        let ev = eval(&scenario(
            plan,
            json!([]),
            json!([
                claude(mode("scim"), json!([]), Value::Null),
                console(mode("scim"), json!([]))
            ]),
        ));
        for id in ["claude", "api"] {
            assert_eq!(org(&ev, id)["effective_mode"], "scim", "{plan} {id}");
        }
        assert!(!has(&ev, "SCIM_NOT_ELIGIBLE"), "{plan}");
    }
}

/// „SCIM ist nicht für Team-Pläne oder Console-Organisationen verfügbar, die mit der
/// übergeordneten Organisation eines Team-Plans verbunden sind." (SCIM is not available for
/// Team plans or for Console organizations joined to a Team plan's parent.) A choice of SCIM
/// there is an error and provisions nobody. — R7.
#[test]
fn guide_scim_is_not_for_team_or_console_under_a_team_parent() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": "bo@x.com"}]),
        json!([
            claude(mode("scim"), json!([]), Value::Null),
            console(mode("scim"), json!([]))
        ]),
    ));
    let not_eligible = findings(&ev, "SCIM_NOT_ELIGIBLE");
    assert_eq!(not_eligible.len(), 2);
    for (f, id) in not_eligible.iter().zip(["claude", "api"]) {
        assert_eq!(
            (f["severity"].as_str(), subjects(f)),
            (Some("error"), vec![id])
        );
        assert_eq!(org(&ev, id)["effective_mode"], "manual");
        assert_eq!(user(&ev, id, "bo@x.com")["status"], "out_of_scope", "{id}");
    }
    assert_eq!(step(&ev, "save"), "blocked");
}

// --- the provisioning behaviour table ----------------------------------------------------------

/// Table, JIT row: „Benutzer, die Ihrer IdP-App zugewiesen sind, werden bei der Anmeldung mit
/// der Benutzerrolle bereitgestellt" (Users assigned to your IdP app are provisioned with the
/// User role at sign-in.) Their groups do not matter without group mappings. — R10.
#[test]
fn guide_table_jit_provisions_with_the_user_role() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!([claude(mode("jit"), json!([actor_owner()]), Value::Null)]),
    ));
    let bo = user(&ev, "claude", "bo@x.com");
    assert_eq!(
        (bo["status"].as_str(), bo["role"].as_str()),
        (Some("pending_login"), Some("user"))
    );
}

/// Table, JIT row: „Rollen und Sitztypen werden manuell geändert" (Roles and seat types are
/// changed manually.) Mappings defined but not enabled change nothing. — R10, R13.
#[test]
fn guide_table_jit_roles_and_seats_change_by_hand() {
    let prov = json!({"mode": "jit", "group_mappings": {"enabled": false,
        "roles": claude_roles(), "seat_tiers": {"premium": ["premium"]}}});
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins", "premium"]}]),
        json!([claude(
            prov,
            json!([actor_owner(), {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "standard", "none", "-"])
    );
    assert_eq!(finding(&ev, "MAPPINGS_IGNORED")["severity"], "info");
}

/// Table, JIT row: „Manuelle Entfernung erforderlich: Benutzer, die aus Ihrer IdP-App entfernt
/// wurden, können sich nicht mehr anmelden, bleiben aber in der Benutzerliste, bis sie sich
/// anmelden oder entfernt werden" (Manual removal required: users removed from your IdP app can
/// no longer sign in, but stay in the user list until they sign in or are removed.) They keep
/// their role and their seat. — R10, R12.
#[test]
fn guide_table_jit_unassigned_users_cannot_sign_in_but_stay_listed() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": ACTOR}, {"email": "bo@x.com", "assigned": false}]),
        json!([claude(
            mode("jit"),
            json!([actor_owner(), {"email": "bo@x.com", "role": "admin", "seat_tier": "standard"}]),
            json!({"premium": 1, "standard": 1})
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["blocked", "admin", "standard", "none", "-"])
    );
    assert_eq!(
        holding(&ev, "claude", "standard"),
        1,
        "bo still holds the seat"
    );
    assert_eq!(subjects(finding(&ev, "MEMBERS_BLOCKED")), ["bo@x.com"]);
    assert!(!has(&ev, "MEMBERS_REMOVED_ON_SAVE"));
}

/// Table, JIT + group mappings row: „Benutzer in mindestens einer zugeordneten Gruppe werden
/// bei der Anmeldung … bereitgestellt" (Users in at least one mapped group are provisioned at
/// sign-in …) A user in no mapped group is not. — R10.
#[test]
fn guide_table_jit_agm_provisions_only_users_in_a_mapped_group() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["users"]}, {"email": "cy@x.com", "groups": ["unmapped"]}]),
        json!([claude(
            agm("jit", claude_roles(), json!({})),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "pending_login");
    assert_eq!(user(&ev, "claude", "cy@x.com")["status"], "out_of_scope");
}

/// Table, JIT + group mappings row: „… mit der höchsten Berechtigung aus ihren
/// Gruppenmitgliedschaften bereitgestellt" (… provisioned with the highest permission from
/// their group memberships.) — R11, R3.
#[test]
fn guide_table_jit_agm_gives_the_highest_permission_of_the_groups() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["users", "admins"]}, {"email": "cy@x.com", "groups": ["users", "owners", "admins"]}]),
        json!([claude(
            agm("jit", claude_roles(), json!({})),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    assert_eq!(user(&ev, "claude", "bo@x.com")["role"], "admin");
    assert_eq!(user(&ev, "claude", "cy@x.com")["role"], "owner");
    // Console: Admin above Developer above Claude Code User above User.
    let ev = eval(&scenario(
        "console_only",
        json!([{"email": ACTOR, "groups": ["admins"]}, {"email": "bo@x.com", "groups": ["devs", "cc", "users"]}]),
        json!([console(
            agm(
                "jit",
                json!({"admin": ["admins"], "developer": ["devs"], "claude_code_user": ["cc"], "user": ["users"]}),
                json!({})
            ),
            json!([{"email": ACTOR, "role": "admin"}])
        )]),
    ));
    assert_eq!(user(&ev, "api", "bo@x.com")["role"], "developer");
}

/// Table, JIT + group mappings row: „Rollen und Sitztypen werden bei der nächsten Anmeldung
/// basierend auf der Gruppenmitgliedschaft aktualisiert" (Roles and seat types are updated at
/// the next sign-in based on group membership.) — R11, R14, R25.
#[test]
fn guide_table_jit_agm_roles_and_seats_update_at_the_next_sign_in() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners", "premium"]}, {"email": "bo@x.com", "groups": ["admins", "premium"]}]),
        json!([claude(
            agm("jit", claude_roles(), json!({"premium": ["premium"]})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "admin", "premium", "update", "next_sign_in"])
    );
}

/// The same row, for a member in no seat-type group while seat types are mapped: with step
/// 5's „Wenn ein Benutzer nicht einer Sitztyp-Gruppe zugewiesen ist, wird ihm standardmäßig
/// der höchste verfügbare Typ zugewiesen" the member moves to the highest type at the next
/// sign-in. — R15.
#[test]
fn guide_table_jit_agm_member_in_no_seat_group_takes_the_default_at_sign_in() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": ACTOR, "groups": ["owners", "premium"]}, {"email": "bo@x.com", "groups": ["users"]}]),
        json!([claude(
            agm(
                "jit",
                claude_roles(),
                json!({"premium": ["premium"], "standard": ["standard"]})
            ),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}]),
            json!({"premium": 5, "standard": 5})
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "premium", "update", "next_sign_in"])
    );
    assert!(subjects(finding(&ev, "DEFAULT_SEAT_TIER")).contains(&"bo@x.com"));
}

/// Table, JIT + group mappings row: „Benutzer ohne Gruppenzugriff können sich nicht anmelden,
/// bleiben aber in der Liste, bis zur Anmeldung oder manuellen Entfernung" (Users without group
/// access cannot sign in, but stay in the list until they sign in or are removed manually.)
/// — R10, R12.
#[test]
fn guide_table_jit_agm_members_without_group_access_stay_listed() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["unmapped"]}]),
        json!([claude(
            agm("jit", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "admin", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["blocked", "admin", "standard", "none", "-"])
    );
    assert_eq!(subjects(finding(&ev, "MEMBERS_BLOCKED")), ["bo@x.com"]);
}

/// Table, SCIM row: „Benutzer, die Ihrer IdP-App zugewiesen sind, werden automatisch für alle
/// Organisationen bereitgestellt, die mit Ihrer übergeordneten Organisation verbunden sind."
/// (Users assigned to your IdP app are provisioned automatically for all organizations joined
/// to your parent organization.) The planner reads "all organizations" as all organizations
/// set to SCIM (an interpretation of R9, issue #22 point 6). — R9.
#[test]
fn guide_table_scim_provisions_into_every_organization_of_the_parent() {
    let ev = eval(&scenario(
        "enterprise_usage_based",
        json!([{"email": "bo@x.com"}]),
        json!([
            claude(mode("scim"), json!([]), Value::Null),
            console(mode("scim"), json!([]))
        ]),
    ));
    for id in ["claude", "api"] {
        assert_eq!(user(&ev, id, "bo@x.com")["status"], "member", "{id}");
    }
    let f = finding(&ev, "SCIM_FANOUT");
    assert_eq!(subjects(f), ["claude", "api"]);
}

/// Table, SCIM row: „Rollen und Sitztypen werden manuell geändert" (Roles and seat types are
/// changed manually.) — R10, R13.
#[test]
fn guide_table_scim_roles_and_seats_change_by_hand() {
    let prov = json!({"mode": "scim", "group_mappings": {"enabled": false,
        "roles": claude_roles(), "seat_tiers": {"premium": ["premium"]}}});
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["owners", "premium"]}]),
        json!([claude(
            prov,
            json!([actor_owner(), {"email": "bo@x.com", "role": "admin", "seat_tier": "standard"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "admin", "standard", "none", "-"])
    );
}

/// Table, SCIM row: „Benutzer, die aus Ihrer IdP-App entfernt wurden, werden automatisch
/// entfernt" (Users removed from your IdP app are removed automatically.) — R10, R12.
#[test]
fn guide_table_scim_removes_users_removed_from_the_app() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com", "assigned": false}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner(), {"email": "bo@x.com", "role": "admin", "seat_tier": "standard"}]),
            json!({"premium": 1, "standard": 1})
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        holding(&ev, "claude", "standard"),
        0,
        "the seat is given back"
    );
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_REMOVED_ON_SAVE")),
        ["bo@x.com"]
    );
}

/// Table, SCIM + group mappings row: „Benutzer in mindestens einer zugeordneten Gruppe werden
/// automatisch mit entsprechenden Rollen bereitgestellt" (Users in at least one mapped group
/// are provisioned automatically with the corresponding roles.) — R10, R11.
#[test]
fn guide_table_scim_agm_provisions_users_in_a_mapped_group_with_their_role() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins"]}, {"email": "cy@x.com", "groups": ["unmapped"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    let bo = outcome(&ev, "claude", "bo@x.com");
    assert_eq!(
        (
            bo[0].as_str(),
            bo[1].as_str(),
            bo[3].as_str(),
            bo[4].as_str()
        ),
        ("member", "admin", "add", "on_save")
    );
    assert_eq!(user(&ev, "claude", "cy@x.com")["status"], "out_of_scope");
}

/// Table, SCIM + group mappings row: „Änderungen von Rolle und Sitztypen werden automatisch
/// basierend auf der Gruppenmitgliedschaft propagiert" (Role and seat type changes propagate
/// automatically based on group membership.) — R11, R14, R25.
#[test]
fn guide_table_scim_agm_role_and_seat_changes_propagate() {
    let ev = eval(&scenario(
        "enterprise_usage_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins", "code"]}]),
        json!([claude(
            agm(
                "scim",
                claude_roles(),
                json!({"chat_claude_code": ["code"], "chat": ["chat"]})
            ),
            json!([{"email": ACTOR, "role": "owner", "seat_tier": "chat"}, {"email": "bo@x.com", "role": "user", "seat_tier": "chat"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "admin", "chat_claude_code", "update", "on_save"])
    );
}

/// The same row with step 5's default: a member in no seat-type group, where seat types are
/// mapped, is moved to the highest available type on save, and the planner counts them in its
/// cost warning. — R15.
#[test]
fn guide_table_scim_agm_member_in_no_seat_group_takes_the_default() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners", "premium"]}, {"email": "bo@x.com", "groups": ["users"]}]),
        json!([claude(
            agm(
                "scim",
                claude_roles(),
                json!({"premium": ["premium"], "standard": ["standard"]})
            ),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user", "seat_tier": "standard"}]),
            json!({"premium": 5, "standard": 5})
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "premium", "update", "on_save"])
    );
    assert_eq!(user(&ev, "claude", "bo@x.com")["seat_source"], "default");
    let f = finding(&ev, "DEFAULT_SEAT_TIER");
    assert_eq!(subjects(f), ["bo@x.com"]);
    assert_eq!(f["params"]["tiers"], json!({"premium": 1}));
}

/// Table, SCIM + group mappings row: „Automatische Entfernung, wenn der Gruppenzugriff
/// widerrufen wird" (Automatic removal when group access is revoked.) — R10, R12.
#[test]
fn guide_table_scim_agm_removes_members_whose_group_access_is_revoked() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["unmapped"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "admin"}]),
            Value::Null
        )]),
    ));
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["removed", "-", "-", "remove", "on_save"])
    );
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_REMOVED_ON_SAVE")),
        ["bo@x.com"]
    );
}

/// „Sowohl JIT als auch SCIM können mit Gruppenzuordnungen aktivieren kombiniert werden, um die
/// Rollen- oder Sitzebenen-Zuweisung basierend auf der IdP-Gruppenmitgliedschaft zu steuern."
/// (Both JIT and SCIM can be combined with Enable group mappings to control role or seat tier
/// assignment based on IdP group membership.) Manual cannot. — R6.
#[test]
fn guide_group_mappings_combine_with_jit_and_scim_only() {
    let run = |m: &str| {
        eval(&scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR, "groups": ["owners"]}]),
            json!([claude(
                agm(m, claude_roles(), json!({})),
                json!([actor_owner()]),
                Value::Null
            )]),
        ))
    };
    for m in ["jit", "scim"] {
        let ev = run(m);
        assert_eq!(org(&ev, "claude")["group_mappings_in_effect"], true, "{m}");
        assert!(!has(&ev, "AGM_NO_EFFECT"), "{m}");
    }
    let ev = run("manual");
    assert_eq!(org(&ev, "claude")["group_mappings_in_effect"], false);
    assert_eq!(finding(&ev, "AGM_NO_EFFECT")["severity"], "warning");
}

// --- roles and seat types ----------------------------------------------------------------------

/// Table „Verfügbare Rollen und Sitzebenen", column Rollen: Claude plans „Owner, Admin,
/// User"; Console „Admin, Developer, Billing, Claude Code User, User". — R3.
#[test]
fn guide_roles_per_product() {
    let members = |roles: &[&str]| -> Value {
        roles
            .iter()
            .enumerate()
            .map(|(i, r)| json!({"email": format!("m{i}@x.com"), "role": r}))
            .collect()
    };
    let ok = scenario(
        "enterprise_seat_based",
        json!([]),
        json!([
            claude(
                mode("manual"),
                members(&["owner", "admin", "user"]),
                Value::Null
            ),
            console(
                mode("manual"),
                members(&["admin", "developer", "billing", "claude_code_user", "user"])
            )
        ]),
    );
    assert_eq!(input_errors(&ok), Vec::<String>::new());
    let wrong = scenario(
        "enterprise_seat_based",
        json!([]),
        json!([
            claude(mode("manual"), members(&["developer"]), Value::Null),
            console(mode("manual"), members(&["owner"]))
        ]),
    );
    let errors = input_errors(&wrong);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("organizations[0].members[0].role"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("organizations[1].members[0].role"),
        "{errors:?}"
    );
}

/// Table „Verfügbare Rollen und Sitzebenen", column Sitztypen: Team / seat-based Enterprise
/// „Premium, Standard"; usage-based Enterprise with two seat types „Chat, Chat + Claude Code";
/// single seat type „Enterprise"; Console „—". — R1, R4.
#[test]
fn guide_seat_types_per_plan() {
    for (plan, tiers) in [
        ("team", vec!["premium", "standard"]),
        ("enterprise_seat_based", vec!["premium", "standard"]),
        ("enterprise_usage_based", vec!["chat", "chat_claude_code"]),
        ("enterprise_usage_based_single_seat", vec!["enterprise"]),
    ] {
        let ev = eval(&scenario(
            plan,
            json!([]),
            json!([claude(mode("manual"), json!([]), json!({}))]),
        ));
        let mut keys: Vec<&str> = org(&ev, "claude")["seats"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, tiers, "{plan}");
        // A seat type of another plan is not accepted.
        let other = if plan == "team" { "chat" } else { "premium" };
        if !tiers.contains(&other) {
            let bad = scenario(
                plan,
                json!([]),
                json!([claude(mode("manual"), json!([]), json!({other: 1}))]),
            );
            assert_eq!(input_errors(&bad).len(), 1, "{plan} {other}");
        }
    }
    // Console organizations have no seat types.
    let bad = scenario(
        "console_only",
        json!([]),
        json!([{"id": "api", "product": "console", "seats": {"premium": 1}}]),
    );
    assert_eq!(input_errors(&bad).len(), 1);
    let ev = eval(&scenario(
        "console_only",
        json!([{"email": "bo@x.com"}]),
        json!([console(mode("scim"), json!([]))]),
    ));
    assert_eq!(org(&ev, "api")["seats"], json!({}));
    assert_eq!(user(&ev, "api", "bo@x.com")["seat_tier"], Value::Null);
}

// --- step 2: SCIM directory sync -----------------------------------------------------------------

/// „Hinweis: Überspringen Sie diesen Schritt, wenn Sie manuelle oder JIT-Bereitstellung
/// verwenden." (Note: skip this step if you use manual or JIT provisioning.) — R8, §6.
#[test]
fn guide_directory_sync_step_is_skipped_without_scim() {
    for m in ["manual", "jit"] {
        let mut sc = scenario(
            "enterprise_seat_based",
            json!([]),
            json!([claude(mode(m), json!([]), Value::Null)]),
        );
        sc["directory"]["scim_connected"] = json!(false);
        let ev = eval(&sc);
        assert_eq!(step(&ev, "connect_directory"), "skip", "{m}");
        assert!(!has(&ev, "SCIM_NOT_CONNECTED"), "{m}");
    }
}

/// „Wenn Sie SCIM als Bereitstellungsmodus gewählt haben, müssen Sie die Verbindung zwischen
/// Ihrem Identity Provider und Anthropic herstellen, bevor Sie es aktivieren." (If you chose
/// SCIM, you must connect your identity provider and Anthropic before you enable it.) — R8.
#[test]
fn guide_scim_needs_the_directory_connection_first() {
    let mut sc = scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}]),
        json!([claude(mode("scim"), json!([actor_owner()]), Value::Null)]),
    );
    sc["directory"]["scim_connected"] = json!(false);
    let ev = eval(&sc);
    let f = finding(&ev, "SCIM_NOT_CONNECTED");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("error"), vec!["claude"])
    );
    assert_eq!(step(&ev, "connect_directory"), "todo");
    assert_eq!(step(&ev, "save"), "blocked");
    sc["directory"]["scim_connected"] = json!(true);
    let ev = eval(&sc);
    assert_eq!(step(&ev, "connect_directory"), "done");
    assert_eq!(step(&ev, "save"), "ready");
}

/// „Navigieren Sie zu Ihren Identitäts- und Zugriffseinstellungen …", „Folgen Sie der
/// WorkOS-Anleitung …", „Wenn Sie den IdP-Gruppenschritt erreichen, halten Sie an …" (Go to
/// your Identity and access settings; follow the WorkOS guide; stop when you reach the IdP
/// groups step.) The open step says where and how. — R8, §6. Since that revision the setting
/// has moved: the current English guide (article 13133195) puts it in the User provisioning
/// section of Organization settings > Organization and access, and the step names that place.
#[test]
fn guide_directory_step_points_to_organization_and_access_and_workos() {
    let mut sc = scenario(
        "enterprise_seat_based",
        json!([]),
        json!([claude(mode("scim"), json!([]), Value::Null)]),
    );
    sc["directory"]["scim_connected"] = json!(false);
    let detail = checklist_detail(&eval(&sc), "connect_directory");
    for words in ["Organization and access", "WorkOS", "groups step"] {
        assert!(detail.contains(words), "{detail}");
    }
}

// --- step 3: set the mode, do not save yet -----------------------------------------------------

/// „Wichtig: Klicken Sie NICHT auf „Änderungen speichern". Sie müssen zunächst sicherstellen,
/// dass alle Benutzer Ihrer Anthropic-Anwendung in Ihrem IdP zugewiesen sind." (Important: do
/// NOT click Save changes. You must first make sure that all users are assigned to your
/// Anthropic app in your IdP.) — R12, §6.
#[test]
fn guide_do_not_save_before_every_member_is_assigned() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com", "assigned": false}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    assert_eq!(step(&ev, "set_mode"), "todo");
    assert!(checklist_detail(&ev, "set_mode").contains("MEMBERS_REMOVED_ON_SAVE"));
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_REMOVED_ON_SAVE")),
        ["bo@x.com"]
    );
}

/// „Wenn Sie Gruppenzuordnungen aktivieren, müssen Benutzer auch den entsprechenden Gruppen
/// zugewiesen werden (Schritte 4 und 5)." (If you enable group mappings, users must also be
/// assigned to the corresponding groups.) — R12, §6.
#[test]
fn guide_with_group_mappings_members_must_also_be_in_groups() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com"}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    assert_eq!(step(&ev, "set_mode"), "todo");
    assert_eq!(
        subjects(finding(&ev, "MEMBERS_REMOVED_ON_SAVE")),
        ["bo@x.com"]
    );
    // In a mapped group, bo stays: nothing holds the step back.
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["users"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    assert_eq!(step(&ev, "set_mode"), "done");
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "member");
}

/// „Das Speichern vor der ordnungsgemäßen Zuweisung von Benutzern führt dazu, dass diese
/// Benutzer aus der Organisation entfernt werden." (Saving before users are properly assigned
/// removes them from the organization.) Under SCIM they are removed; under JIT they lose
/// access too (the JIT row of the table keeps them listed: the planner shows them blocked, an
/// interpretation, issue #22 point 6). — R12.
#[test]
fn guide_saving_too_early_removes_those_users() {
    for m in ["scim", "jit"] {
        let ev = eval(&scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "assigned": false, "groups": ["users"]}]),
            json!([claude(
                agm(m, claude_roles(), json!({})),
                json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
                Value::Null
            )]),
        ));
        let status = user(&ev, "claude", "bo@x.com")["status"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            ["removed", "blocked"].contains(&status.as_str()),
            "{m}: {status}"
        );
        if m == "scim" {
            assert_eq!(status, "removed");
        }
    }
}

/// „Wenn Sie keine Gruppenzuordnungen verwenden: Stellen Sie sicher, dass alle Benutzer Ihrer
/// Anthropic-Anwendung in Ihrem IdP für die SCIM-Bereitstellung zugewiesen sind, und klicken
/// Sie dann auf „Änderungen speichern", um Ihr Setup abzuschließen." (Without group mappings:
/// make sure all users are assigned for SCIM provisioning, then click Save changes.) — R12, §6.
#[test]
fn guide_without_group_mappings_assign_everyone_then_save() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    assert_eq!(org(&ev, "claude")["counts"]["removed"], 0);
    assert_eq!(step(&ev, "set_mode"), "done");
    assert_eq!(step(&ev, "assign_groups"), "skip");
    assert_eq!(step(&ev, "save"), "ready");
}

// --- step 4: groups in the IdP -----------------------------------------------------------------

/// „Erstellen Sie Gruppen in Ihrem IdP für jede Rolle, die Sie zuweisen möchten." (Create
/// groups in your IdP for each role you want to assign.) A mapped group that holds nobody in
/// the directory does not exist there yet. — R21.
#[test]
fn guide_mapped_groups_must_exist_in_the_idp() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    let f = finding(&ev, "UNKNOWN_GROUP");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("warning"), vec!["admins", "users"])
    );
}

/// „Sofern Sie nicht den Single-Seat Enterprise-Plan haben, erstellen Sie auch Gruppen für
/// jeden Sitztyp." (Unless you are on the single-seat Enterprise plan, also create groups for
/// each seat type.) Seat-type groups are checked like role groups where the plan has seat
/// types to map, and not on single-seat Enterprise. — R21, R16.
#[test]
fn guide_seat_type_groups_except_on_single_seat_enterprise() {
    let run = |plan: &str, tiers: Value| {
        eval(&scenario(
            plan,
            json!([{"email": ACTOR, "groups": ["owners"]}]),
            json!([claude(
                agm("jit", json!({"owner": ["owners"]}), tiers),
                json!([{"email": ACTOR, "role": "owner"}]),
                Value::Null
            )]),
        ))
    };
    for plan in ["team", "enterprise_seat_based"] {
        let ev = run(plan, json!({"premium": ["premium-seats"]}));
        assert_eq!(
            subjects(finding(&ev, "UNKNOWN_GROUP")),
            ["premium-seats"],
            "{plan}"
        );
        assert!(!has(&ev, "SEAT_TIER_MAPPING_NOT_APPLICABLE"), "{plan}");
    }
    let single = run(
        "enterprise_usage_based_single_seat",
        json!({"enterprise": ["ent-seats"]}),
    );
    assert!(
        !has(&single, "UNKNOWN_GROUP"),
        "not checked as a group to create"
    );
    assert_eq!(
        subjects(finding(&single, "SEAT_TIER_MAPPING_NOT_APPLICABLE")),
        ["ent-seats"]
    );
}

/// „Obwohl es keine Benennungsanforderungen mehr für diese Gruppen gibt, empfehlen wir, etwas
/// in den Gruppennamen einzubeziehen (z. B. anthropic-claude- oder anthropic-console-)"
/// (Although there is no naming requirement any more, we recommend including something like
/// anthropic-claude- or anthropic-console- in the group names.) — R23.
#[test]
fn guide_group_names_need_no_prefix() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["anthropic-claude-admins"]}]),
        json!([claude(
            agm(
                "scim",
                json!({"owner": ["owners"], "admin": ["anthropic-claude-admins"]}),
                json!({})
            ),
            json!([{"email": ACTOR, "role": "owner"}]),
            Value::Null
        )]),
    ));
    // The name without the prefix works; the planner only suggests the prefix.
    assert_eq!(user(&ev, "claude", ACTOR)["role"], "owner");
    assert_eq!(user(&ev, "claude", "bo@x.com")["role"], "admin");
    let f = finding(&ev, "GROUP_NAMING");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("info"), vec!["owners"])
    );
    assert_eq!(f["params"]["prefix"], "anthropic-claude-");
    assert_eq!(step(&ev, "save"), "ready");
    let ev = eval(&scenario(
        "console_only",
        json!([{"email": ACTOR, "groups": ["admins"]}]),
        json!([console(
            agm("scim", json!({"admin": ["admins"]}), json!({})),
            json!([{"email": ACTOR, "role": "admin"}])
        )]),
    ));
    assert_eq!(
        finding(&ev, "GROUP_NAMING")["params"]["prefix"],
        "anthropic-console-"
    );
}

/// „… stellen Sie sicher, dass mindestens ein Benutzer … in einer Gruppe ist, die einer Admin-
/// (Console) oder Owner- (Claude) Rolle zugeordnet wird." (Make sure that at least one user is
/// in a group mapped to an Admin (Console) or Owner (Claude) role.) — R19.
#[test]
fn guide_someone_must_be_in_an_owner_or_admin_group() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": "bo@x.com", "groups": ["admins"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([]),
            Value::Null
        )]),
    ));
    let f = finding(&ev, "NO_PRIVILEGED_GROUP");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("error"), vec!["owners"])
    );
    assert_eq!(step(&ev, "save"), "blocked");
    // Console: Admin is the role.
    let ev = eval(&scenario(
        "console_only",
        json!([{"email": "bo@x.com", "groups": ["devs"]}]),
        json!([console(
            agm(
                "scim",
                json!({"admin": ["admins"], "developer": ["devs"]}),
                json!({})
            ),
            json!([])
        )]),
    ));
    assert_eq!(
        finding(&ev, "NO_PRIVILEGED_GROUP")["params"]["role"],
        "admin"
    );
    // With someone in it, no error.
    let ev = eval(&scenario(
        "console_only",
        json!([{"email": "bo@x.com", "groups": ["admins"]}]),
        json!([console(
            agm("scim", json!({"admin": ["admins"]}), json!({})),
            json!([])
        )]),
    ));
    assert!(!has(&ev, "NO_PRIVILEGED_GROUP"));
}

/// „… mindestens ein Benutzer (einschließlich Sie selbst) in einer Gruppe …, die einer Admin-
/// (Console) oder Owner- (Claude) Rolle zugeordnet wird." (At least one user, yourself
/// included, in a group mapped to Admin or Owner.) — R20.
#[test]
fn guide_you_yourself_must_be_in_an_owner_or_admin_group() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["users"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "owner"}]),
            Value::Null
        )]),
    ));
    let f = finding(&ev, "ACTOR_LOSES_ACCESS");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("error"), vec![ACTOR])
    );
    assert!(!has(&ev, "NO_PRIVILEGED_GROUP"), "bo is there, but not you");
    let ev = eval(&scenario(
        "console_only",
        json!([{"email": ACTOR, "groups": ["devs"]}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!([console(
            agm(
                "scim",
                json!({"admin": ["admins"], "developer": ["devs"]}),
                json!({})
            ),
            json!([{"email": ACTOR, "role": "admin"}, {"email": "bo@x.com", "role": "admin"}])
        )]),
    ));
    assert_eq!(
        finding(&ev, "ACTOR_LOSES_ACCESS")["params"]["role"],
        "developer"
    );
}

/// „Wichtig: Alle Benutzer, die Zugriff benötigen, müssen den entsprechenden Gruppen
/// zugewiesen werden, bevor Sie Ihre Gruppenzuordnungskonfiguration im nächsten Schritt
/// speichern." (Important: all users who need access must be assigned to the corresponding
/// groups before you save the group mapping configuration.) Under JIT a member outside every
/// mapped group loses access; a new user outside them gets none. — R10, R12.
#[test]
fn guide_everyone_who_needs_access_is_in_a_group_before_saving() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com"}, {"email": "cy@x.com"}]),
        json!([claude(
            agm("jit", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "blocked");
    assert_eq!(user(&ev, "claude", "cy@x.com")["status"], "out_of_scope");
    assert_eq!(subjects(finding(&ev, "MEMBERS_BLOCKED")), ["bo@x.com"]);
    assert_eq!(step(&ev, "set_mode"), "todo");
}

/// „Diese Benutzer sollten bereits Ihrer Anthropic-Anwendung in Ihrem IdP zugewiesen sein …"
/// (These users should already be assigned to your Anthropic app in your IdP.) A user in a
/// mapped group who is not assigned to the app is not provisioned. — R22.
#[test]
fn guide_group_members_must_be_assigned_to_the_app() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "assigned": false, "groups": ["admins"]}]),
        json!([claude(
            agm(
                "scim",
                json!({"owner": ["owners"], "admin": ["admins"]}),
                json!({})
            ),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "out_of_scope");
    let f = finding(&ev, "UNASSIGNED_IN_GROUP");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("warning"), vec!["bo@x.com"])
    );
}

// --- step 5: map groups to roles and seat types ------------------------------------------------

/// „Klicken Sie im Abschnitt Gruppenzuordnungen aktivieren auf „Hinzufügen" neben jeder Rolle
/// und wählen Sie die entsprechende Gruppe aus Ihrem IdP …" (Click Add next to each role and
/// choose the corresponding group from your IdP.) The group decides the role, and the plan
/// shows which group gave it. — R11.
#[test]
fn guide_a_group_added_next_to_a_role_gives_that_role() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    let bo = user(&ev, "claude", "bo@x.com");
    assert_eq!(
        (bo["role"].as_str(), bo["role_source"].as_str()),
        (Some("admin"), Some("group:admins"))
    );
}

/// „Für alle Pläne außer Single-Seat Enterprise: Klicken Sie im Abschnitt Sitzebenen
/// IdP-Gruppen zuweisen auf „Hinzufügen" neben jedem Sitztyp und wählen Sie die entsprechende
/// Gruppe aus Ihrem IdP aus." (For all plans except single-seat Enterprise: click Add next to
/// each seat type and choose the corresponding group.) — R14.
#[test]
fn guide_a_group_added_next_to_a_seat_type_gives_that_type() {
    for (plan, lower) in [
        ("team", "standard"),
        ("enterprise_seat_based", "standard"),
        ("enterprise_usage_based", "chat"),
    ] {
        let ev = eval(&scenario(
            plan,
            json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["users", "lower"]}]),
            json!([claude(
                agm("jit", claude_roles(), json!({lower: ["lower"]})),
                json!([{"email": ACTOR, "role": "owner"}]),
                Value::Null
            )]),
        ));
        let bo = user(&ev, "claude", "bo@x.com");
        assert_eq!(
            (bo["seat_tier"].as_str(), bo["seat_source"].as_str()),
            (Some(lower), Some("group:lower")),
            "{plan}"
        );
    }
}

/// „Wenn ein Benutzer nicht einer Sitztyp-Gruppe zugewiesen ist, wird ihm standardmäßig der
/// höchste verfügbare Typ zugewiesen." (If a user is not assigned to a seat type group, they
/// default to the highest available type.) The planner tells the admin, because the highest
/// type is usually the dearest. — R15.
#[test]
fn guide_a_user_in_no_seat_type_group_gets_the_highest_type() {
    for (plan, highest) in [
        ("team", "premium"),
        ("enterprise_seat_based", "premium"),
        ("enterprise_usage_based", "chat_claude_code"),
    ] {
        let ev = eval(&scenario(
            plan,
            json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["users"]}]),
            json!([claude(
                agm("jit", claude_roles(), json!({})),
                json!([{"email": ACTOR, "role": "owner"}]),
                Value::Null
            )]),
        ));
        let bo = user(&ev, "claude", "bo@x.com");
        assert_eq!(
            (bo["seat_tier"].as_str(), bo["seat_source"].as_str()),
            (Some(highest), Some("default")),
            "{plan}"
        );
        let f = finding(&ev, "DEFAULT_SEAT_TIER");
        assert_eq!(f["severity"], "info");
        assert!(subjects(f).contains(&"bo@x.com"), "{plan}");
        // ada is a member (of a tier not given), so bo alone took a default seat.
        assert_eq!(f["params"]["tiers"], json!({highest: 1}), "{plan}");
    }
}

/// The same sentence: „der höchste verfügbare Typ" (the highest available type). When the
/// highest type has no seat left, the next one is the highest available. (Reading "available"
/// as "with a free seat" is an interpretation, issue #22 point 6.) — R15.
#[test]
fn guide_the_highest_available_type_when_the_highest_is_full() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner()]),
            json!({"premium": 1, "standard": 3})
        )]),
    ));
    let bo = outcome(&ev, "claude", "bo@x.com");
    assert_eq!((bo[0].as_str(), bo[2].as_str()), ("member", "standard"));
    assert!(!has(&ev, "SEAT_SHORTFALL"));
}

/// „Für Single-Seat Enterprise: Die Sitztyp-Zuordnung gilt nicht." (For single-seat
/// Enterprise: seat type mapping does not apply.) — R16.
#[test]
fn guide_single_seat_enterprise_has_no_seat_type_mapping() {
    let ev = eval(&scenario(
        "enterprise_usage_based_single_seat",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["ent"]}]),
        json!([claude(
            agm(
                "scim",
                json!({"owner": ["owners"]}),
                json!({"enterprise": ["ent"]})
            ),
            json!([{"email": ACTOR, "role": "owner"}]),
            Value::Null
        )]),
    ));
    let f = finding(&ev, "SEAT_TIER_MAPPING_NOT_APPLICABLE");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("warning"), vec!["ent"])
    );
    // The mapping does nothing: it does not put bo in scope.
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "out_of_scope");
}

/// „Alle bereitgestellten Benutzer erhalten automatisch einen Enterprise-Sitz, sofern einer in
/// Ihrer Organisation verfügbar ist." (All provisioned users automatically get an Enterprise
/// seat, if one is available in your organization.) Members included; whoever finds none is
/// not added. — R16, R17.
#[test]
fn guide_single_seat_users_get_an_enterprise_seat_if_one_is_free() {
    let ev = eval(&scenario(
        "enterprise_usage_based_single_seat",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com"}]),
        json!([claude(
            mode("scim"),
            json!([{"email": ACTOR, "role": "owner"}]),
            json!({"enterprise": 2})
        )]),
    ));
    assert_eq!(user(&ev, "claude", ACTOR)["seat_tier"], "enterprise");
    assert_eq!(
        outcome(&ev, "claude", "bo@x.com"),
        o(["member", "user", "enterprise", "add", "on_save"])
    );
    assert_eq!(user(&ev, "claude", "cy@x.com")["status"], "not_added");
    assert_eq!(
        finding(&ev, "SEAT_SHORTFALL")["params"]["tiers"],
        json!({"enterprise": 1})
    );
    assert!(
        !has(&ev, "DEFAULT_SEAT_TIER"),
        "no choice of type to warn about"
    );
}

/// „Überprüfen Sie, dass alle erforderlichen Gruppen den entsprechenden Rollen und Sitztypen
/// zugeordnet sind." (Check that all required groups are mapped to the right roles and seat
/// types.) A group mapped under a name the IdP spells otherwise maps nobody, and the planner
/// points at it. — R21.
#[test]
fn guide_check_that_the_groups_are_mapped_right() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["Owners"]}]),
        json!([claude(
            agm("scim", json!({"owner": ["owners"]}), json!({})),
            json!([actor_owner()]),
            Value::Null
        )]),
    ));
    assert_eq!(
        user(&ev, "claude", ACTOR)["status"],
        "removed",
        "names are compared exactly"
    );
    let f = finding(&ev, "UNKNOWN_GROUP");
    assert_eq!(subjects(f), ["owners"]);
    assert_eq!(f["params"]["case_mismatch"], json!({"owners": ["Owners"]}));
}

/// „Klicken Sie auf „Änderungen speichern"." (Click Save changes.) When every step is done,
/// saving is ready. — §6.
#[test]
fn guide_save_changes_once_every_step_is_done() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["anthropic-claude-owners", "anthropic-claude-premium"]}]),
        json!([claude(
            agm(
                "scim",
                json!({"owner": ["anthropic-claude-owners"]}),
                json!({"premium": ["anthropic-claude-premium"]})
            ),
            json!([actor_owner()]),
            json!({"premium": 1})
        )]),
    ));
    let statuses: Vec<String> = [
        "choose_mode",
        "connect_directory",
        "set_mode",
        "assign_groups",
        "map_groups",
        "save",
    ]
    .iter()
    .map(|id| step(&ev, id))
    .collect();
    assert_eq!(statuses, ["done", "done", "done", "done", "done", "ready"]);
}

/// „Hinweis: Microsoft Entra überträgt SCIM-Änderungen nur alle 40 Minuten, daher kann es zu
/// einer Verzögerung kommen, bevor Änderungen angezeigt werden." (Microsoft Entra pushes SCIM
/// changes only every 40 minutes, so changes may take a while to appear.) — R24.
#[test]
fn guide_entra_pushes_scim_changes_every_40_minutes() {
    let run = |idp: &str, m: &str| {
        let mut sc = scenario(
            "enterprise_seat_based",
            json!([]),
            json!([claude(mode(m), json!([]), Value::Null)]),
        );
        sc["directory"]["idp"] = json!(idp);
        eval(&sc)
    };
    let ev = run("entra", "scim");
    let f = finding(&ev, "ENTRA_SYNC_DELAY");
    assert_eq!(f["severity"], "info");
    assert!(f["message"].as_str().unwrap().contains("40 minutes"));
    assert!(!has(&run("okta", "scim"), "ENTRA_SYNC_DELAY"));
    assert!(
        !has(&run("entra", "jit"), "ENTRA_SYNC_DELAY"),
        "only SCIM changes are pushed"
    );
}

// --- troubleshooting -----------------------------------------------------------------------------

/// „Benutzer sind korrekt zugewiesen und werden im Verzeichnis angezeigt, werden aber nicht als
/// Mitglieder zu Claude hinzugefügt? Überprüfen Sie, dass Sie genug Sitze gekauft und verfügbar
/// haben …" (Users are assigned and in the directory but not added as members? Check that you
/// have bought enough seats.) — R17.
#[test]
fn guide_users_are_not_added_when_seats_run_out() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com"}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner()]),
            json!({"premium": 1, "standard": 1})
        )]),
    ));
    // ada holds premium; bo takes the one standard seat; cy finds no seat.
    assert_eq!(user(&ev, "claude", "bo@x.com")["status"], "member");
    assert_eq!(
        outcome(&ev, "claude", "cy@x.com"),
        o(["not_added", "-", "-", "none", "-"])
    );
    let f = finding(&ev, "SEAT_SHORTFALL");
    assert_eq!(
        (f["severity"].as_str(), subjects(f)),
        (Some("error"), vec!["cy@x.com"])
    );
    assert_eq!(step(&ev, "save"), "blocked");
}

/// „Überprüfen Sie die Anzahl der verfügbaren Sitze, die in Organisation Einstellungen >
/// Abrechnung angezeigt werden, und kaufen Sie bei Bedarf zusätzliche Sitze" (Check the number
/// of available seats shown in Organization settings > Billing, and buy more if needed.) The
/// planner says how many to buy. — R17.
#[test]
fn guide_the_shortfall_says_how_many_seats_to_buy() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com"}, {"email": "di@x.com"}]),
        json!([claude(
            mode("jit"),
            json!([actor_owner()]),
            json!({"premium": 1, "standard": 1})
        )]),
    ));
    // ada holds premium; bo takes standard; cy and di need two more seats.
    let f = finding(&ev, "SEAT_SHORTFALL");
    let wanted: u64 = f["params"]["tiers"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(wanted, 2, "{f}");
    assert_eq!(subjects(f), ["cy@x.com", "di@x.com"]);
}

/// The same sentence: the advice sends the admin to Organization settings > Billing, where the
/// guide says seats are shown and bought.
#[test]
fn guide_seats_are_bought_in_billing() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}]),
        json!([claude(
            mode("scim"),
            json!([actor_owner()]),
            json!({"premium": 1})
        )]),
    ));
    let f = finding(&ev, "SEAT_SHORTFALL");
    let advice = f["advice"].as_str().unwrap();
    assert!(
        advice.contains("Organization settings > Billing"),
        "{advice}"
    );
}

/// „Sobald Sie verfügbare Sitze haben, gehen Sie zurück zur Seite „Identität und Zugriff" und
/// klicken Sie auf „Jetzt synchronisieren" neben Verzeichnissynchronisierung (SCIM). Dies löst
/// eine Synchronisierung aus, um Konten für diese Benutzer bereitzustellen, die noch nicht als
/// Mitglieder hinzugefügt wurden." (Once seats are available, click Sync now next to Directory
/// sync (SCIM): it provisions the users not yet added.) — R18.
#[test]
fn guide_sync_now_after_buying_seats_adds_the_waiting_users() {
    let with = |premium: u64, standard: u64| {
        scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR}, {"email": "bo@x.com"}, {"email": "cy@x.com"}, {"email": "di@x.com"}]),
            json!([claude(
                mode("scim"),
                json!([actor_owner()]),
                json!({"premium": premium, "standard": standard})
            )]),
        )
    };
    let ev = eval(&with(1, 1));
    let f = finding(&ev, "SEAT_SHORTFALL");
    assert!(
        f["advice"].as_str().unwrap().contains("Sync now"),
        "SCIM advice names Sync now"
    );
    let tiers = f["params"]["tiers"].clone();
    let more = |t: &str| tiers[t].as_u64().unwrap_or(0);
    let after = eval(&with(1 + more("premium"), 1 + more("standard")));
    for email in ["bo@x.com", "cy@x.com", "di@x.com"] {
        assert_eq!(user(&after, "claude", email)["status"], "member", "{email}");
    }
    assert!(!has(&after, "SEAT_SHORTFALL"));
}

/// The same passage puts „Jetzt synchronisieren" next to Directory sync (SCIM): under JIT
/// nobody syncs; a user waiting for a seat joins at the next sign-in once one is free. So a
/// shortfall under JIT is a warning that does not hold back saving, and its words do not say
/// "Sync now". — R17, R18.
#[test]
fn guide_under_jit_a_waiting_user_joins_at_sign_in_not_by_sync_now() {
    let ev = eval(&scenario(
        "team",
        json!([{"email": ACTOR}, {"email": "bo@x.com"}]),
        json!([claude(
            mode("jit"),
            json!([actor_owner()]),
            json!({"premium": 1, "standard": 0})
        )]),
    ));
    let f = finding(&ev, "SEAT_SHORTFALL");
    assert_eq!(f["severity"], "warning");
    assert_eq!(step(&ev, "save"), "ready");
    for field in ["message", "advice"] {
        let words = f[field].as_str().unwrap();
        assert!(!words.contains("Sync now"), "{field}: {words}");
        assert!(words.contains("sign"), "{field}: {words}");
    }
}

/// „Benutzer werden nicht mit der richtigen Rolle bereitgestellt — Überprüfen Sie, dass der
/// Benutzer der richtigen Gruppe in Ihrem IdP zugewiesen ist." (Users are not provisioned with
/// the right role: check that the user is in the right group in your IdP.) Moving the user to
/// another group changes the role, and the plan names the group. — R11.
#[test]
fn guide_the_users_group_decides_the_role() {
    let run = |groups: Value| {
        eval(&scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": groups}]),
            json!([claude(
                agm("scim", claude_roles(), json!({})),
                json!([actor_owner()]),
                Value::Null
            )]),
        ))
    };
    let ev = run(json!(["users"]));
    assert_eq!(
        user(&ev, "claude", "bo@x.com")["role_source"],
        "group:users"
    );
    let ev = run(json!(["admins"]));
    assert_eq!(user(&ev, "claude", "bo@x.com")["role"], "admin");
    assert_eq!(
        user(&ev, "claude", "bo@x.com")["role_source"],
        "group:admins"
    );
}

/// „Überprüfen Sie, dass die Gruppe der richtigen Rolle in Ihren Identitäts- und
/// Zugriffseinstellungen zugeordnet ist." (Check that the group is mapped to the right role.)
/// Mapping the same group to another role changes the user's role. — R11.
#[test]
fn guide_the_groups_mapping_decides_the_role() {
    let run = |roles: Value| {
        eval(&scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["team"]}]),
            json!([claude(
                agm("scim", roles, json!({})),
                json!([actor_owner()]),
                Value::Null
            )]),
        ))
    };
    let ev = run(json!({"owner": ["owners"], "user": ["team"]}));
    assert_eq!(user(&ev, "claude", "bo@x.com")["role"], "user");
    let ev = run(json!({"owner": ["owners"], "admin": ["team"]}));
    assert_eq!(user(&ev, "claude", "bo@x.com")["role"], "admin");
}

/// „Für JIT: Der Benutzer muss sich abmelden und wieder anmelden, damit Rollenänderungen
/// wirksam werden." (For JIT: the user must sign out and in again for role changes to take
/// effect.) — R25.
#[test]
fn guide_jit_role_changes_take_effect_after_signing_in_again() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!([claude(
            agm("jit", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    let bo = outcome(&ev, "claude", "bo@x.com");
    assert_eq!(
        (bo[1].as_str(), bo[3].as_str(), bo[4].as_str()),
        ("admin", "update", "next_sign_in")
    );
}

/// „Für SCIM: Klicken Sie auf „Jetzt synchronisieren", um eine sofortige Synchronisierung
/// auszulösen, oder warten Sie auf den automatischen Synchronisierungszyklus." (For SCIM: click
/// Sync now for an immediate sync, or wait for the automatic sync cycle.) No sign-in needed.
/// — R25.
#[test]
fn guide_scim_role_changes_take_effect_on_sync() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "user"}]),
            Value::Null
        )]),
    ));
    let bo = outcome(&ev, "claude", "bo@x.com");
    assert_eq!(
        (bo[0].as_str(), bo[1].as_str(), bo[4].as_str()),
        ("member", "admin", "on_save")
    );
}

/// „Dies geschieht, wenn die Person, die Gruppenzuordnungen konfiguriert, nicht einer Gruppe
/// zugewiesen ist, die einer Admin- oder Owner-Rolle zugeordnet ist, was dazu führt, dass ihre
/// Berechtigungen auf Benutzer herabgestuft werden." (This happens when the person configuring
/// group mappings is not in a group mapped to an Admin or Owner role, so their permissions are
/// downgraded to User.) An Owner in a User group, or only in a seat-type group, ends as User.
/// — R20, R11.
#[test]
fn guide_a_configurer_outside_owner_groups_is_downgraded_to_user() {
    for groups in [json!(["users"]), json!(["premium"])] {
        let ev = eval(&scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR, "groups": groups}, {"email": "bo@x.com", "groups": ["owners"]}]),
            json!([claude(
                agm("scim", claude_roles(), json!({"premium": ["premium"]})),
                json!([actor_owner(), {"email": "bo@x.com", "role": "owner"}]),
                Value::Null
            )]),
        ));
        assert_eq!(user(&ev, "claude", ACTOR)["role"], "user", "{groups}");
        let f = finding(&ev, "ACTOR_LOSES_ACCESS");
        assert_eq!(f["params"]["role"], "user", "{groups}");
    }
}

/// The same sentence for a configurer who is a Claude Admin: „nicht einer Gruppe …, die einer
/// Admin- oder Owner-Rolle zugeordnet ist" — they lose Admin access just the same. — R20.
#[test]
fn guide_a_claude_admin_configurer_is_downgraded_too() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["users"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([{"email": ACTOR, "role": "admin"}, {"email": "bo@x.com", "role": "owner"}]),
            Value::Null
        )]),
    ));
    let f = finding(&ev, "ACTOR_LOSES_ACCESS");
    assert_eq!(subjects(f), [ACTOR]);
    assert_eq!(f["params"]["role"], "user");
    assert_eq!(step(&ev, "save"), "blocked");
    assert!(!checklist_detail(&ev, "assign_groups").contains("you included"));
}

/// „Option 1: Lassen Sie einen anderen Admin/Owner Ihre Rolle wiederherstellen … Bitten Sie
/// ihn, zu Organisationseinstellungen > Organisation (für Claude) oder Einstellungen >
/// Mitglieder (für Console) zu navigieren." (Have another Admin/Owner restore your role in
/// Organization settings > Organization for Claude, or Settings > Members for Console.)
/// — R20.
#[test]
fn guide_another_admin_restores_the_role_in_the_settings() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["users"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([actor_owner(), {"email": "bo@x.com", "role": "owner"}]),
            Value::Null
        )]),
    ));
    let advice = finding(&ev, "ACTOR_LOSES_ACCESS")["advice"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        advice.contains("Organization settings > Organization"),
        "{advice}"
    );
    // In a Console organization: Settings > Members.
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["users"]}, {"email": "bo@x.com", "groups": ["admins"]}]),
        json!([console(
            agm(
                "scim",
                json!({"admin": ["admins"], "user": ["users"]}),
                json!({})
            ),
            json!([{"email": ACTOR, "role": "admin"}, {"email": "bo@x.com", "role": "admin"}])
        )]),
    ));
    let advice = finding(&ev, "ACTOR_LOSES_ACCESS")["advice"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(advice.contains("Settings > Members"), "{advice}");
}

/// „Option 2: Behebung über Ihren Identity Provider — Weisen Sie sich in Ihrem IdP einer
/// Gruppe … zu, die einer Admin- oder Owner-Rolle zugeordnet ist." (Fix it in your IdP: put
/// yourself in a group mapped to an Admin or Owner role.) — R20.
#[test]
fn guide_joining_an_owner_group_in_the_idp_fixes_it() {
    let run = |groups: Value| {
        eval(&scenario(
            "enterprise_seat_based",
            json!([{"email": ACTOR, "groups": groups}]),
            json!([claude(
                agm("scim", claude_roles(), json!({})),
                json!([actor_owner()]),
                Value::Null
            )]),
        ))
    };
    assert!(has(&run(json!(["users"])), "ACTOR_LOSES_ACCESS"));
    let fixed = run(json!(["users", "owners"]));
    assert!(!has(&fixed, "ACTOR_LOSES_ACCESS"));
    assert_eq!(user(&fixed, "claude", ACTOR)["role"], "owner");
}

/// „Für JIT: Melden Sie sich ab und wieder an, um Zugriff wiederzuerlangen." (For JIT: sign out
/// and in again to regain access.) An actor already downgraded to User, now in the Owner
/// group, becomes Owner at the next sign-in. — R25.
#[test]
fn guide_jit_sign_out_and_in_to_regain_access() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!([claude(
            agm("jit", claude_roles(), json!({})),
            json!([{"email": ACTOR, "role": "user"}, {"email": "bo@x.com", "role": "owner"}]),
            Value::Null
        )]),
    ));
    let ada = outcome(&ev, "claude", ACTOR);
    assert_eq!(
        (ada[1].as_str(), ada[3].as_str(), ada[4].as_str()),
        ("owner", "update", "next_sign_in")
    );
    assert!(!has(&ev, "ACTOR_LOSES_ACCESS"));
}

/// „Für SCIM: Bitten Sie einen anderen Admin oder Owner, in den Identitäts- und
/// Zugriffseinstellungen auf „Jetzt synchronisieren" zu klicken, oder warten Sie auf den
/// automatischen Synchronisierungszyklus." (For SCIM: ask another Admin or Owner to click Sync
/// now, or wait for the automatic sync cycle.) The role comes back with the sync, no sign-in
/// needed. — R25.
#[test]
fn guide_scim_sync_restores_access() {
    let ev = eval(&scenario(
        "enterprise_seat_based",
        json!([{"email": ACTOR, "groups": ["owners"]}, {"email": "bo@x.com", "groups": ["owners"]}]),
        json!([claude(
            agm("scim", claude_roles(), json!({})),
            json!([{"email": ACTOR, "role": "user"}, {"email": "bo@x.com", "role": "owner"}]),
            Value::Null
        )]),
    ));
    let ada = outcome(&ev, "claude", ACTOR);
    assert_eq!(
        (ada[0].as_str(), ada[1].as_str(), ada[4].as_str()),
        ("member", "owner", "on_save")
    );
}
