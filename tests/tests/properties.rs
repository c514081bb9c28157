//! Properties over generated scenarios of format versions 1 and 2 (proptest): the engine never
//! panics and is deterministic; R11's highest role (ranked as the reference evaluator ranks,
//! `limited_developer` included); R17's seats, user by user; a saved SCIM plan is a fixed
//! point; the mode comparison agrees with evaluating each mode on its own; the compact JSON
//! writer agrees with serde; R27's Primary Owner is kept in every mode, and
//! `PRIMARY_OWNER_EXEMPT` says exactly when that changed what provisioning would have done.

use proptest::prelude::*;
use provplan_core::{Scenario, compare, evaluate};
use provplan_tests::reference;
use serde_json::{Value, json};

const PLANS: [&str; 5] = [
    "team",
    "enterprise_seat_based",
    "enterprise_usage_based",
    "enterprise_usage_based_single_seat",
    "console_only",
];
const MODES: [&str; 3] = ["manual", "jit", "scim"];
const GROUPS: [&str; 6] = ["g0", "g1", "g2", "G2", "anthropic-g4", "g5"];

#[derive(Clone, Debug)]
struct OrgGen {
    mode: Option<usize>,
    agm: bool,
    /// Per role of the product (default precedence order of the version): a mask over GROUPS.
    roles: Vec<u8>,
    /// Per tier of the plan: a mask over GROUPS.
    tiers: Vec<u8>,
    /// (user index — past the directory: a member not in it, role index, tier index)
    members: Vec<(usize, usize, Option<usize>)>,
    seats: Option<Vec<u8>>,
    precedence_swap: bool,
}

#[derive(Clone, Debug)]
struct Gen {
    plan: usize,
    users: Vec<(bool, u8)>,
    consoles: usize,
    orgs: Vec<OrgGen>,
    actor: Option<usize>,
    connected: bool,
    entra: bool,
    /// Scenario format version 2: `limited_developer`, and a Primary Owner (R27).
    version2: bool,
    /// Version 2: the Claude organization's member who is its Primary Owner (made an Owner).
    primary_owner: Option<usize>,
    /// The actor is the Primary Owner.
    actor_is_primary_owner: bool,
}

fn org_gen() -> impl Strategy<Value = OrgGen> {
    (
        prop::option::of(0..3usize),
        any::<bool>(),
        prop::collection::vec(prop_oneof![3 => Just(0u8), 2 => any::<u8>()], 6),
        prop::collection::vec(prop_oneof![2 => Just(0u8), 2 => any::<u8>()], 2),
        prop::collection::vec((0..14usize, 0..6usize, prop::option::of(0..2usize)), 0..10),
        prop::option::of(prop::collection::vec(0..6u8, 2)),
        any::<bool>(),
    )
        .prop_map(
            |(mode, agm, roles, tiers, members, seats, precedence_swap)| OrgGen {
                mode,
                agm,
                roles,
                tiers,
                members,
                seats,
                precedence_swap,
            },
        )
}

fn scenarios() -> impl Strategy<Value = Gen> {
    (
        (
            0..5usize,
            prop::collection::vec((prop::bool::weighted(0.8), any::<u8>()), 0..12),
            0..3usize,
            prop::collection::vec(org_gen(), 3),
            prop::option::of(0..12usize),
            any::<bool>(),
            any::<bool>(),
        ),
        // Version 2 half the time, then mostly with a Primary Owner, now and then the actor.
        (
            any::<bool>(),
            prop::option::weighted(0.75, 0..10usize),
            prop::bool::weighted(0.25),
        ),
    )
        .prop_map(
            |(
                (plan, users, consoles, orgs, actor, connected, entra),
                (version2, primary_owner, actor_is_primary_owner),
            )| Gen {
                plan,
                users,
                consoles,
                orgs,
                actor,
                connected,
                entra,
                version2,
                primary_owner,
                actor_is_primary_owner,
            },
        )
}

fn groups(mask: u8) -> Vec<&'static str> {
    GROUPS
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, g)| *g)
        .collect()
}

