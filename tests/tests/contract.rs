//! The TypeScript declarations (`core/js/index.d.ts`) against the one definition of the
//! contract, the engine's: every id union against its Rust enum, every finding code's
//! severity, rule and `params` against `Code` and what the writer writes for its `Detail`,
//! and every output interface against the fields the writer writes (on every example, a
//! generated scenario, their comparisons, the catalogue and input errors). A field, id or
//! finding added in Rust without its declaration, or declared without being written, fails
//! here.

use std::collections::{BTreeMap, BTreeSet};

use provplan_core::evaluate::NoteId;
use provplan_core::{
    Change, Code, Detail, ErrorKind, Finding, Idp, Mode, Plan, Product, Role, Scenario, SeatTier,
    Severity, Status, Step, StepStatus, TakesEffect, compare, evaluate,
};
use provplan_tests::{examples, json_of, root};
use serde_json::{Map, Value};

/// The declarations, read just well enough for this check: string-literal unions (resolving
/// unions of unions), interfaces' fields (two-space indented `name?: type;`), and the
/// entries of `FindingKinds`.
struct Declarations {
    unions: BTreeMap<String, Vec<String>>,
    interfaces: BTreeMap<String, Vec<(String, bool)>>,
    /// Per finding code: severities, rule, params' field names.
    finding_kinds: BTreeMap<String, (BTreeSet<String>, String, BTreeSet<String>)>,
}

fn quoted(text: &str) -> Vec<String> {
    text.split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn read_declarations() -> Declarations {
    let text = std::fs::read_to_string(root().join("core/js/index.d.ts")).unwrap();
    let mut d = Declarations {
        unions: BTreeMap::new(),
        interfaces: BTreeMap::new(),
        finding_kinds: BTreeMap::new(),
    };
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix("export type ") {
            let Some((name, body)) = rest.split_once(" =") else {
                continue;
            };
            let mut body = body.to_owned();
            while !body.trim_end().ends_with(';') {
                match lines.next() {
                    Some(l) => body.push_str(l),
                    None => break,
                }
            }
            let body = body.trim().trim_end_matches(';');
            if body.contains('{') || body.contains('<') || body.contains('`') {
                continue;
            }
            let mut members = Vec::new();
            for part in body.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                match d.unions.get(part) {
                    Some(known) => members.extend(known.clone()),
                    None => members.extend(quoted(part)),
                }
            }
            d.unions.insert(name.trim().to_owned(), members);
        } else if let Some(rest) = line.strip_prefix("export interface ") {
            let name = rest
                .split([' ', '<', '{'])
                .next()
                .unwrap_or_default()
                .to_owned();
            let kinds = name == "FindingKinds";
            let mut fields = Vec::new();
            while let Some(l) = lines.next() {
                if l.starts_with('}') {
                    break;
                }
                let Some(f) = l.strip_prefix("  ") else {
                    continue;
                };
                if f.starts_with([' ', '/', '*']) {
                    continue;
                }
                let Some((field, rest)) = f.split_once(':') else {
                    continue;
                };
                if kinds {
                    let mut entry = rest.to_owned();
                    if !entry.trim_end().ends_with("};") {
                        for more in lines.by_ref() {
                            entry.push_str(more);
                            if more.trim_end().ends_with("};") {
                                break;
                            }
                        }
                    }
                    d.finding_kinds
                        .insert(field.to_owned(), finding_kind(&entry));
                } else {
                    let optional = field.ends_with('?');
                    fields.push((field.trim_end_matches('?').to_owned(), optional));
                }
            }
            d.interfaces.insert(name, fields);
        }
    }
    d
}

/// `{ severity: 'error'; rule: 'R7'; params: { plan: PlanId; product: ProductId } }`; a
/// severity may be a union (`'error' | 'warning'`).
fn finding_kind(entry: &str) -> (BTreeSet<String>, String, BTreeSet<String>) {
    let value = |key: &str| {
        entry
            .split_once(&format!("{key}: '"))
            .and_then(|(_, r)| r.split_once('\''))
            .map(|(v, _)| v.to_owned())
            .unwrap_or_default()
    };
    let params = entry.split_once("params:").map_or("", |(_, p)| p);
    let mut names = BTreeSet::new();
    if let Some((_, inner)) = params.split_once('{') {
        // The params object's own fields: names at its first level, before each `:`.
        let mut depth = 0;
        let mut name = String::new();
        for c in inner.chars() {
            match c {
                '{' | '[' | '<' | '(' => depth += 1,
                '}' | ']' | '>' | ')' if depth == 0 => break,
                '}' | ']' | '>' | ')' => depth -= 1,
                ':' if depth == 0 => {
                    names.insert(name.trim().trim_end_matches('?').to_owned());
                    name.clear();
                }
                ';' if depth == 0 => name.clear(),
                c if depth == 0 => name.push(c),
                _ => {}
            }
        }
    }
    let severities = entry
        .split_once("severity:")
        .and_then(|(_, r)| r.split_once(';'))
        .map(|(union, _)| quoted(union).into_iter().collect())
        .unwrap_or_default();
    (severities, value("rule"), names)
}

