//! Properties of the import readers: any directory written out as plain CSV or as SCIM JSON
//! imports back to the same directory; and no input, however broken, makes a reader panic or
//! report a position outside the text.

use proptest::prelude::*;
use provplan_core::doc::{DirectoryDoc, UserDoc};
use provplan_core::import::{
    Format, SourceFile, decode, detect, import, read, read_members, to_plain_csv, to_scim_json,
};
use provplan_core::scenario::email_key;

fn email() -> impl Strategy<Value = String> {
    ("[A-Za-z0-9._%+'-]{1,8}", "[a-z0-9-]{1,6}", "[a-z]{2,3}")
        .prop_map(|(local, host, tld)| format!("{local}@{host}.{tld}"))
}

/// Names as people write them: accents, quotes, commas, semicolons, line breaks inside.
fn name() -> impl Strategy<Value = Option<String>> {
    prop::option::of("[ -~À-ÿ\u{4e00}-\u{4e10}\n\r\t\"]{0,14}")
        .prop_map(|n| n.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()))
}

/// Group names without `;` (plain CSV separates groups with it).
fn group() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 _.,@'\"-]{1,12}"
        .prop_map(|g| g.trim().to_owned())
        .prop_filter("non-empty", |g| !g.is_empty())
}

fn user() -> impl Strategy<Value = UserDoc> {
    (
        email(),
        name(),
        prop::option::of(any::<bool>()),
        prop::collection::vec(group(), 0..4),
    )
        .prop_map(|(email, name, assigned, mut groups)| {
            let mut seen = Vec::new();
            groups.retain(|g| {
                let new = !seen.contains(g);
                seen.push(g.clone());
                new
            });
            UserDoc {
                email,
                sso_email: None,
                name,
                assigned,
                groups,
            }
        })
}

fn directory() -> impl Strategy<Value = DirectoryDoc> {
    prop::collection::vec(user(), 0..8).prop_map(|mut users| {
        let mut keys = Vec::new();
        users.retain(|u| {
            let key = email_key(&u.email);
            let new = !keys.contains(&key);
            keys.push(key);
            new
        });
        DirectoryDoc {
            idp: Some("other".into()),
            scim_connected: None,
            users: users.into_iter().map(std::sync::Arc::new).collect(),
        }
    })
}

/// The form an import gives: "assigned" is the default and is left out.
fn canonical(mut dir: DirectoryDoc) -> DirectoryDoc {
    for u in &mut dir.users {
        let u = std::sync::Arc::make_mut(u);
        u.assigned = u.assigned.filter(|a| !a);
    }
    dir
}

fn import_one(name: &str, text: &str) -> Result<DirectoryDoc, String> {
    import(&[SourceFile { name, text }], None)
        .map(|i| i.directory)
        .map_err(|e| e.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn plain_csv_round_trips(dir in directory()) {
        let text = to_plain_csv(&dir).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(detect(&text), Some(Format::Plain));
        prop_assert_eq!(import_one("dir.csv", &text), Ok(canonical(dir)), "{}", text);
    }

    #[test]
    fn scim_json_round_trips(dir in directory()) {
        let text = to_scim_json(&dir);
        prop_assert_eq!(detect(&text), Some(Format::Scim));
        prop_assert_eq!(import_one("dir.json", &text), Ok(canonical(dir)), "{}", text);
    }

    #[test]
    fn plain_csv_round_trips_with_semicolons_and_crlf(dir in directory()) {
        // The same directory as a European spreadsheet saves it: `;`, CRLF, a byte order mark.
        let mut w = String::from("\u{feff}Email;Name;Groups;Assigned\r\n");
        for u in &dir.users {
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            w.push_str(&format!(
                "{};{};{};{}\r\n",
                quote(&u.email),
                quote(u.name.as_deref().unwrap_or_default()),
                quote(&u.groups.join(";")),
                u.assigned.map(|a| if a { "yes" } else { "no" }).unwrap_or_default(),
            ));
        }
        prop_assert_eq!(import_one("dir.csv", &w), Ok(canonical(dir)), "{}", w);
    }

    #[test]
    fn readers_never_panic_on_any_text(text in "\\PC{0,200}") {
        check_no_panic(&text);
    }

    #[test]
    fn readers_never_panic_on_csv_like_text(text in "[,;\t\"\r\n a@b.x=\u{feff}é]{0,120}") {
        check_no_panic(&text);
        let with_header = format!("email,name,groups,assigned\n{text}");
        check_no_panic(&with_header);
        let google = format!("Group Email [Required],Member Email,Member Type\n{text}");
        check_no_panic(&google);
    }

    #[test]
    fn readers_never_panic_on_json_like_text(text in "[\\[\\]{}:,\"\\\\u0-9a-fe\\-.tnrl ]{0,120}") {
        check_no_panic(&text);
        let wrapped = format!("{{\"Resources\": [{{\"userName\": \"a@b\", \"groups\": [{text}");
        check_no_panic(&wrapped);
    }

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(text) = decode(&bytes, "b") {
            check_no_panic(&text);
        }
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend_from_slice(&bytes);
        let _ = decode(&utf16, "b");
    }
}

/// Every reader on `text`: no panic, and every error position within the text.
fn check_no_panic(text: &str) {
    let lines = text.split('\n').count() + text.matches('\r').count() + 1;
    let check = |errors: &provplan_core::import::ImportErrors| {
        for e in errors.iter() {
            assert!(
                e.line >= 1 && e.line <= lines && e.column >= 1,
                "{e} outside {text:?}"
            );
        }
    };
    let _ = detect(text);
    if let Err(e) = read(text, "f", None) {
        check(&e);
    }
    for format in Format::ALL {
        if let Err(e) = read(text, "f", Some(*format)) {
            check(&e);
        }
    }
    if let Err(e) = import(
        &[
            SourceFile { name: "f", text },
            SourceFile { name: "g", text },
        ],
        None,
    ) {
        check(&e);
    }
    if let Err(e) = read_members(text, "f") {
        check(&e);
    }
}