/// Builds a valid scenario from the generated numbers.
fn build(g: &Gen) -> Value {
    let plan = PLANS[g.plan % PLANS.len()];
    let tiers: &[&str] = match plan {
        "team" | "enterprise_seat_based" => &["premium", "standard"],
        "enterprise_usage_based" => &["chat_claude_code", "chat"],
        "enterprise_usage_based_single_seat" => &["enterprise"],
        _ => &[],
    };
    let email = |i: usize| format!("u{i}@x.com");
    let users: Vec<Value> = g
        .users
        .iter()
        .enumerate()
        .map(|(i, (assigned, mask))| json!({"email": email(i), "assigned": assigned, "groups": groups(*mask)}))
        .collect();
    let mut products = Vec::new();
    if plan != "console_only" {
        products.push("claude");
    }
    products.extend(std::iter::repeat_n(
        "console",
        g.consoles.max(usize::from(plan == "console_only")),
    ));
    let version: u64 = if g.version2 { 2 } else { 1 };
    let orgs: Vec<Value> = products
        .iter()
        .zip(&g.orgs)
        .enumerate()
        .map(|(k, (product, o))| {
            let claude = *product == "claude";
            let role_ids = reference::roles_of(product, version);
            let mut roles = serde_json::Map::new();
            for (r, mask) in role_ids.iter().zip(&o.roles) {
                if *mask != 0 {
                    roles.insert((*r).into(), json!(groups(*mask)));
                }
            }
            let mut seat_tiers = serde_json::Map::new();
            if claude {
                for (t, mask) in tiers.iter().zip(&o.tiers) {
                    if *mask != 0 {
                        seat_tiers.insert((*t).into(), json!(groups(*mask)));
                    }
                }
            }
            let mut gm = json!({"enabled": o.agm, "roles": roles, "seat_tiers": seat_tiers});
            if !claude && o.precedence_swap {
                // Billing right after Admin, as high as R3 lets it go.
                let mut list = role_ids.clone();
                list.retain(|r| *r != "billing");
                list.insert(1, "billing");
                gm["role_precedence"] = json!(list);
            }
            let mut seen = std::collections::BTreeSet::new();
            let mut members: Vec<Value> = o
                .members
                .iter()
                .filter(|(u, _, _)| seen.insert(*u))
                .map(|(u, r, t)| {
                    let mut m = json!({"email": email(if *u < g.users.len() { *u } else { 100 + u }), "role": role_ids[r % role_ids.len()]});
                    if let (true, Some(t)) = (claude, t) {
                        m["seat_tier"] = json!(tiers[t % tiers.len()]);
                    }
                    m
                })
                .collect();
            // R27: one Owner of the Claude organization is its Primary Owner.
            if let (true, 2, Some(i), false) = (claude, version, g.primary_owner, members.is_empty()) {
                let at = i % members.len();
                members[at]["role"] = json!("owner");
                members[at]["primary_owner"] = json!(true);
            }
            let mut org = json!({"id": format!("o{k}"), "product": product, "members": members,
                "provisioning": {"group_mappings": gm}});
            if let Some(mode) = o.mode {
                org["provisioning"]["mode"] = json!(MODES[mode]);
            }
            if let (true, Some(seats)) = (claude, &o.seats) {
                org["seats"] = tiers.iter().zip(seats).map(|(t, n)| ((*t).to_owned(), json!(n))).collect();
            }
            org
        })
        .collect();
    let primary_owner = primary_owner_of(&orgs).map(|(_, m)| m["email"].clone());
    let mut sc = json!({"version": version, "plan": plan,
        "directory": {"idp": if g.entra { "entra" } else { "okta" }, "scim_connected": g.connected, "users": users},
        "organizations": orgs});
    if let (true, Some(po)) = (g.actor_is_primary_owner, primary_owner) {
        sc["actor"] = po;
    } else if let Some(a) = g.actor {
        sc["actor"] = json!(email(a));
    }
    sc
}

