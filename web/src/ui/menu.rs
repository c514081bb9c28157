//! The top bar (start from an example, open, export, share) and the messages under it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::input_value;
use super::use_store;
use super::work::Runner;
use crate::i18n::{Lang, msg, use_lang, use_tr};
use crate::state::{Action, NoticeKind, OPEN_IN_SLICES, Origin};
use crate::{browser, examples, share, text};

/// Files larger than this are not read: the most the engine reads (a 200,000-user scenario is
/// about 45 MB), opened a slice at a time.
const MAX_FILE_BYTES: f64 = provplan_core::doc::MAX_INPUT_BYTES as f64;

#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// Opens a large scenario file in slices.
    pub runner: Runner,
}

#[component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let tr = use_tr();
    let store = use_store();
    let runner = props.runner.clone();
    let choice = use_state(String::new);
    let Some(store) = store else {
        return html! {};
    };

    let on_choose = {
        let choice = choice.clone();
        Callback::from(move |e: Event| choice.set(input_value(&e)))
    };
    let on_load = {
        let store = store.clone();
        let choice = choice.clone();
        Callback::from(move |_: MouseEvent| {
            let name = (*choice).clone();
            let demo = name
                .strip_prefix("demo-")
                .and_then(|n| n.parse::<u32>().ok());
            if name == "empty" {
                store.dispatch(Action::Load(examples::empty(), Origin::Empty));
            } else if let Some(users) = demo {
                store.dispatch(Action::LoadDemo(users));
            } else if let Some(doc) = examples::load(&name) {
                store.dispatch(Action::Load(doc, Origin::Example(name)));
            }
            choice.set(String::new());
        })
    };
    let on_file = {
        let store = store.clone();
        let runner = runner.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            if file.size() > MAX_FILE_BYTES {
                // Whole megabytes, without float formatting (which would add to the wasm).
                // A saturating cast to whole megabytes (no float formatting in the wasm).
                let mb = (file.size() / (1024.0 * 1024.0)).ceil() as u64;
                let reason = msg::import_too_large(name.as_str(), mb);
                store.dispatch(Action::ImportFailed(name, reason));
                return;
            }
            let dispatcher = store.dispatcher();
            let runner = runner.clone();
            let file_name = name.clone();
            // Read as bytes: copied into the page's memory at once, where a 40 MB string
            // would be converted character by character in one long task.
            let reader =
                gloo_file::callbacks::read_as_bytes(&gloo_file::File::from(file), move |result| {
                    let result = result
                        .map_err(|e| msg::import_unreadable(e.to_string()))
                        .and_then(|bytes| {
                            provplan_core::import::decode_owned(bytes, &file_name).map_err(|e| {
                                msg::import_unreadable(format!(
                                    "line {}, column {}: {}",
                                    e.line, e.column, e.message
                                ))
                            })
                        });
                    match result {
                        // A large file is opened a slice at a time, by the runner.
                        Ok(text) if text.len() > OPEN_IN_SLICES => runner.open(file_name, text),
                        result => dispatcher.dispatch(Action::ImportRead(file_name, result)),
                    }
                });
            store.dispatch(Action::ImportStarted(name, reader));
        })
    };
    let on_export = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::download(
                text::EXPORT_FILE_NAME,
                &store.doc.to_json_pretty(),
                "application/json",
            )
            .is_err()
            {
                store.dispatch(Action::Notify(
                    NoticeKind::Error,
                    msg::storage_write_failed(),
                ));
            }
        })
    };
    let on_share = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let doc = store.doc.clone();
            let dispatcher = store.dispatcher();
            yew::platform::spawn_local(async move {
                let link = share::encode_in_browser(&doc)
                    .await
                    .map(|p| browser::share_url(&p));
                dispatcher.dispatch(Action::Share(link));
            });
        })
    };

    html! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">{"◆"}</span>
                <div>
                    <h1>{ tr.app_title() }</h1>
                    <p class="tagline">{ tr.tagline() }</p>
                </div>
            </div>
            <div class="topbar-tools">
            <div class="menu" role="group" aria-label={tr.menu_label()}>
                <div class="start-from">
                    <label for="start-from">{ tr.start_from() }</label>
                    <div class="inline">
                        <select id="start-from" data-test="start-from" onchange={on_choose}>
                            <option value="" selected={choice.is_empty()}>{ tr.start_from_placeholder() }</option>
                            <option value="empty" selected={*choice == "empty"}>{ tr.empty_setup() }</option>
                            { for examples::ALL.iter().map(|(name, _)| html! {
                                <option value={*name} selected={*choice == *name}>{ tr.example_title(*name) }</option>
                            }) }
                            <optgroup label={tr.large_demo()}>
                                { for super::large::DEMO_SIZES.iter().map(|n| {
                                    let value = format!("demo-{n}");
                                    html! { <option selected={*choice == value} value={value.clone()}>{ tr.large_demo_title(*n) }</option> }
                                }) }
                            </optgroup>
                        </select>
                        <button type="button" class="button" id="load-example" data-test="load-example"
                            disabled={choice.is_empty() || store.demo.is_some()} onclick={on_load}>{ tr.load() }</button>
                    </div>
                </div>
                <label class="button file-button" for="import-file">
                    { tr.open_file() }
                    <input id="import-file" data-test="import-file" type="file" accept=".json,application/json" onchange={on_file} />
                </label>
                <button type="button" class="button" id="export" data-test="export" onclick={on_export}>{ tr.export() }</button>
                <button type="button" class="button" id="share" data-test="share" onclick={on_share}>{ tr.share() }</button>
            </div>
            <LangPicker />
            </div>
        </header>
    }
}

