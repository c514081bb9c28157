//! The components. The scenario (the reducer's handle) and the language are the two contexts;
//! everything else goes down as props and comes back up as callbacks or actions.

mod common;
mod directory;
mod embed;
mod import;
mod large;
mod mappings;
mod menu;
mod modes;
mod plan;
mod review;
mod summary;
mod table;
mod work;

use yew::prelude::*;

use crate::boot::{self, View};
use crate::browser;
use crate::i18n::{self, Lang, LangContext, Tr, msg, use_tr};
use crate::review::ReviewRc;
use crate::state::{Action, AppState, NoticeKind, Step};

/// How long a large setup waits after the last change before it is saved.
const LARGE_SAVE_PAUSE_MS: i32 = 1_000;

/// The scenario store: the reducer's handle, shared through a context.
pub type Store = UseReducerHandle<AppState>;

/// The store of the nearest [`Planner`].
#[hook]
pub fn use_store() -> Option<Store> {
    use_context::<Store>()
}

/// The app: the planner, or a compact view chosen by `?view=`, in the language of `?lang=`,
/// of the picker (remembered in this browser) or of the browser.
#[component]
pub fn App() -> Html {
    let view = use_memo((), |_| boot::view_of(&browser::location().0).0);
    let embedded = *view != View::Planner;
    // The language chosen, and the one shown: they differ while the chosen one's table loads.
    let chosen = use_state(|| {
        let query = boot::query_param(&browser::location().0, "lang");
        // The views for embedding read no saved state.
        let saved = if embedded {
            None
        } else {
            browser::stored_lang()
        };
        Lang::choose(
            query.as_deref(),
            saved.as_deref(),
            &browser::preferred_languages(),
        )
    });
    // `None` while the first table loads; `Err` when no table could be loaded.
    let shown = use_state(|| i18n::is_ready(*chosen).then_some(Ok(*chosen)));
    // A language whose table could not be loaded (the page stays in the one shown, with a
    // notice), and the attempts: trying again loads it again.
    let failed = use_state(|| None::<Lang>);
    let attempt = use_state(|| 0u32);
    {
        let shown = shown.clone();
        let failed = failed.clone();
        use_effect_with((*chosen, *attempt), move |(l, _)| {
            let l = *l;
            if i18n::is_ready(l) {
                failed.set(None);
                shown.set(Some(Ok(l)));
            } else {
                // Until it loads the page stays as it is; if it cannot, in the language shown,
                // or else in English.
                let before = *shown;
                yew::platform::spawn_local(async move {
                    let next = if load_table(l).await {
                        failed.set(None);
                        Ok(l)
                    } else {
                        failed.set(Some(l));
                        match before {
                            Some(Ok(b)) => Ok(b),
                            _ if load_table(Lang::En).await => Ok(Lang::En),
                            _ => Err(()),
                        }
                    };
                    shown.set(Some(next));
                });
            }
        });
    }
    let choose = {
        let set = chosen.setter();
        use_callback((), move |l: Lang, _| {
            browser::save_lang(l.code());
            browser::replace_query_lang(l.code());
            set.set(l);
        })
    };
    use_effect_with(*shown, |l| {
        if let Some(Ok(l)) = l {
            browser::set_document_lang(l.code(), Tr::new(*l).app_title());
        }
    });
    let lang = match *shown {
        None => return html! {},
        Some(Ok(lang)) => lang,
        // Words that no catalogue can give: the catalogues are what failed.
        Some(Err(())) => {
            return html! {
                <p class="callout error" role="alert">
                    { "The planner could not load its text (i18n/). Reload the page to try again." }
                </p>
            };
        }
    };
    let lang_failed = (*failed).filter(|f| *f != lang).map(|f| {
        let tr = Tr::new(lang);
        let attempt = attempt.clone();
        let retry = Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1));
        html! {
            <p class="callout warning lang-failed" role="alert" data-test="lang-failed">
                { tr.lang_failed(f.own_name(), lang.own_name()) }{" "}
                <button type="button" class="button small" data-test="lang-retry" onclick={retry}>{ tr.retry() }</button>
            </p>
        }
    });
    let context = LangContext {
        lang,
        chosen: *chosen,
        choose,
    };
    let body = match &*view {
        View::Planner => html! { <Planner /> },
        View::ScimCheck => html! { <embed::ScimCheck /> },
        View::Compare(example) => {
            html! { <embed::CompareEmbed example={AttrValue::from(example.clone())} /> }
        }
    };
    html! {
        <ContextProvider<LangContext> context={context}>{ for lang_failed }{ body }</ContextProvider<LangContext>>
    }
}

