//! Two setups compared as a change is reviewed (CONTRACT.md §3.1, `provplan diff`): per
//! organization, every user whose outcome differs — status, role, seat tier, change — and the
//! findings that appear and disappear. Both scenarios are evaluated once; users are matched by
//! email without regard to letter case (as everywhere), organizations by id.

use rustc_hash::FxHashMap as HashMap;

use crate::catalog::{Change, Role, SeatTier, Status};
use crate::evaluate::{Evaluation, OrgEvaluation, UserOutcome};
use crate::scenario::email_key;
use crate::write::{Json, Object, array};

/// What a user ends with on one side: the fields a change is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub status: Status,
    pub role: Option<Role>,
    pub seat_tier: Option<SeatTier>,
    pub change: Change,
}

impl Row {
    fn of(u: &UserOutcome) -> Row {
        Row {
            status: u.status,
            role: u.role,
            seat_tier: u.seat_tier,
            change: u.change,
        }
    }

    /// A user a side does not list: out of scope, nothing happens to them.
    const UNLISTED: Row = Row {
        status: Status::OutOfScope,
        role: None,
        seat_tier: None,
        change: Change::None,
    };

    /// Whether two sides differ, a side that does not list the user counting as out of scope.
    fn differs(a: Option<Row>, b: Option<Row>) -> bool {
        a.unwrap_or(Row::UNLISTED) != b.unwrap_or(Row::UNLISTED)
    }

    /// Whether the user can use the organization: a member, or one who joins at sign-in.
    pub fn has_access(self) -> bool {
        matches!(self.status, Status::Member | Status::PendingLogin)
    }
}

/// A user whose outcome differs, with both sides (`None`: not listed on that side, which counts
/// as out of scope with nothing happening).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserDiff<'s> {
    pub email: &'s str,
    pub before: Option<Row>,
    pub after: Option<Row>,
    /// The AFTER side's outcome, for the reason it gives (its sources and rules).
    pub after_outcome: Option<UserOutcome>,
}

impl UserDiff<'_> {
    /// `+`: has access only AFTER; `-`: only BEFORE; `~`: both or neither, differently.
    pub fn sign(&self) -> char {
        let access = |r: Option<Row>| r.is_some_and(Row::has_access);
        match (access(self.before), access(self.after)) {
            (false, true) => '+',
            (true, false) => '-',
            _ => '~',
        }
    }
}

/// A finding as a diff names it: its code and subjects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingRef<'s> {
    pub code: crate::Code,
    pub subjects: Vec<&'s str>,
}

/// One organization's differences; `id` `None` holds the findings of the whole scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgDiff<'s> {
    pub id: &'s str,
    pub users: Vec<UserDiff<'s>>,
    pub findings_added: Vec<FindingRef<'s>>,
    pub findings_removed: Vec<FindingRef<'s>>,
}

impl OrgDiff<'_> {
    pub fn is_empty(&self) -> bool {
        self.users.is_empty() && self.findings_added.is_empty() && self.findings_removed.is_empty()
    }

    /// Users who gain access, who keep it with another role or tier, and who lose it.
    pub fn summary(&self) -> (usize, usize, usize) {
        let count = |c: char| self.users.iter().filter(|u| u.sign() == c).count();
        let changed = self
            .users
            .iter()
            .filter(|u| u.sign() == '~' && u.before.is_some_and(Row::has_access))
            .count();
        (count('+'), changed, count('-'))
    }
}

/// The differences between two evaluations: the organizations of AFTER in its order, then
/// those only BEFORE has; then the findings of the whole scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diff<'s> {
    pub organizations: Vec<OrgDiff<'s>>,
    pub findings_added: Vec<FindingRef<'s>>,
    pub findings_removed: Vec<FindingRef<'s>>,
}

impl Diff<'_> {
    pub fn is_empty(&self) -> bool {
        self.organizations.iter().all(OrgDiff::is_empty)
            && self.findings_added.is_empty()
            && self.findings_removed.is_empty()
    }
}