/// The language picker: each language under its own name.
#[component]
pub fn LangPicker() -> Html {
    let tr = use_tr();
    let Some(ctx) = use_lang() else {
        return html! {};
    };
    let onchange = {
        let choose = ctx.choose.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = Lang::from_tag(&input_value(&e)) {
                choose.emit(l);
            }
        })
    };
    html! {
        <div class="lang-picker">
            <label for="lang">{ tr.lang_label() }</label>
            <select id="lang" data-test="lang" onchange={onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == ctx.chosen}>{ l.own_name() }</option>
                }) }
            </select>
        </div>
    }
}

/// Saved text that could not be read and has no copy anywhere: it stays saved, and autosave
/// leaves it, until the visitor downloads it as a file or discards it.
#[component]
pub fn Held() -> Html {
    let tr = use_tr();
    let Some(store) = use_store() else {
        return html! {};
    };
    if !store.held {
        return html! {};
    }
    let download = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::download_saved(HELD_FILE).is_ok() {
                store.dispatch(Action::Release);
            }
        })
    };
    let discard = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Release))
    };
    html! {
        <div class="notice error" role="alert" data-test="held">
            <span class="icon" aria-hidden="true">{ "!" }</span>
            <p>{ tr.storage_unreadable_held() }</p>
            <button type="button" class="button small" data-test="held-download" onclick={download}>{ tr.storage_unreadable_download() }</button>
            <button type="button" class="button small" data-test="held-discard" onclick={discard}>{ tr.storage_unreadable_discard() }</button>
        </div>
    }
}

/// The name of the file an unreadable saved setup is downloaded as.
const HELD_FILE: &str = "unreadable-setup.json";

#[component]
pub fn Notices() -> Html {
    let tr = use_tr();
    let Some(store) = use_store() else {
        return html! {};
    };
    html! {
        <div class="notices" role="status" aria-live="polite" data-test="notices">
            { for store.notices.iter().map(|n| {
                let id = n.id;
                let dismiss = {
                    let store = store.clone();
                    Callback::from(move |_: MouseEvent| store.dispatch(Action::Dismiss(id)))
                };
                let undo = {
                    let store = store.clone();
                    Callback::from(move |_: MouseEvent| store.dispatch(Action::Undo))
                };
                let (class, icon) = match n.kind {
                    NoticeKind::Info => ("info", "i"),
                    NoticeKind::Warning => ("warning", "!"),
                    NoticeKind::Error => ("error", "✕"),
                };
                html! {
                    <div class={classes!("notice", class)} data-test="notice">
                        <span class="icon" aria-hidden="true">{ icon }</span>
                        <p>{ tr.text(&n.text) }</p>
                        if n.undo && store.undo.is_some() {
                            <button type="button" class="button small" data-test="undo" onclick={undo}>{ tr.undo() }</button>
                        }
                        <button type="button" class="icon-button" aria-label={tr.dismiss()} onclick={dismiss}>{"×"}</button>
                    </div>
                }
            }) }
        </div>
    }
}

