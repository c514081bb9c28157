//! Compact views for embedding in an iframe: `?view=scim-check` and
//! `?view=compare&example=<name>`. They read no saved state and write none.

use provplan_core::{Mode, Plan, Product};
use yew::prelude::*;

use super::common::input_value;
use super::review::CompareTable;
use crate::examples;
use crate::i18n::use_tr;
use crate::review::Review;

/// R7 as a two-question checker.
#[component]
pub fn ScimCheck() -> Html {
    let tr = use_tr();
    let plan = use_state(|| Plan::EnterpriseSeatBased);
    let product = use_state(|| Product::Claude);
    let on_plan = {
        let plan = plan.clone();
        let product = product.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = Plan::from_id(&input_value(&e)) {
                plan.set(p);
                if p == Plan::ConsoleOnly {
                    product.set(Product::Console);
                }
            }
        })
    };
    let on_product = {
        let product = product.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = Product::from_id(&input_value(&e)) {
                product.set(p);
            }
        })
    };
    let console_only = *plan == Plan::ConsoleOnly;
    html! {
        <div class="embed" data-test="scim-check">
            <h1 class="embed-title">{ tr.scim_check_title() }</h1>
            <div class="grid-2">
                <div class="field">
                    <label for="check-plan">{ tr.plan() }</label>
                    <select id="check-plan" data-test="check-plan" onchange={on_plan}>
                        { for Plan::ALL.iter().map(|p| html! {
                            <option value={p.id()} selected={*plan == *p}>{ tr.plan_name(p.id()) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="check-org">{ tr.scim_check_org() }</label>
                    <select id="check-org" data-test="check-org" onchange={on_product} disabled={console_only}>
                        if console_only {
                            <option value="console" selected=true>{ tr.scim_check_console_own() }</option>
                        } else {
                            <option value="claude" selected={*product == Product::Claude}>{ tr.scim_check_claude() }</option>
                            <option value="console" selected={*product == Product::Console}>{ tr.scim_check_console() }</option>
                        }
                    </select>
                </div>
            </div>
            <ul class="eligibility" data-test="eligibility" aria-live="polite">
                { for Mode::ALL.iter().map(|m| {
                    let reason = tr.ineligible_reason(*plan, *product, *m);
                    html! {
                        <li class={classes!(if reason.is_some() { "no" } else { "yes" })} data-test={format!("eligible-{}", m.id())}>
                            <span class="check-icon" aria-hidden="true">{ if reason.is_some() { "⊘" } else { "✓" } }</span>
                            <div>
                                <strong>{ tr.mode_name(m.id()) }</strong>{" — "}
                                { if reason.is_some() { tr.not_available() } else { tr.available() } }
                                <p class="hint">{ reason.unwrap_or_else(|| tr.mode_description(m.id())) }</p>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            <p class="embed-foot"><a href="./" target="_blank" rel="noopener">{ tr.open_planner() }</a></p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareEmbedProps {
    pub example: AttrValue,
}

/// The mode comparison of one example.
#[component]
pub fn CompareEmbed(props: &CompareEmbedProps) -> Html {
    let tr = use_tr();
    let review = use_memo(props.example.clone(), |name| {
        examples::load(name).and_then(|d| Review::build(&d))
    });
    let Some(r) = review.as_ref() else {
        return html! {
            <div class="embed" data-test="compare-embed">
                <p class="callout error" role="alert">{ tr.unknown_example(&props.example, &examples::names()) }</p>
            </div>
        };
    };
    html! {
        <div class="embed" data-test="compare-embed">
            <h1 class="embed-title">{ tr.compare_title(&tr.example_title(&props.example)) }</h1>
            <p class="hint">{ tr.compare_hint() }</p>
            { for r.orgs.iter().map(|o| html! {
                <section class="compare-org" aria-label={o.label.clone()}>
                    <h2>
                        <span class={classes!("product-tag", o.product.id())}>{ tr.product_name(o.product.id()) }</span>
                        { &o.label }
                    </h2>
                    <CompareTable org={o.clone()} interactive=false />
                </section>
            }) }
            <p class="embed-foot"><a href={format!("./?example={}", props.example)} target="_blank" rel="noopener">{ tr.open_planner() }</a></p>
        </div>
    }
}
