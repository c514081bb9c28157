//! Every sample export in `tests/fixtures/import/` imports to the exact directory expected
//! (CONTRACT.md, "Importing a real directory"), with the expected warnings. One test per
//! fixture, named after it; then merges of several files.

use std::sync::Arc;

use provplan_core::doc::{DirectoryDoc, UserDoc};
use provplan_core::import::{
    Attribute, Format, Imported, Options, SourceFile, WarningKind, detect, import, import_with,
};

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import_files(names: &[&str]) -> Imported {
    import_choosing(names, None, None)
}

/// R26: the files imported with the attributes chosen for the address SCIM provisions and the
/// one SSO sends (`None`: the format's default).
fn import_choosing(names: &[&str], scim: Option<&str>, sso: Option<&str>) -> Imported {
    let options = Options {
        scim_email: scim.map(|a| Attribute::from_id(a).unwrap()),
        sso_email: sso.map(|a| Attribute::from_id(a).unwrap()),
        ..Options::default()
    };
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|n| ((*n).to_owned(), fixture(n)))
        .collect();
    let files: Vec<SourceFile<'_>> = texts
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    match import_with(&files, options) {
        Ok(imported) => imported,
        Err(e) => panic!("{names:?} did not import:\n{e}"),
    }
}

/// A user with an SSO address of their own (R26).
fn signing_in_as(u: Arc<UserDoc>, sso: &str) -> Arc<UserDoc> {
    let mut u = Arc::unwrap_or_clone(u);
    u.sso_email = Some(sso.to_owned());
    Arc::new(u)
}

fn user(email: &str, name: Option<&str>, assigned: Option<bool>, groups: &[&str]) -> Arc<UserDoc> {
    Arc::new(UserDoc {
        email: email.to_owned(),
        sso_email: None,
        name: name.map(str::to_owned),
        assigned,
        groups: groups.iter().map(|g| (*g).to_owned()).collect(),
    })
}

fn directory(idp: &str, users: Vec<Arc<UserDoc>>) -> DirectoryDoc {
    DirectoryDoc {
        idp: Some(idp.to_owned()),
        scim_connected: None,
        users,
    }
}

fn warnings(imported: &Imported) -> Vec<String> {
    imported.warnings.iter().map(ToString::to_string).collect()
}

const OWNERS: &str = "anthropic-claude-owners";
const USERS: &str = "anthropic-claude-users";
const PREMIUM: &str = "anthropic-claude-premium";

#[test]
fn scim_list_response() {
    let imported = import_files(&["scim-list-response.json"]);
    assert_eq!(imported.formats, [Format::Scim]);
    assert_eq!(
        imported.directory,
        directory(
            "other",
            vec![
                // userName, primary email; User.groups[].display and Group.members[] united.
                user(
                    "ada@example.com",
                    Some("Ada Lovelace"),
                    None,
                    &[OWNERS, USERS]
                ),
                // userName `ghopper` is no email: the primary email is used.
                user(
                    "grace@example.com",
                    Some("Grace Hopper"),
                    None,
                    &[USERS, "Engineering"]
                ),
                user("bo@example.com", None, Some(false), &[USERS]),
            ]
        )
    );
    assert_eq!(
        warnings(&imported),
        [
            "scim-list-response.json:80:17: warning: user `bo@example.com` is not active: imported as not assigned",
            "scim-list-response.json:116:20: warning: member `Engineering` of group `anthropic-claude-users` is a group: nested groups are not expanded",
        ]
    );
}

#[test]
fn scim_resources() {
    let imported = import_files(&["scim-resources.json"]);
    assert_eq!(
        imported.directory,
        directory(
            "other",
            vec![
                // `userName` is the account SCIM provisions; no primary email: SSO is taken to
                // send the first `emails` entry, which differs in letter case (R26).
                signing_in_as(
                    user(
                        "Ada@Contoso.com",
                        Some("Ada Lovelace"),
                        None,
                        &["anthropic-claude-chat"],
                    ),
                    "ada@contoso.com",
                ),
                // `active` as the string "False" (as some IdPs send it); `name.formatted`.
                user(
                    "zoe@contoso.com",
                    Some("Zoë Ångström"),
                    Some(false),
                    &["anthropic-claude-chat"]
                ),
            ]
        )
    );
    let kinds: Vec<WarningKind> = imported.warnings.iter().map(|w| w.kind).collect();
    assert_eq!(kinds, [WarningKind::Deactivated]);
}

