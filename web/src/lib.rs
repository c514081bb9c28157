//! Provisioning Planner in the browser: a Yew app over the engine in `provplan-core`.
//!
//! The pure parts — the reducer ([`state`]), the long work done in slices ([`jobs`]), the
//! edits of the scenario ([`edit`]), the review's view model ([`review`]), share links
//! ([`share`]) and the start-up decisions ([`boot`]) — know nothing of browsers and are tested
//! natively with `cargo test -p provplan-web`. The components in [`ui`] and the browser glue
//! in [`browser`] render them, run the effects and the jobs.
//!
//! Every word the app shows is in `web/locales/<lang>.ftl` (English, Spanish, Portuguese,
//! Italian, French, German), checked and compiled at build time (`build.rs`, `i18n/`) and
//! formatted by [`i18n`]; [`text`] tells findings, notes and checklist steps from their codes.
#![forbid(unsafe_code)]

pub mod boot;
pub mod browser;
pub mod edit;
pub mod examples;
pub mod export;
pub mod filter;
pub mod i18n;
pub mod import;
pub mod jobs;
pub mod review;
pub mod share;
pub mod state;
pub mod text;
pub mod ui;
