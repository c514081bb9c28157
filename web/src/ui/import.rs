//! Importing a real directory (step 3): files dropped or chosen, pasted text or a sample
//! export; a preview of what would be loaded, then Replace or Merge. Also an organization's
//! current members from a CSV. Every file is read here, in the browser.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::common::input_value;
use super::{Store, use_store};
use crate::browser::{self, ImportFile};
use crate::i18n::{Lang, Text, Tr, msg, use_tr};
use crate::import::{
    self as imp, DirectoryPreview, How, LISTED, Like, MAX_FILE_BYTES, MAX_FILES, Outcome, Preview,
    Problem, Request, Tally, Target,
};
use crate::state::{Action, NoticeKind};
use crate::text;

/// Starts an import of `files` (or of the sample `sample`) for `target` in the importer's
/// worker; what it reads comes back as [`Action::DirImportDone`]. `without_domains`: groups
/// named by email are named by the part before `@`.
pub fn start(
    store: &Store,
    target: Target,
    files: Vec<ImportFile>,
    sample: Option<&str>,
    without_domains: bool,
) {
    let directory = target == Target::Directory;
    let request = Request {
        target,
        sample: sample.map(str::to_owned),
        current: directory.then(|| store.doc.directory.clone()),
        mapped: if directory {
            crate::edit::mapped_groups(&store.doc)
        } else {
            Vec::new()
        },
        without_domains,
    };
    let batch = store.dir_import.batch + 1;
    let dispatcher = store.dispatcher();
    match browser::import_in_worker(request.to_bytes(), files, move |answer| {
        dispatcher.dispatch(Action::DirImportDone(batch, answer));
    }) {
        Ok(job) => store.dispatch(Action::DirImportStarted(batch, target, Rc::new(job))),
        Err(reason) => {
            let e = Problem::file("", msg::import_stopped(Text::raw(reason)));
            store.dispatch(Action::DirImportRefused(target, vec![e]));
        }
    }
}

/// Reads the chosen or dropped files for `target`; too many or too large files are refused
/// before anything is read.
pub fn read_files(store: &Store, target: Target, list: Option<web_sys::FileList>) {
    let Some(list) = list else { return };
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if files.is_empty() {
        return;
    }
    if files.len() > MAX_FILES {
        let e = Problem::file("", msg::import_too_many_files(files.len(), MAX_FILES));
        store.dispatch(Action::DirImportRefused(target, vec![e]));
        return;
    }
    const MB: f64 = 1024.0 * 1024.0;
    #[allow(
        clippy::cast_precision_loss,
        reason = "32 MB is exact in an f64; file sizes come as f64"
    )]
    let limit = MAX_FILE_BYTES as f64;
    let too_large: Vec<Problem> = files
        .iter()
        .filter(|f| f.size() > limit)
        .map(|f| {
            // A saturating cast to whole megabytes (no float formatting in the wasm).
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a file size in whole megabytes"
            )]
            let mb = (f.size() / MB).ceil() as u64;
            Problem::file(
                &f.name(),
                msg::import_file_too_large(mb, MAX_FILE_BYTES / (1024 * 1024)),
            )
        })
        .collect();
    if !too_large.is_empty() {
        store.dispatch(Action::DirImportRefused(target, too_large));
        return;
    }
    start(
        store,
        target,
        files.into_iter().map(ImportFile::File).collect(),
        None,
        false,
    );
}

/// The value of a paste box, cut to [`imp::MAX_PASTE_BYTES`] with a notice when longer.
pub fn pasted_value(store: &Store, e: &InputEvent) -> String {
    let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() else {
        return String::new();
    };
    let mut value = area.value();
    if let Some(original) = imp::cap_paste(&mut value) {
        area.set_value(&value);
        store.dispatch(Action::Notify(
            NoticeKind::Warning,
            msg::paste_cut(original, value.len()),
        ));
    }
    value
}

