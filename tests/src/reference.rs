//! A reference evaluator written straight from `core/RULES.md`, for differential testing.
//!
//! It reads the scenario as plain JSON and follows the rules' text step by step: ids stay
//! strings, lists are scanned from the front, nothing is indexed, cached or packed into bits.
//! It is slow on purpose and short enough to check against RULES.md line by line.
//!
//! It reads scenario format versions 1 and 2 (CONTRACT.md §1, §1.1): in version 2 the Console
//! has the role `limited_developer` (R3: its ranking and the default precedence of each
//! version) and the Claude organization may have a Primary Owner (R27: kept as they are in
//! every mode, with `PRIMARY_OWNER_EXEMPT` and the note `primary_owner_exempt` where the
//! exemption changed what provisioning would have done); a directory user may have an SSO
//! address (R26: under SCIM, a member whose SSO address is not their email character for
//! character cannot sign in: `SSO_EMAIL_MISMATCH`); the scenario may have a removal limit
//! (R28: more people losing access in an organization than `max_removals` allows gives
//! `REMOVAL_THRESHOLD`).
//!
//! It computes what the differential test compares ([`Summary`]):
//!
//! - per organization and user: the status, role, seat tier, change and when it takes effect
//!   (R10–R17, R25), where the role and the tier come from (`role_source`, `seat_source`:
//!   RULES.md §8, "Where a role or tier comes from"), and whether the row is the Primary
//!   Owner's (R27);
//! - per seat tier: the seats assigned, pending sign-in and short (R17);
//! - the findings, per organization and for the whole scenario: each one's code, subjects (as
//!   CONTRACT.md §2 writes them: emails in user order, group names sorted, organization ids in
//!   scenario order) and `params`;
//! - the checklist: each step's id and status, in order (RULES.md §6);
//! - the notes (RULES.md §8), per organization and for the whole scenario: each one's id, rule
//!   and `interpretation` flag.
//!
//! [`engine`] projects the engine's evaluation onto the same shape and [`differences`] lists
//! where the two disagree.
//! Emails are compared without regard to letter case (a person not in the directory may be
//! written differently by two organizations); group names, ids, roles, tiers and sources
//! exactly.
//!
//! [`Sketch`] is a small abstract scenario (a handful of numbers and flags) that always builds
//! a valid scenario of version 1 or 2; the property tests and the fuzz targets generate
//! sketches.
//!
//! The scenario given to [`evaluate`] must be valid (the engine accepts it).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

/// What one user ends with in one organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub email: String,
    pub status: String,
    pub role: Option<String>,
    pub seat_tier: Option<String>,
    pub change: String,
    pub takes_effect: Option<String>,
    /// Where the role and the tier come from: `group:<name>`, `default` or `existing`
    /// (RULES.md §8, "Where a role or tier comes from").
    pub role_source: Option<String>,
    pub seat_source: Option<String>,
    /// R27: the Claude organization's Primary Owner (`"primary_owner": true` in the row).
    pub primary_owner: bool,
}

/// One finding: its code, subjects (as the contract writes them) and params.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: String,
    pub subjects: Vec<String>,
    pub params: Value,
}

/// One note (RULES.md §8): the organization it is about (`None`: the whole scenario), its id,
/// and the rule and `interpretation` flag §8's table gives that id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    pub organization: Option<String>,
    pub id: String,
    pub rule: String,
    pub interpretation: bool,
}

/// RULES.md §8, the table of notes: each id with its rule and whether it is an
/// [interpretation].
pub const NOTES: [(&str, &str, bool); 14] = [
    ("primary_owner_exempt", "R27", true),
    ("new_organization", "R5", true),
    ("default_precedence", "R3", true),
    ("seat_group_scope", "R11", false),
    ("tier_changes_first", "R17", true),
    ("console_ranking", "R3", true),
    ("usage_tier_order", "R1", true),
    ("jit_blocks_members", "R12", true),
    ("highest_free_tier", "R15", true),
    ("members_keep_tiers", "R15", true),
    ("capacity_not_checked", "R17", false),
    ("scim_connected_orgs", "R9", true),
    ("no_actor", "R20", false),
    ("scim_outcomes_once_connected", "R8", false),
];

/// The note `id` about `organization`, with its rule and flag from §8's table.
fn note(organization: Option<&str>, id: &str) -> Note {
    let (rule, interpretation) = NOTES
        .iter()
        .find(|(n, _, _)| *n == id)
        .map(|(_, r, i)| ((*r).to_owned(), *i))
        .unwrap_or_default();
    Note {
        organization: organization.map(str::to_owned),
        id: id.to_owned(),
        rule,
        interpretation,
    }
}

/// The codes of `findings`, each once.
pub fn codes(findings: &[Finding]) -> BTreeSet<String> {
    findings.iter().map(|f| f.code.clone()).collect()
}

/// Adds a finding.
fn raise(findings: &mut Vec<Finding>, code: &str, subjects: Vec<String>, params: Value) {
    findings.push(Finding {
        code: code.to_owned(),
        subjects,
        params,
    });
}

/// Group names as the contract lists them: sorted by name, each once.
fn sorted_groups<'g>(groups: impl IntoIterator<Item = &'g String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for g in groups {
        if !out.contains(g) {
            out.push(g.clone());
        }
    }
    out.sort();
    out
}

/// The compared part of one organization's evaluation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgSummary {
    pub id: String,
    /// Directory users in directory order, then members not in the directory.
    pub users: Vec<Outcome>,
    /// Per seat tier of a Claude organization: (seats assigned, pending, shortfall).
    pub seats: BTreeMap<String, (u64, u64, u64)>,
    /// The findings raised for this organization, by code (`ROLE_AMBIGUOUS` in user order).
    pub findings: Vec<Finding>,
    /// The notes about this organization, sorted by id.
    pub notes: Vec<Note>,
}

/// The compared part of an evaluation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub organizations: Vec<OrgSummary>,
    /// The findings about the whole scenario (`organization: null`), by code.
    pub findings: Vec<Finding>,
    /// The checklist (RULES.md §6): each step's id and status, in order.
    pub checklist: Vec<(String, String)>,
    /// The notes about the whole scenario (`organization: null`), sorted by id.
    pub notes: Vec<Note>,
}

// ---------------------------------------------------------------------------------------------
// Reading the scenario (it is valid, so missing values take their documented defaults).

fn text<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn flag(v: &Value, key: &str) -> Option<bool> {
    v.get(key).and_then(Value::as_bool)
}

fn items<'v>(v: &'v Value, key: &str) -> Vec<&'v Value> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Emails are compared without regard to letter case.
fn same_email(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// R28: the people of `org` who would lose access on save — current members who end `removed`
/// or `blocked`, Owners/Admins (Console: Admins) who end with a lower role — against the limit
/// `limit` (a number of people, or "N%" of the current members, rounded down).
fn removal_threshold(result: &mut OrgSummary, org: &Value, actor: Option<&str>, limit: &Value) {
    let claude = text(org, "product") == Some("claude");
    let mut current: Vec<(String, String)> = items(org, "members")
        .into_iter()
        .map(|m| {
            let email = text(m, "email").unwrap_or_default().to_owned();
            (email, text(m, "role").unwrap_or_default().to_owned())
        })
        .collect();
    // R5: an organization that lists no members has the actor as its one member.
    if let (true, Some(actor)) = (current.is_empty(), actor) {
        let role = if claude { "owner" } else { "admin" };
        current.push((actor.to_owned(), role.to_owned()));
    }
    let rank = |role: &str| match role {
        "owner" => 2,
        "admin" => 1,
        _ => 0,
    };
    let lower = |held: &str, now: &str| {
        if claude {
            rank(now) < rank(held)
        } else {
            held == "admin" && now != "admin"
        }
    };
    let people: Vec<String> = result
        .users
        .iter()
        .filter(|o| {
            let Some((_, held)) = current.iter().find(|(e, _)| same_email(e, &o.email)) else {
                return false;
            };
            match o.status.as_str() {
                "removed" | "blocked" => true,
                _ => {
                    (held == "owner" || held == "admin")
                        && o.role.as_deref().is_some_and(|now| lower(held, now))
                }
            }
        })
        .map(|o| o.email.clone())
        .collect();
    let allowed = match (limit.as_u64(), limit.as_str()) {
        (Some(n), _) => n,
        (_, Some(p)) => {
            let p: u64 = p.trim_end_matches('%').parse().unwrap_or(0);
            current.len() as u64 * p / 100
        }
        _ => return,
    };
    if people.len() as u64 > allowed {
        let params = json!({"count": people.len(), "limit": allowed, "max_removals": limit});
        raise(&mut result.findings, "REMOVAL_THRESHOLD", people, params);
    }
}

/// The email of the directory user `email` names, as the directory writes it.
fn u_email(users: &[Person], email: &str) -> String {
    users
        .iter()
        .find(|u| same_email(&u.email, email))
        .map_or_else(String::new, |u| u.email.clone())
}

/// A map of id → list of group names (`roles`, `seat_tiers`), in the order written.
fn mappings(gm: Option<&Value>, key: &str) -> Vec<(String, Vec<String>)> {
    gm.and_then(|g| g.get(key))
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(id, gs)| (id.clone(), strings(gs))).collect())
        .unwrap_or_default()
}

