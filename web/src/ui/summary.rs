//! The live check beside steps 1–4: save status, the most important findings and what saving
//! does, updated on every edit.

use yew::prelude::*;

use super::review::{Findings, SaveCounts, SaveStatus};
use super::use_store;
use crate::i18n::use_tr;
use crate::review::ReviewRc;
use crate::state::{Action, Step};

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub review: Option<ReviewRc>,
    pub stale: bool,
    /// The setup is this bundled example, unedited.
    pub example: Option<&'static str>,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let tr = use_tr();
    let store = use_store();
    let open =
        store.map(|s| Callback::from(move |_: MouseEvent| s.dispatch(Action::GoTo(Step::Review))));
    let Some(review) = props.review.clone() else {
        return html! {
            <aside class="summary" aria-labelledby="summary-title" data-test="summary">
                <h2 id="summary-title">{ tr.live_summary() }</h2>
                <p class="hint">{ tr.input_errors_no_valid() }</p>
            </aside>
        };
    };
    let r = &review.0;
    html! {
        <aside class="summary" aria-labelledby="summary-title" data-test="summary">
            <h2 id="summary-title">{ tr.live_summary() }</h2>
            if props.stale {
                <p class="callout warning compact stale" role="note"><span class="icon" aria-hidden="true">{"! "}</span>{ tr.input_errors_keep() }</p>
            }
            <SaveStatus review={review.clone()} example={props.example} />
            <h3>{ tr.severity_counts() }</h3>
            <p class="sev-line">
                <span class={classes!("sev-pill", (r.errors > 0).then_some("sev-error"))}><span aria-hidden="true">{"✕ "}</span>{ tr.severity_count(provplan_core::Severity::Error.id(), r.errors) }</span>
                <span class={classes!("sev-pill", (r.warnings > 0).then_some("sev-warning"))}><span aria-hidden="true">{"! "}</span>{ tr.severity_count(provplan_core::Severity::Warning.id(), r.warnings) }</span>
                <span class="sev-pill sev-info"><span aria-hidden="true">{"i "}</span>{ tr.severity_count(provplan_core::Severity::Info.id(), r.infos) }</span>
            </p>
            <Findings review={review.clone()} limit={Some(5)} />
            <h3>{ tr.on_save() }</h3>
            { for r.orgs.iter().map(|o| html! { <SaveCounts org={o.clone()} show_label=true /> }) }
            if let Some(open) = open {
                <button type="button" class="button primary wide" data-test="open-review" onclick={open}>{ tr.open_review() }</button>
            }
        </aside>
    }
}
