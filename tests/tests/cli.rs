//! The `provplan` command line as CONTRACT.md fixes it: outputs, exit codes, standard input,
//! and errors on standard error only.

use std::process::Output;

use provplan_tests::{examples, root, run_provplan, text};

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    run_provplan(&root(), args, stdin)
}

#[test]
fn evaluate_prints_the_engines_json() {
    for file in examples() {
        let path = file.to_string_lossy();
        let out = run(&["evaluate", &path], None);
        assert_eq!(out.status.code(), Some(0), "{path}: {}", text(&out.stderr));
        let expected =
            provplan_core::evaluate_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(text(&out.stdout), expected);
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn check_exits_1_on_error_findings_and_reports_for_people() {
    let out = run(&["check", "examples/enterprise-entra-lockout.json"], None);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    for expected in [
        "Errors — fix before saving (2)",
        "ACTOR_LOSES_ACCESS [claude] (R20)",
        "→ before you save, put yourself in a group mapped to the role you hold",
        "Chat + Claude Code 6/6, short 2",
        "[!] 8. Save changes — blocked",
    ] {
        assert!(
            report.contains(expected),
            "missing {expected:?} in:\n{report}"
        );
    }
    let out = run(
        &["check", "examples/enterprise-scim-group-mappings.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "warnings only");
    assert!(text(&out.stdout).contains("MEMBERS_REMOVED_ON_SAVE"));
}

#[test]
fn compare_prints_a_table_or_json() {
    let out = run(&["compare", "--json", "examples/team-jit.json"], None);
    assert_eq!(out.status.code(), Some(0));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[3]["mode"], "scim");
    assert_eq!(rows[3]["eligible"], false, "R7: no SCIM on Team");
    let out = run(&["compare", "examples/team-jit.json"], None);
    let table = text(&out.stdout);
    assert!(table.contains("scim + AGM   no"), "{table}");
}

#[test]
fn standard_input_with_dash() {
    let scenario = std::fs::read_to_string(root().join("examples/team-jit.json")).unwrap();
    let out = run(&["evaluate", "-"], Some(&scenario));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        provplan_core::evaluate_json(&scenario).unwrap()
    );
}

#[test]
fn input_errors_go_to_stderr_with_exit_2() {
    let bad = r#"{"version": 1, "plan": "team", "directory": {"users": [{"email": "x"}]},
        "organizations": [{"id": "c", "product": "claude", "provisioning": {"mode": "scmi"}}]}"#;
    for cmd in ["evaluate", "check", "compare"] {
        let out = run(&[cmd, "-"], Some(bad));
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(out.stdout.is_empty(), "{cmd}: nothing on stdout");
        let err = text(&out.stderr);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines,
            [
                "-: directory.users[0].email: email \"x\" needs text on both sides of one `@`",
                "-: organizations[0].provisioning.mode: unknown mode \"scmi\"; expected manual, jit or scim",
            ],
            "{cmd}"
        );
    }
    let out = run(&["evaluate", "no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("no/such/file.json: cannot read"));
    let out = run(&["frobnicate"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("usage:"));
}

#[test]
fn invalid_utf8_is_an_input_error() {
    let dir = std::env::temp_dir().join(format!("provplan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("latin1.json");
    std::fs::write(&file, b"{\"plan\": \"caf\xe9\"}").unwrap();
    let out = run(&["evaluate", &file.to_string_lossy()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not UTF-8 text (invalid byte at offset 13)"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(dir).ok();
}

/// `provplan ARGS` with standard input and output from and to the given files.
fn run_with_files(args: &[&str], stdin: &str, stdout: &str) -> Output {
    std::process::Command::new(provplan_tests::provplan_binary())
        .args(args)
        .current_dir(root())
        .stdin(std::fs::File::open(stdin).unwrap())
        .stdout(
            std::fs::OpenOptions::new()
                .write(true)
                .open(stdout)
                .unwrap(),
        )
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn terminal_control_characters_are_shown_not_obeyed() {
    // An organization name that would clear the line and hide what follows on a terminal.
    let scenario = r#"{"version": 1, "plan": "team", "actor": "a@x.com",
        "directory": {"users": [{"email": "a@x.com", "assigned": false}]},
        "organizations": [{"id": "claude", "name": "Acme\u001b[2K\u001b[8m", "product": "claude",
            "provisioning": {"mode": "jit"}, "members": [{"email": "a@x.com", "role": "owner"}]}]}"#;
    for cmd in ["check", "compare"] {
        let out = run(&[cmd, "-"], Some(scenario));
        let report = text(&out.stdout);
        assert!(!report.contains('\u{1b}'), "{cmd}: {report:?}");
        if cmd == "check" {
            assert!(
                report.contains(r"Acme\u{1b}[2K\u{1b}[8m (claude)"),
                "{report}"
            );
            assert!(report.contains("ACTOR_LOSES_ACCESS"), "{report}");
        }
    }
}

#[test]
fn a_failed_write_is_an_error() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let example = root().join("examples/team-jit.json");
    let example = example.to_string_lossy();
    for args in [
        vec!["evaluate", &*example],
        vec!["check", &*example],
        vec!["compare", "--json", &*example],
        vec!["generate", "--users", "10"],
    ] {
        let out = run_with_files(&args, "/dev/null", "/dev/full");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains("cannot write the output"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn endless_input_is_refused_at_the_size_limit() {
    if !std::path::Path::new("/dev/zero").exists() {
        return;
    }
    let out = run_with_files(&["evaluate", "-"], "/dev/zero", "/dev/null");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "-: the scenario is larger than 48 MB; the planner reads at most 48 MB\n"
    );
}

#[test]
fn generate_writes_what_evaluate_reads_at_the_largest_size() {
    let max = provplan_core::scenario::limits::MAX_USERS.to_string();
    let generated = run(&["generate", "--users", &max], None);
    assert_eq!(generated.status.code(), Some(0));
    assert!(generated.stdout.len() <= provplan_core::doc::MAX_INPUT_BYTES);
    let out = run(&["compare", "--json", "-"], Some(&text(&generated.stdout)));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let small = run(&["generate", "--users", "3"], None);
    assert!(
        text(&small.stdout).contains("\n  \"version\": 1,"),
        "indented when small"
    );
}

#[test]
fn explain_traces_one_user_in_any_letter_case() {
    let file = "examples/enterprise-entra-lockout.json";
    let out = run(&["explain", file, "ENG5@Example.NET"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let trace = text(&out.stdout);
    for expected in [
        "Why eng5@example.net gets what saving gives them",
        "  5. Seat (R14, R17)",
        "served 6th of 14 in the seat queue",
        "not_added, change none",
    ] {
        assert!(
            trace.contains(expected),
            "missing {expected:?} in:\n{trace}"
        );
    }
    assert!(out.stderr.is_empty());
    // The JSON is the engine's, for the same user.
    let out = run(
        &[
            "explain",
            "--json",
            file,
            "eng5@example.net",
            "--org",
            "claude",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let sc = provplan_core::Scenario::parse(&std::fs::read_to_string(root().join(file)).unwrap())
        .unwrap();
    let x = provplan_core::explain(&sc, "eng5@example.net").unwrap();
    assert_eq!(text(&out.stdout), provplan_core::write::pretty(&x));
}

#[test]
fn explain_exits_2_on_an_unknown_email_or_organization() {
    let file = "examples/enterprise-entra-lockout.json";
    let out = run(&["explain", file, "eng5@exmple.net"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(err.contains("did you mean `eng5@example.net`?"), "{err}");

    let out = run(
        &["explain", file, "eng5@example.net", "--org", "nope"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.contains("no organization has the id `nope`; the ids are `claude`"),
        "{err}"
    );

    // A usage error, and an input error in the scenario.
    let out = run(&["explain", file], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["explain", "-", "a@example.com"], Some("{"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn evaluate_as_csv_has_one_row_per_user_and_organization() {
    for file in examples() {
        let path = file.to_string_lossy();
        let out = run(&["evaluate", "--format", "csv", &path], None);
        assert_eq!(out.status.code(), Some(0), "{path}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty());
        let csv = text(&out.stdout);
        let ev: serde_json::Value =
            serde_json::from_str(&text(&run(&["evaluate", &path], None).stdout)).unwrap();
        let users: usize = ev["organizations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["users"].as_array().unwrap().len())
            .sum();
        // RFC 4180 line ends; no cell of the examples holds a line end.
        assert!(csv.ends_with("\r\n"));
        assert_eq!(csv.matches("\r\n").count(), users + 1, "{path}");
        assert!(csv.starts_with("organization,email,name,status,role,seat_tier,change,"));
    }
    // The format after the file, and the limit with it.
    let out = run(
        &[
            "evaluate",
            "examples/team-jit.json",
            "--format",
            "csv",
            "--max-removals",
            "0",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    // An unknown format, or one of another command: exit 2, nothing on standard output.
    for args in [
        &["evaluate", "--format", "xml", "examples/team-jit.json"][..],
        &["evaluate", "--format", "text", "examples/team-jit.json"],
        &["check", "--format", "csv", "examples/team-jit.json"],
        &["evaluate", "--format"],
        &[
            "evaluate",
            "examples/team-jit.json",
            "examples/team-jit.json",
        ],
    ] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    // An input error stays exit 2, whatever the format.
    let out = run(&["evaluate", "--format", "csv", "-"], Some("{"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

/// The pipes of a Markdown line that separate table cells: those not escaped.
fn cell_pipes(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            n += 1;
        }
        escaped = c == '\\' && !escaped;
    }
    n
}

/// A line without its code spans (CommonMark: a run of N backticks opens a span that the next
/// run of exactly N backticks closes).
fn outside_code_spans(line: &str) -> String {
    let b: Vec<char> = line.chars().collect();
    let run_at = |i: usize| b[i..].iter().take_while(|c| **c == '`').count();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != '`' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let n = run_at(i);
        let mut j = i + n;
        let mut closed = None;
        while j < b.len() {
            if b[j] == '`' {
                let m = run_at(j);
                if m == n {
                    closed = Some(j + m);
                    break;
                }
                j += m;
            } else {
                j += 1;
            }
        }
        match closed {
            Some(end) => i = end,
            None => {
                out.extend(&b[i..i + n]);
                i += n;
            }
        }
    }
    out
}

/// Every table of a Markdown report keeps its shape (no value adds a cell or a line), and no
/// raw HTML tag is left unescaped outside code spans.
fn assert_well_formed(md: &str, what: &str) {
    let mut columns = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = cell_pipes(line);
            assert_eq!(*columns.get_or_insert(n), n, "{what}: {line}");
        } else {
            columns = None;
        }
        // Outside code spans, a `<` is escaped (`\<`), so no tag reaches the renderer.
        let outside_code = outside_code_spans(line);
        let raw_tag = outside_code
            .char_indices()
            .any(|(i, c)| c == '<' && !outside_code[..i].ends_with('\\'));
        assert!(!raw_tag, "{what}: raw HTML in {line}");
        assert!(
            !line.contains('\u{1b}') && !line.contains('\r'),
            "{what}: {line:?}"
        );
    }
}

#[test]
fn check_as_markdown_keeps_the_exit_codes_and_its_tables() {
    let files = examples()
        .into_iter()
        .chain([root().join("tests/fixtures/formula-cells.json")]);
    for file in files {
        let path = file.to_string_lossy();
        let text_report = run(&["check", &path], None);
        let out = run(&["check", "--format", "markdown", &path], None);
        // The same exit code as the text report: 1 while an error finding stands.
        assert_eq!(out.status.code(), text_report.status.code(), "{path}");
        assert!(out.stderr.is_empty());
        let md = text(&out.stdout);
        assert!(
            md.starts_with("# Provisioning change\n\n**Setup.** "),
            "{path}"
        );
        for section in [
            "## Summary",
            "## Findings",
            "## Users who change",
            "## Checklist",
        ] {
            assert!(md.contains(section), "{path}: {section}");
        }
        assert_well_formed(&md, &path);
    }
    let out = run(
        &[
            "check",
            "--format",
            "markdown",
            "examples/enterprise-entra-lockout.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("**Do not save:** 2 errors must be fixed first."));
    let out = run(&["check", "--format", "markdown", "-"], Some("{"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn diff_as_markdown_keeps_diffs_exit_codes() {
    let a = "examples/team-jit.json";
    let b = "examples/enterprise-entra-lockout.json";
    let same = run(&["diff", "--format", "markdown", a, a], None);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(
        text(&same.stdout),
        "# Provisioning change: before and after\n\nNo differences.\n"
    );
    let differ = run(&["diff", "--format", "markdown", a, b], None);
    assert_eq!(differ.status.code(), Some(1));
    let md = text(&differ.stdout);
    assert!(md.contains("gain access"), "{md}");
    assert!(
        md.contains("| | Email | Before | After | Why (after) |"),
        "{md}"
    );
    assert_well_formed(&md, "diff");
    // The text and JSON forms are unchanged by the new option.
    assert_eq!(
        text(&run(&["diff", "--format", "json", a, b], None).stdout),
        text(&run(&["diff", "--json", a, b], None).stdout)
    );
    assert_eq!(
        text(&run(&["diff", "--format", "text", a, b], None).stdout),
        text(&run(&["diff", a, b], None).stdout)
    );
    let bad = run(&["diff", "--format", "markdown", a, "-"], Some("{"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    let unknown = run(&["diff", "--format", "csv", a, b], None);
    assert_eq!(unknown.status.code(), Some(2));
}