#[derive(Clone, Debug)]
struct Person {
    email: String,
    /// R26 (version 2): the address the user's SSO sends, as written.
    sso_email: Option<String>,
    assigned: bool,
    groups: Vec<String>,
}

#[derive(Clone, Debug)]
struct MemberNow {
    email: String,
    role: String,
    seat_tier: Option<String>,
    /// R27 (version 2): the Primary Owner.
    primary_owner: bool,
}

// ---------------------------------------------------------------------------------------------
// R1, R3: plans, tiers and roles.

const SINGLE_SEAT: &str = "enterprise_usage_based_single_seat";

/// R1: the plan's Claude seat tiers, highest first.
pub fn plan_tiers(plan: &str) -> Vec<&'static str> {
    match plan {
        "team" | "enterprise_seat_based" => vec!["premium", "standard"],
        "enterprise_usage_based" => vec!["chat_claude_code", "chat"],
        "enterprise_usage_based_single_seat" => vec!["enterprise"],
        _ => vec![],
    }
}

/// R3: whether role `a` ranks strictly above role `b` in `product` (`claude` or `console`).
pub fn above(product: &str, a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    if product == "claude" {
        // owner > admin > user
        let rank = |r: &str| match r {
            "owner" => 3,
            "admin" => 2,
            "user" => 1,
            _ => 0,
        };
        return rank(a) > rank(b);
    }
    // Console: admin above every other role, user below every other role; developer above
    // limited_developer (version 2), which is above claude_code_user; billing cannot be
    // ranked against developer, limited_developer or claude_code_user.
    if a == "admin" || b == "user" {
        return true;
    }
    let chain = |r: &str| match r {
        "developer" => 3,
        "limited_developer" => 2,
        "claude_code_user" => 1,
        _ => 0,
    };
    chain(a) > chain(b) && chain(b) > 0
}

/// R3: the roles of `product` in scenario format `version`, in the default precedence,
/// highest first: `limited_developer` exists in version 2 only, right after `developer`.
pub fn roles_of(product: &str, version: u64) -> Vec<&'static str> {
    match (product, version) {
        ("claude", _) => vec!["owner", "admin", "user"],
        (_, 1) => vec!["admin", "developer", "billing", "claude_code_user", "user"],
        _ => vec![
            "admin",
            "developer",
            "limited_developer",
            "billing",
            "claude_code_user",
            "user",
        ],
    }
}

/// R3: every precedence list of `product` in scenario format `version` that agrees with the
/// ranking: `billing`, which cannot be ranked against the developer roles, in any place
/// between `admin` and `user`, the others in their order.
pub fn precedence_lists(product: &str, version: u64) -> Vec<Vec<&'static str>> {
    if product == "claude" {
        return vec![roles_of(product, version)];
    }
    let chain: Vec<&str> = roles_of(product, version)
        .into_iter()
        .filter(|r| !["admin", "billing", "user"].contains(r))
        .collect();
    (0..=chain.len())
        .map(|at| {
            let mut list = vec!["admin"];
            list.extend(&chain[..at]);
            list.push("billing");
            list.extend(&chain[at..]);
            list.push("user");
            list
        })
        .collect()
}

/// R3: the default precedence list, highest first.
fn default_precedence(product: &str, version: u64) -> Vec<String> {
    roles_of(product, version)
        .iter()
        .map(|r| (*r).to_owned())
        .collect()
}

/// R11: the highest of `roles`; the precedence list decides between roles that cannot be
/// ranked. Also gives the roles with nothing above them (the precedence list had to decide
/// when there are two or more).
fn highest_role(product: &str, roles: &[String], precedence: &[String]) -> (String, Vec<String>) {
    let mut tops: Vec<&String> = Vec::new();
    for r in roles {
        let beaten = roles.iter().any(|s| above(product, s, r));
        if !beaten && !tops.contains(&r) {
            tops.push(r);
        }
    }
    let chosen = precedence
        .iter()
        .find(|p| tops.contains(p))
        .cloned()
        .unwrap_or_else(|| "user".to_owned());
    (chosen, tops.into_iter().cloned().collect())
}

// ---------------------------------------------------------------------------------------------
// The evaluation.

/// What a user needs from the seat pool (R14–R17).
#[derive(Clone, Debug, PartialEq, Eq)]
enum SeatNeed {
    /// No seat (Console, or not provisioned).
    Nothing,
    /// A member keeps the seat held now (possibly of unknown tier).
    Keep(Option<String>),
    /// A member whose groups now map a different tier.
    Move { from: Option<String>, to: String },
    /// A member in no seat-tier group where some seat-tier group is mapped: takes the default
    /// tier (R15), from the tier held now.
    DefaultMember(String),
    /// A new user whose groups name a tier.
    Named(String),
    /// A new user taking the default tier.
    Default,
}

struct Work {
    email: String,
    status: &'static str,
    role: Option<String>,
    current_role: Option<String>,
    current_tier: Option<String>,
    seat: Option<String>,
    need: SeatNeed,
    new: bool,
    default_seat: bool,
    /// R11 [interpretation]: given the User role for want of a role group.
    default_role: bool,
    /// §8: where the role comes from.
    role_source: Option<String>,
    /// R14: the tier the user's groups name, and the first group (by name) that names it.
    named: Option<(String, String)>,
    /// §3: in scope of this organization's provisioning.
    in_scope: bool,
    /// R27: the Primary Owner, kept as they are.
    primary_owner: bool,
}

/// §8: the first (by name, in character-code order) of the user's `groups` that is among
/// `mapped`.
fn first_group(groups: &[String], mapped: &[String]) -> Option<String> {
    let mut found: Vec<&String> = groups.iter().filter(|g| mapped.contains(g)).collect();
    found.sort();
    found.first().map(|g| (*g).clone())
}

/// The groups mapped to `id` (a role or a tier) in a mapping.
fn groups_of(map: &[(String, Vec<String>)], id: &str) -> Vec<String> {
    map.iter()
        .filter(|(k, _)| k == id)
        .flat_map(|(_, gs)| gs.iter().cloned())
        .collect()
}

