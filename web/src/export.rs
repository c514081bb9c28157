//! The per-user plan as CSV, safe to open in a spreadsheet: every cell that a spreadsheet
//! would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets
//! a leading apostrophe, and cells are quoted as RFC 4180 asks.

use crate::i18n::Tr;
use crate::review::OrgReview;
use crate::text;

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

fn row(out: &mut String, cells: &[&str]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// Every user of an organization's review: organization, email, status, role, seat tier,
/// change, when it takes effect and why (the column names are fixed; the words are in the
/// language of `tr`).
pub fn users_csv(tr: Tr, o: &OrgReview) -> String {
    let mut out = String::with_capacity(o.users.len() * 160 + 100);
    row(&mut out, &text::CSV_HEADER);
    for u in o.users.iter() {
        let role = u.role.map(|r| tr.role_name(r.id())).unwrap_or_default();
        let tier = u
            .seat_tier
            .map(|t| tr.tier_name(t.id()))
            .unwrap_or_default();
        let why: Vec<String> = o.reasons(u).iter().map(|r| tr.text(r)).collect();
        row(
            &mut out,
            &[
                &o.id,
                o.email(u),
                &tr.status_name(u.status.id()),
                &role,
                &tier,
                &tr.change_name(u.change.id()),
                &tr.takes_effect(u.takes_effect.map_or("none", |t| t.id())),
                &why.join("; "),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::Review;
    use crate::{edit, examples};

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(cell("=1+2"), "'=1+2");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(
            cell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("ada@example.com"), "ada@example.com");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn the_users_csv_has_a_row_per_user() {
        let mut doc = examples::load(examples::DEFAULT).unwrap();
        edit::apply(
            &mut doc,
            edit::Edit::SetUserEmail(1, "-bo@example.com".into()),
        );
        let r = Review::build(&doc).unwrap();
        let csv = users_csv(Tr::EN, &r.orgs[0]);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), r.orgs[0].users.len() + 1);
        assert_eq!(
            lines[0],
            "organization,email,status,role,seat tier,change,takes effect,why"
        );
        assert!(
            lines
                .iter()
                .skip(1)
                .all(|l| !l.starts_with(['=', '+', '-', '@']))
        );
        assert!(csv.contains(",'-bo@example.com,"), "{csv}");
        let cy = lines.iter().find(|l| l.contains("cy@example.com")).unwrap();
        assert!(cy.contains("Admin"), "{cy}");
    }
}
