//! The scenario as written (CONTRACT.md, version 1): ids are still strings, optional fields
//! stay optional, so that what a user wrote serializes back as they wrote it. The app edits
//! this model; [`crate::Scenario::from_doc`] checks it against the rules.
//!
//! Reading is strict: an unknown field is an error (a typo must not pass silently), and every
//! shape error is collected with its JSON path, not only the first.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{ErrorKind, InputError, InputErrors, Path};

/// Largest scenario text read, in bytes (a 200,000-user scenario is about 45 MB).
pub const MAX_INPUT_BYTES: usize = 48 * 1024 * 1024;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDoc {
    pub version: u64,
    pub plan: String,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub actor: Option<String>,
    pub directory: DirectoryDoc,
    pub organizations: Vec<OrganizationDoc>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryDoc {
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub idp: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub scim_connected: Option<bool>,
    /// Each user is shared: copying a document copies pointers, and an edit copies only the
    /// users it changes (`Arc::make_mut`), so a 100,000-user setup is cheap to keep in an undo
    /// step or to edit.
    pub users: Vec<Arc<UserDoc>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserDoc {
    pub email: String,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub assigned: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationDoc {
    pub id: String,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    pub product: String,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub seats: Option<BTreeMap<String, u32>>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning: Option<ProvisioningDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    /// Shared like [`DirectoryDoc::users`].
    pub members: Vec<Arc<MemberDoc>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisioningDoc {
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub mode: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_mappings: Option<GroupMappingsDoc>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupMappingsDoc {
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, Vec<String>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seat_tiers: BTreeMap<String, Vec<String>>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub role_precedence: Option<Vec<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberDoc {
    pub email: String,
    pub role: String,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub seat_tier: Option<String>,
}

/// An optional field may be absent, but `null` is a wrong type like any other: a scenario
/// written with `"mode": null` most likely means something the planner cannot guess.
fn non_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

impl ScenarioDoc {
    /// Reads scenario JSON text. Syntax errors carry line and column; shape errors their path.
    pub fn from_json_str(text: &str) -> Result<ScenarioDoc, InputErrors> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(InputError::new(
                "",
                ErrorKind::Syntax,
                format!(
                    "the scenario is {} MB; the planner reads at most {} MB",
                    text.len().div_ceil(1024 * 1024),
                    MAX_INPUT_BYTES / (1024 * 1024)
                ),
            )
            .into());
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Fast path: a well-formed document reads straight into the model. Anything it
        // rejects is read again by the walker below, which reports every error with its path.
        match serde_json::from_str::<ScenarioDoc>(text) {
            Ok(doc) => return Ok(doc),
            Err(e) if !matches!(e.classify(), serde_json::error::Category::Data) => {
                return Err(syntax_error(&e).into());
            }
            Err(_) => {}
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            InputError::new(
                "",
                ErrorKind::Syntax,
                format!(
                    "invalid JSON at line {}, column {}: {}",
                    e.line(),
                    e.column(),
                    syntax_reason(&e)
                ),
            )
        })?;
        Self::from_value(&value)
    }

    /// Reads an already parsed JSON value (the JavaScript API passes objects).
    pub fn from_value(value: &Value) -> Result<ScenarioDoc, InputErrors> {
        let mut r = Reader::default();
        let doc = r.scenario(value, &Path::Root);
        if r.errors.is_empty() {
            Ok(doc)
        } else {
            Err(InputErrors(r.errors))
        }
    }

    /// Reads what may be a partly broken document, returning what could be read and the
    /// errors; [`crate::Scenario::parse`] uses it to report shape and rule errors together.
    pub(crate) fn read_lenient(value: &Value) -> (ScenarioDoc, Vec<InputError>) {
        let mut r = Reader::default();
        let doc = r.scenario(value, &Path::Root);
        (doc, r.errors)
    }

    /// Pretty JSON, two-space indented, as users write it.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn syntax_error(e: &serde_json::Error) -> InputError {
    InputError::new(
        "",
        ErrorKind::Syntax,
        format!(
            "invalid JSON at line {}, column {}: {}",
            e.line(),
            e.column(),
            syntax_reason(e)
        ),
    )
}

fn syntax_reason(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the position is already in front.
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text.get(..cut).unwrap_or(&text).to_owned(),
        None => text,
    }
}

/// An optional field (`null` is present, and a wrong type).
fn optional<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.get(key)
}

#[derive(Default)]
struct Reader {
    errors: Vec<InputError>,
}

/// A JSON type name for messages.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl Reader {
    fn error(&mut self, path: &Path<'_>, kind: ErrorKind, message: impl Into<String>) {
        self.errors
            .push(InputError::new(path.to_string(), kind, message));
    }

    fn wrong_type(&mut self, path: &Path<'_>, expected: &str, got: &Value) {
        self.error(
            path,
            ErrorKind::Type,
            format!("expected {expected}, found {}", type_name(got)),
        );
    }

    /// An object whose keys are all in `fields`; unknown keys are reported.
    fn object<'v>(
        &mut self,
        v: &'v Value,
        path: &Path<'_>,
        fields: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(map) = v else {
            self.wrong_type(path, "an object", v);
            return None;
        };
        for key in map.keys() {
            if !fields.contains(&key.as_str()) {
                let hint = closest(key, fields)
                    .map(|f| format!("; did you mean `{f}`?"))
                    .unwrap_or_else(|| format!("; expected one of {}", fields.join(", ")));
                self.error(
                    &path.key(key),
                    ErrorKind::UnknownField,
                    format!("unknown field `{key}`{hint}"),
                );
            }
        }
        Some(map)
    }

    fn required<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &Path<'_>,
        key: &str,
    ) -> Option<&'v Value> {
        let v = map.get(key);
        if v.is_none() {
            self.error(
                &path.key(key),
                ErrorKind::Missing,
                format!("missing field `{key}`"),
            );
        }
        v
    }

    fn string(&mut self, v: &Value, path: &Path<'_>) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(path, "a string", other);
                None
            }
        }
    }

    fn opt_string(
        &mut self,
        map: &Map<String, Value>,
        path: &Path<'_>,
        key: &str,
    ) -> Option<String> {
        map.get(key).and_then(|v| self.string(v, &path.key(key)))
    }

    fn opt_bool(&mut self, map: &Map<String, Value>, path: &Path<'_>, key: &str) -> Option<bool> {
        match optional(map, key)? {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong_type(&path.key(key), "true or false", other);
                None
            }
        }
    }

    fn list<'v>(&mut self, v: &'v Value, path: &Path<'_>) -> &'v [Value] {
        match v {
            Value::Array(items) => items,
            other => {
                self.wrong_type(path, "a list", other);
                &[]
            }
        }
    }

    fn strings(&mut self, v: &Value, path: &Path<'_>) -> Vec<String> {
        let items = self.list(v, path);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(s) = self.string(item, &path.index(i)) {
                out.push(s);
            }
        }
        out
    }

    fn scenario(&mut self, v: &Value, path: &Path<'_>) -> ScenarioDoc {
        let mut doc = ScenarioDoc::default();
        let Some(map) = self.object(
            v,
            path,
            &["version", "plan", "actor", "directory", "organizations"],
        ) else {
            return doc;
        };
        if let Some(version) = self.required(map, path, "version") {
            match version.as_u64() {
                Some(n) => doc.version = n,
                None => self.wrong_type(&path.key("version"), "the integer 1", version),
            }
        }
        if let Some(plan) = self.required(map, path, "plan") {
            doc.plan = self.string(plan, &path.key("plan")).unwrap_or_default();
        }
        doc.actor = self.opt_string(map, path, "actor");
        if let Some(dir) = self.required(map, path, "directory") {
            doc.directory = self.directory(dir, &path.key("directory"));
        }
        if let Some(orgs) = self.required(map, path, "organizations") {
            let p = path.key("organizations");
            let items = self.list(orgs, &p);
            doc.organizations = items
                .iter()
                .enumerate()
                .map(|(i, o)| self.organization(o, &p.index(i)))
                .collect();
        }
        doc
    }

    fn directory(&mut self, v: &Value, path: &Path<'_>) -> DirectoryDoc {
        let mut doc = DirectoryDoc::default();
        let Some(map) = self.object(v, path, &["idp", "scim_connected", "users"]) else {
            return doc;
        };
        doc.idp = self.opt_string(map, path, "idp");
        doc.scim_connected = self.opt_bool(map, path, "scim_connected");
        if let Some(users) = self.required(map, path, "users") {
            let p = path.key("users");
            let items = self.list(users, &p);
            doc.users = items
                .iter()
                .enumerate()
                .map(|(i, u)| Arc::new(self.user(u, &p.index(i))))
                .collect();
        }
        doc
    }

    fn user(&mut self, v: &Value, path: &Path<'_>) -> UserDoc {
        let mut doc = UserDoc::default();
        let Some(map) = self.object(v, path, &["email", "name", "assigned", "groups"]) else {
            return doc;
        };
        if let Some(email) = self.required(map, path, "email") {
            doc.email = self.string(email, &path.key("email")).unwrap_or_default();
        }
        doc.name = self.opt_string(map, path, "name");
        doc.assigned = self.opt_bool(map, path, "assigned");
        if let Some(groups) = map.get("groups") {
            doc.groups = self.strings(groups, &path.key("groups"));
        }
        doc
    }

    fn organization(&mut self, v: &Value, path: &Path<'_>) -> OrganizationDoc {
        let mut doc = OrganizationDoc::default();
        let Some(map) = self.object(
            v,
            path,
            &["id", "name", "product", "seats", "provisioning", "members"],
        ) else {
            return doc;
        };
        if let Some(id) = self.required(map, path, "id") {
            doc.id = self.string(id, &path.key("id")).unwrap_or_default();
        }
        doc.name = self.opt_string(map, path, "name");
        if let Some(product) = self.required(map, path, "product") {
            doc.product = self
                .string(product, &path.key("product"))
                .unwrap_or_default();
        }
        if let Some(seats) = optional(map, "seats") {
            doc.seats = self.seats(seats, &path.key("seats"));
        }
        if let Some(prov) = optional(map, "provisioning") {
            doc.provisioning = self.provisioning(prov, &path.key("provisioning"));
        }
        if let Some(members) = map.get("members") {
            let p = path.key("members");
            let items = self.list(members, &p);
            doc.members = items
                .iter()
                .enumerate()
                .map(|(i, m)| Arc::new(self.member(m, &p.index(i))))
                .collect();
        }
        doc
    }

    fn seats(&mut self, v: &Value, path: &Path<'_>) -> Option<BTreeMap<String, u32>> {
        let Value::Object(map) = v else {
            self.wrong_type(path, "an object of seat tier → number of seats", v);
            return None;
        };
        let mut out = BTreeMap::new();
        for (tier, n) in map {
            let p = path.key(tier);
            match n.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => {
                    out.insert(tier.clone(), n);
                }
                None => self.wrong_type(&p, "a whole number of seats from 0 to 4294967295", n),
            }
        }
        Some(out)
    }

    fn provisioning(&mut self, v: &Value, path: &Path<'_>) -> Option<ProvisioningDoc> {
        let map = self.object(v, path, &["mode", "group_mappings"])?;
        Some(ProvisioningDoc {
            mode: self.opt_string(map, path, "mode"),
            group_mappings: optional(map, "group_mappings")
                .and_then(|g| self.group_mappings(g, &path.key("group_mappings"))),
        })
    }

    fn group_mappings(&mut self, v: &Value, path: &Path<'_>) -> Option<GroupMappingsDoc> {
        let map = self.object(
            v,
            path,
            &["enabled", "roles", "seat_tiers", "role_precedence"],
        )?;
        let mut doc = GroupMappingsDoc {
            enabled: self.opt_bool(map, path, "enabled"),
            ..GroupMappingsDoc::default()
        };
        for (key, target) in [
            ("roles", &mut doc.roles),
            ("seat_tiers", &mut doc.seat_tiers),
        ] {
            let Some(m) = map.get(key) else { continue };
            let p = path.key(key);
            let Value::Object(m) = m else {
                self.wrong_type(&p, "an object of id → list of group names", m);
                continue;
            };
            for (id, groups) in m {
                let groups = self.strings(groups, &p.key(id));
                target.insert(id.clone(), groups);
            }
        }
        if let Some(prec) = optional(map, "role_precedence") {
            doc.role_precedence = Some(self.strings(prec, &path.key("role_precedence")));
        }
        Some(doc)
    }

    fn member(&mut self, v: &Value, path: &Path<'_>) -> MemberDoc {
        let mut doc = MemberDoc::default();
        let Some(map) = self.object(v, path, &["email", "role", "seat_tier"]) else {
            return doc;
        };
        if let Some(email) = self.required(map, path, "email") {
            doc.email = self.string(email, &path.key("email")).unwrap_or_default();
        }
        if let Some(role) = self.required(map, path, "role") {
            doc.role = self.string(role, &path.key("role")).unwrap_or_default();
        }
        doc.seat_tier = self.opt_string(map, path, "seat_tier");
        doc
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

/// Levenshtein distance over chars; inputs are short field names.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
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
        assert_eq!(e, ["invalid JSON at line 3, column 10: expected `:`"]);
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
