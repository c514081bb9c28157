//! Reading scenario JSON straight into a [`ScenarioDoc`], in one pass over the text.
//!
//! Every shape error is collected with its JSON path, in document order, and reading goes on
//! past it (the bad value is skipped, its syntax still checked), so that what could be read is
//! kept and can be validated too ([`crate::Scenario::parse`] reports both). A syntax error
//! stops reading; it names a line and column.
//!
//! A [`Reading`] can stop after some users and members and go on later, so that the app can
//! open a 100,000-user file without blocking the page: the reader keeps its place as a stack
//! of the objects and lists it is in, not as a call stack.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::{
    DirectoryDoc, GroupMappingsDoc, MAX_INPUT_BYTES, MaxRemovalsDoc, MemberDoc, OrganizationDoc,
    ProvisioningDoc, ScenarioDoc, UserDoc, closest,
};
use crate::error::{ErrorKind, ErrorList, InputError, InputErrors, Path};
use crate::import::text::Lines;
use crate::json::{Lexer, SyntaxError, type_name};
use crate::sliced::{Slice, Sliced};

/// Containers nested deeper than this are a syntax error (CONTRACT.md: "nested deeper than
/// 127 levels"), so that no input can exhaust the stack.
const MAX_DEPTH: usize = 127;

/// The fields of an object of the format (CONTRACT.md §1), and those that must be there.
/// Fields are read by name; an object has at most eight.
struct Shape {
    fields: &'static [&'static str],
    required: &'static [&'static str],
}

const SCENARIO: Shape = Shape {
    fields: &[
        "version",
        "plan",
        "actor",
        "max_removals",
        "directory",
        "organizations",
    ],
    required: &["version", "plan", "directory", "organizations"],
};
const DIRECTORY: Shape = Shape {
    fields: &["idp", "scim_connected", "users"],
    required: &["users"],
};
const USER: Shape = Shape {
    fields: &["email", "sso_email", "name", "assigned", "groups"],
    required: &["email"],
};
const ORGANIZATION: Shape = Shape {
    fields: &["id", "name", "product", "seats", "provisioning", "members"],
    required: &["id", "product"],
};
const PROVISIONING: Shape = Shape {
    fields: &["mode", "group_mappings"],
    required: &[],
};
const GROUP_MAPPINGS: Shape = Shape {
    fields: &["enabled", "roles", "seat_tiers", "role_precedence"],
    required: &[],
};
const MEMBER: Shape = Shape {
    fields: &["email", "role", "seat_tier", "primary_owner"],
    required: &["email", "role"],
};
/// A list's entries are read by the frame's own reader.
const LIST: Shape = Shape {
    fields: &[],
    required: &[],
};

impl Shape {
    /// `key` as the format's own name of one of the fields, and its bit in a set of fields
    /// seen.
    fn field(&self, key: &str) -> Option<(&'static str, u8)> {
        let ix = self.fields.iter().position(|f| *f == key)?;
        Some((self.fields.get(ix).copied()?, 1 << ix))
    }
}

/// An object or list the reader is inside, from the scenario down to a list of users or
/// members (their entries are small and read whole).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Scenario,
    Directory,
    Users,
    Organizations,
    Organization,
    Members,
}

impl Kind {
    /// An object's fields (none for a list).
    fn shape(self) -> &'static Shape {
        match self {
            Kind::Scenario => &SCENARIO,
            Kind::Directory => &DIRECTORY,
            Kind::Organization => &ORGANIZATION,
            Kind::Users | Kind::Organizations | Kind::Members => &LIST,
        }
    }

    fn is_list(self) -> bool {
        matches!(self, Kind::Users | Kind::Organizations | Kind::Members)
    }
}

#[derive(Clone, Copy)]
struct Frame {
    kind: Kind,
    /// Nothing read yet after the opening bracket.
    first: bool,
    /// The fields seen ([`Shape::field`]'s bits).
    seen: u8,
}

/// What has been read so far, and where the reader is.
#[derive(Default)]
struct Read {
    doc: ScenarioDoc,
    errors: ErrorList,
    stack: Vec<Frame>,
    started: bool,
}

