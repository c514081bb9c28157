//! Readers for directory exports (CONTRACT.md, "Importing a real directory"): SCIM 2.0 JSON,
//! Google Workspace, Microsoft Entra and Okta CSV exports, and plain CSV. Each reader is a
//! plain function over a file's text and name giving that file's [`Records`]; [`import`]
//! recognises formats, reads every file and merges them into one [`DirectoryDoc`].
//!
//! Bad rows are errors naming file, line and column, all of them reported (up to
//! [`MAX_ERRORS`]); suspicious but valid data gives [`ImportWarning`]s. No input makes a
//! reader panic. A bad row rejects the import, unless [`Options::skip_bad_rows`] asks for the
//! good rows: the bad ones are then left out and listed in [`Imported::skipped`]. A problem
//! with a file as a whole (no header, a missing column, invalid JSON) rejects it always.
//!
//! ```
//! use provplan_core::import::{SourceFile, import};
//! let text = "email,name,groups\nada@example.com,Ada,anthropic-claude-owners\n";
//! let imported = import(&[SourceFile { name: "users.csv", text }], None).unwrap();
//! assert_eq!(imported.directory.users[0].groups, ["anthropic-claude-owners"]);
//! ```

mod formats;
mod groups;
mod json;
mod members;
mod merge;
mod scim;
mod table;
pub(crate) mod text;
mod write;

use crate::catalog::Idp;
use crate::doc::DirectoryDoc;

pub use formats::{
    read_entra_users, read_google_members, read_google_users, read_okta_groups, read_okta_users,
    read_plain,
};
pub use groups::{GroupCheck, Likeness, check_groups, without_domains};
pub use members::read_members;
pub use scim::read_scim;
pub use text::{Pos, decode, decode_owned};
pub use write::{WriteError, to_plain_csv, to_scim_json};

/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// Most rows (CSV) or resources (SCIM) read from one file.
pub const MAX_ROWS: usize = 200_000;
/// Most users of a merged directory.
pub const MAX_USERS: usize = 200_000;
/// Most errors reported for one import; the rest are counted.
pub const MAX_ERRORS: usize = 1_000;
/// Deepest JSON nesting read.
pub const MAX_DEPTH: usize = 64;

/// The export formats understood, in the order they are recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// SCIM 2.0 JSON (RFC 7643/7644): a `ListResponse` or a list of `User`/`Group` resources.
    Scim,
    /// Google Workspace users CSV (Admin console, "Download users").
    GoogleUsers,
    /// Google Workspace group members CSV.
    GoogleMembers,
    /// Microsoft Entra users CSV ("Download users").
    EntraUsers,
    /// Okta users CSV (`login`, `email`, …).
    OktaUsers,
    /// Okta group membership CSV (group name and user login or email).
    OktaGroups,
    /// `email`, optional `name`, `groups` (split on `;`) and `assigned`.
    Plain,
}

