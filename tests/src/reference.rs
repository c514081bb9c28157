//! A reference evaluator written straight from `core/RULES.md`, for differential testing.
//!
//! It reads the scenario as plain JSON and follows the rules' text step by step: ids stay
//! strings, lists are scanned from the front, nothing is indexed, cached or packed into bits.
//! It is slow on purpose and short enough to check against RULES.md line by line.
//!
//! It computes what the differential test compares ([`Summary`]): per organization and user
//! the status, role, seat tier, change and when it takes effect (R10–R17, R25); per seat tier
//! the seats assigned, pending sign-in and short (R17); and the finding codes raised, per organization
//! and for the whole scenario. [`engine`] projects the engine's evaluation onto the same shape
//! and [`differences`] lists where the two disagree.
//!
//! [`Sketch`] is a small abstract scenario (a handful of numbers and flags) that always builds
//! a valid scenario; the property tests and the fuzz targets generate sketches.
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
}

/// The compared part of one organization's evaluation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgSummary {
    pub id: String,
    /// Directory users in directory order, then members not in the directory.
    pub users: Vec<Outcome>,
    /// Per seat tier of a Claude organization: (seats assigned, pending, shortfall).
    pub seats: BTreeMap<String, (u64, u64, u64)>,
    /// The finding codes raised for this organization.
    pub findings: BTreeSet<String>,
}

/// The compared part of an evaluation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub organizations: Vec<OrgSummary>,
    /// The finding codes about the whole scenario (`organization: null`).
    pub findings: BTreeSet<String>,
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
    assigned: bool,
    groups: Vec<String>,
}

#[derive(Clone, Debug)]
struct MemberNow {
    email: String,
    role: String,
    seat_tier: Option<String>,
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
    // Console: admin above every other role, user below every other role, developer above
    // claude_code_user; billing cannot be ranked against developer or claude_code_user.
    if a == "admin" || b == "user" {
        return true;
    }
    a == "developer" && b == "claude_code_user"
}

/// R3: the default precedence list, highest first.
fn default_precedence(product: &str) -> Vec<String> {
    let roles: &[&str] = if product == "claude" {
        &["owner", "admin", "user"]
    } else {
        &["admin", "developer", "billing", "claude_code_user", "user"]
    };
    roles.iter().map(|r| (*r).to_owned()).collect()
}

/// R11: the highest of `roles`; the precedence list decides between roles that cannot be
/// ranked. Also says whether it had to (two or more roles with nothing above them).
fn highest_role(product: &str, roles: &[String], precedence: &[String]) -> (String, bool) {
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
    (chosen, tops.len() > 1)
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
}

/// Evaluates a valid scenario by the rules' text.
pub fn evaluate(scenario: &Value) -> Summary {
    let plan = text(scenario, "plan").unwrap_or_default();
    let directory = scenario.get("directory").unwrap_or(&Value::Null);
    let users: Vec<Person> = items(directory, "users")
        .into_iter()
        .map(|u| Person {
            email: text(u, "email").unwrap_or_default().to_owned(),
            // Assigned unless the scenario says "assigned": false.
            assigned: flag(u, "assigned").unwrap_or(true),
            groups: u.get("groups").map(strings).unwrap_or_default(),
        })
        .collect();
    let actor = text(scenario, "actor");

    let mut summary = Summary::default();
    let mut in_scim = 0;
    for org in items(scenario, "organizations") {
        let (result, effective) = evaluate_org(plan, &users, actor, org);
        if effective == "scim" {
            in_scim += 1;
        }
        summary.organizations.push(result);
    }
    // R8: SCIM chosen (and eligible) but directory sync not connected.
    let connected = flag(directory, "scim_connected").unwrap_or(false);
    if in_scim > 0 && !connected {
        summary.findings.insert("SCIM_NOT_CONNECTED".into());
    }
    // R9: more than one organization in SCIM.
    if in_scim > 1 {
        summary.findings.insert("SCIM_FANOUT".into());
    }
    // R24: Entra and some organization in SCIM.
    if text(directory, "idp") == Some("entra") && in_scim > 0 {
        summary.findings.insert("ENTRA_SYNC_DELAY".into());
    }
    summary
}

