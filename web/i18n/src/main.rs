//! Writes the compiled tables of every language, which the app loads in the browser: `provplan-i18n [DIST]` writes `DIST/i18n/<lang>-<hash>.txt`;
//! without `DIST`, into Trunk's staging directory (`TRUNK_STAGING_DIR`, set for its hooks).
//! Then, as the last step of the build, what lets the planner work offline and be installed
//! (`offline.rs`): the manifest, its icons, and the service worker listing every file.
#![forbid(unsafe_code)]

mod offline;

use std::path::{Path, PathBuf};

fn main() {
    let dist = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dist) = dist else {
        eprintln!("usage: provplan-i18n DIST (or run as a Trunk hook, with TRUNK_STAGING_DIR set)");
        std::process::exit(2);
    };
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let checked = match provplan_i18n::check_all(provplan_i18n::read_from(&locales)) {
        Ok(c) => c,
        Err(problems) => {
            eprintln!("error: the message catalogues in web/locales/ do not match English:");
            for p in &problems {
                eprintln!("  {p}");
            }
            std::process::exit(1);
        }
    };
    // The worker lists every file of the build, the tables too: it is written last.
    let written = provplan_i18n::write_tables(&checked, &dist).and_then(|mut files| {
        files.extend(offline::write_offline(&dist)?);
        Ok(files)
    });
    match written {
        Ok(files) => {
            for f in files {
                println!("{}", f.display());
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