/// A read that stopped part-way, a [`Sliced`] job: each step reads on for about the number
/// of users and members it is given, and the output is the same as
/// [`ScenarioDoc::from_json_str`]'s, however the text is divided.
pub struct Reading {
    text: String,
    at: usize,
    read: Read,
}

impl Reading {
    /// A read of scenario JSON text that has not started yet.
    pub fn new(text: String) -> Reading {
        let at = Lexer::new(&text).i;
        Reading {
            text,
            at,
            read: Read::default(),
        }
    }
}

impl Sliced for Reading {
    type Output = Result<ScenarioDoc, InputErrors>;

    fn step(mut self, work: usize) -> Slice<Self, Self::Output> {
        if !self.read.started
            && let Some(e) = too_large(&self.text)
        {
            return Slice::Done(Err(e.into()));
        }
        let mut lx = Lexer::at(&self.text, self.at);
        match self.read.step(&mut lx, work.max(1)) {
            Ok(false) => {
                self.at = lx.i;
                Slice::Pending(self)
            }
            Ok(true) => Slice::Done(self.read.finish()),
            Err(e) => Slice::Done(Err(syntax_error(&self.text, &e).into())),
        }
    }

    /// Bytes read so far, and of the whole text.
    fn progress(&self) -> (usize, usize) {
        (self.at, self.text.len())
    }
}

impl Read {
    fn finish(self) -> Result<ScenarioDoc, InputErrors> {
        if self.errors.is_empty() {
            Ok(self.doc)
        } else {
            Err(self.errors.into_errors())
        }
    }

    /// Reads on for `work` entries of the lists of users and members; whether the whole text
    /// is read.
    fn step(&mut self, lx: &mut Lexer<'_>, mut work: usize) -> Result<bool, SyntaxError> {
        if !self.started {
            self.started = true;
            if lx.next() == Some(b'{') {
                lx.i += 1;
                self.push(Kind::Scenario);
            } else {
                self.wrong_type(lx, &Path::Root, "an object", 0)?;
            }
        }
        while let Some(frame) = self.stack.last().copied() {
            let close = if frame.kind.is_list() { b']' } else { b'}' };
            if !lx.more(frame.first, close)? {
                self.stack.pop();
                self.closed(frame);
                continue;
            }
            if let Some(top) = self.stack.last_mut() {
                top.first = false;
            }
            let depth = self.stack.len();
            match frame.kind {
                Kind::Users => {
                    let i = self.doc.directory.users.len();
                    let at = Path::Root.key("directory");
                    let users = at.key("users");
                    let user = self.user(lx, &users.index(i), depth)?;
                    self.doc.directory.users.push(Arc::new(user));
                    work = work.saturating_sub(1);
                }
                Kind::Members => {
                    let (i, j) = self.member_place();
                    let orgs = Path::Root.key("organizations");
                    let org = orgs.index(i);
                    let members = org.key("members");
                    let member = self.member(lx, &members.index(j), depth)?;
                    if let Some(org) = self.doc.organizations.last_mut() {
                        org.members.push(Arc::new(member));
                    }
                    work = work.saturating_sub(1);
                }
                Kind::Organizations => {
                    let i = self.doc.organizations.len();
                    self.doc.organizations.push(OrganizationDoc::default());
                    if lx.next() == Some(b'{') {
                        lx.i += 1;
                        self.push(Kind::Organization);
                    } else {
                        let orgs = Path::Root.key("organizations");
                        self.wrong_type(lx, &orgs.index(i), "an object", depth)?;
                    }
                }
                Kind::Scenario | Kind::Directory | Kind::Organization => {
                    let key = lx.key()?;
                    self.field(lx, frame.kind, &key, depth)?;
                }
            }
            if work == 0 {
                return Ok(false);
            }
        }
        lx.end()?;
        Ok(true)
    }

    fn push(&mut self, kind: Kind) {
        self.stack.push(Frame {
            kind,
            first: true,
            seen: 0,
        });
    }

    /// The organization whose members are being read, and the next member's index.
    fn member_place(&self) -> (usize, usize) {
        let j = self.doc.organizations.last().map_or(0, |o| o.members.len());
        (self.org_index(), j)
    }

