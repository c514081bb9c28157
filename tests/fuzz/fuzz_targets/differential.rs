//! A small structured scenario (a `Sketch` of `provplan_tests::reference`), of format version 1
//! or 2 (the Console's `limited_developer`, a Primary Owner, who may be the actor, SSO addresses
//! that differ from the provisioned ones), evaluated by
//! the engine and by the reference evaluator written from `core/RULES.md`: they must agree on
//! every user's status, role, seat tier, change, `takes_effect`, sources (`role_source`,
//! `seat_source`) and `primary_owner`, on the seats per tier, on every finding's code, subjects
//! and params, on the checklist and on the notes. A disagreement panics with both results and
//! the scenario.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use provplan_tests::reference::{self, MemberSketch, OrgSketch, Sketch, UserSketch};

#[derive(Arbitrary, Debug)]
struct Input {
    plan: u8,
    entra: bool,
    scim_connected: Option<bool>,
    users: Vec<User>,
    claude_first: bool,
    orgs: Vec<Org>,
    actor: Option<u8>,
    /// Scenario format version 2.
    version2: bool,
    /// Version 2: the Claude organization's member who is its Primary Owner.
    primary_owner: Option<u8>,
    actor_is_primary_owner: bool,
    /// Version 2, R28: the removal limit (a number of people, or from 128 a percentage).
    max_removals: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct User {
    assigned: Option<bool>,
    groups: u8,
    upper: bool,
    /// Version 2, R26: the user's SSO address (none, the same, in other case, another).
    sso: u8,
}

#[derive(Arbitrary, Debug)]
struct Org {
    mode: Option<u8>,
    agm: Option<bool>,
    /// Per role of the product: the Console has six in version 2.
    roles: [u8; 6],
    tiers: [u8; 5],
    precedence: Option<u8>,
    members: Vec<(u8, u8, Option<u8>, bool)>,
    seats: Option<[Option<u8>; 2]>,
}

/// Keeps scenarios small: a disagreement shows in a handful of users.
const MAX_USERS: usize = 10;
const MAX_MEMBERS: usize = 10;

fn sketch(input: Input) -> Sketch {
    Sketch {
        plan: input.plan,
        entra: input.entra,
        scim_connected: input.scim_connected,
        users: input
            .users
            .into_iter()
            .take(MAX_USERS)
            .map(|u| UserSketch {
                assigned: u.assigned,
                groups: u.groups,
                upper: u.upper,
                name: false,
                sso: u.sso,
            })
            .collect(),
        claude_first: input.claude_first,
        orgs: input
            .orgs
            .into_iter()
            .map(|o| OrgSketch {
                mode: o.mode,
                agm: o.agm,
                roles: o.roles.to_vec(),
                tiers: o.tiers.to_vec(),
                precedence: o.precedence,
                members: o
                    .members
                    .into_iter()
                    .take(MAX_MEMBERS)
                    .map(|(person, role, tier, upper)| MemberSketch {
                        person: person % 16,
                        role,
                        tier,
                        upper,
                    })
                    .collect(),
                seats: o.seats.map(|s| s.to_vec()),
                name: false,
            })
            .collect(),
        actor: input.actor,
        version2: input.version2,
        primary_owner: input.primary_owner,
        actor_is_primary_owner: input.actor_is_primary_owner,
        max_removals: input.max_removals,
    }
}

fuzz_target!(|input: Input| {
    let scenario = sketch(input).scenario();
    let diff = reference::differences(&scenario);
    assert!(
        diff.is_empty(),
        "the engine and the reference disagree:\n{}\nscenario: {scenario:#}",
        diff.join("\n")
    );
});