impl Format {
    pub const ALL: &'static [Format] = &[
        Format::Scim,
        Format::GoogleUsers,
        Format::GoogleMembers,
        Format::EntraUsers,
        Format::OktaUsers,
        Format::OktaGroups,
        Format::Plain,
    ];

    /// The id used by `--format` and in messages.
    pub const fn id(self) -> &'static str {
        match self {
            Format::Scim => "scim",
            Format::GoogleUsers => "google-users",
            Format::GoogleMembers => "google-members",
            Format::EntraUsers => "entra-users",
            Format::OktaUsers => "okta-users",
            Format::OktaGroups => "okta-groups",
            Format::Plain => "plain",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.id() == id)
    }

    pub const fn label(self) -> &'static str {
        match self {
            Format::Scim => "SCIM 2.0 JSON",
            Format::GoogleUsers => "Google Workspace users CSV",
            Format::GoogleMembers => "Google Workspace group members CSV",
            Format::EntraUsers => "Microsoft Entra users CSV",
            Format::OktaUsers => "Okta users CSV",
            Format::OktaGroups => "Okta group membership CSV",
            Format::Plain => "plain CSV",
        }
    }

    /// The vendor whose export this is; `None` for vendor-neutral formats.
    pub const fn idp(self) -> Option<Idp> {
        match self {
            Format::GoogleUsers | Format::GoogleMembers => Some(Idp::Google),
            Format::EntraUsers => Some(Idp::Entra),
            Format::OktaUsers | Format::OktaGroups => Some(Idp::Okta),
            Format::Scim | Format::Plain => None,
        }
    }

    /// Whether the format lists users (as opposed to group memberships only).
    pub const fn lists_users(self) -> bool {
        !matches!(self, Format::GoogleMembers | Format::OktaGroups)
    }

    fn reader(self) -> fn(&str, &str, Pick) -> Result<Records, ImportErrors> {
        match self {
            Format::Scim => scim::read_picked,
            Format::GoogleUsers => |text, file, _| read_google_users(text, file),
            Format::GoogleMembers => |text, file, _| read_google_members(text, file),
            Format::EntraUsers => formats::entra_users,
            Format::OktaUsers => formats::okta_users,
            Format::OktaGroups => |text, file, _| read_okta_groups(text, file),
            Format::Plain => formats::plain,
        }
    }

    /// R26: the attributes of this format that hold a user's address (none for the formats
    /// that list group memberships only).
    pub const fn addresses(self) -> &'static [Attribute] {
        match self {
            Format::Scim => &[Attribute::UserName, Attribute::Emails],
            Format::GoogleUsers => &[Attribute::PrimaryEmail],
            Format::EntraUsers => &[Attribute::UserPrincipalName, Attribute::Mail],
            Format::OktaUsers => &[Attribute::Login, Attribute::Email],
            Format::Plain => &[Attribute::Email, Attribute::SsoEmail],
            Format::GoogleMembers | Format::OktaGroups => &[],
        }
    }

    /// R26: the attributes the identity provider's documented default mapping sends, to SCIM
    /// (the address the account is provisioned under, `email`) and in the SSO assertion
    /// (`sso_email`): CONTRACT.md, "Which address is which". `None` for the formats that list
    /// group memberships only.
    pub const fn default_addresses(self) -> Option<(Attribute, Attribute)> {
        match self {
            // Okta (13917840): SCIM userName = user.login; SAML/OIDC usually user.email.
            Format::OktaUsers => Some((Attribute::Login, Attribute::Email)),
            // Entra (13917829): SCIM userName = userPrincipalName, and so is the SAML name
            // identifier's default claim.
            Format::EntraUsers => {
                Some((Attribute::UserPrincipalName, Attribute::UserPrincipalName))
            }
            // Google Workspace (13917817, 13917884): primaryEmail for both.
            Format::GoogleUsers => Some((Attribute::PrimaryEmail, Attribute::PrimaryEmail)),
            // SCIM: the account is the `userName`; SSO usually sends the primary email.
            Format::Scim => Some((Attribute::UserName, Attribute::Emails)),
            // The planner's own format: its two columns.
            Format::Plain => Some((Attribute::Email, Attribute::SsoEmail)),
            Format::GoogleMembers | Format::OktaGroups => None,
        }
    }
}

/// R26: an attribute of an export that holds a user's address, as `--scim-email` and
/// `--sso-email` name it (in any letter case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribute {
    /// SCIM `userName`.
    UserName,
    /// SCIM `emails`: the primary one (else the first).
    Emails,
    /// Google Workspace's `Email Address [Required]`, the primary email.
    PrimaryEmail,
    /// Entra `userPrincipalName`.
    UserPrincipalName,
    /// Entra `mail`.
    Mail,
    /// Okta `login`.
    Login,
    /// Okta and plain CSV `email`.
    Email,
    /// Plain CSV `sso_email`.
    SsoEmail,
}

impl Attribute {
    pub const ALL: [Attribute; 8] = [
        Attribute::UserName,
        Attribute::Emails,
        Attribute::PrimaryEmail,
        Attribute::UserPrincipalName,
        Attribute::Mail,
        Attribute::Login,
        Attribute::Email,
        Attribute::SsoEmail,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Attribute::UserName => "userName",
            Attribute::Emails => "emails",
            Attribute::PrimaryEmail => "primaryEmail",
            Attribute::UserPrincipalName => "userPrincipalName",
            Attribute::Mail => "mail",
            Attribute::Login => "login",
            Attribute::Email => "email",
            Attribute::SsoEmail => "sso_email",
        }
    }

    /// The attribute named `name`, in any letter case.
    pub fn from_id(name: &str) -> Option<Attribute> {
        Attribute::ALL
            .into_iter()
            .find(|a| a.id().eq_ignore_ascii_case(name.trim()))
    }
}

