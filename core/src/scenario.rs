//! The validated scenario: ids are enums, emails are keyed case-insensitively, group names are
//! interned to integers in name order, and every fact the evaluation needs is indexed once.
//! Evaluation takes only this model and cannot fail on input.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use serde_json::Value;

use crate::catalog::{Idp, Mode, Plan, Product, Role, SeatTier, Version, one_of};
use crate::doc::{
    GroupMappingsDoc, MaxRemovalsDoc, MemberDoc, OrganizationDoc, ScenarioDoc, UserDoc,
};
use crate::error::{ErrorKind, ErrorList, InputError, InputErrors, Quoted};
use crate::sliced::{Slice, Sliced};

/// Limits the planner states and enforces, each with a clear input error.
pub mod limits {
    /// Directory users, and members per organization.
    pub const MAX_USERS: usize = 200_000;
    /// Groups one user belongs to.
    pub const MAX_GROUPS_PER_USER: usize = 1_000;
    /// Distinct group names in a scenario.
    pub const MAX_GROUPS: usize = 100_000;
    /// Organizations joined to the parent.
    pub const MAX_ORGANIZATIONS: usize = 100;
    /// Characters in an email (RFC 5321 allows 254 in practice; some IdPs more).
    pub const MAX_EMAIL_CHARS: usize = 320;
    /// Characters in a group name.
    pub const MAX_GROUP_CHARS: usize = 256;
    /// Outcomes of an evaluation: the users of every organization (its directory users and
    /// members not in the directory), added up. An evaluation's JSON takes about 330 bytes an
    /// outcome (550 indented), so this keeps it under about 330 MB, which a browser can hold
    /// as a string (200,000 users in 5 organizations; 10,000 in 100).
    pub const MAX_OUTCOMES: usize = 1_000_000;
}

/// An index into [`Scenario::people`].
pub type PersonId = u32;
/// An index into [`Scenario::groups`]; ids follow the names' order.
pub type GroupId = u32;

#[derive(Clone, Debug)]
pub struct Scenario {
    /// The version of the format it was written in.
    pub version: Version,
    pub plan: Plan,
    pub idp: Idp,
    pub scim_connected: bool,
    /// The actor's email as written, and the person it names (if anyone knows them).
    pub actor: Option<(String, Option<PersonId>)>,
    /// Directory users in directory order, then members not in the directory (first seen).
    pub people: Vec<Person>,
    /// How many of `people` are directory users.
    pub directory_len: u32,
    /// Every group name (from the directory and from mappings), sorted; a `GroupId` indexes it.
    pub groups: Vec<String>,
    /// Directory users per group (assigned or not).
    pub group_sizes: Vec<u32>,
    /// Directory users per group who are assigned to the app.
    pub assigned_group_sizes: Vec<u32>,
    /// Group memberships of all people, person after person (ranges in `spans`).
    memberships: Vec<GroupId>,
    /// Per person, what evaluation reads of them on every pass, apart from their strings: the
    /// range of their groups in `memberships`, and whether they are assigned (R10).
    spans: Vec<(u32, u32)>,
    assigned: Vec<bool>,
    pub organizations: Vec<Organization>,
    /// R10: people whose emails look like another's, or carry a character one cannot see.
    pub lookalikes: crate::lookalike::Lookalikes,
    /// R26: some person has an SSO address other than their email.
    sso_emails: bool,
    /// R28: the removal safety limit (`None`: no limit); the command line may override it.
    pub max_removals: Option<RemovalLimit>,
}

/// R28: what `max_removals` may be, in input errors.
pub(crate) const MAX_REMOVALS_EXPECTED: &str =
    "a whole number of people up to 4294967295 or a string \"N%\" with N from 0 to 100";

/// R28: the most people an organization may lose on save, as `max_removals` or
/// `--max-removals` write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemovalLimit {
    /// A whole number of people.
    People(u32),
    /// A whole percentage (0 to 100) of the organization's current members.
    Percent(u32),
}

impl RemovalLimit {
    /// `"N"` (people) or `"N%"` (N from 0 to 100), digits only: the command line's form.
    pub fn parse(text: &str) -> Option<RemovalLimit> {
        let percent = text.as_bytes().last() == Some(&b'%');
        let digits = text.as_bytes().get(..text.len() - usize::from(percent))?;
        if digits.is_empty() {
            return None;
        }
        // Digits only: no sign, no space, no decimal point.
        let n = digits.iter().try_fold(0u32, |n, b| {
            let d = b.checked_sub(b'0').filter(|d| *d <= 9)?;
            n.checked_mul(10)?.checked_add(u32::from(d))
        })?;
        match percent {
            false => Some(RemovalLimit::People(n)),
            true => (n <= 100).then_some(RemovalLimit::Percent(n)),
        }
    }