    /// The index of the organization being read.
    fn org_index(&self) -> usize {
        self.doc.organizations.len().saturating_sub(1)
    }

    /// A field of the scenario, the directory or an organization; the value is read whole,
    /// except a list of users, organizations or members, which becomes the next frame.
    fn field(
        &mut self,
        lx: &mut Lexer<'_>,
        kind: Kind,
        key: &str,
        depth: usize,
    ) -> Result<(), SyntaxError> {
        let shape = kind.shape();
        let org = self.org_index();
        let Some((key, bit)) = shape.field(key) else {
            frame_path(kind, org, |p| self.unknown_field(p, key, shape.fields));
            return lx.skip(depth, MAX_DEPTH);
        };
        if let Some(top) = self.stack.last_mut() {
            top.seen |= bit;
        }
        // What the frame will be if the value is a list (or the directory object).
        let (child, open) = match (kind, key) {
            (Kind::Scenario, "directory") => (Kind::Directory, b'{'),
            (Kind::Scenario, "organizations") => (Kind::Organizations, b'['),
            (Kind::Directory, "users") => (Kind::Users, b'['),
            (Kind::Organization, "members") => (Kind::Members, b'['),
            _ => return frame_path(kind, org, |p| self.value(lx, kind, key, &p.key(key), depth)),
        };
        if lx.next() != Some(open) {
            let expected = if open == b'[' { "a list" } else { "an object" };
            return frame_path(kind, org, |p| {
                self.wrong_type(lx, &p.key(key), expected, depth)
            });
        }
        lx.i += 1;
        // A repeated field replaces the earlier one, as JSON readers do.
        match child {
            Kind::Directory => self.doc.directory = DirectoryDoc::default(),
            Kind::Organizations => self.doc.organizations.clear(),
            Kind::Users => self.doc.directory.users.clear(),
            _ => {
                if let Some(org) = self.doc.organizations.last_mut() {
                    org.members.clear();
                }
            }
        }
        self.push(child);
        Ok(())
    }

    /// A field read whole, at path `p`.
    fn value(
        &mut self,
        lx: &mut Lexer<'_>,
        kind: Kind,
        key: &str,
        p: &Path<'_>,
        depth: usize,
    ) -> Result<(), SyntaxError> {
        match (kind, key) {
            (Kind::Scenario, "version") => {
                if let Some(n) = self.whole(lx, p, "the integer 1 or 2", depth)? {
                    self.doc.version = n;
                }
            }
            (Kind::Scenario, "plan") => {
                self.doc.plan = self.string(lx, p, depth)?.unwrap_or_default();
            }
            (Kind::Scenario, "actor") => self.doc.actor = self.string(lx, p, depth)?,
            (Kind::Scenario, "max_removals") => {
                // R28: a number of people, or a text such as "10%" (checked by validation).
                self.doc.max_removals = if lx.next() == Some(b'"') {
                    self.string(lx, p, depth)?.map(MaxRemovalsDoc::Text)
                } else {
                    let expected = crate::scenario::MAX_REMOVALS_EXPECTED;
                    self.whole(lx, p, expected, depth)?
                        .map(MaxRemovalsDoc::People)
                };
            }
            (Kind::Directory, "idp") => self.doc.directory.idp = self.string(lx, p, depth)?,
            (Kind::Directory, "scim_connected") => {
                self.doc.directory.scim_connected = self.boolean(lx, p, depth)?;
            }
            (Kind::Organization, _) => {
                // The organization being read is the last; it is set aside while its field
                // is read, so that the reader can be borrowed.
                let mut org = self.doc.organizations.pop().unwrap_or_default();
                let read = self.org_field(lx, &mut org, key, p, depth);
                self.doc.organizations.push(org);
                read?;
            }
            _ => lx.skip(depth, MAX_DEPTH)?,
        }
        Ok(())
    }

