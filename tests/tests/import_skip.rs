//! Bad rows (CONTRACT.md, "Bad rows"): by default one rejects the import; asked to, the
//! importer imports the good rows, leaves each bad one out whole and lists its errors with
//! file, line and column. A problem with a file as a whole rejects it always. Then group names
//! checked against the mapped ones: missing groups and their look-alikes, and names without
//! their domain.

use provplan_core::import::{
    Imported, Likeness, Options, SourceFile, check_groups, import, import_with, without_domains,
};

fn sources<'a>(files: &'a [(&'a str, &'a str)]) -> Vec<SourceFile<'a>> {
    files
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect()
}

fn skipping(files: &[(&str, &str)]) -> Imported {
    let options = Options {
        skip_bad_rows: true,
        ..Options::default()
    };
    import_with(&sources(files), options).unwrap_or_else(|e| panic!("{e}"))
}

fn emails(imported: &Imported) -> Vec<&str> {
    imported
        .directory
        .users
        .iter()
        .map(|u| u.email.as_str())
        .collect()
}

fn lines(imported: &Imported) -> Vec<String> {
    imported.skipped.iter().map(ToString::to_string).collect()
}

const PLAIN: &str = "email,name,groups,assigned\n\
    ada@example.com,Ada,owners,true\n\
    not-an-email,Bad,owners,true\n\
    bo@example.com,Bo,=cmd,maybe\n\
    cy@example.com,Cy,chat,\n\
    dee@example.com,Dee,chat,true,extra\n";

#[test]
fn by_default_one_bad_row_rejects_the_import() {
    let e = import(&sources(&[("u.csv", PLAIN)]), None).unwrap_err();
    let lines: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].starts_with("u.csv:3:1: email `not-an-email`"),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("u.csv:4:"), "{lines:?}");
    assert!(lines[2].starts_with("u.csv:6:"), "{lines:?}");
}

#[test]
fn skipping_imports_the_good_rows_and_lists_the_bad_ones() {
    let imported = skipping(&[("u.csv", PLAIN)]);
    assert_eq!(
        emails(&imported),
        ["ada@example.com", "cy@example.com"],
        "a bad row adds nothing"
    );
    assert_eq!((imported.rows, imported.bad_rows), (2, 3));
    // The same errors as without skipping, at the same places.
    let strict = import(&sources(&[("u.csv", PLAIN)]), None).unwrap_err();
    let strict: Vec<String> = strict.iter().map(ToString::to_string).collect();
    assert_eq!(lines(&imported), strict);
    // Bo's row is left out whole: neither his group nor its formula warning remains.
    assert!(
        imported
            .warnings
            .iter()
            .all(|w| !w.message.contains("=cmd")),
        "{:?}",
        imported.warnings
    );
    assert!(
        !imported
            .directory
            .users
            .iter()
            .any(|u| u.groups.iter().any(|g| g == "=cmd"))
    );
}

#[test]
fn skipping_lists_bad_rows_in_file_order_and_keeps_good_files() {
    let imported = skipping(&[
        ("b.csv", "email\nx@\nok@example.com\n"),
        ("a.csv", "email\nbad\n"),
    ]);
    assert_eq!(emails(&imported), ["ok@example.com"]);
    let files: Vec<&str> = imported.skipped.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["b.csv", "a.csv"]);
    assert_eq!((imported.rows, imported.bad_rows), (1, 2));
}

#[test]
fn a_membership_naming_nobody_is_a_bad_row() {
    let users = "login,email\nada@example.com,ada@example.com\n";
    let groups = "Group name,Okta username\nowners,ada@example.com\nowners,not an email\n";
    let strict = import(
        &sources(&[("users.csv", users), ("groups.csv", groups)]),
        None,
    );
    assert!(strict.is_err());
    let imported = skipping(&[("users.csv", users), ("groups.csv", groups)]);
    assert_eq!(imported.directory.users[0].groups, ["owners"]);
    assert_eq!((imported.rows, imported.bad_rows), (2, 1));
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(
        (imported.skipped[0].file.as_str(), imported.skipped[0].line),
        ("groups.csv", 3)
    );
}