    /// R28 [interpretation]: the most people an organization of `members` current members may
    /// lose: N, or N% of `members` rounded down, so that a count above it is a share above N%.
    pub fn allowed(self, members: usize) -> u32 {
        match self {
            RemovalLimit::People(n) => n,
            RemovalLimit::Percent(p) => {
                let share = (members as u64).saturating_mul(u64::from(p)) / 100;
                u32::try_from(share).unwrap_or(u32::MAX)
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct Person {
    pub email: String,
    /// R26: the address the user's SSO assertion sends, where it is not `email` exactly
    /// (letter case and Unicode normal form included); `None`: the same.
    pub sso_email: Option<String>,
    pub name: Option<String>,
    /// R10: assigned to the Anthropic app in the IdP; false for people not in the directory.
    pub assigned: bool,
}

#[derive(Clone, Debug)]
pub struct Organization {
    /// While building: person → index in `members`; emptied into `member_slot`.
    member_index: HashMap<PersonId, u32>,
    pub id: String,
    pub name: Option<String>,
    pub product: Product,
    /// R17: purchased seats per tier of the plan, in R1 order; `None`: capacity not checked.
    pub seats: Option<Vec<(SeatTier, u32)>>,
    pub mode: Mode,
    /// §6 `choose_mode`: whether the scenario states the mode.
    pub mode_stated: bool,
    pub agm_enabled: bool,
    /// Role mappings in catalogue order: each role with its groups.
    pub role_mappings: Vec<(Role, Vec<GroupId>)>,
    /// Seat-tier mappings in R1 order.
    pub tier_mappings: Vec<(SeatTier, Vec<GroupId>)>,
    /// R3: the product's roles in the document's version, in catalogue order.
    pub roles: &'static [Role],
    /// R3: precedence, highest first; every role of `roles` once.
    pub precedence: Vec<Role>,
    pub precedence_overridden: bool,
    pub members: Vec<Member>,
    /// R20: the organization lists no members, so it is taken to be new, with the actor as its
    /// one member (see [`Organization::assume_actor`]).
    pub actor_assumed: bool,
    /// People not in the directory who are members here, in member order.
    pub extra_people: Vec<PersonId>,
    /// For each person, their index in `members` (`u32::MAX`: not a member).
    member_slot: Vec<u32>,
}

#[derive(Clone, Debug)]
pub struct Member {
    pub person: PersonId,
    pub role: Role,
    /// R17: `None` is a seat of unknown tier.
    pub seat_tier: Option<SeatTier>,
    /// R27: the Claude organization's Primary Owner (an Owner, one in the scenario at most).
    pub primary_owner: bool,
}

/// Settings the mode comparison varies, per organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrgSettings {
    pub mode: Mode,
    pub agm_enabled: bool,
}

impl Scenario {
    /// Reads scenario JSON text and validates it; all errors found, shape and rule alike.
    pub fn parse(text: &str) -> Result<Scenario, InputErrors> {
        // A syntax error stops here; shape errors are merged with rule errors below.
        let (doc, shape_errors) = crate::doc::read(text)?;
        if shape_errors.is_empty() {
            return Scenario::from_doc(&doc);
        }
        let mut errors = shape_errors;
        if let Err(rule_errors) = Scenario::from_doc(&doc) {
            // A value already reported as malformed is not reported again as invalid.
            for e in rule_errors.0 {
                let shadowed = errors.iter().any(|s| {
                    s.path.is_empty()
                        || within(&e.path, &s.path, b"[.")
                        || (s.kind == ErrorKind::Type && within(&s.path, &e.path, b"."))
                });
                if !shadowed {
                    errors.push(e);
                }
            }
        }
        Err(InputErrors(errors))
    }

    /// Validates a parsed JSON value, as [`Scenario::parse`] validates the same text.
    pub fn from_value(value: &Value) -> Result<Scenario, InputErrors> {
        Scenario::parse(&value.to_string())
    }

    /// Validates a scenario document against R1–R4 and the contract.
    pub fn from_doc(doc: &ScenarioDoc) -> Result<Scenario, InputErrors> {
        Validation::new(doc).run().1
    }

    pub fn groups_of(&self, person: PersonId) -> &[GroupId] {
        self.spans
            .get(person as usize)
            .and_then(|(a, b)| self.memberships.get(*a as usize..*b as usize))
            .unwrap_or(&[])
    }

    /// R10: whether the person is assigned to the app (false for people not in the directory).
    pub fn is_assigned(&self, person: PersonId) -> bool {
        self.assigned.get(person as usize).copied().unwrap_or(false)
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.get(id as usize)
    }

    /// R26: the address a person's SSO assertion sends, where it is not their email exactly.
    pub fn sso_email(&self, id: PersonId) -> Option<&str> {
        self.person(id).and_then(|p| p.sso_email.as_deref())
    }

    /// R26: whether any directory user signs in with another address than their email.
    pub fn has_sso_emails(&self) -> bool {
        self.sso_emails
    }

    /// A person's email as the scenario spells it (empty for an id of no one).
    pub fn email(&self, id: PersonId) -> &str {
        self.person(id).map_or("", |p| p.email.as_str())
    }

    /// A person's display name, when the directory gives one.
    pub fn name(&self, id: PersonId) -> Option<&str> {
        self.person(id).and_then(|p| p.name.as_deref())
    }

    pub fn group_name(&self, id: GroupId) -> &str {
        self.groups.get(id as usize).map_or("", String::as_str)
    }

    pub fn settings(&self) -> Vec<OrgSettings> {
        self.organizations
            .iter()
            .map(|o| OrgSettings {
                mode: o.mode,
                agm_enabled: o.agm_enabled,
            })
            .collect()
    }

    /// The directory users, in directory order.
    pub fn directory(&self) -> impl Iterator<Item = PersonId> + '_ {
        0..self.directory_len
    }
}

impl Organization {
    pub fn member(&self, person: PersonId) -> Option<&Member> {
        let slot = self
            .member_slot
            .get(person as usize)
            .copied()
            .unwrap_or(u32::MAX);
        self.members.get(slot as usize)
    }

    /// Whether any group is mapped at all (R13).
    pub fn has_mappings(&self) -> bool {
        self.role_mappings.iter().any(|(_, g)| !g.is_empty())
            || self.tier_mappings.iter().any(|(_, g)| !g.is_empty())
    }
}

/// R1: the product's seat tiers under `plan`.
pub fn tiers_of(plan: Plan, product: Product) -> &'static [SeatTier] {
    match product {
        Product::Claude => plan.seat_tiers(),
        Product::Console => &[],
    }
}

/// R16: the tier of a member listed without one: on single-seat Enterprise every member holds
/// the one seat type; elsewhere the tier is unknown (R17).
fn unstated_member_tier(plan: Plan, product: Product) -> Option<SeatTier> {
    match product {
        Product::Claude if plan.is_single_seat() => tiers_of(plan, product).first().copied(),
        _ => None,
    }
}

/// Emails: non-empty, one `@` with text on both sides, no whitespace.
pub fn email_problem(email: &str) -> Option<&'static str> {
    if email.is_empty() {
        return Some("is empty");
    }
    // The common case in one pass over the bytes: short ASCII, no white space or control
    // character, one `@` with text on both sides.
    let bytes = email.as_bytes();
    if bytes.len() <= limits::MAX_EMAIL_CHARS
        && bytes.iter().all(|b| b.is_ascii_graphic())
        && bytes.iter().filter(|b| **b == b'@').count() == 1
        && bytes.first() != Some(&b'@')
        && bytes.last() != Some(&b'@')
    {
        return None;
    }
    if email.chars().count() > limits::MAX_EMAIL_CHARS {
        return Some("is longer than 320 characters");
    }
    if email.chars().any(char::is_whitespace) {
        return Some("contains white space");
    }
    let mut parts = email.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) if !local.is_empty() && !domain.is_empty() => None,
        (_, _, Some(_)) => Some("has more than one `@`"),
        _ => Some("needs text on both sides of one `@`"),
    }
}

/// Group names: not blank, at most [`limits::MAX_GROUP_CHARS`] characters.
fn group_problem(name: &str) -> Option<&'static str> {
    if name.trim().is_empty() {
        Some("a group name cannot be empty")
    } else if name.chars().count() > limits::MAX_GROUP_CHARS {
        Some("a group name is longer than 256 characters")
    } else {
        None
    }
}

/// The identity of an email: without regard to letter case or Unicode normal form (a composed
/// and a decomposed `é` are one address). Beyond ASCII, upper-casing first folds letters whose
/// lower case depends on their place (a final Greek sigma) to one form.
pub fn email_key(email: &str) -> String {
    if email.is_ascii() {
        email.to_ascii_lowercase()
    } else {
        // After the case mapping, which may leave letters decomposed: one normal form.
        crate::case::nfc(&crate::case::lower(&crate::case::upper(email)))
    }
}

/// `prefix.key`, or `prefix["odd key"]` when the key is not a plain name (as the reader's paths).
fn key_path(prefix: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        format!("{prefix}.{key}")
    } else {
        format!("{prefix}[{}]", Quoted(key))
    }
}

/// People by email without regard to case (equal [`email_key`]s), without a string per
/// email: the hash of the key leads to the last person indexed with it, and each person to the
/// one indexed before with the same hash.
#[derive(Default)]
struct EmailIndex {
    last: HashMap<u64, PersonId>,
    before: Vec<PersonId>,
}

impl EmailIndex {
    const NONE: PersonId = PersonId::MAX;

