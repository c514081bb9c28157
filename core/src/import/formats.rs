//! The CSV formats: vendors' user and group-membership exports, and plain CSV.

use super::table::{self, Row, Table};
use super::{
    Attribute, Format, ImportErrors, Membership, Pick, Pos, Records, Sink, UserRecord, WarningKind,
    check_email, name_of,
};
use crate::scenario::{email_key, email_problem};

// Header keys, in `table::header_key` form.
pub(crate) const GOOGLE_EMAIL: &str = "emailaddress[required]";
const GOOGLE_FIRST: &str = "firstname[required]";
const GOOGLE_LAST: &str = "lastname[required]";
const GOOGLE_STATUS: &str = "status[readonly]";
pub(crate) const GOOGLE_GROUP: &str = "groupemail[required]";
pub(crate) const GOOGLE_MEMBER: &str = "memberemail";
const GOOGLE_MEMBER_TYPE: &str = "membertype";
pub(crate) const ENTRA_UPN: &str = "userprincipalname";
pub(crate) const OKTA_LOGIN: &[&str] = &["login", "username", "oktausername"];
pub(crate) const OKTA_EMAIL: &[&str] = &["email", "primaryemail"];
pub(crate) const OKTA_GROUP: &[&str] = &["groupname"];
pub(crate) const OKTA_MEMBER: &[&str] = &[
    "oktausername",
    "username",
    "userlogin",
    "login",
    "useremail",
    "email",
    "primaryemail",
];
pub(crate) const PLAIN_EMAIL: &str = "email";

/// Reads the table and a required column; `None` (with the error) when either is missing.
fn open(text: &str, sink: &mut Sink) -> Option<Table> {
    table::read(text, sink)
}

fn require(t: &Table, keys: &[&str], label: &str, sink: &mut Sink) -> Option<usize> {
    let col = t.column(keys, sink);
    if col.is_none() {
        let header = t
            .headers
            .iter()
            .map(|h| format!("`{}`", h.raw))
            .collect::<Vec<_>>()
            .join(", ");
        sink.error(
            Pos::START,
            format!("no `{label}` column; the header has {header}"),
        );
    }
    col
}

/// A cell's email, or an error naming the column.
fn email_at(t: &Table, row: &Row, col: Option<usize>, sink: &mut Sink) -> Option<String> {
    match check_email(row.text(col)) {
        Ok(email) => Some(email),
        Err(problem) => {
            let column = col.map_or("", |c| t.header(c));
            sink.error(row.at(col), format!("{problem} (column `{column}`)"));
            None
        }
    }
}

/// A yes/no cell: `Some(true)`, `Some(false)`, `None` when empty; an error otherwise.
fn flag(t: &Table, row: &Row, col: Option<usize>, sink: &mut Sink) -> Option<bool> {
    let text = row.text(col);
    match text.to_ascii_lowercase().as_str() {
        "" => None,
        "true" | "yes" | "y" | "1" => Some(true),
        "false" | "no" | "n" | "0" => Some(false),
        _ => {
            let column = col.map_or("", |c| t.header(c));
            sink.error(
                row.at(col),
                format!("`{column}` must be true or false, found `{text}`"),
            );
            None
        }
    }
}

fn deactivated(sink: &mut Sink, at: Pos, email: &str, how: &str) {
    sink.warn(
        WarningKind::Deactivated,
        at,
        format!("user `{email}` is {how}: imported as not assigned"),
    );
}

fn user(email: String, name: Option<String>, assigned: Option<bool>, at: Pos) -> UserRecord {
    UserRecord {
        email,
        sso_email: None,
        name,
        // Only "not assigned" is written out; assigned is the default.
        assigned: assigned.filter(|a| !a),
        groups: Vec::new(),
        at,
        scim_id: None,
        aliases: Vec::new(),
    }
}

/// R26: one value of a user's address attribute: which attribute, its trimmed text (empty:
/// not given) and where it is.
pub(crate) struct Found<'a> {
    pub attr: Attribute,
    pub text: &'a str,
    pub at: Pos,
}

/// R26: what a user's address attributes give.
pub(crate) struct Addresses {
    /// The address SCIM provisions: the SCIM attribute's when it is an email address, else
    /// the first other attribute's that is.
    pub email: String,
    /// Where `email` is.
    pub at: Pos,
    /// The SSO attribute's address, where it is an email address and not `email` exactly.
    pub sso_email: Option<String>,
    /// The other values given, to match group members listed by them.
    pub aliases: Vec<String>,
}