/// R26: which attribute of a file gives the address SCIM provisions and which the one SSO
/// sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pick {
    pub scim: Attribute,
    pub sso: Attribute,
}

impl Pick {
    /// The defaults of `format`, or the options' choices (checked to be the format's).
    fn of(format: Format, options: &Options) -> Result<Pick, String> {
        let Some((scim, sso)) = format.default_addresses() else {
            // Group memberships only: no address to choose.
            return Ok(Pick {
                scim: Attribute::Email,
                sso: Attribute::Email,
            });
        };
        let check = |chosen: Option<Attribute>, default: Attribute, what: &str| {
            let Some(a) = chosen else {
                return Ok(default);
            };
            if format.addresses().contains(&a) {
                return Ok(a);
            }
            let has: Vec<&str> = format.addresses().iter().map(|a| a.id()).collect();
            Err(format!(
                "the {what} attribute `{}` is not one of the {}'s: {}",
                a.id(),
                format.label(),
                has.join(", ")
            ))
        };
        Ok(Pick {
            scim: check(options.scim_email, scim, "SCIM email")?,
            sso: check(options.sso_email, sso, "SSO email")?,
        })
    }
}

impl core::fmt::Display for Format {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.id())
    }
}

/// A problem with a file, at a line and column (1-based; the column counts characters).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct ImportError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl ImportError {
    pub fn new(file: &str, at: Pos, message: impl Into<String>) -> Self {
        ImportError {
            file: file.to_owned(),
            line: at.line,
            column: at.column,
            message: message.into(),
        }
    }
}

/// Every error found, in file and line order. Never empty.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("{}", self.lines())]
#[serde(transparent)]
pub struct ImportErrors(pub Vec<ImportError>);

impl ImportErrors {
    /// One line per error: `file:line:column: message`.
    pub fn lines(&self) -> String {
        self.0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn iter(&self) -> core::slice::Iter<'_, ImportError> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<ImportError> for ImportErrors {
    fn from(e: ImportError) -> Self {
        ImportErrors(vec![e])
    }
}

/// What a warning is about, for programs (and translations) that react to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// The same person under emails differing only in letter case.
    CaseVariant,
    /// The same email listed twice in one user list.
    Repeated,
    /// A sign-in name (Entra `userPrincipalName`, Okta `login`, SCIM `userName`) that differs
    /// from the email used: SSO and SCIM may then not match the same person.
    SignInNameDiffers,
    /// A group member missing from the user lists imported (left out).
    MemberNotListed,
    /// A deactivated, suspended or disabled user (imported as not assigned).
    Deactivated,
    /// A group inside a group (not expanded).
    NestedGroup,
    /// The file is one page of a longer listing, or holds nothing to import.
    Incomplete,
    /// No file lists users: group members are taken as the users.
    NoUserList,
    /// A name or group that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`):
    /// kept as text; the planner's CSV exports neutralize it.
    FormulaLike,
    /// A name, group or email with a character one cannot see (a control character, a
    /// zero-width space, a byte-order mark inside, a direction mark): kept as it is.
    HiddenCharacter,
    /// An email that only looks like another one of the import (a Cyrillic `а` for a Latin
    /// `a`): two different people.
    LookalikeEmail,
}

impl WarningKind {
    pub const ALL: [WarningKind; 11] = [
        WarningKind::CaseVariant,
        WarningKind::Repeated,
        WarningKind::SignInNameDiffers,
        WarningKind::MemberNotListed,
        WarningKind::Deactivated,
        WarningKind::NestedGroup,
        WarningKind::Incomplete,
        WarningKind::NoUserList,
        WarningKind::FormulaLike,
        WarningKind::HiddenCharacter,
        WarningKind::LookalikeEmail,
    ];

