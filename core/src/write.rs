//! The contract's results as compact JSON, written by hand: exactly the text `serde_json`
//! writes for the same values (the tests below compare them on every example, the test
//! scenarios and generated ones). The JavaScript API sends results this way, so the embedded
//! module carries no serializer; the command line keeps serde for its pretty output.

use crate::catalog::Rules;
use crate::compare::{Comparison, SeverityCounts};
use crate::error::{ErrorKind, InputError, InputErrors};
use crate::evaluate::{
    ChangeCounts, ChecklistItem, Counts, Evaluation, Finding, Note, OrgEvaluation, SeatCount,
    SeatTable, Source, Users,
};
use crate::params::{Param, Params};

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

impl Json for Params {
    fn write(&self, out: &mut String) {
        let mut o = Object::new(out);
        for (name, value) in self {
            o.field(name, value);
        }
        o.end();
    }
}

impl Json for Param {
    fn write(&self, out: &mut String) {
        match self {
            Param::Null => out.push_str("null"),
            Param::Text(t) => text(out, t),
            Param::Count(n) => number(out, *n),
            Param::Array(a) => a.write(out),
            Param::Object(o) => o.write(out),
        }
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
    SeatCount { purchased, assigned, shortfall }
    Counts { member, pending_login, not_added, removed, blocked, out_of_scope }
    ChangeCounts { add, update, remove, none }
    Finding<'_> { code, severity, organization, subjects, params, rule, message, advice }
    ChecklistItem { id, status, label, detail }
    Note<'_> { id, rule, interpretation, organization, message }
    Comparison<'_> { organization, mode, group_mappings, eligible, counts, findings }
    SeverityCounts { error, warning, info }
    InputError { path, kind, message }
}

impl Json for ErrorKind {
    fn write(&self, out: &mut String) {
        text(out, self.id());
    }
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
            .field("changes", &self.changes);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Scenario, compare, evaluate};

    /// Both writers agree on `value`.
    fn same<T: Json + serde::Serialize>(value: &T, what: &str) {
        let serde = serde_json::to_string(value).unwrap();
        assert_eq!(to_string(value), serde, "{what}");
    }

    fn check(text: &str, what: &str) {
        match Scenario::parse(text) {
            Ok(sc) => {
                same(&evaluate(&sc), what);
                same(&compare(&sc), what);
            }
            Err(errors) => same(&errors, what),
        }
    }

    #[test]
    fn writes_what_serde_writes_for_the_examples_and_test_scenarios() {
        let dirs = [
            concat!(env!("CARGO_MANIFEST_DIR"), "/../examples"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus"),
        ];
        let mut n = 0;
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "json") {
                    // The corpus has files that are not UTF-8 on purpose.
                    let bytes = std::fs::read(&path).unwrap();
                    check(
                        &String::from_utf8_lossy(&bytes),
                        &path.display().to_string(),
                    );
                    n += 1;
                }
            }
        }
        assert!(n >= 20, "only {n} scenario files found");
    }

    #[test]
    fn writes_what_serde_writes_for_generated_scenarios() {
        for (users, seed) in [(1, 1), (50, 2), (999, 3), (5000, 4)] {
            let doc = crate::generate::scenario(crate::generate::Options { users, seed });
            let text = serde_json::to_string(&doc).unwrap();
            check(&text, &format!("{users} users, seed {seed}"));
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let all: String = (0u32..0x100)
            .filter_map(char::from_u32)
            .chain(['\u{2028}', '\u{feff}', '😀'])
            .collect();
        for s in ["", "plain", "a\"b\\c", "\u{7f}\u{1f}\u{0}", all.as_str()] {
            same(&s, s);
        }
        for n in [0, 7, 10, 99, 1_000_000, u64::MAX] {
            same(&n, "number");
        }
    }
}
