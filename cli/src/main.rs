//! `provplan`: plan SSO user provisioning offline, from scenario files (CONTRACT.md).
#![forbid(unsafe_code)]

mod explain;
mod import;
mod report;

use std::io::{Read, Write};
use std::process::ExitCode;

use provplan_core::scenario::RemovalLimit;
use provplan_core::{InputErrors, Scenario, Severity, compare, evaluate, write};

pub(crate) const USAGE: &str = "\
provplan: see what saving an SSO provisioning setup does to every user, before you save

usage:
  provplan evaluate [--max-removals N|N%] [--format json|csv] FILE
                                 print the evaluation as JSON, or one CSV row per user and
                                 organization
  provplan check [--max-removals N|N%] [--format text|markdown] FILE
                                 print a readable report (markdown: for a change ticket);
                                 exit 1 when an error finding stands
  provplan compare [--json] FILE compare the five mode combinations per organization
  provplan explain [--org ID] [--json] FILE EMAIL
                                 why one user gets what saving gives them: the steps
                                 that decided it, per organization (letter case ignored)
  provplan upgrade FILE          print the scenario in the newest format version (2), with
                                 the same meaning
  provplan diff [--json | --format text|json|markdown] BEFORE AFTER
                                 the users whose outcome differs and the findings that
                                 appear or disappear; exit 1 when anything differs
  provplan import [--into SCENARIO] [--format F] [--skip-bad-rows]
                  [--scim-email ATTR] [--sso-email ATTR] EXPORT...
                                 print the directory read from IdP exports as JSON; with
                                 --into, SCENARIO with its directory replaced; with
                                 --skip-bad-rows, the good rows, the bad ones listed
  provplan generate [--users N] [--seed S] [--sso-emails]
                                 print a large example scenario (for benchmarks and demos)
  provplan --version

FILE is a scenario (JSON, version 1 or 2), or - for standard input.
EXPORT is a directory export, its format recognised from its content: SCIM 2.0 JSON, Google
Workspace users or group members CSV, Microsoft Entra users CSV, Okta users or group membership
CSV, or plain CSV (email, name, groups, assigned). F forces one for all: scim, google-users,
google-members, entra-users, okta-users, okta-groups, plain. A bad row rejects the import
unless --skip-bad-rows is given. Warnings go to standard error. ATTR chooses the attribute that
gives the address SCIM provisions (email) or the one SSO sends (sso_email, written where the
two differ): login or email (Okta), userPrincipalName or mail (Entra), userName or emails
(SCIM), email or sso_email (plain); by default each identity provider's default mapping.
Exit codes: 0 fine, 1 error findings (check), 2 input errors (printed to standard error).";

/// Exit code for input errors (the contract's).
pub(crate) const INPUT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [command @ ("evaluate" | "check"), rest @ ..] => scenario_command(command, rest),
        ["compare", "--json", file] | ["compare", file, "--json"] => {
            run(file, |sc| Outcome::ok(write::pretty(&compare(sc))))
        }
        ["compare", file] => run(file, |sc| {
            Outcome::ok(terminal_safe(&report::comparison_table(sc, &compare(sc))))
        }),
        ["upgrade", file] => upgrade(file),
        ["diff", "--json", before, after] => diff(before, after, DiffFormat::Json),
        ["diff", "--format", "markdown", before, after] => {
            diff(before, after, DiffFormat::Markdown)
        }
        ["diff", "--format", "json", before, after] => diff(before, after, DiffFormat::Json),
        ["diff", "--format", "text", before, after] | ["diff", before, after] => {
            diff(before, after, DiffFormat::Text)
        }
        ["explain", rest @ ..] => explain::run(rest),
        ["import", rest @ ..] => import::run(rest),
        ["generate", rest @ ..] => generate(rest),
        ["--version" | "-V"] => {
            println!("provplan {}", provplan_core::VERSION);
            ExitCode::SUCCESS
        }
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(INPUT_ERROR)
        }
    }
}

struct Outcome {
    text: String,
    code: u8,
    /// A message for standard error (then nothing is printed to standard output).
    error: Option<String>,
}