fn evaluate_org(
    plan: &str,
    users: &[Person],
    actor: Option<&str>,
    org: &Value,
) -> (OrgSummary, &'static str) {
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
        .unwrap_or_else(|| default_precedence(product));
    let members: Vec<MemberNow> = items(org, "members")
        .into_iter()
        .map(|m| MemberNow {
            email: text(m, "email").unwrap_or_default().to_owned(),
            role: text(m, "role").unwrap_or_default().to_owned(),
            seat_tier: text(m, "seat_tier").map(str::to_owned),
        })
        .collect();
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
                assigned: false,
                groups: Vec::new(),
            });
        }
    }

    let mut findings: BTreeSet<String> = BTreeSet::new();
    let mut work: Vec<Work> = Vec::new();
    for p in &people {
        let member = members.iter().find(|m| same_email(&m.email, &p.email));
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
        };
        let keep = SeatNeed::Keep(w.current_tier.clone());
        // R10's table.
        match (effective, member, in_scope) {
            ("manual", Some(m), _) => {
                w.status = "member";
                w.role = Some(m.role.clone());
                w.need = keep;
            }
            ("manual", None, _) | (_, None, false) => {}
            ("jit", Some(m), false) => {
                w.status = "blocked";
                w.role = Some(m.role.clone());
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
                        // R11 [interpretation]: in scope through a seat-tier group only.
                        w.default_role = true;
                        "user".to_owned()
                    } else {
                        let (role, ambiguous) = highest_role(product, &my_roles, &precedence);
                        if ambiguous {
                            findings.insert("ROLE_AMBIGUOUS".into());
                        }
                        role
                    }
                } else {
                    // Without AGM: a member keeps the role; a new user gets `user`.
                    member.map_or_else(|| "user".to_owned(), |m| m.role.clone())
                });
                // R14: the highest tier mapped to the user's groups.
                let named = my_tiers.first().cloned();
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
        // R11: listed only when the role is given (not to a user left waiting for a seat).
        if w.default_role && w.status != "not_added" {
            findings.insert("ROLE_DEFAULTED".into());
        }
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
        outcomes.push(Outcome {
            email: w.email.clone(),
            status: w.status.to_owned(),
            role,
            seat_tier: if claude { seat } else { None },
            change: change.to_owned(),
            takes_effect: takes_effect.map(str::to_owned),
        });
    }

    // Findings of the organization.
    if mode == "scim" && !scim_eligible {
        findings.insert("SCIM_NOT_ELIGIBLE".into()); // R7
    }
    if enabled && effective == "manual" {
        findings.insert("AGM_NO_EFFECT".into()); // R6
    }
    if outcomes.iter().any(|o| o.status == "removed") {
        findings.insert("MEMBERS_REMOVED_ON_SAVE".into()); // R12
    }
    if outcomes.iter().any(|o| o.status == "blocked") {
        findings.insert("MEMBERS_BLOCKED".into()); // R12
    }
    let any_mapping = role_map.iter().any(|(_, gs)| !gs.is_empty())
        || tier_map.iter().any(|(_, gs)| !gs.is_empty());
    if !enabled && any_mapping {
        findings.insert("MAPPINGS_IGNORED".into()); // R13
    }
    if tiers_mappable && work.iter().any(|w| w.default_seat) {
        findings.insert("DEFAULT_SEAT_TIER".into()); // R15
    }
    if !tiers_mappable && tier_map.iter().any(|(_, gs)| !gs.is_empty()) {
        findings.insert("SEAT_TIER_MAPPING_NOT_APPLICABLE".into()); // R16
    }
    if capacity && total_shortfall > 0 {
        findings.insert("SEAT_SHORTFALL".into()); // R17
    }
    if agm {
        // R19: some group mapped to Owner/Admin holds an assigned directory user.
        let populated = role_map
            .iter()
            .filter(|(r, _)| r == privileged)
            .flat_map(|(_, gs)| gs.iter())
            .any(|g| users.iter().any(|u| u.assigned && u.groups.contains(g)));
        if !populated {
            findings.insert("NO_PRIVILEGED_GROUP".into());
        }
        // R21–R23 look at role mappings, and at seat-tier mappings where tiers are mappable.
        let mut mapped: Vec<&String> = role_map.iter().flat_map(|(_, gs)| gs.iter()).collect();
        if tiers_mappable {
            mapped.extend(tier_map.iter().flat_map(|(_, gs)| gs.iter()));
        }
        if mapped
            .iter()
            .any(|g| !users.iter().any(|u| u.groups.contains(g)))
        {
            findings.insert("UNKNOWN_GROUP".into()); // R21
        }
        if users
            .iter()
            .any(|u| !u.assigned && u.groups.iter().any(|g| mapped.contains(&g)))
        {
            findings.insert("UNASSIGNED_IN_GROUP".into()); // R22
        }
        if mapped
            .iter()
            .any(|g| !g.to_lowercase().starts_with("anthropic-"))
        {
            findings.insert("GROUP_NAMING".into()); // R23
        }
    }
    // R20: watches the Owner or Admin role the actor holds now (Owner or Admin on Claude, Admin
    // on Console); where nobody is listed, the actor is taken to hold the privileged role; not
    // in manual. Ending lower than that role, or without access, loses it.
    if let Some(actor) = actor {
        let actor_member = members.iter().find(|m| same_email(&m.email, actor));
        let held: Option<&str> = if members.is_empty() {
            Some(privileged)
        } else {
            actor_member
                .map(|m| m.role.as_str())
                .filter(|r| *r == privileged || *r == "admin")
        };
        if let (Some(held), true) = (held, effective != "manual") {
            let lost = if agm {
                match outcomes.iter().find(|o| same_email(&o.email, actor)) {
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
                findings.insert("ACTOR_LOSES_ACCESS".into());
            }
        }
        // R5: in JIT or SCIM, where the organization lists its members, the actor is a member
        // with Owner (Claude) or Admin (Console).
        let privileged_now = actor_member.is_some_and(|m| m.role == privileged);
        if effective != "manual" && !members.is_empty() && !privileged_now {
            findings.insert("ACTOR_NOT_PRIVILEGED".into());
        }
    }

    (
        OrgSummary {
            id,
            users: outcomes,
            seats: seat_table,
            findings,
        },
        effective,
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
            findings: BTreeSet::new(),
        });
    }
    for f in items(evaluation, "findings") {
        let code = text(f, "code").unwrap_or_default().to_owned();
        match text(f, "organization") {
            None => {
                summary.findings.insert(code);
            }
            Some(id) => {
                if let Some(o) = summary.organizations.iter_mut().find(|o| o.id == id) {
                    o.findings.insert(code);
                }
            }
        }
    }
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
        "{} role={} tier={} change={} effect={}",
        o.status,
        s(&o.role),
        s(&o.seat_tier),
        o.change,
        s(&o.takes_effect)
    )
}

