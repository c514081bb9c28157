//! Merging the records of every file into one directory: users in first-seen order, emails
//! compared case-insensitively, group memberships united; SCIM member ids resolved across
//! files.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::scim::{Group, Member};
use super::{
    Format, ImportError, ImportWarning, Imported, MAX_USERS, Pos, Records, UserRecord, WarningKind,
};
use crate::catalog::Idp;
use crate::doc::{DirectoryDoc, UserDoc};
use crate::error::Quoted;
use crate::scenario::{email_key, email_problem};

/// A user of the merged directory, and where it was first listed.
struct Entry {
    user: UserDoc,
    /// Spellings of the email already warned about (or the first one).
    spellings: BTreeSet<String>,
    /// The file and position that first listed the user.
    file: usize,
    at: Pos,
}

/// The directory being merged: its entries, how emails and sign-in names find them, and
/// the warnings and errors so far.
#[derive(Default)]
struct Merger {
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
    /// Sign-in names (keyed like emails) → entries.
    aliases: HashMap<String, usize>,
    warnings: Vec<ImportWarning>,
    errors: Vec<ImportError>,
    files: Vec<String>,
    /// Leave out the memberships that match no one, and list them, rather than fail.
    skip: bool,
    skipped: Vec<ImportError>,
    /// Rows read, and left out.
    rows: usize,
    bad_rows: usize,
}

impl Merger {
    /// A merger for `records`, which names files by their index in it.
    fn new(records: &[Records], skip: bool) -> Self {
        Merger {
            files: records.iter().map(|r| r.file.clone()).collect(),
            skip,
            rows: records.iter().map(|r| r.rows).sum(),
            bad_rows: records.iter().map(|r| r.bad_rows).sum(),
            skipped: records.iter().flat_map(|r| r.bad.iter().cloned()).collect(),
            ..Merger::default()
        }
    }

    /// A warning about file number `file`.
    fn warn(&mut self, kind: WarningKind, file: usize, at: Pos, message: String) {
        self.warnings.push(ImportWarning {
            kind,
            file: self.files.get(file).cloned().unwrap_or_default(),
            line: at.line,
            column: at.column,
            message,
        });
    }

    /// An error in file number `file`.
    fn error(&mut self, file: usize, at: Pos, message: String) {
        let name = self.files.get(file).cloned().unwrap_or_default();
        self.errors.push(ImportError::new(&name, at, message));
    }

