//! The contract's results as JSON: the one writer of evaluations, comparisons and input
//! errors, compact for the JavaScript API and [`pretty`] for the command line; and of scenario
//! documents, as the app saves, exports and shares them.
//!
//! Hand-written rather than serde's derive, the only serializer of these types: the embed
//! module then carries no serializer (about 6 KB brotli), and the field lists below are the
//! contract's one definition (`tests/tests/contract.rs` checks `core/js/index.d.ts` against
//! what they write). Its text is `serde_json`'s for the same values, byte for byte: the
//! golden outputs (`tests/golden/`) were written by serde and still pass.

use std::collections::BTreeMap;

use crate::catalog::{Rules, SeatTier};
use crate::compare::{Comparison, SeverityCounts};
use crate::doc::{
    DirectoryDoc, GroupMappingsDoc, MemberDoc, OrganizationDoc, ProvisioningDoc, ScenarioDoc,
    UserDoc,
};
use crate::error::{InputError, InputErrors};
use crate::evaluate::{
    AtSignIn, ChangeCounts, ChecklistItem, Counts, Detail, Evaluation, Finding, Note, OnSave,
    OrgEvaluation, SeatCount, SeatTable, Source, Users,
};

/// A result that writes itself as compact JSON.
pub trait Json {
    fn write(&self, out: &mut String);
}

/// `value` as compact JSON text: what `serde_json::to_string` gives for it.
pub fn to_string(value: &impl Json) -> String {
    let mut out = String::new();
    value.write(&mut out);
    out
}

/// `value` as indented JSON text with a final newline: what `serde_json::to_string_pretty`
/// gives for it (two spaces, `"name": value`, `[]` and `{}` when empty), and a newline.
pub fn pretty(value: &impl Json) -> String {
    indent(&to_string(value))
}

/// Compact JSON text laid out as [`pretty`] does: a newline and the depth's indentation after
/// each opening bracket of a non-empty array or object, after each comma between values and
/// before each closing bracket; a space after each colon between a name and its value.
/// Strings are copied as they are.
fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '[' | '{' => {
                out.push(c);
                if chars.peek().is_some_and(|n| matches!(n, ']' | '}')) {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out.push('\n');
    out
}

/// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, as
/// `serde_json` writes them; everything else as it is.
pub(crate) fn text(out: &mut String, s: &str) {
    out.push('"');
    escaped(out, s);
    out.push('"');
}

/// The inside of a JSON string (see [`text`]).
fn escaped(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0c => 'f',
            0..0x20 => 'u',
            _ => continue,
        };
        out.push_str(s.get(from..i).unwrap_or_default());
        out.push('\\');
        out.push(short);
        if short == 'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("00");
            for nibble in [b >> 4, b & 0xf] {
                out.push(char::from(
                    HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                ));
            }
        }
        from = i + 1;
    }
    out.push_str(s.get(from..).unwrap_or_default());
}

/// A whole number in decimal.
pub(crate) fn number(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    while let Some(d) = digits.get_mut(len) {
        *d = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for d in digits.iter().take(len).rev() {
        out.push(char::from(*d));
    }
}

/// The fields of one object: `{` on creation, `,"name":` before each value, `}` by [`end`].
///
/// [`end`]: Object::end
pub(crate) struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    pub(crate) fn new(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, first: true }
    }

    /// Starts the field `name`; its value is written next, into the returned text.
    pub(crate) fn key(&mut self, name: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        text(self.out, name);
        self.out.push(':');
        self.out
    }

    /// The field `name` with `value`.
    pub(crate) fn field(&mut self, name: &str, value: &(impl Json + ?Sized)) -> &mut Self {
        value.write(self.key(name));
        self
    }

    pub(crate) fn end(self) {
        self.out.push('}');
    }
}

/// A JSON array of `items`.
pub(crate) fn array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    each: impl Fn(&mut String, T),
) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

impl Json for str {
    fn write(&self, out: &mut String) {
        text(out, self);
    }
}

impl Json for String {
    fn write(&self, out: &mut String) {
        text(out, self);
    }
}

impl<T: Json + ?Sized> Json for &T {
    fn write(&self, out: &mut String) {
        (**self).write(out);
    }
}

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Json for u32 {
    fn write(&self, out: &mut String) {
        number(out, u64::from(*self));
    }
}

