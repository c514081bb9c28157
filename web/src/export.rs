//! The per-user plan as CSV, safe to open in a spreadsheet: every cell that a spreadsheet
//! would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets
//! a leading apostrophe, and cells are quoted as RFC 4180 asks: the engine's rule
//! (`provplan_core::report::csv`), which `provplan evaluate --format csv` uses too.

pub use provplan_core::report::csv::cell;
use provplan_core::report::csv::row;
use provplan_core::{Role, SeatTier};

use crate::i18n::Tr;
use crate::review::OrgReview;
use crate::text;

/// Every user of an organization's review: organization, email, status, role, seat tier,
/// change, when it takes effect and why; then the role and seat tier the user holds now
/// (added after the first eight, which keep their places). Role and seat tier are those after
/// saving: empty for a member removed, whose current role and tier say what they lose. The
/// column names are fixed; the words are in the language of `tr`.
pub fn users_csv(tr: Tr, o: &OrgReview) -> String {
    let mut out = String::with_capacity(o.users.len() * 180 + 100);
    row(&mut out, &text::CSV_HEADER);
    let role_of = |r: Option<Role>| r.map(|r| tr.role_of(r)).unwrap_or_default();
    let tier_of = |t: Option<SeatTier>| t.map(|t| tr.tier_of(t)).unwrap_or_default();
    for u in o.users.iter() {
        let role = role_of(u.role);
        let tier = tier_of(u.seat_tier);
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
                &role_of(u.current_role),
                &tier_of(u.current_seat_tier),
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
            "organization,email,status,role,seat tier,change,takes effect,why,current role,current seat tier"
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

    /// A member removed on save: no role or tier after saving, and what they hold now in the
    /// last two columns, the first eight in their places.
    #[test]
    fn a_removed_member_shows_what_they_hold_now() {
        let r = Review::build(&examples::load(examples::DEFAULT).unwrap()).unwrap();
        let o = &r.orgs[0];
        let former = o
            .users
            .iter()
            .find(|u| o.email(u) == "former@example.com")
            .unwrap();
        assert!(former.current_role.is_some() && former.role.is_none());
        let csv = users_csv(Tr::EN, o);
        let line = csv
            .split("\r\n")
            .find(|l| l.contains("former@example.com"))
            .unwrap();
        assert!(
            line.starts_with("claude,former@example.com,Removed,,"),
            "{line}"
        );
        assert!(
            line.contains(&format!(",{},", Tr::EN.change_name("remove"))),
            "{line}"
        );
        let role = Tr::EN.role_of(former.current_role.unwrap());
        let tier = former
            .current_seat_tier
            .map(|t| Tr::EN.tier_of(t))
            .unwrap_or_default();
        assert!(line.ends_with(&format!(",{role},{tier}")), "{line}");
    }
}