/// The directory import: drop zone, file chooser, paste box, samples and the preview.
#[component]
pub fn ImportCard() -> Html {
    let tr = use_tr();
    let store = use_store();
    let over = use_state(|| false);
    let paste = use_state(String::new);
    let sample = use_state(String::new);
    // What the last directory import read, to read it again with other group names.
    let last = use_mut_ref(|| (Vec::<ImportFile>::new(), None::<String>));
    let Some(store) = store else {
        return html! {};
    };
    let on_files = {
        let store = store.clone();
        let last = last.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let files = input.files();
                *last.borrow_mut() = (files_of(files.as_ref()), None);
                read_files(&store, Target::Directory, files);
                input.set_value("");
            }
        })
    };
    let on_drag_over = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let on_drag_leave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let on_drop = {
        let over = over.clone();
        let store = store.clone();
        let last = last.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            let files = e.data_transfer().and_then(|d| d.files());
            *last.borrow_mut() = (files_of(files.as_ref()), None);
            read_files(&store, Target::Directory, files);
        })
    };
    let on_paste = {
        let paste = paste.clone();
        let store = store.clone();
        Callback::from(move |e: InputEvent| paste.set(pasted_value(&store, &e)))
    };
    let read_paste = {
        let paste = paste.clone();
        let store = store.clone();
        let last = last.clone();
        Callback::from(move |_: MouseEvent| {
            let files = vec![ImportFile::Text(
                tr.import_pasted_name().to_owned(),
                (*paste).clone(),
            )];
            *last.borrow_mut() = (files.clone(), None);
            start(&store, Target::Directory, files, None, false);
        })
    };
    let on_sample = {
        let sample = sample.clone();
        Callback::from(move |e: Event| sample.set(input_value(&e)))
    };
    let read_sample = {
        let sample = sample.clone();
        let store = store.clone();
        let last = last.clone();
        Callback::from(move |_: MouseEvent| {
            if !sample.is_empty() {
                *last.borrow_mut() = (Vec::new(), Some((*sample).clone()));
                start(&store, Target::Directory, Vec::new(), Some(&sample), false);
            }
        })
    };
    let without_domains = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let (files, sample) = last.borrow().clone();
            start(&store, Target::Directory, files, sample.as_deref(), true);
        })
    };
    html! {
        <section class="card import-card" aria-labelledby="import-title" data-test="import">
            <h3 id="import-title">{ tr.import_title() }</h3>
            <p class="hint" id="import-hint">{ tr.import_hint() }</p>
            <div class={classes!("dropzone", over.then_some("over"))} data-test="dropzone"
                ondragover={on_drag_over.clone()} ondragenter={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <span>{ tr.import_drop() }</span>
                <label class="button file-button" for="import-directory-files">
                    { tr.import_choose() }
                    <input id="import-directory-files" data-test="import-files" type="file" multiple=true
                        accept=".csv,.json,.txt,text/csv,application/json,text/plain"
                        aria-describedby="import-hint" onchange={on_files} />
                </label>
            </div>
            <div class="import-more">
                <details class="paste">
                    <summary>{ tr.import_paste() }</summary>
                    <div class="field">
                        <label for="import-paste">{ tr.import_paste_label() }</label>
                        <textarea id="import-paste" data-test="import-paste" rows="5" spellcheck="false"
                            value={(*paste).clone()} oninput={on_paste} />
                    </div>
                    <button type="button" class="button" data-test="import-paste-read"
                        disabled={paste.trim().is_empty()} onclick={read_paste}>{ tr.import_paste_read() }</button>
                </details>
                <div class="field sample-field">
                    <label for="import-sample">{ tr.import_sample() }</label>
                    <div class="inline">
                        <select id="import-sample" data-test="import-sample" onchange={on_sample}>
                            <option value="" selected={sample.is_empty()}>{ tr.import_sample_placeholder() }</option>
                            { for imp::SAMPLES.iter().map(|name| html! {
                                <option value={*name} selected={*sample == *name}>{ tr.import_sample_title(*name) }</option>
                            }) }
                        </select>
                        <button type="button" class="button" data-test="import-sample-read"
                            disabled={sample.is_empty()} onclick={read_sample}>{ tr.import_sample_read() }</button>
                    </div>
                </div>
            </div>
            { import_status(tr, &store, Target::Directory, Some(without_domains)) }
        </section>
    }
}