impl Outcome {
    fn ok(text: String) -> Self {
        Outcome {
            text,
            code: 0,
            error: None,
        }
    }
}

/// `evaluate` and `check`: FILE with `--max-removals N|N%` (R28, overriding the file's
/// `max_removals`) and `--format F`, in any order.
fn scenario_command(command: &str, args: &[&str]) -> ExitCode {
    let mut file = None;
    let mut limit = None;
    let mut format = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--max-removals" => {
                let value = rest.next().copied().unwrap_or_default();
                match RemovalLimit::parse(value) {
                    Some(l) => limit = Some(l),
                    None => {
                        eprintln!(
                            "{command}: --max-removals takes a whole number of people (such as 5) or a percentage of an organization's current members from 0% to 100% (such as 10%), not {value:?}"
                        );
                        return ExitCode::from(INPUT_ERROR);
                    }
                }
            }
            "--format" => format = Some(rest.next().copied().unwrap_or_default()),
            f if file.is_none() && (f == "-" || !f.starts_with('-')) => file = Some(f),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(INPUT_ERROR);
            }
        }
    }
    let Some(file) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(INPUT_ERROR);
    };
    // The first is the default.
    let formats: &[&str] = if command == "check" {
        &["text", "markdown"]
    } else {
        &["json", "csv"]
    };
    let format = format
        .or_else(|| formats.first().copied())
        .unwrap_or_default();
    if !formats.contains(&format) {
        eprintln!(
            "{command}: --format takes {}, not {format:?}",
            formats.join(" or ")
        );
        return ExitCode::from(INPUT_ERROR);
    }
    run(file, |sc| {
        if limit.is_some() {
            sc.max_removals = limit;
        }
        let ev = evaluate(sc);
        match (command, format) {
            ("evaluate", "csv") => Outcome::ok(provplan_core::report::csv::users(&ev)),
            ("evaluate", _) => Outcome::ok(write::pretty(&ev)),
            _ => {
                let failed = ev.findings.iter().any(|f| f.severity() == Severity::Error);
                let text = if format == "markdown" {
                    provplan_core::report::markdown::check(sc, &ev)
                } else {
                    terminal_safe(&report::render(sc, &ev))
                };
                Outcome {
                    text,
                    code: u8::from(failed),
                    error: None,
                }
            }
        }
    })
}

fn run(file: &str, action: impl FnOnce(&mut Scenario) -> Outcome) -> ExitCode {
    let text = match read(file) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(INPUT_ERROR);
        }
    };
    match Scenario::parse(&text) {
        Ok(mut scenario) => {
            let outcome = action(&mut scenario);
            if let Some(message) = &outcome.error {
                eprintln!("{message}");
                return ExitCode::from(outcome.code);
            }
            match print(&outcome.text) {
                Ok(()) => ExitCode::from(outcome.code),
                Err(code) => code,
            }
        }
        Err(errors) => {
            print_errors(file, &errors);
            ExitCode::from(INPUT_ERROR)
        }
    }
}

/// Writes `text` to standard output. A pipe closed early (`provplan … | head`) is not an
/// error; any other failure to write (a full disk) is, with exit code 2.
pub(crate) fn print(text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            eprintln!("provplan: cannot write the output: {e}");
            Err(ExitCode::from(INPUT_ERROR))
        }
    }
}

/// Text for a terminal: control characters other than line ends (an escape sequence in an
/// organization's name could hide the lines after it) shown as `\u{1b}`.
fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// The scenario text of `file` (`-`: standard input), read up to the size the engine reads
/// and one byte more, so that a larger input is refused without being held.
fn read(file: &str) -> Result<String, String> {
    let limit = provplan_core::doc::MAX_INPUT_BYTES;
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX) + 1;
    let result = if file == "-" {
        std::io::stdin()
            .take(cap)
            .read_to_end(&mut bytes)
            .map(|_| ())
    } else {
        std::fs::File::open(file)
            .and_then(|f| f.take(cap).read_to_end(&mut bytes))
            .map(|_| ())
    };
    result.map_err(|e| format!("{file}: cannot read: {e}"))?;
    if bytes.len() > limit {
        return Err(format!(
            "{file}: the scenario is larger than {} MB; the planner reads at most {} MB",
            limit / (1024 * 1024),
            limit / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{file}: not UTF-8 text (invalid byte at offset {at})")
    })
}

