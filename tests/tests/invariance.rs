//! Invariance properties over generated scenarios (proptest, 1,024 cases each):
//!
//! - the evaluation does not depend on the order of a user's groups or of the group names in
//!   a mapping list, nor on a name being listed twice;
//! - it does not depend on the letter case of emails (directory, members, actor): emails are
//!   identities compared without regard to case;
//! - removing one group from one role or seat-tier list never gives anyone a higher role (R3,
//!   where the roles can be ranked) or a higher tier from their groups (R1 order), and never
//!   brings anyone into scope;
//! - a scenario document survives `to_json_pretty` and reading back, and the typed fast path
//!   and the `serde_json::Value` walker read the same document.

use proptest::prelude::*;
use provplan_core::ScenarioDoc;
use provplan_tests::reference::{self, above, plan_tiers};
use serde_json::{Value, json};

mod common;

use common::{config, sketches};

// --- helpers -----------------------------------------------------------------------------------

/// A small deterministic generator (xorshift64*), seeded by proptest, for shuffling.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        (x % n.max(1) as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// The evaluation as the command line prints it.
fn evaluation_text(v: &Value) -> String {
    provplan_core::evaluate_json(&v.to_string())
        .unwrap_or_else(|e| panic!("the scenario is invalid: {e}\n{v:#}"))
}

fn evaluation(v: &Value) -> Value {
    serde_json::from_str(&evaluation_text(v)).unwrap()
}

/// Shuffles a list of group names and sometimes repeats a name in it.
fn mix(list: &mut Vec<Value>, rng: &mut Rng) {
    if !list.is_empty() && rng.below(4) == 0 {
        let again = list[rng.below(list.len())].clone();
        list.push(again);
    }
    rng.shuffle(list);
}

/// Mixes every list of group names: each user's groups and each mapping list.
fn shuffle_groups(v: &mut Value, rng: &mut Rng) {
    if let Some(users) = v["directory"]["users"].as_array_mut() {
        for u in users {
            if let Some(groups) = u.get_mut("groups").and_then(Value::as_array_mut) {
                mix(groups, rng);
            }
        }
    }
    if let Some(orgs) = v["organizations"].as_array_mut() {
        for o in orgs {
            for key in ["roles", "seat_tiers"] {
                let path = format!("/provisioning/group_mappings/{key}");
                if let Some(m) = o.pointer_mut(&path).and_then(Value::as_object_mut) {
                    for (_, list) in m.iter_mut() {
                        if let Some(list) = list.as_array_mut() {
                            mix(list, rng);
                        }
                    }
                }
            }
        }
    }
}

/// The email with each letter in upper or lower case at random.
fn recase(email: &str, rng: &mut Rng) -> String {
    email
        .chars()
        .map(|c| {
            if rng.below(2) == 0 {
                c.to_uppercase().collect::<String>()
            } else {
                c.to_lowercase().collect::<String>()
            }
        })
        .collect()
}

/// Every email of the scenario, re-cased at random.
fn recase_emails(v: &mut Value, rng: &mut Rng) {
    if let Some(a) = v.get("actor").and_then(Value::as_str).map(str::to_owned) {
        v["actor"] = json!(recase(&a, rng));
    }
    if let Some(users) = v["directory"]["users"].as_array_mut() {
        // R26 compares a user's SSO address with their email exactly: re-casing that email
        // would change whether they can sign in, so it is left as written.
        for u in users.iter_mut().filter(|u| u.get("sso_email").is_none()) {
            let e = u["email"].as_str().unwrap().to_owned();
            u["email"] = json!(recase(&e, rng));
        }
    }
    if let Some(orgs) = v["organizations"].as_array_mut() {
        for o in orgs {
            if let Some(members) = o.get_mut("members").and_then(Value::as_array_mut) {
                for m in members {
                    let e = m["email"].as_str().unwrap().to_owned();
                    m["email"] = json!(recase(&e, rng));
                }
            }
        }
    }
}

/// Adds a directory user with a non-ASCII email (simple one-to-one case mappings only), in a
/// group of the sketches, and makes them a member of the first organization.
fn with_non_ascii_user(v: &mut Value) {
    v["directory"]["users"]
        .as_array_mut()
        .unwrap()
        .push(json!({"email": "zoë.ärlig@exämple.com", "groups": ["g1", "anthropic-x"]}));
    let org = &mut v["organizations"][0];
    let role = if org["product"] == "claude" {
        "user"
    } else {
        "developer"
    };
    let member = json!({"email": "ZOË.ÄRLIG@EXÄMPLE.COM", "role": role});
    match org.get_mut("members").and_then(Value::as_array_mut) {
        Some(members) => members.push(member),
        None => org["members"] = json!([member]),
    }
}