impl Json for u64 {
    fn write(&self, out: &mut String) {
        number(out, *self);
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(v) => v.write(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut String) {
        array(out, self, |out, v| v.write(out));
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        self.as_slice().write(out);
    }
}

impl Json for Rules {
    fn write(&self, out: &mut String) {
        array(out, self.iter(), text);
    }
}

/// `impl Json` for structs written as objects of all their fields, in order, under their own
/// names (as serde's derive writes them).
macro_rules! objects {
    ($($ty:ty { $($field:ident),+ })+) => {$(
        impl Json for $ty {
            fn write(&self, out: &mut String) {
                let mut o = Object::new(out);
                $(o.field(stringify!($field), &self.$field);)+
                o.end();
            }
        }
    )+};
}

objects! {
    Evaluation<'_> { version, organizations, findings, checklist, notes }
    SeatCount { purchased, assigned, pending, shortfall }
    Counts { member, pending_login, not_added, removed, blocked, out_of_scope }
    ChangeCounts { add, update, remove, none }
    OnSave { add, update, remove }
    AtSignIn { add, update }
    Comparison<'_> { organization, mode, group_mappings, eligible, counts, findings }
    SeverityCounts { error, warning, info }
    InputError { path, kind, message }
}

impl Json for ChecklistItem {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", &self.id)
            .field("status", &self.status)
            .field("label", &self.label)
            .field("detail", &self.detail());
        o.end();
    }
}

impl Json for Note<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", &self.id)
            .field("rule", &self.rule)
            .field("interpretation", &self.interpretation)
            .field("organization", &self.organization)
            .field("message", &self.message());
        o.end();
    }
}

impl Json for Finding<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("code", &self.code())
            .field("severity", &self.severity())
            .field("organization", &self.organization())
            .field("subjects", &self.subjects());
        params(o.key("params"), self);
        o.field("rule", self.rule())
            .field("message", &self.message())
            .field("advice", self.advice());
        o.end();
    }
}

/// A finding's `params` (CONTRACT.md §3), from its detail: what a translation needs besides
/// the subjects, names in byte order.
fn params(out: &mut String, f: &Finding<'_>) {
    let sc = f.scenario();
    let mut o = Object::new(out);
    match &f.detail {
        Detail::ScimNotEligible { plan, product } => {
            o.field("plan", plan).field("product", product);
        }
        Detail::RoleAmbiguous { chosen, rival, .. } => {
            // The two roles, sorted.
            let (a, b) = (chosen.id(), rival.id());
            let pair = if a <= b { [a, b] } else { [b, a] };
            o.field("chosen", chosen).field("roles", &pair[..]);
        }
        Detail::DefaultSeatTier { people, tiers } => {
            o.field("count", &(people.len() as u64));
            tier_counts(o.key("tiers"), tiers);
        }
        Detail::SeatShortfall { tiers, .. } => tier_counts(o.key("tiers"), tiers),
        Detail::NoPrivilegedGroup { role, .. } => {
            o.field("role", role);
        }
        Detail::ActorLosesAccess { role, status } => {
            o.field("role", role).field("status", status);
        }
        Detail::ActorNotPrivileged { role } => {
            o.field("role", role);
        }
        Detail::PrimaryOwnerExempt {
            status,
            role,
            seat_tier,
            ..
        } => {
            o.field("role", role)
                .field("seat_tier", seat_tier)
                .field("status", status);
        }
        Detail::UnknownGroup { case_mismatch, .. } => {
            let mut m = Object::new(o.key("case_mismatch"));
            for (group, similar) in case_mismatch {
                array(m.key(sc.group_name(*group)), similar, |out, g| {
                    text(out, sc.group_name(*g));
                });
            }
            m.end();
        }
        Detail::GroupNaming { prefix, .. } => {
            o.field("prefix", *prefix);
        }
        Detail::LookalikeEmails {
            pairs, invisible, ..
        } => {
            array(o.key("pairs"), pairs, |out, (a, b)| {
                array(out, &[*a, *b], |out, p| text(out, sc.email(*p)));
            });
            array(o.key("invisible"), invisible, |out, p| {
                text(out, sc.email(*p));
            });
        }
        Detail::SsoEmailMismatch { people, idp } => {
            o.field("idp", idp);
            array(o.key("pairs"), people, |out, p| {
                let mut pair = Object::new(out);
                pair.field("email", sc.email(*p))
                    .field("sso_email", sc.sso_email(*p).unwrap_or_default());
                pair.end();
            });
        }
        Detail::RemovalThreshold {
            people,
            limit,
            allowed,
        } => {
            o.field("count", &(people.len() as u64))
                .field("limit", allowed);
            match limit {
                crate::scenario::RemovalLimit::People(n) => o.field("max_removals", n),
                crate::scenario::RemovalLimit::Percent(p) => {
                    o.field("max_removals", format!("{p}%").as_str())
                }
            };
        }
        Detail::ScimNotConnected { .. }
        | Detail::ScimFanout { .. }
        | Detail::EntraSyncDelay { .. }
        | Detail::AgmNoEffect {}
        | Detail::RoleDefaulted { .. }
        | Detail::MembersRemovedOnSave { .. }
        | Detail::MembersBlocked { .. }
        | Detail::MappingsIgnored { .. }
        | Detail::SeatTierMappingNotApplicable { .. }
        | Detail::UnassignedInGroup { .. } => {}
    }
    o.end();
}

