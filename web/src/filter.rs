//! The review's user table: which rows a search and the filters keep. One pass over the
//! users of an organization, whatever the filters: what a search or a filter needs of the
//! words (role, tier, status and change names, group names, findings) is worked out once,
//! before the pass.

use provplan_core::case::lower;
use provplan_core::evaluate::Subjects;
use provplan_core::scenario::PersonId;
use provplan_core::{Change, Role, Scenario, SeatTier, Status};

use crate::i18n::Tr;
use crate::review::{FindingView, OrgReview, UserRow};

/// The search and filters of the user table. Empty fields keep every user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserFilter {
    /// The organization shown (an index of the review's).
    pub org: usize,
    /// Words looked for in the email, name, status, role, seat tier (now and after saving),
    /// change, groups and the findings that name the user, in the language shown.
    pub search: String,
    /// `""`, `"changes"` (access changes, blocked or not added) or a status id.
    pub status: String,
    /// The role now or after saving.
    pub role: Option<Role>,
    /// The seat tier now or after saving.
    pub tier: Option<SeatTier>,
    pub change: Option<Change>,
    /// A group of the directory (an index of the scenario's).
    pub group: Option<u32>,
    /// A finding about users (an index of the review's findings).
    pub finding: Option<usize>,
}

impl UserFilter {
    /// The table showing exactly the users of finding `finding` of organization `org`.
    pub fn of_finding(org: usize, finding: usize) -> UserFilter {
        UserFilter {
            org,
            finding: Some(finding),
            ..UserFilter::default()
        }
    }

    /// The rows of `o` kept, as indices of `o.users`, in order. `findings` are the review's.
    pub fn rows(&self, tr: Tr, findings: &[FindingView], o: &OrgReview) -> Vec<u32> {
        let sc: &Scenario = &o.scenario;
        let search = Search::new(tr, lower(self.search.trim()), findings, o);
        let of_finding = self.finding.map(|i| {
            findings
                .get(i)
                .filter(|f| f.org_index.is_none_or(|x| x == o.index))
                .and_then(people_of)
                .map(|p| marks(sc, p))
                .unwrap_or_default()
        });
        let kept = |u: &UserRow| {
            let status = match self.status.as_str() {
                "" => true,
                "changes" => {
                    u.change != Change::None
                        || u.status == Status::Blocked
                        || u.status == Status::NotAdded
                }
                s => u.status.id() == s,
            };
            status
                && self
                    .role
                    .is_none_or(|r| u.role == Some(r) || u.current_role == Some(r))
                && self
                    .tier
                    .is_none_or(|t| u.seat_tier == Some(t) || u.current_seat_tier == Some(t))
                && self.change.is_none_or(|c| u.change == c)
                && self
                    .group
                    .is_none_or(|g| sc.groups_of(u.person).contains(&g))
                && of_finding
                    .as_ref()
                    .is_none_or(|m| m.get(u.person as usize) == Some(&true))
                && search.matches(o, u)
        };
        (0u32..)
            .zip(o.users.iter())
            .filter(|(_, u)| kept(u))
            .map(|(i, _)| i)
            .collect()
    }
}

/// The people a finding is about, when it is about people (or the acting admin): those
/// whose rows "+N more" opens.
pub fn people_of(f: &FindingView) -> Option<Vec<PersonId>> {
    match f.detail.subjects() {
        Subjects::People(p) => Some(p.to_vec()),
        Subjects::Actor => Some(f.scenario.actor.iter().filter_map(|a| a.1).collect()),
        Subjects::Groups(_) | Subjects::Orgs(_) | Subjects::Org => None,
    }
}

/// One mark per person of the scenario: whether it is one of `people`.
fn marks(sc: &Scenario, people: Vec<PersonId>) -> Vec<bool> {
    let mut m = vec![false; sc.people.len()];
    for p in people {
        if let Some(x) = m.get_mut(p as usize) {
            *x = true;
        }
    }
    m
}

/// Whether `hay` contains `needle` (in lower case) without regard to case.
fn contains(hay: &str, needle: &str) -> bool {
    if hay.is_ascii() {
        hay.as_bytes()
            .windows(needle.len().max(1))
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    } else {
        lower(hay).contains(needle)
    }
}

/// A search, with what it finds among the few words of the catalogue and among the
/// scenario's groups and the review's findings worked out once.
struct Search {
    needle: String,
    statuses: Vec<Status>,
    roles: Vec<Role>,
    tiers: Vec<SeatTier>,
    changes: Vec<Change>,
    /// Per group of the scenario: its name matches.
    groups: Vec<bool>,
    /// Per person of the scenario: a finding that names them matches.
    people: Vec<bool>,
}