#[test]
fn google_users() {
    let imported = import_files(&["google-users.csv"]);
    assert_eq!(imported.formats, [Format::GoogleUsers]);
    assert_eq!(
        imported.directory,
        directory(
            "google",
            vec![
                user("ada@example.com", Some("Ada Lovelace"), None, &[]),
                // A quoted comma in the name, a quoted address over three lines (CRLF).
                user(
                    "grace@example.com",
                    Some("Grace Hopper, Rear Adm."),
                    None,
                    &[]
                ),
                user("bo@example.com", Some("Bo"), Some(false), &[]),
                user("zoe@example.com", Some("Zoë O'Neil"), None, &[]),
            ]
        )
    );
    assert_eq!(
        warnings(&imported),
        [
            "google-users.csv:6:51: warning: user `bo@example.com` is suspended: imported as not assigned"
        ]
    );
}

#[test]
fn google_members() {
    let imported = import_files(&["google-members.csv"]);
    assert_eq!(imported.formats, [Format::GoogleMembers]);
    let owners = "anthropic-claude-owners@example.com";
    let users = "anthropic-claude-users@example.com";
    // Without a user list the members are the users; the empty group gives no one; the nested
    // group is not expanded.
    assert_eq!(
        imported.directory,
        directory(
            "google",
            vec![
                user("ada@example.com", None, None, &[owners]),
                user("grace@example.com", None, None, &[users]),
                user("Zoe@Example.com", None, None, &[users]),
                user("partner@gmail.com", None, None, &[users]),
            ]
        )
    );
    let kinds: Vec<WarningKind> = imported.warnings.iter().map(|w| w.kind).collect();
    assert_eq!(kinds, [WarningKind::NestedGroup, WarningKind::NoUserList]);
}

#[test]
fn entra_users() {
    let imported = import_files(&["entra-users.csv"]);
    assert_eq!(imported.formats, [Format::EntraUsers]);
    // Entra's default mapping (13917829): SCIM and SSO both send `userPrincipalName`.
    assert_eq!(
        imported.directory,
        directory(
            "entra",
            vec![
                user("ada@contoso.com", Some("Ada Lovelace"), None, &[]),
                user("grace.hopper@contoso.com", Some("Hopper, Grace"), None, &[]),
                // A guest's UPN is what SCIM sends by default.
                user(
                    "bo_fabrikam.com#EXT#@contoso.onmicrosoft.com",
                    Some("Bo (Fabrikam)"),
                    None,
                    &[]
                ),
                // accountEnabled False.
                user(
                    "former@contoso.com",
                    Some("Former Employee"),
                    Some(false),
                    &[]
                ),
            ]
        )
    );
    assert_eq!(
        warnings(&imported),
        [
            "entra-users.csv:4:61: warning: `mail` `bo@fabrikam.com` differs from `userPrincipalName` `bo_fabrikam.com#EXT#@contoso.onmicrosoft.com`: SCIM is taken to provision `userPrincipalName` and SSO to send `userPrincipalName`; if your identity provider maps them otherwise, choose the attributes, or SSO and SCIM may not match the same person",
            "entra-users.csv:5:104: warning: user `former@contoso.com` is disabled: imported as not assigned",
        ]
    );
    // Both mapped to `mail`: `mail` when present, else the UPN.
    let mail = import_choosing(&["entra-users.csv"], Some("mail"), Some("mail"));
    let emails: Vec<&str> = mail
        .directory
        .users
        .iter()
        .map(|u| u.email.as_str())
        .collect();
    assert_eq!(
        emails,
        [
            "ada@contoso.com",
            "Grace.Hopper@contoso.com",
            "bo@fabrikam.com",
            "former@contoso.com"
        ]
    );
    assert!(mail.directory.users.iter().all(|u| u.sso_email.is_none()));
    // SCIM sends the UPN, the SSO app `mail`: Grace differs in letter case, Bo entirely.
    let apart = import_choosing(&["entra-users.csv"], None, Some("MAIL"));
    let pairs: Vec<(&str, Option<&str>)> = apart
        .directory
        .users
        .iter()
        .map(|u| (u.email.as_str(), u.sso_email.as_deref()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("ada@contoso.com", None),
            ("grace.hopper@contoso.com", Some("Grace.Hopper@contoso.com")),
            (
                "bo_fabrikam.com#EXT#@contoso.onmicrosoft.com",
                Some("bo@fabrikam.com")
            ),
            ("former@contoso.com", None),
        ]
    );
}