fn ids(it: impl Iterator<Item = &'static str>) -> Vec<String> {
    it.map(str::to_owned).collect()
}

#[test]
fn id_unions_are_the_engines_ids() {
    let d = read_declarations();
    let rules: Vec<String> = ids(provplan_core::catalog::rule_ids());
    let roles_of = |p: Product| ids(p.roles().iter().map(|r| r.id()));
    let mut all_roles = roles_of(Product::Claude);
    all_roles.extend(roles_of(Product::Console));
    let expected: [(&str, Vec<String>); 16] = [
        ("PlanId", ids(Plan::ids())),
        ("ProductId", ids(Product::ids())),
        ("ClaudeRole", roles_of(Product::Claude)),
        ("ConsoleRole", roles_of(Product::Console)),
        ("RoleId", all_roles),
        ("SeatTierId", ids(SeatTier::ids())),
        ("ModeId", ids(Mode::ids())),
        ("IdpId", ids(Idp::ids())),
        ("StatusId", ids(Status::ids())),
        ("ChangeId", ids(Change::ids())),
        ("TakesEffectId", ids(TakesEffect::ids())),
        ("SeverityId", ids(Severity::ids())),
        ("StepId", ids(Step::ids())),
        ("StepStatusId", ids(StepStatus::ids())),
        ("RuleId", rules),
        ("NoteId", ids(NoteId::ids())),
    ];
    for (name, want) in expected {
        assert_eq!(d.unions.get(name), Some(&want), "index.d.ts: {name}");
    }
    assert_eq!(d.unions.get("InputErrorKind"), Some(&ids(ErrorKind::ids())));
}

/// A detail of every code, about person 0, group 0 and organization 0 of `sample_scenario`:
/// the match is exhaustive, so a new code does not compile until it has one.
fn sample(code: Code) -> Detail {
    match code {
        Code::ScimNotEligible => Detail::ScimNotEligible {
            plan: Plan::Team,
            product: Product::Claude,
        },
        Code::ScimNotConnected => Detail::ScimNotConnected { orgs: vec![0] },
        Code::ScimFanout => Detail::ScimFanout { orgs: vec![0] },
        Code::AgmNoEffect => Detail::AgmNoEffect {},
        Code::RoleDefaulted => Detail::RoleDefaulted { people: vec![0] },
        Code::RoleAmbiguous => Detail::RoleAmbiguous {
            person: 0,
            chosen: Role::Developer,
            rival: Role::Billing,
        },
        Code::MembersRemovedOnSave => Detail::MembersRemovedOnSave { people: vec![0] },
        Code::MembersBlocked => Detail::MembersBlocked { people: vec![0] },
        Code::MappingsIgnored => Detail::MappingsIgnored { groups: vec![0] },
        Code::DefaultSeatTier => Detail::DefaultSeatTier {
            people: vec![0],
            tiers: vec![(SeatTier::Premium, 1)],
        },
        Code::SeatTierMappingNotApplicable => Detail::SeatTierMappingNotApplicable {
            groups: vec![0],
            product: Product::Console,
        },
        Code::SeatShortfall => Detail::SeatShortfall {
            people: vec![0],
            tiers: vec![(SeatTier::Standard, 1)],
        },
        Code::NoPrivilegedGroup => Detail::NoPrivilegedGroup {
            groups: vec![0],
            role: Role::Owner,
        },
        Code::ActorLosesAccess => Detail::ActorLosesAccess {
            role: None,
            status: Status::Removed,
        },
        Code::UnknownGroup => Detail::UnknownGroup {
            groups: vec![0],
            case_mismatch: vec![(0, vec![0])],
        },
        Code::UnassignedInGroup => Detail::UnassignedInGroup { people: vec![0] },
        Code::GroupNaming => Detail::GroupNaming {
            groups: vec![0],
            prefix: "anthropic-claude-",
        },
        Code::EntraSyncDelay => Detail::EntraSyncDelay { orgs: vec![0] },
        Code::ActorNotPrivileged => Detail::ActorNotPrivileged {
            role: Some(Role::Admin),
        },
        Code::LookalikeEmails => Detail::LookalikeEmails {
            people: vec![0],
            pairs: vec![(0, 0)],
            invisible: vec![0],
        },
        Code::PrimaryOwnerExempt => Detail::PrimaryOwnerExempt {
            person: 0,
            status: Status::Removed,
            role: None,
            seat_tier: None,
        },
        Code::SsoEmailMismatch => Detail::SsoEmailMismatch {
            people: vec![0],
            idp: Idp::Okta,
        },
        Code::RemovalThreshold => Detail::RemovalThreshold {
            people: vec![0],
            limit: provplan_core::scenario::RemovalLimit::Percent(10),
            allowed: 0,
        },
    }
}

