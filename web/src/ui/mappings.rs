//! Step 4: advanced group mappings per organization: roles, seat tiers, precedence (R3,
//! R11–R16), with the planner's assumptions shown where they apply.

use provplan_core::doc::OrganizationDoc;
use provplan_core::{Mode, Plan, Product};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::{FieldErrors, use_errors};
use super::use_store;
use crate::edit::{self, Edit, Target};
use crate::i18n::use_tr;
use crate::review::ReviewRc;
use crate::state::{Action, Step, field_id};

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub review: Option<ReviewRc>,
}

#[component]
pub fn MappingsStep(props: &StepProps) -> Html {
    let Some(store) = use_store() else {
        return html! {};
    };
    let doc = &store.doc;
    let plan = Plan::from_id(&doc.plan);
    let groups = edit::directory_groups(doc);
    html! {
        <div class="step-body">
            <datalist id="directory-groups">
                { for groups.iter().map(|g| html! { <option value={g.clone()} /> }) }
            </datalist>
            { for doc.organizations.iter().enumerate().map(|(i, o)| html! {
                <OrgMappings index={i} org={o.clone()} plan={plan} review={props.review.clone()} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OrgMappingsProps {
    index: usize,
    org: OrganizationDoc,
    plan: Option<Plan>,
    review: Option<ReviewRc>,
}

#[component]
fn OrgMappings(props: &OrgMappingsProps) -> Html {
    let tr = use_tr();
    let i = props.index;
    let gm_path = format!("organizations[{i}].provisioning.group_mappings");
    let prec_path = format!("{gm_path}.role_precedence");
    let store = use_store();
    let prec_errors = use_errors(&prec_path, true);
    let Some(store) = store else {
        return html! {};
    };
    let o = &props.org;
    let product = Product::from_id(&o.product);
    let gm = o
        .provisioning
        .as_ref()
        .and_then(|p| p.group_mappings.clone())
        .unwrap_or_default();
    let mode = o
        .provisioning
        .as_ref()
        .and_then(|p| p.mode.as_deref())
        .and_then(Mode::from_id);
    let eligible = match (props.plan, product, mode) {
        (Some(plan), Some(product), Some(m)) => plan.allows(product, m),
        _ => true,
    };
    let effective = match mode {
        Some(m) if eligible => m,
        _ => Mode::Manual,
    };
    let enabled = gm.enabled.unwrap_or(false);
    let label = match &o.name {
        Some(n) => format!("{n} ({})", o.id),
        None => o.id.clone(),
    };
    let turn_on = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::Edit(Edit::SetGroupMappings(i, true)))
        })
    };
    let to_modes = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::GoTo(Step::Modes)))
    };

    // Roles of the product, highest first, then ids written that the product does not have.
    let mut role_rows: Vec<String> = product
        .map(|p| p.roles().iter().map(|r| r.id().to_owned()).collect())
        .unwrap_or_default();
    for k in gm.roles.keys() {
        if !role_rows.contains(k) {
            role_rows.push(k.clone());
        }
    }
    let tiers: Vec<String> = match (product, props.plan) {
        (Some(Product::Claude), Some(plan)) if !plan.is_single_seat() => plan
            .seat_tiers()
            .iter()
            .map(|t| t.id().to_owned())
            .collect(),
        _ => Vec::new(),
    };
    let mut tier_rows = tiers.clone();
    for k in gm.seat_tiers.keys() {
        if !tier_rows.contains(k) {
            tier_rows.push(k.clone());
        }
    }
    let tiers_apply = !tiers.is_empty();
    let org_notes: Vec<_> = props
        .review
        .as_ref()
        .map(|r| {
            r.0.notes
                .iter()
                .filter(|n| n.organization.as_deref() == Some(label.as_str()))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let precedence = edit::precedence(o);
    let custom = gm.role_precedence.is_some();
    let reset = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::ResetPrecedence(i))))
    };

    html! {
        <section class="card org-mappings" data-test="org-mappings" data-org={o.id.clone()} aria-labelledby={format!("map-title-{i}")}>
            <h3 id={format!("map-title-{i}")}>
                if let Some(p) = product {
                    <span class={classes!("product-tag", p.id())}>{ tr.product_name(p.id()) }</span>
                }
                <span class="org-label">{ label.clone() }</span>
                <span class={classes!("state-tag", (enabled && effective != Mode::Manual).then_some("on"))}>
                    { tr.mode_label(effective, enabled && effective != Mode::Manual) }
                </span>
            </h3>
            if !enabled {
                <p class="callout info compact" role="note">
                    <span class="icon" aria-hidden="true">{"i "}</span>{ tr.agm_off_note() }{" "}
                    <button type="button" class="button small" data-test="agm-on" onclick={turn_on}>{ tr.turn_on_agm() }</button>
                </p>
            } else if effective == Mode::Manual {
                <p class="callout warning compact" role="note">
                    <span class="icon" aria-hidden="true">{"! "}</span>{ tr.agm_manual_note() }{" "}
                    <button type="button" class="button small" onclick={to_modes}>{ tr.go_to_step(&tr.step_title(Step::Modes.id())) }</button>
                </p>
            }
            <h4>{ tr.roles_from_groups() }</h4>
            <div class="map-rows">
                { for role_rows.iter().map(|r| html! {
                    <MapRow org={i} target={Target::Role(r.clone())} label={tr.role_name(r)}
                        groups={gm.roles.get(r).cloned().unwrap_or_default()} />
                }) }
            </div>

            <h4>{ tr.tiers_from_groups() }</h4>
            if tiers_apply {
                <p class="hint">{ tr.default_tier_note() }</p>
            } else if product == Some(Product::Console) {
                <p class="hint">{ tr.tiers_not_applicable_console() }</p>
            } else {
                <p class="hint">{ tr.tiers_not_applicable_single() }</p>
            }
            if !tier_rows.is_empty() {
                <div class="map-rows">
                    { for tier_rows.iter().map(|t| html! {
                        <MapRow org={i} target={Target::Tier(t.clone())} label={tr.tier_name(t)}
                            groups={gm.seat_tiers.get(t).cloned().unwrap_or_default()} />
                    }) }
                </div>
            }
            if tiers_apply {
                <aside class="interpretation" data-test="interpretation">
                    <strong>{ tr.interpretation() }{" "}</strong>{ tr.interp_tier_group_scope() }
                </aside>
            }

            <h4>{ tr.precedence() }</h4>
            if product == Some(Product::Console) {
                <p class="hint" id={format!("prec-hint-{i}")}>{ tr.precedence_hint() }</p>
                <ol class="precedence" id={field_id(&prec_path)} tabindex="-1" data-test="precedence"
                    aria-describedby={format!("prec-hint-{i}")}>
                    { for precedence.iter().enumerate().map(|(k, r)| {
                        let up_ok = k > 0 && precedence.get(k - 1).is_some_and(|a| edit::may_swap(Product::Console, a, r));
                        let down_ok = precedence.get(k + 1).is_some_and(|b| edit::may_swap(Product::Console, r, b));
                        let mv = |up: bool| {
                            let store = store.clone();
                            Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::MovePrecedence(i, k, up))))
                        };
                        let name = tr.role_name(r);
                        html! {
                            <li>
                                <span class="prec-role">{ name.clone() }</span>
                                <span class="prec-buttons">
                                    <button type="button" class="icon-button" disabled={!up_ok} onclick={mv(true)}
                                        aria-label={tr.move_up(&name)}>{"↑"}</button>
                                    <button type="button" class="icon-button" disabled={!down_ok} onclick={mv(false)}
                                        aria-label={tr.move_down(&name)}>{"↓"}</button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
                if custom {
                    <p><span class="state-tag on">{ tr.precedence_custom() }</span>{" "}
                        <button type="button" class="button small" onclick={reset}>{ tr.reset_precedence() }</button></p>
                } else {
                    <aside class="interpretation" data-test="interpretation">
                        <strong>{ tr.interpretation() }{" "}</strong>{ tr.interp_precedence() }
                    </aside>
                }
                <FieldErrors path={prec_path.clone()} messages={prec_errors.clone()} />
            } else {
                <p class="hint">{ tr.precedence_claude() }</p>
            }
            if !org_notes.is_empty() {
                <h4>{ tr.notes() }</h4>
                <ul class="notes">
                    { for org_notes.iter().map(|n| html! {
                        <li class={classes!(n.interpretation.then_some("interpretation-note"))}>
                            if n.interpretation { <strong>{ tr.interpretation() }{" "}</strong> }
                            { tr.note_text(n) }{" "}<span class="rule">{ n.rule }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MapRowProps {
    org: usize,
    target: Target,
    label: AttrValue,
    groups: Vec<String>,
}

/// One role or tier: its groups as removable chips, and a field to add one.
#[component]
fn MapRow(props: &MapRowProps) -> Html {
    let tr = use_tr();
    let i = props.org;
    let (kind, id) = match &props.target {
        Target::Role(r) => ("roles", r.clone()),
        Target::Tier(t) => ("seat_tiers", t.clone()),
    };
    let path = format!("organizations[{i}].provisioning.group_mappings.{kind}.{id}");
    let store = use_store();
    let draft = use_state(String::new);
    let errors = use_errors(&path, true);
    let Some(store) = store else {
        return html! {};
    };
    let input_id = field_id(&path);
    let add = {
        let store = store.clone();
        let draft = draft.clone();
        let target = props.target.clone();
        move || {
            if !draft.trim().is_empty() {
                store.dispatch(Action::Edit(Edit::AddMappedGroup(
                    i,
                    target.clone(),
                    (*draft).clone(),
                )));
                draft.set(String::new());
            }
        }
    };
    let on_click = {
        let add = add.clone();
        Callback::from(move |_: MouseEvent| add())
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            add();
        }
    });
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(
                e.target_dyn_into::<HtmlInputElement>()
                    .map(|x| x.value())
                    .unwrap_or_default(),
            )
        })
    };
    let slug = format!("{kind}-{id}");
    html! {
        <div class="map-row" data-test={format!("map-{slug}")}>
            <div class="map-target">{ &props.label }</div>
            <div class="map-groups">
                <ul class="chips" aria-label={tr.labelled(&props.label, tr.groups())}>
                    if props.groups.is_empty() {
                        <li class="chip-empty">{ tr.no_groups_mapped() }</li>
                    }
                    { for props.groups.iter().map(|g| {
                        let n = edit::group_size(&store.doc, g);
                        let remove = {
                            let store = store.clone();
                            let target = props.target.clone();
                            let g = g.clone();
                            Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::RemoveMappedGroup(i, target.clone(), g.clone()))))
                        };
                        html! {
                            <li class={classes!("chip", (n == 0).then_some("chip-warn"))} data-test="chip" data-group={g.clone()}>
                                <span class="chip-name">{ g }</span>
                                <span class="chip-count">
                                    if n == 0 { <span aria-hidden="true">{"⚠ "}</span>{ tr.group_empty() } } else { { tr.group_members(n) } }
                                </span>
                                <button type="button" class="chip-remove" onclick={remove}
                                    aria-label={tr.remove_group(g, &props.label)}>{"×"}</button>
                            </li>
                        }
                    }) }
                </ul>
                <div class="inline add-group">
                    <label for={input_id.clone()} class="sr-only">{ tr.add_group_to(&props.label) }</label>
                    <input id={input_id} type="text" list="directory-groups" value={(*draft).clone()}
                        oninput={on_input} onkeydown={on_key} data-test="add-group-input"
                        placeholder={tr.add_group_to(&props.label)} />
                    <button type="button" class="button small" onclick={on_click} data-test="add-group"
                        disabled={draft.trim().is_empty()}
                        aria-label={tr.add_group_to(&props.label)}>{ tr.add_group() }</button>
                </div>
                <FieldErrors path={path.clone()} messages={errors.clone()} />
            </div>
        </div>
    }
}