/// The files of a list, kept to be read again.
fn files_of(list: Option<&web_sys::FileList>) -> Vec<ImportFile> {
    list.map(|l| {
        (0..l.length())
            .filter_map(|i| l.get(i))
            .map(ImportFile::File)
            .collect()
    })
    .unwrap_or_default()
}

/// Files being read for `target`, the preview of what they would load, or their errors.
/// `without_domains` reads the directory's files again with groups named without their domain.
fn import_status(
    tr: Tr,
    store: &Store,
    target: Target,
    without_domains: Option<Callback<MouseEvent>>,
) -> Html {
    let im = &store.dir_import;
    if im.target != Some(target) {
        return html! {};
    }
    if im.reading() {
        return html! {
            <p class="hint updating-note" role="status" data-test="import-reading">
                <span class="spinner" aria-hidden="true"></span>{ tr.import_reading_files() }
            </p>
        };
    }
    let Some(preview) = im.preview.clone() else {
        return html! {};
    };
    let button = |test: &'static str, class: &'static str, a: fn() -> Action, label: &str| {
        let store = store.clone();
        let onclick = Callback::from(move |_: MouseEvent| store.dispatch(a()));
        html! { <button type="button" class={classes!("button", class)} data-test={test} {onclick}>{ label }</button> }
    };
    let cancel = button(
        "import-cancel",
        "secondary",
        || Action::CancelImport,
        tr.cancel(),
    );
    match &preview.outcome {
        Outcome::Failed(errors) => html! {
            <section class="callout error import-result" role="alert" data-test="import-errors-list"
                aria-labelledby="import-failed-title">
                <h4 id="import-failed-title"><span class="icon" aria-hidden="true">{"✕ "}</span>{ tr.import_failed_title(errors.len()) }</h4>
                { problems(tr, &preview, true) }
                <div class="actions">
                    { button("import-dismiss", "secondary", || Action::CancelImport, tr.dismiss()) }
                </div>
            </section>
        },
        Outcome::Directory(d) if preview.refused().is_some() => html! {
            <section class="callout error import-result" role="alert" data-test="import-bad-rows"
                aria-labelledby="import-bad-title">
                <h4 id="import-bad-title"><span class="icon" aria-hidden="true">{"✕ "}</span>{ tr.import_bad_rows_title(d.bad_rows) }</h4>
                { problems(tr, &preview, true) }
                <p class="hint">{ tr.import_bad_rows_hint() }</p>
                <div class="actions">
                    { button("import-skip-bad", "", || Action::SkipBadRows, &tr.import_skip_bad(d.rows, d.bad_rows)) }
                    { button("import-dismiss", "secondary", || Action::CancelImport, tr.dismiss()) }
                </div>
            </section>
        },
        Outcome::Directory(d) => {
            let users = d.directory.users.len();
            let warnings = d.warnings.len();
            html! {
                <section class="import-result preview" aria-labelledby="import-preview-title" data-test="import-preview">
                    <h4 id="import-preview-title">{ tr.import_preview_title() }</h4>
                    <ul class="import-stats">
                        { for [
                            ("users", users, tr.import_users()),
                            ("groups", d.groups, tr.import_groups()),
                            ("memberships", d.memberships, tr.import_memberships()),
                            ("warnings", warnings, tr.import_warnings()),
                        ].into_iter().map(|(k, n, label)| html! {
                            <li data-test={format!("import-count-{k}")}><span class="n">{ tr.num(n) }</span>{ label }</li>
                        }) }
                    </ul>
                    <ul class="import-files">
                        { for preview.names.iter().zip(d.formats.iter()).map(|(name, format)| html! {
                            <li>{ tr.import_file_format(name, &tr.format_name(format)) }</li>
                        }) }
                    </ul>
                    <p>{ tr.import_known(d.known, users.saturating_sub(d.known)) }</p>
                    if d.unassigned > 0 { <p>{ tr.import_unassigned(d.unassigned) }</p> }
                    if d.bad_rows > 0 {
                        <details class="import-warnings" data-test="import-skipped">
                            <summary>{ tr.import_skipped(d.bad_rows) }</summary>
                            { problem_list(tr, &d.bad, "import-skipped-row") }
                        </details>
                    }
                    { missing_groups(tr, d, without_domains) }
                    if d.renamed > 0 { <p data-test="import-renamed">{ tr.import_renamed(d.renamed) }</p> }
                    <p data-test="import-replace-drops">{ tr.import_replace_drops(d.drops) }</p>
                    if d.merged.is_some() { <p data-test="import-merge-adds">{ tr.import_merge_adds(d.adds) }</p> }
                    { effect(tr, d) }
                    if warnings > 0 {
                        <details class="import-warnings" data-test="import-warnings">
                            <summary>{ tr.import_warnings_count(warnings) }</summary>
                            { problems(tr, &preview, false) }
                        </details>
                    }
                    <p class="hint">{ tr.import_preview_hint() }</p>
                    <div class="actions">
                        { button("import-replace", "primary", || Action::ApplyImport(How::Replace), tr.import_replace()) }
                        { button("import-merge", "", || Action::ApplyImport(How::Merge), tr.import_merge()) }
                        { cancel }
                    </div>
                </section>
            }
        }
        Outcome::Members(m) => html! {
            <section class="import-result preview" data-test="members-preview">
                <p>{ tr.members_preview(m.members.len(), &store.org_label(m.org)) }</p>
                <div class="actions">
                    { button("members-replace", "primary", || Action::ApplyImport(How::Replace), tr.members_replace()) }
                    { cancel }
                </div>
            </section>
        },
    }
}