/// `{tier: count}`, tiers by id (a JSON object's names in byte order).
fn tier_counts(out: &mut String, tiers: &[(SeatTier, u32)]) {
    let mut by_id: Vec<&(SeatTier, u32)> = tiers.iter().collect();
    crate::sort::short_by_key(&mut by_id, |(t, _)| t.id());
    let mut o = Object::new(out);
    for (tier, n) in by_id {
        o.field(tier.id(), n);
    }
    o.end();
}

impl Json for OrgEvaluation<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", self.id);
        if let Some(name) = self.name {
            o.field("name", name);
        }
        o.field("product", &self.product)
            .field("eligible_modes", &self.eligible_modes)
            .field("mode", &self.mode)
            .field("effective_mode", &self.effective_mode)
            .field("group_mappings_in_effect", &self.group_mappings_in_effect)
            .field("users", &self.users)
            .field("seats", &self.seats)
            .field("capacity_checked", &self.capacity_checked)
            .field("counts", &self.counts)
            .field("changes", &self.changes)
            .field("changes_on_save", &self.changes_on_save)
            .field("changes_at_sign_in", &self.changes_at_sign_in);
        o.end();
    }
}

impl Json for Users<'_> {
    fn write(&self, out: &mut String) {
        let source = |out: &mut String, s: Option<Source>| match s {
            Some(Source::Group(g)) => {
                out.push_str("\"group:");
                escaped(out, self.group_name(g));
                out.push('"');
            }
            Some(Source::Default) => out.push_str("\"default\""),
            Some(Source::Existing) => out.push_str("\"existing\""),
            None => out.push_str("null"),
        };
        array(out, self.iter(), |out, u| {
            let mut o = Object::new(out);
            o.field("email", self.email(u));
            if let Some(name) = self.name(u) {
                o.field("name", name);
            }
            o.field("status", &u.status).field("role", &u.role);
            source(o.key("role_source"), u.role_source.get());
            o.field("seat_tier", &u.seat_tier);
            source(o.key("seat_source"), u.seat_source.get());
            o.field("change", &u.change)
                .field("takes_effect", &u.takes_effect)
                .field("assigned", &u.assigned)
                .field("in_scope", &u.in_scope)
                .field("current_role", &u.current_role)
                .field("current_seat_tier", &u.current_seat_tier);
            if let Some(t) = u.wanted_seat_tier {
                o.field("wanted_seat_tier", &t);
            }
            if u.primary_owner {
                o.field("primary_owner", &true);
            }
            o.field("rules", &u.rules);
            o.end();
        });
    }
}

impl Json for SeatTable {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        for (tier, count) in &self.0 {
            o.field(tier.id(), count);
        }
        o.end();
    }
}

impl Json for InputErrors {
    fn write(&self, out: &mut String) {
        self.0.write(out);
    }
}

// --- scenario documents --------------------------------------------------------------------
//
// What serde's derive on the document types writes (they keep it, for the tests that compare
// the two): fields in declaration order, an absent option or empty list left out. The app
// writes documents only through these, and so carries no serializer (about 4 KB brotli).

/// A JSON object of a map's entries, keys in the map's (sorted) order.
fn map<V: Json>(out: &mut String, m: &BTreeMap<String, V>) {
    let mut o = Object::new(out);
    for (k, v) in m {
        o.field(k, v);
    }
    o.end();
}