/// Every (organization, "roles"/"seat_tiers", id, position) of a mapped group name.
fn mapped_positions(v: &Value) -> Vec<(usize, &'static str, String, usize)> {
    let mut out = Vec::new();
    for (k, o) in v["organizations"].as_array().unwrap().iter().enumerate() {
        for key in ["roles", "seat_tiers"] {
            let Some(m) = o
                .pointer(&format!("/provisioning/group_mappings/{key}"))
                .and_then(Value::as_object)
            else {
                continue;
            };
            for (id, list) in m {
                for i in 0..list.as_array().map_or(0, Vec::len) {
                    out.push((k, key, id.clone(), i));
                }
            }
        }
    }
    out
}

fn tier_rank(plan: &str, tier: &str) -> usize {
    plan_tiers(plan)
        .iter()
        .position(|t| *t == tier)
        .unwrap_or(usize::MAX)
}

proptest! {
    #![proptest_config(config())]

    /// The order of group names (and a name listed twice) changes nothing in the evaluation.
    #[test]
    fn group_order_does_not_matter(sketch in sketches(), seed in any::<u64>()) {
        let v = sketch.scenario();
        let mut w = v.clone();
        shuffle_groups(&mut w, &mut Rng::new(seed));
        prop_assert_eq!(evaluation_text(&v), evaluation_text(&w), "shuffled: {:#}", w);
    }

    /// The letter case of emails changes nothing but how they are written.
    #[test]
    fn email_case_does_not_matter(sketch in sketches(), seed in any::<u64>()) {
        let mut v = sketch.scenario();
        with_non_ascii_user(&mut v);
        let mut w = v.clone();
        recase_emails(&mut w, &mut Rng::new(seed));
        prop_assert_eq!(
            evaluation_text(&v).to_lowercase(),
            evaluation_text(&w).to_lowercase(),
            "re-cased: {:#}", w
        );
    }

    /// Removing one group from one mapping list never raises the role of anyone who has access
    /// (R3, where comparable) or a tier given by groups (R1), and never brings anyone into
    /// scope. A member who falls out of scope under JIT is `blocked` and listed with the role
    /// held now (R10), which may be higher than the role groups gave: that is no grant.
    ///
    /// Tiers are compared only where both come from groups: without a tier group a new user
    /// takes the highest free tier (R15) and a member keeps theirs, which may well be higher
    /// (see `r15_removing_a_tier_mapping_can_raise_a_new_users_tier`), and a seat someone no
    /// longer takes may go to another user (R17).
    #[test]
    fn removing_a_mapping_never_raises_a_role_or_tier(sketch in sketches(), pick in any::<usize>()) {
        let v = sketch.scenario();
        let positions = mapped_positions(&v);
        prop_assume!(!positions.is_empty());
        let (k, key, id, i) = positions[pick % positions.len()].clone();
        let mut w = v.clone();
        let list = w["organizations"][k]["provisioning"]["group_mappings"][key][&id]
            .as_array_mut()
            .unwrap();
        let removed = list.remove(i);
        let before = evaluation(&v);
        let after = evaluation(&w);
        let plan = v["plan"].as_str().unwrap();
        let orgs = before["organizations"].as_array().unwrap().iter()
            .zip(after["organizations"].as_array().unwrap());
        for (ob, oa) in orgs {
            let product = ob["product"].as_str().unwrap();
            for (ub, ua) in ob["users"].as_array().unwrap().iter().zip(oa["users"].as_array().unwrap()) {
                let who = format!("{} in {} after removing {removed} from {key}.{id}", ub["email"], ob["id"]);
                prop_assert_eq!(&ub["email"], &ua["email"]);
                // A blocked member keeps the role held now but cannot sign in (R10): no grant.
                let access = ua["status"] == "member" || ua["status"] == "pending_login";
                if let (Some(rb), Some(ra), true) = (ub["role"].as_str(), ua["role"].as_str(), access) {
                    prop_assert!(!above(product, ra, rb), "{}: role {} became {}\n{:#}", who, rb, ra, v);
                }
                let from_groups = |u: &Value| u["seat_source"].as_str().is_some_and(|s| s.starts_with("group:"));
                if from_groups(ub) && from_groups(ua) {
                    let (tb, ta) = (ub["seat_tier"].as_str().unwrap(), ua["seat_tier"].as_str().unwrap());
                    prop_assert!(tier_rank(plan, ta) >= tier_rank(plan, tb), "{}: tier {} became {}\n{:#}", who, tb, ta, v);
                }
                prop_assert!(ub["in_scope"] == true || ua["in_scope"] == false, "{}: brought into scope\n{:#}", who, v);
            }
        }
    }

    /// A scenario document survives `to_json_pretty` and reading back; the typed fast path,
    /// the `Value` walker and a byte order mark in front all give the same document. Names,
    /// the plan and group names are arbitrary text (escapes, non-ASCII, control characters):
    /// reading a document checks its shape only.
    #[test]
    fn scenario_document_round_trips(
        sketch in sketches(),
        texts in prop::collection::vec(any::<String>(), 4),
        version in prop_oneof![Just(1u64), any::<u64>()],
    ) {
        let mut v = sketch.scenario();
        v["version"] = json!(version);
        v["plan"] = json!(texts[0]);
        if let Some(u) = v["directory"]["users"].as_array_mut().and_then(|u| u.first_mut()) {
            u["name"] = json!(texts[1]);
            u["groups"] = json!([texts[2], "g0"]);
        }
        v["organizations"][0]["name"] = json!(texts[3]);
        let text = serde_json::to_string_pretty(&v).unwrap();

        let doc = ScenarioDoc::from_json_str(&text)
            .unwrap_or_else(|e| panic!("a well-formed document is rejected: {e}\n{text}"));
        let walked = ScenarioDoc::from_value(&serde_json::from_str(&text).unwrap())
            .unwrap_or_else(|e| panic!("the walker rejects a well-formed document: {e}\n{text}"));
        prop_assert_eq!(&doc, &walked);

        let written = doc.to_json_pretty();
        let again = ScenarioDoc::from_json_str(&written).unwrap();
        prop_assert_eq!(&doc, &again, "written: {}", written);
        prop_assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), v);

        let bom = format!("\u{feff}{text}");
        prop_assert_eq!(ScenarioDoc::from_json_str(&bom).unwrap(), doc);
    }
}