/// The mapped groups that the import does not contain, each with the imported groups like
/// it, and the one-click fix when groups are named by email.
fn missing_groups(
    tr: Tr,
    d: &DirectoryPreview,
    without_domains: Option<Callback<MouseEvent>>,
) -> Html {
    if d.missing.is_empty() {
        return html! {};
    }
    let like = |how: Like| match how {
        Like::WithoutDomain => "without_domain",
        Like::Case => "case",
        Like::Prefix => "prefix",
    };
    html! {
        <section class="callout warning" data-test="import-missing-groups" aria-labelledby="import-missing-title">
            <h5 id="import-missing-title">{ tr.import_missing_title(d.missing.len()) }</h5>
            <ul>
                { for d.missing.iter().take(LISTED).map(|m| html! {
                    <li data-test="import-missing-group" data-group={m.mapped.clone()}>
                        <code>{ m.mapped.clone() }</code>{ tr.label_sep() }
                        if m.like.is_empty() {
                            { tr.import_missing_none() }
                        } else {
                            { tr.import_looks_like() }{" "}
                            { for m.like.iter().enumerate().map(|(k, (name, how))| html! {
                                <>
                                    if k > 0 { {", "} }
                                    <code data-test="import-look-alike">{ name.clone() }</code>
                                    {" ("}{ tr.import_like(like(*how)) }{")"}
                                </>
                            }) }
                        }
                    </li>
                }) }
            </ul>
            if let (true, Some(onclick)) = (d.domains_help(), without_domains) {
                <p class="hint">{ tr.import_without_domains_hint() }</p>
                <div class="actions">
                    <button type="button" class="button primary" data-test="import-without-domains" {onclick}>{ tr.import_without_domains() }</button>
                </div>
            }
        </section>
    }
}

