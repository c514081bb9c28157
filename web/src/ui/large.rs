//! Large setups: typing that applies after a pause, and the progress of the generated demo.

use yew::prelude::*;

use super::use_store;
use crate::browser;
use crate::i18n::Tr;
use crate::state::{Action, Phase};

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

/// The sizes of the large demo offered.
pub const DEMO_SIZES: [u32; 2] = [10_000, crate::import::DEMO_MAX];

/// Work `(done, total)` in thousandths, for a `<progress>` (at most 1000).
pub fn thousandths((done, total): (usize, usize)) -> usize {
    (done.saturating_mul(1000) / total.max(1)).min(1000)
}

/// The progress of loading the large demo.
pub fn demo_progress(tr: Tr, store: &super::Store) -> Html {
    let Some(p) = store.demo else {
        return html! {};
    };
    let total = Phase::ALL.len();
    // In thousandths: the phase under way counts for the share of its work done (users made,
    // users and members checked).
    let part = match (&store.checking, p.phase) {
        (_, Phase::Generating) => thousandths((p.made as usize, p.users as usize)),
        (Some(c), Phase::Checking) => thousandths(c.progress),
        _ => 1000,
    };
    let value = p.phase.index() * 1000 + part;
    html! {
        <section class="callout info progress-panel" role="status" aria-live="polite" data-test="demo-progress">
            <p><strong>{ tr.demo_progress(p.users) }</strong></p>
            <progress max={(total * 1000).to_string()} value={value.to_string()}
                aria-label={tr.demo_progress(p.users)} />
            <p class="hint">{ format!("{}/{total} ", p.phase.index() + 1) }{ tr.demo_phase(p.phase.id()) }</p>
        </section>
    }
}
