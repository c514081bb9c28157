//! The messages between the page and the importer's worker: typed, written with serde in
//! postcard's compact binary form and posted as bytes (transferred, not copied).
//!
//! The page posts a [`Request`] with the files beside it (the browser's own `File`s, or
//! text); the worker answers with an [`Answer`]: a [`Response`], whose problems keep what the
//! importer said ([`Found`]), or what it could not read of the request. Every message starts
//! with [`WIRE`], the version of their layout, so that a page and a worker of different
//! builds (a browser may keep an old worker cached) say so rather than misread each other. An
//! answer the page cannot read is a [`WorkerFailure`], shown as a notice with what was wrong.
//!
//! Postcard rather than JSON, by measurement (brotli): the page carries no JSON deserializer,
//! and a field-less format needs only the sequence half of serde's visitors. JSON read by
//! serde_json added 12.1 KB to the app, structured clones read by serde-wasm-bindgen 11.4 KB,
//! either past its 250 KB budget; postcard adds 0.7 KB, and the worker, which no longer needs
//! serde_json or the scenario reader, is 12.3 KB smaller.

use std::borrow::Cow;
use std::sync::Arc;

use provplan_core::doc::{DirectoryDoc, MemberDoc, UserDoc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Target;
use crate::i18n::{Text, msg};

/// The version of the messages' layout, written first in each. Bump it whenever a type they
/// carry changes (`the_layout_is_pinned` fails until the bytes it expects are updated).
pub const WIRE: u32 = 4;

/// What the page asks the worker: read the files sent with it (or a sample's) for `target`;
/// for the directory, also merge them with `current`, and check the groups the setup maps
/// (`mapped`) against those imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub target: Target,
    pub sample: Option<String>,
    #[serde(with = "directory_or_none")]
    pub current: Option<DirectoryDoc>,
    pub mapped: Vec<String>,
    /// Name groups named by email by the part before `@`.
    pub without_domains: bool,
}

impl Request {
    /// The request as the page posts it.
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(self)
    }
}

/// A problem as the worker reports it: file, line, column, kind and words exactly as the
/// importer produced them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub file: String,
    /// 1-based; 0 for the file as a whole.
    pub line: usize,
    pub column: usize,
    /// A warning's kind (`provplan_core::import::WarningKind::id`); `None` for an error.
    pub kind: Option<String>,
    pub words: Words,
}

impl Found {
    /// One of the planner's own problems, with no file in particular.
    pub fn planner(words: Words) -> Found {
        Found {
            file: String::new(),
            line: 0,
            column: 0,
            kind: None,
            words,
        }
    }

    pub fn of_error(e: provplan_core::import::ImportError) -> Found {
        Found {
            file: e.file,
            line: e.line,
            column: e.column,
            kind: None,
            words: Words::Importer(e.message),
        }
    }

    pub fn of_warning(w: provplan_core::import::ImportWarning) -> Found {
        Found {
            file: w.file,
            line: w.line,
            column: w.column,
            kind: Some(w.kind.id().to_owned()),
            words: Words::Importer(w.message),
        }
    }
}

/// What a problem says: the importer's words, or one of the planner's own messages (shown in
/// the page's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Words {
    /// The importer's words (English), as it wrote them.
    Importer(String),
    /// No file was given (`import-no-files`).
    NoFiles,
    /// A member list was given in more than one file (`members-one-file`).
    OneMembersFile,
}

impl Words {
    pub fn text(self) -> Text {
        match self {
            Words::Importer(words) => Text::Raw(words),
            Words::NoFiles => msg::import_no_files(),
            Words::OneMembersFile => msg::members_one_file(),
        }
    }
}

/// How an imported group looks like a mapped one
/// (`provplan_core::import::Likeness`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Like {
    WithoutDomain,
    Case,
    Prefix,
}

/// A mapped group the import does not contain, and the imported groups like it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Missing {
    pub mapped: String,
    pub like: Vec<(String, Like)>,
}