/// Why the tier check above is limited to tiers from groups: R15 gives a new user in no
/// seat-tier group the highest tier with a free seat, so removing the mapping that named a
/// lower tier raises it, as the rules say.
#[test]
fn r15_removing_a_tier_mapping_can_raise_a_new_users_tier() {
    let scenario = |standard: &[&str]| {
        json!({"version": 1, "plan": "team",
            "directory": {"users": [
                {"email": "a@x.com", "groups": ["anthropic-owners", "anthropic-standard"]}
            ]},
            "organizations": [{"id": "c", "product": "claude",
                "provisioning": {"mode": "jit", "group_mappings": {"enabled": true,
                    "roles": {"owner": ["anthropic-owners"]},
                    "seat_tiers": {"standard": standard}}}}]})
    };
    let tier = |v: &Value| {
        let ev = evaluation(v);
        let u = &ev["organizations"][0]["users"][0];
        (
            u["seat_tier"].as_str().unwrap().to_owned(),
            u["seat_source"].as_str().unwrap().to_owned(),
        )
    };
    assert_eq!(
        tier(&scenario(&["anthropic-standard"])),
        ("standard".into(), "group:anthropic-standard".into())
    );
    assert_eq!(tier(&scenario(&[])), ("premium".into(), "default".into()));
    assert!(reference::differences(&scenario(&[])).is_empty());
}

proptest! {
    #![proptest_config(config())]

    /// R26: an SSO address of their own decides nothing but R26: without any, the outcomes,
    /// the other findings and the notes are the same, and no `SSO_EMAIL_MISMATCH` stands.
    #[test]
    fn r26_sso_addresses_decide_only_sign_in(sketch in sketches()) {
        let v = sketch.scenario();
        let mut w = v.clone();
        for u in w["directory"]["users"].as_array_mut().unwrap() {
            u.as_object_mut().unwrap().remove("sso_email");
        }
        let (with, without) = (evaluation(&v), evaluation(&w));
        prop_assert_eq!(&with["organizations"], &without["organizations"]);
        prop_assert_eq!(&with["notes"], &without["notes"]);
        let others = |ev: &Value| -> Vec<Value> {
            ev["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["code"] != "SSO_EMAIL_MISMATCH")
                .cloned()
                .collect()
        };
        prop_assert_eq!(others(&with), others(&without));
        prop_assert_eq!(others(&without).len(), without["findings"].as_array().unwrap().len());
    }
}