/// The review now and after Replace or Merge, in brief.
fn effect(tr: Tr, d: &DirectoryPreview) -> Html {
    let Some(e) = d.effect else {
        return html! { <p class="hint" data-test="import-effect-large">{ tr.import_effect_large() }</p> };
    };
    let row = |test: &'static str, label: &str, t: Tally| {
        let errors = if t.invalid > 0 {
            tr.import_effect_invalid(t.invalid)
        } else {
            tr.num(t.errors)
        };
        let in_scope = if t.invalid > 0 {
            "—".to_owned()
        } else {
            tr.num(t.in_scope)
        };
        html! {
            <tr data-test={test}>
                <th scope="row">{ label }</th>
                <td class="n" data-test="in-scope">{ in_scope }</td>
                <td class="n" data-test="errors">{ errors }</td>
            </tr>
        }
    };
    html! {
        <table class="import-effect" data-test="import-effect">
            <caption>{ tr.import_effect_title() }</caption>
            <thead><tr>
                <td></td>
                <th scope="col">{ tr.import_effect_in_scope() }</th>
                <th scope="col">{ tr.import_effect_errors() }</th>
            </tr></thead>
            <tbody>
                { row("effect-now", tr.import_effect_now(), e.now) }
                { row("effect-replace", tr.import_effect_replace(), e.replace) }
                if let Some(m) = e.merge { { row("effect-merge", tr.import_effect_merge(), m) } }
            </tbody>
        </table>
    }
}

/// Errors or warnings by file and line, the first [`LISTED`] of them.
fn problems(tr: Tr, list: &Preview, errors: bool) -> Html {
    let items = if errors {
        list.errors()
    } else {
        list.warnings()
    };
    problem_list(
        tr,
        items,
        if errors {
            "import-error"
        } else {
            "import-warning"
        },
    )
}

/// Problems by file and line, the first [`LISTED`] of them. The importer's own words are
/// English: marked so for screen readers when the page is in another language.
fn problem_list(tr: Tr, items: &[Problem], test: &'static str) -> Html {
    let more = items.len().saturating_sub(LISTED);
    html! {
        <ul class="problem-list" data-test={test}>
            { for items.iter().take(LISTED).map(|p| {
                let english = matches!(p.message, Text::Raw(_)) && tr.lang != Lang::En;
                html! {
                    <li>
                        if let Some(at) = text::import_location(p) { <code class="at">{ tr.text(&at) }</code>{ tr.label_sep() } }
                        <span lang={english.then_some("en")}>{ tr.text(&text::import_detail(p)) }</span>
                    </li>
                }
            }) }
            if more > 0 { <li>{ tr.import_more(more) }</li> }
        </ul>
    }
}

/// Loading an organization's current members from a CSV (`sample`: offer the sample list,
/// which fits a Claude organization).
pub fn members_import(tr: Tr, store: &Store, org: usize, sample: bool) -> Html {
    let id = format!("members-file-{org}");
    let on_file = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                read_files(&store, Target::Members(org), input.files());
                input.set_value("");
            }
        })
    };
    let on_sample = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            start(
                &store,
                Target::Members(org),
                Vec::new(),
                Some(imp::MEMBERS_SAMPLE),
                false,
            );
        })
    };
    html! {
        <div class="members-import">
            <div class="actions">
                <label class="button file-button" for={id.clone()}>
                    { tr.members_load() }
                    <input id={id.clone()} data-test="members-file" type="file" accept=".csv,text/csv,.txt"
                        aria-describedby={format!("{id}-hint")} onchange={on_file} />
                </label>
                if sample {
                    <button type="button" class="button secondary" data-test="members-sample" onclick={on_sample}>{ tr.members_sample() }</button>
                }
            </div>
            <p class="hint" id={format!("{id}-hint")}>{ tr.members_load_hint() }</p>
            { import_status(tr, store, Target::Members(org), None) }
        </div>
    }
}