/// Evaluates a valid scenario by the rules' text.
pub fn evaluate(scenario: &Value) -> Summary {
    let plan = text(scenario, "plan").unwrap_or_default();
    let directory = scenario.get("directory").unwrap_or(&Value::Null);
    let users: Vec<Person> = items(directory, "users")
        .into_iter()
        .map(|u| Person {
            email: text(u, "email").unwrap_or_default().to_owned(),
            sso_email: text(u, "sso_email").map(str::to_owned),
            // Assigned unless the scenario says "assigned": false.
            assigned: flag(u, "assigned").unwrap_or(true),
            groups: u.get("groups").map(strings).unwrap_or_default(),
        })
        .collect();
    let actor = text(scenario, "actor");
    // CONTRACT.md §1.1: version 2 adds `limited_developer` and the Primary Owner.
    let version = scenario.get("version").and_then(Value::as_u64).unwrap_or(1);

    let mut summary = Summary::default();
    // The ids of the organizations in SCIM, in scenario order: the subjects of R8, R9, R24.
    let mut in_scim: Vec<String> = Vec::new();
    let mut agm_somewhere = false;
    let mut every_mode_stated = true;
    let mut save_blocked = false;
    // Whether some organization is evaluated in JIT or SCIM, and some not in SCIM (R9's note).
    let mut provisions = false;
    let mut not_scim = false;
    let idp = text(directory, "idp").unwrap_or("other");
    // R26: users whose SSO sends another address than the one they are provisioned under,
    // character for character.
    let signs_in_elsewhere = |email: &str| {
        users
            .iter()
            .find(|u| same_email(&u.email, email))
            .and_then(|u| u.sso_email.clone())
            .filter(|sso| *sso != u_email(&users, email))
    };
    // R26's checklist step: someone provisioned cannot sign in, or someone waiting for a seat
    // would not either.
    let mut cannot_sign_in = false;
    let mut waiting_elsewhere = false;
    for org in items(scenario, "organizations") {
        let (mut result, effective, agm) = evaluate_org(plan, version, &users, actor, org);
        if effective == "scim" {
            let pairs: Vec<(String, String)> = result
                .users
                .iter()
                .filter(|o| o.status == "member")
                .filter_map(|o| Some((o.email.clone(), signs_in_elsewhere(&o.email)?)))
                .collect();
            waiting_elsewhere = waiting_elsewhere
                || result
                    .users
                    .iter()
                    .any(|o| o.status == "not_added" && signs_in_elsewhere(&o.email).is_some());
            if !pairs.is_empty() {
                cannot_sign_in = true;
                let params = json!({"idp": idp, "pairs": pairs
                    .iter()
                    .map(|(email, sso)| json!({"email": email, "sso_email": sso}))
                    .collect::<Vec<_>>()});
                let subjects = pairs.into_iter().map(|(email, _)| email).collect();
                raise(&mut result.findings, "SSO_EMAIL_MISMATCH", subjects, params);
            }
        }
        if let Some(limit) = scenario.get("max_removals").filter(|_| version >= 2) {
            removal_threshold(&mut result, org, actor, limit);
        }
        if effective == "scim" {
            in_scim.push(result.id.clone());
        } else {
            not_scim = true;
        }
        provisions = provisions || effective != "manual";
        agm_somewhere = agm_somewhere || agm;
        let stated = org
            .get("provisioning")
            .and_then(|p| text(p, "mode"))
            .is_some();
        every_mode_stated = every_mode_stated && stated;
        // Errors (CONTRACT.md §2, findings table); SEAT_SHORTFALL is a warning under JIT.
        for f in &result.findings {
            let error = match f.code.as_str() {
                "SCIM_NOT_ELIGIBLE"
                | "NO_PRIVILEGED_GROUP"
                | "ACTOR_LOSES_ACCESS"
                | "SSO_EMAIL_MISMATCH"
                | "REMOVAL_THRESHOLD" => true,
                "SEAT_SHORTFALL" => effective != "jit",
                _ => false,
            };
            save_blocked = save_blocked || error;
        }
        summary.organizations.push(result);
    }
    let subjects = in_scim.clone();
    // R8: SCIM chosen (and eligible) but directory sync not connected.
    let connected = flag(directory, "scim_connected").unwrap_or(false);
    if !in_scim.is_empty() && !connected {
        raise(
            &mut summary.findings,
            "SCIM_NOT_CONNECTED",
            subjects.clone(),
            json!({}),
        );
        save_blocked = true;
    }
    // R9: more than one organization in SCIM.
    if in_scim.len() > 1 {
        raise(
            &mut summary.findings,
            "SCIM_FANOUT",
            subjects.clone(),
            json!({}),
        );
    }
    // §8: the notes about the whole scenario. R9: SCIM reaches only the organizations in
    // SCIM; R8: outcomes shown as they will be once sync is connected; R20: no actor named
    // while some organization uses JIT or SCIM.
    if !in_scim.is_empty() && not_scim {
        summary.notes.push(note(None, "scim_connected_orgs"));
    }
    if !in_scim.is_empty() && !connected {
        summary
            .notes
            .push(note(None, "scim_outcomes_once_connected"));
    }
    if actor.is_none() && provisions {
        summary.notes.push(note(None, "no_actor"));
    }
    summary.notes.sort();
    // R24: Entra and some organization in SCIM.
    if text(directory, "idp") == Some("entra") && !in_scim.is_empty() {
        raise(
            &mut summary.findings,
            "ENTRA_SYNC_DELAY",
            subjects.clone(),
            json!({}),
        );
    }

    // §6: the checklist.
    let anywhere = |wanted: &[&str]| {
        summary
            .organizations
            .iter()
            .flat_map(|o| o.findings.iter())
            .any(|f| wanted.contains(&f.code.as_str()))
    };
    let done_or_todo = |todo: bool| if todo { "todo" } else { "done" };
    let connect = if in_scim.is_empty() {
        "skip"
    } else {
        done_or_todo(!connected)
    };
    // R12, R19, R20, R22.
    let set_mode = done_or_todo(anywhere(&[
        "MEMBERS_REMOVED_ON_SAVE",
        "MEMBERS_BLOCKED",
        "NO_PRIVILEGED_GROUP",
        "ACTOR_LOSES_ACCESS",
        "UNASSIGNED_IN_GROUP",
    ]));
    // R19, R20, R21.
    let assign = if agm_somewhere {
        done_or_todo(anywhere(&[
            "NO_PRIVILEGED_GROUP",
            "ACTOR_LOSES_ACCESS",
            "UNKNOWN_GROUP",
        ]))
    } else {
        "skip"
    };
    let map = if agm_somewhere { "done" } else { "skip" };
    let save = if save_blocked { "blocked" } else { "ready" };
    // R26, under guide step 2.
    let sign_in = match (in_scim.is_empty(), cannot_sign_in, waiting_elsewhere) {
        (true, _, _) => "skip",
        (false, true, _) => "blocked",
        (false, false, waiting) => done_or_todo(waiting),
    };
    let steps = [
        ("prerequisites", "todo"),
        ("choose_mode", done_or_todo(!every_mode_stated)),
        ("connect_directory", connect),
        ("match_sign_in_email", sign_in),
        ("set_mode", set_mode),
        ("assign_groups", assign),
        ("map_groups", map),
        ("save", save),
    ];
    summary.checklist = steps
        .iter()
        .map(|(id, status)| ((*id).to_owned(), (*status).to_owned()))
        .collect();
    summary
}