    /// A membership of file `file` that names no one: an error, or, when bad rows are
    /// skipped, left out (`row`: it was a row of its own, not a SCIM group's member).
    fn bad_membership(&mut self, file: usize, at: Pos, message: String, row: bool) {
        if !self.skip {
            return self.error(file, at, message);
        }
        let name = self.files.get(file).cloned().unwrap_or_default();
        self.skipped.push(ImportError::new(&name, at, message));
        self.bad_rows += 1;
        if row {
            self.rows = self.rows.saturating_sub(1);
        }
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

    /// `file:line:column`, for messages that point to another place.
    fn place(&self, file: usize, at: Pos) -> String {
        let name = self.files.get(file).map_or("", String::as_str);
        format!("{name}:{}:{}", at.line, at.column)
    }

    /// A new entry for `user`, first listed by `file` at `at`; `None` (with the error) past
    /// [`MAX_USERS`].
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

    /// Adds entry `i` to `group`, once.
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

/// Whether `text` carries a character one cannot see ([`crate::lookalike::invisible`]);
/// line breaks and tabs, which a spreadsheet cell may hold, are seen as such.
fn hidden(text: &str) -> bool {
    text.chars()
        .any(|c| crate::lookalike::invisible(c) && !matches!(c, '\n' | '\r' | '\t'))
}

/// One warning per email, name or group of a file that reads like a spreadsheet formula or
/// carries a character one cannot see (a group once per file, however many members it has),
/// in the order the file lists them. Only a value so flagged is named in words.
fn value_warnings(m: &mut Merger, f: usize, r: &Records) {
    let flagged = |v: &str| formula_like(v) || hidden(v);
    let mut groups_seen: BTreeSet<&str> = BTreeSet::new();
    // Where, the value, and what it is in words.
    let mut found: Vec<(Pos, &str, String)> = Vec::new();
    for u in &r.users {
        if flagged(&u.email) {
            found.push((u.at, &u.email, format!("the email {}", Quoted(&u.email))));
        }
        if let Some(sso) = u.sso_email.as_deref().filter(|s| flagged(s)) {
            found.push((u.at, sso, format!("the SSO email {}", Quoted(sso))));
        }
        if let Some(name) = u.name.as_deref().filter(|n| flagged(n)) {
            let what = format!("the name {} of {}", Quoted(name), Quoted(&u.email));
            found.push((u.at, name, what));
        }
        for g in u.groups.iter().filter(|g| flagged(g)) {
            if groups_seen.insert(g) {
                found.push((u.at, g, format!("the group {}", Quoted(g))));
            }
        }
    }
    for ms in r.memberships.iter().filter(|ms| flagged(&ms.group)) {
        if groups_seen.insert(&ms.group) {
            found.push((ms.at, &ms.group, format!("the group {}", Quoted(&ms.group))));
        }
    }
    for (at, value, what) in found {
        if formula_like(value) {
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
        if hidden(value) {
            m.warn(
                WarningKind::HiddenCharacter,
                f,
                at,
                format!(
                    "{what} carries a character one cannot see (shown here as \\u{{…}}): \
                     kept as it is; check it in your identity provider (an email with one \
                     matches no account)"
                ),
            );
        }
    }
}

/// One warning per imported email that only looks like an earlier one (a Cyrillic `а` for a
/// Latin `a`): at the later user, naming the characters.
fn warn_lookalikes(m: &mut Merger) {
    let emails: Vec<&str> = m.entries.iter().map(|e| e.user.email.as_str()).collect();
    let found = crate::lookalike::find(&emails, |seen| {
        m.index.get(seen).and_then(|i| u32::try_from(*i).ok())
    });
    let mut warnings = Vec::new();
    for (a, b) in found.pairs {
        let (Some(first), Some(later)) = (m.entries.get(a as usize), m.entries.get(b as usize))
        else {
            continue;
        };
        let marks: Vec<String> = crate::lookalike::disguises(&first.user.email)
            .into_iter()
            .chain(crate::lookalike::disguises(&later.user.email))
            .map(|(c, like)| format!("U+{:04X} looks like \"{like}\"", u32::from(c)))
            .collect();
        let message = format!(
            "{} looks like {} ({}) but is a different address: two people to the identity \
             provider and to Claude",
            Quoted(&later.user.email),
            Quoted(&first.user.email),
            marks.join(", ")
        );
        warnings.push((later.file, later.at, message));
    }
    for (file, at, message) in warnings {
        m.warn(WarningKind::LookalikeEmail, file, at, message);
    }
}

/// Merges the records of every file into one directory: the users, file after file, then
/// the group memberships that name them. Every error found, or the directory with its
/// warnings in file order.
pub(crate) fn merge(records: Vec<Records>, skip: bool) -> Result<Imported, Vec<ImportError>> {
    let mut m = Merger::new(&records, skip);
    file_warnings(&mut m, &records);
    let Some(users) = merge_users(&mut m, &records) else {
        return Err(m.errors);
    };
    let any_user_list = any_user_list(&records);
    let unlisted = join_groups(&mut m, &records, &users, any_user_list);
    if !m.errors.is_empty() {
        return Err(m.errors);
    }
    warn_unlisted(&mut m, unlisted);
    warn_lookalikes(&mut m);
    sort_warnings(&mut m);
    if !any_user_list && !m.entries.is_empty() {
        warn_no_user_list(&mut m);
    }
    let formats = records.iter().map(|r| r.format).collect();
    Ok(imported(m, formats))
}

/// The warnings about each file as a whole: first the readers' own, then, file after file,
/// names that read like formulas and files with nothing to import.
fn file_warnings(m: &mut Merger, records: &[Records]) {
    for r in records {
        m.warnings.extend(r.warnings.iter().cloned());
    }
    for (f, r) in records.iter().enumerate() {
        value_warnings(m, f, r);
        if r.users.is_empty() && r.memberships.is_empty() && r.scim_groups.is_empty() {
            m.warn(
                WarningKind::Incomplete,
                f,
                Pos { line: 0, column: 0 },
                "the file lists no users and no groups: nothing is imported from it".to_owned(),
            );
        }
    }
}

/// Where the users of every file went: the entry of each user a file lists, and SCIM user
/// ids → entries, across files.
struct Users<'r> {
    /// Per file, the entry of each of its users, in the order the file lists them.
    entries: Vec<Vec<usize>>,
    /// SCIM `User.id` → entry; the first user with an id keeps it.
    scim_ids: HashMap<&'r str, usize>,
}

/// Adds the users of every file, file after file; `None` (with the error) past
/// [`MAX_USERS`].
fn merge_users<'r>(m: &mut Merger, records: &'r [Records]) -> Option<Users<'r>> {
    let mut users = Users {
        entries: Vec::with_capacity(records.len()),
        scim_ids: HashMap::new(),
    };
    for (f, r) in records.iter().enumerate() {
        let mut seen_here: HashMap<&str, Pos> = HashMap::new();
        let mut entries = Vec::with_capacity(r.users.len());
        for u in &r.users {
            warn_if_repeated(m, f, u, &mut seen_here);
            let i = merge_user(m, f, u)?;
            if let Some(id) = &u.scim_id {
                users.scim_ids.entry(id.as_str()).or_insert(i);
            }
            entries.push(i);
        }
        users.entries.push(entries);
    }
    Some(users)
}

