//! Small pieces used by every step.

use provplan_core::{ErrorKind, Severity, Status};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::use_store;
use crate::i18n::use_tr;
use crate::state::{Action, field_id, within};
use crate::text;

/// The value of the input or select an event came from.
pub fn input_value(e: &Event) -> String {
    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
        return input.value();
    }
    if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
        return select.value();
    }
    String::new()
}

/// Whether the checkbox an event came from is checked.
pub fn input_checked(e: &Event) -> bool {
    e.target_dyn_into::<HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

/// The id of the error text of a field.
pub fn error_id(path: &str) -> String {
    format!("{}-error", field_id(path))
}

/// An input error at a field: its kind (translated) and the engine's message (English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub kind: ErrorKind,
    pub message: String,
}

/// The input errors at exactly `path` (`inside`: or inside it), owned for props.
#[hook]
pub fn use_errors(path: &str, inside: bool) -> Vec<FieldError> {
    let store = use_store();
    store
        .map(|s| {
            s.errors
                .iter()
                .filter(|e| {
                    if inside {
                        within(&e.path, path)
                    } else {
                        e.path == path
                    }
                })
                .map(|e| FieldError {
                    kind: e.kind,
                    message: e.message.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The engine's words, which are English: marked so that screen readers say them so.
pub fn engine_words(message: &str) -> Html {
    html! { <span lang="en">{ message }</span> }
}

#[derive(Properties, PartialEq)]
pub struct FieldErrorsProps {
    /// The JSON path the errors belong to (gives the element's id).
    pub path: AttrValue,
    pub messages: Vec<FieldError>,
}

/// Errors under a field, referenced by the field's `aria-describedby`.
#[component]
pub fn FieldErrors(props: &FieldErrorsProps) -> Html {
    let tr = use_tr();
    if props.messages.is_empty() {
        return html! {};
    }
    html! {
        <div class="field-error" id={error_id(&props.path)} data-test="field-error">
            { for props.messages.iter().map(|m| html! {
                <p><span class="icon" aria-hidden="true">{"⚠"}</span>{ tr.error_kind(m.kind) }{ tr.label_sep() }{ engine_words(&m.message) }</p>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: Status,
}

#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let tr = use_tr();
    html! {
        <span class={classes!("badge", format!("status-{}", props.status.id()))} data-test="status">
            <span class="icon" aria-hidden="true">{ text::status_icon(props.status) }</span>
            { tr.status_name(props.status.id()) }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct SeverityBadgeProps {
    pub severity: Severity,
}

#[component]
pub fn SeverityBadge(props: &SeverityBadgeProps) -> Html {
    let tr = use_tr();
    html! {
        <span class={classes!("badge", format!("sev-{}", props.severity.id()))}>
            <span class="icon" aria-hidden="true">{ text::severity_icon(props.severity) }</span>
            { tr.severity_name(props.severity.id()) }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct InputErrorsProps {
    /// Whether a review of an earlier valid setup is shown meanwhile.
    pub has_review: bool,
}

/// All input errors of the scenario, each with a link to its field.
#[component]
pub fn InputErrors(props: &InputErrorsProps) -> Html {
    let tr = use_tr();
    let Some(store) = use_store() else {
        return html! {};
    };
    if store.errors.is_empty() {
        return html! {};
    }
    let n = store.errors.len();
    html! {
        <section class="callout error" data-test="input-errors" aria-labelledby="input-errors-title">
            <h3 id="input-errors-title">
                <span class="icon" aria-hidden="true">{"⚠"}</span>{ tr.input_errors_title(n) }
            </h3>
            <p>{ if props.has_review { tr.input_errors_keep() } else { tr.input_errors_no_valid() } }</p>
            <ul class="error-list">
                { for store.errors.iter().map(|e| {
                    let path = e.path.clone();
                    let onclick = {
                        let store = store.clone();
                        let path = path.clone();
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::GoToField(path.clone())))
                    };
                    html! {
                        <li>
                            if !path.is_empty() {
                                <code>{ &path }</code>{ tr.label_sep() }
                            }
                            { tr.error_kind(e.kind) }{ tr.label_sep() }{ engine_words(&e.message) }
                            {" "}
                            <button type="button" class="link" onclick={onclick}>{ tr.go_to_field() }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: u32,
    pub on_change: Callback<u32>,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

/// A whole-number field that keeps what was typed while it is not a number.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let tr = use_tr();
    let draft = use_state(|| None::<String>);
    let oninput = {
        let draft = draft.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            match text.trim().parse::<u32>() {
                Ok(n) => {
                    draft.set(None);
                    on_change.emit(n);
                }
                Err(_) => draft.set(Some(text)),
            }
        })
    };
    let value = draft
        .as_ref()
        .cloned()
        .unwrap_or_else(|| props.value.to_string());
    let err_id = format!("{}-error", props.id);
    let described = match (&props.described_by, draft.is_some()) {
        (Some(d), true) => Some(format!("{d} {err_id}")),
        (Some(d), false) => Some(d.to_string()),
        (None, true) => Some(err_id.clone()),
        (None, false) => None,
    };
    html! {
        <div class="field number-field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="number" min="0" step="1" inputmode="numeric"
                value={value} oninput={oninput}
                aria-invalid={draft.is_some().then_some("true")}
                aria-describedby={described} />
            if draft.is_some() {
                <p class="field-error" id={err_id}><span class="icon" aria-hidden="true">{"⚠"}</span>{ tr.not_a_seat_number() }</p>
            }
        </div>
    }
}

/// `aria-describedby` for a field with a hint and maybe errors.
pub fn describedby(path: &str, hint: Option<&str>, has_errors: bool) -> Option<String> {
    let mut ids: Vec<String> = hint.map(str::to_owned).into_iter().collect();
    if has_errors {
        ids.push(error_id(path));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}
