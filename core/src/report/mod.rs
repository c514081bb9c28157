//! Reports of an evaluation for people and other tools (CONTRACT.md §4): one CSV row per user
//! and organization ([`csv`]), and Markdown to paste into a change ticket ([`markdown`]).
//! Both are made by the command line; the app reuses the CSV's cell rule.

pub mod csv;
pub mod markdown;
