//! Golden outputs: what `provplan evaluate`, `check` and `compare` (table and `--json`) print,
//! with their exit codes and standard error, for every example, every corpus and fixture file
//! and a generated 10,000-user scenario, pinned in `tests/golden/`. A change to the engine's
//! structure must leave them as they are; a change of behaviour shows here line by line and is
//! accepted by writing the files anew with `GOLDEN=write cargo test -p provplan-tests --test
//! golden` (review the diff before committing it). `provplan explain` is pinned for every user
//! of every example.
//!
//! The generated scenario's JSON outputs (megabytes) are pinned by their FNV-1a digest and
//! length; its `check` report and comparison table in full. The JavaScript API's compact
//! JSON is pinned by digest for every input.

use std::path::{Path, PathBuf};

use provplan_core::{Scenario, compare, evaluate, write};
use provplan_tests::{root, run_provplan, text};

/// FNV-1a, 64 bits: a stable digest (the standard library's hasher may change between
/// releases).
fn digest(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64 {h:016x}, {} bytes", s.len())
}

/// The golden text of one input: each command's exit code, standard output and standard
/// error; `short` prints the JSON outputs as digests.
fn golden_of(path: &Path, input: &str, short: bool) -> String {
    let arg = path.to_string_lossy();
    let mut out = String::new();
    for args in [
        &["evaluate"][..],
        &["check"],
        &["compare"],
        &["compare", "--json"],
    ] {
        let mut argv = args.to_vec();
        argv.push(&arg);
        let o = run_provplan(&root(), &argv, None);
        let stdout = text(&o.stdout);
        let json = args == ["evaluate"] || args == ["compare", "--json"];
        out.push_str(&format!(
            "== provplan {} (exit {})\n",
            args.join(" "),
            o.status.code().unwrap_or(-1)
        ));
        if short && json {
            out.push_str(&digest(&stdout));
            out.push('\n');
        } else {
            out.push_str(&stdout);
        }
        if !o.stderr.is_empty() {
            out.push_str("-- standard error\n");
            out.push_str(&text(&o.stderr));
        }
    }
    // The JavaScript API's compact JSON (the same values, another writer).
    if let Ok(sc) = Scenario::parse(input) {
        out.push_str("== JavaScript API: evaluate, compare\n");
        out.push_str(&digest(&write::to_string(&evaluate(&sc))));
        out.push('\n');
        out.push_str(&digest(&write::to_string(&compare(&sc))));
        out.push('\n');
    }
    out
}

fn inputs() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["examples", "tests/corpus", "tests/fixtures"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "json")
                && p.file_name().is_some_and(|n| n != "expected.json")
            {
                files.push(p.strip_prefix(root()).map(Path::to_path_buf).unwrap_or(p));
            }
        }
    }
    files.sort();
    files
}

/// Compares (or with `GOLDEN=write`, writes) the golden file `name`; returns a failure line.
fn check(name: &str, actual: &str) -> Option<String> {
    pinned(&format!("{name}.txt"), actual)
}

/// Compares (or writes) `tests/golden/FILE` byte for byte.
fn pinned(file: &str, actual: &str) -> Option<String> {
    let file = root().join("tests/golden").join(file);
    if std::env::var("GOLDEN").as_deref() == Ok("write") {
        std::fs::create_dir_all(file.parent()?).ok()?;
        std::fs::write(&file, actual).ok()?;
        return None;
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_default();
    if expected == actual {
        return None;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Some(format!(
        "{}: differs from line {}:\n  pinned: {:?}\n  now:    {:?}",
        file.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or("(end)"),
        actual.lines().nth(line).unwrap_or("(end)")
    ))
}

#[test]
fn every_example_corpus_and_fixture_file_prints_what_is_pinned() {
    let files = inputs();
    assert!(files.len() > 80, "only {} input files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let input =
            String::from_utf8_lossy(&std::fs::read(root().join(path)).unwrap()).into_owned();
        let name = path.to_string_lossy().replace(['/', '\\'], "__");
        failures.extend(check(&name, &golden_of(path, &input, false)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each report's command and the extension of its golden file.
const REPORTS: &[(&[&str], &str)] = &[
    (&["evaluate", "--format", "csv"], "csv"),
    (&["check", "--format", "markdown"], "md"),
];

/// The reports of every example and fixture, byte for byte (CRLF line ends of the CSV
/// included): `provplan evaluate --format csv` (`….csv`) and `provplan check --format
/// markdown` (`….md`). The fixture `formula-cells.json` has cells a spreadsheet would run and
/// names full of Markdown, HTML and control characters.
#[test]
fn every_example_and_fixture_report_is_pinned() {
    let files: Vec<PathBuf> = inputs()
        .into_iter()
        .filter(|p| !p.starts_with("tests/corpus"))
        .collect();
    assert!(files.len() >= 10, "only {} input files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.to_string_lossy().replace(['/', '\\'], "__");
        let arg = path.to_string_lossy();
        for (args, ext) in REPORTS {
            let mut argv = args.to_vec();
            argv.push(&arg);
            let o = run_provplan(&root(), &argv, None);
            assert!(o.stderr.is_empty(), "{arg}: {}", text(&o.stderr));
            failures.extend(pinned(&format!("{name}.{ext}"), &text(&o.stdout)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_generated_10000_user_scenario_prints_what_is_pinned() {
    let doc = provplan_core::generate::scenario(provplan_core::generate::Options {
        users: 10_000,
        seed: 7,
    });
    let input = doc.to_json_pretty();
    let dir = std::env::temp_dir().join(format!("provplan-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("generated-10000.json");
    std::fs::write(&path, &input).unwrap();
    let golden =
        golden_of(&path, &input, true).replace(&*path.to_string_lossy(), "generated-10000.json");
    let _ = std::fs::remove_dir_all(&dir);
    if let Some(failure) = check("generated-10000-seed-7", &golden) {
        panic!("{failure}");
    }
}

/// `provplan explain` (text and `--json`) for every user of every example, pinned in
/// `tests/golden/explain__*.txt`.
#[test]
fn every_examples_users_traces_are_pinned() {
    let mut failures = Vec::new();
    let mut examples: Vec<PathBuf> = inputs()
        .into_iter()
        .filter(|p| p.starts_with("examples"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 4, "{examples:?}");
    for path in &examples {
        let input = std::fs::read_to_string(root().join(path)).unwrap();
        let sc = Scenario::parse(&input).unwrap();
        let ev = evaluate(&sc);
        // Every user once: the directory, then the members not in it, organization by
        // organization.
        let mut emails: Vec<&str> = Vec::new();
        for o in &ev.organizations {
            for u in o.users.iter() {
                let email = o.users.email(u);
                if !emails.contains(&email) {
                    emails.push(email);
                }
            }
        }
        let arg = path.to_string_lossy();
        let mut out = String::new();
        for email in emails {
            for json in [false, true] {
                let mut argv = vec!["explain", &*arg, email];
                if json {
                    argv.push("--json");
                }
                let o = run_provplan(&root(), &argv, None);
                out.push_str(&format!(
                    "== provplan {} (exit {})\n",
                    argv.join(" "),
                    o.status.code().unwrap_or(-1)
                ));
                out.push_str(&text(&o.stdout));
                if !o.stderr.is_empty() {
                    out.push_str("-- standard error\n");
                    out.push_str(&text(&o.stderr));
                }
            }
        }
        let name = format!(
            "explain__{}",
            path.to_string_lossy().replace(['/', '\\'], "__")
        );
        failures.extend(check(&name, &out));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
