//! The CSV formats: vendors' user and group-membership exports, and plain CSV.

use super::table::{self, Row, Table};
use super::{
    Format, ImportErrors, Membership, Pos, Records, Sink, UserRecord, WarningKind, check_email,
    name_of,
};
use crate::scenario::email_key;

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
        name,
        // Only "not assigned" is written out; assigned is the default.
        assigned: assigned.filter(|a| !a),
        groups: Vec::new(),
        at,
        scim_id: None,
        aliases: Vec::new(),
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

/// Microsoft Entra users CSV ("Download users"): `userPrincipalName`, `mail` (the email when
/// present), `displayName`, `accountEnabled` (false → not assigned).
pub fn read_entra_users(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::EntraUsers);
    if let Some(t) = open(text, &mut sink) {
        let upn = require(&t, &[ENTRA_UPN], "userPrincipalName", &mut sink);
        let mail = t.column(&["mail"], &mut sink);
        let display = t.column(&["displayname"], &mut sink);
        let given = t.column(&["givenname"], &mut sink);
        let surname = t.column(&["surname"], &mut sink);
        let enabled = t.column(&["accountenabled"], &mut sink);
        if upn.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    let use_mail = !row.text(mail).is_empty();
                    let col = if use_mail { mail } else { upn };
                    let Some(email) = email_at(&t, row, col, sink) else {
                        return;
                    };
                    let principal = row.text(upn);
                    if use_mail && email_key(principal) != email_key(&email) {
                        sink.warn(
                            WarningKind::SignInNameDiffers,
                            row.at(mail),
                            format!(
                                "`mail` `{email}` differs from `userPrincipalName` `{principal}`: \
                                 the email is used, but SSO and SCIM may then not match the same person"
                            ),
                        );
                    }
                    let active = flag(&t, row, enabled, sink);
                    if active == Some(false) {
                        deactivated(sink, row.at(enabled), &email, "disabled");
                    }
                    let name = name_of(&[row.text(display)])
                        .or_else(|| name_of(&[row.text(given), row.text(surname)]));
                    let mut u = user(email, name, active, row.at(col));
                    if use_mail && !principal.is_empty() {
                        u.aliases.push(principal.to_owned());
                    }
                    out.users.push(u);
                });
            }
        }
    }
    sink.finish(out)
}

/// Okta users CSV: `login` and `email` (the email; `login` when `email` is empty), names
/// from `displayName` or `firstName` + `lastName`, `status` `SUSPENDED` or `DEPROVISIONED`
/// → not assigned.
pub fn read_okta_users(text: &str, file: &str) -> Result<Records, ImportErrors> {
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
        if login.is_some() || email.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    let col = if row.text(email).is_empty() && login.is_some() {
                        login
                    } else {
                        email
                    };
                    let Some(addr) = email_at(&t, row, col, sink) else {
                        return;
                    };
                    let sign_in = row.text(login);
                    if col == email
                        && crate::scenario::email_problem(sign_in).is_none()
                        && email_key(sign_in) != email_key(&addr)
                    {
                        sink.warn(
                            WarningKind::SignInNameDiffers,
                            row.at(login),
                            format!(
                                "`login` `{sign_in}` differs from `email` `{addr}`: the email is used, \
                                 but SSO and SCIM may then not match the same person"
                            ),
                        );
                    }
                    let state = row.text(status).to_ascii_uppercase();
                    let active = !matches!(state.as_str(), "SUSPENDED" | "DEPROVISIONED");
                    if !active {
                        deactivated(
                            sink,
                            row.at(status),
                            &addr,
                            &state.to_ascii_lowercase(),
                        );
                    }
                    let name = name_of(&[row.text(display)])
                        .or_else(|| name_of(&[row.text(first), row.text(last)]));
                    let mut u = user(addr, name, Some(active), row.at(col));
                    if col == email && !sign_in.is_empty() {
                        u.aliases.push(sign_in.to_owned());
                    }
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

/// Plain CSV: `email`, optional `name`, `groups` (split on `;`) and `assigned`
/// (`true`/`false`, `yes`/`no`, `1`/`0`; empty: assigned).
pub fn read_plain(text: &str, file: &str) -> Result<Records, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut out = Records::new(file, Format::Plain);
    if let Some(t) = open(text, &mut sink) {
        let email = require(&t, &[PLAIN_EMAIL], "email", &mut sink);
        let name = t.column(&["name", "displayname"], &mut sink);
        let groups = t.column(&["groups", "group"], &mut sink);
        let assigned = t.column(&["assigned"], &mut sink);
        if email.is_some() {
            for row in &t.rows {
                sink.row(&mut out, |sink, out| {
                    let Some(addr) = email_at(&t, row, email, sink) else {
                        return;
                    };
                    let state = flag(&t, row, assigned, sink);
                    let mut u = user(addr, name_of(&[row.text(name)]), state, row.at(email));
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