fn evaluate_org(
    plan: &str,
    version: u64,
    users: &[Person],
    actor: Option<&str>,
    org: &Value,
) -> (OrgSummary, &'static str, bool) {
    let id = text(org, "id").unwrap_or_default().to_owned();
    let product = text(org, "product").unwrap_or_default();
    let claude = product == "claude";
    let tiers: Vec<&str> = if claude { plan_tiers(plan) } else { vec![] };
    let privileged = if claude { "owner" } else { "admin" };

    let prov = org.get("provisioning");
    let mode = prov.and_then(|p| text(p, "mode")).unwrap_or("manual");
    let gm = prov.and_then(|p| p.get("group_mappings"));
    let enabled = gm.and_then(|g| flag(g, "enabled")).unwrap_or(false);
    let role_map = mappings(gm, "roles");
    let tier_map = mappings(gm, "seat_tiers");
    let precedence = gm
        .and_then(|g| g.get("role_precedence"))
        .map(strings)
        .unwrap_or_else(|| default_precedence(product, version));
    // R3: `default_precedence` is noted only where the scenario sets no list of its own.
    let precedence_given = gm.and_then(|g| g.get("role_precedence")).is_some();
    let mut members: Vec<MemberNow> = items(org, "members")
        .into_iter()
        .map(|m| MemberNow {
            email: text(m, "email").unwrap_or_default().to_owned(),
            role: text(m, "role").unwrap_or_default().to_owned(),
            seat_tier: text(m, "seat_tier").map(str::to_owned),
            // R27: only in version 2, and only on the Claude organization's Owner (input
            // errors otherwise).
            primary_owner: version >= 2 && flag(m, "primary_owner").unwrap_or(false),
        })
        .collect();
    // R5: an organization that lists no members is new, with the actor as its Owner (Claude)
    // or Admin (Console), holding a seat of unknown tier.
    let assumed = members.is_empty() && actor.is_some();
    if let (true, Some(actor)) = (members.is_empty(), actor) {
        members.push(MemberNow {
            email: actor.to_owned(),
            role: privileged.to_owned(),
            seat_tier: None,
            primary_owner: false,
        });
    }
    let seats: Option<BTreeMap<String, i64>> =
        org.get("seats").and_then(Value::as_object).map(|m| {
            m.iter()
                .map(|(t, n)| (t.clone(), n.as_i64().unwrap_or(0)))
                .collect()
        });

    // R7: SCIM is not allowed on a Team plan (Claude or Console); then evaluated as manual.
    let scim_eligible = plan != "team";
    let effective: &'static str = match mode {
        "jit" => "jit",
        "scim" if scim_eligible => "scim",
        _ => "manual",
    };
    // R6: AGM in effect = enabled and the effective mode is jit or scim.
    let agm = enabled && effective != "manual";
    // R16: seat-tier mappings apply on a Claude organization that is not single-seat.
    let tiers_mappable = claude && plan != SINGLE_SEAT;
    // R15: members in no seat-tier group take the default tier once the mappings (in effect)
    // name at least one seat-tier group.
    let tier_group_named = tier_map.iter().any(|(_, gs)| !gs.is_empty());
    let members_default = agm && tiers_mappable && tier_group_named;

    // People: directory users in directory order, then members not in the directory (not
    // assigned, in no group), in member order.
    let mut people: Vec<Person> = users.to_vec();
    for m in &members {
        if !people.iter().any(|p| same_email(&p.email, &m.email)) {
            people.push(Person {
                email: m.email.clone(),
                sso_email: None,
                assigned: false,
                groups: Vec::new(),
            });
        }
    }

    // R27: the Primary Owner (version 2), a member of this (Claude) organization.
    let is_primary_owner = |email: &str| {
        members
            .iter()
            .any(|m| m.primary_owner && same_email(&m.email, email))
    };

    let mut findings: Vec<Finding> = Vec::new();
    let mut work: Vec<Work> = Vec::new();
    // §8, for the notes: some user's groups map two or more roles (R3) or two tiers (R1), or
    // map a seat tier but no role (R11); R17's movers.
    let (mut several_roles, mut several_tiers, mut seat_group_only) = (false, false, false);
    // R27: the email of the Primary Owner and what provisioning would have done to them,
    // where the exemption changed it.
    let mut exempted: Option<(String, Value)> = None;
    for p in &people {
        let member = members.iter().find(|m| same_email(&m.email, &p.email));
        // R27: the Primary Owner's groups decide nothing, so they count for none of R11's
        // findings and notes.
        let is_primary_owner = member.is_some_and(|m| m.primary_owner);
        // Roles and tiers mapped to the user's groups (only while AGM is in effect).
        let mut my_roles: Vec<String> = Vec::new();
        let mut my_tiers: Vec<String> = Vec::new();
        if agm {
            for (role, groups) in &role_map {
                if groups.iter().any(|g| p.groups.contains(g)) {
                    my_roles.push(role.clone());
                }
            }
            if tiers_mappable {
                for tier in &tiers {
                    let mapped = tier_map.iter().any(|(t, groups)| {
                        t == tier && groups.iter().any(|g| p.groups.contains(g))
                    });
                    if mapped {
                        my_tiers.push((*tier).to_owned());
                    }
                }
            }
        }
        // §3: in scope = assigned (and, with AGM, in a group mapped to a role or a tier).
        let in_scope = p.assigned && (!agm || !my_roles.is_empty() || !my_tiers.is_empty());
        // R27: the Primary Owner's groups decide nothing, so they give no note.
        if in_scope && !is_primary_owner {
            several_roles = several_roles || my_roles.len() > 1;
            several_tiers = several_tiers || my_tiers.len() > 1;
            seat_group_only = seat_group_only || (agm && my_roles.is_empty());
        }

        let mut w = Work {
            email: p.email.clone(),
            status: "out_of_scope",
            role: None,
            current_role: member.map(|m| m.role.clone()),
            // R16: on single-seat Enterprise a member listed without a tier holds its one seat.
            current_tier: member.and_then(|m| {
                m.seat_tier
                    .clone()
                    .or_else(|| (claude && tiers.len() == 1).then(|| tiers[0].to_owned()))
            }),
            seat: None,
            need: SeatNeed::Nothing,
            new: member.is_none(),
            default_seat: false,
            default_role: false,
            role_source: None,
            named: None,
            in_scope,
            primary_owner: is_primary_owner,
        };
        let keep = SeatNeed::Keep(w.current_tier.clone());
        // R10's table.
        match (effective, member, in_scope) {
            ("manual", Some(m), _) => {
                w.status = "member";
                w.role = Some(m.role.clone());
                w.role_source = Some("existing".into());
                w.need = keep;
            }
            ("manual", None, _) | (_, None, false) => {}
            ("jit", Some(m), false) => {
                w.status = "blocked";
                w.role = Some(m.role.clone());
                w.role_source = Some("existing".into());
                w.need = keep;
            }
            (_, Some(_), false) => w.status = "removed",
            (_, _, true) => {
                w.status = if effective == "jit" && member.is_none() {
                    "pending_login"
                } else {
                    "member"
                };
                w.role = Some(if agm {
                    if my_roles.is_empty() {
                        // R11: in scope through a seat-tier group only.
                        w.default_role = true;
                        w.role_source = Some("default".into());
                        "user".to_owned()
                    } else {
                        let (role, tops) = highest_role(product, &my_roles, &precedence);
                        if tops.len() > 1 && !is_primary_owner {
                            // R11: one per user, the two roles sorted, and the one given.
                            let mut roles = tops.clone();
                            roles.sort();
                            raise(
                                &mut findings,
                                "ROLE_AMBIGUOUS",
                                vec![p.email.clone()],
                                json!({"roles": roles, "chosen": role}),
                            );
                        }
                        w.role_source = first_group(&p.groups, &groups_of(&role_map, &role))
                            .map(|g| format!("group:{g}"));
                        role
                    }
                } else if let Some(m) = member {
                    // Without AGM: a member keeps the role; a new user gets `user`.
                    w.role_source = Some("existing".into());
                    m.role.clone()
                } else {
                    w.role_source = Some("default".into());
                    "user".to_owned()
                });
                // R14: the highest tier mapped to the user's groups.
                let named = my_tiers.first().cloned();
                w.named = named.as_ref().and_then(|t| {
                    first_group(&p.groups, &groups_of(&tier_map, t)).map(|g| (t.clone(), g))
                });
                w.need = match (member, named) {
                    (Some(_), Some(t)) if w.current_tier.as_deref() != Some(t.as_str()) => {
                        SeatNeed::Move {
                            from: w.current_tier.clone(),
                            to: t,
                        }
                    }
                    (Some(_), None) if members_default && w.current_tier.is_some() => {
                        SeatNeed::DefaultMember(w.current_tier.clone().unwrap_or_default())
                    }
                    (Some(_), _) => keep,
                    (None, Some(t)) => SeatNeed::Named(t),
                    (None, None) => SeatNeed::Default,
                };
            }
        }
        if !claude {
            w.need = SeatNeed::Nothing;
        }
        if let (true, Some(m)) = (is_primary_owner, member) {
            // R27: what provisioning would have done to them. Removed or blocked (R12);
            // another role (R11); another tier: the one their groups name (R14), or, where
            // they would take the default tier (R15), the highest tier when they hold a lower
            // one. `role` is null where removed, `seat_tier` null where no tier would change.
            let moved_to = match &w.need {
                SeatNeed::Move { to, .. } => Some(to.clone()),
                SeatNeed::DefaultMember(held) => tiers
                    .first()
                    .filter(|highest| *highest != held)
                    .map(|t| (*t).to_owned()),
                _ => None,
            };
            let role = if w.status == "removed" {
                None
            } else {
                w.role.clone()
            };
            let changed = w.status != "member" || role.as_deref() != Some(m.role.as_str());
            if changed || moved_to.is_some() {
                exempted = Some((
                    w.email.clone(),
                    json!({"status": w.status, "role": role, "seat_tier": moved_to}),
                ));
            }
            // Kept as they are in every mode: a member with their role (Owner) and the seat
            // they hold, like any member kept (R17 counts it).
            w.status = "member";
            w.role = Some(m.role.clone());
            w.role_source = Some("existing".into());
            w.need = SeatNeed::Keep(w.current_tier.clone());
            w.default_role = false;
            w.named = None;
        }
        work.push(w);
    }

    // R17: hand out seats.
    let capacity = seats.is_some();
    let purchased =
        |t: &str| -> i64 { seats.as_ref().and_then(|s| s.get(t).copied()).unwrap_or(0) };
    let mut held: BTreeMap<String, i64> = BTreeMap::new();
    let mut unmet: BTreeMap<String, i64> = BTreeMap::new();
    for t in &tiers {
        held.insert((*t).to_owned(), 0);
        unmet.insert((*t).to_owned(), 0);
    }
    let free = |held: &BTreeMap<String, i64>, t: &str| -> bool {
        !capacity || purchased(t) - held.get(t).copied().unwrap_or(0) > 0
    };
    fn add(map: &mut BTreeMap<String, i64>, t: &str, n: i64) {
        if let Some(x) = map.get_mut(t) {
            *x += n;
        }
    }
    // §8, `tier_changes_first`: the serving order can matter when a member moves to another
    // tier (R14 now, or R15 below), or new users with a named tier and new users taking the
    // default tier compete.
    let has_need = |f: fn(&SeatNeed) -> bool| work.iter().any(|w| f(&w.need));
    let mut order_matters = has_need(|n| matches!(n, SeatNeed::Move { .. }))
        || (has_need(|n| matches!(n, SeatNeed::Named(_)))
            && has_need(|n| matches!(n, SeatNeed::Default)));
    // 1. Seats held now stay held, movers' included; removed members gave theirs back.
    for w in &work {
        match &w.need {
            SeatNeed::Keep(Some(t))
            | SeatNeed::Move { from: Some(t), .. }
            | SeatNeed::DefaultMember(t) => {
                add(&mut held, t, 1);
            }
            _ => {}
        }
    }
    for w in &mut work {
        match &w.need {
            SeatNeed::Keep(t) => w.seat = t.clone(),
            SeatNeed::DefaultMember(t) => {
                w.seat = Some(t.clone());
                w.default_seat = true;
            }
            _ => {}
        }
    }
    // 2. Movers, in list order, in repeated passes until a pass moves nobody.
    let mut waiting: Vec<usize> = (0..work.len())
        .filter(|i| matches!(work[*i].need, SeatNeed::Move { .. }))
        .collect();
    loop {
        let mut moved = false;
        let mut still = Vec::new();
        for i in waiting {
            let SeatNeed::Move { from, to } = work[i].need.clone() else {
                continue;
            };
            if free(&held, &to) {
                add(&mut held, &to, 1);
                if let Some(f) = &from {
                    add(&mut held, f, -1);
                }
                work[i].seat = Some(to);
                moved = true;
            } else {
                still.push(i);
            }
        }
        waiting = still;
        if !moved {
            break;
        }
    }
    for i in waiting {
        // A mover whose new tier is still full keeps the old seat; counted toward the new
        // tier's shortfall only.
        if let SeatNeed::Move { from, to } = work[i].need.clone() {
            work[i].seat = from;
            add(&mut unmet, &to, 1);
        }
    }
    // 3. New users whose groups name a tier, in directory order: that tier only.
    for w in &mut work {
        if let SeatNeed::Named(t) = w.need.clone() {
            if free(&held, &t) {
                add(&mut held, &t, 1);
                w.seat = Some(t);
            } else {
                w.status = "not_added";
                add(&mut unmet, &t, 1);
            }
        }
    }
    // 4. New users taking the default tier, in directory order: the highest with a free seat.
    for w in &mut work {
        if w.need == SeatNeed::Default {
            match tiers.iter().find(|t| free(&held, t)) {
                Some(t) => {
                    add(&mut held, t, 1);
                    w.seat = Some((*t).to_owned());
                    w.default_seat = true;
                }
                None => {
                    w.status = "not_added";
                    if let Some(lowest) = tiers.last() {
                        add(&mut unmet, lowest, 1);
                    }
                }
            }
        }
    }

    // 5. Members taking the default tier (R15), last and only once nobody waits for a seat:
    // in directory order, each moves up to the highest tier with a free seat above the one
    // held, in repeated passes until a pass moves nobody.
    let someone_waits = unmet.values().any(|n| *n > 0);
    let mut passes = !someone_waits;
    while passes {
        let mut moved = false;
        for w in &mut work {
            let SeatNeed::DefaultMember(now) = w.need.clone() else {
                continue;
            };
            let above: Vec<&str> = tiers.iter().copied().take_while(|t| *t != now).collect();
            if let Some(t) = above.iter().find(|t| free(&held, t)) {
                add(&mut held, t, 1);
                add(&mut held, &now, -1);
                w.seat = Some((*t).to_owned());
                w.need = SeatNeed::DefaultMember((*t).to_owned());
                moved = true;
            }
        }
        order_matters = order_matters || moved;
        passes = moved;
    }

    let mut seat_table = BTreeMap::new();
    let mut total_shortfall = 0;
    for t in &tiers {
        let h = held.get(*t).copied().unwrap_or(0).max(0);
        // Users pending sign-in (JIT) hold no seat right after saving: they take it then.
        let pending = work
            .iter()
            .filter(|w| w.status == "pending_login" && w.seat.as_deref() == Some(*t))
            .count();
        let pending = i64::try_from(pending).unwrap_or(0);
        // Seats held or taken beyond the purchase count as shortfall too.
        let shortfall = if capacity {
            unmet.get(*t).copied().unwrap_or(0) + (h - purchased(t)).max(0)
        } else {
            0
        };
        total_shortfall += shortfall;
        seat_table.insert(
            (*t).to_owned(),
            (
                u64::try_from(h - pending).unwrap_or(0),
                u64::try_from(pending).unwrap_or(0),
                u64::try_from(shortfall).unwrap_or(0),
            ),
        );
    }

    // Outcomes: a user left `not_added` has no role and no seat; R25 for the changes.
    let mut outcomes = Vec::new();
    for w in &work {
        let (role, seat) = match w.status {
            "member" | "pending_login" | "blocked" => (w.role.clone(), w.seat.clone()),
            _ => (None, None),
        };
        let change = match w.status {
            "removed" => "remove",
            "member" | "pending_login" if w.new => "add",
            "member" | "pending_login" => {
                let role_changed = role != w.current_role;
                let tier_changed = w.current_tier.is_some() && seat != w.current_tier;
                if role_changed || tier_changed {
                    "update"
                } else {
                    "none"
                }
            }
            _ => "none",
        };
        let takes_effect = match (change, effective) {
            ("none", _) => None,
            (_, "jit") if w.status != "removed" => Some("next_sign_in"),
            _ => Some("on_save"),
        };
        // §8: a tier the user's groups name and that the user got comes from the group; the
        // default tier (R15, R16) is `default`; anything else is the seat held now.
        let seat_source = if !claude || role.is_none() {
            None
        } else {
            match (&w.named, &w.need) {
                (Some((t, g)), _) if seat.as_deref() == Some(t.as_str()) => {
                    Some(format!("group:{g}"))
                }
                (_, SeatNeed::Default | SeatNeed::DefaultMember(_)) => Some("default".to_owned()),
                _ => Some("existing".to_owned()),
            }
        };
        outcomes.push(Outcome {
            email: w.email.clone(),
            status: w.status.to_owned(),
            role: role.clone(),
            seat_tier: if claude { seat } else { None },
            change: change.to_owned(),
            takes_effect: takes_effect.map(str::to_owned),
            role_source: role.and(w.role_source.clone()),
            seat_source,
            primary_owner: w.primary_owner,
        });
    }
    // Emails of the users with a given status, in user order.
    let with_status = |status: &str| -> Vec<String> {
        outcomes
            .iter()
            .filter(|o| o.status == status)
            .map(|o| o.email.clone())
            .collect()
    };

    // Findings of the organization, in the order of the contract's table.
    if mode == "scim" && !scim_eligible {
        // R7
        raise(
            &mut findings,
            "SCIM_NOT_ELIGIBLE",
            vec![id.clone()],
            json!({"plan": plan, "product": product}),
        );
    }
    if enabled && effective == "manual" {
        raise(&mut findings, "AGM_NO_EFFECT", vec![id.clone()], json!({})); // R6
    }
    // R11: listed only when the role is given (not to a user left waiting for a seat).
    let defaulted: Vec<String> = work
        .iter()
        .filter(|w| w.default_role && w.status != "not_added")
        .map(|w| w.email.clone())
        .collect();
    if !defaulted.is_empty() {
        raise(&mut findings, "ROLE_DEFAULTED", defaulted, json!({}));
    }
    let removed = with_status("removed");
    if !removed.is_empty() {
        raise(&mut findings, "MEMBERS_REMOVED_ON_SAVE", removed, json!({})); // R12
    }
    let blocked = with_status("blocked");
    if !blocked.is_empty() {
        raise(&mut findings, "MEMBERS_BLOCKED", blocked, json!({})); // R12
    }
    let role_groups: Vec<&String> = role_map.iter().flat_map(|(_, gs)| gs.iter()).collect();
    let tier_groups: Vec<&String> = tier_map.iter().flat_map(|(_, gs)| gs.iter()).collect();
    let any_mapping = !role_groups.is_empty() || !tier_groups.is_empty();
    if !enabled && any_mapping {
        // R13: every mapped group.
        let all = sorted_groups(role_groups.iter().chain(&tier_groups).copied());
        raise(&mut findings, "MAPPINGS_IGNORED", all, json!({}));
    }
    // R15: the users given a default tier, counted per tier.
    let defaults: Vec<&Work> = work
        .iter()
        .filter(|w| w.default_seat && w.status != "not_added")
        .collect();
    if tiers_mappable && !defaults.is_empty() {
        let mut per_tier = Map::new();
        for t in &tiers {
            let n = defaults
                .iter()
                .filter(|w| w.seat.as_deref() == Some(*t))
                .count();
            if n > 0 {
                per_tier.insert((*t).to_owned(), json!(n));
            }
        }
        let emails = defaults.iter().map(|w| w.email.clone()).collect();
        raise(
            &mut findings,
            "DEFAULT_SEAT_TIER",
            emails,
            json!({"count": defaults.len(), "tiers": per_tier}),
        );
    }
    if !tiers_mappable && !tier_groups.is_empty() {
        // R16
        let groups = sorted_groups(tier_groups.iter().copied());
        raise(
            &mut findings,
            "SEAT_TIER_MAPPING_NOT_APPLICABLE",
            groups,
            json!({}),
        );
    }
    if capacity && total_shortfall > 0 {
        // R17: the users left out and the movers kept on their old seat; seats to buy per tier.
        let waiting: Vec<String> = work
            .iter()
            .filter(|w| match &w.need {
                SeatNeed::Move { to, .. } => w.seat.as_deref() != Some(to.as_str()),
                _ => w.status == "not_added",
            })
            .map(|w| w.email.clone())
            .collect();
        let mut to_buy = Map::new();
        for (t, (_, _, short)) in &seat_table {
            if *short > 0 {
                to_buy.insert(t.clone(), json!(short));
            }
        }
        raise(
            &mut findings,
            "SEAT_SHORTFALL",
            waiting,
            json!({"tiers": to_buy}),
        );
    }
    if agm {
        // R19: some group mapped to Owner/Admin holds an assigned directory user.
        let privileged_groups = groups_of(&role_map, privileged);
        let populated = privileged_groups
            .iter()
            .any(|g| users.iter().any(|u| u.assigned && u.groups.contains(g)));
        if !populated {
            raise(
                &mut findings,
                "NO_PRIVILEGED_GROUP",
                sorted_groups(&privileged_groups),
                json!({"role": privileged}),
            );
        }
    }
    // R20: watches the Owner or Admin role the actor holds now (Owner or Admin on Claude, Admin
    // on Console; where nobody was listed, the one they are taken to hold, above); not in
    // manual. Ending lower than that role, or without access, loses it.
    if let Some(actor) = actor {
        let actor_member = members.iter().find(|m| same_email(&m.email, actor));
        let held: Option<&str> = actor_member
            .map(|m| m.role.as_str())
            .filter(|r| *r == privileged || *r == "admin");
        let ends = outcomes.iter().find(|o| same_email(&o.email, actor));
        // R27: an actor who is the Primary Owner keeps Owner, so never loses access here.
        let exempt = is_primary_owner(actor);
        if let (Some(held), true, false) = (held, effective != "manual", exempt) {
            let lost = if agm {
                match ends {
                    None => true,
                    Some(o) => {
                        let kept = o
                            .role
                            .as_deref()
                            .is_some_and(|r| r == held || above(product, r, held));
                        !kept
                            || ["removed", "blocked", "not_added", "out_of_scope"]
                                .contains(&o.status.as_str())
                    }
                }
            } else {
                !users
                    .iter()
                    .any(|u| same_email(&u.email, actor) && u.assigned)
            };
            if lost {
                // The role and status the actor would end with; an actor nobody lists is
                // neither a member nor provisioned: `out_of_scope`.
                raise(
                    &mut findings,
                    "ACTOR_LOSES_ACCESS",
                    vec![actor.to_owned()],
                    json!({
                        "role": ends.and_then(|o| o.role.clone()),
                        "status": ends.map_or("out_of_scope", |o| o.status.as_str()),
                    }),
                );
            }
        }
    }
    if agm {
        // R21–R23 look at role mappings, and at seat-tier mappings where tiers are mappable.
        let mut mapped: Vec<&String> = role_groups.clone();
        if tiers_mappable {
            mapped.extend(tier_groups.iter().copied());
        }
        let directory_groups: Vec<&String> = users.iter().flat_map(|u| u.groups.iter()).collect();
        let unknown = sorted_groups(
            mapped
                .iter()
                .copied()
                .filter(|g| !directory_groups.contains(g)),
        );
        if !unknown.is_empty() {
            // R21: each unknown name → the directory groups that differ from it only in case.
            let mut case_mismatch = Map::new();
            for g in &unknown {
                let twins = sorted_groups(
                    directory_groups
                        .iter()
                        .copied()
                        .filter(|d| d.to_lowercase() == g.to_lowercase()),
                );
                if !twins.is_empty() {
                    case_mismatch.insert(g.clone(), json!(twins));
                }
            }
            raise(
                &mut findings,
                "UNKNOWN_GROUP",
                unknown,
                json!({"case_mismatch": case_mismatch}),
            );
        }
        // R22: directory users in a mapped group who are not assigned, in user order.
        // R27: not the Primary Owner, whose groups decide nothing.
        let unassigned: Vec<String> = users
            .iter()
            .filter(|u| !u.assigned && u.groups.iter().any(|g| mapped.contains(&g)))
            .filter(|u| !is_primary_owner(&u.email))
            .map(|u| u.email.clone())
            .collect();
        if !unassigned.is_empty() {
            raise(&mut findings, "UNASSIGNED_IN_GROUP", unassigned, json!({}));
        }
        // R23: names without the `anthropic-` prefix, in any letter case.
        let unprefixed = sorted_groups(
            mapped
                .iter()
                .copied()
                .filter(|g| !g.to_lowercase().starts_with("anthropic-")),
        );
        if !unprefixed.is_empty() {
            let prefix = if claude {
                "anthropic-claude-"
            } else {
                "anthropic-console-"
            };
            raise(
                &mut findings,
                "GROUP_NAMING",
                unprefixed,
                json!({"prefix": prefix}),
            );
        }
    }
    // R5: in JIT or SCIM, the actor is a member with Owner (Claude) or Admin (Console).
    if let Some(actor) = actor {
        let actor_member = members.iter().find(|m| same_email(&m.email, actor));
        let privileged_now = actor_member.is_some_and(|m| m.role == privileged);
        if effective != "manual" && !privileged_now {
            raise(
                &mut findings,
                "ACTOR_NOT_PRIVILEGED",
                vec![actor.to_owned()],
                json!({"role": actor_member.map(|m| m.role.clone())}),
            );
        }
    }
    // R27: where the exemption changed what provisioning would have done.
    if let Some((email, params)) = &exempted {
        raise(
            &mut findings,
            "PRIMARY_OWNER_EXEMPT",
            vec![email.clone()],
            params.clone(),
        );
    }

    // §8: the notes about this organization.
    let raised = |code: &str| findings.iter().any(|f| f.code == code);
    // R15: someone ends with a default tier (a seat given, not waited for).
    let default_tier_taken = tiers_mappable && !defaults.is_empty();
    let holds_a_seat = work
        .iter()
        .any(|w| ["member", "blocked", "pending_login"].contains(&w.status));
    let keeps_known_tier = work
        .iter()
        .any(|w| w.in_scope && w.status == "member" && w.current_tier.is_some());
    let wanted = [
        // R5: the actor taken to be the one member of a new organization.
        (assumed, "new_organization"),
        (exempted.is_some(), "primary_owner_exempt"),
        // R3: the default list decided between roles that cannot be ranked.
        (
            raised("ROLE_AMBIGUOUS") && !precedence_given,
            "default_precedence",
        ),
        (!claude && several_roles, "console_ranking"),
        // R1: the order of the usage-based seat types decided a default tier or between two
        // mapped tiers.
        (
            plan == "enterprise_usage_based" && claude && (default_tier_taken || several_tiers),
            "usage_tier_order",
        ),
        (seat_group_only, "seat_group_scope"),
        (raised("MEMBERS_BLOCKED"), "jit_blocks_members"),
        (capacity && default_tier_taken, "highest_free_tier"),
        // R15: mappings in effect name no seat-tier group, and a member in scope keeps a
        // known tier.
        (
            agm && tiers_mappable && !tier_group_named && keeps_known_tier,
            "members_keep_tiers",
        ),
        (capacity && order_matters, "tier_changes_first"),
        // R17: no `seats`, but someone holds or gets a seat.
        (claude && !capacity && holds_a_seat, "capacity_not_checked"),
    ];
    let mut notes: Vec<Note> = wanted
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| note(Some(&id), n))
        .collect();
    notes.sort();

    // By code; `ROLE_AMBIGUOUS` keeps user order.
    findings.sort_by(|a, b| a.code.cmp(&b.code));

    (
        OrgSummary {
            id,
            users: outcomes,
            seats: seat_table,
            findings,
            notes,
        },
        effective,
        agm,
    )
}

