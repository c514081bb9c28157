//! Large setups: typing that applies after a pause, and the generated large demo.

use std::cell::RefCell;

use provplan_core::ScenarioDoc;
use yew::prelude::*;

use super::use_store;
use crate::browser::{self, ImportJob};
use crate::i18n::{Text, Tr, msg};
use crate::state::{Action, AppState, NoticeKind, Origin, Phase, Progress};

thread_local! {
    /// The worker generating the demo (dropping it stops the worker).
    static DEMO: RefCell<Option<ImportJob>> = const { RefCell::new(None) };
}

/// How long typing pauses before a large setup takes it in.
pub const TYPING_PAUSE_MS: i32 = 150;

/// A text field's value, input and change handlers. In a small setup every keystroke is
/// applied at once. In a large one ([`crate::state::LARGE`]) the field keeps what is typed and
/// applies it [`TYPING_PAUSE_MS`] after the last keystroke (or when the field is left), so
/// that validating and evaluating the setup never holds up typing.
#[hook]
pub fn use_typed(
    value: String,
    commit: Callback<String>,
) -> (String, Callback<InputEvent>, Callback<Event>) {
    let store = use_store();
    let draft = use_state(|| None::<String>);
    let generation = use_mut_ref(|| 0u64);
    let large = store.as_ref().is_some_and(|s| s.large);
    let oninput = {
        let draft = draft.clone();
        let commit = commit.clone();
        let generation = generation.clone();
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if !large {
                commit.emit(v);
                return;
            }
            if draft.is_none() {
                if let Some(s) = &store {
                    s.dispatch(Action::Typing(true));
                }
            }
            draft.set(Some(v.clone()));
            let current = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            let (draft, commit, generation) = (draft.clone(), commit.clone(), generation.clone());
            browser::after(TYPING_PAUSE_MS, move || {
                if *generation.borrow() == current {
                    commit.emit(v);
                    draft.set(None);
                }
            });
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            if let Some(v) = (*draft).clone() {
                *generation.borrow_mut() += 1;
                commit.emit(v);
                draft.set(None);
            }
        })
    };
    let shown = (*draft).clone().unwrap_or(value);
    (shown, oninput, onchange)
}

/// Loads the large demo, in phases with a paint between them so that the progress shows:
/// the importer's worker generates it (off the page's thread), then the page reads and checks
/// it (the load), then evaluates it (the page's evaluation of a large setup ends the progress).
pub fn load_demo(dispatcher: UseReducerDispatcher<AppState>, users: u32) {
    let progress = move |phase| Action::Progress(Some(Progress { users, phase }));
    dispatcher.dispatch(progress(Phase::Generating));
    let d = dispatcher.clone();
    let started = browser::import_in_worker(
        (format!("demo:{users}"), String::new(), String::new()),
        Vec::new(),
        move |answer| {
            DEMO.with(|j| j.borrow_mut().take());
            d.dispatch(progress(Phase::Checking));
            browser::after_paint(move || {
                match answer.map(|json| ScenarioDoc::from_json_str(&json)) {
                    Ok(Ok(doc)) => d.dispatch(Action::Load(doc, Origin::Demo(users))),
                    Ok(Err(e)) => fail(&d, Text::raw(e.lines())),
                    Err(failure) => fail(&d, failure.text()),
                }
            });
        },
    );
    match started {
        Ok(job) => DEMO.with(|j| *j.borrow_mut() = Some(job)),
        Err(reason) => fail(&dispatcher, Text::raw(reason)),
    }
}

fn fail(d: &UseReducerDispatcher<AppState>, reason: Text) {
    d.dispatch(Action::Progress(None));
    d.dispatch(Action::Notify(NoticeKind::Error, msg::demo_failed(reason)));
}

/// The sizes of the large demo offered.
pub const DEMO_SIZES: [u32; 2] = [10_000, 100_000];

/// The progress of loading the large demo.
pub fn demo_progress(tr: Tr, store: &super::Store) -> Html {
    let Some(p) = store.progress else {
        return html! {};
    };
    let total = Phase::ALL.len();
    // In thousandths: the phase under way counts as far as it has got (checking does count).
    let part = match (&store.checking, p.phase) {
        (Some(c), Phase::Checking) => c.progress.0.saturating_mul(1000) / c.progress.1.max(1),
        _ => 1000,
    };
    let value = p.phase.index() * 1000 + part.min(1000);
    html! {
        <section class="callout info progress-panel" role="status" aria-live="polite" data-test="demo-progress">
            <p><strong>{ tr.demo_progress(p.users) }</strong></p>
            <progress max={(total * 1000).to_string()} value={value.to_string()}
                aria-label={tr.demo_progress(p.users)} />
            <p class="hint">{ format!("{}/{total} ", p.phase.index() + 1) }{ tr.demo_phase(p.phase.id()) }</p>
        </section>
    }
}
