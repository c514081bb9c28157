//! SCIM 2.0 JSON (RFC 7643 resources, RFC 7644 `ListResponse`): users from `userName` and
//! `emails`, `active: false` → not assigned; groups from `Group.displayName` with
//! `members[].value` (a `User.id`, matched when merging, across files) and from
//! `User.groups[].display`.

use super::formats::{Found, addresses};
use super::json::{self, Node, Value};
use super::text::Lines;
use super::{
    Attribute, Format, ImportErrors, MAX_ROWS, Pick, Pos, Records, Sink, UserRecord, WarningKind,
    check_email, name_of,
};

pub(crate) const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub(crate) const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";

/// A `Group` resource, its members still SCIM ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Group {
    pub name: String,
    pub id: Option<String>,
    pub members: Vec<Member>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Member {
    pub value: String,
    pub display: Option<String>,
    /// `User` or `Group`, when given.
    pub kind: Option<String>,
    pub at: Pos,
}

/// `User.groups[]` entry without `display`: a group id, resolved when merging.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct GroupRef {
    pub user: usize,
    pub value: String,
    pub at: Pos,
}

enum Kind {
    User,
    Group,
}

/// SCIM 2.0 JSON: a `ListResponse`, a list of resources, or one resource. A user's address
/// is their `userName` (the account SCIM provisions), the primary `emails` value the one SSO
/// sends ([`Format::default_addresses`]).
pub fn read_scim(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let (scim, sso) = Format::Scim
        .default_addresses()
        .unwrap_or((Attribute::UserName, Attribute::Emails));
    read_picked(text, file, Pick { scim, sso })
}

/// [`read_scim`] with the attributes `pick` chooses.
pub(crate) fn read_picked(text: &str, file: &str, pick: Pick) -> Result<Records, ImportErrors> {
    let lines = Lines::new(text);
    let mut r = Reader {
        pick,
        lines: &lines,
        sink: Sink::new(file),
        out: Records::new(file, Format::Scim),
    };
    match json::parse(text) {
        Ok(root) => r.root(&root),
        Err(e) => {
            let at = lines.pos(e.at);
            r.sink.error(at, format!("invalid JSON: {}", e.message));
        }
    }
    let Reader { sink, out, .. } = r;
    sink.finish(out)
}

struct Reader<'l, 't> {
    pick: Pick,
    lines: &'l Lines<'t>,
    sink: Sink,
    out: Records,
}

impl Reader<'_, '_> {
    fn pos(&self, node: &Node) -> Pos {
        self.lines.pos(node.at)
    }

    fn error(&mut self, node: &Node, message: impl Into<String>) {
        let at = self.pos(node);
        self.sink.error(at, message);
    }

    fn root(&mut self, root: &Node) {
        let resources = match &root.value {
            Value::Array(items) => items.as_slice(),
            Value::Object(_) => match root.get("Resources") {
                Some(list) => {
                    let Some(items) = list.as_array() else {
                        let found = list.type_name();
                        self.error(list, format!("`Resources` must be a list, found {found}"));
                        return;
                    };
                    self.paging(root, items.len());
                    items
                }
                None if kind_of(root).is_some() => std::slice::from_ref(root),
                None => {
                    self.error(
                        root,
                        "not a SCIM ListResponse: no `Resources` list (nor a User or Group resource)",
                    );
                    return;
                }
            },
            _ => {
                let found = root.type_name();
                self.error(
                    root,
                    format!("expected a SCIM ListResponse or a list of resources, found {found}"),
                );
                return;
            }
        };
        if resources.len() > MAX_ROWS {
            self.error(
                root,
                format!("more than {MAX_ROWS} resources; split the file to import it"),
            );
            return;
        }
        for res in resources {
            let mark = self.sink.mark(&self.out);
            self.resource(res);
            self.sink.close(mark, &mut self.out);
        }
    }

    /// One resource: a User, a Group, or an error.
    fn resource(&mut self, res: &Node) {
        match kind_of(res) {
            Some(Kind::User) => self.user(res),
            Some(Kind::Group) => self.group(res),
            None if !matches!(res.value, Value::Object(_)) => {
                let found = res.type_name();
                self.error(
                    res,
                    format!("expected a SCIM resource (an object), found {found}"),
                );
            }
            None => self.error(
                res,
                "neither a SCIM User nor a Group (no `schemas`, `meta.resourceType`, \
                 `userName` or `members`)",
            ),
        }
    }

