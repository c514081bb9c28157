//! Merging the records of every file into one directory: users in first-seen order, emails
//! compared case-insensitively, group memberships united; SCIM member ids resolved across
//! files.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::{Format, ImportError, ImportWarning, Imported, MAX_USERS, Pos, Records, WarningKind};
use crate::catalog::Idp;
use crate::doc::{DirectoryDoc, UserDoc};
use crate::scenario::{email_key, email_problem};

struct Entry {
    user: UserDoc,
    /// Spellings of the email already warned about (or the first one).
    spellings: BTreeSet<String>,
    /// The file and position that first listed the user.
    file: usize,
    at: Pos,
}

#[derive(Default)]
struct Merger {
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
    /// Sign-in names (keyed like emails) → entries.
    aliases: HashMap<String, usize>,
    warnings: Vec<ImportWarning>,
    errors: Vec<ImportError>,
    files: Vec<String>,
}

impl Merger {
    fn warn(&mut self, kind: WarningKind, file: usize, at: Pos, message: String) {
        self.warnings.push(ImportWarning {
            kind,
            file: self.files.get(file).cloned().unwrap_or_default(),
            line: at.line,
            column: at.column,
            message,
        });
    }

    fn error(&mut self, file: usize, at: Pos, message: String) {
        let name = self.files.get(file).cloned().unwrap_or_default();
        self.errors.push(ImportError::new(&name, at, message));
    }

    /// The entry of `email`, warning once per new spelling that differs only in case.
    fn find(&mut self, email: &str, file: usize, at: Pos) -> Option<usize> {
        let i = *self.index.get(&email_key(email))?;
        let entry = self.entries.get_mut(i)?;
        if entry.spellings.insert(email.to_owned()) {
            let first = entry.user.email.clone();
            let (first_file, first_at) = (entry.file, entry.at);
            let where_first = self.place(first_file, first_at);
            self.warn(
                WarningKind::CaseVariant,
                file,
                at,
                format!(
                    "`{email}` and `{first}` ({where_first}) differ only in letter case: \
                     taken as the same person"
                ),
            );
        }
        Some(i)
    }

    fn place(&self, file: usize, at: Pos) -> String {
        let name = self.files.get(file).map_or("", String::as_str);
        format!("{name}:{}:{}", at.line, at.column)
    }

    fn add(&mut self, user: UserDoc, file: usize, at: Pos) -> Option<usize> {
        if self.entries.len() >= MAX_USERS {
            self.error(
                file,
                at,
                format!("more than {MAX_USERS} users in all; import fewer at a time"),
            );
            return None;
        }
        let i = self.entries.len();
        self.index.insert(email_key(&user.email), i);
        self.entries.push(Entry {
            spellings: BTreeSet::from([user.email.clone()]),
            user,
            file,
            at,
        });
        Some(i)
    }

    fn join(&mut self, i: usize, group: &str) {
        if let Some(entry) = self.entries.get_mut(i) {
            if !entry.user.groups.iter().any(|g| g == group) {
                entry.user.groups.push(group.to_owned());
            }
        }
    }
}

/// What a spreadsheet would run as a formula when the text is pasted or opened in it.
fn formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@'])
}

/// One warning per name or group of a file that reads like a spreadsheet formula (a group
/// once per file, however many members it has).
fn formula_warnings(m: &mut Merger, f: usize, r: &Records) {
    let mut groups_seen: BTreeSet<&str> = BTreeSet::new();
    let mut found: Vec<(Pos, String)> = Vec::new();
    for u in &r.users {
        if formula_like(&u.email) {
            found.push((u.at, format!("the email `{}`", u.email)));
        }
        if let Some(name) = u.name.as_deref().filter(|n| formula_like(n)) {
            found.push((u.at, format!("the name `{name}` of `{}`", u.email)));
        }
        for g in u.groups.iter().filter(|g| formula_like(g)) {
            if groups_seen.insert(g) {
                found.push((u.at, format!("the group `{g}`")));
            }
        }
    }
    for ms in r.memberships.iter().filter(|ms| formula_like(&ms.group)) {
        if groups_seen.insert(&ms.group) {
            found.push((ms.at, format!("the group `{}`", ms.group)));
        }
    }
    for (at, what) in found {
        m.warn(
            WarningKind::FormulaLike,
            f,
            at,
            format!(
                "{what} starts like a spreadsheet formula: kept as text (the planner's CSV \
                 exports neutralize it; take care where else you paste it)"
            ),
        );
    }
}