    /// A field of an organization read whole (its members are a frame of their own).
    fn org_field(
        &mut self,
        lx: &mut Lexer<'_>,
        org: &mut OrganizationDoc,
        key: &str,
        p: &Path<'_>,
        depth: usize,
    ) -> Result<(), SyntaxError> {
        match key {
            "id" => org.id = self.string(lx, p, depth)?.unwrap_or_default(),
            "name" => org.name = self.string(lx, p, depth)?,
            "product" => org.product = self.string(lx, p, depth)?.unwrap_or_default(),
            "seats" => org.seats = self.seats(lx, p, depth)?,
            "provisioning" => org.provisioning = self.provisioning(lx, p, depth)?,
            _ => lx.skip(depth, MAX_DEPTH)?,
        }
        Ok(())
    }

    /// Missing fields of an object the reader leaves.
    fn closed(&mut self, frame: Frame) {
        if frame.kind.is_list() {
            return;
        }
        let org = self.org_index();
        frame_path(frame.kind, org, |p| {
            self.missing(p, frame.kind.shape(), frame.seen);
        });
    }

    /// Reports the required fields of `shape` not `seen` in the object at `path`.
    fn missing(&mut self, path: &Path<'_>, shape: &Shape, seen: u8) {
        for key in shape.required {
            if shape.field(key).is_some_and(|(_, bit)| seen & bit == 0) {
                self.error(
                    &path.key(key),
                    ErrorKind::Missing,
                    format!("missing field `{key}`"),
                );
            }
        }
    }

    // --- values read whole --------------------------------------------------------------

    fn error(&mut self, path: &Path<'_>, kind: ErrorKind, message: impl Into<String>) {
        self.errors
            .push(InputError::new(path.to_string(), kind, message));
    }

    /// A value of the wrong type at `path`: reported and skipped.
    fn wrong_type(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        expected: &str,
        depth: usize,
    ) -> Result<(), SyntaxError> {
        let found = type_name(lx.next());
        // Not a value at all: a syntax error, which skipping reports.
        if found != "a value" {
            self.error(
                path,
                ErrorKind::Type,
                format!("expected {expected}, found {found}"),
            );
        }
        lx.skip(depth, MAX_DEPTH)
    }

    fn unknown_field(&mut self, path: &Path<'_>, key: &str, fields: &[&str]) {
        let hint = closest(key, fields)
            .map(|f| format!("; did you mean `{f}`?"))
            .unwrap_or_else(|| format!("; expected one of {}", fields.join(", ")));
        self.error(
            &path.key(key),
            ErrorKind::UnknownField,
            format!("unknown field `{key}`{hint}"),
        );
    }