#[test]
fn every_finding_code_is_declared_with_its_severity_rule_and_params() {
    let d = read_declarations();
    let sc = Scenario::parse(
        r#"{"version": 1, "plan": "team", "actor": "a@x.com",
            "directory": {"users": [{"email": "a@x.com", "groups": ["g"]}]},
            "organizations": [{"id": "claude", "product": "claude"}]}"#,
    )
    .unwrap();
    let declared: BTreeSet<&String> = d.finding_kinds.keys().collect();
    let codes: Vec<String> = ids(Code::ids());
    assert_eq!(declared, codes.iter().collect(), "FindingKinds' codes");
    for code in Code::ALL {
        let detail = sample(*code);
        assert_eq!(detail.code(), *code);
        let f = json_of(&Finding::new(&sc, Some(0), detail));
        let params: BTreeSet<String> = f["params"].as_object().unwrap().keys().cloned().collect();
        let (severities, rule, declared) = &d.finding_kinds[code.id()];
        // Every severity the code has in some mode (R17: SEAT_SHORTFALL under JIT).
        let modes = [None, Some(Mode::Manual), Some(Mode::Jit), Some(Mode::Scim)];
        let want: BTreeSet<String> = modes
            .iter()
            .map(|m| code.severity_in(*m).id().to_owned())
            .collect();
        assert_eq!(
            (severities, rule.as_str(), declared),
            (&want, code.rule(), &params),
            "FindingKinds.{}",
            code.id()
        );
    }
}