fn print_errors(file: &str, errors: &InputErrors) {
    let mut err = std::io::stderr().lock();
    for e in errors.iter() {
        let _ = writeln!(err, "{file}: {e}");
    }
}

/// `provplan diff`: both scenarios read and evaluated, then compared. Exit codes as diff(1)'s:
/// 0 no difference, 1 differences, 2 an input error in either file (both are reported).
/// What `provplan diff` prints.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DiffFormat {
    Text,
    Json,
    Markdown,
}

fn diff(before: &str, after: &str, format: DiffFormat) -> ExitCode {
    let scenarios: Vec<Option<Scenario>> = [before, after]
        .iter()
        .map(|file| match read(file) {
            Err(message) => {
                eprintln!("{message}");
                None
            }
            Ok(text) => Scenario::parse(&text)
                .map_err(|errors| print_errors(file, &errors))
                .ok(),
        })
        .collect();
    let [Some(b), Some(a)] = scenarios.as_slice() else {
        return ExitCode::from(INPUT_ERROR);
    };
    let (eb, ea) = (evaluate(b), evaluate(a));
    let d = provplan_core::diff::diff(&eb, &ea);
    let text = match format {
        DiffFormat::Json => write::pretty(&d),
        DiffFormat::Markdown => provplan_core::report::markdown::diff(&ea, &d),
        DiffFormat::Text => terminal_safe(&report::diff_text(&ea, &d)),
    };
    match print(&text) {
        Ok(()) => ExitCode::from(u8::from(!d.is_empty())),
        Err(code) => code,
    }
}

/// `provplan upgrade`: a valid scenario in the newest format version, with the same meaning
/// (see `ScenarioDoc::upgrade`); one already in it is printed as it is read.
fn upgrade(file: &str) -> ExitCode {
    let text = match read(file) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(INPUT_ERROR);
        }
    };
    if let Err(errors) = Scenario::parse(&text) {
        print_errors(file, &errors);
        return ExitCode::from(INPUT_ERROR);
    }
    let mut doc = match provplan_core::ScenarioDoc::from_json_str(&text) {
        Ok(doc) => doc,
        Err(errors) => {
            print_errors(file, &errors);
            return ExitCode::from(INPUT_ERROR);
        }
    };
    doc.upgrade();
    let mut out = doc.to_json_pretty();
    out.push('\n');
    match print(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `provplan generate`: a deterministic large scenario (see provplan_core::generate).
fn generate(args: &[&str]) -> ExitCode {
    let mut options = provplan_core::generate::Options::default();
    let mut sso_emails = false;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if *flag == "--sso-emails" {
            sso_emails = true;
            continue;
        }
        let value = rest.next().and_then(|v| v.parse::<u64>().ok());
        match (*flag, value) {
            ("--users", Some(n))
                if n >= 1 && n <= provplan_core::scenario::limits::MAX_USERS as u64 =>
            {
                options.users = u32::try_from(n).unwrap_or(u32::MAX);
            }
            ("--seed", Some(s)) => options.seed = s,
            _ => {
                eprintln!(
                    "generate: expected --users N (1 to 200000), --seed S and --sso-emails\n\n{USAGE}"
                );
                return ExitCode::from(INPUT_ERROR);
            }
        }
    }
    let mut doc = provplan_core::generate::scenario(options);
    if sso_emails {
        // R26: about a tenth of the users sign in with another address (version 2).
        provplan_core::generate::with_sso_emails(&mut doc);
    }
    let mut text = doc.to_json_pretty();
    if text.len() >= provplan_core::doc::MAX_INPUT_BYTES {
        // Indented, the largest scenarios pass the size the engine reads: written compactly,
        // `provplan generate | provplan evaluate -` works at every size generate allows.
        text = serde_json::to_string(&doc).unwrap_or_default();
    }
    text.push('\n');
    match print(&text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
