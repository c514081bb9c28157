//! Compiles the message catalogues (`locales/*.ftl`, Fluent syntax) into Rust at build time with
//! `provplan-i18n` (`i18n/`): the message ids, a typed method per message and the tables. The
//! build fails, naming file and line, when a language lacks a message English has, has one
//! English lacks, or uses other placeables than English in a message.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = dir.join("locales");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    for (code, _) in provplan_i18n::LANGS {
        println!("cargo::rerun-if-changed=locales/{code}.ftl");
    }
    let checked = match provplan_i18n::check_all(provplan_i18n::read_from(&locales)) {
        Ok(c) => c,
        Err(problems) => {
            eprintln!(
                "error: the message catalogues in web/locales/ do not match English ({} problem{}):",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            for p in &problems {
                eprintln!("  {p}");
            }
            std::process::exit(1);
        }
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    minify_examples(&dir.join("../examples"), &out_dir.join("examples"));
    let out = out_dir.join("i18n_tables.rs");
    if let Err(e) = std::fs::write(&out, provplan_i18n::generate(&checked)) {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}

/// The bundled examples (`examples/*.json`, compiled into the app by `src/examples.rs`)
/// without the white space between JSON tokens: the app carries them, and indentation would
/// only cost bytes. Strings are kept exactly (a test compares each with its file).
fn minify_examples(from: &Path, to: &Path) {
    println!("cargo::rerun-if-changed={}", from.display());
    let fail = |what: &str, e: std::io::Error| -> ! {
        eprintln!("error: {what}: {e}");
        std::process::exit(1);
    };
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| fail("cannot list examples/", e));
    if let Err(e) = std::fs::create_dir_all(to) {
        fail("cannot make the examples' folder", e);
    }
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| fail("cannot read an example", e));
        let mut min = String::with_capacity(text.len());
        let (mut in_string, mut escaped) = (false, false);
        for c in text.chars() {
            if in_string {
                min.push(c);
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                }
            } else if c == '"' {
                in_string = true;
                min.push(c);
            } else if !c.is_whitespace() {
                min.push(c);
            }
        }
        let name = path.file_name().unwrap_or_default();
        if let Err(e) = std::fs::write(to.join(name), min) {
            fail("cannot write an example", e);
        }
    }
}