#[test]
fn okta_users() {
    let imported = import_files(&["okta-users.csv"]);
    assert_eq!(imported.formats, [Format::OktaUsers]);
    assert_eq!(
        imported.directory,
        directory(
            "okta",
            vec![
                user("ada@example.org", Some("Ada Lovelace"), None, &[]),
                user("grace@example.org", Some("Hopper, Grace"), None, &[]),
                user("bo@example.org", Some("Bo"), Some(false), &[]),
                // Okta's default mapping (13917840): SCIM sends `login`, SSO `email`.
                signing_in_as(
                    user("carol@example.org", Some("Carol Shaw"), None, &[]),
                    "c.shaw@example.org",
                ),
            ]
        )
    );
    // Both mapped to `user.email`, as the article advises: one address each.
    let email = import_choosing(&["okta-users.csv"], Some("email"), Some("email"));
    let carol = &email.directory.users[3];
    assert_eq!(
        (carol.email.as_str(), carol.sso_email.as_deref()),
        ("c.shaw@example.org", None)
    );
    let kinds: Vec<WarningKind> = imported.warnings.iter().map(|w| w.kind).collect();
    assert_eq!(
        kinds,
        [WarningKind::Deactivated, WarningKind::SignInNameDiffers]
    );
}

#[test]
fn okta_groups() {
    let imported = import_files(&["okta-groups.csv"]);
    assert_eq!(imported.formats, [Format::OktaGroups]);
    assert_eq!(
        imported.directory,
        directory(
            "okta",
            vec![
                user("ada@example.org", None, None, &[OWNERS, USERS]),
                user("grace@example.org", None, None, &[USERS]),
                user(
                    "carol@example.org",
                    None,
                    None,
                    &["Everyone, incl. contractors"]
                ),
            ]
        )
    );
}

#[test]
fn plain() {
    let imported = import_files(&["plain.csv"]);
    assert_eq!(imported.formats, [Format::Plain]);
    assert_eq!(
        imported.directory,
        directory(
            "other",
            vec![
                // `Ada@Example.com` on line 6 is the same person: groups united.
                user(
                    "ada@example.com",
                    Some("Lovelace, Ada"),
                    None,
                    &[OWNERS, USERS, PREMIUM]
                ),
                user("grace@example.com", Some("Grace\nHopper"), None, &[USERS]),
                user("bo@example.com", None, Some(false), &[]),
            ]
        )
    );
    assert_eq!(
        warnings(&imported),
        [
            "plain.csv:6:1: warning: `Ada@Example.com` and `ada@example.com` (plain.csv:2:1) differ only in letter case: taken as the same person"
        ]
    );
}

#[test]
fn plain_semicolon() {
    let imported = import_files(&["plain-semicolon.csv"]);
    assert_eq!(imported.formats, [Format::Plain]);
    assert_eq!(
        imported.directory,
        directory(
            "other",
            vec![
                user(
                    "ada@example.net",
                    Some("Ada Lovelace"),
                    None,
                    &[OWNERS, PREMIUM]
                ),
                user("grace@example.net", Some("Hopper; Grace"), None, &[PREMIUM]),
                user("bo@example.net", None, Some(false), &[]),
            ]
        )
    );
    assert!(imported.warnings.is_empty());
}

