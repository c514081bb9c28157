//! The live check beside steps 1–4: save status, the most important findings and what saving
//! does, updated on every edit.

use yew::prelude::*;

use super::review::{Findings, SaveCounts, SaveStatus};
use super::use_store;
use crate::review::ReviewRc;
use crate::state::{Action, Step};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub review: Option<ReviewRc>,
    pub stale: bool,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let store = use_store();
    let open =
        store.map(|s| Callback::from(move |_: MouseEvent| s.dispatch(Action::GoTo(Step::Review))));
    let Some(review) = props.review.clone() else {
        return html! {
            <aside class="summary" aria-labelledby="summary-title" data-test="summary">
                <h2 id="summary-title">{ text::LIVE_SUMMARY }</h2>
                <p class="hint">{ text::INPUT_ERRORS_NO_VALID }</p>
            </aside>
        };
    };
    let r = &review.0;
    html! {
        <aside class="summary" aria-labelledby="summary-title" data-test="summary">
            <h2 id="summary-title">{ text::LIVE_SUMMARY }</h2>
            if props.stale {
                <p class="callout warning compact stale" role="note"><span class="icon" aria-hidden="true">{"! "}</span>{ text::INPUT_ERRORS_KEEP }</p>
            }
            <SaveStatus review={review.clone()} />
            <h3>{ text::SEVERITY_COUNTS }</h3>
            <p class="sev-line">
                <span class={classes!("sev-pill", (r.errors > 0).then_some("sev-error"))}><span aria-hidden="true">{"✕ "}</span>{ text::severity_count(provplan_core::Severity::Error, r.errors) }</span>
                <span class={classes!("sev-pill", (r.warnings > 0).then_some("sev-warning"))}><span aria-hidden="true">{"! "}</span>{ text::severity_count(provplan_core::Severity::Warning, r.warnings) }</span>
                <span class="sev-pill sev-info"><span aria-hidden="true">{"i "}</span>{ text::severity_count(provplan_core::Severity::Info, r.infos) }</span>
            </p>
            <Findings review={review.clone()} limit={Some(5)} />
            <h3>{ text::ON_SAVE }</h3>
            { for r.orgs.iter().map(|o| html! { <SaveCounts org={o.clone()} show_label=true /> }) }
            if let Some(open) = open {
                <button type="button" class="button primary wide" data-test="open-review" onclick={open}>{ text::OPEN_REVIEW }</button>
            }
        </aside>
    }
}