#[test]
fn a_bad_scim_resource_is_left_out_whole() {
    let text = r#"{"Resources": [
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "ada@example.com"},
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "bo@example.com", "active": "perhaps"},
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "g", "members": [{"display": "x"}]}
    ]}"#;
    let imported = skipping(&[("scim.json", text)]);
    assert_eq!(emails(&imported), ["ada@example.com"]);
    assert_eq!((imported.rows, imported.bad_rows), (1, 2));
    let lines = lines(&imported);
    assert!(lines[0].starts_with("scim.json:3:"), "{lines:?}");
    assert!(lines[1].starts_with("scim.json:4:"), "{lines:?}");
}

#[test]
fn a_problem_with_the_file_as_a_whole_rejects_it_even_when_skipping() {
    let options = Options {
        skip_bad_rows: true,
        ..Options::default()
    };
    for (name, text) in [
        ("none.csv", "name\nAda\n"),
        ("open.csv", "email,name\nada@example.com,\"Ada\n"),
        ("bad.json", "{\"Resources\": [}"),
        ("empty.csv", ""),
    ] {
        let e = import_with(&sources(&[(name, text)]), options).unwrap_err();
        assert!(e.iter().all(|e| e.file == name), "{name}: {e}");
    }
    // With its bad rows listed beside the problem, as without skipping.
    let e = import_with(
        &sources(&[("two.csv", "email,name\nbad,X\nada@example.com,\"Ada\n")]),
        options,
    )
    .unwrap_err();
    assert_eq!(e.len(), 2, "{e}");
}

#[test]
fn good_files_give_the_same_directory_either_way() {
    let text = "email,groups\nada@example.com,a;b\nbo@example.com,b\n";
    let strict = import(&sources(&[("u.csv", text)]), None).unwrap();
    let skipped = skipping(&[("u.csv", text)]);
    assert_eq!(strict.directory, skipped.directory);
    assert!(skipped.skipped.is_empty());
    assert_eq!((strict.rows, strict.bad_rows), (2, 0));
}

#[test]
fn google_group_emails_look_like_the_mapped_names() {
    let members = "Group Email [Required],Member Email,Member Type\n\
        anthropic-claude-owners@acme.com,ada@acme.com,USER\n\
        Anthropic-Claude-Chat@acme.com,bo@acme.com,USER\n";
    let users = "Email Address [Required],First Name [Required],Last Name [Required]\n\
        ada@acme.com,Ada,L\nbo@acme.com,Bo,M\n";
    let mut imported = import(
        &sources(&[("users.csv", users), ("members.csv", members)]),
        None,
    )
    .unwrap();
    let names = |d: &provplan_core::doc::DirectoryDoc| -> Vec<String> {
        d.users.iter().flat_map(|u| u.groups.clone()).collect()
    };
    let before = names(&imported.directory);
    let mapped = ["anthropic-claude-owners", "anthropic-claude-chat", "other"];
    let checks = check_groups(mapped, before.iter().map(String::as_str));
    let found: Vec<(&str, Vec<(&str, Likeness)>)> = checks
        .iter()
        .map(|c| {
            (
                c.mapped.as_str(),
                c.like.iter().map(|(n, l)| (n.as_str(), *l)).collect(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "anthropic-claude-owners",
                vec![("anthropic-claude-owners@acme.com", Likeness::WithoutDomain)]
            ),
            (
                "anthropic-claude-chat",
                vec![("Anthropic-Claude-Chat@acme.com", Likeness::WithoutDomain)]
            ),
            ("other", vec![]),
        ]
    );
    assert_eq!(without_domains(&mut imported.directory), 2);
    let after = names(&imported.directory);
    let checks = check_groups(mapped, after.iter().map(String::as_str));
    // Owners now match exactly; the chat group differs in letter case only.
    let left: Vec<&str> = checks.iter().map(|c| c.mapped.as_str()).collect();
    assert_eq!(left, ["anthropic-claude-chat", "other"]);
    assert_eq!(checks[0].like[0].1, Likeness::Case);
}