#[test]
fn formats_are_recognised_from_content() {
    for (name, format) in [
        ("scim-list-response.json", Format::Scim),
        ("scim-resources.json", Format::Scim),
        ("google-users.csv", Format::GoogleUsers),
        ("google-members.csv", Format::GoogleMembers),
        ("entra-users.csv", Format::EntraUsers),
        ("okta-users.csv", Format::OktaUsers),
        ("okta-groups.csv", Format::OktaGroups),
        ("plain.csv", Format::Plain),
        ("plain-semicolon.csv", Format::Plain),
    ] {
        assert_eq!(detect(&fixture(name)), Some(format), "{name}");
    }
    assert_eq!(detect("name,groups\nAda,x\n"), None);
}

#[test]
fn a_forced_format_reads_a_file_as_that_format() {
    // An Okta users export read as plain CSV: only `email` counts.
    let text = fixture("okta-users.csv");
    let files = [SourceFile {
        name: "okta-users.csv",
        text: &text,
    }];
    let imported = import(&files, Some(Format::Plain)).unwrap();
    assert_eq!(imported.formats, [Format::Plain]);
    assert_eq!(imported.directory.idp.as_deref(), Some("other"));
    assert_eq!(imported.directory.users.len(), 4);
    assert_eq!(imported.directory.users[3].email, "c.shaw@example.org");
}

#[test]
fn google_users_and_members_merge() {
    let imported = import_files(&["google-users.csv", "google-members.csv"]);
    let owners = "anthropic-claude-owners@example.com";
    let users = "anthropic-claude-users@example.com";
    assert_eq!(
        imported.directory,
        directory(
            "google",
            vec![
                user("ada@example.com", Some("Ada Lovelace"), None, &[owners]),
                user(
                    "grace@example.com",
                    Some("Grace Hopper, Rear Adm."),
                    None,
                    &[users]
                ),
                user("bo@example.com", Some("Bo"), Some(false), &[]),
                // `Zoe@Example.com` in the members file is the same person.
                user("zoe@example.com", Some("Zoë O'Neil"), None, &[users]),
            ]
        )
    );
    assert_eq!(
        warnings(&imported),
        [
            "google-users.csv:6:51: warning: user `bo@example.com` is suspended: imported as not assigned",
            "google-members.csv:4:36: warning: `Zoe@Example.com` and `zoe@example.com` (google-users.csv:7:16) differ only in letter case: taken as the same person",
            "google-members.csv:5:36: warning: member `engineering@example.com` of group `anthropic-claude-users@example.com` is a group: nested groups are not expanded",
            "google-members.csv:7:36: warning: `partner@gmail.com`, a member of group `anthropic-claude-users@example.com`, is in no user list imported: left out",
        ]
    );
}

#[test]
fn okta_users_and_groups_merge_by_login() {
    let imported = import_files(&["okta-users.csv", "okta-groups.csv"]);
    assert_eq!(
        imported.directory,
        directory(
            "okta",
            vec![
                user(
                    "ada@example.org",
                    Some("Ada Lovelace"),
                    None,
                    &[OWNERS, USERS]
                ),
                user("grace@example.org", Some("Hopper, Grace"), None, &[USERS]),
                user("bo@example.org", Some("Bo"), Some(false), &[]),
                // Listed by login `carol@example.org` in the group report.
                signing_in_as(
                    user(
                        "carol@example.org",
                        Some("Carol Shaw"),
                        None,
                        &["Everyone, incl. contractors"],
                    ),
                    "c.shaw@example.org",
                ),
            ]
        )
    );
}