pub(crate) fn merge(records: Vec<Records>) -> Result<Imported, Vec<ImportError>> {
    let mut m = Merger {
        files: records.iter().map(|r| r.file.clone()).collect(),
        ..Merger::default()
    };
    let formats: Vec<Format> = records.iter().map(|r| r.format).collect();
    for r in &records {
        m.warnings.extend(r.warnings.iter().cloned());
    }
    for (f, r) in records.iter().enumerate() {
        formula_warnings(&mut m, f, r);
        if r.users.is_empty() && r.memberships.is_empty() && r.scim_groups.is_empty() {
            m.warn(
                WarningKind::Incomplete,
                f,
                Pos { line: 0, column: 0 },
                "the file lists no users and no groups: nothing is imported from it".to_owned(),
            );
        }
    }

    // Users, file after file; `ids` maps SCIM user ids to entries.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut user_entries: Vec<Vec<usize>> = Vec::with_capacity(records.len());
    for (f, r) in records.iter().enumerate() {
        let mut seen_here: HashMap<String, Pos> = HashMap::new();
        let mut entries = Vec::with_capacity(r.users.len());
        for u in &r.users {
            if let Some(first) = seen_here.get(&u.email).copied() {
                m.warn(
                    WarningKind::Repeated,
                    f,
                    u.at,
                    format!(
                        "`{}` is listed twice (also at line {}): the rows are merged",
                        u.email, first.line
                    ),
                );
            } else {
                seen_here.insert(u.email.clone(), u.at);
            }
            let i = match m.find(&u.email, f, u.at) {
                Some(i) => i,
                None => {
                    let doc = UserDoc {
                        email: u.email.clone(),
                        ..UserDoc::default()
                    };
                    match m.add(doc, f, u.at) {
                        Some(i) => i,
                        None => return Err(m.errors),
                    }
                }
            };
            if let Some(entry) = m.entries.get_mut(i) {
                if entry.user.name.is_none() {
                    entry.user.name.clone_from(&u.name);
                }
                // Not assigned anywhere: not assigned.
                if u.assigned == Some(false) {
                    entry.user.assigned = Some(false);
                }
            }
            for g in &u.groups {
                m.join(i, g);
            }
            if let Some(id) = &u.scim_id {
                ids.entry(id.as_str()).or_insert(i);
            }
            for alias in &u.aliases {
                m.aliases.entry(email_key(alias)).or_insert(i);
            }
            entries.push(i);
        }
        user_entries.push(entries);
    }

    // SCIM group ids → names, across files.
    let group_ids: HashMap<&str, &str> = records
        .iter()
        .flat_map(|r| &r.scim_groups)
        .filter_map(|g| Some((g.id.as_deref()?, g.name.as_str())))
        .collect();
    let any_user_list = records
        .iter()
        .any(|r| r.format.lists_users() && !(r.format == Format::Scim && r.users.is_empty()));
    let mut unlisted: Vec<(usize, Pos, String, String)> = Vec::new();

    for (f, r) in records.iter().enumerate() {
        // User.groups[] by id.
        for g in &r.scim_refs {
            let entry = user_entries.get(f).and_then(|e| e.get(g.user)).copied();
            match (group_ids.get(g.value.as_str()), entry) {
                (Some(name), Some(i)) => m.join(i, name),
                // The Group resources were not exported with the users: a gap, not an error.
                (None, _) => m.warn(
                    WarningKind::Incomplete,
                    f,
                    g.at,
                    format!(
                        "group `{}` (no `display`) matches no Group `id` in the files imported: \
                         left out; import the Group resources too",
                        g.value
                    ),
                ),
                _ => {}
            }
        }
        // Group.members[].
        for group in &r.scim_groups {
            for member in &group.members {
                if let Some(i) = ids.get(member.value.as_str()).copied() {
                    m.join(i, &group.name);
                    continue;
                }
                let is_group = member
                    .kind
                    .as_deref()
                    .is_some_and(|k| k.eq_ignore_ascii_case("Group"))
                    || group_ids.contains_key(member.value.as_str());
                if is_group {
                    let nested = group_ids
                        .get(member.value.as_str())
                        .copied()
                        .or(member.display.as_deref())
                        .unwrap_or(member.value.as_str());
                    m.warn(
                        WarningKind::NestedGroup,
                        f,
                        member.at,
                        format!(
                            "member `{nested}` of group `{}` is a group: \
                             nested groups are not expanded",
                            group.name
                        ),
                    );
                    continue;
                }
                // No user with that id: a display that is an email still names the person.
                match member
                    .display
                    .as_deref()
                    .map(str::trim)
                    .filter(|d| email_problem(d).is_none())
                {
                    Some(email) => {
                        unlisted_or_join(
                            &mut m,
                            any_user_list,
                            f,
                            member.at,
                            &group.name,
                            email,
                            &mut unlisted,
                        );
                    }
                    None => m.error(
                        f,
                        member.at,
                        format!(
                            "member `{}` of group `{}` matches no User `id` in the files imported",
                            member.value, group.name
                        ),
                    ),
                }
            }
        }
        for ms in &r.memberships {
            unlisted_or_join(
                &mut m,
                any_user_list,
                f,
                ms.at,
                &ms.group,
                &ms.email,
                &mut unlisted,
            );
        }
    }
    if !m.errors.is_empty() {
        return Err(m.errors);
    }
    // Members left out, one warning per person.
    let mut warned: BTreeSet<String> = BTreeSet::new();
    for (f, at, group, email) in unlisted {
        if warned.insert(email_key(&email)) {
            m.warn(
                WarningKind::MemberNotListed,
                f,
                at,
                format!(
                    "`{email}`, a member of group `{group}`, is in no user list imported: left out"
                ),
            );
        }
    }
    // Warnings in file order, then by position; whole-import warnings last.
    let order = |w: &ImportWarning| {
        let f = m
            .files
            .iter()
            .position(|f| *f == w.file)
            .unwrap_or(usize::MAX);
        (f, w.line, w.column)
    };
    m.warnings.sort_by_key(order);

    if !any_user_list && !m.entries.is_empty() {
        let files = m.files.join(", ");
        m.warnings.push(ImportWarning {
            kind: WarningKind::NoUserList,
            file: files,
            line: 0,
            column: 0,
            message: format!(
                "no user list among the files: the {} group members are taken as the users, \
                 all assigned",
                m.entries.len()
            ),
        });
    }

    let vendors: BTreeSet<Option<Idp>> = formats.iter().map(|f| f.idp()).collect();
    let idp = match vendors.into_iter().collect::<Vec<_>>().as_slice() {
        [Some(vendor)] => *vendor,
        _ => Idp::Other,
    };
    let directory = DirectoryDoc {
        idp: Some(idp.id().to_owned()),
        scim_connected: None,
        users: m.entries.into_iter().map(|e| Arc::new(e.user)).collect(),
    };
    Ok(Imported {
        directory,
        warnings: m.warnings,
        formats,
    })
}

/// Adds `email` to `group`; without a user list, members are the users.
fn unlisted_or_join(
    m: &mut Merger,
    any_user_list: bool,
    file: usize,
    at: Pos,
    group: &str,
    email: &str,
    unlisted: &mut Vec<(usize, Pos, String, String)>,
) {
    if let Some(i) = m.find(email, file, at) {
        m.join(i, group);
    } else if let Some(i) = m.aliases.get(&email_key(email)).copied() {
        m.join(i, group);
    } else if let Some(problem) = email_problem(email) {
        m.error(
            file,
            at,
            format!(
                "member `{email}` of group `{group}` matches no user's sign-in name, \
                 and the email {problem}"
            ),
        );
    } else if any_user_list {
        unlisted.push((file, at, group.to_owned(), email.to_owned()));
    } else {
        let doc = UserDoc {
            email: email.to_owned(),
            ..UserDoc::default()
        };
        if let Some(i) = m.add(doc, file, at) {
            m.join(i, group);
        }
    }
}
