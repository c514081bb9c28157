//! Step 1: the plan, the organizations with their purchased seats, and who configures.

use provplan_core::doc::OrganizationDoc;
use provplan_core::{Plan, Product};
use yew::prelude::*;

use super::common::{
    FieldErrors, NumberField, describedby, input_checked, input_value, use_errors,
};
use super::large::use_typed;
use super::use_store;
use crate::edit::Edit;
use crate::i18n::use_tr;
use crate::review::ReviewRc;
use crate::state::{Action, field_id};

/// Directory emails offered as suggestions for the actor, at most.
const SUGGESTIONS: usize = 1_000;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub review: Option<ReviewRc>,
}

#[component]
pub fn PlanStep(_props: &StepProps) -> Html {
    let tr = use_tr();
    let store = use_store();
    let plan_errors = use_errors("plan", false);
    let actor_errors = use_errors("actor", false);
    let org_list_errors = use_errors("organizations", false);
    // Typing in a large setup is applied after a pause (see `use_typed`).
    let actor_commit = {
        let store = store.clone();
        Callback::from(move |v: String| {
            if let Some(s) = &store {
                s.dispatch(Action::Edit(Edit::SetActor(v)));
            }
        })
    };
    let actor_now = store
        .as_ref()
        .and_then(|s| s.doc.actor.clone())
        .unwrap_or_default();
    let (actor, actor_input, actor_done) = use_typed(actor_now, actor_commit);
    let Some(store) = store else {
        return html! {};
    };
    let doc = &store.doc;
    // Suggestions for a directory of a reasonable size (a list of 100,000 would weigh on the page).
    let suggest = doc.directory.users.len() <= SUGGESTIONS;
    let edit = |f: fn(String) -> Edit| {
        let store = store.clone();
        Callback::from(move |e: Event| store.dispatch(Action::Edit(f(input_value(&e)))))
    };
    let plan = Plan::from_id(&doc.plan);
    let has_claude = doc.organizations.iter().any(|o| o.product == "claude");
    let claude_blocked = has_claude || plan == Some(Plan::ConsoleOnly);
    let add = |p: Product| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::AddOrganization(p))))
    };

    html! {
        <div class="step-body">
            <section class="card" aria-labelledby="plan-title">
                <h3 id="plan-title">{ tr.parent_org() }</h3>
                <div class="field">
                    <label for={field_id("plan")}>{ tr.plan() }</label>
                    <select id={field_id("plan")} data-test="plan" onchange={edit(Edit::SetPlan)}
                        aria-invalid={(!plan_errors.is_empty()).then_some("true")}
                        aria-describedby={describedby("plan", Some("plan-hint"), !plan_errors.is_empty())}>
                        if plan.is_none() {
                            <option value={doc.plan.clone()} selected=true>{ &doc.plan }</option>
                        }
                        { for Plan::ALL.iter().map(|p| html! {
                            <option value={p.id()} selected={plan == Some(*p)}>{ tr.plan_name(p.id()) }</option>
                        }) }
                    </select>
                    <p class="hint" id="plan-hint">{ tr.plan_hint() }</p>
                    <FieldErrors path="plan" messages={plan_errors.clone()} />
                </div>
                <div class="field">
                    <label for={field_id("actor")}>{ tr.actor() }</label>
                    <input id={field_id("actor")} data-test="actor" type="email" autocomplete="email"
                        list={suggest.then_some("directory-emails")}
                        value={actor} oninput={actor_input} onchange={actor_done}
                        aria-invalid={(!actor_errors.is_empty()).then_some("true")}
                        aria-describedby={describedby("actor", Some("actor-hint"), !actor_errors.is_empty())} />
                    if suggest {
                        <datalist id="directory-emails">
                            { for doc.directory.users.iter().map(|u| html! { <option value={u.email.clone()} /> }) }
                        </datalist>
                    }
                    <p class="hint" id="actor-hint">{ tr.actor_hint() }</p>
                    <FieldErrors path="actor" messages={actor_errors.clone()} />
                </div>
            </section>

            <section aria-labelledby="orgs-title">
                <h3 id="orgs-title" class="section-title">{ tr.organizations() }</h3>
                <FieldErrors path="organizations" messages={org_list_errors.clone()} />
                <div class="cards">
                    { for doc.organizations.iter().enumerate().map(|(i, o)| html! {
                        <OrgCard index={i} org={o.clone()} plan={plan} />
                    }) }
                </div>
                <div class="actions">
                    <button type="button" class="button" data-test="add-claude-org"
                        disabled={claude_blocked} onclick={add(Product::Claude)}
                        aria-describedby={claude_blocked.then_some("add-claude-why")}>
                        <span aria-hidden="true">{"+ "}</span>{ tr.add_claude_org() }
                    </button>
                    <button type="button" class="button" data-test="add-console-org" onclick={add(Product::Console)}>
                        <span aria-hidden="true">{"+ "}</span>{ tr.add_console_org() }
                    </button>
                </div>
                if claude_blocked {
                    <p class="hint" id="add-claude-why">
                        { if plan == Some(Plan::ConsoleOnly) { tr.no_claude_on_console_only() } else { tr.one_claude_org() } }
                    </p>
                }
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OrgCardProps {
    index: usize,
    org: OrganizationDoc,
    plan: Option<Plan>,
}

#[component]
fn OrgCard(props: &OrgCardProps) -> Html {
    let tr = use_tr();
    let i = props.index;
    let base = format!("organizations[{i}]");
    let id_path = format!("{base}.id");
    // What the id is for, said where it is typed.
    let id_hint = format!("{}-hint", field_id(&id_path));
    let product_path = format!("{base}.product");
    let seats_path = format!("{base}.seats");
    let store = use_store();
    let id_errors = use_errors(&id_path, false);
    let product_errors = use_errors(&product_path, false);
    let seat_errors = use_errors(&seats_path, true);
    let Some(store) = store else {
        return html! {};
    };
    let o = &props.org;
    let product = Product::from_id(&o.product);
    let text_edit = |f: fn(usize, String) -> Edit| {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|x| x.value())
                .unwrap_or_default();
            store.dispatch(Action::Edit(f(i, v)));
        })
    };
    let remove = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::Edit(Edit::RemoveOrganization(i)))
        })
    };
    let on_product = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let v = input_value(&e);
            store.dispatch(Action::Edit(Edit::SetOrgProduct(i, v)));
        })
    };
    let on_capacity = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            store.dispatch(Action::Edit(Edit::SetCapacityChecked(i, input_checked(&e))));
        })
    };
    let tiers = props.plan.map_or(&[][..], |p| p.seat_tiers());
    let capacity = o.seats.is_some();
    let title = match product {
        Some(p) => tr.product_name(p.id()).to_owned(),
        None => o.product.clone(),
    };
    let name_id = field_id(&format!("{base}.name"));
    let extra_seats: Vec<(String, u32)> = o
        .seats
        .iter()
        .flatten()
        .filter(|(k, _)| !tiers.iter().any(|t| t.id() == k.as_str()))
        .map(|(k, v)| (k.clone(), *v))
        .collect();

    html! {
        <article class={classes!("card", "org-card", o.product.clone())} data-test="org-card" data-org={o.id.clone()}>
            <header class="card-header">
                <h4>
                    <span class={classes!("product-tag", o.product.clone())}>{ title }</span>
                    <span class="org-label">{ o.name.clone().unwrap_or_else(|| o.id.clone()) }</span>
                </h4>
                <button type="button" class="button small danger" onclick={remove}
                    aria-label={tr.remove_org(&o.id)}>{ tr.remove() }</button>
            </header>
            <div class="grid-3">
                <div class="field">
                    <label for={field_id(&id_path)}>{ tr.org_id() }</label>
                    <input id={field_id(&id_path)} type="text" value={o.id.clone()} oninput={text_edit(Edit::SetOrgId)}
                        aria-invalid={(!id_errors.is_empty()).then_some("true")}
                        aria-describedby={describedby(&id_path, Some(&id_hint), !id_errors.is_empty())} />
                    <p class="hint" id={id_hint.clone()} data-test="org-id-hint">{ tr.org_id_hint() }</p>
                    <FieldErrors path={id_path.clone()} messages={id_errors.clone()} />
                </div>
                <div class="field">
                    <label for={name_id.clone()}>{ tr.org_name() }</label>
                    <input id={name_id} type="text" value={o.name.clone().unwrap_or_default()} oninput={text_edit(Edit::SetOrgName)} />
                </div>
                if product.is_none() {
                    <div class="field">
                        <label for={field_id(&product_path)}>{ tr.org_product() }</label>
                        <select id={field_id(&product_path)} onchange={on_product}
                            aria-invalid="true"
                            aria-describedby={describedby(&product_path, None, !product_errors.is_empty())}>
                            <option value={o.product.clone()} selected=true>{ &o.product }</option>
                            { for Product::ALL.iter().map(|p| html! {
                                <option value={p.id()}>{ tr.product_name(p.id()) }</option>
                            }) }
                        </select>
                        <FieldErrors path={product_path.clone()} messages={product_errors.clone()} />
                    </div>
                } else {
                    <FieldErrors path={product_path.clone()} messages={product_errors.clone()} />
                }
            </div>
            <fieldset class="seats" id={field_id(&seats_path)} tabindex="-1">
                <legend>{ tr.seats() }</legend>
                if product == Some(Product::Console) {
                    <p class="hint">{ tr.no_seats_console() }</p>
                } else {
                    <div class="check">
                        <input type="checkbox" id={format!("capacity-{i}")} data-test="check-capacity"
                            checked={capacity} onchange={on_capacity} aria-describedby={format!("capacity-hint-{i}")} />
                        <label for={format!("capacity-{i}")}>{ tr.check_capacity() }</label>
                    </div>
                    <p class="hint" id={format!("capacity-hint-{i}")}>{ tr.check_capacity_hint() }</p>
                    if capacity {
                        <div class="grid-3">
                            { for tiers.iter().map(|t| {
                                let n = o.seats.as_ref().and_then(|s| s.get(t.id())).copied().unwrap_or(0);
                                let store = store.clone();
                                let tier = t.id().to_owned();
                                let on_change = Callback::from(move |n: u32| {
                                    store.dispatch(Action::Edit(Edit::SetSeats(i, tier.clone(), n)));
                                });
                                html! {
                                    <NumberField id={field_id(&format!("{seats_path}.{}", t.id()))}
                                        label={tr.tier_name(t.id())} value={n} on_change={on_change} />
                                }
                            }) }
                        </div>
                    }
                }
                { for extra_seats.iter().map(|(k, v)| {
                    let store = store.clone();
                    let key = k.clone();
                    let remove = Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::RemoveSeatTier(i, key.clone()))));
                    html! {
                        <p class="extra-row" id={field_id(&format!("{seats_path}.{k}"))} tabindex="-1">
                            <code>{ format!("{k}: {v}") }</code>{" "}
                            <button type="button" class="button small" onclick={remove}>{ tr.remove() }</button>
                        </p>
                    }
                }) }
                <FieldErrors path={seats_path.clone()} messages={seat_errors.clone()} />
            </fieldset>
        </article>
    }
}
