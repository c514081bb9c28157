//! Tidy checks: the project's documents, tests and code agree with each other.

use std::collections::BTreeSet;

use provplan_core::catalog::Code;
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

/// The rules RULES.md defines: its `### R<n> <title>` headings.
fn defined_rules() -> BTreeSet<u32> {
    read("core/RULES.md")
        .lines()
        .filter_map(|l| l.strip_prefix("### R"))
        .filter_map(|l| l.split(' ').next()?.parse().ok())
        .collect()
}

#[test]
fn every_rule_has_a_test_named_after_it() {
    let rules = defined_rules();
    let expected: BTreeSet<u32> = (1..=28).collect();
    assert_eq!(rules, expected, "core/RULES.md defines R1–R28");
    let cited = rule_ids(&read("core/RULES.md"));
    let undefined = cited.difference(&rules).collect::<Vec<_>>();
    assert!(
        undefined.is_empty(),
        "RULES.md mentions rules it does not define: {undefined:?}"
    );
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
            provplan_core::catalog::rule_ids().any(|r| r == code.rule()),
            "{code} cites an unknown rule"
        );
        assert!(!code.advice().is_empty(), "{code} has no advice");
    }
}

#[test]
fn code_cites_only_rules_that_exist() {
    let defined = defined_rules();
    let mut unknown = Vec::new();
    for dir in ["core/src", "cli/src"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for id in rule_ids(&text) {
                    if !defined.contains(&id) {
                        unknown.push(format!("{}: R{id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn every_finding_code_is_asserted() {
    let sources = test_sources();
    let mut helper_texts: Vec<String> = sources.iter().map(|(_, s)| s.clone()).collect();
    helper_texts.push(read("tests/src/lib.rs"));
    helper_texts.push(read("tests/tests/common/mod.rs"));
    let helpers = asserting_helpers(&helper_texts);
    let unasserted: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.id())
        .filter(|id| {
            !sources
                .iter()
                .any(|(_, text)| asserts_literal(text, &format!("\"{id}\""), &helpers))
        })
        .collect();
    assert!(
        unasserted.is_empty(),
        "finding codes that no test asserts (mentioned at most outside an assertion): {unasserted:?}"
    );
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
fn an_assertion_counts_and_a_mention_does_not() {
    let helpers = asserting_helpers(&[read("tests/src/lib.rs")]);
    assert!(helpers.contains(&"finding".to_owned()), "{helpers:?}");
    assert!(!helpers.contains(&"has".to_owned()), "{helpers:?}");
    let asserted = [
        "assert!(has(&ev, \"X\"));",
        "prop_assert!(!has(&ev, \"X\"), \"{}\", 1);",
        "let f = finding(&ev, \"X\");",
        "let amb = findings(&ev, \"X\");\nassert_eq!(amb.len(), 2);",
        "for code in [\"X\", \"Y\"] {\n    assert!(has(&ev, code));\n}",
    ];
    for text in asserted {
        assert!(asserts_literal(text, "\"X\"", &helpers), "{text}");
    }
    let mentioned = [
        "// \"X\" is raised here",
        "if has(&ev, \"X\") { return; }",
        "let f = findings(&ev, \"X\");\nassert_eq!(other.len(), 2);",
        "assert!(ok(\")\"));\nlet _ = has(&ev, \"X\");",
        "let amb = findings(&ev, \"X\");\nassert_eq!(ambiguous.len(), 2);",
    ];
    for text in mentioned {
        assert!(!asserts_literal(text, "\"X\"", &helpers), "{text}");
    }
}

// --- finding assertions ------------------------------------------------------------------------

/// Whether `c` can be part of a Rust identifier.
fn ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The end (one past) of the literal or comment that starts at `i`, if one does.
fn skip_literal(b: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    match at(i) {
        b'/' if at(i + 1) == b'/' => Some((i..b.len()).find(|&k| b[k] == b'\n').unwrap_or(b.len())),
        b'r' if (at(i + 1) == b'"' || at(i + 1) == b'#') && (i == 0 || !ident_char(at(i - 1))) => {
            let hashes = (i + 1..b.len()).take_while(|&k| b[k] == b'#').count();
            let open = i + 1 + hashes;
            if at(open) != b'"' {
                return None;
            }
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let end = (open + 1..b.len()).find(|&k| b[k..].starts_with(&close));
            Some(end.map_or(b.len(), |k| k + close.len()))
        }
        b'"' => {
            let mut k = i + 1;
            while k < b.len() && b[k] != b'"' {
                k += if b[k] == b'\\' { 2 } else { 1 };
            }
            Some((k + 1).min(b.len()))
        }
        // A character literal ('x', '\n', '\''), not a lifetime.
        b'\'' if at(i + 1) == b'\\' => (i + 3..b.len()).find(|&k| b[k] == b'\'').map(|k| k + 1),
        b'\'' if at(i + 2) == b'\'' => Some(i + 3),
        _ => None,
    }
}

/// The index of the bracket that closes the one at `open` (`(`, `[` or `{`).
fn closing(b: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        if let Some(end) = skip_literal(b, i) {
            i = end;
            continue;
        }
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Where `word(` is called in `text` (not defined), as the byte ranges of its arguments.
fn calls(text: &str, word: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    text.match_indices(&format!("{word}("))
        .filter(|(i, _)| *i == 0 || !ident_char(b[i - 1]))
        .filter(|(i, _)| !text[..*i].ends_with("fn "))
        .map(|(i, _)| {
            let open = i + word.len();
            open..closing(b, open)
        })
        .collect()
}

/// The argument ranges of every assertion macro in `text`: `assert!(…)`, `assert_eq!(…)`,
/// `prop_assert_ne!(…)` and the like.
fn assertion_macros(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    for (i, _) in text.match_indices("assert") {
        let word_start = if text[..i].ends_with("prop_") {
            i - 5
        } else {
            i
        };
        if word_start > 0 && ident_char(b[word_start - 1]) {
            continue;
        }
        let name_end = (i..b.len()).find(|&k| !ident_char(b[k])).unwrap_or(b.len());
        if text[name_end..].starts_with("!(") {
            spans.push(name_end + 1..closing(b, name_end + 1));
        }
    }
    spans
}

/// The functions of `texts` whose body asserts (e.g. `finding`, which asserts that exactly one
/// finding has the code).
fn asserting_helpers(texts: &[String]) -> Vec<String> {
    let mut helpers = Vec::new();
    for text in texts {
        let b = text.as_bytes();
        for (i, _) in text.match_indices("fn ") {
            if i > 0 && ident_char(b[i - 1]) {
                continue;
            }
            let name: String = text[i + 3..]
                .bytes()
                .take_while(|c| ident_char(*c))
                .map(char::from)
                .collect();
            let Some(open) = text[i..].find('{').map(|k| i + k) else {
                continue;
            };
            let body = &text[open..closing(b, open).min(text.len())];
            if !name.is_empty() && !assertion_macros(body).is_empty() && !helpers.contains(&name) {
                helpers.push(name);
            }
        }
    }
    helpers
}

/// Whether `text` asserts `literal`: it appears inside an assertion macro or a call of an
/// asserting helper, or it is bound by `let NAME = …;` or `for NAME in …` and `NAME` then
/// appears inside an assertion. A mere mention (a comment, an `if`, a list never checked)
/// does not count.
fn asserts_literal(text: &str, literal: &str, helpers: &[String]) -> bool {
    let b = text.as_bytes();
    let mut spans = assertion_macros(text);
    for h in helpers {
        spans.extend(calls(text, h));
    }
    let inside =
        |at: usize, spans: &[std::ops::Range<usize>]| spans.iter().any(|s| s.contains(&at));
    text.match_indices(literal).any(|(at, _)| {
        if inside(at, &spans) {
            return true;
        }
        // The statement that holds the literal: from the last `;`, `{` or `}` before it.
        let start = text[..at].rfind([';', '{', '}']).map_or(0, |k| k + 1);
        let stmt = text[start..at].trim_start();
        let bound = stmt
            .strip_prefix("let ")
            .map(|r| r.trim_start_matches("mut "))
            .or_else(|| stmt.strip_prefix("for "));
        let Some(name) = bound.map(|r| {
            r.bytes()
                .take_while(|c| ident_char(*c))
                .map(char::from)
                .collect::<String>()
        }) else {
            return false;
        };
        if name.is_empty() {
            return false;
        }
        spans.iter().filter(|s| s.start > at).any(|s| {
            text[s.clone()].match_indices(name.as_str()).any(|(k, _)| {
                let k = s.start + k;
                !ident_char(b[k - 1]) && !b.get(k + name.len()).copied().is_some_and(ident_char)
            })
        })
    })
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
