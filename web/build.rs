//! Compiles the message catalogues (`locales/*.ftl`, Fluent syntax) into Rust at build time with
//! `provplan-i18n` (`i18n/`): the message ids, a typed method per message and the tables. The
//! build fails, naming file and line, when a language lacks a message English has, has one
//! English lacks, or uses other placeables than English in a message.
#![forbid(unsafe_code)]

use std::path::PathBuf;

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
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("i18n_tables.rs");
    if let Err(e) = std::fs::write(&out, provplan_i18n::generate(&checked)) {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
