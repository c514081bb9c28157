//! Step 2: the identity provider, directory sync, and each organization's mode (R6–R9).

use provplan_core::doc::OrganizationDoc;
use provplan_core::{Idp, Mode, Plan, Product};
use yew::prelude::*;

use super::common::{FieldErrors, describedby, input_checked, input_value, use_errors};
use super::review::CompareTable;
use super::use_store;
use crate::edit::Edit;
use crate::i18n::use_tr;
use crate::review::ReviewRc;
use crate::state::{Action, field_id};

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub review: Option<ReviewRc>,
}

#[component]
pub fn ModesStep(props: &StepProps) -> Html {
    let tr = use_tr();
    let store = use_store();
    let idp_errors = use_errors("directory.idp", false);
    let Some(store) = store else {
        return html! {};
    };
    let doc = &store.doc;
    let idp = doc.directory.idp.as_deref().map(|i| (i, Idp::from_id(i)));
    let on_idp = {
        let store = store.clone();
        Callback::from(move |e: Event| store.dispatch(Action::Edit(Edit::SetIdp(input_value(&e)))))
    };
    let on_connected = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            store.dispatch(Action::Edit(Edit::SetScimConnected(input_checked(&e))))
        })
    };
    let plan = Plan::from_id(&doc.plan);

    html! {
        <div class="step-body">
            <section class="card" aria-labelledby="idp-title">
                <h3 id="idp-title">{ tr.idp() }</h3>
                <div class="grid-2">
                    <div class="field">
                        <label for={field_id("directory.idp")}>{ tr.idp() }</label>
                        <select id={field_id("directory.idp")} data-test="idp" onchange={on_idp}
                            aria-invalid={(!idp_errors.is_empty()).then_some("true")}
                            aria-describedby={describedby("directory.idp", None, !idp_errors.is_empty())}>
                            if let Some((raw, None)) = idp {
                                <option value={raw.to_owned()} selected=true>{ raw }</option>
                            }
                            { for Idp::ALL.iter().map(|i| {
                                let selected = match idp { Some((_, Some(x))) => x == *i, None => *i == Idp::Other, _ => false };
                                html! { <option value={i.id()} selected={selected}>{ tr.idp_name(i.id()) }</option> }
                            }) }
                        </select>
                        <FieldErrors path="directory.idp" messages={idp_errors.clone()} />
                    </div>
                    <div class="field check-field">
                        <div class="check">
                            <input type="checkbox" id={field_id("directory.scim_connected")} data-test="scim-connected"
                                checked={doc.directory.scim_connected.unwrap_or(false)} onchange={on_connected}
                                aria-describedby="scim-connected-hint" />
                            <label for={field_id("directory.scim_connected")}>{ tr.scim_connected() }</label>
                        </div>
                        <p class="hint" id="scim-connected-hint">{ tr.scim_connected_hint() }</p>
                    </div>
                </div>
            </section>
            { for doc.organizations.iter().enumerate().map(|(i, o)| html! {
                <OrgModes index={i} org={o.clone()} plan={plan} review={props.review.clone()} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OrgModesProps {
    index: usize,
    org: OrganizationDoc,
    plan: Option<Plan>,
    review: Option<ReviewRc>,
}

#[component]
fn OrgModes(props: &OrgModesProps) -> Html {
    let tr = use_tr();
    let i = props.index;
    let mode_path = format!("organizations[{i}].provisioning.mode");
    let agm_path = format!("organizations[{i}].provisioning.group_mappings.enabled");
    let store = use_store();
    let mode_errors = use_errors(&mode_path, false);
    let Some(store) = store else {
        return html! {};
    };
    let o = &props.org;
    let product = Product::from_id(&o.product);
    let prov = o.provisioning.as_ref();
    let raw_mode = prov.and_then(|p| p.mode.clone());
    let mode = raw_mode.as_deref().and_then(Mode::from_id);
    let agm = prov
        .and_then(|p| p.group_mappings.as_ref())
        .and_then(|g| g.enabled)
        .unwrap_or(false);
    let eligible = |m: Mode| match (props.plan, product) {
        (Some(plan), Some(product)) => plan.allows(product, m),
        _ => true,
    };
    let chosen_ineligible = mode.is_some_and(|m| !eligible(m));
    let effective = match mode {
        Some(m) if eligible(m) => m,
        _ => Mode::Manual,
    };
    let on_agm = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            store.dispatch(Action::Edit(Edit::SetGroupMappings(i, input_checked(&e))))
        })
    };
    let label = match &o.name {
        Some(n) => format!("{n} ({})", o.id),
        None => o.id.clone(),
    };
    let legend_id = format!("mode-legend-{i}");
    let comparison = props.review.as_ref().and_then(|r| {
        r.0.orgs
            .iter()
            .find(|x| x.index == i && x.id == o.id)
            .cloned()
    });

    html! {
        <section class="card org-modes" data-test="org-modes" data-org={o.id.clone()} aria-labelledby={format!("modes-title-{i}")}>
            <h3 id={format!("modes-title-{i}")}>
                if let Some(p) = product {
                    <span class={classes!("product-tag", p.id())}>{ tr.product_name(p.id()) }</span>
                }
                <span class="org-label">{ label }</span>
            </h3>
            <fieldset class="modes" id={field_id(&mode_path)} tabindex="-1"
                aria-describedby={describedby(&mode_path, None, !mode_errors.is_empty())}>
                <legend id={legend_id}>{ tr.mode() }</legend>
                if mode.is_none() && raw_mode.is_none() {
                    <p class="hint">{ tr.mode_not_stated() }</p>
                }
                <div class="mode-options">
                    { for Mode::ALL.iter().map(|m| {
                        let m = *m;
                        let ok = eligible(m);
                        let checked = mode == Some(m);
                        let id = format!("mode-{i}-{}", m.id());
                        let reason_id = format!("{id}-reason");
                        let reason = match (props.plan, product) {
                            (Some(plan), Some(product)) => tr.ineligible_reason(plan, product, m),
                            _ => None,
                        };
                        let onchange = {
                            let store = store.clone();
                            Callback::from(move |_: Event| store.dispatch(Action::Edit(Edit::SetMode(i, m.id().to_owned()))))
                        };
                        html! {
                            <div class={classes!("mode-option", checked.then_some("checked"), (!ok).then_some("ineligible"))}
                                data-test={format!("mode-option-{}", m.id())}>
                                <input type="radio" name={format!("mode-{i}")} id={id.clone()} value={m.id()}
                                    checked={checked} disabled={!ok} onchange={onchange}
                                    data-test={format!("mode-{}", m.id())}
                                    aria-describedby={reason.as_ref().map(|_| reason_id.clone())} />
                                <label for={id}>
                                    <span class="mode-name">{ tr.mode_name(m.id()) }</span>
                                    <span class="mode-desc">{ tr.mode_description(m.id()) }</span>
                                </label>
                                if let Some(reason) = reason {
                                    <p class="reason" id={reason_id} data-test="mode-reason">
                                        <span class="icon" aria-hidden="true">{"⊘ "}</span>
                                        <strong>{ tr.not_available() }{ tr.label_sep() }</strong>{ reason }
                                    </p>
                                }
                            </div>
                        }
                    }) }
                </div>
                if chosen_ineligible {
                    <p class="callout warning compact" data-test="mode-not-eligible" role="note">
                        <span class="icon" aria-hidden="true">{"⚠ "}</span>{ tr.chosen_but_not_eligible() }
                    </p>
                }
                <FieldErrors path={mode_path.clone()} messages={mode_errors.clone()} />
            </fieldset>
            <div class="check agm-check">
                <input type="checkbox" id={field_id(&agm_path)} data-test="agm" checked={agm} onchange={on_agm}
                    aria-describedby={format!("agm-hint-{i}")} />
                <label for={field_id(&agm_path)}>{ tr.agm() }</label>
            </div>
            <p class="hint" id={format!("agm-hint-{i}")}>{ tr.agm_hint() }</p>
            if agm && effective == Mode::Manual {
                <p class="callout warning compact" role="note"><span class="icon" aria-hidden="true">{"! "}</span>{ tr.agm_no_effect_here() }</p>
            }
            if let Some(org) = comparison {
                <details class="compare-details">
                    <summary>{ tr.compare() }</summary>
                    <p class="hint">{ tr.compare_hint() }</p>
                    <CompareTable org={org} interactive=true />
                </details>
            }
        </section>
    }
}
