//! Reports of an evaluation for people and other tools (CONTRACT.md §4): one CSV row per user
//! and organization ([`csv`]), and Markdown to paste into a change ticket ([`markdown`]).
//! Both are made by the command line; the app reuses the CSV's cell rule.

pub mod csv;
pub mod markdown;

use crate::{Evaluation, Finding, Severity};

/// The findings of `ev` by severity, errors first, with each group's English title (the
/// terminal report's and the Markdown's); severities without findings are left out.
pub fn by_severity<'e, 's>(
    ev: &'e Evaluation<'s>,
) -> Vec<(Severity, &'static str, Vec<&'e Finding<'s>>)> {
    [
        (Severity::Error, "Errors — fix before saving"),
        (Severity::Warning, "Warnings"),
        (Severity::Info, "Notes"),
    ]
    .into_iter()
    .map(|(severity, title)| {
        let list = ev.findings.iter().filter(|f| f.severity() == severity);
        (severity, title, list.collect::<Vec<_>>())
    })
    .filter(|(_, _, list)| !list.is_empty())
    .collect()
}