    /// The id as serialized (`case_variant`).
    pub const fn id(self) -> &'static str {
        match self {
            WarningKind::CaseVariant => "case_variant",
            WarningKind::Repeated => "repeated",
            WarningKind::SignInNameDiffers => "sign_in_name_differs",
            WarningKind::MemberNotListed => "member_not_listed",
            WarningKind::Deactivated => "deactivated",
            WarningKind::NestedGroup => "nested_group",
            WarningKind::Incomplete => "incomplete",
            WarningKind::NoUserList => "no_user_list",
            WarningKind::FormulaLike => "formula_like",
            WarningKind::HiddenCharacter => "hidden_character",
            WarningKind::LookalikeEmail => "lookalike_email",
        }
    }
}

/// Suspicious but valid data. `line` and `column` are 0 when the warning concerns the file
/// as a whole.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ImportWarning {
    pub kind: WarningKind,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl core::fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: warning: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: warning: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

/// One user as a file lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserRecord {
    /// The address SCIM provisions the account under.
    pub email: String,
    /// R26: the address SSO sends, where it is not `email` exactly.
    pub sso_email: Option<String>,
    pub name: Option<String>,
    /// `Some(false)`: deactivated or not assigned; `None`: nothing said (assigned).
    pub assigned: Option<bool>,
    pub groups: Vec<String>,
    /// Where the email is.
    pub at: Pos,
    /// SCIM `id`, to match `Group.members[].value`.
    pub scim_id: Option<String>,
    /// Other names the user signs in with (Entra `userPrincipalName`, Okta `login`, SCIM
    /// `userName`), to match group members listed by them.
    pub aliases: Vec<String>,
}

/// "`email` is a member of `group`", as a membership file says it. `email` may also be a
/// user's sign-in name (Okta `login`), matched against [`UserRecord::aliases`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub group: String,
    pub email: String,
    pub at: Pos,
}

/// What one file says: users, memberships and warnings, before merging.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Records {
    pub file: String,
    pub format: Format,
    pub users: Vec<UserRecord>,
    pub memberships: Vec<Membership>,
    pub warnings: Vec<ImportWarning>,
    /// The errors of the rows left out (each bad row adds nothing to the records), in line
    /// order.
    pub bad: Vec<ImportError>,
    /// Rows (SCIM: resources) read without a problem, and rows left out.
    pub rows: usize,
    pub bad_rows: usize,
    /// SCIM groups, resolved against users of every file when merging.
    pub(crate) scim_groups: Vec<scim::Group>,
    /// SCIM `User.groups[]` given by group id only.
    pub(crate) scim_refs: Vec<scim::GroupRef>,
}

impl Records {
    fn new(file: &str, format: Format) -> Self {
        Records {
            file: file.to_owned(),
            format,
            users: Vec::new(),
            memberships: Vec::new(),
            warnings: Vec::new(),
            bad: Vec::new(),
            rows: 0,
            bad_rows: 0,
            scim_groups: Vec::new(),
            scim_refs: Vec::new(),
        }
    }
}

/// A file to import: its name (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The merged directory, the warnings, and the format recognised for each file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub directory: DirectoryDoc,
    pub warnings: Vec<ImportWarning>,
    pub formats: Vec<Format>,
    /// With [`Options::skip_bad_rows`]: the errors of the rows left out, in file and line
    /// order (at most [`MAX_ERRORS`] and a last one counting the rest); else empty.
    pub skipped: Vec<ImportError>,
    /// Rows (SCIM: resources) imported, and rows (SCIM: resources or group members) left out.
    pub rows: usize,
    pub bad_rows: usize,
}

/// How [`import_with`] reads the files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// One format for every file; `None`: each file's is recognised from its content.
    pub format: Option<Format>,
    /// Import the good rows and list the bad ones, rather than reject the import.
    pub skip_bad_rows: bool,
    /// R26: the attribute that gives `email`, the address SCIM provisions; `None`: the
    /// format's default ([`Format::default_addresses`]). Must be one of each user-listing
    /// file's [`Format::addresses`].
    pub scim_email: Option<Attribute>,
    /// R26: the attribute that gives the address SSO sends (`sso_email` where it differs).
    pub sso_email: Option<Attribute>,
}

