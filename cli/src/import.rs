//! `provplan import [--into SCENARIO] [--format F] [--skip-bad-rows] [--scim-email ATTR]
//! [--sso-email ATTR] FILE...` (CONTRACT.md, "Importing a real directory"): reads directory
//! exports and prints the scenario's `directory` as JSON, or with `--into` the whole scenario
//! with its directory replaced (as version 2 when a user's SSO address differs, R26).

use std::io::{Read, Write};
use std::process::ExitCode;

use provplan_core::ScenarioDoc;
use provplan_core::import::{Attribute, Format, Options, SourceFile, decode, import_with};

use crate::INPUT_ERROR;

struct Args {
    into: Option<String>,
    format: Option<Format>,
    skip_bad_rows: bool,
    /// R26: the attributes that give the address SCIM provisions and the one SSO sends.
    scim_email: Option<Attribute>,
    sso_email: Option<Attribute>,
    files: Vec<String>,
}

/// Runs the command; `args` are those after `import`.
pub fn run(args: &[&str]) -> ExitCode {
    let args = match parse_args(args) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("provplan import: {message}");
            eprintln!("{}", crate::USAGE);
            return ExitCode::from(INPUT_ERROR);
        }
    };
    let mut errors = Vec::new();
    let mut texts = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let name = display_name(file);
        match read_bytes(file) {
            Ok(bytes) => match decode(&bytes, &name) {
                Ok(text) => texts.push((name, text)),
                Err(e) => errors.push(e.to_string()),
            },
            Err(message) => errors.push(message),
        }
    }
    let scenario = match &args.into {
        None => None,
        Some(file) => match read_bytes(file).and_then(|b| {
            String::from_utf8(b).map_err(|_| format!("{}: not UTF-8 text", display_name(file)))
        }) {
            Ok(text) => match ScenarioDoc::from_json_str(&text) {
                Ok(doc) => Some(doc),
                Err(e) => {
                    let name = display_name(file);
                    errors.extend(e.iter().map(|e| format!("{name}: {e}")));
                    None
                }
            },
            Err(message) => {
                errors.push(message);
                None
            }
        },
    };
    if !errors.is_empty() {
        return fail(&errors);
    }
    let sources: Vec<SourceFile<'_>> = texts
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    let options = Options {
        format: args.format,
        skip_bad_rows: args.skip_bad_rows,
        scim_email: args.scim_email,
        sso_email: args.sso_email,
    };
    let imported = match import_with(&sources, options) {
        Ok(imported) => imported,
        Err(e) => {
            let lines: Vec<String> = e.iter().map(ToString::to_string).collect();
            return fail(&lines);
        }
    };
    {
        let mut err = std::io::stderr().lock();
        for w in &imported.warnings {
            let _ = writeln!(err, "{w}");
        }
        // The rows left out, each where it is, then how many.
        for e in &imported.skipped {
            let _ = writeln!(err, "{e}");
        }
        if imported.bad_rows > 0 {
            let rows =
                |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
            let _ = writeln!(
                err,
                "provplan import: {} imported, {} left out (--skip-bad-rows)",
                rows(imported.rows, "row"),
                rows(imported.bad_rows, "bad row")
            );
        }
    }
    let text = match scenario {
        Some(mut doc) => {
            // R26: an SSO address is version 2's; a version 1 scenario is upgraded first
            // (with the same meaning), before the directory that needs it comes in.
            if imported
                .directory
                .users
                .iter()
                .any(|u| u.sso_email.is_some())
            {
                doc.upgrade();
            }
            // The export says nothing about the directory sync: keep what the scenario says.
            let scim_connected = doc.directory.scim_connected;
            doc.directory = imported.directory;
            doc.directory.scim_connected = scim_connected;
            let mut text = doc.to_json_pretty();
            text.push('\n');
            text
        }
        None => provplan_core::to_json(&imported.directory),
    };
    match crate::print(&text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn fail(lines: &[String]) -> ExitCode {
    let mut err = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{line}");
    }
    ExitCode::from(INPUT_ERROR)
}

fn parse_args(args: &[&str]) -> Result<Args, String> {
    let mut parsed = Args {
        into: None,
        format: None,
        skip_bad_rows: false,
        scim_email: None,
        sso_email: None,
        files: Vec::new(),
    };
    let mut rest = args.iter();
    let mut only_files = false;
    while let Some(&arg) = rest.next() {
        if only_files {
            parsed.files.push(arg.to_owned());
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (arg, None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .map(str::to_owned)
                .or_else(|| rest.next().map(|v| (*v).to_owned()))
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "--into" => {
                if parsed.into.is_some() {
                    return Err("--into given twice".into());
                }
                parsed.into = Some(value("--into")?);
            }
            "--format" => {
                let id = value("--format")?;
                let format = Format::from_id(&id).ok_or_else(|| {
                    let known = Format::ALL
                        .iter()
                        .map(|f| f.id())
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("unknown format `{id}`; expected one of {known}")
                })?;
                parsed.format = Some(format);
            }
            "--scim-email" => {
                parsed.scim_email = Some(attribute("--scim-email", &value("--scim-email")?)?)
            }
            "--sso-email" => {
                parsed.sso_email = Some(attribute("--sso-email", &value("--sso-email")?)?)
            }
            "--skip-bad-rows" if inline.is_none() => parsed.skip_bad_rows = true,
            "--" => only_files = true,
            _ if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            _ => parsed.files.push(arg.to_owned()),
        }
    }
    if parsed.files.is_empty() {
        return Err("no FILE to import".into());
    }
    let stdin_uses = parsed.files.iter().filter(|f| *f == "-").count()
        + usize::from(parsed.into.as_deref() == Some("-"));
    if stdin_uses > 1 {
        return Err("standard input (`-`) can be read only once".into());
    }
    Ok(parsed)
}

/// R26: the attribute `name` given to `flag`, or an error naming each format's attributes.
fn attribute(flag: &str, name: &str) -> Result<Attribute, String> {
    Attribute::from_id(name).ok_or_else(|| {
        let known: Vec<String> = Format::ALL
            .iter()
            .filter(|f| !f.addresses().is_empty())
            .map(|f| {
                let names: Vec<&str> = f.addresses().iter().map(|a| a.id()).collect();
                format!("{} ({})", names.join(", "), f.id())
            })
            .collect();
        format!(
            "unknown attribute `{name}` for {flag}; the formats have {}",
            known.join("; ")
        )
    })
}

fn display_name(file: &str) -> String {
    if file == "-" {
        "<stdin>".to_owned()
    } else {
        file.to_owned()
    }
}

fn read_bytes(file: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(provplan_core::import::MAX_FILE_BYTES).unwrap_or(u64::MAX) + 1;
    let result = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    match result {
        Ok(_) => Ok(bytes),
        Err(e) => Err(format!("{}:1:1: cannot read: {e}", display_name(file))),
    }
}