    /// The hash of `email_key(email)`, computed without allocating for ASCII emails.
    fn hash(email: &str) -> u64 {
        use core::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        let mut buf = [0u8; 64];
        match buf.get_mut(..email.len()) {
            Some(lower) if email.is_ascii() => {
                lower.copy_from_slice(email.as_bytes());
                lower.make_ascii_lowercase();
                h.write(lower);
            }
            _ => h.write(email_key(email).as_bytes()),
        }
        h.finish()
    }

    fn same(a: &str, b: &str) -> bool {
        if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            email_key(a) == email_key(b)
        }
    }

    fn reserve(&mut self, n: usize) {
        self.last.reserve(n);
        self.before.reserve(n);
    }

    /// The person whose email is `email` (of hash `hash`) without regard to case.
    fn get(&self, hash: u64, email: &str, people: &[Person]) -> Option<PersonId> {
        let mut at = self.last.get(&hash).copied();
        while let Some(id) = at.filter(|id| *id != Self::NONE) {
            if people
                .get(id as usize)
                .is_some_and(|p| Self::same(&p.email, email))
            {
                return Some(id);
            }
            at = self.before.get(id as usize).copied();
        }
        None
    }

    /// Indexes person `id` (the next person, in order) under `hash`.
    fn insert(&mut self, hash: u64, id: PersonId) {
        let previous = self.last.insert(hash, id).unwrap_or(Self::NONE);
        if self.before.len() <= id as usize {
            self.before.resize(id as usize + 1, Self::NONE);
        }
        if let Some(slot) = self.before.get_mut(id as usize) {
            *slot = previous;
        }
    }
}

/// Where a [`Validation`] stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Stage {
    #[default]
    Start,
    /// The next directory user to read.
    Users(usize),
    /// The next organization to read.
    Organizations(usize),
    /// The next member to read of an organization.
    Members(usize, usize),
    Finish,
}

/// [`Scenario::from_doc`] in slices, a [`Sliced`] job, so that a page can validate a
/// 100,000-user document between frames instead of in one long task: each step does about
/// the work it is given, in the units of [`ScenarioDoc::work`] (a user and each of their
/// groups, a member, an organization's settings and each group name they map; the final
/// renumbering counts as one). It holds the document it validates (`D`: the document, a
/// reference or a shared pointer to it) and gives it back with the result, which is the same
/// as `from_doc`'s, errors included and in the same order.
pub struct Validation<D> {
    doc: D,
    validator: Validator,
}

impl<D: Borrow<ScenarioDoc>> Validation<D> {
    pub fn new(doc: D) -> Validation<D> {
        Validation {
            doc,
            validator: Validator::default(),
        }
    }
}

impl<D: Borrow<ScenarioDoc>> Sliced for Validation<D> {
    type Output = (D, Result<Scenario, InputErrors>);

    fn step(self, work: usize) -> Slice<Self, Self::Output> {
        let Validation { doc, validator } = self;
        match validator.step(doc.borrow(), work) {
            Slice::Pending(validator) => Slice::Pending(Validation { doc, validator }),
            Slice::Done(result) => Slice::Done((doc, result)),
        }
    }

    /// Work done so far, and in all ([`ScenarioDoc::work`]).
    fn progress(&self) -> (usize, usize) {
        let v = &self.validator;
        (v.done.min(v.total), v.total)
    }
}

/// A [`Validation`]'s place and what it has read so far.
#[derive(Default)]
struct Validator {
    builder: Builder,
    stage: Stage,
    plan: Option<Plan>,
    idp: Option<Idp>,
    /// Organization ids seen, with the first index of each (R2: ids are unique).
    org_ids: HashMap<String, usize>,
    claude_orgs: u32,
    organizations: Vec<Organization>,
    /// The organization whose members are being read.
    draft: Option<Draft>,
    done: usize,
    total: usize,
}

impl Validator {
    /// Reads about `work` more users and members of `doc` (at least one). `doc` is the
    /// document of every step.
    fn step(
        mut self,
        doc: &ScenarioDoc,
        work: usize,
    ) -> Slice<Self, Result<Scenario, InputErrors>> {
        let mut budget = work.max(1);
        loop {
            match self.stage {
                Stage::Start => {
                    match self.builder.start(doc) {
                        Ok((plan, idp)) => (self.plan, self.idp) = (plan, idp),
                        Err(()) => return Slice::Done(Err(self.builder.errors.into_errors())),
                    }
                    self.total = doc.work().saturating_add(1);
                    self.stage = Stage::Users(0);
                }
                Stage::Users(next) => {
                    let users = doc.directory.users.get(next..).unwrap_or_default();
                    // Users while the budget lasts, in units of ScenarioDoc::work (at least
                    // one user per slice).
                    let mut n = 0;
                    for user in users {
                        if n > 0 && budget == 0 {
                            break;
                        }
                        self.builder.user(next + n, user);
                        let work = user.work();
                        self.done = self.done.saturating_add(work);
                        budget = budget.saturating_sub(work);
                        n += 1;
                    }
                    if n < users.len() {
                        self.stage = Stage::Users(next + n);
                        return Slice::Pending(self);
                    }
                    if self.builder.after_users(doc).is_err() {
                        return Slice::Done(Err(self.builder.errors.into_errors()));
                    }
                    self.stage = Stage::Organizations(0);
                    if budget == 0 {
                        return Slice::Pending(self);
                    }
                }
                Stage::Organizations(i) => {
                    let Some(org) = doc.organizations.get(i) else {
                        // The end renumbers every person's groups: about a user's worth of
                        // work per person, in this slice if it has room, else in the next.
                        self.stage = Stage::Finish;
                        if budget < doc.directory.users.len() {
                            return Slice::Pending(self);
                        }
                        continue;
                    };
                    self.draft = self.organization(i, org);
                    let work = org.settings_work();
                    self.done = self.done.saturating_add(work);
                    budget = budget.saturating_sub(work);
                    self.stage = Stage::Members(i, 0);
                    if budget == 0 {
                        return Slice::Pending(self);
                    }
                }
                Stage::Members(i, next) => {
                    let all = doc.organizations.get(i).map_or(&[][..], |o| &o.members);
                    let members = all.get(next..).unwrap_or_default();
                    let n = members.len().min(budget);
                    if let Some(draft) = &mut self.draft {
                        let slice = members.get(..n).unwrap_or_default();
                        self.builder.members(draft, i, next, slice);
                    }
                    self.done = self.done.saturating_add(n);
                    budget -= n;
                    if n < members.len() {
                        self.stage = Stage::Members(i, next + n);
                        return Slice::Pending(self);
                    }
                    let draft = self.draft.take();
                    let org = doc.organizations.get(i);
                    if let Some((draft, org)) = draft.zip(org) {
                        if let Some(o) = self.builder.organization_end(draft, org) {
                            self.organizations.push(o);
                        }
                    }
                    self.stage = Stage::Organizations(i + 1);
                    if budget == 0 {
                        return Slice::Pending(self);
                    }
                }
                Stage::Finish => {
                    let plan_idp = (self.plan, self.idp);
                    return Slice::Done(self.builder.finish(doc, plan_idp, self.organizations));
                }
            }
        }
    }

