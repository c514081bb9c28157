//! Malformed exports are input errors naming file, line and column, every one of them
//! (CONTRACT.md, "Importing a real directory"). One test per file of
//! `tests/fixtures/import/malformed/`, named after it; then errors made up inline.

use provplan_core::import::{
    Format, MAX_FILE_BYTES, MAX_ROWS, SourceFile, decode, import, read_members,
};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/fixtures/import/malformed/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The errors of importing `files` (name, text), as `file:line:column: message` lines.
fn errors_of(files: &[(&str, &str)], format: Option<Format>) -> Vec<String> {
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    match import(&sources, format) {
        Ok(imported) => panic!("imported: {:?}", imported.directory),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

fn errors(name: &str) -> Vec<String> {
    errors_of(&[(name, &fixture(name))], None)
}

#[test]
fn truncated_csv() {
    assert_eq!(
        errors("truncated.csv"),
        ["truncated.csv:3:19: a quoted field is never closed (is the file truncated?)"]
    );
}

#[test]
fn truncated_json() {
    assert_eq!(
        errors("truncated.json"),
        ["truncated.json:22:23: invalid JSON: unexpected end of the file (is it truncated?)"]
    );
}

#[test]
fn wrong_delimiter_csv() {
    assert_eq!(
        errors("wrong-delimiter.csv"),
        [
            "wrong-delimiter.csv:2:44: this row has 1 field, the header 3 (separated by `,`); the row seems separated by `;`: is the file consistent?",
            "wrong-delimiter.csv:3:47: this row has 1 field, the header 3 (separated by `,`); the row seems separated by `;`: is the file consistent?",
        ]
    );
}

#[test]
fn missing_email_column_csv() {
    assert_eq!(
        errors("missing-email-column.csv"),
        [
            "missing-email-column.csv:1:1: cannot tell the format: no `email` column (header: `name`, `groups`, `assigned`); expected SCIM JSON or a CSV export with `email`, `Email Address [Required]`, `Group Email [Required]`, `userPrincipalName` or `login` (or give --format)"
        ]
    );
    // Forced to plain CSV, the missing column is named as such.
    let text = fixture("missing-email-column.csv");
    assert_eq!(
        errors_of(&[("m.csv", &text)], Some(Format::Plain)),
        ["m.csv:1:1: no `email` column; the header has `name`, `groups`, `assigned`"]
    );
}

#[test]
fn duplicate_header_csv() {
    assert_eq!(
        errors("duplicate-header.csv"),
        [
            "duplicate-header.csv:1:19: column `Email` appears twice (also at column 1); which one holds the data?"
        ]
    );
}

#[test]
fn positions_on_the_first_line_do_not_count_a_byte_order_mark() {
    assert_eq!(
        errors_of(&[("b.csv", "\u{feff}email,name,Email\r\n")], None),
        ["b.csv:1:12: column `Email` appears twice (also at column 1); which one holds the data?"]
    );
    assert_eq!(
        errors_of(&[("b.json", "\u{feff}{\"Resources\": 1}")], None),
        ["b.json:1:15: `Resources` must be a list, found a number"]
    );
}

#[test]
fn invalid_email_csv() {
    // Both bad rows are reported; the good ones around them are not.
    assert_eq!(
        errors("invalid-email.csv"),
        [
            "invalid-email.csv:3:1: email `grace.example.com` needs text on both sides of one `@` (column `email`)",
            "invalid-email.csv:4:1: email `bo @example.com` contains white space (column `email`)",
        ]
    );
}

#[test]
fn scim_unknown_member_json() {
    assert_eq!(
        errors("scim-unknown-member.json"),
        [
            "scim-unknown-member.json:25:20: member `u404` of group `anthropic-claude-owners` matches no User `id` in the files imported"
        ]
    );
}

#[test]
fn errors_of_every_file_are_reported_together() {
    let got = errors_of(
        &[
            ("a.csv", "email,assigned\nx@y.z,maybe\n"),
            (
                "b.csv",
                "\u{feff}userPrincipalName,mail,accountEnabled\r\nq@r.s,,Yes please\r\n",
            ),
            ("c.json", "[{\"userName\": 42}]"),
        ],
        None,
    );
    assert_eq!(
        got,
        [
            "a.csv:2:7: `assigned` must be true or false, found `maybe`",
            "b.csv:2:8: `accountEnabled` must be true or false, found `Yes please`",
            "c.json:1:2: a User without an email: neither `userName` nor `emails` holds one",
            "c.json:1:15: `userName` must be a string, found a number",
        ]
    );
}

#[test]
fn scim_shape_errors_name_the_value() {
    let text = "{\n  \"Resources\": [\n    {\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],\n     \"userName\": \"a@b.c\", \"active\": 1},\n    {\"members\": [{\"display\": \"x\"}]},\n    7\n  ]\n}\n";
    assert_eq!(
        errors_of(&[("s.json", text)], None),
        [
            "s.json:4:37: `active` must be true or false",
            "s.json:5:5: a Group without `displayName`",
            "s.json:6:5: expected a SCIM resource (an object), found a number",
        ]
    );
    assert_eq!(
        errors_of(&[("o.json", "{\"users\": []}")], None),
        ["o.json:1:1: not a SCIM ListResponse: no `Resources` list (nor a User or Group resource)"]
    );
}

#[test]
fn membership_rows_need_a_group_and_a_real_member() {
    let text =
        "Group Email [Required],Member Email,Member Type\n,a@b.c,USER\ng@b.c,not-an-email,USER\n";
    assert_eq!(
        errors_of(&[("m.csv", text)], None),
        [
            "m.csv:2:1: empty group (column `Group Email [Required]`)",
            "m.csv:3:7: email `not-an-email` needs text on both sides of one `@` (column `Member Email`)",
        ]
    );
    // An Okta report lists logins; one that is no email must match some user's login.
    let okta = "Group name,Okta username\nowners,grace\n";
    assert_eq!(
        errors_of(&[("g.csv", okta)], None),
        [
            "g.csv:2:8: member `grace` of group `owners` matches no user's sign-in name, and the email needs text on both sides of one `@`"
        ]
    );
}

#[test]
fn empty_and_unknown_files() {
    assert_eq!(
        errors_of(&[("e.csv", "\u{feff}\r\n")], None),
        ["e.csv:1:1: the file is empty"]
    );
    assert_eq!(
        errors_of(&[("e.csv", "")], Some(Format::Plain)),
        ["e.csv:1:1: the file is empty: expected a header line"]
    );
}

#[test]
fn limits_are_errors() {
    let mut rows = String::from("email\n");
    for i in 0..=MAX_ROWS {
        rows.push_str(&format!("u{i}@example.com\n"));
    }
    assert_eq!(
        errors_of(&[("big.csv", &rows)], None),
        [format!(
            "big.csv:{}:1: more than {MAX_ROWS} rows; split the file to import it",
            MAX_ROWS + 2
        )]
    );
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    let e = decode(&huge, "huge.csv").err().map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some("huge.csv:1:1: the file has 33554433 bytes; at most 32 MB are read")
    );
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert_eq!(
        errors_of(&[("deep.json", &deep)], None),
        ["deep.json:1:65: invalid JSON: nested more than 64 levels deep"]
    );
}

#[test]
fn bytes_that_are_not_text() {
    let latin1 = b"email,name\nzoe@example.com,Zo\xeb\n";
    assert_eq!(
        decode(latin1, "l.csv")
            .err()
            .map(|e| e.to_string())
            .as_deref(),
        Some("l.csv:2:19: not UTF-8 text; export the file as UTF-8 (\"CSV UTF-8\" in Excel)")
    );
}

#[test]
fn organization_members_errors() {
    let text = "Email,Role,Seat Tier\nada@example.com,Owner,\nbo@,admin,\nAda@example.com,user,\ncy@example.com,Chief,\ndi@example.com,user,gold\n";
    let got: Vec<String> = match read_members(text, "members.csv") {
        Ok(m) => panic!("read: {m:?}"),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    };
    assert_eq!(
        got,
        [
            "members.csv:3:1: email `bo@` needs text on both sides of one `@`",
            "members.csv:4:1: `Ada@example.com` is listed twice (also at line 2)",
            "members.csv:5:16: unknown role `Chief`; expected one of owner, admin, developer, limited_developer, billing, claude_code_user, user, primary_owner",
            "members.csv:6:21: unknown seat tier `gold`; expected one of premium, standard, chat_claude_code, chat, enterprise",
        ]
    );
    let missing = read_members("email,seat\n", "m.csv")
        .err()
        .map(|e| e.to_string());
    assert_eq!(missing.as_deref(), Some("m.csv:1:1: no `role` column"));
}