/// R27: the organization (its place) and the member marked `"primary_owner": true`, if any.
fn primary_owner_of(orgs: &[Value]) -> Option<(usize, &Value)> {
    orgs.iter().enumerate().find_map(|(k, o)| {
        o["members"]
            .as_array()?
            .iter()
            .find(|m| m["primary_owner"] == true)
            .map(|m| (k, m))
    })
}

fn parse(v: &Value) -> Scenario {
    Scenario::from_value(v).unwrap_or_else(|e| panic!("generated an invalid scenario: {e}\n{v:#}"))
}

fn eval_value(v: &Value) -> Value {
    provplan_tests::json_of(&evaluate(&parse(v)))
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 1024,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Never panics; the same scenario gives byte-identical output.
    #[test]
    fn deterministic_and_total(g in scenarios()) {
        let v = build(&g);
        let text = v.to_string();
        let a = provplan_core::evaluate_json(&text).unwrap();
        let b = provplan_core::evaluate_json(&text).unwrap();
        prop_assert_eq!(a, b);
        prop_assert!(provplan_core::compare_json(&text).is_ok());
    }

    /// The compact JSON (what the JavaScript API sends) and the indented one (the command
    /// line's) are the same JSON, and both read as JSON.
    #[test]
    fn compact_and_indented_json_agree(g in scenarios()) {
        use provplan_core::write::{pretty, to_string};
        let sc = parse(&build(&g));
        let ev = evaluate(&sc);
        let cmp = compare(&sc);
        for (compact, indented) in [(to_string(&ev), pretty(&ev)), (to_string(&cmp), pretty(&cmp))] {
            let a: serde_json::Value = serde_json::from_str(&compact).unwrap();
            let b: serde_json::Value = serde_json::from_str(&indented).unwrap();
            prop_assert_eq!(a, b);
            prop_assert!(indented.len() > compact.len());
        }
    }

    /// R11: with AGM in effect, a user's role is a highest (R3) role mapped to their groups.
    #[test]
    fn r11_role_is_the_highest_mapped(g in scenarios()) {
        let v = build(&g);
        let ev = eval_value(&v);
        for (o, org) in ev["organizations"].as_array().unwrap().iter().zip(v["organizations"].as_array().unwrap()) {
            if o["group_mappings_in_effect"] != true {
                continue;
            }
            let product = org["product"].as_str().unwrap();
            for u in o["users"].as_array().unwrap() {
                let Some(role) = u["role"].as_str() else { continue };
                if !u["role_source"].as_str().unwrap().starts_with("group:") {
                    continue;
                }
                let idx: usize = u["email"].as_str().unwrap()[1..].split('@').next().unwrap().parse().unwrap();
                let user_groups: Vec<&str> = v["directory"]["users"][idx]["groups"].as_array().unwrap().iter().map(|g| g.as_str().unwrap()).collect();
                let mapped: Vec<&str> = org["provisioning"]["group_mappings"]["roles"].as_object().unwrap().iter()
                    .filter(|(_, gs)| gs.as_array().unwrap().iter().any(|g| user_groups.contains(&g.as_str().unwrap())))
                    .map(|(r, _)| r.as_str())
                    .collect();
                prop_assert!(mapped.contains(&role), "{} got {role} not among {mapped:?}", u["email"]);
                // The ranking of R3 as the reference evaluator writes it, not the engine's.
                for r in &mapped {
                    prop_assert!(!reference::above(product, r, role), "{} got {} below {}", u["email"], role, r);
                }
            }
        }
    }

    /// R17: who gets which tier and who waits. Per user, the status and the tier agree with
    /// the reference evaluator (RULES.md's serving order). And, whatever the order: a tier is
    /// handed to someone new only while it has a free seat; a user waits (`not_added`, or a
    /// member kept on the old tier) only for a tier that is full; a new user given the default
    /// tier found every higher tier full.
    #[test]
    fn r17_who_gets_which_tier_and_who_waits(g in scenarios()) {
        let v = build(&g);
        let ev = eval_value(&v);
        let expected = reference::evaluate(&v);
        let tiers: Vec<&str> = reference::plan_tiers(v["plan"].as_str().unwrap());
        for (o, r) in ev["organizations"].as_array().unwrap().iter().zip(&expected.organizations) {
            let users = o["users"].as_array().unwrap();
            prop_assert_eq!(users.len(), r.users.len());
            for (u, ru) in users.iter().zip(&r.users) {
                prop_assert_eq!(
                    (u["status"].as_str(), u["seat_tier"].as_str()),
                    (Some(ru.status.as_str()), ru.seat_tier.as_deref()),
                    "{} in {}", u["email"], o["id"]
                );
            }
            if o["product"] != "claude" || o["capacity_checked"] != true {
                continue;
            }
            let purchased = |t: &str| o["seats"][t]["purchased"].as_u64().unwrap() as usize;
            let holds = |u: &&Value| ["member", "blocked", "pending_login"].contains(&u["status"].as_str().unwrap());
            let holding = |t: &str| users.iter().filter(holds).filter(|u| u["seat_tier"] == t).count();
            let kept = |t: &str| users.iter().filter(holds).filter(|u| u["seat_tier"] == t && u["current_seat_tier"] == t).count();
            let full = |t: &str| holding(t) >= purchased(t);
            for t in &tiers {
                if holding(t) > kept(t) {
                    prop_assert!(holding(t) <= purchased(t), "{}: {} hold {t}, {} bought", o["id"], holding(t), purchased(t));
                }
            }
            for u in users {
                if u["status"] == "not_added" {
                    prop_assert!(u["wanted_seat_tier"].is_string(), "{} waits for no tier", u["email"]);
                }
                if let Some(w) = u["wanted_seat_tier"].as_str() {
                    prop_assert!(full(w), "{} waits for {w}, which has a free seat", u["email"]);
                }
                if u["seat_source"] == "default" && u["current_role"].is_null() {
                    let t = u["seat_tier"].as_str().unwrap();
                    for higher in tiers.iter().take_while(|h| **h != t) {
                        prop_assert!(full(higher), "{} took {t} while {higher} had a free seat", u["email"]);
                    }
                }
            }
        }
    }

    /// Saving a SCIM plan and evaluating again changes nothing.
    #[test]
    fn scim_plan_is_a_fixed_point(g in scenarios()) {
        let mut v = build(&g);
        if v["plan"] == "team" {
            v["plan"] = json!("enterprise_seat_based");
        }
        for org in v["organizations"].as_array_mut().unwrap() {
            org["provisioning"]["mode"] = json!("scim");
        }
        let ev = eval_value(&v);
        for (org, o) in v["organizations"].as_array_mut().unwrap().iter_mut().zip(ev["organizations"].as_array().unwrap()) {
            let members: Vec<Value> = o["users"].as_array().unwrap().iter()
                .filter(|u| u["status"] == "member")
                .map(|u| {
                    let mut m = json!({"email": u["email"], "role": u["role"]});
                    if !u["seat_tier"].is_null() {
                        m["seat_tier"] = u["seat_tier"].clone();
                    }
                    // R27: saving keeps the Primary Owner.
                    if u["primary_owner"] == true {
                        m["primary_owner"] = json!(true);
                    }
                    m
                })
                .collect();
            org["members"] = json!(members);
        }
        let again = eval_value(&v);
        for (org, o) in v["organizations"].as_array().unwrap().iter().zip(again["organizations"].as_array().unwrap()) {
            // R20: an organization that saving leaves with no members is again taken to be
            // new, with the actor as its Owner/Admin, so the actor's outcome is R20's again.
            let renewed = org["members"].as_array().is_some_and(Vec::is_empty);
            for u in o["users"].as_array().unwrap() {
                if renewed && u["email"] == v["actor"] {
                    continue;
                }
                prop_assert_eq!(&u["change"], "none", "{} in {}: {}", u["email"], o["id"], u);
            }
        }
    }

    /// R17/R18: buying what SEAT_SHORTFALL asks for, then "Sync now" (re-evaluating), adds
    /// everyone and leaves no shortfall.
    #[test]
    fn r18_buying_the_shortfall_is_enough(g in scenarios()) {
        let mut v = build(&g);
        let ev = eval_value(&v);
        for f in ev["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "SEAT_SHORTFALL") {
            let id = f["organization"].as_str().unwrap();
            let org = v["organizations"].as_array_mut().unwrap().iter_mut().find(|o| o["id"] == id).unwrap();
            for (tier, n) in f["params"]["tiers"].as_object().unwrap() {
                let have = org["seats"][tier].as_u64().unwrap_or(0);
                org["seats"][tier] = json!(have + n.as_u64().unwrap());
            }
        }
        let after = eval_value(&v);
        prop_assert!(!after["findings"].as_array().unwrap().iter().any(|f| f["code"] == "SEAT_SHORTFALL"), "{after:#}");
        for o in after["organizations"].as_array().unwrap() {
            prop_assert_eq!(o["counts"]["not_added"].as_u64(), Some(0));
        }
    }

    /// The mode comparison agrees with evaluating each combination on its own.
    #[test]
    fn compare_agrees_with_separate_evaluations(g in scenarios()) {
        let v = build(&g);
        let sc = parse(&v);
        let rows = provplan_tests::json_of(&compare(&sc));
        for row in rows.as_array().unwrap() {
            let mut w = v.clone();
            let id = row["organization"].as_str().unwrap();
            let org = w["organizations"].as_array_mut().unwrap().iter_mut().find(|o| o["id"] == id).unwrap();
            org["provisioning"]["mode"] = row["mode"].clone();
            org["provisioning"]["group_mappings"]["enabled"] = row["group_mappings"].clone();
            let ev = eval_value(&w);
            let o = ev["organizations"].as_array().unwrap().iter().find(|o| o["id"] == id).unwrap();
            prop_assert_eq!(&row["counts"], &o["counts"]);
            prop_assert_eq!(row["eligible"].as_bool().unwrap(), o["eligible_modes"].as_array().unwrap().contains(&row["mode"]));
            for sev in ["error", "warning", "info"] {
                let n = ev["findings"].as_array().unwrap().iter()
                    .filter(|f| f["severity"] == sev && (f["organization"].is_null() || f["organization"] == id))
                    .count();
                prop_assert_eq!(row["findings"][sev].as_u64().unwrap(), n as u64, "{} {}", id, sev);
            }
        }
    }
}

