//! Generated scenarios shared by the differential and invariance suites: proptest strategies
//! over the reference evaluator's sketches (scenario format versions 1 and 2, half each), and
//! the suites' proptest configuration.

use proptest::prelude::*;
use provplan_tests::reference::{MemberSketch, OrgSketch, Sketch, UserSketch};

pub fn users() -> impl Strategy<Value = Vec<UserSketch>> {
    prop::collection::vec(
        (
            prop::option::of(prop::bool::weighted(0.8)),
            prop_oneof![1 => Just(0u8), 3 => any::<u8>()],
            prop::bool::weighted(0.2),
            any::<bool>(),
            // R26 (version 2): mostly no SSO address of their own, sometimes the same, one in
            // other letter case or another address.
            prop_oneof![6 => Just(0u8), 1 => Just(1u8), 2 => Just(2u8), 2 => Just(3u8)],
        )
            .prop_map(|(assigned, groups, upper, name, sso)| UserSketch {
                assigned,
                groups,
                upper,
                name,
                sso,
            }),
        0..9,
    )
}

pub fn org() -> impl Strategy<Value = OrgSketch> {
    let member = (
        0..12u8,
        any::<u8>(),
        prop::option::of(any::<u8>()),
        prop::bool::weighted(0.3),
    )
        .prop_map(|(person, role, tier, upper)| MemberSketch {
            person,
            role,
            tier,
            upper,
        });
    // Masks: mostly no group or one group, sometimes several.
    let mask = prop_oneof![3 => Just(0u8), 2 => (0..8u8).prop_map(|i| 1 << i), 1 => any::<u8>()];
    (
        prop::option::weighted(0.85, any::<u8>()),
        prop::option::of(prop::bool::weighted(0.7)),
        // Six roles: the Console's in version 2 (the sixth is unused in version 1).
        prop::collection::vec(mask.clone(), 6),
        prop::collection::vec(mask, 5),
        prop::option::of(any::<u8>()),
        prop::collection::vec(member, 0..9),
        prop::option::of(prop::collection::vec(prop::option::of(any::<u8>()), 2)),
        any::<bool>(),
    )
        .prop_map(
            |(mode, agm, roles, tiers, precedence, members, seats, name)| OrgSketch {
                mode,
                agm,
                roles,
                tiers,
                precedence,
                members,
                seats,
                name,
            },
        )
}

pub fn sketches() -> impl Strategy<Value = Sketch> {
    (
        (
            any::<u8>(),
            any::<bool>(),
            prop::option::of(any::<bool>()),
            users(),
            prop::bool::weighted(0.8),
            prop::collection::vec(org(), 1..4),
            prop::option::of(any::<u8>()),
        ),
        // Version 2 half the time; then mostly a Primary Owner, who is the actor a quarter
        // of the time.
        (
            any::<bool>(),
            prop::option::weighted(0.75, any::<u8>()),
            prop::bool::weighted(0.25),
            // R28 (version 2): a removal limit half the time.
            prop::option::of(any::<u8>()),
        ),
    )
        .prop_map(
            |(
                (plan, entra, scim_connected, users, claude_first, orgs, actor),
                (version2, primary_owner, actor_is_primary_owner, max_removals),
            )| Sketch {
                plan,
                entra,
                scim_connected,
                users,
                claude_first,
                orgs,
                actor,
                version2,
                primary_owner,
                actor_is_primary_owner,
                max_removals,
            },
        )
}

/// 1024 cases, or as many as `PROPTEST_CASES` asks for.
#[allow(dead_code)] // not every suite that shares this module uses it
pub fn config() -> ProptestConfig {
    config_with(1024)
}

/// `cases` cases, or as many as `PROPTEST_CASES` asks for.
pub fn config_with(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
