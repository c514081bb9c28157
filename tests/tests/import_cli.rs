//! `provplan import` as CONTRACT.md fixes it: the `directory` as JSON on standard output, or
//! with `--into` the whole scenario; input errors one per line `file:line:column: message` on
//! standard error with exit 2 and nothing on standard output; warnings on standard error
//! with exit 0.

use std::path::{Path, PathBuf};
use std::process::Output;

use provplan_core::ScenarioDoc;
use provplan_core::import::{SourceFile, import};
use provplan_tests::{root, run_provplan, text};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/import")
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let args: Vec<&str> = std::iter::once("import")
        .chain(args.iter().copied())
        .collect();
    run_provplan(&fixtures(), &args, stdin)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(name)).unwrap()
}

/// What the library gives for these fixtures, as the command prints it.
fn expected_directory(names: &[&str]) -> String {
    let texts: Vec<(&str, String)> = names.iter().map(|n| (*n, fixture(n))).collect();
    let files: Vec<SourceFile<'_>> = texts
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    provplan_core::to_json(&import(&files, None).unwrap().directory)
}

#[test]
fn prints_the_directory_and_warnings() {
    let out = run(&["google-users.csv", "google-members.csv"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        expected_directory(&["google-users.csv", "google-members.csv"])
    );
    let stdout: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stdout["idp"], "google");
    assert_eq!(stdout["users"][2]["assigned"], false);
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 4, "{stderr}");
    assert!(stderr.contains(
        "google-members.csv:7:36: warning: `partner@gmail.com`, a member of group `anthropic-claude-users@example.com`, is in no user list imported: left out"
    ));
}