/// What the worker found besides the directory: the bad rows (left out of it), the mapped
/// groups missing, and how many memberships lost their domain.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    /// The errors of the bad rows, which the directory leaves out.
    pub bad: Vec<Found>,
    /// Rows imported and rows left out.
    pub rows: usize,
    pub bad_rows: usize,
    pub missing: Vec<Missing>,
    /// Memberships renamed without their domain (when the request asked for it).
    pub renamed: usize,
}

/// The files read, as the worker reports them.
#[allow(
    clippy::large_enum_variant,
    reason = "one response per import, moved a few times: a box would only add an allocation"
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    Directory {
        /// The files read, and the format recognised for each (its id).
        names: Vec<String>,
        formats: Vec<String>,
        #[serde(with = "directory")]
        directory: DirectoryDoc,
        warnings: Vec<Found>,
        /// The current directory merged with the files (`None` when it was empty).
        #[serde(with = "merged")]
        merged: Option<Result<DirectoryDoc, Vec<Found>>>,
        checked: Checked,
    },
    Members {
        name: String,
        #[serde(with = "members")]
        members: Vec<Arc<MemberDoc>>,
    },
    Failed {
        names: Vec<String>,
        errors: Vec<Found>,
    },
}

/// What the worker posts back: the files read, or why it could not read the request.
#[allow(
    clippy::large_enum_variant,
    reason = "one response per import, moved a few times: a box would only add an allocation"
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Read(Response),
    /// What the worker's reader said of the page's request.
    Unreadable(String),
}

/// Why the importer's worker gave no answer the page can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkerFailure {
    /// The worker could not read the page's request: what its reader said.
    Unreadable(String),
    /// The page could not read the worker's answer: what the page's reader said.
    Garbled(String),
    /// It stopped, or could not start: the browser's or the worker's own words.
    Stopped(String),
    /// Its script could not be loaded (the server is gone, or the page is offline).
    NotLoaded,
}

impl WorkerFailure {
    /// The reason, in the page's words where they are the planner's own.
    pub fn text(&self) -> Text {
        match self {
            WorkerFailure::Unreadable(why) => msg::import_request_unreadable(why),
            WorkerFailure::Garbled(why) => msg::import_garbled(why),
            WorkerFailure::Stopped(reason) => Text::raw(reason.clone()),
            WorkerFailure::NotLoaded => msg::import_not_loaded(),
        }
    }
}

/// The worker's side of a message: the page's request and the files sent with it, to the
/// answer.
pub fn answer(request: &[u8], files: Vec<(String, Vec<u8>)>) -> Vec<u8> {
    let answer = match decode::<Request>(request) {
        Ok(request) => Answer::Read(super::run(&request, files)),
        Err(why) => Answer::Unreadable(why),
    };
    encode(&answer)
}

/// The page's reading of a message from the worker (`import-worker.js`): its `answer`, or the
/// `error` it stopped with.
pub fn posted(answer: Option<Vec<u8>>, error: Option<String>) -> Result<Response, WorkerFailure> {
    match (answer, error) {
        (Some(answer), _) => answer_of(&answer),
        (None, Some(error)) => Err(WorkerFailure::Stopped(error)),
        (None, None) => Err(WorkerFailure::Garbled(
            "the worker's message has neither `answer` bytes nor an `error`".to_owned(),
        )),
    }
}

/// The page's reading of the worker's answer: its response, or what went wrong.
pub fn answer_of(bytes: &[u8]) -> Result<Response, WorkerFailure> {
    match decode(bytes) {
        Ok(Answer::Read(response)) => Ok(response),
        Ok(Answer::Unreadable(why)) => Err(WorkerFailure::Unreadable(why)),
        Err(why) => Err(WorkerFailure::Garbled(why)),
    }
}

/// [`WIRE`], then the message.
fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    // Cannot fail: every list has a known length, and nothing is written as `collect_str`.
    // Were it to, the reader would say the message ended early.
    postcard::to_extend(&WIRE, Vec::new())
        .and_then(|bytes| postcard::to_extend(message, bytes))
        .unwrap_or_default()
}