/// R26: a user's addresses from the values of their attributes (`found`, in the format's
/// order) as `pick` chooses. `Err(i)`: no value is an email address; `i` is the first value
/// given (the SCIM attribute's when none is), whose problem is the error.
pub(crate) fn addresses(
    found: &[Found<'_>],
    pick: Pick,
    sink: &mut Sink,
) -> Result<Addresses, usize> {
    let is_email = |f: &&Found<'_>| !f.text.is_empty() && email_problem(f.text).is_none();
    let scim_first = found
        .iter()
        .filter(|f| f.attr == pick.scim)
        .chain(found.iter().filter(|f| f.attr != pick.scim));
    let Some(chosen) = scim_first.clone().find(is_email) else {
        let at = found
            .iter()
            .position(|f| !f.text.is_empty())
            .or_else(|| found.iter().position(|f| f.attr == pick.scim))
            .unwrap_or(0);
        return Err(at);
    };
    let sso_email = found
        .iter()
        .filter(|f| f.attr == pick.sso)
        .find(is_email)
        .filter(|f| f.text != chosen.text)
        .map(|f| f.text.to_owned());
    // Both addresses given and different (not only in letter case): say which is which.
    let other = found
        .iter()
        .filter(is_email)
        .find(|f| email_key(f.text) != email_key(chosen.text));
    if let Some(other) = other {
        sink.warn(
            WarningKind::SignInNameDiffers,
            other.at,
            format!(
                "`{}` `{}` differs from `{}` `{}`: SCIM is taken to provision `{}` and SSO to send `{}`; if your identity provider maps them otherwise, choose the attributes, or SSO and SCIM may not match the same person",
                other.attr.id(),
                other.text,
                chosen.attr.id(),
                chosen.text,
                pick.scim.id(),
                pick.sso.id(),
            ),
        );
    }
    let aliases = found
        .iter()
        .filter(|f| !f.text.is_empty() && email_key(f.text) != email_key(chosen.text))
        .map(|f| f.text.to_owned())
        .collect();
    Ok(Addresses {
        email: chosen.text.to_owned(),
        at: chosen.at,
        sso_email,
        aliases,
    })
}

/// The address cells of a CSV row, as [`addresses`] reads them; a bad one is the row's
/// error, naming its column.
fn row_addresses(
    t: &Table,
    row: &Row,
    cols: &[(Attribute, Option<usize>)],
    pick: Pick,
    sink: &mut Sink,
) -> Option<Addresses> {
    let found: Vec<Found<'_>> = cols
        .iter()
        .map(|(attr, col)| Found {
            attr: *attr,
            text: row.text(*col).trim(),
            at: row.at(*col),
        })
        .collect();
    match addresses(&found, pick, sink) {
        Ok(a) => Some(a),
        Err(i) => {
            let col = cols.get(i).and_then(|(_, c)| *c);
            email_at(t, row, col, sink);
            None
        }
    }
}

/// Google Workspace users CSV: `Email Address [Required]`, `First Name [Required]`,
/// `Last Name [Required]`; `Status [READ ONLY]` `Suspended` (or `Archived`) → not assigned.
pub fn read_google_users(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::GoogleUsers);
    if let Some(t) = open(text, &mut sink) {
        let email = require(&t, &[GOOGLE_EMAIL], "Email Address [Required]", &mut sink);
        let first = t.column(&[GOOGLE_FIRST, "firstname"], &mut sink);
        let last = t.column(&[GOOGLE_LAST, "lastname"], &mut sink);
        let status = t.column(&[GOOGLE_STATUS, "status"], &mut sink);
        if email.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    let Some(addr) = email_at(&t, row, email, sink) else {
                        return;
                    };
                    let state = row.text(status).to_ascii_lowercase();
                    let active = !matches!(state.as_str(), "suspended" | "archived");
                    if !active {
                        deactivated(sink, row.at(status), &addr, &state);
                    }
                    let name = name_of(&[row.text(first), row.text(last)]);
                    out.users
                        .push(user(addr, name, Some(active), row.at(email)));
                });
            }
        }
    }
    sink.finish(out)
}