    /// Organization `i` (R2: ids unique, at most one Claude organization, none in a
    /// Console-only scenario) and its settings; its members are read next unless its plan
    /// or product is unknown.
    fn organization(&mut self, i: usize, org: &OrganizationDoc) -> Option<Draft> {
        if org.id.trim().is_empty() {
            self.builder.error(
                format!("organizations[{i}].id"),
                ErrorKind::Invalid,
                "an organization id cannot be empty".into(),
            );
        } else if let Some(first) = self.org_ids.insert(org.id.clone(), i) {
            self.org_ids.insert(org.id.clone(), first);
            self.builder.error(
                format!("organizations[{i}].id"),
                ErrorKind::Duplicate,
                format!(
                    "duplicate organization id {} (also at organizations[{first}])",
                    Quoted(&org.id)
                ),
            );
        }
        let product = Product::from_id(&org.product);
        match product {
            None => self.builder.error(
                format!("organizations[{i}].product"),
                ErrorKind::UnknownId,
                format!(
                    "unknown product {}; expected {}",
                    Quoted(&org.product),
                    one_of(&mut Product::ids())
                ),
            ),
            Some(Product::Claude) => {
                self.claude_orgs += 1;
                if self.plan == Some(Plan::ConsoleOnly) {
                    self.builder.error(
                        format!("organizations[{i}].product"),
                        ErrorKind::Invalid,
                        "a console_only scenario has no Claude organization (R2)".into(),
                    );
                } else if self.claude_orgs > 1 {
                    self.builder.error(
                        format!("organizations[{i}].product"),
                        ErrorKind::Invalid,
                        "at most one Claude organization is joined to a parent (R2)".into(),
                    );
                }
            }
            Some(Product::Console) => {}
        }
        let (plan, product) = self.plan.zip(product)?;
        Some(self.builder.organization(i, org, plan, product))
    }
}

/// An organization being read: its settings, and its members so far.
struct Draft {
    errors_before: usize,
    plan: Plan,
    product: Product,
    seats: Option<Vec<(SeatTier, u32)>>,
    mode: Mode,
    mode_stated: bool,
    agm_enabled: bool,
    role_mappings: Vec<(Role, Vec<GroupId>)>,
    tier_mappings: Vec<(SeatTier, Vec<GroupId>)>,
    precedence: Vec<Role>,
    precedence_overridden: bool,
    members: Vec<Member>,
    member_index: HashMap<PersonId, u32>,
    extra_people: Vec<PersonId>,
}

#[derive(Default)]
struct Builder {
    errors: ErrorList,
    people: Vec<Person>,
    memberships: Vec<GroupId>,
    /// Per person, the range of their groups in `memberships`.
    spans: Vec<(u32, u32)>,
    by_email: EmailIndex,
    group_ids: HashMap<String, GroupId>,
    group_names: Vec<String>,
    /// People before this id are directory users; after it, members only.
    directory_len: PersonId,
    /// The version the document is written in (the newest where it names none known).
    version: Version,
    /// R27: where the Primary Owner was first marked, and who it is.
    primary_owner: Option<(String, PersonId)>,
}

impl Builder {
    fn error(&mut self, path: String, kind: ErrorKind, message: String) {
        self.errors.push(InputError::new(path, kind, message));
    }

    /// Errors found so far, listed or counted.
    fn error_count(&self) -> usize {
        self.errors.count()
    }

    /// The person with this email: a directory user, or someone met before; otherwise a new
    /// person, not in the directory and in no group.
    fn person(&mut self, email: &str) -> PersonId {
        let key = EmailIndex::hash(email);
        if let Some(p) = self.by_email.get(key, email, &self.people) {
            return p;
        }
        let id = to_u32(self.people.len());
        let at = to_u32(self.memberships.len());
        self.people.push(Person {
            email: email.to_owned(),
            sso_email: None,
            name: None,
            assigned: false,
        });
        self.spans.push((at, at));
        self.by_email.insert(key, id);
        id
    }

    fn intern(&mut self, name: &str) -> GroupId {
        if let Some(id) = self.group_ids.get(name) {
            return *id;
        }
        let id = GroupId::try_from(self.group_names.len()).unwrap_or(GroupId::MAX);
        self.group_names.push(name.to_owned());
        self.group_ids.insert(name.to_owned(), id);
        id
    }

    /// The document's header and limits: its plan and identity provider (`None` where
    /// unknown, with an error), or `Err` when a limit is passed and nothing more is read.
    fn start(&mut self, doc: &ScenarioDoc) -> Result<(Option<Plan>, Option<Idp>), ()> {
        match Version::from_number(doc.version) {
            Some(v) => self.version = v,
            None => self.error(
                "version".into(),
                ErrorKind::Version,
                format!(
                    "unsupported version {}; this planner understands versions {}",
                    doc.version,
                    Version::UNDERSTOOD
                ),
            ),
        }
        let plan = Plan::from_id(&doc.plan);
        if plan.is_none() {
            self.error(
                "plan".into(),
                ErrorKind::UnknownId,
                format!(
                    "unknown plan {}; expected {}",
                    Quoted(&doc.plan),
                    one_of(&mut Plan::ids())
                ),
            );
        }
        let idp = match doc.directory.idp.as_deref() {
            None => Some(Idp::Other),
            Some(id) => {
                let idp = Idp::from_id(id);
                if idp.is_none() {
                    self.error(
                        "directory.idp".into(),
                        ErrorKind::UnknownId,
                        format!(
                            "unknown identity provider {}; expected {}",
                            Quoted(id),
                            one_of(&mut Idp::ids())
                        ),
                    );
                }
                idp
            }
        };

        // Limits first: past them the scenario is not read further.
        let before_limits = self.error_count();
        let users_n = doc.directory.users.len();
        if users_n > limits::MAX_USERS {
            self.error(
                "directory.users".into(),
                ErrorKind::Invalid,
                format!(
                    "{users_n} users is more than the planner handles ({})",
                    limits::MAX_USERS
                ),
            );
        }
        if doc.organizations.len() > limits::MAX_ORGANIZATIONS {
            self.error(
                "organizations".into(),
                ErrorKind::Invalid,
                format!(
                    "{} organizations is more than the planner handles ({})",
                    doc.organizations.len(),
                    limits::MAX_ORGANIZATIONS
                ),
            );
        }
        for (i, org) in doc.organizations.iter().enumerate() {
            if org.members.len() > limits::MAX_USERS {
                self.error(
                    format!("organizations[{i}].members"),
                    ErrorKind::Invalid,
                    format!(
                        "{} members is more than the planner handles ({})",
                        org.members.len(),
                        limits::MAX_USERS
                    ),
                );
            }
        }
        if self.error_count() > before_limits {
            return Err(());
        }
        // The directory: people in order, emails unique case-insensitively.
        self.people.reserve(users_n);
        self.spans.reserve(users_n);
        self.by_email.reserve(users_n);
        self.memberships.reserve(users_n.saturating_mul(4));
        Ok((plan, idp))
    }

