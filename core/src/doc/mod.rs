//! The scenario as written (CONTRACT.md, versions 1 and 2): ids are still strings, optional fields
//! stay optional, so that what a user wrote serializes back as they wrote it. The app edits
//! this model; [`crate::Scenario::from_doc`] checks it against the rules.
//!
//! Reading is strict: an unknown field is an error (a typo must not pass silently), and every
//! shape error is collected with its JSON path, not only the first.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use serde_json::Value;

use crate::error::InputErrors;

mod read;
pub use read::Reading;
pub(crate) use read::read;

/// Largest scenario text read, in bytes (a 200,000-user scenario is about 45 MB).
pub const MAX_INPUT_BYTES: usize = 48 * 1024 * 1024;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScenarioDoc {
    pub version: u64,
    pub plan: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// R28, version 2: the removal safety limit, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_removals: Option<MaxRemovalsDoc>,
    pub directory: DirectoryDoc,
    pub organizations: Vec<OrganizationDoc>,
}

/// R28, version 2: `max_removals` as written: a whole number of people, or a text (`"N%"` of an
/// organization's current members; any other text is an input error).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum MaxRemovalsDoc {
    People(u64),
    Text(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DirectoryDoc {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scim_connected: Option<bool>,
    /// Each user is shared: copying a document copies pointers, and an edit copies only the
    /// users it changes (`Arc::make_mut`), so a 100,000-user setup is cheap to keep in an undo
    /// step or to edit.
    pub users: Vec<Arc<UserDoc>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserDoc {
    pub email: String,
    /// R26, version 2: the address this user's SSO assertion sends, where it is not `email`
    /// (the address the account is provisioned under); absent: the same as `email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sso_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OrganizationDoc {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub product: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seats: Option<BTreeMap<String, u32>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provisioning: Option<ProvisioningDoc>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// Shared like [`DirectoryDoc::users`].
    pub members: Vec<Arc<MemberDoc>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ProvisioningDoc {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_mappings: Option<GroupMappingsDoc>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct GroupMappingsDoc {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, Vec<String>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub seat_tiers: BTreeMap<String, Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_precedence: Option<Vec<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MemberDoc {
    pub email: String,
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seat_tier: Option<String>,
    /// R27, version 2: the Claude organization's Primary Owner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_owner: Option<bool>,
}

impl ScenarioDoc {
    /// Reads scenario JSON text. Syntax errors carry line and column; shape errors their path.
    pub fn from_json_str(text: &str) -> Result<ScenarioDoc, InputErrors> {
        let (doc, errors) = read::read(text)?;
        if errors.is_empty() {
            Ok(doc)
        } else {
            Err(InputErrors(errors))
        }
    }

    /// Reads an already parsed JSON value, as the same text would be read.
    pub fn from_value(value: &Value) -> Result<ScenarioDoc, InputErrors> {
        Self::from_json_str(&value.to_string())
    }

    /// Pretty JSON, two-space indented, as users write it (what `serde_json::to_string_pretty`
    /// gives, by the writer of [`crate::write`]).
    pub fn to_json_pretty(&self) -> String {
        let mut text = crate::write::pretty(self);
        // `pretty` ends with a newline, as the command line prints; a document does not.
        text.pop();
        text
    }

    /// Compact JSON, as `serde_json::to_string` gives it.
    pub fn to_json(&self) -> String {
        crate::write::to_string(self)
    }

    /// The same scenario in the newest version of the format, with the same meaning: a
    /// Console organization's own `role_precedence` gets `limited_developer` right after
    /// `developer` (R3); everything else is kept as written. Whether it changed: a document in
    /// another version, or a version 1 document that already uses version 2's fields (which
    /// validation then reports), is left as it is.
    pub fn upgrade(&mut self) -> bool {
        let latest = crate::catalog::Version::LATEST.number();
        if self.version != 1 || self.uses_version_2() {
            // Not a version 1 document (or one that already uses version 2's fields): left as
            // written, so that validation names what is wrong with it.
            return false;
        }
        self.version = latest;
        let developer = crate::catalog::Role::Developer.id();
        let limited = crate::catalog::Role::LimitedDeveloper.id();
        let lists = self.organizations.iter_mut().filter_map(|o| {
            let gm = o.provisioning.as_mut()?.group_mappings.as_mut()?;
            gm.role_precedence.as_mut()
        });
        for list in lists {
            if list.iter().any(|r| r == limited) {
                continue;
            }
            if let Some(at) = list.iter().position(|r| r == developer) {
                list.insert(at + 1, limited.to_owned());
            }
        }
        true
    }

    /// The work of validating or evaluating this document, in units of about one user's
    /// worth: each user and each of their groups, each member, and each organization's
    /// settings with every group name its mappings list. A page sizes its slices in these
    /// units ([`crate::scenario::Validation`]), so a setup of few users that maps thousands
    /// of groups is known to be large too. Linear in the document.
    pub fn work(&self) -> usize {
        let users = self.directory.users.iter().map(|u| u.work());
        let orgs = self
            .organizations
            .iter()
            .map(|o| o.settings_work().saturating_add(o.members.len()));
        users.chain(orgs).fold(0, usize::saturating_add)
    }
}

impl UserDoc {
    /// The user and their groups: see [`ScenarioDoc::work`].
    pub fn work(&self) -> usize {
        self.groups.len().saturating_add(1)
    }
}

impl OrganizationDoc {
    /// The organization's settings, and each group name and role its mappings list: see
    /// [`ScenarioDoc::work`].
    pub fn settings_work(&self) -> usize {
        let Some(m) = self
            .provisioning
            .as_ref()
            .and_then(|p| p.group_mappings.as_ref())
        else {
            return 1;
        };
        let names = m.roles.values().chain(m.seat_tiers.values()).map(Vec::len);
        let precedence = m.role_precedence.as_ref().map_or(0, Vec::len);
        names.fold(precedence.saturating_add(1), usize::saturating_add)
    }
}

impl ScenarioDoc {
    /// Whether the document uses what only version 2 has: a Primary Owner mark, the Limited
    /// Developer role, a user's SSO address or a removal limit (R3, R26, R27, R28).
    fn uses_version_2(&self) -> bool {
        let limited = crate::catalog::Role::LimitedDeveloper.id();
        let sso = self.directory.users.iter().any(|u| u.sso_email.is_some());
        sso || self.max_removals.is_some()
            || self.organizations.iter().any(|o| {
                let members = o
                    .members
                    .iter()
                    .any(|m| m.primary_owner.is_some() || m.role == limited);
                let mappings = o
                    .provisioning
                    .as_ref()
                    .and_then(|p| p.group_mappings.as_ref())
                    .is_some_and(|g| {
                        g.roles.contains_key(limited)
                            || g.role_precedence.iter().flatten().any(|r| r == limited)
                    });
                members || mappings
            })
    }
}

/// The known field closest to a misspelt one (edit distance ≤ 2), for "did you mean".
fn closest<'f>(key: &str, fields: &[&'f str]) -> Option<&'f str> {
    fields
        .iter()
        .map(|f| (edit_distance(&key.to_ascii_lowercase(), f), *f))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f)
}

/// Levenshtein distance over bytes: the known names are ASCII field names, so a character
/// beyond ASCII in `a` is never one of theirs, and counting its bytes only makes a suggestion
/// less likely.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let next = (prev + cost)
                .min(above.saturating_add(1))
                .min(left.saturating_add(1));
            prev = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = next;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match ScenarioDoc::from_json_str(text) {
            Ok(_) => vec![],
            Err(e) => e.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn every_shape_error_is_reported() {
        let text = r#"{"version": 1, "plan": 3, "directory": {"users": [{"emial": "a@b"}]},
            "organizations": [{"id": "x", "product": "claude", "seats": {"premium": -1}}]}"#;
        assert_eq!(
            errors(text),
            [
                "plan: expected a string, found a number",
                "directory.users[0].emial: unknown field `emial`; did you mean `email`?",
                "directory.users[0].email: missing field `email`",
                "organizations[0].seats.premium: expected a whole number of seats from 0 to 4294967295, found a number",
            ]
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let e = errors("{\n  \"version\": 1,\n  \"plan\" \"team\"\n}");
        assert_eq!(
            e,
            ["invalid JSON at line 3, column 10: expected `:`, found `\"`"]
        );
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let text = "\u{feff}{\"version\":1,\"plan\":\"team\",\"directory\":{\"users\":[]},\"organizations\":[]}";
        assert!(ScenarioDoc::from_json_str(text).is_ok());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("emial", "email"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("mode", "mode"), 0);
    }
}
