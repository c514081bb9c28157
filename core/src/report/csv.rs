//! `provplan evaluate --format csv`: one row per user per organization, in the evaluation's
//! order (organizations as listed, then each one's users), with the contract's ids (English,
//! as in the JSON). RFC 4180: comma-separated, CRLF line ends, a cell quoted when it holds a
//! comma, a quote or a line end, quotes doubled; UTF-8 without a byte-order mark.
//!
//! A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) gets a leading apostrophe, as OWASP's "CSV Injection" page
//! recommends; the app's CSV uses the same rule ([`cell`]).

use crate::evaluate::{Evaluation, Source, UserOutcome, Users};

/// The columns, in order (fixed).
pub const HEADER: [&str; 13] = [
    "organization",
    "email",
    "name",
    "status",
    "role",
    "seat_tier",
    "change",
    "takes_effect",
    "current_role",
    "current_seat_tier",
    "role_source",
    "seat_source",
    "rules",
];

/// A cell as written: neutralised, then quoted when needed.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// One line of cells, ended by CRLF.
pub fn row(out: &mut String, cells: &[&str]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(c));
    }
    out.push_str("\r\n");
}

/// Where a role or tier comes from, as the JSON writes it: `group:<name>`, `default`,
/// `existing`, or empty.
fn source(users: &Users<'_>, s: Option<Source>) -> String {
    match s {
        Some(Source::Group(g)) => format!("group:{}", users.group_name(g)),
        Some(Source::Default) => "default".to_owned(),
        Some(Source::Existing) => "existing".to_owned(),
        None => String::new(),
    }
}

/// The rules that decided an outcome, space-separated (`R10 R14`).
fn rules(u: &UserOutcome) -> String {
    let mut out = String::new();
    for (i, r) in u.rules.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(r);
    }
    out
}

/// The evaluation's users as CSV, the header first. Linear in the users.
pub fn users(ev: &Evaluation<'_>) -> String {
    let rows: usize = ev.organizations.iter().map(|o| o.users.len()).sum();
    let mut out = String::with_capacity(rows.saturating_mul(120).saturating_add(200));
    row(&mut out, &HEADER);
    for o in &ev.organizations {
        let users = &o.users;
        for u in users.iter() {
            row(
                &mut out,
                &[
                    o.id,
                    users.email(u),
                    users.name(u).unwrap_or_default(),
                    u.status.id(),
                    u.role.map_or("", |r| r.id()),
                    u.seat_tier.map_or("", |t| t.id()),
                    u.change.id(),
                    u.takes_effect.map_or("", |t| t.id()),
                    u.current_role.map_or("", |r| r.id()),
                    u.current_seat_tier.map_or("", |t| t.id()),
                    &source(users, u.role_source.get()),
                    &source(users, u.seat_source.get()),
                    &rules(u),
                ],
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_quoted() {
        assert_eq!(cell("=1+2"), "'=1+2");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(
            cell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(cell("ada@example.com"), "ada@example.com");
        assert_eq!(cell("plain é"), "plain é");
        assert_eq!(cell(""), "");
    }
}