    /// The directory's user at `i` (R3: emails unique case-insensitively).
    fn user(&mut self, i: usize, user: &UserDoc) {
        // Written only for an error: this runs once per user.
        let path = || format!("directory.users[{i}].email");
        if let Some(problem) = email_problem(&user.email) {
            self.error(
                path(),
                ErrorKind::Invalid,
                format!("email {} {problem}", Quoted(&user.email)),
            );
            return;
        }
        let key = EmailIndex::hash(&user.email);
        if let Some(first) = self.by_email.get(key, &user.email, &self.people) {
            let message = format!(
                "duplicate email {} (also at directory.users[{first}])",
                Quoted(&user.email)
            );
            self.error(path(), ErrorKind::Duplicate, message);
            return;
        }
        if user.groups.len() > limits::MAX_GROUPS_PER_USER {
            self.error(
                format!("directory.users[{i}].groups"),
                ErrorKind::Invalid,
                format!(
                    "{} groups is more than the planner handles for one user ({})",
                    user.groups.len(),
                    limits::MAX_GROUPS_PER_USER
                ),
            );
            return;
        }
        let start = self.memberships.len();
        for (j, g) in user.groups.iter().enumerate() {
            if let Some(problem) = group_problem(g) {
                self.error(
                    format!("directory.users[{i}].groups[{j}]"),
                    ErrorKind::Invalid,
                    problem.into(),
                );
                continue;
            }
            let id = self.intern(g);
            self.memberships.push(id);
        }
        // A group listed twice counts once (ids are renumbered and sorted again later).
        if let Some(own) = self.memberships.get_mut(start..) {
            crate::sort::ids(own);
            let mut kept = 0;
            for k in 0..own.len() {
                if k == 0 || own.get(k) != own.get(kept - 1) {
                    own.swap(kept, k);
                    kept += 1;
                }
            }
            self.memberships.truncate(start + kept);
        }
        let sso_email = self.sso_email(i, user);
        let id = PersonId::try_from(self.people.len()).unwrap_or(PersonId::MAX);
        self.by_email.insert(key, id);
        self.people.push(Person {
            email: user.email.clone(),
            sso_email,
            name: user.name.clone(),
            assigned: user.assigned.unwrap_or(true),
        });
        self.spans
            .push((to_u32(start), to_u32(self.memberships.len())));
    }

    /// R26: the user's SSO address where it is not their email exactly, checked as an email
    /// (version 2 only).
    fn sso_email(&mut self, i: usize, user: &UserDoc) -> Option<String> {
        let sso = user.sso_email.as_ref()?;
        let path = || format!("directory.users[{i}].sso_email");
        if self.version == Version::V1 {
            let message = "unknown field `sso_email`; it needs \"version\": 2";
            self.error(path(), ErrorKind::UnknownField, message.into());
            return None;
        }
        if let Some(problem) = email_problem(sso) {
            let message = format!("email {} {problem}", Quoted(sso));
            self.error(path(), ErrorKind::Invalid, message);
            return None;
        }
        (*sso != user.email).then(|| sso.clone())
    }

    /// After the last user: the directory's size and the limit on distinct groups.
    fn after_users(&mut self, doc: &ScenarioDoc) -> Result<(), ()> {
        let directory_len = to_u32(self.people.len());
        self.directory_len = directory_len;
        if self.group_names.len() > limits::MAX_GROUPS {
            self.error(
                "directory.users".into(),
                ErrorKind::Invalid,
                format!(
                    "{} distinct groups is more than the planner handles ({})",
                    self.group_names.len(),
                    limits::MAX_GROUPS
                ),
            );
            return Err(());
        }
        // Organizations (R2).
        if doc.organizations.is_empty() {
            self.error(
                "organizations".into(),
                ErrorKind::Invalid,
                "a scenario needs at least one organization (R2)".into(),
            );
        }
        Ok(())
    }

    /// After the last organization: the actor, then the scenario with groups renumbered.
    fn finish(
        mut self,
        doc: &ScenarioDoc,
        (plan, idp): (Option<Plan>, Option<Idp>),
        mut organizations: Vec<Organization>,
    ) -> Result<Scenario, InputErrors> {
        let max_removals = self.max_removals(doc);
        if let Some(actor) = &doc.actor {
            if let Some(problem) = email_problem(actor) {
                self.error(
                    "actor".into(),
                    ErrorKind::Invalid,
                    format!("email {} {problem}", Quoted(actor)),
                );
            } else if let (Some(plan), true) =
                (plan, organizations.iter().any(|o| o.members.is_empty()))
            {
                let person = self.person(actor);
                for org in organizations.iter_mut().filter(|o| o.members.is_empty()) {
                    let tier = unstated_member_tier(plan, org.product);
                    org.assume_actor(person, self.directory_len, tier);
                }
            }
        }

        let outcomes: usize = organizations
            .iter()
            .map(|o| self.directory_len as usize + o.extra_people.len())
            .sum();
        if outcomes > limits::MAX_OUTCOMES {
            self.error(
                "organizations".into(),
                ErrorKind::Invalid,
                format!(
                    "{} users in {} organizations make {outcomes} outcomes to evaluate, more than the planner writes ({}: the users of every organization added up)",
                    self.people.len(),
                    organizations.len(),
                    limits::MAX_OUTCOMES
                ),
            );
        }
        if !self.errors.is_empty() {
            return Err(self.errors.into_errors());
        }
        let (Some(plan), Some(idp)) = (plan, idp) else {
            return Err(self.errors.into_errors());
        };
        let actor = doc.actor.as_ref().map(|a| {
            let person = self.by_email.get(EmailIndex::hash(a), a, &self.people);
            (a.clone(), person)
        });

        let (groups, new_id) = self.groups_in_name_order();
        let (group_sizes, assigned_group_sizes) = self.renumber_memberships(&new_id);
        let people = self.people.len();
        for org in &mut organizations {
            org.finish(people, &new_id);
        }

        let assigned = self.people.iter().map(|p| p.assigned).collect();
        let emails: Vec<&str> = self.people.iter().map(|p| p.email.as_str()).collect();
        let lookalikes = crate::lookalike::find(&emails, |seen| {
            self.by_email
                .get(EmailIndex::hash(seen), seen, &self.people)
        });
        let sso_emails = self.people.iter().any(|p| p.sso_email.is_some());
        Ok(Scenario {
            version: self.version,
            plan,
            idp,
            scim_connected: doc.directory.scim_connected.unwrap_or(false),
            actor,
            people: self.people,
            directory_len: self.directory_len,
            groups,
            group_sizes,
            assigned_group_sizes,
            memberships: self.memberships,
            spans: self.spans,
            assigned,
            sso_emails,
            max_removals,
            organizations,
            lookalikes,
        })
    }

