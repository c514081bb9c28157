//! The app builds its page only through Yew's `html!` (which writes text as text): no source
//! file turns strings into markup. A static check over `web/src` and the app's scripts.

use std::fs;
use std::path::Path;

/// Ways to turn a string into markup, in Rust (Yew, web-sys) and in JavaScript.
const RAW_HTML: &[&str] = &[
    "from_html_unchecked",
    "set_inner_html",
    "inner_html",
    "set_outer_html",
    "insert_adjacent_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
    "new Function",
];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let entries = fs::read_dir(dir).into_iter().flatten().flatten();
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "js") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_builds_markup_from_strings() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut list = Vec::new();
    files(&web.join("src"), &mut list);
    for script in ["boot.js", "import-worker.js", "sw.js"] {
        list.push(web.join(script));
    }
    assert!(list.len() > 20, "{list:?}");
    for path in list {
        let text = fs::read_to_string(&path).unwrap();
        for needle in RAW_HTML {
            assert!(!text.contains(needle), "{} uses {needle}", path.display());
        }
    }
}
