//! Writers for the vendor-neutral formats (for export, and for round-trip tests): plain CSV
//! and a SCIM 2.0 `ListResponse`. Importing what they write gives the directory back.

use serde_json::{Map, Value, json};

use crate::doc::DirectoryDoc;

/// A directory that plain CSV cannot hold.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("group `{group}` of `{email}` contains `;`, which plain CSV uses to separate groups")]
pub struct WriteError {
    pub email: String,
    pub group: String,
}

/// Plain CSV: `email,name,groups,assigned`, groups joined with `;`, `assigned` written only
/// when given; and `sso_email` (R26) after `email` when some user has one. Fields are quoted
/// where needed.
pub fn to_plain_csv(directory: &DirectoryDoc) -> Result<String, WriteError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let sso = directory.users.iter().any(|u| u.sso_email.is_some());
    let mut rows = vec![["email", "sso_email", "name", "groups", "assigned"].map(str::to_owned)];
    for u in &directory.users {
        if let Some(group) = u.groups.iter().find(|g| g.contains(';')) {
            return Err(WriteError {
                email: u.email.clone(),
                group: group.clone(),
            });
        }
        rows.push([
            u.email.clone(),
            u.sso_email.clone().unwrap_or_default(),
            u.name.clone().unwrap_or_default(),
            u.groups.join(";"),
            u.assigned.map(|a| a.to_string()).unwrap_or_default(),
        ]);
    }
    for row in rows {
        // Writing into memory cannot fail.
        let _ = if sso {
            w.write_record(&row)
        } else {
            w.write_record(
                row.iter()
                    .enumerate()
                    .filter(|(i, _)| *i != 1)
                    .map(|(_, c)| c),
            )
        };
    }
    let bytes = w.into_inner().unwrap_or_default();
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

/// A SCIM 2.0 `ListResponse`: one `User` per user (`id` `u1`, `u2`, …; `userName` is the
/// email, the primary email the `sso_email` where there is one, else the email too; `active: false` when not assigned; `groups[].display`), then
/// one `Group` per group name, in first-seen order, with its members' ids.
pub fn to_scim_json(directory: &DirectoryDoc) -> String {
    let mut resources = Vec::new();
    let mut groups: Vec<(&str, Vec<Value>)> = Vec::new();
    for (i, u) in directory.users.iter().enumerate() {
        let id = format!("u{}", i + 1);
        let mut user = Map::new();
        user.insert("schemas".into(), json!([super::scim::USER_SCHEMA]));
        user.insert("id".into(), json!(id));
        user.insert("userName".into(), json!(u.email));
        if let Some(name) = &u.name {
            user.insert("displayName".into(), json!(name));
        }
        user.insert(
            "emails".into(),
            json!([{
                "value": u.sso_email.as_ref().unwrap_or(&u.email),
                "type": "work",
                "primary": true
            }]),
        );
        if let Some(active) = u.assigned {
            user.insert("active".into(), json!(active));
        }
        if !u.groups.is_empty() {
            let list: Vec<Value> = u.groups.iter().map(|g| json!({ "display": g })).collect();
            user.insert("groups".into(), Value::Array(list));
        }
        for g in &u.groups {
            let member = json!({ "value": id, "type": "User", "display": u.email });
            match groups.iter_mut().find(|(name, _)| name == g) {
                Some((_, members)) => members.push(member),
                None => groups.push((g, vec![member])),
            }
        }
        resources.push(Value::Object(user));
    }
    for (i, (name, members)) in groups.into_iter().enumerate() {
        resources.push(json!({
            "schemas": [super::scim::GROUP_SCHEMA],
            "id": format!("g{}", i + 1),
            "displayName": name,
            "members": members,
        }));
    }
    let list = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": resources.len(),
        "itemsPerPage": resources.len(),
        "startIndex": 1,
        "Resources": resources,
    });
    let mut text = serde_json::to_string_pretty(&list).unwrap_or_default();
    text.push('\n');
    text
}