#[test]
fn files_of_different_vendors_give_idp_other() {
    let imported = import_files(&["okta-users.csv", "entra-users.csv", "plain.csv"]);
    assert_eq!(imported.directory.idp.as_deref(), Some("other"));
    let emails: Vec<&str> = imported
        .directory
        .users
        .iter()
        .map(|u| u.email.as_str())
        .collect();
    // First-seen order across files.
    assert_eq!(
        emails,
        [
            "ada@example.org",
            "grace@example.org",
            "bo@example.org",
            "carol@example.org",
            "ada@contoso.com",
            "grace.hopper@contoso.com",
            "bo_fabrikam.com#EXT#@contoso.onmicrosoft.com",
            "former@contoso.com",
            "ada@example.com",
            "grace@example.com",
            "bo@example.com",
        ]
    );
}

#[test]
fn scim_users_and_groups_may_come_in_separate_files() {
    let users = r#"[{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "1",
        "userName": "ada@example.com"}]"#;
    let groups = r#"{"Resources": [{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "id": "g", "displayName": "owners", "members": [{"value": "1"}]}]}"#;
    let files = [
        SourceFile {
            name: "users.json",
            text: users,
        },
        SourceFile {
            name: "groups.json",
            text: groups,
        },
    ];
    let imported = import(&files, None).unwrap();
    assert_eq!(
        imported.directory.users,
        [user("ada@example.com", None, None, &["owners"])]
    );
}

#[test]
fn scim_user_groups_by_id_need_the_group_resources() {
    let users = r#"[{"userName": "ada@example.com", "groups": [{"value": "g1"}, {"value": "g2"}]},
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "g1",
         "displayName": "owners"}]"#;
    let imported = import(
        &[SourceFile {
            name: "u.json",
            text: users,
        }],
        None,
    )
    .unwrap();
    assert_eq!(
        imported.directory.users,
        [user("ada@example.com", None, None, &["owners"])]
    );
    assert_eq!(
        warnings(&imported),
        [
            "u.json:1:62: warning: group `g2` (no `display`) matches no Group `id` in the files imported: left out; import the Group resources too"
        ]
    );
}

#[test]
fn a_scim_page_says_it_is_one() {
    let text = r#"{"totalResults": 250, "itemsPerPage": 1, "startIndex": 1, "Resources": [
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "a@x.io"}]}"#;
    let imported = import(
        &[SourceFile {
            name: "p.json",
            text,
        }],
        None,
    )
    .unwrap();
    assert_eq!(
        imported
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "p.json:1:1: warning: this is one page: 1 of 250 resources (`totalResults`); import every page"
        ]
    );
}

#[test]
fn organization_members_from_csv() {
    let text = "\u{feff}Name,Email,Role,Seat Tier\r\nAda,ada@example.com,Owner,Chat + Claude Code\r\n\
                Bo,BO@example.com,user,\r\n";
    let members = provplan_core::import::read_members(text, "members.csv").unwrap();
    let got: Vec<(&str, &str, Option<&str>)> = members
        .iter()
        .map(|m| (m.email.as_str(), m.role.as_str(), m.seat_tier.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("ada@example.com", "owner", Some("chat_claude_code")),
            ("BO@example.com", "user", None),
        ]
    );
    let snake = "email;role;seat_tier\nada@example.com;admin;premium\n";
    let members = provplan_core::import::read_members(snake, "m.csv").unwrap();
    assert_eq!(members[0].seat_tier.as_deref(), Some("premium"));
}