/// Warns when file `f` lists the same email twice, spelt alike (spellings that differ in
/// case are warned about when the entry is found).
fn warn_if_repeated<'r>(
    m: &mut Merger,
    f: usize,
    u: &'r UserRecord,
    seen_here: &mut HashMap<&'r str, Pos>,
) {
    if let Some(first) = seen_here.get(u.email.as_str()).copied() {
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
        seen_here.insert(&u.email, u.at);
    }
}

/// Adds one user of file `f` to its entry (a new one if the email is new): the first name
/// given, not assigned if any file says so, groups united, sign-in names kept to match
/// members by. `None` (with the error) past [`MAX_USERS`].
fn merge_user(m: &mut Merger, f: usize, u: &UserRecord) -> Option<usize> {
    let i = match m.find(&u.email, f, u.at) {
        Some(i) => i,
        None => {
            let doc = UserDoc {
                email: u.email.clone(),
                ..UserDoc::default()
            };
            m.add(doc, f, u.at)?
        }
    };
    if let Some(entry) = m.entries.get_mut(i) {
        if entry.user.name.is_none() {
            entry.user.name.clone_from(&u.name);
        }
        // R26: the first address SSO sends that a file gives, where it is not the email.
        if entry.user.sso_email.is_none() && u.sso_email.as_ref() != Some(&entry.user.email) {
            entry.user.sso_email.clone_from(&u.sso_email);
        }
        // Not assigned anywhere: not assigned.
        if u.assigned == Some(false) {
            entry.user.assigned = Some(false);
        }
    }
    for g in &u.groups {
        m.join(i, g);
    }
    for alias in &u.aliases {
        m.aliases.entry(email_key(alias)).or_insert(i);
    }
    Some(i)
}

/// Whether some file lists users (a SCIM file only if it holds a User); without one, group
/// members are the users.
fn any_user_list(records: &[Records]) -> bool {
    records
        .iter()
        .any(|r| r.format.lists_users() && !(r.format == Format::Scim && r.users.is_empty()))
}

/// A group member found in no user list imported: left out, with a warning once every
/// error is known.
struct Unlisted<'r> {
    file: usize,
    at: Pos,
    group: &'r str,
    email: &'r str,
}

/// Resolves the group memberships of every file to users.
struct Members<'r> {
    users: &'r Users<'r>,
    /// SCIM `Group.id` → group name, across files.
    group_names: HashMap<&'r str, &'r str>,
    any_user_list: bool,
    unlisted: Vec<Unlisted<'r>>,
}

/// Adds users to the groups each file says they are in, file after file: SCIM
/// `User.groups[]` given by id, `Group.members[]`, then membership rows. Gives the members
/// left out for being in no user list.
fn join_groups<'r>(
    m: &mut Merger,
    records: &'r [Records],
    users: &'r Users<'r>,
    any_user_list: bool,
) -> Vec<Unlisted<'r>> {
    let mut members = Members {
        users,
        group_names: scim_group_names(records),
        any_user_list,
        unlisted: Vec::new(),
    };
    for (f, r) in records.iter().enumerate() {
        members.join_group_refs(m, f, r);
        for group in &r.scim_groups {
            for member in &group.members {
                members.join_scim_member(m, f, group, member);
            }
        }
        for ms in &r.memberships {
            members.join_or_set_aside(m, f, ms.at, &ms.group, &ms.email, true);
        }
    }
    members.unlisted
}

/// A member's `display` when it is an email: with no user of the member's id, it still
/// names the person.
fn email_in_display(member: &Member) -> Option<&str> {
    member
        .display
        .as_deref()
        .map(str::trim)
        .filter(|d| email_problem(d).is_none())
}

/// SCIM group ids → names, across files.
fn scim_group_names(records: &[Records]) -> HashMap<&str, &str> {
    records
        .iter()
        .flat_map(|r| &r.scim_groups)
        .filter_map(|g| Some((g.id.as_deref()?, g.name.as_str())))
        .collect()
}

