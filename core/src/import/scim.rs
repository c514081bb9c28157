//! SCIM 2.0 JSON (RFC 7643 resources, RFC 7644 `ListResponse`): users from `userName` and
//! `emails`, `active: false` → not assigned; groups from `Group.displayName` with
//! `members[].value` (a `User.id`, matched when merging, across files) and from
//! `User.groups[].display`.

use super::json::{self, Node, Value};
use super::text::Lines;
use super::{
    Format, ImportErrors, MAX_ROWS, Pos, Records, Sink, UserRecord, WarningKind, check_email,
    name_of,
};
use crate::scenario::{email_key, email_problem};

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

/// SCIM 2.0 JSON: a `ListResponse`, a list of resources, or one resource.
pub fn read_scim(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let lines = Lines::new(text);
    let mut r = Reader {
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

    /// A `User` resource: its email, whether it is active, its name, its groups and its
    /// sign-in name.
    fn user(&mut self, res: &Node) {
        let id = self.string(res, "id").map(str::to_owned);
        let user_name = res.get("userName").filter(|v| v.as_str().is_some());
        self.string(res, "userName"); // another type than a string is an error
        let user_name_email = email_like(user_name);
        let Some((chosen, email)) = self.email(res, user_name, user_name_email) else {
            return;
        };
        self.warn_if_user_name_differs(user_name_email, &email);
        let assigned = self.active(res, &email);
        let name = self.display_name(res);
        let groups = self.user_groups(res);
        let at = self.pos(chosen);
        let aliases = sign_in_alias(user_name, &email).into_iter().collect();
        self.out.users.push(UserRecord {
            email,
            name,
            assigned: assigned.filter(|a| !a),
            groups,
            at,
            scim_id: id,
            aliases,
        });
    }

    /// The user's email and the node it is in: the primary email, else `userName` when it
    /// is an email (`user_name_email`), else the first email, else `userName`. `None` (with
    /// the error) when there is none or it is not an email.
    fn email<'n>(
        &mut self,
        res: &'n Node,
        user_name: Option<&'n Node>,
        user_name_email: Option<&'n Node>,
    ) -> Option<(&'n Node, String)> {
        let values = self.email_values(res);
        let chosen = values
            .iter()
            .find(|(_, primary)| *primary)
            .map(|(v, _)| *v)
            .or(user_name_email)
            .or(values.first().map(|(v, _)| *v))
            .or(user_name);
        let Some(chosen) = chosen else {
            self.error(
                res,
                "a User without an email: neither `userName` nor `emails` holds one",
            );
            return None;
        };
        match check_email(chosen.as_str().unwrap_or_default()) {
            Ok(email) => Some((chosen, email)),
            Err(problem) => {
                self.error(chosen, problem);
                None
            }
        }
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

    /// Warns when `userName` is an email (`user_name_email`) other than the one used.
    fn warn_if_user_name_differs(&mut self, user_name_email: Option<&Node>, email: &str) {
        let differs = user_name_email
            .and_then(|u| Some((u, u.as_str()?)))
            .filter(|(_, name)| email_key(name.trim()) != email_key(email));
        if let Some((u, name)) = differs {
            let at = self.pos(u);
            self.sink.warn(
                WarningKind::SignInNameDiffers,
                at,
                format!(
                    "`userName` `{}` differs from the primary email `{email}`: the email is used, \
                     but SSO and SCIM may then not match the same person",
                    name.trim()
                ),
            );
        }
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

/// `userName` when it is an email.
fn email_like(user_name: Option<&Node>) -> Option<&Node> {
    user_name.filter(|u| {
        u.as_str()
            .is_some_and(|u| email_problem(u.trim()).is_none())
    })
}

/// `userName` as a second sign-in name, to match group members listed by it, when it is
/// not the email used.
fn sign_in_alias(user_name: Option<&Node>, email: &str) -> Option<String> {
    user_name
        .and_then(Node::as_str)
        .map(str::trim)
        .filter(|u| !u.is_empty() && email_key(u) != email_key(email))
        .map(str::to_owned)
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