/// The differences from `before` to `after`. Linear in the users of both: BEFORE's users are
/// keyed once, and AFTER's looked up.
pub fn diff<'s>(before: &Evaluation<'s>, after: &Evaluation<'s>) -> Diff<'s> {
    let found = [by_org(before), by_org(after)];
    let mut organizations = Vec::new();
    for a in &after.organizations {
        let b = before.organizations.iter().find(|o| o.id == a.id);
        organizations.push(org_diff(a.id, b, Some(a), &found));
    }
    for b in &before.organizations {
        if !after.organizations.iter().any(|o| o.id == b.id) {
            organizations.push(org_diff(b.id, Some(b), None, &found));
        }
    }
    let (findings_added, findings_removed) = changes(&found, None);
    Diff {
        organizations,
        findings_added,
        findings_removed,
    }
}

fn org_diff<'s>(
    id: &'s str,
    b: Option<&OrgEvaluation<'s>>,
    a: Option<&OrgEvaluation<'s>>,
    found: &[Found<'s>; 2],
) -> OrgDiff<'s> {
    // BEFORE's users by email key, each taken when AFTER lists them too.
    let mut before_users: HashMap<String, UserOutcome> = b
        .map(|o| {
            o.users
                .iter()
                .map(|u| (email_key(o.users.email(u)), *u))
                .collect()
        })
        .unwrap_or_default();
    let mut users = Vec::new();
    if let Some(a) = a {
        for u in a.users.iter() {
            let email = a.users.email(u);
            let was = before_users.remove(&email_key(email)).map(|u| Row::of(&u));
            if Row::differs(was, Some(Row::of(u))) {
                users.push(UserDiff {
                    email,
                    before: was,
                    after: Some(Row::of(u)),
                    after_outcome: Some(*u),
                });
            }
        }
    }
    // Then the users only BEFORE lists, in its order.
    if let Some(b) = b {
        for u in b.users.iter() {
            let email = b.users.email(u);
            let only_before = before_users.contains_key(&email_key(email));
            if only_before && Row::differs(Some(Row::of(u)), None) {
                users.push(UserDiff {
                    email,
                    before: Some(Row::of(u)),
                    after: None,
                    after_outcome: None,
                });
            }
        }
    }
    let (findings_added, findings_removed) = changes(found, Some(id));
    OrgDiff {
        id,
        users,
        findings_added,
        findings_removed,
    }
}

/// An evaluation's findings as code and subjects, by organization id (`None`: the whole
/// scenario), each list in the evaluation's order: gathered once per side.
type Found<'s> = HashMap<Option<&'s str>, Vec<FindingRef<'s>>>;

fn by_org<'s>(e: &Evaluation<'s>) -> Found<'s> {
    let mut found: Found<'s> = HashMap::default();
    for f in &e.findings {
        found.entry(f.organization()).or_default().push(FindingRef {
            code: f.code(),
            subjects: f.subjects(),
        });
    }
    found
}

/// The findings of organization `org` (`None`: the whole scenario) that only AFTER has, and
/// those only BEFORE has (`found`: BEFORE's, then AFTER's).
fn changes<'s>(
    [before, after]: &[Found<'s>; 2],
    org: Option<&str>,
) -> (Vec<FindingRef<'s>>, Vec<FindingRef<'s>>) {
    let (b, a) = (
        before.get(&org).map_or(&[][..], Vec::as_slice),
        after.get(&org).map_or(&[][..], Vec::as_slice),
    );
    let added = a.iter().filter(|f| !b.contains(f)).cloned().collect();
    let removed = b.iter().filter(|f| !a.contains(f)).cloned().collect();
    (added, removed)
}

// --- the contract's JSON ---------------------------------------------------------------------

impl Json for Row {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("status", &self.status)
            .field("role", &self.role)
            .field("seat_tier", &self.seat_tier)
            .field("change", &self.change);
        o.end();
    }
}

impl Json for FindingRef<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("code", &self.code)
            .field("subjects", &self.subjects);
        o.end();
    }
}

impl Json for UserDiff<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("email", self.email)
            .field("before", &self.before)
            .field("after", &self.after);
        o.end();
    }
}

impl Json for OrgDiff<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", self.id);
        array(o.key("users"), &self.users, |out, u| u.write(out));
        o.field("findings_added", &self.findings_added)
            .field("findings_removed", &self.findings_removed);
        o.end();
    }
}

impl Json for Diff<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        array(o.key("organizations"), &self.organizations, |out, org| {
            org.write(out);
        });
        o.field("findings_added", &self.findings_added)
            .field("findings_removed", &self.findings_removed);
        o.end();
    }
}
