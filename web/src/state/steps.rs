//! The wizard's steps, and where in them the field of an input error's JSON path is.

use provplan_core::InputError;

/// The wizard's steps, in the guide's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Plan,
    Modes,
    Directory,
    Mappings,
    Review,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Plan,
        Step::Modes,
        Step::Directory,
        Step::Mappings,
        Step::Review,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// A stable id for tests and anchors.
    pub fn id(self) -> &'static str {
        match self {
            Step::Plan => "plan",
            Step::Modes => "modes",
            Step::Directory => "directory",
            Step::Mappings => "mappings",
            Step::Review => "review",
        }
    }
}

/// The step whose form holds the value at a JSON path of an input error.
pub fn step_of(path: &str) -> Step {
    if path.starts_with("directory.idp") || path.starts_with("directory.scim_connected") {
        Step::Modes
    } else if path.starts_with("directory") {
        Step::Directory
    } else if path.starts_with("organizations[") {
        if path.contains(".provisioning.group_mappings") {
            Step::Mappings
        } else if path.contains(".provisioning") {
            Step::Modes
        } else if path.contains(".members") {
            Step::Directory
        } else {
            Step::Plan
        }
    } else {
        Step::Plan
    }
}

/// The id of the form control for a JSON path: `organizations[0].seats.premium` →
/// `f-organizations-0-seats-premium`.
pub fn field_id(path: &str) -> String {
    let mut out = String::from("f");
    let mut dash = true;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            if dash {
                out.push('-');
                dash = false;
            }
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// The path and its parents, longest first: where to put the focus for an error.
pub fn path_candidates(path: &str) -> Vec<String> {
    let mut out = vec![path.to_owned()];
    let mut rest = path;
    while let Some(cut) = rest.rfind(['.', '[']) {
        rest = rest.get(..cut).unwrap_or("");
        if !rest.is_empty() {
            out.push(rest.to_owned());
        }
    }
    out
}

/// Messages of the errors at exactly `path`.
pub fn errors_at<'e>(errors: &'e [InputError], path: &str) -> Vec<&'e str> {
    errors
        .iter()
        .filter(|e| e.path == path)
        .map(|e| e.message.as_str())
        .collect()
}

/// Whether `path` is `parent` or inside it.
pub fn within(path: &str, parent: &str) -> bool {
    path == parent
        || path
            .strip_prefix(parent)
            .is_some_and(|rest| rest.starts_with(['.', '[']))
}

/// Messages of the errors at `path` or inside it.
pub fn errors_within<'e>(errors: &'e [InputError], path: &str) -> Vec<&'e str> {
    errors
        .iter()
        .filter(|e| within(&e.path, path))
        .map(|e| e.message.as_str())
        .collect()
}