/// An import being read, or why it failed; the current setup stays meanwhile.
#[component]
pub fn ImportPanel() -> Html {
    let tr = use_tr();
    let Some(store) = use_store() else {
        return html! {};
    };
    let import = &store.import;
    if import.reading.is_some() {
        return html! { <div class="notice info" role="status"><p>{ tr.import_reading() }</p></div> };
    }
    if let Some(o) = &import.opening {
        // Two halves: reading the JSON, then checking the setup (in thousandths).
        let value = usize::from(o.validating) * 1000 + super::large::thousandths(o.progress);
        // The second half is named; the first is the heading's "Reading the file…".
        let phase = if o.validating {
            html! { <p class="hint">{ tr.demo_phase("checking") }</p> }
        } else {
            html! {}
        };
        let heading = if o.shared {
            tr.share_opening()
        } else {
            tr.import_reading()
        };
        return html! {
            <section class="callout info progress-panel" role="status" aria-live="polite" data-test="import-opening">
                <p><strong>{ heading }</strong></p>
                <progress max="2000" value={value.to_string()} aria-label={heading} />
                { phase }
            </section>
        };
    }
    if import.errors.is_empty() {
        return html! {};
    }
    let file = import.file.clone().unwrap_or_default();
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::DismissImport))
    };
    let anyway = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ImportAnyway))
    };
    html! {
        <section class="callout error import-errors" role="alert" data-test="import-errors" aria-labelledby="import-errors-title">
            <h3 id="import-errors-title"><span class="icon" aria-hidden="true">{"✕"}</span>{ tr.import_failed(&file) }</h3>
            <ul class="error-list">
                { for import.errors.iter().map(|e| html! { <li><code>{ tr.text(e) }</code></li> }) }
            </ul>
            <div class="actions">
                if import.rejected.is_some() {
                    <button type="button" class="button" onclick={anyway}>{ tr.open_anyway() }</button>
                }
                <button type="button" class="button secondary" data-test="dismiss-import" onclick={dismiss}>{ tr.dismiss() }</button>
            </div>
        </section>
    }
}

#[component]
pub fn SharePanel() -> Html {
    let tr = use_tr();
    let store = use_store();
    let copied = use_state(|| false);
    let Some(store) = store else {
        return html! {};
    };
    let Some(share) = store.share.clone() else {
        return html! {};
    };
    let close = {
        let store = store.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(false);
            store.dispatch(Action::CloseShare);
        })
    };
    match share {
        Ok(link) => {
            let copy = {
                let link = link.clone();
                let copied = copied.clone();
                Callback::from(move |_: MouseEvent| {
                    browser::copy(&link);
                    copied.set(true);
                })
            };
            let select_all = Callback::from(|e: FocusEvent| {
                if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                    i.select();
                }
            });
            html! {
                <section class="callout share" aria-labelledby="share-title" data-test="share-panel">
                    <h3 id="share-title">{ tr.share_link_label() }</h3>
                    <p class="hint" id="share-hint">{ tr.share_link_hint() }</p>
                    <div class="inline">
                        <label for="share-link" class="sr-only">{ tr.share_link_label() }</label>
                        <input id="share-link" data-test="share-link" type="text" readonly=true value={link}
                            aria-describedby="share-hint" onfocus={select_all} />
                        <button type="button" class="button" onclick={copy}>{ if *copied { tr.copied() } else { tr.copy() } }</button>
                        <button type="button" class="button secondary" onclick={close}>{ tr.close() }</button>
                    </div>
                </section>
            }
        }
        Err(reason) => html! {
            <section class="callout warning share" role="alert" data-test="share-panel">
                <p>{ tr.text(&reason) }</p>
                <button type="button" class="button secondary" onclick={close}>{ tr.close() }</button>
            </section>
        },
    }
}