/// Loads and installs a language's table; whether it can now be shown.
async fn load_table(lang: Lang) -> bool {
    match browser::fetch_text(lang.file()).await {
        Some(table) => i18n::install(lang, table),
        None => false,
    }
}

#[component]
fn Planner() -> Html {
    let tr = use_tr();
    let store = use_reducer(|| {
        let (query, hash) = browser::location();
        let stored = browser::stored();
        let mut state = boot::boot(
            &query,
            &hash,
            stored.as_ref().map(|s| s.as_deref().map_err(|e| *e)),
        );
        if !browser::storage_available() {
            state.notify(NoticeKind::Warning, msg::storage_unavailable());
        }
        state
    });

    // Once: keep unreadable saved text aside, clear a share fragment.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let startup = store.startup.clone();
            // Where no copy fits, the text stays held: autosave leaves it until the visitor
            // downloads or discards it (menu::Held).
            if let Some(key) = startup.keep_aside.then(browser::keep_aside).flatten() {
                store.dispatch(Action::KeptAside(key));
            }
            if startup.clear_fragment {
                browser::clear_fragment();
            }
            store.dispatch(Action::StartupDone);
        });
    }
    // Autosave on every change of the scenario; a large one a moment after the last change
    // (and compact). Storage that is full or disabled gives one notice per failure spell; what
    // was saved before stays saved.
    {
        let dispatcher = store.dispatcher();
        let doc = store.doc.clone();
        let large = store.large;
        let held = store.held;
        let generation = use_mut_ref(|| 0u64);
        let failing = use_mut_ref(|| false);
        use_effect_with((store.revision, held), move |_| {
            let current = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            let save = move || {
                if *generation.borrow() != current || held || !browser::storage_available() {
                    return;
                }
                let ok = boot::saved_text(&doc, large)
                    .is_some_and(|json| browser::save(boot::STORAGE_KEY, &json).is_ok());
                let was_failing = core::mem::replace(&mut *failing.borrow_mut(), !ok);
                if !ok && !was_failing {
                    let message = if large {
                        msg::storage_too_large()
                    } else {
                        msg::storage_write_failed()
                    };
                    dispatcher.dispatch(Action::Notify(NoticeKind::Warning, message));
                }
                // Saved again: the warning's condition is gone, and so is the warning.
                if ok && was_failing {
                    let gone = vec![msg::storage_too_large(), msg::storage_write_failed()];
                    dispatcher.dispatch(Action::Withdraw(gone));
                }
            };
            if large {
                browser::after(LARGE_SAVE_PAUSE_MS, save);
            } else {
                save();
            }
        });
    }
    // Keep what a load replaced, until the next load (not a large one: it would not fit).
    use_effect_with(store.undo.clone(), |undo| {
        if let Some(previous) = undo {
            if crate::state::size_of(previous) > crate::state::LARGE
                || browser::save(boot::PREVIOUS_KEY, &previous.to_json_pretty()).is_err()
            {
                browser::forget(boot::PREVIOUS_KEY);
            }
        }
    });
    // Long work (validating, evaluating and comparing a large setup, opening a large file,
    // making the demo) is done by the runner, a slice at a time between frames.
    let runner = work::use_runner(&store);
    // Once: a share link's setup, unpacked by the browser, is opened; a large one is checked
    // in slices first.
    {
        let runner = runner.clone();
        let dispatcher = store.dispatcher();
        let payload = store.startup.shared.clone();
        use_effect_with((), move |_| {
            if let Some(payload) = payload {
                yew::platform::spawn_local(async move {
                    let read = match browser::from_base64url(&payload) {
                        Some(packed) => crate::share::read(
                            browser::inflate_raw(&packed, crate::share::MAX_JSON).await,
                        ),
                        None => Err(vec![crate::i18n::msg::share_not_base64()]),
                    };
                    match read {
                        Ok(doc) if crate::state::size_of(&doc) > crate::state::LARGE => {
                            runner.open_shared(std::rc::Rc::new(doc));
                        }
                        read => dispatcher.dispatch(Action::Linked(read)),
                    }
                });
            }
        });
    }
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

    let review: Option<ReviewRc> = store.review.clone();
    let step = store.step;
    let stale = !store.is_valid() && review.is_some();
    let updating = store.evaluating() || store.checking.is_some() || store.typing;

    let body = match step {
        Step::Plan => html! { <plan::PlanStep review={review.clone()} /> },
        Step::Modes => html! { <modes::ModesStep review={review.clone()} /> },
        Step::Directory => html! { <directory::DirectoryStep /> },
        Step::Mappings => html! { <mappings::MappingsStep review={review.clone()} /> },
        Step::Review => {
            html! { <review::ReviewStep review={review.clone()} stale={stale} updating={updating} revision={store.reviewed} example={store.example} /> }
        }
    };
    let go = |s: Step| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::GoTo(s)))
    };
    let wide = step == Step::Review;

    html! {
        <ContextProvider<Store> context={store.clone()}>
            <div class="page">
                <a class="skip-link" href="#step-content">{ tr.skip_to_content() }</a>
                <menu::TopBar runner={runner} />
                <menu::Held />
                <menu::Notices />
                // Shown by boot.js through a class of <html> when the service worker could not
                // keep the planner, or has a new version ready (style.css).
                <div class="offline-status" role="status">
                    <p class="notice warning offline-not-kept">{ tr.offline_not_kept() }</p>
                    <p class="notice info offline-update">
                        { tr.update_ready() }<button type="button" class="button small" data-reload="">{ tr.update_reload() }</button>
                    </p>
                </div>
                { large::demo_progress(tr, &store) }
                <menu::ImportPanel />
                <menu::SharePanel />
                <nav class="steps" aria-label={tr.steps_label()}>
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
                                        <span class="step-title">{ tr.step_title(s.id()) }</span>
                                        if problems > 0 {
                                            <span class="step-problems">
                                                <span aria-hidden="true">{"⚠ "}</span>
                                                { tr.num(problems) }
                                                <span class="sr-only">{ format!(" {}", tr.input_errors_title(problems)) }</span>
                                            </span>
                                        }
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                </nav>
                <p class={classes!("updating-bar", (!updating).then_some("idle"))} role="status" data-test="updating-status">
                    if updating {
                        <span class="spinner" aria-hidden="true"></span>{ tr.updating() }
                    }
                </p>
                <div class={classes!("workspace", wide.then_some("wide"))} aria-busy={updating.then_some("true")}>
                    <main id="step-content" class="step-panel" tabindex="-1" data-test={format!("panel-{}", step.id())}>
                        <h2 class="step-heading">
                            <span class="step-heading-number">{ format!("{}.", step.index() + 1) }</span>
                            { tr.step_title(step.id()) }
                        </h2>
                        <p class="intro">{ tr.step_intro(step.id()) }</p>
                        <common::InputErrors has_review={review.is_some()} />
                        { body }
                        <div class="step-nav">
                            if let Some(prev) = step.prev() {
                                <button type="button" class="button secondary" data-test="back" onclick={go(prev)}>
                                    <span aria-hidden="true">{"← "}</span>{ tr.back() }{ tr.label_sep() }{ tr.step_title(prev.id()) }
                                </button>
                            }
                            if let Some(next) = step.next() {
                                <button type="button" class="button primary" data-test="next" onclick={go(next)}>
                                    { tr.next() }{ tr.label_sep() }{ tr.step_title(next.id()) }<span aria-hidden="true">{" →"}</span>
                                </button>
                            }
                        </div>
                    </main>
                    if !wide {
                        <summary::Summary review={review.clone()} stale={stale} example={store.example} />
                    }
                </div>
                <footer class="footer">
                    <p>{ tr.offline_note() }</p>
                    <p class="offline-ready">{ "✓ " }{ tr.offline_ready() }</p>
                </footer>
            </div>
        </ContextProvider<Store>>
    }
}
