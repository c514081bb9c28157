//! Input errors: every one names where it is (a JSON path, or a line and column).

/// One problem with the input, at `path` (`organizations[0].provisioning.mode`), or at a line
/// and column of the text when it is not JSON at all (then `path` is empty).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.display())]
pub struct InputError {
    pub path: String,
    pub kind: ErrorKind,
    pub message: String,
}

crate::catalog::id_enum! {
    /// What kind of problem it is, for programs that react to it (written as its id).
    ErrorKind {
        /// Not JSON, or nested too deep, or too large.
        Syntax = "syntax",
        /// A value of the wrong JSON type, or a number out of range.
        Type = "type",
        /// A required field is absent.
        Missing = "missing",
        /// A field the format does not have.
        UnknownField = "unknown_field",
        /// An id (plan, role, tier, …) that does not exist, or does not fit here.
        UnknownId = "unknown_id",
        /// The same email or id twice.
        Duplicate = "duplicate",
        /// A value that breaks a rule (R2, R3, R4) or a format (emails).
        Invalid = "invalid",
        /// The format version is not understood.
        Version = "version",
    }
}

impl InputError {
    pub fn new(path: impl Into<String>, kind: ErrorKind, message: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            kind,
            message: message.into(),
        }
    }

    fn display(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.path, self.message)
        }
    }
}

/// Every input error found, in document order. Never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.lines())]
pub struct InputErrors(pub Vec<InputError>);

impl InputErrors {
    /// One line per error: `path: message`.
    pub fn lines(&self) -> String {
        let mut out = String::new();
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&e.to_string());
        }
        out
    }

    pub fn iter(&self) -> core::slice::Iter<'_, InputError> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<InputError> for InputErrors {
    fn from(e: InputError) -> Self {
        InputErrors(vec![e])
    }
}

/// Most input errors listed for one scenario; the rest are counted ([`ErrorList`]).
pub const MAX_ERRORS: usize = 1_000;

/// Input errors as they are found: the first [`MAX_ERRORS`] kept, the others only counted, so
/// that no input (a list of a million bad ids) makes a list, or an output, beyond that size.
#[derive(Debug, Default)]
pub(crate) struct ErrorList {
    list: Vec<InputError>,
    more: usize,
}

impl ErrorList {
    pub(crate) fn push(&mut self, e: InputError) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(e);
        } else {
            self.more += 1;
        }
    }

    /// Every error found, listed or counted.
    pub(crate) fn count(&self) -> usize {
        self.list.len() + self.more
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// The errors listed, and one more that says how many were only counted.
    pub(crate) fn into_errors(self) -> InputErrors {
        let mut list = self.list;
        if self.more > 0 {
            list.push(InputError::new(
                "",
                ErrorKind::Invalid,
                format!(
                    "and {} more errors (the first {MAX_ERRORS} are listed)",
                    self.more
                ),
            ));
        }
        InputErrors(list)
    }
}

/// A JSON path built on the stack as the reader descends; rendered only for an error.
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }
}

impl core::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(parent, key) => {
                parent.fmt(f)?;
                let plain = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                match (matches!(parent, Path::Root), plain) {
                    (true, true) => f.write_str(key),
                    (false, true) => write!(f, ".{key}"),
                    (_, false) => write!(f, "[{}]", Quoted(key)),
                }
            }
            Path::Index(parent, i) => {
                parent.fmt(f)?;
                write!(f, "[{i}]")
            }
        }
    }
}

/// A value in double quotes, as messages and paths show it: `"` and `\` escaped, and the
/// characters one cannot see or tell apart (controls, spaces other than the plain one,
/// zero-width and direction marks) as `\n`, `\t` or `\u{a0}`, so that what is wrong with a
/// value is visible. Ordinary text comes out as Rust's `{:?}` writes it; unlike `{:?}`,
/// combining marks and private-use characters are left as they are. A value longer than
/// [`Quoted::SHOWN`] characters is cut there, with its length: `"aaaa…" (10485760
/// characters)`, so that one bad value cannot make a message of megabytes.
pub struct Quoted<'a>(pub &'a str);

impl Quoted<'_> {
    /// The characters of a value shown at most.
    pub const SHOWN: usize = 100;
}

impl core::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use core::fmt::Write;
        f.write_char('"')?;
        let long = self.0.chars().nth(Self::SHOWN + 20).is_some();
        for (i, c) in self.0.chars().enumerate() {
            if long && i == Self::SHOWN {
                return write!(f, "…\" ({} characters)", self.0.chars().count());
            }
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if invisible(c) => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

/// Control characters, spaces other than the plain one (a no-break space in an email), and
/// the format characters that show as nothing.
fn invisible(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{17b4}'..='\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_the_contract() {
        let root = Path::Root;
        let orgs = root.key("organizations");
        let first = orgs.index(0);
        let prov = first.key("provisioning");
        let mode = prov.key("mode");
        assert_eq!(mode.to_string(), "organizations[0].provisioning.mode");
        let roles = root.key("roles");
        let odd = roles.key("a b");
        assert_eq!(odd.to_string(), "roles[\"a b\"]");
    }

    #[test]
    fn errors_display_with_path() {
        let e = InputError::new("plan", ErrorKind::UnknownId, "unknown plan \"x\"");
        assert_eq!(e.to_string(), "plan: unknown plan \"x\"");
        let s = InputError::new("", ErrorKind::Syntax, "invalid JSON at line 1, column 2");
        assert_eq!(s.to_string(), "invalid JSON at line 1, column 2");
    }

    #[test]
    fn quoted_shows_what_debug_shows_for_ordinary_text() {
        for s in [
            "",
            "bo@example.com",
            "a\"b\\c",
            "tab\there\nnew\r\0",
            "Straße Ωμέγα 😀",
        ] {
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"));
        }
        // Character by character: where the two differ, `{:?}` escapes a character that is
        // shown here as it is (a combining mark; the 6,400 of private use; unassigned ones);
        // never the reverse.
        let mut shown = 0;
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            let s = c.to_string();
            let (ours, debug) = (Quoted(&s).to_string(), format!("{s:?}"));
            if ours != debug {
                assert!(
                    debug.starts_with("\"\\u{") && ours == format!("\"{c}\""),
                    "{ours} {debug}"
                );
                shown += 1;
            }
        }
        assert!(shown < 10_000, "{shown} characters differ");
        assert_eq!(
            Quoted("a\u{200b}b\u{feff}\u{7f}").to_string(),
            r#""a\u{200b}b\u{feff}\u{7f}""#
        );
        assert_eq!(Quoted("e\u{301}").to_string(), "\"e\u{301}\"");
    }

    #[test]
    fn a_long_value_is_quoted_in_part_with_its_length() {
        let near = "a".repeat(Quoted::SHOWN + 20);
        assert_eq!(Quoted(&near).to_string(), format!("{near:?}"));
        let long = "é".repeat(10_000_000);
        let shown = Quoted(&long).to_string();
        assert_eq!(
            shown,
            format!("\"{}…\" (10000000 characters)", "é".repeat(Quoted::SHOWN))
        );
    }
}
