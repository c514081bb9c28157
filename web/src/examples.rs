//! The example scenarios of `examples/`, compiled in (without white space: `build.rs`).

use provplan_core::ScenarioDoc;

/// The example loaded when nothing is saved.
pub const DEFAULT: &str = "enterprise-scim-group-mappings";

/// Every example: its name (the file's, without `.json`) and its text.
pub const ALL: &[(&str, &str)] = &[
    (
        "enterprise-scim-group-mappings",
        include_str!(concat!(
            env!("OUT_DIR"),
            "/examples/enterprise-scim-group-mappings.json"
        )),
    ),
    (
        "enterprise-entra-lockout",
        include_str!(concat!(
            env!("OUT_DIR"),
            "/examples/enterprise-entra-lockout.json"
        )),
    ),
    (
        "team-jit",
        include_str!(concat!(env!("OUT_DIR"), "/examples/team-jit.json")),
    ),
    (
        "console-only-scim",
        include_str!(concat!(env!("OUT_DIR"), "/examples/console-only-scim.json")),
    ),
];

/// The example named `name`, read into a document in the newest format version (the files
/// are version 1, which the tests pin; the app edits version 2).
pub fn load(name: &str) -> Option<ScenarioDoc> {
    let (_, text) = ALL.iter().find(|(n, _)| *n == name)?;
    let mut doc = ScenarioDoc::from_json_str(text).ok()?;
    doc.upgrade();
    Some(doc)
}

/// The example `doc` is, unedited (`None` for any other setup): so that the page can say it
/// is looking at an example, not at the visitor's setup.
pub fn which(doc: &ScenarioDoc) -> Option<&'static str> {
    thread_local! {
        /// The examples, read once.
        static READ: Vec<(&'static str, Option<ScenarioDoc>)> =
            ALL.iter().map(|(name, _)| (*name, load(name))).collect();
    }
    READ.with(|read| {
        read.iter()
            .find(|(_, example)| example.as_ref() == Some(doc))
            .map(|(name, _)| *name)
    })
}

/// The names, for messages.
pub fn names() -> String {
    ALL.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

/// A new, empty setup: one Claude organization on a seat-based Enterprise plan.
pub fn empty() -> ScenarioDoc {
    ScenarioDoc {
        version: provplan_core::catalog::Version::LATEST.number(),
        plan: "enterprise_seat_based".into(),
        actor: None,
        max_removals: None,
        directory: provplan_core::doc::DirectoryDoc::default(),
        organizations: vec![provplan_core::doc::OrganizationDoc {
            id: "claude".into(),
            product: "claude".into(),
            ..Default::default()
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_carried_are_the_files_without_white_space() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
        for (name, text) in ALL {
            let file = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
            let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
            assert_eq!(value(text), value(&file), "{name}");
            assert!(text.len() < file.len() && !text.contains('\n'), "{name}");
        }
        let files = std::fs::read_dir(&dir).unwrap().flatten();
        let json = files.filter(|f| f.path().extension().is_some_and(|x| x == "json"));
        assert_eq!(json.count(), ALL.len(), "every example file is carried");
    }

    #[test]
    fn every_example_is_valid() {
        for (name, _) in ALL {
            let doc = load(name).unwrap_or_else(|| panic!("{name} reads"));
            assert!(
                provplan_core::Scenario::from_doc(&doc).is_ok(),
                "{name} validates"
            );
        }
        assert!(load(DEFAULT).is_some());
        assert!(load("nope").is_none());
    }

    #[test]
    fn the_empty_setup_is_valid() {
        assert!(provplan_core::Scenario::from_doc(&empty()).is_ok());
    }
}