    /// RFC 7644 §3.4.2: a page of a longer result says so with `totalResults`.
    fn paging(&mut self, root: &Node, len: usize) {
        let total = root
            .get("totalResults")
            .and_then(|n| match &n.value {
                Value::Number(s) => s.parse::<usize>().ok(),
                _ => None,
            })
            .unwrap_or(len);
        if total > len {
            let at = self.pos(root);
            self.sink.warn(
                WarningKind::Incomplete,
                at,
                format!(
                    "this is one page: {len} of {total} resources (`totalResults`); import every page"
                ),
            );
        }
    }

    /// An optional string attribute; another type is an error.
    fn string<'n>(&mut self, node: &'n Node, key: &str) -> Option<&'n str> {
        let v = node.get(key)?;
        match &v.value {
            Value::String(s) => Some(s.as_str()),
            Value::Null => None,
            _ => {
                let found = v.type_name();
                self.error(v, format!("`{key}` must be a string, found {found}"));
                None
            }
        }
    }

    fn list<'n>(&mut self, node: &'n Node, key: &str) -> &'n [Node] {
        let Some(v) = node.get(key) else { return &[] };
        match &v.value {
            Value::Array(items) => items,
            Value::Null => &[],
            _ => {
                let found = v.type_name();
                self.error(v, format!("`{key}` must be a list, found {found}"));
                &[]
            }
        }
    }

    /// A `User` resource: its addresses, whether it is active, its name, its groups and its
    /// sign-in names.
    fn user(&mut self, res: &Node) {
        let id = self.string(res, "id").map(str::to_owned);
        let user_name = res.get("userName").filter(|v| v.as_str().is_some());
        self.string(res, "userName"); // another type than a string is an error
        let values = self.email_values(res);
        // The primary email, else the first.
        let email = values
            .iter()
            .find(|(_, primary)| *primary)
            .or(values.first())
            .map(|(v, _)| *v);
        let nodes = [(Attribute::UserName, user_name), (Attribute::Emails, email)];
        let found: Vec<Found<'_>> = nodes
            .iter()
            .map(|(attr, node)| Found {
                attr: *attr,
                text: node.and_then(Node::as_str).unwrap_or_default().trim(),
                at: node.map_or(Pos::START, |n| self.pos(n)),
            })
            .collect();
        let a = match addresses(&found, self.pick, &mut self.sink) {
            Ok(a) => a,
            Err(i) => {
                match nodes.get(i).and_then(|(_, n)| *n) {
                    Some(node) => {
                        let problem = check_email(node.as_str().unwrap_or_default())
                            .err()
                            .unwrap_or_default();
                        self.error(node, problem);
                    }
                    None => self.error(
                        res,
                        "a User without an email: neither `userName` nor `emails` holds one",
                    ),
                }
                return;
            }
        };
        let assigned = self.active(res, &a.email);
        let name = self.display_name(res);
        let groups = self.user_groups(res);
        self.out.users.push(UserRecord {
            email: a.email,
            sso_email: a.sso_email,
            name,
            assigned: assigned.filter(|a| !a),
            groups,
            at: a.at,
            scim_id: id,
            aliases: a.aliases,
        });
    }

    /// The `emails[].value` strings, each with whether it is `primary`; a value of another
    /// type, or an entry without one, is an error.
    fn email_values<'n>(&mut self, res: &'n Node) -> Vec<(&'n Node, bool)> {
        let mut values = Vec::new();
        for e in self.list(res, "emails") {
            match e.get("value") {
                Some(v) if v.as_str().is_some() => {
                    let primary =
                        matches!(e.get("primary").map(|p| &p.value), Some(Value::Bool(true)));
                    values.push((v, primary));
                }
                Some(v) if v.is_null() => {}
                Some(v) => {
                    let found = v.type_name();
                    self.error(
                        v,
                        format!("`emails[].value` must be a string, found {found}"),
                    );
                }
                None => self.error(e, "an `emails` entry without `value`"),
            }
        }
        values
    }

    /// `active` (a boolean, or `"True"`/`"False"` as some exports write it); `None` when
    /// absent. A user not active is warned about: imported as not assigned.
    fn active(&mut self, res: &Node, email: &str) -> Option<bool> {
        let active = res.get("active")?;
        let assigned = match &active.value {
            Value::Bool(b) => Some(*b),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
            Value::Null => None,
            _ => {
                self.error(active, "`active` must be true or false");
                None
            }
        };
        if assigned == Some(false) {
            let at = self.pos(active);
            self.sink.warn(
                WarningKind::Deactivated,
                at,
                format!("user `{email}` is not active: imported as not assigned"),
            );
        }
        assigned
    }

    /// The groups of `User.groups[]` named by `display`, once each; those given by id only
    /// are kept in `scim_refs` for the user about to be added, to be resolved when merging.
    fn user_groups(&mut self, res: &Node) -> Vec<String> {
        let mut groups = Vec::new();
        let index = self.out.users.len();
        for g in self.list(res, "groups") {
            let display = self.string(g, "display").map(str::trim).unwrap_or_default();
            if !display.is_empty() {
                if !groups.iter().any(|h| h == display) {
                    groups.push(display.to_owned());
                }
                continue;
            }
            match self.string(g, "value") {
                Some(value) => {
                    let at = self.pos(g);
                    self.out.scim_refs.push(GroupRef {
                        user: index,
                        value: value.to_owned(),
                        at,
                    });
                }
                None => self.error(g, "a `groups` entry without `display` or `value`"),
            }
        }
        groups
    }

    /// `displayName`, else `name.formatted`, else `name.givenName` and `name.familyName`.
    fn display_name(&mut self, res: &Node) -> Option<String> {
        if let Some(name) = self.string(res, "displayName").and_then(|d| name_of(&[d])) {
            return Some(name);
        }
        let parts = res.get("name")?;
        if let Some(name) = self.string(parts, "formatted").and_then(|f| name_of(&[f])) {
            return Some(name);
        }
        let given = self.string(parts, "givenName").unwrap_or_default();
        let family = self.string(parts, "familyName").unwrap_or_default();
        name_of(&[given, family])
    }

    fn group(&mut self, res: &Node) {
        let id = self.string(res, "id").map(str::to_owned);
        let name = self
            .string(res, "displayName")
            .map(str::trim)
            .unwrap_or_default();
        if name.is_empty() {
            self.error(res, "a Group without `displayName`");
            return;
        }
        let mut members = Vec::new();
        for m in self.list(res, "members") {
            let Some(value) = self.string(m, "value") else {
                self.error(m, "a group member without `value` (the member's id)");
                continue;
            };
            let display = self.string(m, "display").map(str::to_owned);
            let kind = self.string(m, "type").map(str::to_owned);
            let at = self.pos(m.get("value").unwrap_or(m));
            members.push(Member {
                value: value.to_owned(),
                display,
                kind,
                at,
            });
        }
        self.out.scim_groups.push(Group {
            name: name.to_owned(),
            id,
            members,
        });
    }
}

/// A resource's kind: from `schemas`, else `meta.resourceType`, else its attributes.
fn kind_of(res: &Node) -> Option<Kind> {
    if !matches!(res.value, Value::Object(_)) {
        return None;
    }
    let schemas = res.get("schemas").and_then(Node::as_array).unwrap_or(&[]);
    let has = |urn: &str| {
        schemas
            .iter()
            .any(|s| s.as_str().is_some_and(|s| s.eq_ignore_ascii_case(urn)))
    };
    if has(USER_SCHEMA) {
        return Some(Kind::User);
    }
    if has(GROUP_SCHEMA) {
        return Some(Kind::Group);
    }
    let resource_type = res
        .get("meta")
        .and_then(|m| m.get("resourceType"))
        .and_then(Node::as_str);
    match resource_type {
        Some(t) if t.eq_ignore_ascii_case("User") => return Some(Kind::User),
        Some(t) if t.eq_ignore_ascii_case("Group") => return Some(Kind::Group),
        _ => {}
    }
    if res.get("userName").is_some() || res.get("emails").is_some() {
        Some(Kind::User)
    } else if res.get("members").is_some() {
        Some(Kind::Group)
    } else {
        None
    }
}
