//! The components. The scenario (the reducer's handle) is the one context; everything else
//! goes down as props and comes back up as callbacks or actions.

mod common;
mod directory;
mod embed;
mod mappings;
mod menu;
mod modes;
mod plan;
mod review;
mod summary;

use std::rc::Rc;

use yew::prelude::*;

use crate::boot::{self, View};
use crate::review::{Review, ReviewRc};
use crate::state::{Action, AppState, NoticeKind, Step};
use crate::{browser, text};

/// The scenario store: the reducer's handle, shared through a context.
pub type Store = UseReducerHandle<AppState>;

/// The store of the nearest [`Planner`].
#[hook]
pub fn use_store() -> Option<Store> {
    use_context::<Store>()
}

/// The app: the planner, or a compact view chosen by `?view=`.
#[component]
pub fn App() -> Html {
    let view = use_memo((), |_| boot::view_of(&browser::location().0).0);
    match &*view {
        View::Planner => html! { <Planner /> },
        View::ScimCheck => html! { <embed::ScimCheck /> },
        View::Compare(example) => {
            html! { <embed::CompareEmbed example={AttrValue::from(example.clone())} /> }
        }
    }
}

#[component]
fn Planner() -> Html {
    let store = use_reducer(|| {
        let (query, hash) = browser::location();
        let stored = browser::stored();
        let mut state = boot::boot(&query, &hash, stored.as_deref());
        if !browser::storage_available() {
            state.notify(NoticeKind::Warning, text::STORAGE_UNAVAILABLE.into());
        }
        state
    });

    // Once: keep unreadable saved text aside, clear a share fragment.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let startup = store.startup.clone();
            if let Some(raw) = &startup.keep_aside {
                if let Some(key) = browser::keep_aside(raw) {
                    store.dispatch(Action::Notify(
                        NoticeKind::Warning,
                        text::storage_unreadable(&key),
                    ));
                }
            }
            if startup.clear_fragment {
                browser::clear_fragment();
            }
            store.dispatch(Action::StartupDone);
        });
    }
    // Autosave on every change of the scenario.
    {
        let dispatcher = store.dispatcher();
        let doc = store.doc.clone();
        use_effect_with(store.revision, move |_| {
            if browser::storage_available()
                && browser::save(boot::STORAGE_KEY, &doc.to_json_pretty()).is_err()
            {
                dispatcher.dispatch(Action::Notify(
                    NoticeKind::Warning,
                    text::STORAGE_WRITE_FAILED.into(),
                ));
            }
        });
    }
    // Keep what a load replaced, until the next load.
    use_effect_with(store.undo.clone(), |undo| {
        if let Some(previous) = undo {
            let _ = browser::save(boot::PREVIOUS_KEY, &previous.to_json_pretty());
        }
    });
    // After a step change, move to the step's content.
    {
        let first = use_mut_ref(|| true);
        let focus_pending = store.focus.is_some();
        use_effect_with(store.step, move |_| {
            let was_first = core::mem::replace(&mut *first.borrow_mut(), false);
            if !was_first && !focus_pending {
                browser::focus_id("step-content");
            }
        });
    }
    // Focus the field of an input error after a jump.
    {
        let dispatcher = store.dispatcher();
        use_effect_with(store.focus.clone(), move |focus| {
            if let Some(path) = focus {
                browser::focus_field(path);
                dispatcher.dispatch(Action::Focused);
            }
        });
    }

    let review = {
        let valid = store.valid.clone();
        use_memo(store.valid_revision, move |_| {
            valid
                .as_deref()
                .and_then(Review::build)
                .map(|r| ReviewRc(Rc::new(r)))
        })
    };
    let review: Option<ReviewRc> = (*review).clone();
    let step = store.step;
    let stale = !store.is_valid() && review.is_some();

    let body = match step {
        Step::Plan => html! { <plan::PlanStep review={review.clone()} /> },
        Step::Modes => html! { <modes::ModesStep review={review.clone()} /> },
        Step::Directory => html! { <directory::DirectoryStep /> },
        Step::Mappings => html! { <mappings::MappingsStep review={review.clone()} /> },
        Step::Review => html! { <review::ReviewStep review={review.clone()} stale={stale} /> },
    };
    let go = |s: Step| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::GoTo(s)))
    };
    let wide = step == Step::Review;

    html! {
        <ContextProvider<Store> context={store.clone()}>
            <div class="page">
                <a class="skip-link" href="#step-content">{ text::SKIP_TO_CONTENT }</a>
                <menu::TopBar />
                <menu::Notices />
                <menu::ImportPanel />
                <menu::SharePanel />
                <nav class="steps" aria-label={text::STEPS_LABEL}>
                    <ol>
                        { for Step::ALL.iter().map(|s| {
                            let n = s.index() + 1;
                            let problems = store.errors.iter().filter(|e| crate::state::step_of(&e.path) == *s).count();
                            let current = *s == step;
                            html! {
                                <li>
                                    <button type="button"
                                        class={classes!("step", current.then_some("current"))}
                                        aria-current={current.then_some("step")}
                                        data-test={format!("step-{}", s.id())}
                                        onclick={go(*s)}>
                                        <span class="step-number" aria-hidden="true">{ n }</span>
                                        <span class="step-title">{ text::step_title(*s) }</span>
                                        if problems > 0 {
                                            <span class="step-problems">
                                                <span aria-hidden="true">{"⚠ "}</span>
                                                { problems }
                                                <span class="sr-only">{ format!(" {}", text::input_errors_title(problems)) }</span>
                                            </span>
                                        }
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                </nav>
                <div class={classes!("workspace", wide.then_some("wide"))}>
                    <main id="step-content" class="step-panel" tabindex="-1" data-test={format!("panel-{}", step.id())}>
                        <h2 class="step-heading">
                            <span class="step-heading-number">{ format!("{}.", step.index() + 1) }</span>
                            { text::step_title(step) }
                        </h2>
                        <p class="intro">{ text::step_intro(step) }</p>
                        <common::InputErrors has_review={review.is_some()} />
                        { body }
                        <div class="step-nav">
                            if let Some(prev) = step.prev() {
                                <button type="button" class="button secondary" data-test="back" onclick={go(prev)}>
                                    <span aria-hidden="true">{"← "}</span>{ text::BACK }{": "}{ text::step_title(prev) }
                                </button>
                            }
                            if let Some(next) = step.next() {
                                <button type="button" class="button primary" data-test="next" onclick={go(next)}>
                                    { text::NEXT }{": "}{ text::step_title(next) }<span aria-hidden="true">{" →"}</span>
                                </button>
                            }
                        </div>
                    </main>
                    if !wide {
                        <summary::Summary review={review.clone()} stale={stale} />
                    }
                </div>
                <footer class="footer"><p>{ text::OFFLINE_NOTE }</p></footer>
            </div>
        </ContextProvider<Store>>
    }
}