// ---------------------------------------------------------------------------------------------
// The engine's side, and the comparison.

/// Projects an evaluation (the contract's JSON) onto a [`Summary`].
pub fn summarize(evaluation: &Value) -> Summary {
    let opt = |v: &Value| v.as_str().map(str::to_owned);
    let mut summary = Summary::default();
    for o in items(evaluation, "organizations") {
        let users = items(o, "users")
            .into_iter()
            .map(|u| Outcome {
                email: text(u, "email").unwrap_or_default().to_owned(),
                status: text(u, "status").unwrap_or_default().to_owned(),
                role: opt(&u["role"]),
                seat_tier: opt(&u["seat_tier"]),
                change: text(u, "change").unwrap_or_default().to_owned(),
                takes_effect: opt(&u["takes_effect"]),
                role_source: opt(&u["role_source"]),
                seat_source: opt(&u["seat_source"]),
                // Written `true`, or left out (CONTRACT.md §2, Users).
                primary_owner: u.get("primary_owner") == Some(&Value::Bool(true)),
            })
            .collect();
        let seats = o
            .get("seats")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(t, c)| {
                        let n = |k: &str| c.get(k).and_then(Value::as_u64).unwrap_or(u64::MAX);
                        (t.clone(), (n("assigned"), n("pending"), n("shortfall")))
                    })
                    .collect()
            })
            .unwrap_or_default();
        summary.organizations.push(OrgSummary {
            id: text(o, "id").unwrap_or_default().to_owned(),
            users,
            seats,
            findings: Vec::new(),
            notes: Vec::new(),
        });
    }
    for f in items(evaluation, "findings") {
        let finding = Finding {
            code: text(f, "code").unwrap_or_default().to_owned(),
            subjects: f.get("subjects").map(strings).unwrap_or_default(),
            params: f.get("params").cloned().unwrap_or(Value::Null),
        };
        match text(f, "organization") {
            None => summary.findings.push(finding),
            Some(id) => {
                if let Some(o) = summary.organizations.iter_mut().find(|o| o.id == id) {
                    o.findings.push(finding);
                }
            }
        }
    }
    // By code, as the reference lists them; `ROLE_AMBIGUOUS` keeps user order.
    summary.findings.sort_by(|a, b| a.code.cmp(&b.code));
    for o in &mut summary.organizations {
        o.findings.sort_by(|a, b| a.code.cmp(&b.code));
    }
    for n in items(evaluation, "notes") {
        let organization = text(n, "organization").map(str::to_owned);
        let note = Note {
            organization: organization.clone(),
            id: text(n, "id").unwrap_or_default().to_owned(),
            rule: text(n, "rule").unwrap_or_default().to_owned(),
            interpretation: flag(n, "interpretation").unwrap_or(false),
        };
        match organization {
            None => summary.notes.push(note),
            Some(id) => {
                if let Some(o) = summary.organizations.iter_mut().find(|o| o.id == id) {
                    o.notes.push(note);
                }
            }
        }
    }
    summary.notes.sort();
    for o in &mut summary.organizations {
        o.notes.sort();
    }
    summary.checklist = items(evaluation, "checklist")
        .into_iter()
        .map(|c| {
            (
                text(c, "id").unwrap_or_default().to_owned(),
                text(c, "status").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    summary
}

/// The engine's evaluation of scenario JSON (read as text, as the command line reads it),
/// projected onto a [`Summary`]; the input errors as text if it rejects the scenario.
pub fn engine(scenario: &Value) -> Result<Summary, String> {
    let parsed = provplan_core::Scenario::parse(&scenario.to_string()).map_err(|e| e.lines())?;
    let evaluation = crate::json_of(&provplan_core::evaluate(&parsed));
    Ok(summarize(&evaluation))
}

fn show(o: &Outcome) -> String {
    let s = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    format!(
        "{} role={} ({}) tier={} ({}) change={} effect={}{}",
        o.status,
        s(&o.role),
        s(&o.role_source),
        s(&o.seat_tier),
        s(&o.seat_source),
        o.change,
        s(&o.takes_effect),
        if o.primary_owner {
            " primary_owner"
        } else {
            ""
        }
    )
}

/// Where two lists of notes (sorted) differ.
fn compare_notes(place: &str, engine: &[Note], reference: &[Note], out: &mut Vec<String>) {
    if engine != reference {
        let show = |l: &[Note]| {
            l.iter()
                .map(|n| format!("{} ({}, {})", n.id, n.rule, n.interpretation))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push(format!(
            "{place} notes: engine [{}], reference [{}]",
            show(engine),
            show(reference)
        ));
    }
}

/// The codes whose subjects are emails (CONTRACT.md §2, the findings table).
const EMAIL_SUBJECTS: [&str; 13] = [
    "SSO_EMAIL_MISMATCH",
    "REMOVAL_THRESHOLD",
    "ROLE_DEFAULTED",
    "ROLE_AMBIGUOUS",
    "MEMBERS_REMOVED_ON_SAVE",
    "MEMBERS_BLOCKED",
    "DEFAULT_SEAT_TIER",
    "SEAT_SHORTFALL",
    "ACTOR_LOSES_ACCESS",
    "UNASSIGNED_IN_GROUP",
    "LOOKALIKE_EMAILS",
    "ACTOR_NOT_PRIVILEGED",
    "PRIMARY_OWNER_EXEMPT",
];

/// Where two lists of findings (of one organization, or of the whole scenario) differ: the
/// codes first, then, code by code, the subjects and params of each finding.
fn compare_findings(place: &str, engine: &[Finding], reference: &[Finding], out: &mut Vec<String>) {
    let (e_codes, r_codes) = (codes(engine), codes(reference));
    if e_codes != r_codes {
        let only_e: Vec<&String> = e_codes.difference(&r_codes).collect();
        let only_r: Vec<&String> = r_codes.difference(&e_codes).collect();
        out.push(format!(
            "{place} findings: only the engine {only_e:?}, only the reference {only_r:?}"
        ));
    }
    for code in e_codes.intersection(&r_codes) {
        // Emails are identities, compared without regard to letter case (see the users
        // below); group names and organization ids are compared exactly.
        let emails = EMAIL_SUBJECTS.contains(&code.as_str());
        let of = |list: &[Finding]| -> Vec<(Vec<String>, Value)> {
            list.iter()
                .filter(|f| &f.code == code)
                .map(|f| {
                    let subjects = f
                        .subjects
                        .iter()
                        .map(|s| if emails { s.to_lowercase() } else { s.clone() })
                        .collect();
                    (subjects, f.params.clone())
                })
                .collect()
        };
        let (e, r) = (of(engine), of(reference));
        if e != r {
            let show = |l: &[(Vec<String>, Value)]| {
                l.iter()
                    .map(|(s, p)| format!("{s:?} {p}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            out.push(format!(
                "{place} {code} subjects and params: engine {}, reference {}",
                show(&e),
                show(&r)
            ));
        }
    }
}

/// Where two summaries differ, one line each (empty: they agree).
pub fn compare(engine: &Summary, reference: &Summary) -> Vec<String> {
    let mut out = Vec::new();
    compare_findings("scenario", &engine.findings, &reference.findings, &mut out);
    compare_notes("scenario", &engine.notes, &reference.notes, &mut out);
    if engine.checklist != reference.checklist {
        out.push(format!(
            "checklist: engine {:?}, reference {:?}",
            engine.checklist, reference.checklist
        ));
    }
    if engine.organizations.len() != reference.organizations.len() {
        out.push(format!(
            "organizations: engine {}, reference {}",
            engine.organizations.len(),
            reference.organizations.len()
        ));
    }
    for (e, r) in engine.organizations.iter().zip(&reference.organizations) {
        let id = &r.id;
        if e.id != r.id {
            out.push(format!(
                "organization id: engine {}, reference {}",
                e.id, r.id
            ));
        }
        if e.users.len() != r.users.len() {
            out.push(format!(
                "{id}: engine lists {} users, reference {}",
                e.users.len(),
                r.users.len()
            ));
        }
        for (eu, ru) in e.users.iter().zip(&r.users) {
            // Emails are identities, compared without regard to letter case: a person not in
            // the directory whom two organizations write differently may be shown with either
            // spelling ("as written in the scenario").
            let same_person = same_email(&eu.email, &ru.email);
            let lower = |o: &Outcome| Outcome {
                email: o.email.to_lowercase(),
                ..o.clone()
            };
            if !same_person || lower(eu) != lower(ru) {
                out.push(format!(
                    "{id}: engine {} {} | reference {} {}",
                    eu.email,
                    show(eu),
                    ru.email,
                    show(ru)
                ));
            }
        }
        if e.seats != r.seats {
            out.push(format!(
                "{id} seats (assigned, pending, shortfall): engine {:?}, reference {:?}",
                e.seats, r.seats
            ));
        }
        compare_findings(id, &e.findings, &r.findings, &mut out);
        compare_notes(id, &e.notes, &r.notes, &mut out);
    }
    out
}

/// Runs the engine and the reference on a valid scenario; lists where they disagree.
pub fn differences(scenario: &Value) -> Vec<String> {
    match engine(scenario) {
        Ok(e) => compare(&e, &evaluate(scenario)),
        Err(errors) => vec![format!("the engine rejects the scenario:\n{errors}")],
    }
}

// ---------------------------------------------------------------------------------------------
// Sketches: small abstract scenarios that always build valid scenarios.

/// The plans, in R1 order.
pub const PLANS: [&str; 5] = [
    "team",
    "enterprise_seat_based",
    "enterprise_usage_based",
    "enterprise_usage_based_single_seat",
    "console_only",
];
/// Every seat tier id (a Console organization may map any of them, with R16's warning).
pub const TIERS: [&str; 5] = [
    "premium",
    "standard",
    "chat_claude_code",
    "chat",
    "enterprise",
];
pub const MODES: [&str; 3] = ["manual", "jit", "scim"];
/// Group names: twins in other letter case, the guide's prefixes in any case, a space.
pub const GROUPS: [&str; 8] = [
    "g0",
    "g1",
    "G1",
    "anthropic-claude-a",
    "Anthropic-Console-B",
    "anthropic-x",
    "team b",
    "ghost",
];
/// People not in the directory that members may name.
pub const EXTRA_PEOPLE: usize = 3;

/// A scenario as a few small numbers. Every value builds a valid scenario: indexes wrap,
/// duplicates are dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sketch {
    pub plan: u8,
    pub entra: bool,
    pub scim_connected: Option<bool>,
    pub users: Vec<UserSketch>,
    /// Whether the first organization is the Claude one (never on `console_only`).
    pub claude_first: bool,
    pub orgs: Vec<OrgSketch>,
    /// A directory user, a person only members name, or someone nobody knows.
    pub actor: Option<u8>,
    /// Scenario format version 2 (CONTRACT.md §1.1): the role `limited_developer` and a
    /// Primary Owner may appear.
    pub version2: bool,
    /// Version 2: which member of the Claude organization is its Primary Owner (R27), made an
    /// Owner if they are not one: an even number picks among the members who are directory
    /// users (where there are any), an odd one among all; from 128 up, the member listed
    /// after them is marked `"primary_owner": false` as well.
    pub primary_owner: Option<u8>,
    /// The actor is the Primary Owner (their email as the member list writes it).
    pub actor_is_primary_owner: bool,
    /// Version 2, R28: the removal limit: below 128, that number of people modulo 8; from 128
    /// up, a percentage (modulo 101).
    pub max_removals: Option<u8>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserSketch {
    pub assigned: Option<bool>,
    /// A mask over [`GROUPS`].
    pub groups: u8,
    /// The email written with capitals.
    pub upper: bool,
    pub name: bool,
    /// Version 2, R26: the address the user's SSO sends: 0 none (the same), 1 the email
    /// exactly, 2 the email in other letter case, 3 another address.
    pub sso: u8,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgSketch {
    pub mode: Option<u8>,
    pub agm: Option<bool>,
    /// Per role of the product (catalogue order): a mask over [`GROUPS`].
    pub roles: Vec<u8>,
    /// Per tier the organization may map: a mask over [`GROUPS`].
    pub tiers: Vec<u8>,
    /// One of the precedence lists that agree with R3.
    pub precedence: Option<u8>,
    pub members: Vec<MemberSketch>,
    /// Purchased seats per tier of the plan; `None` in the list leaves the tier out.
    pub seats: Option<Vec<Option<u8>>>,
    pub name: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberSketch {
    /// A directory user, or past the directory a person not in it.
    pub person: u8,
    pub role: u8,
    pub tier: Option<u8>,
    /// The email written in capitals (it must still match the directory's).
    pub upper: bool,
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list.get(usize::from(i) % list.len().max(1))
        .copied()
        .unwrap_or_default()
}

fn group_names(mask: u8) -> Vec<&'static str> {
    GROUPS
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, g)| *g)
        .collect()
}

fn person_email(i: usize, directory: usize, upper: bool) -> String {
    let email = if i < directory {
        format!("user{i}@x.com")
    } else {
        format!("extra{}@x.com", (i - directory) % EXTRA_PEOPLE)
    };
    if upper { email.to_uppercase() } else { email }
}

impl Sketch {
    /// The scenario this sketch describes (always valid).
    pub fn scenario(&self) -> Value {
        let plan = pick(&PLANS, self.plan);
        let plan_tiers = plan_tiers(plan);
        let n = self.users.len();
        let users: Vec<Value> = self
            .users
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let mut o = Map::new();
                o.insert("email".into(), json!(person_email(i, n, u.upper)));
                if u.name {
                    o.insert("name".into(), json!(format!("User {i}")));
                }
                if let Some(a) = u.assigned {
                    o.insert("assigned".into(), json!(a));
                }
                if u.groups != 0 {
                    o.insert("groups".into(), json!(group_names(u.groups)));
                }
                let email = person_email(i, n, u.upper);
                let sso = match u.sso % 4 {
                    1 => Some(email),
                    2 if u.upper => Some(email.to_lowercase()),
                    2 => Some(email.to_uppercase()),
                    3 => Some(format!("sso.user{i}@y.com")),
                    _ => None,
                };
                if let (true, Some(sso)) = (self.version2, sso) {
                    o.insert("sso_email".into(), json!(sso));
                }
                Value::Object(o)
            })
            .collect();
        let default_org = [OrgSketch::default()];
        let org_sketches: &[OrgSketch] = if self.orgs.is_empty() {
            &default_org
        } else {
            &self.orgs
        };
        let mut orgs = Vec::new();
        let version: u64 = if self.version2 { 2 } else { 1 };
        let mut primary_owner_email: Option<String> = None;
        for (k, o) in org_sketches.iter().enumerate().take(3) {
            let claude = k == 0 && self.claude_first && plan != "console_only";
            let product = if claude { "claude" } else { "console" };
            let roles = roles_of(product, version);
            let mappable: Vec<&str> = if claude {
                plan_tiers.clone()
            } else {
                TIERS.to_vec()
            };
            let mut org = Map::new();
            org.insert("id".into(), json!(format!("o{k}")));
            if o.name {
                org.insert("name".into(), json!(format!("Org {k}")));
            }
            org.insert(
                "product".into(),
                json!(if claude { "claude" } else { "console" }),
            );
            if let Some(seats) = &o.seats {
                let mut s = Map::new();
                if claude {
                    for (t, count) in plan_tiers.iter().zip(seats) {
                        if let Some(c) = count {
                            s.insert((*t).into(), json!(c % 5));
                        }
                    }
                }
                org.insert("seats".into(), Value::Object(s));
            }
            let mut gm = Map::new();
            if let Some(a) = o.agm {
                gm.insert("enabled".into(), json!(a));
            }
            let mut role_map = Map::new();
            for (r, mask) in roles.iter().zip(&o.roles) {
                if *mask != 0 {
                    role_map.insert((*r).into(), json!(group_names(*mask)));
                }
            }
            if !role_map.is_empty() {
                gm.insert("roles".into(), Value::Object(role_map));
            }
            let mut tier_map = Map::new();
            for (t, mask) in mappable.iter().zip(&o.tiers) {
                if *mask != 0 {
                    tier_map.insert((*t).into(), json!(group_names(*mask)));
                }
            }
            if !tier_map.is_empty() {
                gm.insert("seat_tiers".into(), Value::Object(tier_map));
            }
            if let Some(p) = o.precedence {
                let lists = precedence_lists(product, version);
                let list = lists.get(usize::from(p) % lists.len().max(1)).cloned();
                gm.insert("role_precedence".into(), json!(list.unwrap_or_default()));
            }
            let mut prov = Map::new();
            if let Some(m) = o.mode {
                prov.insert("mode".into(), json!(pick(&MODES, m)));
            }
            if !gm.is_empty() {
                prov.insert("group_mappings".into(), Value::Object(gm));
            }
            if !prov.is_empty() {
                org.insert("provisioning".into(), Value::Object(prov));
            }
            let mut members: Vec<Value> = Vec::new();
            // The members' places in `members` that are directory users.
            let mut in_directory: Vec<usize> = Vec::new();
            let mut seen: Vec<String> = Vec::new();
            for m in &o.members {
                let person = usize::from(m.person) % (n + EXTRA_PEOPLE);
                let email = person_email(person, n, m.upper);
                if seen.contains(&email.to_lowercase()) {
                    continue;
                }
                seen.push(email.to_lowercase());
                let mut member = Map::new();
                member.insert("email".into(), json!(email));
                member.insert("role".into(), json!(pick(&roles, m.role)));
                if let (true, Some(t)) = (claude, m.tier) {
                    member.insert("seat_tier".into(), json!(pick(&plan_tiers, t)));
                }
                if person < n {
                    in_directory.push(members.len());
                }
                members.push(Value::Object(member));
            }
            // R27: one Owner of the Claude organization is its Primary Owner.
            if let (true, 2, Some(i), false) =
                (claude, version, self.primary_owner, members.is_empty())
            {
                let at = if i % 2 == 0 && !in_directory.is_empty() {
                    in_directory[usize::from(i / 2) % in_directory.len()]
                } else {
                    usize::from(i) % members.len()
                };
                members[at]["role"] = json!("owner");
                members[at]["primary_owner"] = json!(true);
                primary_owner_email = members[at]["email"].as_str().map(str::to_owned);
                if let (true, Some(next)) = (i >= 128, members.get_mut(at + 1)) {
                    next["primary_owner"] = json!(false);
                }
            }
            if !members.is_empty() {
                org.insert("members".into(), Value::Array(members));
            }
            orgs.push(Value::Object(org));
        }
        let mut directory = Map::new();
        if self.entra {
            directory.insert("idp".into(), json!("entra"));
        }
        if let Some(c) = self.scim_connected {
            directory.insert("scim_connected".into(), json!(c));
        }
        directory.insert("users".into(), Value::Array(users));
        let mut sc = Map::new();
        sc.insert("version".into(), json!(version));
        sc.insert("plan".into(), json!(plan));
        if let (true, Some(m)) = (self.version2, self.max_removals) {
            let limit = if m < 128 {
                json!(m % 8)
            } else {
                json!(format!("{}%", (m - 128) % 101))
            };
            sc.insert("max_removals".into(), limit);
        }
        if let (true, Some(email)) = (self.actor_is_primary_owner, &primary_owner_email) {
            sc.insert("actor".into(), json!(email));
        } else if let Some(a) = self.actor {
            let a = usize::from(a) % (n + EXTRA_PEOPLE + 1);
            let email = if a == n + EXTRA_PEOPLE {
                "nobody@x.com".to_owned()
            } else {
                person_email(a, n, false)
            };
            sc.insert("actor".into(), json!(email));
        }
        sc.insert("directory".into(), Value::Object(directory));
        sc.insert("organizations".into(), Value::Array(orgs));
        Value::Object(sc)
    }
}
