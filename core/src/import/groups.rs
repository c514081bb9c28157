//! Group names of an import checked against the groups a setup maps: which mapped groups the
//! import does not contain, and which imported groups look like each of them. A Google
//! Workspace export names groups by email (`anthropic-claude-owners@acme.com`), so that a
//! mapping of `anthropic-claude-owners` finds nobody; [`without_domains`] renames them.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::doc::DirectoryDoc;

/// How an imported group looks like a mapped one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Likeness {
    /// The part before `@` of a group named by email is the mapped name (letter case aside).
    WithoutDomain,
    /// The names differ only in letter case.
    Case,
    /// One name is the other with a prefix before a separator (`acme-`, `okta_`).
    Prefix,
}

/// A mapped group that the import does not contain, and the imported groups that look like
/// it (closest first, at most [`LOOK_ALIKES`]).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct GroupCheck {
    pub mapped: String,
    pub like: Vec<(String, Likeness)>,
}

/// Most look-alikes given for one mapped group.
pub const LOOK_ALIKES: usize = 5;

/// What separates a prefix from the rest of a group name.
fn separator(c: char) -> bool {
    matches!(c, '-' | '_' | '.' | ' ' | ':' | '/' | '\\')
}

/// The part before `@`, if the name has one with text on both sides.
fn local_part(name: &str) -> Option<&str> {
    let (local, domain) = name.split_once('@')?;
    (!local.is_empty() && !domain.is_empty()).then_some(local)
}

/// The name without each of its prefixes: what follows each separator, longest first.
fn suffixes(name: &str) -> impl Iterator<Item = &str> {
    name.char_indices()
        .filter(|(_, c)| separator(*c))
        .filter_map(|(i, c)| name.get(i + c.len_utf8()..))
        .filter(|rest| !rest.is_empty() && !rest.starts_with(separator))
}

/// The mapped groups (in the order given, once each) that no imported group is named exactly
/// so, each with the imported groups that look like it. Linear in the length of the names.
pub fn check_groups<'a>(
    mapped: impl IntoIterator<Item = &'a str>,
    imported: impl IntoIterator<Item = &'a str>,
) -> Vec<GroupCheck> {
    let mut exact: HashSet<&str> = HashSet::new();
    // Lowercased forms of the imported names → the names and how they were reached.
    let mut index: HashMap<String, Vec<(&str, Likeness)>> = HashMap::new();
    let mut add = |key: &str, name: &'a str, how: Likeness| {
        let list = index.entry(crate::case::lower(key)).or_default();
        if list.len() < LOOK_ALIKES && !list.iter().any(|(n, _)| *n == name) {
            list.push((name, how));
        }
    };
    for name in imported {
        if !exact.insert(name) {
            continue;
        }
        let local = local_part(name);
        let base = local.unwrap_or(name);
        match local {
            Some(local) => add(local, name, Likeness::WithoutDomain),
            None => add(name, name, Likeness::Case),
        }
        for rest in suffixes(base) {
            add(rest, name, Likeness::Prefix);
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    let mut checks = Vec::new();
    for m in mapped {
        if exact.contains(m) || !seen.insert(m) {
            continue;
        }
        let mut like: Vec<(String, Likeness)> = Vec::new();
        let mut found = |key: &str, prefixed: bool| {
            for (name, how) in index.get(&crate::case::lower(key)).into_iter().flatten() {
                let how = if prefixed { Likeness::Prefix } else { *how };
                if like.len() < LOOK_ALIKES && !like.iter().any(|(n, _)| n == name) {
                    like.push(((*name).to_owned(), how));
                }
            }
        };
        found(m, false);
        // The mapped name with a prefix the imported one lacks.
        for rest in suffixes(m) {
            found(rest, true);
        }
        // Closest first: a domain or letter case before a prefix (a stable sort).
        like.sort_by_key(|(_, how)| *how);
        checks.push(GroupCheck {
            mapped: m.to_owned(),
            like,
        });
    }
    checks
}

/// Renames every group named by email to the part before `@` (`owners@acme.com` →
/// `owners`), a user's groups once each. Gives how many memberships were renamed.
pub fn without_domains(directory: &mut DirectoryDoc) -> usize {
    let mut renamed = 0;
    for user in &mut directory.users {
        if !user.groups.iter().any(|g| local_part(g).is_some()) {
            continue;
        }
        let user = Arc::make_mut(user);
        let mut groups: Vec<String> = Vec::with_capacity(user.groups.len());
        for g in user.groups.drain(..) {
            let name = match local_part(&g) {
                Some(local) => {
                    renamed += 1;
                    local.to_owned()
                }
                None => g,
            };
            if !groups.contains(&name) {
                groups.push(name);
            }
        }
        user.groups = groups;
    }
    renamed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn like(mapped: &[&str], imported: &[&str]) -> Vec<(String, Vec<(String, Likeness)>)> {
        check_groups(mapped.iter().copied(), imported.iter().copied())
            .into_iter()
            .map(|c| (c.mapped, c.like))
            .collect()
    }

    #[test]
    fn names_found_are_not_reported() {
        assert!(like(&["a", "b"], &["b", "a", "c"]).is_empty());
    }

    #[test]
    fn a_domain_a_letter_case_and_a_prefix_look_alike() {
        let got = like(
            &["anthropic-claude-owners", "Claude-Chat", "claude-premium"],
            &[
                "anthropic-claude-owners@acme.com",
                "claude-chat",
                "acme-claude-premium",
                "unrelated",
            ],
        );
        assert_eq!(
            got,
            [
                (
                    "anthropic-claude-owners".to_owned(),
                    vec![(
                        "anthropic-claude-owners@acme.com".to_owned(),
                        Likeness::WithoutDomain
                    )]
                ),
                (
                    "Claude-Chat".to_owned(),
                    vec![("claude-chat".to_owned(), Likeness::Case)]
                ),
                (
                    "claude-premium".to_owned(),
                    vec![("acme-claude-premium".to_owned(), Likeness::Prefix)]
                ),
            ]
        );
    }

    #[test]
    fn a_prefix_the_import_lacks_is_a_look_alike_too() {
        let got = like(&["acme-owners"], &["Owners@acme.com", "viewers"]);
        assert_eq!(got[0].1, [("Owners@acme.com".to_owned(), Likeness::Prefix)]);
    }

    #[test]
    fn a_missing_group_with_nothing_alike_is_listed_alone() {
        assert_eq!(
            like(&["owners", "owners"], &["x"]),
            [("owners".to_owned(), vec![])]
        );
    }

    #[test]
    fn domains_are_dropped_and_groups_kept_once() {
        let user = |groups: &[&str]| {
            Arc::new(crate::doc::UserDoc {
                email: "a@x.io".into(),
                groups: groups.iter().map(|g| (*g).to_owned()).collect(),
                ..Default::default()
            })
        };
        let mut d = DirectoryDoc {
            users: vec![
                user(&["a@x.com", "a@y.com", "b", "@odd", "c@"]),
                user(&["z"]),
            ],
            ..Default::default()
        };
        let untouched = d.users[1].clone();
        assert_eq!(without_domains(&mut d), 2);
        assert_eq!(d.users[0].groups, ["a", "b", "@odd", "c@"]);
        assert!(Arc::ptr_eq(&d.users[1], &untouched));
    }
}