impl Json for ScenarioDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("version", &self.version).field("plan", &self.plan);
        if let Some(actor) = &self.actor {
            o.field("actor", actor);
        }
        match &self.max_removals {
            Some(crate::doc::MaxRemovalsDoc::People(n)) => {
                o.field("max_removals", n);
            }
            Some(crate::doc::MaxRemovalsDoc::Text(t)) => {
                o.field("max_removals", t);
            }
            None => {}
        }
        self.directory.write(o.key("directory"));
        array(o.key("organizations"), &self.organizations, |out, org| {
            org.write(out);
        });
        o.end();
    }
}

impl Json for DirectoryDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        if let Some(idp) = &self.idp {
            o.field("idp", idp);
        }
        if let Some(connected) = &self.scim_connected {
            o.field("scim_connected", connected);
        }
        array(o.key("users"), &self.users, |out, u| u.write(out));
        o.end();
    }
}

impl Json for UserDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("email", &self.email);
        if let Some(sso) = &self.sso_email {
            o.field("sso_email", sso);
        }
        if let Some(name) = &self.name {
            o.field("name", name);
        }
        if let Some(assigned) = &self.assigned {
            o.field("assigned", assigned);
        }
        if !self.groups.is_empty() {
            o.field("groups", &self.groups);
        }
        o.end();
    }
}

impl Json for OrganizationDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", &self.id);
        if let Some(name) = &self.name {
            o.field("name", name);
        }
        o.field("product", &self.product);
        if let Some(seats) = &self.seats {
            map(o.key("seats"), seats);
        }
        if let Some(p) = &self.provisioning {
            p.write(o.key("provisioning"));
        }
        if !self.members.is_empty() {
            array(o.key("members"), &self.members, |out, m| m.write(out));
        }
        o.end();
    }
}

impl Json for ProvisioningDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        if let Some(mode) = &self.mode {
            o.field("mode", mode);
        }
        if let Some(m) = &self.group_mappings {
            m.write(o.key("group_mappings"));
        }
        o.end();
    }
}

impl Json for GroupMappingsDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        if let Some(enabled) = &self.enabled {
            o.field("enabled", enabled);
        }
        if !self.roles.is_empty() {
            map(o.key("roles"), &self.roles);
        }
        if !self.seat_tiers.is_empty() {
            map(o.key("seat_tiers"), &self.seat_tiers);
        }
        if let Some(precedence) = &self.role_precedence {
            o.field("role_precedence", precedence);
        }
        o.end();
    }
}

impl Json for MemberDoc {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("email", &self.email).field("role", &self.role);
        if let Some(tier) = &self.seat_tier {
            o.field("seat_tier", tier);
        }
        if let Some(primary) = &self.primary_owner {
            o.field("primary_owner", primary);
        }
        o.end();
    }
}

#[cfg(feature = "explain")]
impl Json for crate::explain::Explanation<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("email", self.email);
        if let Some(name) = self.name {
            o.field("name", name);
        }
        o.field("organizations", &self.organizations);
        o.end();
    }
}

#[cfg(feature = "explain")]
impl Json for crate::explain::OrgTrace<'_> {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("id", self.id);
        if let Some(name) = self.name {
            o.field("name", name);
        }
        o.field("product", &self.product)
            .field("effective_mode", &self.effective_mode)
            .field("group_mappings_in_effect", &self.group_mappings_in_effect)
            .field("steps", &self.steps);
        o.end();
    }
}

/// A role's or tier's source as the evaluation writes it (`group:<name>`, `default`,
/// `existing`, or `null`).
#[cfg(feature = "explain")]
fn source(out: &mut String, s: Option<Source>, group: Option<&str>) {
    match (s, group) {
        (Some(Source::Group(_)), Some(g)) => {
            out.push_str("\"group:");
            escaped(out, g);
            out.push('"');
        }
        (Some(Source::Default), _) => out.push_str("\"default\""),
        (Some(Source::Existing), _) => out.push_str("\"existing\""),
        _ => out.push_str("null"),
    }
}

