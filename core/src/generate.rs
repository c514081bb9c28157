//! A deterministic generator of large, realistic scenarios, for benchmarks and the app's
//! "large demo": a seat-based Enterprise parent with a Claude organization and a Console
//! organization, both SCIM + group mappings; most users in 2–6 groups, a few in hundreds.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::doc::{
    DirectoryDoc, GroupMappingsDoc, MemberDoc, OrganizationDoc, ProvisioningDoc, ScenarioDoc,
    UserDoc,
};
use crate::sliced::{Slice, Sliced};

/// What to generate. The same options always give the same scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub users: u32,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            users: 1000,
            seed: 1,
        }
    }
}

/// A small PCG-style generator: deterministic across platforms, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let x = ((self.0 >> 18) ^ self.0) >> 27;
        let rot = (self.0 >> 59) as u32;
        (x as u32).rotate_right(rot)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u32) -> u32 {
        if n == 0 { 0 } else { self.next() % n }
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }
}

/// Generates a scenario with `options.users` directory users.
pub fn scenario(options: Options) -> ScenarioDoc {
    Generator::new(options).run()
}

/// R26: gives about a tenth of the directory's users an SSO address other than their email
/// (every tenth user from the fourth: half of them the email in capitals, half another
/// address), as a version 2 scenario (upgraded first). The same document always gives the
/// same result.
pub fn with_sso_emails(doc: &mut ScenarioDoc) {
    doc.upgrade();
    for (i, user) in doc.directory.users.iter_mut().enumerate() {
        if i % 10 != 3 {
            continue;
        }
        let u = Arc::make_mut(user);
        u.sso_email = Some(if i % 20 == 3 {
            u.email.to_uppercase()
        } else {
            format!("sso.{}", u.email)
        });
    }
}

/// [`scenario`] in slices, a [`Sliced`] job of a unit per user made, so that a page can make a
/// large demo between frames: the same scenario, however it is sliced.
pub struct Generator {
    rng: Rng,
    n: u32,
    next: u32,
    /// Team groups: about one per 40 users.
    teams: u32,
    users: Vec<Arc<UserDoc>>,
    claude_members: Vec<Arc<MemberDoc>>,
    console_members: Vec<Arc<MemberDoc>>,
}

impl Generator {
    pub fn new(options: Options) -> Generator {
        let n = options.users.max(1);
        Generator {
            rng: Rng(options.seed ^ 0x9e37_79b9_7f4a_7c15),
            n,
            next: 0,
            teams: (n / 40).max(4),
            users: Vec::with_capacity(n as usize),
            claude_members: Vec::new(),
            console_members: Vec::new(),
        }
    }

    /// User `i`: a few role, tier and Console groups, and teams (most users in 1–4, a few
    /// in hundreds); most are members of the Claude organization already.
    fn user(&mut self, i: u32) {
        let email = format!("user{i:06}@example.com");
        let mut groups = Vec::new();
        // Role groups.
        let claude_role = match self.rng.below(1000) {
            0..=2 => "anthropic-claude-owners",
            3..=19 => "anthropic-claude-admins",
            _ => "anthropic-claude-users",
        };
        if !self.rng.chance(3) {
            groups.push(claude_role.to_owned());
        }
        // Seat tiers: a quarter premium, most standard, some in none (default tier).
        match self.rng.below(100) {
            0..=24 => groups.push("anthropic-claude-premium".to_owned()),
            25..=89 => groups.push("anthropic-claude-standard".to_owned()),
            _ => {}
        }
        // Console: about one in five.
        if self.rng.chance(20) {
            groups.push(
                match self.rng.below(10) {
                    0 => "anthropic-console-admins",
                    1 => "anthropic-console-billing",
                    2..=3 => "anthropic-console-claude-code",
                    _ => "anthropic-console-developers",
                }
                .to_owned(),
            );
        }
        // Team memberships: most users in 1–4 teams, a few in hundreds.
        let extra = if self.rng.chance(1) {
            100 + self.rng.below(200)
        } else {
            1 + self.rng.below(4)
        };
        for _ in 0..extra {
            groups.push(format!("team-{:05}", self.rng.below(self.teams)));
        }
        let assigned = !self.rng.chance(2);
        // Current members: 60% of the directory, holding their current role and tier.
        if self.rng.chance(60) {
            self.claude_members.push(Arc::new(MemberDoc {
                email: email.clone(),
                role: if claude_role == "anthropic-claude-owners" {
                    "owner"
                } else {
                    "user"
                }
                .to_owned(),
                seat_tier: Some(
                    if self.rng.chance(30) {
                        "premium"
                    } else {
                        "standard"
                    }
                    .to_owned(),
                ),
                primary_owner: None,
            }));
        }
        if self.rng.chance(10) {
            self.console_members.push(Arc::new(MemberDoc {
                email: email.clone(),
                role: "developer".to_owned(),
                seat_tier: None,
                primary_owner: None,
            }));
        }
        self.users.push(Arc::new(UserDoc {
            email,
            sso_email: None,
            name: Some(format!("User {i}")),
            assigned: (!assigned).then_some(false),
            groups,
        }));
    }