#[test]
fn imported_directories_are_valid_scenario_directories() {
    // Every sample, merged or alone, gives a directory the engine accepts.
    for names in [
        &["scim-list-response.json"][..],
        &["google-users.csv", "google-members.csv"],
        &["entra-users.csv"],
        &["okta-users.csv", "okta-groups.csv"],
        &["plain.csv", "plain-semicolon.csv"],
    ] {
        let imported = import_files(names);
        // Version 2: an SSO address of its own is version 2's (R26).
        let doc = provplan_core::ScenarioDoc {
            version: 2,
            plan: "enterprise_usage_based".into(),
            directory: imported.directory,
            organizations: vec![provplan_core::doc::OrganizationDoc {
                id: "claude".into(),
                product: "claude".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        if let Err(e) = provplan_core::Scenario::from_doc(&doc) {
            panic!("{names:?}: {e}");
        }
    }
}

#[test]
fn r26_an_attribute_the_format_does_not_have_is_an_error_naming_its_attributes() {
    let text = fixture("okta-users.csv");
    let files = [SourceFile {
        name: "okta-users.csv",
        text: &text,
    }];
    let options = Options {
        scim_email: Some(Attribute::Mail),
        ..Options::default()
    };
    let e = import_with(&files, options).unwrap_err();
    assert_eq!(
        e.lines(),
        "okta-users.csv:1:1: the SCIM email attribute `mail` is not one of the Okta users CSV's: login, email"
    );
    let options = Options {
        sso_email: Some(Attribute::UserName),
        ..Options::default()
    };
    let e = import_with(&files, options).unwrap_err();
    assert!(
        e.lines().contains("the SSO email attribute `userName`"),
        "{e}"
    );
    // Files listing group memberships only have no address to choose.
    let groups = fixture("okta-groups.csv");
    let files = [SourceFile {
        name: "okta-groups.csv",
        text: &groups,
    }];
    let options = Options {
        scim_email: Some(Attribute::Mail),
        ..Options::default()
    };
    assert!(import_with(&files, options).is_ok());
    assert_eq!(
        Attribute::from_id("USERPRINCIPALNAME"),
        Some(Attribute::UserPrincipalName)
    );
    assert_eq!(Attribute::from_id("upn"), None);
}

#[test]
fn r26_plain_csv_carries_sso_email_and_writes_it_back() {
    let text = "email,sso_email,name\nada@x.com,,Ada\nbo@x.com,Bo@x.com,Bo\ncy@x.com,cy@x.com,Cy\n";
    let files = [SourceFile {
        name: "plain.csv",
        text,
    }];
    let imported = import(&files, None).unwrap();
    let pairs: Vec<(&str, Option<&str>)> = imported
        .directory
        .users
        .iter()
        .map(|u| (u.email.as_str(), u.sso_email.as_deref()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("ada@x.com", None),
            ("bo@x.com", Some("Bo@x.com")),
            ("cy@x.com", None)
        ]
    );
    // The planner's own columns say which is which: no warning.
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let csv = provplan_core::import::to_plain_csv(&imported.directory).unwrap();
    assert_eq!(
        csv,
        "email,sso_email,name,groups,assigned\r\nada@x.com,,Ada,,\r\nbo@x.com,Bo@x.com,Bo,,\r\ncy@x.com,,Cy,,\r\n"
    );
    // Chosen the other way round: SCIM provisions `sso_email` where given.
    let options = Options {
        scim_email: Some(Attribute::SsoEmail),
        sso_email: Some(Attribute::Email),
        ..Options::default()
    };
    let swapped = import_with(&files, options).unwrap();
    assert_eq!(swapped.directory.users[1].email, "Bo@x.com");
    assert_eq!(
        swapped.directory.users[1].sso_email.as_deref(),
        Some("bo@x.com")
    );
    // A bad SSO address is the row's error, naming its column.
    let bad = "email,sso_email\nada@x.com,not-an-email\n";
    let e = import(
        &[SourceFile {
            name: "p.csv",
            text: bad,
        }],
        None,
    )
    .unwrap_err();
    assert_eq!(
        e.lines(),
        "p.csv:2:11: email `not-an-email` needs text on both sides of one `@` (column `sso_email`)"
    );
    // SCIM JSON written from a directory keeps both addresses.
    let json = provplan_core::import::to_scim_json(&imported.directory);
    let again = import(
        &[SourceFile {
            name: "s.json",
            text: &json,
        }],
        None,
    )
    .unwrap();
    assert_eq!(
        again.directory.users[1].sso_email.as_deref(),
        Some("Bo@x.com")
    );
}