    /// R28: the removal limit, version 2 only: a whole number of people up to 4294967295, or
    /// a text `"N%"` with N from 0 to 100.
    fn max_removals(&mut self, doc: &ScenarioDoc) -> Option<RemovalLimit> {
        let written = doc.max_removals.as_ref()?;
        let path = || "max_removals".to_owned();
        if self.version == Version::V1 {
            let message = "unknown field `max_removals`; it needs \"version\": 2";
            self.error(path(), ErrorKind::UnknownField, message.into());
            return None;
        }
        let limit = match written {
            MaxRemovalsDoc::People(n) => u32::try_from(*n).ok().map(RemovalLimit::People),
            MaxRemovalsDoc::Text(t) => {
                RemovalLimit::parse(t).filter(|l| matches!(l, RemovalLimit::Percent(_)))
            }
        };
        if limit.is_none() {
            let message = match written {
                MaxRemovalsDoc::People(_) => {
                    format!("expected {MAX_REMOVALS_EXPECTED}, found a larger number")
                }
                MaxRemovalsDoc::Text(t) => {
                    format!("expected {MAX_REMOVALS_EXPECTED}, found {}", Quoted(t))
                }
            };
            self.error(path(), ErrorKind::Invalid, message);
        }
        limit
    }

    /// The group names sorted, and for each group id as interned its id in that order
    /// (group ids follow name order: the smallest id is the first name).
    fn groups_in_name_order(&self) -> (Vec<String>, Vec<GroupId>) {
        let mut order: Vec<GroupId> = (0..to_u32(self.group_names.len())).collect();
        let names = &self.group_names;
        crate::sort::ids_by(&mut order, &|a, b| {
            names.get(a as usize) < names.get(b as usize)
        });
        let mut new_id = vec![0; order.len()];
        for (new, old) in order.iter().enumerate() {
            if let Some(slot) = new_id.get_mut(*old as usize) {
                *slot = to_u32(new);
            }
        }
        let groups = order
            .iter()
            .map(|old| names.get(*old as usize).cloned().unwrap_or_default())
            .collect();
        (groups, new_id)
    }

    /// Every person's groups by their new ids (`new_id`), sorted; and per group how many
    /// people are in it, and how many of them are assigned to the app.
    fn renumber_memberships(&mut self, new_id: &[GroupId]) -> (Vec<u32>, Vec<u32>) {
        let mut group_sizes = vec![0u32; new_id.len()];
        let mut assigned_group_sizes = vec![0u32; new_id.len()];
        for (person, (a, b)) in self.people.iter().zip(&self.spans) {
            if let Some(gs) = self.memberships.get_mut(*a as usize..*b as usize) {
                gs.iter_mut().for_each(|g| renumber(g, new_id));
                crate::sort::ids(gs);
                for g in gs.iter() {
                    if let Some(n) = group_sizes.get_mut(*g as usize) {
                        *n += 1;
                    }
                    if person.assigned {
                        if let Some(n) = assigned_group_sizes.get_mut(*g as usize) {
                            *n += 1;
                        }
                    }
                }
            }
        }
        (group_sizes, assigned_group_sizes)
    }

    /// An organization's settings (R3, R4): its members follow in [`Builder::members`].
    fn organization(
        &mut self,
        i: usize,
        org: &OrganizationDoc,
        plan: Plan,
        product: Product,
    ) -> Draft {
        let errors_before = self.error_count();
        let seats = org
            .seats
            .as_ref()
            .map(|seats| self.seats(i, seats, plan, product));
        let prov = org.provisioning.as_ref();
        let mode_id = prov.and_then(|p| p.mode.as_deref());
        let mode = mode_id.map_or(Mode::Manual, |id| self.mode(i, id));
        let gm = prov.and_then(|p| p.group_mappings.as_ref());
        let (role_mappings, tier_mappings) = gm
            .map(|gm| self.mappings(i, gm, plan, product))
            .unwrap_or_default();
        // R3: the default precedence, or the scenario's own.
        let own = gm
            .and_then(|g| g.role_precedence.as_ref())
            .and_then(|list| {
                let path =
                    format!("organizations[{i}].provisioning.group_mappings.role_precedence");
                self.precedence(&path, list, product)
            });
        Draft {
            errors_before,
            plan,
            product,
            seats,
            mode,
            mode_stated: mode_id.is_some(),
            agm_enabled: gm.and_then(|g| g.enabled).unwrap_or(false),
            role_mappings,
            tier_mappings,
            precedence_overridden: own.is_some(),
            precedence: own.unwrap_or_else(|| product.roles_in(self.version).to_vec()),
            members: Vec::with_capacity(org.members.len()),
            member_index: HashMap::with_capacity_and_hasher(org.members.len(), Default::default()),
            extra_people: Vec::new(),
        }
    }

    /// R4: purchased seats only on Claude organizations, only of the plan's tiers; in R1
    /// order, a tier not given counting 0.
    fn seats(
        &mut self,
        i: usize,
        seats: &BTreeMap<String, u32>,
        plan: Plan,
        product: Product,
    ) -> Vec<(SeatTier, u32)> {
        let at = format!("organizations[{i}].seats");
        let tiers = tiers_of(plan, product);
        if product == Product::Console && !seats.is_empty() {
            self.error(
                at.clone(),
                ErrorKind::Invalid,
                "Console organizations have no seat tiers (R4)".into(),
            );
        }
        for tier in seats.keys() {
            if SeatTier::from_id(tier).is_none_or(|t| !tiers.contains(&t))
                && product == Product::Claude
            {
                self.error(
                    key_path(&at, tier),
                    ErrorKind::UnknownId,
                    unknown_tier(tier, plan),
                );
            }
        }
        tiers
            .iter()
            .map(|t| (*t, seats.get(t.id()).copied().unwrap_or(0)))
            .collect()
    }

    /// R6: the mode of an organization, `manual` (reported) when unknown.
    fn mode(&mut self, i: usize, id: &str) -> Mode {
        Mode::from_id(id).unwrap_or_else(|| {
            self.error(
                format!("organizations[{i}].provisioning.mode"),
                ErrorKind::UnknownId,
                format!(
                    "unknown mode {}; expected {}",
                    Quoted(id),
                    one_of(&mut Mode::ids())
                ),
            );
            Mode::Manual
        })
    }

    /// R3/R4: the role and seat-tier mappings, each in catalogue order with its groups;
    /// mapped roles must be the product's, mapped tiers known.
    fn mappings(
        &mut self,
        i: usize,
        gm: &GroupMappingsDoc,
        plan: Plan,
        product: Product,
    ) -> (RoleMappings, TierMappings) {
        let at = |rest: &str| format!("organizations[{i}].provisioning.group_mappings.{rest}");
        let tiers = tiers_of(plan, product);
        let mut role_mappings: RoleMappings = Vec::new();
        let mut tier_mappings: TierMappings = Vec::new();
        for (role_id, groups) in &gm.roles {
            let path = key_path(&at("roles"), role_id);
            let Some(role) = self.role(role_id, product) else {
                let message = unknown_role(role_id, product, self.version);
                self.error(path, ErrorKind::UnknownId, message);
                continue;
            };
            let ids = self.group_list(&path, groups);
            role_mappings.push((role, ids));
        }
        for (tier_id, groups) in &gm.seat_tiers {
            let path = key_path(&at("seat_tiers"), tier_id);
            // R4: a Claude organization maps its plan's tiers; a Console organization's
            // mappings must still name known tiers (and get R16's warning).
            let known = SeatTier::from_id(tier_id)
                .filter(|t| product == Product::Console || tiers.contains(t));
            let Some(tier) = known else {
                let message = match product {
                    Product::Claude => unknown_tier(tier_id, plan),
                    Product::Console => format!(
                        "unknown seat tier {}; expected {}",
                        Quoted(tier_id),
                        one_of(&mut SeatTier::ids())
                    ),
                };
                self.error(path, ErrorKind::UnknownId, message);
                continue;
            };
            let ids = self.group_list(&path, groups);
            tier_mappings.push((tier, ids));
        }
        crate::sort::short_by_key(&mut role_mappings, |(r, _)| *r);
        crate::sort::short_by_key(&mut tier_mappings, |(t, _)| *t);
        (role_mappings, tier_mappings)
    }