/// A message written by [`encode`], or what was wrong with it.
fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let (wire, rest) = postcard::take_from_bytes::<u32>(bytes).map_err(said)?;
    if wire != WIRE {
        return Err(format!(
            "it is of another build of the planner (messages of version {wire}, not {WIRE})"
        ));
    }
    match postcard::take_from_bytes::<T>(rest) {
        Ok((message, [])) => Ok(message),
        Ok((_, rest)) => Err(format!(
            "more bytes follow the end of the message ({})",
            rest.len()
        )),
        Err(e) => Err(said(e)),
    }
}

/// What was wrong, in the planner's words (postcard's own, 0.3 KB of the page, say the same
/// less plainly). Its one error from serde itself is, in these messages, a variant of an
/// enum out of range.
fn said(e: postcard::Error) -> String {
    use postcard::Error as E;
    match e {
        E::SerdeDeCustom => "a kind of message, target or problem that this build does not know",
        E::DeserializeUnexpectedEnd => "it ends before the message does",
        E::DeserializeBadVarint => "it holds a number that does not end",
        E::DeserializeBadUtf8 | E::DeserializeBadChar => "it holds text that is not UTF-8",
        E::DeserializeBadBool | E::DeserializeBadOption | E::DeserializeBadEnum => {
            "it holds a value out of range"
        }
        _ => "it is not a message of this planner",
    }
    .to_owned()
}

// The documents a message carries, with every field written in order: their own serde form
// leaves empty fields out, as scenario JSON does, which a format without field names could not
// read back. Written from the documents as they are (no copy of the users), read into new ones.

#[derive(Serialize, Deserialize)]
struct Directory<'a> {
    idp: Option<Cow<'a, str>>,
    scim_connected: Option<bool>,
    users: Vec<User<'a>>,
}

#[derive(Serialize, Deserialize)]
struct User<'a> {
    email: Cow<'a, str>,
    sso_email: Option<Cow<'a, str>>,
    name: Option<Cow<'a, str>>,
    assigned: Option<bool>,
    groups: Cow<'a, [String]>,
}

#[derive(Serialize, Deserialize)]
struct Member<'a> {
    email: Cow<'a, str>,
    role: Cow<'a, str>,
    seat_tier: Option<Cow<'a, str>>,
    primary_owner: Option<bool>,
}

impl<'a> Directory<'a> {
    fn of(d: &'a DirectoryDoc) -> Directory<'a> {
        Directory {
            idp: d.idp.as_deref().map(Cow::Borrowed),
            scim_connected: d.scim_connected,
            users: d
                .users
                .iter()
                .map(|u| User {
                    email: Cow::Borrowed(&u.email),
                    sso_email: u.sso_email.as_deref().map(Cow::Borrowed),
                    name: u.name.as_deref().map(Cow::Borrowed),
                    assigned: u.assigned,
                    groups: Cow::Borrowed(&u.groups),
                })
                .collect(),
        }
    }

    fn doc(self) -> DirectoryDoc {
        DirectoryDoc {
            idp: self.idp.map(Cow::into_owned),
            scim_connected: self.scim_connected,
            users: self
                .users
                .into_iter()
                .map(|u| {
                    Arc::new(UserDoc {
                        email: u.email.into_owned(),
                        sso_email: u.sso_email.map(Cow::into_owned),
                        name: u.name.map(Cow::into_owned),
                        assigned: u.assigned,
                        groups: u.groups.into_owned(),
                    })
                })
                .collect(),
        }
    }
}

impl<'a> Member<'a> {
    fn of(m: &'a MemberDoc) -> Member<'a> {
        Member {
            email: Cow::Borrowed(&m.email),
            role: Cow::Borrowed(&m.role),
            seat_tier: m.seat_tier.as_deref().map(Cow::Borrowed),
            primary_owner: m.primary_owner,
        }
    }

    fn doc(self) -> Arc<MemberDoc> {
        Arc::new(MemberDoc {
            email: self.email.into_owned(),
            role: self.role.into_owned(),
            seat_tier: self.seat_tier.map(Cow::into_owned),
            primary_owner: self.primary_owner,
        })
    }
}

mod directory {
    use super::*;

    pub fn serialize<S: Serializer>(d: &DirectoryDoc, s: S) -> Result<S::Ok, S::Error> {
        Directory::of(d).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DirectoryDoc, D::Error> {
        Directory::deserialize(d).map(Directory::doc)
    }
}

mod directory_or_none {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<DirectoryDoc>, s: S) -> Result<S::Ok, S::Error> {
        d.as_ref().map(Directory::of).serialize(s)
    }