#[cfg(feature = "explain")]
impl Json for crate::explain::TraceStep<'_> {
    fn write(&self, out: &mut String) {
        use crate::explain::TraceStep as S;
        let mut o = Object::new(out);
        o.field("step", self.id());
        match self {
            S::Assignment {
                rules,
                in_directory,
                assigned,
            } => {
                o.field("rules", rules)
                    .field("in_directory", in_directory)
                    .field("assigned", assigned);
            }
            S::Scope {
                rules,
                groups,
                mappings_ignored,
                in_scope,
            } => {
                o.field("rules", rules);
                array(o.key("groups"), groups, |out, g| {
                    let mut o = Object::new(out);
                    o.field("group", g.group)
                        .field("roles", &g.roles)
                        .field("seat_tiers", &g.seat_tiers);
                    o.end();
                });
                o.field("mappings_ignored", mappings_ignored)
                    .field("in_scope", in_scope);
            }
            S::Membership {
                rules,
                member,
                role,
                seat_tier,
                primary_owner,
            } => {
                o.field("rules", rules)
                    .field("member", member)
                    .field("role", role)
                    .field("seat_tier", seat_tier)
                    .field("primary_owner", primary_owner);
            }
            S::Role {
                rules,
                candidates,
                precedence,
                precedence_overridden,
                ambiguous_with,
                role,
                source: s,
                source_group,
            } => {
                o.field("rules", rules);
                array(o.key("candidates"), candidates, |out, (r, groups)| {
                    let mut o = Object::new(out);
                    o.field("role", r).field("groups", groups);
                    o.end();
                });
                o.field("precedence", precedence)
                    .field("precedence_overridden", precedence_overridden)
                    .field("ambiguous_with", ambiguous_with)
                    .field("role", role);
                source(o.key("role_source"), *s, *source_group);
            }
            S::Seat {
                rules,
                wanted,
                wanted_group,
                turn,
                capacity_checked,
                seat_tier,
                source: s,
                source_group,
                waits_for,
            } => {
                o.field("rules", rules).field("wanted", wanted);
                let from = wanted.map(|_| Source::Group(0));
                source(o.key("wanted_source"), from, *wanted_group);
                match turn {
                    Some(t) => {
                        let mut q = Object::new(o.key("queue"));
                        q.field("place", &t.place)
                            .field("of", &t.of)
                            .field("phase", t.phase.id())
                            .field("free", &t.free);
                        q.end();
                    }
                    None => o.key("queue").push_str("null"),
                }
                o.field("capacity_checked", capacity_checked)
                    .field("seat_tier", seat_tier);
                source(o.key("seat_source"), *s, *source_group);
                o.field("waits_for", waits_for);
            }
            S::Result {
                rules,
                status,
                change,
                takes_effect,
                primary_owner,
                sso_email,
                sign_in_blocked,
                decided_by,
            } => {
                o.field("rules", rules)
                    .field("status", status)
                    .field("change", change)
                    .field("takes_effect", takes_effect)
                    .field("primary_owner", primary_owner)
                    .field("sso_email", sso_email)
                    .field("sign_in_blocked", sign_in_blocked)
                    .field("decided_by", decided_by);
            }
        }
        o.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde's compact and pretty texts of `value`.
    fn serde_texts(value: &serde_json::Value) -> (String, String) {
        let compact = serde_json::to_string(value).unwrap();
        let mut pretty = serde_json::to_string_pretty(value).unwrap();
        pretty.push('\n');
        (compact, pretty)
    }

    #[test]
    fn pretty_lays_out_what_serde_lays_out() {
        let values = [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({"a": [], "b": {}, "c": [1, [2, []], {"d": null}], "e": true}),
            serde_json::json!({"brackets": "[{,:}]", "quote": "say \"hi\": {x}", "back": "a\\", "nl": "a\nb"}),
            serde_json::json!([{"x": [{"y": [[]]}]}, "z"]),
            serde_json::json!(7),
        ];
        for v in values {
            let (compact, pretty) = serde_texts(&v);
            assert_eq!(indent(&compact), pretty, "{compact}");
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let all: String = (0u32..0x100)
            .filter_map(char::from_u32)
            .chain(['\u{2028}', '\u{feff}', '😀'])
            .collect();
        for s in ["", "plain", "a\"b\\c", "\u{7f}\u{1f}\u{0}", all.as_str()] {
            assert_eq!(to_string(&s), serde_json::to_string(s).unwrap());
        }
        for n in [0, 7, 10, 99, 1_000_000, u64::MAX] {
            assert_eq!(to_string(&n), serde_json::to_string(&n).unwrap());
        }
    }
}