    /// Members `first..` of organization `i` (as many as `members` holds): unique emails
    /// within the organization, roles and tiers of the product.
    fn members(&mut self, d: &mut Draft, i: usize, first: usize, members: &[Arc<MemberDoc>]) {
        let (plan, product) = (d.plan, d.product);
        let tiers = tiers_of(plan, product);
        for (k, m) in members.iter().enumerate() {
            let j = first + k;
            let mpath = |field: &str| format!("organizations[{i}].members[{j}].{field}");
            let role = self.role(&m.role, product);
            if role.is_none() {
                let message = unknown_role(&m.role, product, self.version);
                self.error(mpath("role"), ErrorKind::UnknownId, message);
            }
            let seat_tier = match (&m.seat_tier, product) {
                (None, _) => unstated_member_tier(plan, product),
                (Some(_), Product::Console) => {
                    self.error(
                        mpath("seat_tier"),
                        ErrorKind::Invalid,
                        "Console organizations have no seat tiers (R4)".into(),
                    );
                    None
                }
                (Some(t), Product::Claude) => {
                    let tier = SeatTier::from_id(t).filter(|t| tiers.contains(t));
                    if tier.is_none() {
                        self.error(
                            mpath("seat_tier"),
                            ErrorKind::UnknownId,
                            unknown_tier(t, plan),
                        );
                    }
                    tier
                }
            };
            if let Some(problem) = email_problem(&m.email) {
                self.error(
                    mpath("email"),
                    ErrorKind::Invalid,
                    format!("email {} {problem}", Quoted(&m.email)),
                );
                continue;
            }
            let person = self.person(&m.email);
            if let Some(first) = d.member_index.get(&person) {
                self.error(
                    mpath("email"),
                    ErrorKind::Duplicate,
                    format!(
                        "duplicate member {} (also at organizations[{i}].members[{first}])",
                        Quoted(&m.email)
                    ),
                );
                continue;
            }
            if person >= self.directory_len {
                d.extra_people.push(person);
            }
            let primary_owner = match m.primary_owner {
                Some(_) if self.version == Version::V1 => {
                    let message = "unknown field `primary_owner`; it needs \"version\": 2";
                    self.error(
                        mpath("primary_owner"),
                        ErrorKind::UnknownField,
                        message.into(),
                    );
                    false
                }
                Some(true) => self.primary_owner(&mpath("primary_owner"), person, product, role),
                _ => false,
            };
            if let Some(role) = role {
                d.member_index.insert(person, to_u32(d.members.len()));
                d.members.push(Member {
                    person,
                    role,
                    seat_tier,
                    primary_owner,
                });
            }
        }
    }

    /// The organization once all its members are read, if it has no errors.
    fn organization_end(&self, d: Draft, org: &OrganizationDoc) -> Option<Organization> {
        if self.error_count() > d.errors_before {
            return None;
        }
        Some(Organization {
            id: org.id.clone(),
            name: org.name.clone(),
            product: d.product,
            seats: d.seats,
            mode: d.mode,
            mode_stated: d.mode_stated,
            agm_enabled: d.agm_enabled,
            role_mappings: d.role_mappings,
            tier_mappings: d.tier_mappings,
            roles: d.product.roles_in(self.version),
            precedence: d.precedence,
            precedence_overridden: d.precedence_overridden,
            members: d.members,
            actor_assumed: false,
            extra_people: d.extra_people,
            member_slot: Vec::new(),
            member_index: d.member_index,
        })
    }

    fn group_list(&mut self, path: &str, groups: &[String]) -> Vec<GroupId> {
        let mut ids = Vec::with_capacity(groups.len());
        for (k, g) in groups.iter().enumerate() {
            if let Some(problem) = group_problem(g) {
                self.error(format!("{path}[{k}]"), ErrorKind::Invalid, problem.into());
                continue;
            }
            ids.push(self.intern(g));
        }
        ids
    }

    /// R3: a role of the product, as the document's version knows them.
    fn role(&self, id: &str, product: Product) -> Option<Role> {
        Role::from_id(id).filter(|r| product.roles_in(self.version).contains(r))
    }

    /// R27: whether the member `person` at `path`, marked `"primary_owner": true` in a version
    /// 2 document, is the Primary Owner: a Claude organization, the Owner role, and no Primary
    /// Owner marked before. Otherwise an input error at `path`.
    fn primary_owner(
        &mut self,
        path: &str,
        person: PersonId,
        product: Product,
        role: Option<Role>,
    ) -> bool {
        let problem = if product == Product::Console {
            (
                ErrorKind::Invalid,
                "a Console organization has no Primary Owner (R27)".to_owned(),
            )
        } else if let Some((first, _)) = &self.primary_owner {
            (
                ErrorKind::Invalid,
                format!(
                    "a scenario has one Primary Owner at most, already marked at {first} (R27)"
                ),
            )
        } else if role.is_some_and(|r| r != Role::Owner) {
            (
                ErrorKind::Invalid,
                format!(
                    "the Primary Owner holds the Owner role, not {} (R27)",
                    role.map_or("", Role::id)
                ),
            )
        } else {
            self.primary_owner = Some((path.to_owned(), person));
            return role.is_some();
        };
        self.error(path.to_owned(), problem.0, problem.1);
        false
    }

    /// R3: an override lists every role of the product once and agrees with the partial order.
    fn precedence(&mut self, path: &str, list: &[String], product: Product) -> Option<Vec<Role>> {
        let before = self.error_count();
        let mut roles: Vec<Role> = Vec::with_capacity(list.len());
        for (k, id) in list.iter().enumerate() {
            match self.role(id, product) {
                None => self.error(
                    format!("{path}[{k}]"),
                    ErrorKind::UnknownId,
                    unknown_role(id, product, self.version),
                ),
                Some(r) if roles.contains(&r) => self.error(
                    format!("{path}[{k}]"),
                    ErrorKind::Duplicate,
                    format!("role {} is listed twice", Quoted(id)),
                ),
                Some(r) => roles.push(r),
            }
        }
        let missing: Vec<&str> = product
            .roles_in(self.version)
            .iter()
            .filter(|r| !roles.contains(r))
            .map(|r| r.id())
            .collect();
        if !missing.is_empty() && self.error_count() == before {
            self.error(
                path.to_owned(),
                ErrorKind::Invalid,
                format!(
                    "the precedence must list every {} role; missing {}",
                    product,
                    missing.join(", ")
                ),
            );
        }
        for (k, hi) in roles.iter().enumerate() {
            for lo in roles.iter().skip(k + 1) {
                if product.compare_roles(*hi, *lo) == Some(core::cmp::Ordering::Less) {
                    self.error(
                        path.to_owned(),
                        ErrorKind::Invalid,
                        format!("`{hi}` cannot come before `{lo}`: {lo} ranks above {hi} (R3)"),
                    );
                }
            }
        }
        (self.error_count() == before).then_some(roles)
    }
}