/// The JSON objects of a kind, gathered from the outputs.
#[derive(Default)]
struct Objects(BTreeMap<&'static str, Vec<Map<String, Value>>>);

impl Objects {
    fn add(&mut self, kind: &'static str, v: &Value) {
        self.0
            .entry(kind)
            .or_default()
            .push(v.as_object().cloned().unwrap_or_default());
    }

    fn each(&mut self, kind: &'static str, list: &Value) {
        for v in list.as_array().into_iter().flatten() {
            self.add(kind, v);
        }
    }
}

#[test]
fn every_output_interface_declares_exactly_the_fields_written() {
    let d = read_declarations();
    let mut objects = Objects::default();
    let mut texts: Vec<String> = examples()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let generated = provplan_core::generate::scenario(provplan_core::generate::Options {
        users: 300,
        seed: 3,
    });
    texts.push(generated.to_json_pretty());
    // Version 2: the Primary Owner (R27) and the Limited Developer (R3).
    texts.push(std::fs::read_to_string(root().join("tests/fixtures/primary-owner.json")).unwrap());
    // R26: users whose SSO sends another address than the one SCIM provisions.
    texts.push(std::fs::read_to_string(root().join("tests/fixtures/sso-email.json")).unwrap());
    // R28: more people would lose access than the removal limit allows.
    texts.push(std::fs::read_to_string(root().join("tests/fixtures/removal-limit.json")).unwrap());
    for text in &texts {
        let sc = Scenario::parse(text).unwrap();
        let ev = json_of(&evaluate(&sc));
        objects.add("Evaluation", &ev);
        for o in ev["organizations"].as_array().unwrap() {
            objects.add("OrgEvaluation", o);
            objects.each("UserOutcome", &o["users"]);
            for seat in o["seats"].as_object().unwrap().values() {
                objects.add("SeatCount", seat);
            }
            objects.add("Counts", &o["counts"]);
            objects.add("ChangeCounts", &o["changes"]);
            objects.add("OnSave", &o["changes_on_save"]);
            objects.add("AtSignIn", &o["changes_at_sign_in"]);
        }
        objects.each("FindingOf", &ev["findings"]);
        objects.each("ChecklistItem", &ev["checklist"]);
        objects.each("Note", &ev["notes"]);
        // Every user's trace.
        let evaluation = evaluate(&sc);
        for o in &evaluation.organizations {
            for u in o.users.iter() {
                let x = provplan_core::explain_in(&sc, &evaluation, u.person, None).unwrap();
                let x = json_of(&x);
                objects.add("Explanation", &x);
                for t in x["organizations"].as_array().unwrap() {
                    objects.add("OrgTrace", t);
                    for step in t["steps"].as_array().unwrap() {
                        let kind = match step["step"].as_str().unwrap() {
                            "assignment" => "AssignmentStep",
                            "scope" => "ScopeStep",
                            "membership" => "MembershipStep",
                            "role" => "RoleStep",
                            "seat" => "SeatStep",
                            _ => "ResultStep",
                        };
                        objects.add(kind, step);
                        objects.each("GroupTrace", &step["groups"]);
                        objects.each("RoleCandidate", &step["candidates"]);
                        if step["queue"].is_object() {
                            objects.add("SeatTurn", &step["queue"]);
                        }
                    }
                }
            }
        }
        let rows = json_of(&compare(&sc));
        objects.each("Comparison", &rows);
        for r in rows.as_array().unwrap() {
            objects.add("SeverityCounts", &r["findings"]);
        }
    }
    // The differences between each two scenarios in turn.
    for pair in texts.windows(2) {
        let (b, a) = (
            Scenario::parse(&pair[0]).unwrap(),
            Scenario::parse(&pair[1]).unwrap(),
        );
        let d = json_of(&provplan_core::diff::diff(&evaluate(&b), &evaluate(&a)));
        objects.add("Diff", &d);
        objects.each("FindingRef", &d["findings_added"]);
        objects.each("FindingRef", &d["findings_removed"]);
        for o in d["organizations"].as_array().unwrap() {
            objects.add("OrgDiff", o);
            objects.each("FindingRef", &o["findings_added"]);
            objects.each("FindingRef", &o["findings_removed"]);
            for u in o["users"].as_array().unwrap() {
                objects.add("UserDiff", u);
                for side in ["before", "after"] {
                    if !u[side].is_null() {
                        objects.add("DiffRow", &u[side]);
                    }
                }
            }
        }
    }
    let catalog: Value = serde_json::from_str(&provplan_core::catalog_json()).unwrap();
    objects.add("Catalog", &catalog);
    objects.each("PlanInfo", &catalog["plans"]);
    objects.each("ProductInfo", &catalog["products"]);
    let errors = Scenario::parse(r#"{"version": 1, "plan": "gold"}"#).unwrap_err();
    objects.each("InputErrorDetail", &json_of(&errors));

    // Records of ids (`Record<StatusId, number>`): their keys are the union's.
    let union_of = |record: &str| match record {
        "Counts" => "StatusId",
        "ChangeCounts" => "ChangeId",
        "SeverityCounts" => "SeverityId",
        _ => "",
    };
    for (kind, list) in &objects.0 {
        assert!(!list.is_empty(), "no {kind} written");
        let declared: Vec<(String, bool)> = match d.interfaces.get(*kind) {
            Some(fields) => fields.clone(),
            None => d
                .unions
                .get(union_of(kind))
                .unwrap_or_else(|| panic!("index.d.ts declares no {kind}"))
                .iter()
                .map(|k| (k.clone(), false))
                .collect(),
        };
        let names: BTreeSet<&String> = declared.iter().map(|(n, _)| n).collect();
        for object in list {
            for key in object.keys() {
                assert!(
                    names.contains(key),
                    "{kind}.{key} is written but not declared in index.d.ts"
                );
            }
            for (field, optional) in &declared {
                assert!(
                    *optional || object.contains_key(field),
                    "{kind}.{field} is declared but not written: {object:?}"
                );
            }
        }
        // An optional field is written somewhere, or the declaration is stale.
        for (field, _) in declared.iter().filter(|(_, optional)| *optional) {
            assert!(
                list.iter().any(|o| o.contains_key(field)),
                "{kind}.{field}? is declared but never written"
            );
        }
    }
    assert_eq!(objects.0.len(), 33, "{:?}", objects.0.keys());
}

#[test]
fn the_catalogue_lists_every_id_in_catalogue_order() {
    let catalog: Value = serde_json::from_str(&provplan_core::catalog_json()).unwrap();
    let list = |key: &str| -> Vec<String> {
        catalog[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(list("roles"), ids(Role::ids()));
    assert_eq!(list("statuses"), ids(Status::ids()));
    assert_eq!(list("checklist"), ids(Step::ids()));
    assert_eq!(list("notes"), ids(NoteId::ids()));
    let codes: Vec<&str> = catalog["finding_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, Code::ids().collect::<Vec<_>>());
}