impl<'r> Members<'r> {
    /// `User.groups[]` given by id: each user of file `f` joins the group of that id.
    fn join_group_refs(&self, m: &mut Merger, f: usize, r: &Records) {
        for g in &r.scim_refs {
            let entry = self
                .users
                .entries
                .get(f)
                .and_then(|e| e.get(g.user))
                .copied();
            match (self.group_names.get(g.value.as_str()), entry) {
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
    }

    /// A `Group.members[]` entry of file `f`: a user by id joins the group; a group inside
    /// it is not expanded; else a `display` that is an email names the person.
    fn join_scim_member(&mut self, m: &mut Merger, f: usize, group: &'r Group, member: &'r Member) {
        if let Some(i) = self.users.scim_ids.get(member.value.as_str()).copied() {
            m.join(i, &group.name);
        } else if let Some(nested) = self.nested_group(member) {
            m.warn(
                WarningKind::NestedGroup,
                f,
                member.at,
                format!(
                    "member `{nested}` of group `{}` is a group: nested groups are not expanded",
                    group.name
                ),
            );
        } else if let Some(email) = email_in_display(member) {
            self.join_or_set_aside(m, f, member.at, &group.name, email, false);
        } else {
            m.bad_membership(
                f,
                member.at,
                format!(
                    "member `{}` of group `{}` matches no User `id` in the files imported",
                    member.value, group.name
                ),
                false,
            );
        }
    }

    /// The name of the group that `member` is, if it is one (by its `type`, or by its id
    /// being a Group's).
    fn nested_group(&self, member: &'r Member) -> Option<&'r str> {
        let is_group = member
            .kind
            .as_deref()
            .is_some_and(|k| k.eq_ignore_ascii_case("Group"))
            || self.group_names.contains_key(member.value.as_str());
        is_group.then(|| {
            self.group_names
                .get(member.value.as_str())
                .copied()
                .or(member.display.as_deref())
                .unwrap_or(member.value.as_str())
        })
    }

    /// Adds the user of `email` (or of that sign-in name) to `group`. A member in no user
    /// list is set aside, or, when no file lists users, added as a user.
    fn join_or_set_aside(
        &mut self,
        m: &mut Merger,
        file: usize,
        at: Pos,
        group: &'r str,
        email: &'r str,
        row: bool,
    ) {
        if let Some(i) = m.find(email, file, at) {
            m.join(i, group);
        } else if let Some(i) = m.aliases.get(&email_key(email)).copied() {
            m.join(i, group);
        } else if let Some(problem) = email_problem(email) {
            m.bad_membership(
                file,
                at,
                format!(
                    "member `{email}` of group `{group}` matches no user's sign-in name, \
                     and the email {problem}"
                ),
                row,
            );
        } else if self.any_user_list {
            self.unlisted.push(Unlisted {
                file,
                at,
                group,
                email,
            });
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
}

/// Members left out for being in no user list: one warning per person.
fn warn_unlisted(m: &mut Merger, unlisted: Vec<Unlisted<'_>>) {
    let mut warned: BTreeSet<String> = BTreeSet::new();
    for Unlisted {
        file,
        at,
        group,
        email,
    } in unlisted
    {
        if warned.insert(email_key(email)) {
            m.warn(
                WarningKind::MemberNotListed,
                file,
                at,
                format!(
                    "`{email}`, a member of group `{group}`, is in no user list imported: left out"
                ),
            );
        }
    }
}

/// Warnings in file order, then by position (a stable sort: equal places keep the order
/// they were found in).
fn sort_warnings(m: &mut Merger) {
    let files = &m.files;
    let order = |w: &ImportWarning| {
        let f = files
            .iter()
            .position(|f| *f == w.file)
            .unwrap_or(usize::MAX);
        (f, w.line, w.column)
    };
    m.warnings.sort_by_key(order);
}

/// Warns, after every other warning, that group members were taken as the users.
fn warn_no_user_list(m: &mut Merger) {
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

/// The merged directory, its identity provider the vendor when every file is that vendor's
/// export, else `other`.
fn imported(m: Merger, formats: Vec<Format>) -> Imported {
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
    let mut skipped = m.skipped;
    let files = &m.files;
    skipped.sort_by_key(|e| {
        let f = files.iter().position(|f| *f == e.file);
        (f, e.line, e.column)
    });
    let skipped = if skipped.is_empty() {
        skipped
    } else {
        super::cap(skipped).0
    };
    Imported {
        directory,
        warnings: m.warnings,
        formats,
        skipped,
        rows: m.rows,
        bad_rows: m.bad_rows,
    }
}