/// Whether `path` is `at` or a path inside it: `at` followed by one of `next` (`.` for a
/// field, `[` for an item).
fn within(path: &str, at: &str, next: &[u8]) -> bool {
    path.strip_prefix(at)
        .is_some_and(|rest| rest.as_bytes().first().is_none_or(|b| next.contains(b)))
}

fn unknown_role(id: &str, product: Product, version: Version) -> String {
    let mut roles = product.roles_in(version).iter().map(|r| r.id());
    format!(
        "unknown {product} role {}; expected {}",
        Quoted(id),
        one_of(&mut roles)
    )
}

fn unknown_tier(id: &str, plan: Plan) -> String {
    let tiers = plan.seat_tiers();
    if tiers.is_empty() {
        format!("the {plan} plan has no seat tiers; found {}", Quoted(id))
    } else {
        format!(
            "unknown seat tier {} for the {plan} plan; expected {}",
            Quoted(id),
            one_of(&mut tiers.iter().map(|t| t.id()))
        )
    }
}

/// Role mappings in catalogue order: each role with its groups.
pub type RoleMappings = Vec<(Role, Vec<GroupId>)>;
/// Seat-tier mappings in R1 order: each tier with its groups.
pub type TierMappings = Vec<(SeatTier, Vec<GroupId>)>;

/// A group id as interned, replaced by its id in name order.
fn renumber(g: &mut GroupId, new_id: &[GroupId]) {
    *g = new_id.get(*g as usize).copied().unwrap_or(*g);
}

impl Organization {
    /// R20 [interpretation]: an organization that lists no members is new, and whoever
    /// configures it is its Owner (Claude) or Admin (Console), holding a seat of unknown tier
    /// (`tier`: the one seat type on single-seat Enterprise, R16). One fact, made here, that
    /// the outcomes, counts, seats, findings and checklist all read.
    fn assume_actor(&mut self, person: PersonId, directory_len: PersonId, tier: Option<SeatTier>) {
        self.member_index.insert(person, 0);
        self.members.push(Member {
            person,
            role: self.product.privileged_role(),
            seat_tier: tier,
            primary_owner: false,
        });
        if person >= directory_len {
            self.extra_people.push(person);
        }
        self.actor_assumed = true;
    }

    /// Once every person is known: members indexed by person (`people` in all), and the
    /// mapped groups by their ids in name order, sorted, once each.
    fn finish(&mut self, people: usize, new_id: &[GroupId]) {
        self.member_slot = vec![u32::MAX; people];
        for (person, slot) in core::mem::take(&mut self.member_index) {
            if let Some(s) = self.member_slot.get_mut(person as usize) {
                *s = slot;
            }
        }
        let lists = self
            .role_mappings
            .iter_mut()
            .map(|(_, g)| g)
            .chain(self.tier_mappings.iter_mut().map(|(_, g)| g));
        for list in lists {
            list.iter_mut().for_each(|g| renumber(g, new_id));
            crate::sort::ids(list);
            list.dedup();
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Emails are the same person when their [`email_key`]s are equal, whether the index
    /// compares them as ASCII or through Unicode case folding.
    #[test]
    fn the_email_index_finds_people_without_regard_to_case() {
        let pairs = [
            ("Ada@Example.com", "ada@EXAMPLE.COM", true),
            ("K@x.com", "\u{212A}@x.com", true),
            ("straße@x.com", "STRASSE@x.com", true),
            ("ΌΣΟΣ@x.com", "όσος@x.com", true),
            ("ada@x.com", "adb@x.com", false),
            ("a@x.com", "a@x.co", false),
        ];
        for (a, b, same) in pairs {
            assert_eq!(email_key(a) == email_key(b), same, "{a} {b}");
            let people = vec![Person {
                email: a.to_owned(),
                sso_email: None,
                name: None,
                assigned: true,
            }];
            let mut index = EmailIndex::default();
            index.insert(EmailIndex::hash(a), 0);
            let found = index.get(EmailIndex::hash(b), b, &people);
            assert_eq!(found, same.then_some(0), "{a} {b}");
        }
        // A long email (past the index's buffer) and many people with one hash chain.
        let long = format!("{}@x.com", "a".repeat(80));
        let mut index = EmailIndex::default();
        let people: Vec<Person> = (0..3)
            .map(|i| Person {
                email: if i == 2 {
                    long.clone()
                } else {
                    format!("p{i}@x.com")
                },
                sso_email: None,
                name: None,
                assigned: true,
            })
            .collect();
        for (i, p) in people.iter().enumerate() {
            index.insert(EmailIndex::hash(&p.email), to_u32(i));
        }
        assert_eq!(
            index.get(
                EmailIndex::hash(&long.to_uppercase()),
                &long.to_uppercase(),
                &people
            ),
            Some(2)
        );
        assert_eq!(
            index.get(EmailIndex::hash("P1@X.COM"), "P1@X.COM", &people),
            Some(1)
        );
        assert_eq!(
            index.get(EmailIndex::hash("p3@x.com"), "p3@x.com", &people),
            None
        );
        // People whose hashes collide are told apart by their emails.
        let mut index = EmailIndex::default();
        for i in 0..3 {
            index.insert(7, to_u32(i));
        }
        for (i, p) in people.iter().enumerate() {
            assert_eq!(index.get(7, &p.email, &people), Some(to_u32(i)));
        }
        assert_eq!(index.get(7, "nobody@x.com", &people), None);
    }

    #[test]
    fn groups_are_interned_in_name_order_and_counted_once_per_user() {
        let text = r#"{"version": 1, "plan": "team", "directory": {"users": [
            {"email": "a@x.com", "groups": ["zeta", "alpha", "zeta", "mid"]},
            {"email": "B@x.com", "assigned": false, "groups": ["mid"]}]},
            "organizations": [{"id": "c", "product": "claude",
              "provisioning": {"group_mappings": {"roles": {"owner": ["beta", "alpha", "beta"]}}},
              "members": [{"email": "b@X.com", "role": "user"}, {"email": "ghost@x.com", "role": "user"}]}]}"#;
        let sc = Scenario::parse(text).unwrap();
        assert_eq!(sc.groups, ["alpha", "beta", "mid", "zeta"]);
        assert_eq!(sc.groups_of(0), [0, 2, 3]);
        assert_eq!(sc.group_sizes, [1, 0, 2, 1]);
        assert_eq!(sc.assigned_group_sizes, [1, 0, 1, 1]);
        let org = &sc.organizations[0];
        assert_eq!(org.role_mappings, [(Role::Owner, vec![0, 1])]);
        // Emails match case-insensitively; a member not in the directory is a person too.
        assert_eq!(org.member(1).map(|m| m.role), Some(Role::User));
        assert_eq!(sc.people.len(), 3);
        assert_eq!(org.extra_people, [2]);
        assert!(!sc.people[2].assigned);
    }
}