/// Reads every file (its format recognised from its content, or `format` for all) and merges
/// them: users in first-seen order, emails compared case-insensitively, group memberships
/// united. `idp` is the vendor when every file is that vendor's export, else `other`. A bad
/// row rejects the import ([`import_with`] may skip them).
pub fn import(files: &[SourceFile<'_>], format: Option<Format>) -> Result<Imported, ImportErrors> {
    import_with(
        files,
        Options {
            format,
            ..Options::default()
        },
    )
}

/// [`import`], with the bad rows left out and listed when `options` say so. A problem with
/// a file as a whole still rejects the import, with every error found.
pub fn import_with(files: &[SourceFile<'_>], options: Options) -> Result<Imported, ImportErrors> {
    let mut records = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for file in files {
        match read_with(file.text, file.name, &options) {
            Ok(mut r) => {
                if !options.skip_bad_rows {
                    errors.append(&mut r.bad);
                }
                records.push(r);
            }
            Err(e) => errors.extend(e.0),
        }
    }
    if !errors.is_empty() {
        return Err(cap(errors));
    }
    merge::merge(records, options.skip_bad_rows).map_err(cap)
}

/// Reads one file, in `format` or in the format recognised from its content. Its bad rows
/// are left out of the records and listed in [`Records::bad`]; `Err` is a problem with the
/// file as a whole (with the bad rows' errors too).
pub fn read(text: &str, file: &str, format: Option<Format>) -> Result<Records, ImportErrors> {
    read_with(
        text,
        file,
        &Options {
            format,
            ..Options::default()
        },
    )
}

/// [`read`] with the choices of `options`: the format, and which attributes give the
/// addresses SCIM provisions and SSO sends (an attribute the file's format does not have is
/// an error).
pub fn read_with(text: &str, file: &str, options: &Options) -> Result<Records, ImportErrors> {
    if text.len() > MAX_FILE_BYTES {
        return Err(text::too_large(file, text.len()).into());
    }
    let format = match options.format {
        Some(f) => f,
        None => recognise(text, file)?,
    };
    let pick = Pick::of(format, options).map_err(|m| ImportError::new(file, Pos::START, m))?;
    format.reader()(text, file, pick)
}

/// The format of a file, recognised from its content: JSON is SCIM; CSV by its header line.
pub fn detect(text: &str) -> Option<Format> {
    recognise(text, "").ok()
}

fn recognise(text: &str, file: &str) -> Result<Format, ImportError> {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.is_empty() {
        return Err(ImportError::new(file, Pos::START, "the file is empty"));
    }
    if body.starts_with('{') || body.starts_with('[') {
        return Ok(Format::Scim);
    }
    let mut sink = Sink::new(file);
    let header = table::read(header_only(text), &mut sink)
        .map(|t| t.headers)
        .unwrap_or_default();
    let has = |key: &str| header.iter().any(|h| h.key == key);
    let has_any = |keys: &[&str]| keys.iter().any(|k| has(k));
    let format = if has(formats::GOOGLE_GROUP) && has(formats::GOOGLE_MEMBER) {
        Format::GoogleMembers
    } else if has(formats::GOOGLE_EMAIL) {
        Format::GoogleUsers
    } else if has(formats::ENTRA_UPN) {
        Format::EntraUsers
    } else if has_any(formats::OKTA_GROUP) && has_any(formats::OKTA_MEMBER) {
        Format::OktaGroups
    } else if has_any(formats::OKTA_LOGIN) && has_any(formats::OKTA_EMAIL) {
        Format::OktaUsers
    } else if has(formats::PLAIN_EMAIL) {
        Format::Plain
    } else {
        let named = header
            .iter()
            .take(6)
            .map(|h| format!("`{}`", h.raw))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(ImportError::new(
            file,
            Pos::START,
            format!(
                "cannot tell the format: no `email` column (header: {named}); \
                 expected SCIM JSON or a CSV export with `email`, `Email Address [Required]`, \
                 `Group Email [Required]`, `userPrincipalName` or `login` (or give --format)"
            ),
        ));
    };
    Ok(format)
}

/// The text up to the end of the header line (which may hold quoted line breaks), plus the
/// `sep=` line before it if any.
fn header_only(text: &str) -> &str {
    let mut quoted = false;
    let mut seen_sep = !text.trim_start_matches('\u{feff}').starts_with("sep=");
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                if seen_sep {
                    return text.get(..=i).unwrap_or(text);
                }
                seen_sep = true;
            }
            _ => {}
        }
    }
    text
}

