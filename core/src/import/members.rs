//! An organization's current members from CSV (an admin console's member export, or written by
//! hand): `email`, `role`, optional `seat tier`. Header names are matched case-insensitively
//! (`Email`, `Role`, `Seat Tier`, `seat_tier`); roles and tiers are read as ids (`owner`) or as
//! labels (`Owner`, `Claude Code User`, `Chat + Claude Code`). The role `Primary Owner`
//! (`primary_owner`) is the Owner marked as the Primary Owner (R27).

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::table::{self, Row, Table};
use super::{ImportErrors, Pos, Sink, check_email};
use crate::catalog::{Role, SeatTier};
use crate::doc::MemberDoc;
use crate::scenario::email_key;

/// Reads members; every bad row is an error naming its line and column. Whether a role or
/// tier fits the organization's product and plan is checked with the scenario (R3, R4).
pub fn read_members(text: &str, file: &str) -> Result<Vec<MemberDoc>, ImportErrors> {
    if text.len() > super::MAX_FILE_BYTES {
        return Err(super::text::too_large(file, text.len()).into());
    }
    let mut sink = Sink::new(file);
    let Some(t) = table::read(text, &mut sink) else {
        return Err(ImportErrors(sink.errors));
    };
    let Some(columns) = Columns::find(&t, &mut sink) else {
        return Err(ImportErrors(sink.errors));
    };
    let mut seen = HashMap::new();
    let mut members = Vec::new();
    for row in &t.rows {
        match member(row, &columns, &mut seen) {
            Ok(member) => members.push(member),
            Err((at, problem)) => sink.error(at, problem),
        }
    }
    // Rows that do not fit the header are errors here too.
    sink.errors.append(&mut sink.bad);
    sink.errors.sort_by_key(|e| (e.line, e.column));
    if sink.errors.is_empty() {
        Ok(members)
    } else {
        Err(ImportErrors(sink.errors))
    }
}

/// The columns of a member list.
struct Columns {
    email: usize,
    role: usize,
    tier: Option<usize>,
}

impl Columns {
    /// The columns named in the header; `None` (with an error for each) when `email` or
    /// `role` is missing.
    fn find(t: &Table, sink: &mut Sink) -> Option<Columns> {
        let email = t.column(&["email", "emailaddress", "user", "useremail"], sink);
        let role = t.column(&["role", "orgrole", "organizationrole"], sink);
        let tier = t.column(&["seattier", "seat", "seattype", "tier"], sink);
        for (col, label) in [(email, "email"), (role, "role")] {
            if col.is_none() {
                sink.error(Pos::START, format!("no `{label}` column"));
            }
        }
        Some(Columns {
            email: email?,
            role: role?,
            tier,
        })
    }
}

/// One row as a member, or the row's first problem and where it is. `seen` holds the line
/// of each email listed so far (in [`email_key`] form).
fn member(
    row: &Row,
    columns: &Columns,
    seen: &mut HashMap<String, usize>,
) -> Result<MemberDoc, (Pos, String)> {
    let email = Some(columns.email);
    let addr = check_email(row.text(email)).map_err(|problem| (row.at(email), problem))?;
    match seen.entry(email_key(&addr)) {
        Entry::Occupied(first) => {
            let line = first.get();
            let problem = format!("`{addr}` is listed twice (also at line {line})");
            return Err((row.at(email), problem));
        }
        Entry::Vacant(slot) => {
            slot.insert(row.at.line);
        }
    }
    let role = Some(columns.role);
    let (role_id, primary_owner) =
        role_id(row.text(role)).map_err(|problem| (row.at(role), problem))?;
    let tier = columns.tier;
    let seat_tier = seat_tier_id(row.text(tier)).map_err(|problem| (row.at(tier), problem))?;
    Ok(MemberDoc {
        email: addr,
        role: role_id,
        seat_tier,
        primary_owner: primary_owner.then_some(true),
    })
}

/// R27: the role label of the Primary Owner, as an id.
const PRIMARY_OWNER: &str = "primary_owner";

/// The id of a role written as an id or a label, and whether it is the Primary Owner (an
/// Owner, R27); an error naming the roles otherwise.
fn role_id(text: &str) -> Result<(String, bool), String> {
    let id = id_of(text);
    if id == PRIMARY_OWNER {
        return Ok((Role::Owner.id().to_owned(), true));
    }
    if Role::from_id(&id).is_none() {
        let known = Role::ids().chain([PRIMARY_OWNER]).collect::<Vec<_>>();
        let known = known.join(", ");
        return Err(format!("unknown role `{text}`; expected one of {known}"));
    }
    Ok((id, false))
}

/// The id of a seat tier written as an id or a label, `None` when the cell is empty; an
/// error naming the tiers otherwise.
fn seat_tier_id(text: &str) -> Result<Option<String>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let id = id_of(text);
    if SeatTier::from_id(&id).is_none() {
        let known = SeatTier::ids().collect::<Vec<_>>().join(", ");
        return Err(format!(
            "unknown seat tier `{text}`; expected one of {known}"
        ));
    }
    Ok(Some(id))
}

/// A label as an id: lowercase words joined by `_` (`Chat + Claude Code` → `chat_claude_code`).
fn id_of(label: &str) -> String {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::case::lower)
        .collect::<Vec<_>>()
        .join("_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_become_ids() {
        assert_eq!(id_of("Chat + Claude Code"), "chat_claude_code");
        assert_eq!(id_of(" Claude Code User "), "claude_code_user");
        assert_eq!(id_of("owner"), "owner");
    }

    #[test]
    fn r27_the_primary_owner_label_is_an_owner_marked_primary_and_limited_developer_reads() {
        let text = "Email,Role\npo@x.com,Primary Owner\nlee@x.com,Limited Developer\n";
        let members = read_members(text, "m.csv").map_err(|e| e.to_string());
        let got: Vec<(String, String, Option<bool>)> = members
            .unwrap_or_default()
            .into_iter()
            .map(|m| (m.email, m.role, m.primary_owner))
            .collect();
        assert_eq!(
            got,
            [
                ("po@x.com".into(), "owner".into(), Some(true)),
                ("lee@x.com".into(), "limited_developer".into(), None),
            ]
        );
    }
}
