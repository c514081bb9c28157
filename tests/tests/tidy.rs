//! Tidy checks: the project's documents, tests and code agree with each other.

use std::collections::BTreeSet;

use provplan_core::catalog::{Code, RULE_IDS};
use provplan_tests::root;

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Rule ids (`R1`…) that a text mentions as whole words.
fn rule_ids(text: &str) -> BTreeSet<u32> {
    let bytes = text.as_bytes();
    let mut ids = BTreeSet::new();
    for (i, _) in text.match_indices('R') {
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let digits: String = text[i + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let after = text[i + 1 + digits.len()..].chars().next();
        if before_ok && !digits.is_empty() && !after.is_some_and(|c| c.is_ascii_alphanumeric()) {
            ids.insert(digits.parse().unwrap());
        }
    }
    ids
}

/// The test suites' source files.
fn test_sources() -> Vec<(String, String)> {
    let dir = root().join("tests/tests");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_rule_has_a_test_named_after_it() {
    let rules = rule_ids(&read("core/RULES.md"));
    assert_eq!(rules, (1..=25).collect(), "core/RULES.md defines R1–R25");
    let tests: String = test_sources().into_iter().map(|(_, s)| s).collect();
    let missing: Vec<String> = rules
        .iter()
        .filter(|r| !tests.contains(&format!("fn r{r:02}_")))
        .map(|r| format!("R{r}"))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a test `fn rNN_…`: {missing:?}"
    );
}

#[test]
fn every_finding_code_is_documented_with_a_known_rule_and_advice() {
    let rules_doc = read("core/RULES.md");
    let contract = read("core/CONTRACT.md");
    for code in Code::ALL {
        assert!(
            rules_doc.contains(code.id()),
            "{code} is not in core/RULES.md"
        );
        assert!(
            contract.contains(code.id()),
            "{code} is not in core/CONTRACT.md"
        );
        assert!(
            RULE_IDS.contains(&code.rule()),
            "{code} cites an unknown rule"
        );
        assert!(!code.advice().is_empty(), "{code} has no advice");
        // Each code is exercised by a test.
        let tested = test_sources()
            .iter()
            .any(|(_, s)| s.contains(&format!("\"{}\"", code.id())));
        assert!(tested, "no test asserts {code}");
    }
}

#[test]
fn code_cites_only_rules_that_exist() {
    let mut unknown = Vec::new();
    for dir in ["core/src", "cli/src"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for id in rule_ids(&text) {
                    if !(1..=25).contains(&id) {
                        unknown.push(format!("{}: R{id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:?}");
}

/// No test is skipped without saying why: `should_panic` is not used, and an ignored test
/// gives a reason that names the issue it waits for (`ignore = "needs #22 point 1"`).
#[test]
fn no_unexplained_ignored_or_should_panic_tests() {
    let ignore = ["#[", "ignore"].concat();
    let should_panic = ["#[", "should_panic"].concat();
    for (name, text) in test_sources() {
        assert!(!text.contains(&should_panic), "{name} uses {should_panic}]");
        for (i, _) in text.match_indices(&ignore) {
            let attribute = text[i..].lines().next().unwrap_or_default();
            let reason = attribute
                .strip_prefix(&format!("{ignore} = \""))
                .and_then(|r| r.strip_suffix("\"]"))
                .unwrap_or_default();
            let names_issue = reason.split_whitespace().any(|w| {
                w.strip_prefix('#')
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            });
            assert!(
                names_issue,
                "{name}: `{attribute}` must give a reason naming the issue it waits for"
            );
        }
    }
}

#[test]
fn ci_runs_the_readmes_test_command() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    let command = "tests/run test";
    assert!(readme.contains(command), "README.md names `{command}`");
    assert!(
        ci.lines()
            .any(|l| !l.trim_start().starts_with('#') && l.contains(command)),
        ".ci/run calls `{command}`"
    );
}

#[test]
fn nothing_reads_outside_the_project() {
    let mut offenders = Vec::new();
    let mut stack = vec![root()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !["target", "node_modules", ".git", "artifacts", "dist"].contains(&name.as_str())
                {
                    stack.push(path);
                }
            } else if ["rs", "mjs", "js", "sh", "toml", "html", "ts"]
                .iter()
                .any(|e| name.ends_with(e))
                || name == "run"
            {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let needle = ["..", "/shared"].concat();
                if text.contains(&needle) {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "files that read outside the project: {offenders:?}"
    );
}