impl Search {
    fn new(tr: Tr, needle: String, findings: &[FindingView], o: &OrgReview) -> Search {
        let hit = |words: String| contains(&words, &needle);
        if needle.is_empty() {
            return Search {
                needle,
                statuses: Vec::new(),
                roles: Vec::new(),
                tiers: Vec::new(),
                changes: Vec::new(),
                groups: Vec::new(),
                people: Vec::new(),
            };
        }
        let sc: &Scenario = &o.scenario;
        let mut people = vec![false; sc.people.len()];
        for f in findings
            .iter()
            .filter(|f| f.org_index.is_none_or(|x| x == o.index))
            .filter(|f| {
                hit(tr.finding_title_of(f.code))
                    || contains(f.code.id(), &needle)
                    || lower(f.rule) == needle
            })
        {
            for p in people_of(f).unwrap_or_default() {
                if let Some(x) = people.get_mut(p as usize) {
                    *x = true;
                }
            }
        }
        Search {
            statuses: Status::ALL
                .iter()
                .copied()
                .filter(|s| hit(tr.status_of(*s)))
                .collect(),
            roles: Role::ALL
                .iter()
                .copied()
                .filter(|r| hit(tr.role_of(*r)))
                .collect(),
            tiers: SeatTier::ALL
                .iter()
                .copied()
                .filter(|t| hit(tr.tier_of(*t)))
                .collect(),
            changes: Change::ALL
                .iter()
                .copied()
                .filter(|c| hit(tr.change_name(c.id())))
                .collect(),
            groups: sc.groups.iter().map(|g| contains(g, &needle)).collect(),
            people,
            needle,
        }
    }

    fn matches(&self, o: &OrgReview, u: &UserRow) -> bool {
        let n = &self.needle;
        let sc: &Scenario = &o.scenario;
        let either = |list: &[Role]| {
            u.role.is_some_and(|r| list.contains(&r))
                || u.current_role.is_some_and(|r| list.contains(&r))
        };
        n.is_empty()
            || contains(o.email(u), n)
            || o.name(u).is_some_and(|x| contains(x, n))
            || self.statuses.contains(&u.status)
            || either(&self.roles)
            || u.seat_tier.is_some_and(|t| self.tiers.contains(&t))
            || u.current_seat_tier.is_some_and(|t| self.tiers.contains(&t))
            || self.changes.contains(&u.change)
            || sc
                .groups_of(u.person)
                .iter()
                .any(|g| self.groups.get(*g as usize) == Some(&true))
            || self.people.get(u.person as usize) == Some(&true)
    }
}

#[cfg(test)]
mod tests {
    use provplan_core::Code;

    use super::*;
    use crate::examples;
    use crate::i18n::Lang;
    use crate::review::Review;

    fn review(name: &str) -> Review {
        Review::build(&examples::load(name).unwrap()).unwrap()
    }

    fn emails(r: &Review, f: &UserFilter, tr: Tr) -> Vec<String> {
        let o = &r.orgs[f.org];
        f.rows(tr, &r.findings, o)
            .into_iter()
            .map(|i| o.email(&o.users[i as usize]).to_owned())
            .collect()
    }

    fn search(r: &Review, words: &str, tr: Tr) -> Vec<String> {
        let f = UserFilter {
            search: words.into(),
            ..UserFilter::default()
        };
        emails(r, &f, tr)
    }

    #[test]
    fn no_filter_keeps_every_user_in_order() {
        let r = review(examples::DEFAULT);
        let all: Vec<String> = r.orgs[0]
            .users
            .iter()
            .map(|u| r.orgs[0].email(u).to_owned())
            .collect();
        assert_eq!(emails(&r, &UserFilter::default(), Tr::EN), all);
        assert_eq!(search(&r, "  ", Tr::EN), all);
    }