proptest! {
    // 512 cases, each evaluated in the six modes and mapping switches, marked and unmarked.
    #![proptest_config(ProptestConfig { cases: 512, ..config() })]

    /// R27: in every mode, with and without group mappings, the Primary Owner stays a member
    /// with Owner and the tier they hold (their seat counted, R17), `change` `none`,
    /// `primary_owner` and R27 in `rules`, and is in none of the lists of R11, R12, R15, R17
    /// and R22. `PRIMARY_OWNER_EXEMPT` (and the note `primary_owner_exempt`) appears exactly
    /// when the same scenario without the mark would have removed or blocked them (R12), given
    /// them another role (R11) or moved them to another tier as R27 counts it: R14, their
    /// groups name a tier other than the one held (moved, or kept on the old one for want of a
    /// seat), or R15, they take the default tier from below the highest; its params say what.
    #[test]
    fn r27_the_primary_owner_is_kept_and_the_exemption_disclosed(
        g in scenarios(),
        pick in 0..10usize,
        actor in any::<bool>(),
    ) {
        // A version 2 scenario with a Claude organization that has a Primary Owner.
        let mut g = Gen { version2: true, primary_owner: Some(pick), actor_is_primary_owner: actor, ..g };
        g.plan %= 4;
        if g.orgs[0].members.is_empty() {
            g.orgs[0].members.push((pick, 0, None));
        }
        let mut base = build(&g);
        let (k, po) = primary_owner_of(base["organizations"].as_array().unwrap()).unwrap();
        let email = po["email"].as_str().unwrap().to_owned();
        // A third of the time, in no seat-tier group: R15's default tier.
        if pick % 3 == 0 {
            let mapped: Vec<Value> = base["organizations"][k]["provisioning"]["group_mappings"]["seat_tiers"]
                .as_object().unwrap().values()
                .flat_map(|gs| gs.as_array().unwrap().clone())
                .collect();
            for u in base["directory"]["users"].as_array_mut().unwrap() {
                if u["email"] == email.as_str() {
                    u["groups"].as_array_mut().unwrap().retain(|g| !mapped.contains(g));
                }
            }
        }
        let plan = base["plan"].as_str().unwrap();
        let highest = reference::plan_tiers(plan)[0];
        let po = base["organizations"][k]["members"].as_array().unwrap().iter()
            .find(|m| m["primary_owner"] == true).unwrap().clone();
        // The tier held: as listed; on single-seat Enterprise an unlisted one is `enterprise`.
        let held = po["seat_tier"].as_str().or((plan == "enterprise_usage_based_single_seat").then_some("enterprise"));
        let at = |ev: &Value| -> Value {
            ev["organizations"][k]["users"].as_array().unwrap().iter()
                .find(|u| u["email"].as_str().unwrap().eq_ignore_ascii_case(&email))
                .cloned()
                .unwrap()
        };
        for mode in MODES {
            for agm in [false, true] {
                let mut marked = base.clone();
                marked["organizations"][k]["provisioning"]["mode"] = json!(mode);
                marked["organizations"][k]["provisioning"]["group_mappings"]["enabled"] = json!(agm);
                let mut unmarked = marked.clone();
                for m in unmarked["organizations"][k]["members"].as_array_mut().unwrap() {
                    m.as_object_mut().unwrap().remove("primary_owner");
                }
                let ev = eval_value(&marked);
                let kept = at(&ev);
                let case = format!("{mode}, mappings {agm}: {kept}\n{marked:#}");
                prop_assert_eq!(
                    (kept["status"].as_str(), kept["role"].as_str(), kept["seat_tier"].as_str(), kept["change"].as_str()),
                    (Some("member"), Some("owner"), held, Some("none")),
                    "{}", case
                );
                prop_assert!(kept["takes_effect"].is_null() && kept["primary_owner"] == true, "{}", case);
                prop_assert!(kept["rules"].as_array().unwrap().contains(&json!("R27")), "{}", case);
                // Only their row is marked, in every organization.
                let marked_rows = ev["organizations"].as_array().unwrap().iter()
                    .flat_map(|o| o["users"].as_array().unwrap())
                    .filter(|u| u["primary_owner"] == true)
                    .count();
                prop_assert_eq!(marked_rows, 1, "{}", case);
                // R17: their seat is counted where they hold a known tier.
                let org = &ev["organizations"][k];
                if let Some(t) = held {
                    let holders = org["users"].as_array().unwrap().iter()
                        .filter(|u| ["member", "blocked"].contains(&u["status"].as_str().unwrap()) && u["seat_tier"] == t)
                        .count() as u64;
                    prop_assert_eq!(org["seats"][t]["assigned"].as_u64(), Some(holders), "{}", case);
                }
                let id = org["id"].clone();
                let in_org = |code: &str| ev["findings"].as_array().unwrap().iter()
                    .filter(|f| f["organization"] == id && f["code"] == code)
                    .cloned()
                    .collect::<Vec<Value>>();
                for code in ["ROLE_AMBIGUOUS", "ROLE_DEFAULTED", "MEMBERS_REMOVED_ON_SAVE", "MEMBERS_BLOCKED",
                    "DEFAULT_SEAT_TIER", "SEAT_SHORTFALL", "UNASSIGNED_IN_GROUP"] {
                    for f in in_org(code) {
                        prop_assert!(
                            !f["subjects"].as_array().unwrap().iter().any(|s| s.as_str().unwrap().eq_ignore_ascii_case(&email)),
                            "{} lists the Primary Owner: {}", code, case
                        );
                    }
                }

                // What provisioning would have done to them, unmarked.
                let would = at(&eval_value(&unmarked));
                let status = would["status"].as_str().unwrap();
                let role = would["role"].as_str();
                let from_groups = would["seat_source"].as_str().is_some_and(|s| s.starts_with("group:"));
                // R14: the tier their groups name, had or waited for.
                let r14 = would["wanted_seat_tier"].as_str()
                    .or(would["seat_tier"].as_str().filter(|t| from_groups && Some(*t) != held));
                // R15: the default tier, taken from below the highest.
                let r15 = (would["seat_source"] == "default" && held.is_some_and(|t| t != highest)).then_some(highest);
                let moved_to = r14.or(r15);
                let exempted = status != "member" || role != Some("owner") || moved_to.is_some();
                let found = in_org("PRIMARY_OWNER_EXEMPT");
                let noted = ev["notes"].as_array().unwrap().iter()
                    .any(|n| n["id"] == "primary_owner_exempt" && n["organization"] == id);
                prop_assert_eq!(found.len(), usize::from(exempted), "unmarked: {}\n{}", would, case);
                prop_assert_eq!(noted, exempted, "{}", case);
                if let Some(f) = found.first() {
                    prop_assert_eq!(&f["subjects"], &json!([kept["email"]]), "{}", case);
                    prop_assert_eq!(
                        &f["params"],
                        &json!({
                            "status": status,
                            "role": if status == "removed" { None } else { role },
                            "seat_tier": moved_to,
                        }),
                        "unmarked: {}\n{}", would, case
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// The trace of every user agrees with their row of the evaluation: the result, the role
    /// and the seat are the row's; their turn in R17's queue is where the allocation decided
    /// them, with a free seat when they got one and none when they wait; the trace is found
    /// by the email in any letter case, and its JSON reads as JSON.
    #[test]
    fn explain_agrees_with_every_row(g in scenarios()) {
        use provplan_core::explain::{TraceStep, explain_in, find};
        let v = build(&g);
        let sc = parse(&v);
        let ev = evaluate(&sc);
        for o in &ev.organizations {
            for u in o.users.iter() {
                let email = o.users.email(u);
                let person = find(&sc, &email.to_uppercase()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(person, u.person);
                let x = explain_in(&sc, &ev, person, Some(o.id)).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(x.organizations.len(), 1);
                let t = &x.organizations[0];
                prop_assert_eq!(t.outcome, *u);
                let json: Value = serde_json::from_str(&provplan_core::write::to_string(&x)).unwrap();
                prop_assert_eq!(&json["organizations"][0]["id"], &json!(o.id));
                let ids: Vec<&str> = t.steps.iter().map(|s| s.id()).collect();
                let mut want = vec!["assignment", "scope", "membership", "role"];
                if o.product == provplan_core::Product::Claude { want.push("seat"); }
                want.push("result");
                prop_assert_eq!(ids, want);
                for s in &t.steps {
                    match s {
                        TraceStep::Scope { in_scope, .. } => prop_assert_eq!(*in_scope, u.in_scope),
                        TraceStep::Role { role, .. } => prop_assert_eq!(*role, u.role),
                        TraceStep::Seat { seat_tier, waits_for, turn, capacity_checked, .. } => {
                            prop_assert_eq!(*seat_tier, u.seat_tier);
                            prop_assert_eq!(*waits_for, u.wanted_seat_tier);
                            if let Some(q) = turn {
                                prop_assert!(q.place >= 1 && q.place <= q.of);
                                prop_assert_eq!(q.free.is_some(), *capacity_checked);
                                if u.wanted_seat_tier.is_some() {
                                    prop_assert_eq!(q.free, Some(0), "{} waits with a free seat", email);
                                } else if u.current_seat_tier.is_none() && u.seat_tier.is_some() && *capacity_checked {
                                    prop_assert!(q.free.unwrap_or(0) >= 1, "{} took a seat none free", email);
                                }
                            } else {
                                prop_assert!(u.wanted_seat_tier.is_none(), "{} waits outside the queue", email);
                            }
                        }
                        TraceStep::Result { status, change, takes_effect, primary_owner, decided_by, .. } => {
                            prop_assert_eq!((*status, *change, *takes_effect, *primary_owner, *decided_by),
                                (u.status, u.change, u.takes_effect, u.primary_owner, u.rules));
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