    pub fn deserialize<'de, D>(d: D) -> Result<Option<DirectoryDoc>, D::Error>
    where
        D: Deserializer<'de>,
    {
        Option::<Directory<'_>>::deserialize(d).map(|d| d.map(Directory::doc))
    }
}

mod merged {
    use super::*;

    type Merged = Option<Result<DirectoryDoc, Vec<Found>>>;

    pub fn serialize<S: Serializer>(m: &Merged, s: S) -> Result<S::Ok, S::Error> {
        m.as_ref()
            .map(|r| r.as_ref().map(Directory::of))
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Merged, D::Error> {
        Option::<Result<Directory<'_>, Vec<Found>>>::deserialize(d)
            .map(|m| m.map(|r| r.map(Directory::doc)))
    }
}

mod members {
    use super::*;

    pub fn serialize<S: Serializer>(m: &[Arc<MemberDoc>], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(m.iter().map(|m| Member::of(m)))
    }

    pub fn deserialize<'de, D>(d: D) -> Result<Vec<Arc<MemberDoc>>, D::Error>
    where
        D: Deserializer<'de>,
    {
        Vec::<Member<'_>>::deserialize(d).map(|m| m.into_iter().map(Member::doc).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text the old framing could not carry: its separators, quotes, lines, other scripts.
    const AWKWARD: &str = "a\u{1}b\u{2}c\u{3}d\u{4}import-no-files \"q\" 'r' \\ \n\r\t é 名前 😀";

    fn user(email: &str, name: Option<&str>, groups: &[&str]) -> Arc<UserDoc> {
        Arc::new(UserDoc {
            email: email.to_owned(),
            sso_email: None,
            name: name.map(str::to_owned),
            assigned: Some(false),
            groups: groups.iter().map(|g| (*g).to_owned()).collect(),
        })
    }

    #[test]
    fn requests_cross_unchanged() {
        let request = Request {
            target: Target::Members(7),
            sample: Some(AWKWARD.to_owned()),
            current: Some(DirectoryDoc {
                idp: Some(AWKWARD.to_owned()),
                scim_connected: Some(true),
                users: vec![
                    user(AWKWARD, Some(AWKWARD), &[AWKWARD, ""]),
                    user("b@x.io", None, &[]),
                    // R26: the address SSO sends crosses too.
                    Arc::new(UserDoc {
                        sso_email: Some("B@x.io".to_owned()),
                        ..(*user("b@x.io", None, &[])).clone()
                    }),
                ],
            }),
            mapped: Vec::new(),
            without_domains: false,
        };
        assert_eq!(decode::<Request>(&request.to_bytes()), Ok(request));
        let plain = Request {
            target: Target::Directory,
            sample: None,
            current: None,
            mapped: Vec::new(),
            without_domains: false,
        };
        assert_eq!(decode::<Request>(&plain.to_bytes()), Ok(plain));
    }

    #[test]
    fn responses_cross_unchanged() {
        let found = |kind: Option<&str>, words: Words| Found {
            file: AWKWARD.to_owned(),
            line: usize::MAX,
            column: 0,
            kind: kind.map(str::to_owned),
            words,
        };
        let directory = DirectoryDoc {
            idp: None,
            scim_connected: None,
            users: vec![user(AWKWARD, Some("Zoë \"Z\""), &["a;b", AWKWARD])],
        };
        let responses = [
            Response::Directory {
                names: vec![AWKWARD.to_owned(), String::new(), "ü.csv".to_owned()],
                formats: vec!["plain".to_owned(), AWKWARD.to_owned()],
                directory: directory.clone(),
                warnings: vec![
                    found(Some("repeated"), Words::Importer(AWKWARD.to_owned())),
                    found(Some(""), Words::Importer(String::new())),
                ],
                merged: Some(Ok(directory.clone())),
                checked: Checked {
                    bad: vec![found(None, Words::Importer(AWKWARD.to_owned()))],
                    rows: usize::MAX,
                    bad_rows: 1,
                    missing: vec![Missing {
                        mapped: AWKWARD.to_owned(),
                        like: vec![
                            (AWKWARD.to_owned(), Like::WithoutDomain),
                            (String::new(), Like::Prefix),
                        ],
                    }],
                    renamed: 3,
                },
            },
            Response::Directory {
                names: Vec::new(),
                formats: Vec::new(),
                directory: DirectoryDoc::default(),
                warnings: Vec::new(),
                merged: Some(Err(vec![found(None, Words::Importer(AWKWARD.to_owned()))])),
                checked: Checked::default(),
            },
            Response::Directory {
                names: vec!["u.csv".to_owned()],
                formats: vec!["plain".to_owned()],
                directory,
                warnings: Vec::new(),
                merged: None,
                checked: Checked::default(),
            },
            Response::Members {
                name: AWKWARD.to_owned(),
                members: vec![Arc::new(MemberDoc {
                    email: AWKWARD.to_owned(),
                    role: "owner".to_owned(),
                    seat_tier: Some(AWKWARD.to_owned()),
                    primary_owner: None,
                })],
            },
            Response::Failed {
                names: vec![AWKWARD.to_owned()],
                errors: vec![
                    found(None, Words::NoFiles),
                    found(None, Words::OneMembersFile),
                    found(None, Words::Importer(AWKWARD.to_owned())),
                ],
            },
        ];
        for response in responses {
            let bytes = encode(&Answer::Read(response.clone()));
            assert_eq!(answer_of(&bytes), Ok(response));
        }
        let bytes = encode(&Answer::Unreadable(AWKWARD.to_owned()));
        assert_eq!(
            answer_of(&bytes),
            Err(WorkerFailure::Unreadable(AWKWARD.to_owned()))
        );
    }

    #[test]
    fn an_answer_that_cannot_be_read_says_what_failed() {
        let garbled = |bytes: &[u8]| match answer_of(bytes) {
            Err(WorkerFailure::Garbled(why)) => why,
            other => panic!("{bytes:?}: {other:?}"),
        };
        let failed = encode(&Answer::Read(Response::Failed {
            names: vec!["é.csv".to_owned()],
            errors: vec![Found::planner(Words::NoFiles)],
        }));
        assert!(answer_of(&failed).is_ok());
        let (_, body) = failed.split_first().unwrap();
        let wire = u8::try_from(WIRE).unwrap();
        let another_build = [&[wire + 1], body].concat();
        let mut bad_utf8 = failed.clone();
        // The last byte of the name `é.csv`'s `é`, then that of a `"`.
        let e = failed.iter().position(|b| *b == 0xa9).unwrap();
        bad_utf8[e] = b'"';
        // The problem's kind (`None`, after its file, line and column) as neither 0 nor 1.
        let mut bad_option = failed.clone();
        bad_option[failed.len() - 2] = 7;
        let mut unknown_words = failed.clone();
        *unknown_words.last_mut().unwrap() = 9;
        for (bytes, says) in [
            (&[][..], "it ends before the message does"),
            (
                &failed[..failed.len() - 1],
                "it ends before the message does",
            ),
            (
                &[failed.as_slice(), &[0]].concat()[..],
                "more bytes follow the end of the message (1)",
            ),
            (
                &another_build,
                "another build of the planner (messages of version 5, not 4)",
            ),
            (&bad_utf8, "it holds text that is not UTF-8"),
            (&bad_option, "it holds a value out of range"),
            (
                &unknown_words,
                "a kind of message, target or problem that this build does not know",
            ),
            (
                &[wire, 0, 3],
                "a kind of message, target or problem that this build does not know",
            ),
            (&[0x80; 6], "it holds a number that does not end"),
        ] {
            let why = garbled(bytes);
            assert!(why.contains(says), "{bytes:?}: {why}");
        }
        assert_eq!(
            posted(None, Some("out of memory".into())),
            Err(WorkerFailure::Stopped("out of memory".into()))
        );
        assert!(matches!(posted(None, None), Err(WorkerFailure::Garbled(_))));
        assert_eq!(
            posted(Some(Vec::new()), Some("ignored".into())),
            Err(WorkerFailure::Garbled(
                "it ends before the message does".into()
            ))
        );
        // A request the worker cannot read: what its reader said comes back.
        let request = Request {
            target: Target::Members(3),
            sample: None,
            current: None,
            mapped: Vec::new(),
            without_domains: false,
        }
        .to_bytes();
        for (request, says) in [
            (&[][..], "it ends before the message does"),
            (
                &request[..request.len() - 1],
                "it ends before the message does",
            ),
            (
                &[&[wire + 1], &request[1..]].concat()[..],
                "another build of the planner",
            ),
            (&[wire, 2][..], "a kind of message, target or problem"),
        ] {
            match answer_of(&answer(request, Vec::new())) {
                Err(WorkerFailure::Unreadable(why)) => assert!(why.contains(says), "{why}"),
                other => panic!("{request:?}: {other:?}"),
            }
        }
    }

    /// The messages' bytes, pinned: a change of layout must come with a new [`WIRE`], so that a
    /// page and a worker of different builds tell each other apart.
    #[test]
    fn the_layout_is_pinned() {
        let request = Request {
            target: Target::Members(2),
            sample: Some("s".to_owned()),
            current: Some(DirectoryDoc {
                idp: Some("i".to_owned()),
                scim_connected: Some(true),
                users: vec![user("e", Some("n"), &["g"])],
            }),
            mapped: vec!["m".to_owned()],
            without_domains: true,
        };
        let answer = Answer::Read(Response::Directory {
            names: vec!["f".to_owned()],
            formats: vec!["p".to_owned()],
            directory: DirectoryDoc::default(),
            warnings: vec![Found {
                file: "f".to_owned(),
                line: 300,
                column: 4,
                kind: Some("k".to_owned()),
                words: Words::Importer("w".to_owned()),
            }],
            merged: Some(Err(vec![Found::planner(Words::OneMembersFile)])),
            checked: Checked {
                bad: Vec::new(),
                rows: 2,
                bad_rows: 1,
                missing: vec![Missing {
                    mapped: "m".to_owned(),
                    like: vec![("l".to_owned(), Like::Case)],
                }],
                renamed: 0,
            },
        });
        let members = Answer::Read(Response::Members {
            name: "m".to_owned(),
            members: vec![Arc::new(MemberDoc {
                email: "e".to_owned(),
                role: "r".to_owned(),
                seat_tier: None,
                primary_owner: None,
            })],
        });
        // (WIRE, the bytes after it): new bytes come with a new WIRE.
        let pinned = |message: Vec<u8>| {
            let (wire, body) = message.split_first().unwrap();
            (u32::from(*wire), body.to_vec())
        };
        assert_eq!(pinned(request.to_bytes()), (4, PINNED_REQUEST.to_vec()));
        assert_eq!(pinned(encode(&answer)), (4, PINNED_ANSWER.to_vec()));
        assert_eq!(pinned(encode(&members)), (4, PINNED_MEMBERS.to_vec()));
    }

    #[rustfmt::skip]
    const PINNED_REQUEST: &[u8] = &[
        1, 2, // Target::Members(2)
        1, 1, b's', // sample
        1, 1, 1, b'i', 1, 1, // current: idp, scim_connected
        1, 1, b'e', 0, 1, 1, b'n', 1, 0, 1, 1, b'g', // its one user (no sso_email)
        1, 1, b'm', 1, // mapped, without_domains
    ];
    #[rustfmt::skip]
    const PINNED_ANSWER: &[u8] = &[
        0, 0, // Answer::Read(Response::Directory)
        1, 1, b'f', 1, 1, b'p', // names, formats
        0, 0, 0, // directory
        1, 1, b'f', 172, 2, 4, 1, 1, b'k', 0, 1, b'w', // a warning at line 300
        1, 1, 1, 0, 0, 0, 0, 2, // merged: Some(Err([OneMembersFile]))
        0, 2, 1, // checked: no bad rows' errors, 2 rows, 1 bad row
        1, 1, b'm', 1, 1, b'l', 1, 0, // a missing group like "l" (Case); none renamed
    ];
    #[rustfmt::skip]
    const PINNED_MEMBERS: &[u8] = &[
        0, 1, 1, b'm', // Answer::Read(Response::Members), name
        1, 1, b'e', 1, b'r', 0, 0, // one member: no seat tier, not the Primary Owner
    ];

    /// Any request and response crosses as itself, 512 cases each.
    mod properties {
        use proptest::prelude::*;

        use super::*;

        /// Mostly short words, sometimes any Unicode (controls, quotes, lines, emoji).
        fn text() -> impl Strategy<Value = String> {
            prop_oneof![
                2 => "[a-z][a-z0-9._-]{0,12}(@[a-z]{1,8}\\.[a-z]{2,3})?",
                1 => any::<String>(),
            ]
        }

        fn directory() -> impl Strategy<Value = DirectoryDoc> {
            let user = (
                text(),
                prop::option::of(text()),
                prop::option::of(any::<bool>()),
                prop::collection::vec(text(), 0..3),
            )
                .prop_map(|(email, name, assigned, groups)| {
                    Arc::new(UserDoc {
                        email,
                        sso_email: None,
                        name,
                        assigned,
                        groups,
                    })
                });
            (
                prop::option::of(text()),
                prop::option::of(any::<bool>()),
                prop::collection::vec(user, 0..5),
            )
                .prop_map(|(idp, scim_connected, users)| DirectoryDoc {
                    idp,
                    scim_connected,
                    users,
                })
        }

        fn found() -> impl Strategy<Value = Found> {
            let words = prop_oneof![
                text().prop_map(Words::Importer),
                Just(Words::NoFiles),
                Just(Words::OneMembersFile),
            ];
            (
                text(),
                any::<usize>(),
                any::<usize>(),
                prop::option::of(text()),
                words,
            )
                .prop_map(|(file, line, column, kind, words)| Found {
                    file,
                    line,
                    column,
                    kind,
                    words,
                })
        }

        fn response() -> impl Strategy<Value = Response> {
            let names = || prop::collection::vec(text(), 0..3);
            let found = || prop::collection::vec(found(), 0..3);
            let member =
                (text(), text(), prop::option::of(text())).prop_map(|(email, role, seat_tier)| {
                    Arc::new(MemberDoc {
                        email,
                        role,
                        seat_tier,
                        primary_owner: None,
                    })
                });
            prop_oneof![
                (
                    names(),
                    names(),
                    directory(),
                    found(),
                    prop::option::of(prop::result::maybe_ok(directory(), found())),
                    (found(), any::<usize>(), prop::collection::vec(text(), 0..3)),
                )
                    .prop_map(
                        |(names, formats, directory, warnings, merged, (bad, rows, groups))| {
                            let missing = groups
                                .into_iter()
                                .map(|g| Missing {
                                    like: vec![(g.clone(), Like::Prefix)],
                                    mapped: g,
                                })
                                .collect();
                            Response::Directory {
                                names,
                                formats,
                                directory,
                                warnings,
                                merged,
                                checked: Checked {
                                    bad,
                                    rows,
                                    bad_rows: rows / 2,
                                    missing,
                                    renamed: rows / 3,
                                },
                            }
                        }
                    ),
                (text(), prop::collection::vec(member, 0..3))
                    .prop_map(|(name, members)| Response::Members { name, members }),
                (names(), found()).prop_map(|(names, errors)| Response::Failed { names, errors }),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: 512,
                failure_persistence: None,
                ..ProptestConfig::default()
            })]

            #[test]
            fn responses_round_trip(response in response()) {
                prop_assert_eq!(answer_of(&encode(&Answer::Read(response.clone()))), Ok(response));
            }

            #[test]
            fn requests_round_trip(
                members in prop::option::of(any::<usize>()),
                sample in prop::option::of(text()),
                current in prop::option::of(directory()),
                mapped in prop::collection::vec(text(), 0..3),
                without_domains in any::<bool>(),
            ) {
                let target = members.map_or(Target::Directory, Target::Members);
                let request = Request { target, sample, current, mapped, without_domains };
                prop_assert_eq!(decode::<Request>(&request.to_bytes()), Ok(request));
            }
        }
    }
}
