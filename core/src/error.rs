//! Input errors: every one names where it is (a JSON path, or a line and column).

use serde::Serialize;

/// One problem with the input, at `path` (`organizations[0].provisioning.mode`), or at a line
/// and column of the text when it is not JSON at all (then `path` is empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{}", self.display())]
pub struct InputError {
    pub path: String,
    pub kind: ErrorKind,
    pub message: String,
}

/// What kind of problem it is, for programs that react to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Not JSON, or nested too deep, or too large.
    Syntax,
    /// A value of the wrong JSON type, or a number out of range.
    Type,
    /// A required field is absent.
    Missing,
    /// A field the format does not have.
    UnknownField,
    /// An id (plan, role, tier, …) that does not exist, or does not fit here.
    UnknownId,
    /// The same email or id twice.
    Duplicate,
    /// A value that breaks a rule (R2, R3, R4) or a format (emails).
    Invalid,
    /// The format version is not understood.
    Version,
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{}", self.lines())]
#[serde(transparent)]
pub struct InputErrors(pub Vec<InputError>);

impl InputErrors {
    /// One line per error: `path: message`.
    pub fn lines(&self) -> String {
        self.0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
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
                    (_, false) => write!(f, "[{key:?}]"),
                }
            }
            Path::Index(parent, i) => {
                parent.fmt(f)?;
                write!(f, "[{i}]")
            }
        }
    }
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
}
