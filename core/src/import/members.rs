//! An organization's current members from CSV (an admin console's member export, or written by
//! hand): `email`, `role`, optional `seat tier`. Header names are matched case-insensitively
//! (`Email`, `Role`, `Seat Tier`, `seat_tier`); roles and tiers are read as ids (`owner`) or as
//! labels (`Owner`, `Claude Code User`, `Chat + Claude Code`).

use std::collections::HashMap;

use super::table;
use super::{ImportErrors, Pos, Sink, check_email};
use crate::catalog::{Role, SeatTier};
use crate::doc::MemberDoc;
use crate::scenario::email_key;

/// Reads members; every bad row is an error naming its line and column. Whether a role or
/// tier fits the organization's product and plan is checked with the scenario (R3, R4).
pub fn read_members(text: &str, file: &str) -> Result<Vec<MemberDoc>, ImportErrors> {
    let mut sink = Sink::new(file);
    let mut members = Vec::new();
    if text.len() > super::MAX_FILE_BYTES {
        return Err(super::text::too_large(file, text.len()).into());
    }
    let Some(t) = table::read(text, &mut sink) else {
        return Err(ImportErrors(sink.errors));
    };
    let email = t.column(&["email", "emailaddress", "user", "useremail"], &mut sink);
    let role = t.column(&["role", "orgrole", "organizationrole"], &mut sink);
    let tier = t.column(&["seattier", "seat", "seattype", "tier"], &mut sink);
    for (col, label) in [(email, "email"), (role, "role")] {
        if col.is_none() {
            sink.error(Pos::START, format!("no `{label}` column"));
        }
    }
    if email.is_none() || role.is_none() {
        return Err(ImportErrors(sink.errors));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &t.rows {
        let addr = match check_email(row.text(email)) {
            Ok(addr) => addr,
            Err(problem) => {
                sink.error(row.at(email), problem);
                continue;
            }
        };
        if let Some(line) = seen.get(&email_key(&addr)) {
            sink.error(
                row.at(email),
                format!("`{addr}` is listed twice (also at line {line})"),
            );
            continue;
        }
        seen.insert(email_key(&addr), row.at.line);
        let role_text = row.text(role);
        let role_id = id_of(role_text);
        if Role::from_id(&role_id).is_none() {
            let known = Role::ids().collect::<Vec<_>>().join(", ");
            sink.error(
                row.at(role),
                format!("unknown role `{role_text}`; expected one of {known}"),
            );
            continue;
        }
        let tier_text = row.text(tier);
        let seat_tier = if tier_text.is_empty() {
            None
        } else {
            let id = id_of(tier_text);
            if SeatTier::from_id(&id).is_none() {
                let known = SeatTier::ids().collect::<Vec<_>>().join(", ");
                sink.error(
                    row.at(tier),
                    format!("unknown seat tier `{tier_text}`; expected one of {known}"),
                );
                continue;
            }
            Some(id)
        };
        members.push(MemberDoc {
            email: addr,
            role: role_id,
            seat_tier,
        });
    }
    if sink.errors.is_empty() {
        Ok(members)
    } else {
        Err(ImportErrors(sink.errors))
    }
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
}