/// Google Workspace group members CSV: `Group Email [Required]`, `Member Email`, optional
/// `Member Type` (`USER`, `GROUP`, `CUSTOMER`). The group is named by its email. A row without
/// a member is an empty group; a member that is a group is not expanded.
pub fn read_google_members(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::GoogleMembers);
    if let Some(t) = open(text, &mut sink) {
        let group = require(&t, &[GOOGLE_GROUP], "Group Email [Required]", &mut sink);
        let member = require(&t, &[GOOGLE_MEMBER], "Member Email", &mut sink);
        let kind = t.column(&[GOOGLE_MEMBER_TYPE], &mut sink);
        if group.is_some() && member.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    memberships_row(&t, row, [group, member, kind], true, sink, out);
                });
            }
        }
    }
    sink.finish(out)
}

/// One membership row; `[group, member, member type]` columns. Members must be emails when
/// `strict`, else they may be sign-in names (matched when merging).
fn memberships_row(
    t: &Table,
    row: &Row,
    [group, member, kind]: [Option<usize>; 3],
    strict: bool,
    sink: &mut Sink,
    out: &mut Records,
) {
    let name = row.text(group);
    if name.is_empty() {
        let column = group.map_or("", |c| t.header(c));
        sink.error(row.at(group), format!("empty group (column `{column}`)"));
        return;
    }
    if row.text(member).is_empty() {
        return; // an empty group
    }
    match row.text(kind).to_ascii_uppercase().as_str() {
        "GROUP" => {
            sink.warn(
                WarningKind::NestedGroup,
                row.at(member),
                format!(
                    "member `{}` of group `{name}` is a group: nested groups are not expanded",
                    row.text(member)
                ),
            );
            return;
        }
        "CUSTOMER" => {
            sink.warn(
                WarningKind::NestedGroup,
                row.at(member),
                format!(
                    "group `{name}` includes everyone in the organization (member type CUSTOMER): \
                     not expanded"
                ),
            );
            return;
        }
        _ => {}
    }
    let email = if strict {
        email_at(t, row, member, sink)
    } else {
        Some(row.text(member).to_owned())
    };
    if let Some(email) = email {
        out.memberships.push(Membership {
            group: name.to_owned(),
            email,
            at: row.at(member),
        });
    }
}

/// Microsoft Entra users CSV ("Download users"): `userPrincipalName` and `mail` (which gives
/// the address SCIM provisions and which the one SSO sends: `pick`, by default
/// `userPrincipalName` for both), `displayName`, `accountEnabled` (false → not assigned).
pub fn read_entra_users(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let (scim, sso) = Format::EntraUsers
        .default_addresses()
        .unwrap_or((Attribute::UserPrincipalName, Attribute::UserPrincipalName));
    entra_users(text, file, Pick { scim, sso })
}

pub(crate) fn entra_users(text: &str, file: &str, pick: Pick) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::EntraUsers);
    if let Some(t) = open(text, &mut sink) {
        let upn = require(&t, &[ENTRA_UPN], "userPrincipalName", &mut sink);
        let mail = t.column(&["mail"], &mut sink);
        let display = t.column(&["displayname"], &mut sink);
        let given = t.column(&["givenname"], &mut sink);
        let surname = t.column(&["surname"], &mut sink);
        let enabled = t.column(&["accountenabled"], &mut sink);
        let cols = [(Attribute::UserPrincipalName, upn), (Attribute::Mail, mail)];
        if upn.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    let Some(a) = row_addresses(&t, row, &cols, pick, sink) else {
                        return;
                    };
                    let active = flag(&t, row, enabled, sink);
                    if active == Some(false) {
                        deactivated(sink, row.at(enabled), &a.email, "disabled");
                    }
                    let name = name_of(&[row.text(display)])
                        .or_else(|| name_of(&[row.text(given), row.text(surname)]));
                    let mut u = user(a.email, name, active, a.at);
                    u.sso_email = a.sso_email;
                    u.aliases = a.aliases;
                    out.users.push(u);
                });
            }
        }
    }
    sink.finish(out)
}