    /// The scenario, once every user is made.
    fn finish(self) -> ScenarioDoc {
        let Generator {
            n,
            mut users,
            mut claude_members,
            console_members,
            ..
        } = self;
        // A few stale members no longer in the directory.
        for i in 0..(n / 100) {
            claude_members.push(Arc::new(MemberDoc {
                email: format!("former{i:05}@example.com"),
                role: "user".to_owned(),
                seat_tier: Some("standard".to_owned()),
                primary_owner: None,
            }));
        }
        let actor = users.first().map(|u| u.email.clone());
        if let Some(first) = users.first_mut().map(Arc::make_mut) {
            first.groups.push("anthropic-claude-owners".to_owned());
            first.groups.push("anthropic-console-admins".to_owned());
        }
        let map = |pairs: &[(&str, &[&str])]| -> BTreeMap<String, Vec<String>> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.iter().map(|g| (*g).to_owned()).collect()))
                .collect()
        };
        let claude = OrganizationDoc {
            id: "claude".to_owned(),
            name: Some("Example Corp".to_owned()),
            product: "claude".to_owned(),
            seats: Some(
                [
                    ("premium".to_owned(), n / 4),
                    ("standard".to_owned(), n * 2 / 3),
                ]
                .into_iter()
                .collect(),
            ),
            provisioning: Some(ProvisioningDoc {
                mode: Some("scim".to_owned()),
                group_mappings: Some(GroupMappingsDoc {
                    enabled: Some(true),
                    roles: map(&[
                        ("owner", &["anthropic-claude-owners"]),
                        ("admin", &["anthropic-claude-admins"]),
                        ("user", &["anthropic-claude-users", "team-00000"]),
                    ]),
                    seat_tiers: map(&[
                        ("premium", &["anthropic-claude-premium"]),
                        ("standard", &["anthropic-claude-standard"]),
                    ]),
                    role_precedence: None,
                }),
            }),
            members: claude_members,
        };
        let console = OrganizationDoc {
            id: "console".to_owned(),
            name: Some("Example API".to_owned()),
            product: "console".to_owned(),
            seats: None,
            provisioning: Some(ProvisioningDoc {
                mode: Some("scim".to_owned()),
                group_mappings: Some(GroupMappingsDoc {
                    enabled: Some(true),
                    roles: map(&[
                        ("admin", &["anthropic-console-admins"]),
                        ("developer", &["anthropic-console-developers"]),
                        ("billing", &["anthropic-console-billing"]),
                        ("claude_code_user", &["anthropic-console-claude-code"]),
                    ]),
                    seat_tiers: BTreeMap::new(),
                    role_precedence: None,
                }),
            }),
            members: console_members,
        };
        ScenarioDoc {
            version: 1,
            plan: "enterprise_seat_based".to_owned(),
            actor,
            max_removals: None,
            directory: DirectoryDoc {
                idp: Some("okta".to_owned()),
                scim_connected: Some(true),
                users,
            },
            organizations: vec![claude, console],
        }
    }
}

impl Sliced for Generator {
    type Output = ScenarioDoc;

    /// Makes up to `work` more users (at least one), then the scenario once all are made.
    fn step(mut self, work: usize) -> Slice<Self, ScenarioDoc> {
        let work = u32::try_from(work).unwrap_or(u32::MAX).max(1);
        let end = self.next.saturating_add(work).min(self.n);
        for i in self.next..end {
            self.user(i);
        }
        self.next = end;
        if self.next == self.n {
            Slice::Done(self.finish())
        } else {
            Slice::Pending(self)
        }
    }

    /// Users made so far, and in all.
    fn progress(&self) -> (usize, usize) {
        (self.next as usize, self.n as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_valid() {
        let a = scenario(Options {
            users: 500,
            seed: 7,
        });
        assert_eq!(
            a,
            scenario(Options {
                users: 500,
                seed: 7
            })
        );
        assert_ne!(
            a,
            scenario(Options {
                users: 500,
                seed: 8
            })
        );
        let sc = crate::Scenario::from_doc(&a);
        assert!(sc.is_ok(), "{:?}", sc.err());
        assert_eq!(a.directory.users.len(), 500);
    }

    #[test]
    fn made_in_slices_it_is_the_same_scenario() {
        let options = Options {
            users: 1_234,
            seed: 3,
        };
        let whole = scenario(options);
        for work in [0, 1, 7, 1_000] {
            let mut g = Generator::new(options);
            let mut steps = 0;
            let made = loop {
                steps += 1;
                match g.step(work) {
                    Slice::Pending(next) => {
                        assert_eq!(next.progress(), (steps * work.max(1), 1_234));
                        g = next;
                    }
                    Slice::Done(doc) => break doc,
                }
            };
            assert_eq!(steps, 1_234_usize.div_ceil(work.max(1)));
            assert_eq!(made, whole, "slices of {work}");
        }
    }
}