pub(crate) fn cap(mut errors: Vec<ImportError>) -> ImportErrors {
    if errors.len() > MAX_ERRORS {
        let more = errors.len() - MAX_ERRORS;
        errors.truncate(MAX_ERRORS);
        if let Some(last) = errors.last() {
            let e = ImportError {
                message: format!("… and {more} more errors"),
                ..last.clone()
            };
            errors.push(e);
        }
    }
    ImportErrors(errors)
}

/// Collects one file's errors and warnings: problems with the file as a whole in `errors`,
/// those of rows read by [`Sink::row`] in `bad`.
pub(crate) struct Sink {
    pub file: String,
    pub errors: Vec<ImportError>,
    pub warnings: Vec<ImportWarning>,
    pub bad: Vec<ImportError>,
    pub rows: usize,
    pub bad_rows: usize,
}

impl Sink {
    pub(crate) fn new(file: &str) -> Self {
        Sink {
            file: file.to_owned(),
            errors: Vec::new(),
            warnings: Vec::new(),
            bad: Vec::new(),
            rows: 0,
            bad_rows: 0,
        }
    }

    pub(crate) fn error(&mut self, at: Pos, message: impl Into<String>) {
        self.errors.push(ImportError::new(&self.file, at, message));
    }

    pub(crate) fn warn(&mut self, kind: WarningKind, at: Pos, message: impl Into<String>) {
        self.warnings.push(ImportWarning {
            kind,
            file: self.file.clone(),
            line: at.line,
            column: at.column,
            message: message.into(),
        });
    }

    /// A row that cannot be read at all: left out, with its error.
    pub(crate) fn bad_row(&mut self, at: Pos, message: impl Into<String>) {
        self.bad.push(ImportError::new(&self.file, at, message));
        self.bad_rows += 1;
    }

    /// Reads one row into `out` with `read`; a row with an error adds nothing (neither
    /// records nor warnings), and its errors go to the bad rows.
    pub(crate) fn row(&mut self, out: &mut Records, read: impl FnOnce(&mut Sink, &mut Records)) {
        let mark = self.mark(out);
        read(self, out);
        self.close(mark, out);
    }

    /// Where a row starts: what the sink and the records hold before it.
    pub(crate) fn mark(&self, out: &Records) -> [usize; 6] {
        [
            self.errors.len(),
            self.warnings.len(),
            out.users.len(),
            out.memberships.len(),
            out.scim_groups.len(),
            out.scim_refs.len(),
        ]
    }

    /// Ends the row started at `mark`: counted as read, or, when it had an error, taken back
    /// and counted as bad.
    pub(crate) fn close(&mut self, mark: [usize; 6], out: &mut Records) {
        let [errors, warnings, users, memberships, groups, refs] = mark;
        if self.errors.len() == errors {
            self.rows += 1;
            return;
        }
        self.bad.extend(self.errors.drain(errors..));
        self.warnings.truncate(warnings);
        out.users.truncate(users);
        out.memberships.truncate(memberships);
        out.scim_groups.truncate(groups);
        out.scim_refs.truncate(refs);
        self.bad_rows += 1;
    }

    /// The records with their bad rows, or, when the file as a whole has a problem, every
    /// error found, in line order.
    pub(crate) fn finish(mut self, mut records: Records) -> Result<Records, ImportErrors> {
        self.bad.sort_by_key(|e| (e.line, e.column));
        if self.errors.is_empty() {
            self.warnings.sort_by_key(|w| (w.line, w.column));
            records.warnings = self.warnings;
            records.bad = self.bad;
            records.rows = self.rows;
            records.bad_rows = self.bad_rows;
            Ok(records)
        } else {
            self.errors.append(&mut self.bad);
            self.errors.sort_by_key(|e| (e.line, e.column));
            Err(cap(self.errors))
        }
    }
}

/// An email as found in a cell or a value: trimmed; a problem if it is not an email.
pub(crate) fn check_email(raw: &str) -> Result<String, String> {
    let email = raw.trim();
    match crate::scenario::email_problem(email) {
        None => Ok(email.to_owned()),
        Some(problem) => Err(format!("email `{email}` {problem}")),
    }
}

/// A display name: trimmed; `None` when empty.
pub(crate) fn name_of(parts: &[&str]) -> Option<String> {
    let name = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()).then_some(name)
}