/// Okta users CSV: `login` and `email` (which gives the address SCIM provisions and which the
/// one SSO sends: `pick`, by default `login` and `email`; a value that is not an email address
/// gives way to the other), names from `displayName` or `firstName` + `lastName`, `status`
/// `SUSPENDED` or `DEPROVISIONED` → not assigned.
pub fn read_okta_users(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let (scim, sso) = Format::OktaUsers
        .default_addresses()
        .unwrap_or((Attribute::Login, Attribute::Email));
    okta_users(text, file, Pick { scim, sso })
}

pub(crate) fn okta_users(text: &str, file: &str, pick: Pick) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::OktaUsers);
    if let Some(t) = open(text, &mut sink) {
        let login = t.column(OKTA_LOGIN, &mut sink);
        let email = t.column(OKTA_EMAIL, &mut sink);
        if login.is_none() && email.is_none() {
            require(&t, OKTA_EMAIL, "email", &mut sink);
        }
        let display = t.column(&["displayname"], &mut sink);
        let first = t.column(&["firstname"], &mut sink);
        let last = t.column(&["lastname"], &mut sink);
        let status = t.column(&["status", "oktauserstatus", "userstatus"], &mut sink);
        let cols = [(Attribute::Login, login), (Attribute::Email, email)];
        if login.is_some() || email.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    let Some(a) = row_addresses(&t, row, &cols, pick, sink) else {
                        return;
                    };
                    let state = row.text(status).to_ascii_uppercase();
                    let active = !matches!(state.as_str(), "SUSPENDED" | "DEPROVISIONED");
                    if !active {
                        deactivated(sink, row.at(status), &a.email, &state.to_ascii_lowercase());
                    }
                    let name = name_of(&[row.text(display)])
                        .or_else(|| name_of(&[row.text(first), row.text(last)]));
                    let mut u = user(a.email, name, Some(active), a.at);
                    u.sso_email = a.sso_email;
                    u.aliases = a.aliases;
                    out.users.push(u);
                });
            }
        }
    }
    sink.finish(out)
}

/// Okta group membership CSV (e.g. the "Group membership" report): a `Group name` column and
/// a user column (`Okta username`, `login`, `email`, …).
pub fn read_okta_groups(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::OktaGroups);
    if let Some(t) = open(text, &mut sink) {
        let group = require(&t, OKTA_GROUP, "Group name", &mut sink);
        let member = require(&t, OKTA_MEMBER, "Okta username", &mut sink);
        if group.is_some() && member.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    memberships_row(&t, row, [group, member, None], false, sink, out);
                });
            }
        }
    }
    sink.finish(out)
}

/// Plain CSV: `email`, optional `sso_email` (R26), `name`, `groups` (split on `;`) and
/// `assigned` (`true`/`false`, `yes`/`no`, `1`/`0`; empty: assigned).
pub fn read_plain(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let pick = Pick {
        scim: Attribute::Email,
        sso: Attribute::SsoEmail,
    };
    plain(text, file, pick)
}

pub(crate) fn plain(text: &str, file: &str, pick: Pick) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::Plain);
    if let Some(t) = open(text, &mut sink) {
        let email = require(&t, &[PLAIN_EMAIL], "email", &mut sink);
        let sso = t.column(&["ssoemail"], &mut sink);
        let name = t.column(&["name", "displayname"], &mut sink);
        let groups = t.column(&["groups", "group"], &mut sink);
        let assigned = t.column(&["assigned"], &mut sink);
        if email.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    // The planner's own columns: each must be an email address when given.
                    if email_at(&t, row, email, sink).is_none() {
                        return;
                    }
                    let given = row.text(sso).trim();
                    if !given.is_empty() && email_at(&t, row, sso, sink).is_none() {
                        return;
                    }
                    // They say which is which themselves: no warning that they differ.
                    let mut quiet = Sink::new("");
                    let cols = [(Attribute::Email, email), (Attribute::SsoEmail, sso)];
                    let Some(a) = row_addresses(&t, row, &cols, pick, &mut quiet) else {
                        return;
                    };
                    let state = flag(&t, row, assigned, sink);
                    let mut u = user(a.email, name_of(&[row.text(name)]), state, a.at);
                    u.sso_email = a.sso_email;
                    for g in row.text(groups).split(';') {
                        let g = g.trim();
                        if !g.is_empty() && !u.groups.iter().any(|h| h == g) {
                            u.groups.push(g.to_owned());
                        }
                    }
                    out.users.push(u);
                });
            }
        }
    }
    sink.finish(out)
}