#[test]
fn into_replaces_only_the_directory() {
    let scenario = root().join("examples/enterprise-scim-group-mappings.json");
    let scenario = scenario.to_str().unwrap();
    let out = run(
        &["--into", scenario, "okta-users.csv", "okta-groups.csv"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut before =
        ScenarioDoc::from_json_str(&std::fs::read_to_string(scenario).unwrap()).unwrap();
    let after = ScenarioDoc::from_json_str(&text(&out.stdout)).unwrap();
    // R26: Carol signs in with another address than her login, which SCIM provisions: the
    // version 1 scenario is upgraded to version 2, with the same meaning.
    assert_eq!((before.version, after.version), (1, 2));
    assert!(before.upgrade());
    assert_eq!(after.version, before.version);
    assert_eq!(after.plan, before.plan);
    assert_eq!(after.actor, before.actor);
    assert_eq!(after.organizations, before.organizations);
    assert_eq!(after.directory.idp.as_deref(), Some("okta"));
    // The exports say nothing of the directory sync: the scenario's setting stays.
    assert_eq!(
        after.directory.scim_connected,
        before.directory.scim_connected
    );
    let imported: serde_json::Value =
        serde_json::from_str(&expected_directory(&["okta-users.csv", "okta-groups.csv"])).unwrap();
    assert_eq!(
        serde_json::to_value(&after.directory.users).unwrap(),
        imported["users"]
    );
}

#[test]
fn errors_go_to_stderr_with_exit_2_and_nothing_on_stdout() {
    let out = run(
        &[
            "malformed/invalid-email.csv",
            "malformed/scim-unknown-member.json",
            "plain.csv",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "malformed/invalid-email.csv:3:1: email `grace.example.com` needs text on both sides of one `@` (column `email`)\n\
         malformed/invalid-email.csv:4:1: email `bo @example.com` contains white space (column `email`)\n"
    );
    // Reading errors of one file stop the import; resolving SCIM members needs every file.
    let out = run(&["malformed/scim-unknown-member.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "malformed/scim-unknown-member.json:25:20: member `u404` of group `anthropic-claude-owners` matches no User `id` in the files imported\n"
    );
}

#[test]
fn dash_reads_standard_input() {
    let out = run(&["-"], Some("email,assigned\nada@example.com,no\nbad,\n"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "<stdin>:3:1: email `bad` needs text on both sides of one `@` (column `email`)\n"
    );
    let out = run(&["-", "plain.csv"], Some(&fixture("scim-resources.json")));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let dir: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dir["users"][0]["email"], "Ada@Contoso.com");
    assert_eq!(dir["users"][2]["email"], "ada@example.com");
    assert!(text(&out.stderr).starts_with("<stdin>:26:15: warning: "));
}

#[test]
fn format_can_be_forced() {
    let out = run(&["--format", "plain", "okta-users.csv"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let dir: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dir["idp"], "other");
    assert!(out.stderr.is_empty());

    let out = run(&["--format=entra-users", "plain.csv"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).starts_with("plain.csv:1:1: no `userPrincipalName` column"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["--format", "xml", "plain.csv"],
        &["--into"],
        &["--verbose", "plain.csv"],
        &["-", "-"],
    ] {
        let out = run(args, Some(""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            text(&out.stderr).starts_with("provplan import: "),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    let out = run(&["--format", "xml", "plain.csv"], None);
    assert!(text(&out.stderr).contains(
        "unknown format `xml`; expected one of scim, google-users, google-members, entra-users, okta-users, okta-groups, plain"
    ));
}

#[test]
fn an_unreadable_file_or_scenario_is_an_input_error() {
    let out = run(&["no-such-file.csv"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).starts_with("no-such-file.csv:1:1: cannot read: "));

    let out = run(&["--into", "-", "plain.csv"], Some("{\"version\": 1}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "<stdin>: plan: missing field `plan`\n<stdin>: directory: missing field `directory`\n<stdin>: organizations: missing field `organizations`\n"
    );
}

#[test]
fn skip_bad_rows_imports_the_good_rows_and_prints_the_bad_ones() {
    let csv = "email,name\nada@example.com,Ada\nnot-an-email,X\nbo@example.com,Bo\n";
    // By default the bad row rejects the file.
    let out = run(&["-"], Some(csv));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let strict = text(&out.stderr);
    assert!(
        strict.starts_with("<stdin>:3:1: email `not-an-email`"),
        "{strict}"
    );

    for args in [&["--skip-bad-rows", "-"][..], &["-", "--skip-bad-rows"]] {
        let out = run(args, Some(csv));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let emails: Vec<&str> = stdout["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["email"].as_str().unwrap())
            .collect();
        assert_eq!(emails, ["ada@example.com", "bo@example.com"]);
        // The same line as without the option, then the count.
        assert_eq!(
            text(&out.stderr),
            format!(
                "{strict}provplan import: 2 rows imported, 1 bad row left out (--skip-bad-rows)\n"
            )
        );
    }

    // A file without an email column is still refused.
    let out = run(&["--skip-bad-rows", "-"], Some("name\nAda\n"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn r26_scim_email_and_sso_email_choose_the_attributes() {
    // Okta's defaults: SCIM sends `login`, SSO `email`; Carol's differ.
    let out = run(&["okta-users.csv"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            &stdout["users"][3]["email"],
            &stdout["users"][3]["sso_email"]
        ),
        (
            &serde_json::json!("carol@example.org"),
            &serde_json::json!("c.shaw@example.org")
        )
    );
    // Both mapped to `email` (either spelling of the option).
    for args in [
        &[
            "--scim-email",
            "email",
            "--sso-email",
            "email",
            "okta-users.csv",
        ][..],
        &["--scim-email=EMAIL", "--sso-email=email", "okta-users.csv"],
    ] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(stdout["users"][3]["email"], "c.shaw@example.org");
        assert_eq!(stdout["users"][3].get("sso_email"), None);
    }
    // Entra: SSO sends `mail` while SCIM sends the UPN.
    let out = run(&["--sso-email", "mail", "entra-users.csv"], None);
    let stdout: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stdout["users"][1]["email"], "grace.hopper@contoso.com");
    assert_eq!(stdout["users"][1]["sso_email"], "Grace.Hopper@contoso.com");
    // SCIM JSON: `emails` for both.
    let out = run(
        &[
            "--scim-email",
            "emails",
            "--sso-email",
            "emails",
            "scim-resources.json",
        ],
        None,
    );
    let stdout: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stdout["users"][0]["email"], "ada@contoso.com");
    assert_eq!(stdout["users"][0].get("sso_email"), None);

    // An attribute the file's format does not have, and one no format has.
    let out = run(&["--scim-email", "mail", "okta-users.csv"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "okta-users.csv:1:1: the SCIM email attribute `mail` is not one of the Okta users CSV's: login, email\n"
    );
    let out = run(&["--sso-email", "upn", "okta-users.csv"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with(
        "provplan import: unknown attribute `upn` for --sso-email; the formats have userName, emails (scim); primaryEmail (google-users); userPrincipalName, mail (entra-users); login, email (okta-users); email, sso_email (plain)\n"
    ));
}