/// Where two summaries differ, one line each (empty: they agree).
pub fn compare(engine: &Summary, reference: &Summary) -> Vec<String> {
    let mut out = Vec::new();
    if engine.findings != reference.findings {
        out.push(format!(
            "scenario findings: engine {:?}, reference {:?}",
            engine.findings, reference.findings
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
        if e.findings != r.findings {
            let only_e: Vec<&String> = e.findings.difference(&r.findings).collect();
            let only_r: Vec<&String> = r.findings.difference(&e.findings).collect();
            out.push(format!(
                "{id} findings: only the engine {only_e:?}, only the reference {only_r:?}"
            ));
        }
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
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserSketch {
    pub assigned: Option<bool>,
    /// A mask over [`GROUPS`].
    pub groups: u8,
    /// The email written with capitals.
    pub upper: bool,
    pub name: bool,
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
        for (k, o) in org_sketches.iter().enumerate().take(3) {
            let claude = k == 0 && self.claude_first && plan != "console_only";
            let roles: &[&str] = if claude {
                &["owner", "admin", "user"]
            } else {
                &["admin", "developer", "billing", "claude_code_user", "user"]
            };
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
                let lists: &[&[&str]] = if claude {
                    &[&["owner", "admin", "user"]]
                } else {
                    &[
                        &["admin", "developer", "billing", "claude_code_user", "user"],
                        &["admin", "developer", "claude_code_user", "billing", "user"],
                        &["admin", "billing", "developer", "claude_code_user", "user"],
                    ]
                };
                let list = lists.get(usize::from(p) % lists.len()).copied();
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
                member.insert("role".into(), json!(pick(roles, m.role)));
                if let (true, Some(t)) = (claude, m.tier) {
                    member.insert("seat_tier".into(), json!(pick(&plan_tiers, t)));
                }
                members.push(Value::Object(member));
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
        sc.insert("version".into(), json!(1));
        sc.insert("plan".into(), json!(plan));
        if let Some(a) = self.actor {
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