    #[test]
    fn search_finds_emails_names_roles_groups_and_findings() {
        let r = review(examples::DEFAULT);
        let o = &r.orgs[0];
        let sc = &o.scenario;
        // By role, now or after saving: every such user and no other.
        let owners = search(&r, "OWNER", Tr::EN);
        let expected: Vec<String> = o
            .users
            .iter()
            .filter(|u| u.role == Some(Role::Owner) || u.current_role == Some(Role::Owner))
            .map(|u| o.email(u).to_owned())
            .collect();
        assert!(!expected.is_empty());
        for e in &expected {
            assert!(owners.contains(e), "{e} not in {owners:?}");
        }
        // By group: its members.
        let group = "anthropic-claude-admins";
        let g = sc.groups.iter().position(|x| x == group).unwrap() as u32;
        let admins = search(&r, "claude-admins", Tr::EN);
        assert!(!admins.is_empty());
        for u in o.users.iter() {
            let member = sc.groups_of(u.person).contains(&g);
            if member {
                assert!(admins.contains(&o.email(u).to_owned()));
            }
        }
        assert!(admins.contains(&"cy@example.com".to_owned()), "{admins:?}");
        // By finding: its title, its code or its rule names its users.
        let removed = r
            .findings
            .iter()
            .find(|f| f.code == Code::MembersRemovedOnSave)
            .unwrap();
        let people: Vec<String> = people_of(removed)
            .unwrap()
            .iter()
            .map(|p| sc.email(*p).to_owned())
            .collect();
        for words in ["members_removed", "R12"] {
            let found = search(&r, words, Tr::EN);
            for p in &people {
                assert!(found.contains(p), "{words}: {p} not in {found:?}");
            }
        }
        // By email and name, as before; and nothing for words nobody has.
        assert_eq!(search(&r, "CY@EXAMPLE", Tr::EN), ["cy@example.com"]);
        assert!(search(&r, "zzz-nobody", Tr::EN).is_empty());
    }

    #[test]
    fn search_uses_the_words_of_the_language_shown() {
        let r = review(examples::DEFAULT);
        let de = Tr::new(Lang::De);
        let role = de.role_of(Role::Admin);
        let found = search(&r, &role, de);
        assert!(
            found.contains(&"cy@example.com".to_owned()),
            "{role}: {found:?}"
        );
        let status = de.status_of(Status::Removed);
        assert!(search(&r, &status, de).contains(&"former@example.com".to_owned()));
    }

    #[test]
    fn filters_combine_and_each_keeps_only_its_users() {
        let r = review(examples::DEFAULT);
        let o = &r.orgs[0];
        let sc = &o.scenario;
        let check = |f: UserFilter, keep: &dyn Fn(&UserRow) -> bool| {
            let got = emails(&r, &f, Tr::EN);
            let want: Vec<String> = o
                .users
                .iter()
                .filter(|u| keep(u))
                .map(|u| o.email(u).to_owned())
                .collect();
            assert_eq!(got, want, "{f:?}");
            got.len()
        };
        let n = check(
            UserFilter {
                role: Some(Role::Owner),
                ..UserFilter::default()
            },
            &|u| u.role == Some(Role::Owner) || u.current_role == Some(Role::Owner),
        );
        assert!(n > 0);
        check(
            UserFilter {
                tier: Some(SeatTier::Premium),
                ..UserFilter::default()
            },
            &|u| {
                u.seat_tier == Some(SeatTier::Premium)
                    || u.current_seat_tier == Some(SeatTier::Premium)
            },
        );
        let n = check(
            UserFilter {
                change: Some(Change::Remove),
                ..UserFilter::default()
            },
            &|u| u.change == Change::Remove,
        );
        assert!(n > 0);
        let g = sc
            .groups
            .iter()
            .position(|x| x == "anthropic-claude-users")
            .unwrap() as u32;
        let n = check(
            UserFilter {
                group: Some(g),
                ..UserFilter::default()
            },
            &|u| sc.groups_of(u.person).contains(&g),
        );
        assert!(n > 0);
        check(
            UserFilter {
                group: Some(g),
                change: Some(Change::Update),
                status: "member".into(),
                ..UserFilter::default()
            },
            &|u| {
                sc.groups_of(u.person).contains(&g)
                    && u.change == Change::Update
                    && u.status == Status::Member
            },
        );
        check(
            UserFilter {
                status: "changes".into(),
                ..UserFilter::default()
            },
            &|u| u.change != Change::None || matches!(u.status, Status::Blocked | Status::NotAdded),
        );
    }

    #[test]
    fn a_finding_filter_keeps_exactly_its_users() {
        let r = review(examples::DEFAULT);
        for (i, f) in r.findings.iter().enumerate() {
            let Some(people) = people_of(f) else { continue };
            let org = f.org_index.unwrap_or(0);
            let o = &r.orgs[org];
            let mut want: Vec<String> = people
                .iter()
                .filter(|p| o.users.iter().any(|u| u.person == **p))
                .map(|p| o.scenario.email(*p).to_owned())
                .collect();
            let mut got = emails(&r, &UserFilter::of_finding(org, i), Tr::EN);
            want.sort();
            got.sort();
            assert_eq!(got, want, "{:?}", f.code);
        }
        // A finding that is not about people, or of another organization, keeps nobody.
        let r = review("enterprise-scim-group-mappings");
        for (i, f) in r.findings.iter().enumerate() {
            if people_of(f).is_none() {
                assert!(emails(&r, &UserFilter::of_finding(0, i), Tr::EN).is_empty());
            }
        }
        assert!(emails(&r, &UserFilter::of_finding(0, 999), Tr::EN).is_empty());
    }
}