    /// The fields of an object, each given to `each` with its name, the reader after the `:`;
    /// `false` (reported, skipped) when the value is not an object.
    fn object<'t>(
        &mut self,
        lx: &mut Lexer<'t>,
        path: &Path<'_>,
        expected: &str,
        depth: usize,
        mut each: impl FnMut(&mut Read, &mut Lexer<'t>, Cow<'t, str>) -> Result<(), SyntaxError>,
    ) -> Result<bool, SyntaxError> {
        if lx.next() != Some(b'{') {
            self.wrong_type(lx, path, expected, depth)?;
            return Ok(false);
        }
        if depth >= MAX_DEPTH {
            return Err(lx.err(format!("nested more than {MAX_DEPTH} levels deep")));
        }
        lx.i += 1;
        let mut first = true;
        while lx.more(first, b'}')? {
            first = false;
            let key = lx.key()?;
            each(self, lx, key)?;
        }
        Ok(true)
    }

    /// An object of the given shape: each known field is given to `each` by its name,
    /// unknown ones are reported; then the missing required ones are reported.
    fn fields<'t>(
        &mut self,
        lx: &mut Lexer<'t>,
        path: &Path<'_>,
        depth: usize,
        shape: &Shape,
        mut each: impl FnMut(
            &mut Read,
            &mut Lexer<'t>,
            &'static str,
            &Path<'_>,
        ) -> Result<(), SyntaxError>,
    ) -> Result<bool, SyntaxError> {
        let mut seen = 0u8;
        let is_object = self.object(lx, path, "an object", depth, |r, lx, key| {
            match shape.field(&key) {
                Some((name, bit)) => {
                    seen |= bit;
                    each(r, lx, name, &path.key(name))
                }
                None => {
                    r.unknown_field(path, &key, shape.fields);
                    lx.skip(depth + 1, MAX_DEPTH)
                }
            }
        })?;
        if is_object {
            self.missing(path, shape, seen);
        }
        Ok(is_object)
    }

    /// The items of a list, each given to `each` with its index; `false` (reported, skipped)
    /// when the value is not a list.
    fn list<'t>(
        &mut self,
        lx: &mut Lexer<'t>,
        path: &Path<'_>,
        depth: usize,
        mut each: impl FnMut(&mut Read, &mut Lexer<'t>, usize) -> Result<(), SyntaxError>,
    ) -> Result<bool, SyntaxError> {
        if lx.next() != Some(b'[') {
            self.wrong_type(lx, path, "a list", depth)?;
            return Ok(false);
        }
        if depth >= MAX_DEPTH {
            return Err(lx.err(format!("nested more than {MAX_DEPTH} levels deep")));
        }
        lx.i += 1;
        let mut i = 0;
        while lx.more(i == 0, b']')? {
            each(self, lx, i)?;
            i += 1;
        }
        Ok(true)
    }

    fn string(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Option<String>, SyntaxError> {
        if lx.next() == Some(b'"') {
            return Ok(Some(lx.string()?.into_owned()));
        }
        self.wrong_type(lx, path, "a string", depth)?;
        Ok(None)
    }

    fn boolean(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Option<bool>, SyntaxError> {
        match lx.next() {
            Some(b't') => lx.word("true").map(|()| Some(true)),
            Some(b'f') => lx.word("false").map(|()| Some(false)),
            _ => {
                self.wrong_type(lx, path, "true or false", depth)?;
                Ok(None)
            }
        }
    }

    /// A whole number from 0 to `u64::MAX` (`1.0`, `1e0` and `-1` are not).
    fn whole(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        expected: &str,
        depth: usize,
    ) -> Result<Option<u64>, SyntaxError> {
        if matches!(lx.next(), Some(b'-' | b'0'..=b'9')) {
            let start = lx.i;
            let n = lx.number()?;
            let n = if n == "-0" { "0" } else { n };
            if n.bytes().all(|b| b.is_ascii_digit())
                && let Ok(n) = n.parse::<u64>()
            {
                return Ok(Some(n));
            }
            lx.i = start;
        }
        self.wrong_type(lx, path, expected, depth)?;
        Ok(None)
    }

    fn strings(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Vec<String>, SyntaxError> {
        let mut out = Vec::new();
        self.list(lx, path, depth, |r, lx, i| {
            if let Some(s) = r.string(lx, &path.index(i), depth + 1)? {
                out.push(s);
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn user(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<UserDoc, SyntaxError> {
        let mut user = UserDoc::default();
        self.fields(lx, path, depth, &USER, |r, lx, name, p| {
            let d = depth + 1;
            match name {
                "email" => user.email = r.string(lx, p, d)?.unwrap_or_default(),
                "sso_email" => user.sso_email = r.string(lx, p, d)?,
                "name" => user.name = r.string(lx, p, d)?,
                "assigned" => user.assigned = r.boolean(lx, p, d)?,
                "groups" => user.groups = r.strings(lx, p, d)?,
                _ => lx.skip(d, MAX_DEPTH)?,
            }
            Ok(())
        })?;
        Ok(user)
    }

    fn member(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<MemberDoc, SyntaxError> {
        let mut member = MemberDoc::default();
        self.fields(lx, path, depth, &MEMBER, |r, lx, name, p| {
            let d = depth + 1;
            match name {
                "email" => member.email = r.string(lx, p, d)?.unwrap_or_default(),
                "role" => member.role = r.string(lx, p, d)?.unwrap_or_default(),
                "seat_tier" => member.seat_tier = r.string(lx, p, d)?,
                "primary_owner" => member.primary_owner = r.boolean(lx, p, d)?,
                _ => lx.skip(d, MAX_DEPTH)?,
            }
            Ok(())
        })?;
        Ok(member)
    }

    fn seats(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Option<BTreeMap<String, u32>>, SyntaxError> {
        let mut seats = BTreeMap::new();
        let expected = "an object of seat tier → number of seats";
        let is_object = self.object(lx, path, expected, depth, |r, lx, tier| {
            let p = path.key(&tier);
            let expected = "a whole number of seats from 0 to 4294967295";
            // Read as u64 so that a number too large for a u32 is named as one.
            let start = lx.i;
            if let Some(n) = r.whole(lx, &p, expected, depth + 1)? {
                match u32::try_from(n) {
                    Ok(n) => {
                        seats.insert(tier.into_owned(), n);
                    }
                    Err(_) => {
                        lx.i = start;
                        r.wrong_type(lx, &p, expected, depth + 1)?;
                    }
                }
            }
            Ok(())
        })?;
        Ok(is_object.then_some(seats))
    }

    fn provisioning(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Option<ProvisioningDoc>, SyntaxError> {
        let mut doc = ProvisioningDoc::default();
        let is_object = self.fields(lx, path, depth, &PROVISIONING, |r, lx, name, p| {
            let d = depth + 1;
            match name {
                "mode" => doc.mode = r.string(lx, p, d)?,
                "group_mappings" => doc.group_mappings = r.group_mappings(lx, p, d)?,
                _ => lx.skip(d, MAX_DEPTH)?,
            }
            Ok(())
        })?;
        Ok(is_object.then_some(doc))
    }

    fn group_mappings(
        &mut self,
        lx: &mut Lexer<'_>,
        path: &Path<'_>,
        depth: usize,
    ) -> Result<Option<GroupMappingsDoc>, SyntaxError> {
        let mut doc = GroupMappingsDoc::default();
        let is_object = self.fields(lx, path, depth, &GROUP_MAPPINGS, |r, lx, name, p| {
            let d = depth + 1;
            match name {
                "enabled" => doc.enabled = r.boolean(lx, p, d)?,
                "roles" | "seat_tiers" => {
                    let target = if name == "roles" {
                        &mut doc.roles
                    } else {
                        &mut doc.seat_tiers
                    };
                    target.clear();
                    let expected = "an object of id → list of group names";
                    r.object(lx, p, expected, d, |r, lx, id| {
                        let groups = r.strings(lx, &p.key(&id), d + 1)?;
                        target.insert(id.into_owned(), groups);
                        Ok(())
                    })?;
                }
                "role_precedence" => doc.role_precedence = Some(r.strings(lx, p, d)?),
                _ => lx.skip(d, MAX_DEPTH)?,
            }
            Ok(())
        })?;
        Ok(is_object.then_some(doc))
    }
}

/// Calls `f` with the path of an object the reader is inside (`org`: the organization's
/// index).
fn frame_path<R>(kind: Kind, org: usize, f: impl FnOnce(&Path<'_>) -> R) -> R {
    match kind {
        Kind::Directory => f(&Path::Root.key("directory")),
        Kind::Organization => f(&Path::Root.key("organizations").index(org)),
        _ => f(&Path::Root),
    }
}

fn too_large(text: &str) -> Option<InputError> {
    (text.len() > MAX_INPUT_BYTES).then(|| {
        InputError::new(
            "",
            ErrorKind::Syntax,
            format!(
                "the scenario is {} MB; the planner reads at most {} MB",
                text.len().div_ceil(1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        )
    })
}

fn syntax_error(text: &str, e: &SyntaxError) -> InputError {
    let at = Lines::new(text).pos(e.at);
    InputError::new(
        "",
        ErrorKind::Syntax,
        format!(
            "invalid JSON at line {}, column {}: {}",
            at.line, at.column, e.message
        ),
    )
}

/// Reads scenario JSON text whole: the document as far as it could be read and its shape
/// errors, or the one syntax error (or the text is too large).
pub(crate) fn read(text: &str) -> Result<(ScenarioDoc, Vec<InputError>), InputError> {
    if let Some(e) = too_large(text) {
        return Err(e);
    }
    let mut read = Read::default();
    let mut lx = Lexer::new(text);
    match read.step(&mut lx, usize::MAX) {
        Ok(_) => Ok((read.doc, read.errors.into_errors().0)),
        Err(e) => Err(syntax_error(text, &e)),
    }
}
