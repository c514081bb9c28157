//! Step 5: the review — save status, what saving does, what to fix, every user and why,
//! seats, the checklist, the mode comparison and the planner's assumptions.

use provplan_core::{Change, Product, Role, SeatTier, Status, StepStatus};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::{SeverityBadge, StatusBadge, input_value};
use super::use_store;
use crate::edit::Edit;
use crate::review::{FindingView, OrgReview, Review, ReviewRc, UserRow, fix_step};
use crate::state::Action;
use crate::text;

/// Rows shown before "Show all".
const PAGE: usize = 200;
/// Subjects listed before "and N more".
const SUBJECTS: usize = 6;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub review: Option<ReviewRc>,
    /// The review is of an earlier valid setup.
    pub stale: bool,
}

#[component]
pub fn ReviewStep(props: &ReviewProps) -> Html {
    let Some(review) = props.review.clone() else {
        return html! {};
    };
    let r = &review.0;
    html! {
        <div class="step-body review">
            if props.stale {
                <p class="callout warning compact stale" role="note"><span class="icon" aria-hidden="true">{"! "}</span>{ text::INPUT_ERRORS_KEEP }</p>
            }
            <SaveStatus review={review.clone()} />
            <section class="card" aria-labelledby="on-save-title">
                <h3 id="on-save-title">{ text::ON_SAVE }</h3>
                { for r.orgs.iter().map(|o| html! { <SaveCounts org={o.clone()} show_label={r.orgs.len() > 1} /> }) }
            </section>
            <section class="card" aria-labelledby="findings-title">
                <h3 id="findings-title">{ text::FINDINGS }<span class="count">{ r.findings.len() }</span></h3>
                <p class="hint">{ text::counts_line(r.errors, r.warnings, r.infos) }</p>
                <Findings review={review.clone()} limit={None::<usize>} />
            </section>
            <UsersTable review={review.clone()} />
            <Seats review={review.clone()} />
            <Checklist review={review.clone()} />
            <section class="card" aria-labelledby="compare-title">
                <h3 id="compare-title">{ text::COMPARE }</h3>
                <p class="hint">{ text::COMPARE_HINT }</p>
                { for r.orgs.iter().map(|o| html! {
                    <div class="compare-org">
                        if r.orgs.len() > 1 { <h4>{ &o.label }</h4> }
                        <CompareTable org={o.clone()} interactive=true />
                    </div>
                }) }
            </section>
            <Notes review={review.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RProps {
    pub review: ReviewRc,
}

/// "Do not save yet", "Fix the errors" or "Ready to save" (§6).
#[component]
pub fn SaveStatus(props: &RProps) -> Html {
    let r = &props.review.0;
    if r.do_not_save_yet() {
        html! {
            <div class="save-status danger" data-test="do-not-save" role="status">
                <span class="big-icon" aria-hidden="true">{"⚠"}</span>
                <div><strong>{ text::DO_NOT_SAVE_YET }</strong><p>{ text::DO_NOT_SAVE_DETAIL }</p></div>
            </div>
        }
    } else if r.save_blocked() {
        html! {
            <div class="save-status warning" data-test="save-blocked" role="status">
                <span class="big-icon" aria-hidden="true">{"✕"}</span>
                <div><strong>{ text::SAVE_BLOCKED }</strong><p>{ text::counts_line(r.errors, r.warnings, r.infos) }</p></div>
            </div>
        }
    } else {
        html! {
            <div class="save-status ok" data-test="save-ready" role="status">
                <span class="big-icon" aria-hidden="true">{"✓"}</span>
                <div><strong>{ text::SAVE_READY }</strong><p>{ text::counts_line(r.errors, r.warnings, r.infos) }</p></div>
            </div>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SaveCountsProps {
    pub org: OrgReview,
    pub show_label: bool,
}

/// The "what happens when you click Save" tiles of one organization.
#[component]
pub fn SaveCounts(props: &SaveCountsProps) -> Html {
    let o = &props.org;
    let tiles = [
        ("add", o.changes.add, text::ADDED, "+"),
        ("update", o.changes.update, text::UPDATED, "↻"),
        ("remove", o.changes.remove, text::REMOVED, "✕"),
        ("blocked", o.counts.blocked, text::BLOCKED, "⊘"),
        ("not_added", o.counts.not_added, text::NOT_ADDED, "!"),
        ("pending", o.counts.pending_login, text::PENDING, "◷"),
    ];
    html! {
        <div class="save-counts" data-test="save-counts" data-org={o.id.clone()}>
            if props.show_label {
                <p class="save-counts-org">
                    <span class={classes!("product-tag", o.product.id())}>{ text::product_name(o.product) }</span>
                    { &o.label }{" · "}{ text::mode_short(o.effective_mode, o.agm) }
                </p>
            } else {
                <p class="save-counts-org">{ text::mode_short(o.effective_mode, o.agm) }</p>
            }
            <ul class="tiles">
                { for tiles.iter().filter(|(k, n, _, _)| *n > 0 || *k != "pending").map(|(k, n, label, icon)| html! {
                    <li class={classes!("tile", format!("tile-{k}"), (*n == 0).then_some("zero"))} data-test={format!("count-{k}")}>
                        <span class="tile-n">{ n }</span>
                        <span class="tile-label"><span aria-hidden="true">{ *icon }{" "}</span>{ *label }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub review: ReviewRc,
    /// Show only the first findings (the sidebar).
    pub limit: Option<usize>,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let store = use_store();
    let r = &props.review.0;
    let list = r.findings_by_weight();
    if list.is_empty() {
        return html! { <p class="empty ok"><span aria-hidden="true">{"✓ "}</span>{ text::NO_FINDINGS }</p> };
    }
    let compact = props.limit.is_some();
    let shown: Vec<&FindingView> = match props.limit {
        Some(n) => list.into_iter().take(n).collect(),
        None => list,
    };
    html! {
        <ul class={classes!("findings", compact.then_some("compact"))}>
            { for shown.into_iter().map(|f| {
                let step = fix_step(f.code);
                let go = store.clone().map(|s| Callback::from(move |_: MouseEvent| s.dispatch(Action::GoTo(step))));
                let more = f.subjects.len().saturating_sub(SUBJECTS);
                html! {
                    <li class={classes!("finding", format!("sev-{}", f.severity.id()))} data-test="finding" data-code={f.code.id()}>
                        <div class="finding-head">
                            <SeverityBadge severity={f.severity} />
                            <strong class="finding-title">{ text::finding_title(f.code) }</strong>
                            <span class="rule" title={f.code.id()}>{ f.rule }</span>
                        </div>
                        if !compact {
                            <p class="finding-org">{ f.organization.clone().unwrap_or_else(|| text::scenario_wide().to_owned()) }</p>
                            <p class="finding-message">{ &f.message }</p>
                            if !f.subjects.is_empty() {
                                <p class="subjects">
                                    { for f.subjects.iter().take(SUBJECTS).map(|s| html! { <code>{ s }</code> }) }
                                    if more > 0 { <span>{ format!("+{more} {}", text::AND_MORE) }</span> }
                                </p>
                            }
                            <p class="advice"><strong>{ text::WHAT_TO_DO }{" "}</strong>{ f.advice }</p>
                        } else {
                            <p class="finding-org">{ f.organization.clone().unwrap_or_else(|| text::scenario_wide().to_owned()) }</p>
                        }
                        if let Some(go) = go {
                            <button type="button" class="link" onclick={go}>
                                { text::GO_TO_STEP }{" "}{ format!("{}. {}", step.index() + 1, text::step_title(step)) }
                            </button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

/// A role, or `old → new` when it changes.
fn role_cell(u: &UserRow) -> Html {
    let name = |r: Option<Role>| r.map_or("—", text::role_name);
    match (u.current_role, u.role) {
        (Some(c), Some(n)) if c != n => html! {
            <span class="delta"><s aria-label={text::WAS}>{ name(Some(c)) }</s>{" → "}<strong>{ name(Some(n)) }</strong></span>
        },
        (_, r) => html! { { name(r) } },
    }
}

fn tier_cell(u: &UserRow, product: Product) -> Html {
    if product == Product::Console {
        return html! { <span class="muted">{"—"}</span> };
    }
    let name = |t: Option<SeatTier>| t.map_or("—", text::tier_name);
    match (u.current_seat_tier, u.seat_tier) {
        (Some(c), Some(n)) if c != n => html! {
            <span class="delta"><s aria-label={text::WAS}>{ name(Some(c)) }</s>{" → "}<strong>{ name(Some(n)) }</strong></span>
        },
        (_, t) => html! { { name(t) } },
    }
}

/// Every user of one organization: searchable, filterable, each row saying why.
#[component]
pub fn UsersTable(props: &RProps) -> Html {
    let org = use_state(|| 0usize);
    let search = use_state(String::new);
    let status = use_state(String::new);
    let show_all = use_state(|| false);
    let r: &Review = &props.review.0;
    let Some(o) = r.orgs.get(*org).or(r.orgs.first()) else {
        return html! {};
    };
    let needle = search.trim().to_lowercase();
    let rows: Vec<&UserRow> = o
        .users
        .iter()
        .filter(|u| {
            needle.is_empty()
                || u.email.to_lowercase().contains(&needle)
                || u.name
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase().contains(&needle))
        })
        .filter(|u| match status.as_str() {
            "" => true,
            "changes" => {
                u.change != Change::None
                    || u.status == Status::Blocked
                    || u.status == Status::NotAdded
            }
            s => u.status.id() == s,
        })
        .collect();
    let total = rows.len();
    let rows: Vec<&UserRow> = if *show_all {
        rows
    } else {
        rows.into_iter().take(PAGE).collect()
    };
    let on_search = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            search.set(
                e.target_dyn_into::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default(),
            )
        })
    };
    let on_status = {
        let status = status.clone();
        Callback::from(move |e: Event| status.set(input_value(&e)))
    };
    let on_org = {
        let org = org.clone();
        Callback::from(move |e: Event| org.set(input_value(&e).parse().unwrap_or(0)))
    };
    let show_all_cb = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    let statuses = [
        Status::Member,
        Status::PendingLogin,
        Status::NotAdded,
        Status::Removed,
        Status::Blocked,
        Status::OutOfScope,
    ];
    html! {
        <section class="card" aria-labelledby="users-review-title" data-test="user-table-section">
            <h3 id="users-review-title">{ text::PER_USER }</h3>
            <div class="filters">
                if r.orgs.len() > 1 {
                    <div class="field">
                        <label for="user-org">{ text::ORGANIZATION }</label>
                        <select id="user-org" data-test="user-org" onchange={on_org}>
                            { for r.orgs.iter().enumerate().map(|(i, x)| html! {
                                <option value={i.to_string()} selected={i == *org}>{ &x.label }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="field">
                    <label for="user-search">{ text::SEARCH_USERS }</label>
                    <input id="user-search" data-test="user-search" type="search" value={(*search).clone()} oninput={on_search} />
                </div>
                <div class="field">
                    <label for="status-filter">{ text::STATUS_FILTER }</label>
                    <select id="status-filter" data-test="status-filter" onchange={on_status}>
                        <option value="" selected={status.is_empty()}>{ text::ALL_USERS }</option>
                        <option value="changes" selected={*status == "changes"}>{ text::CHANGES_ONLY }</option>
                        { for statuses.iter().map(|s| html! {
                            <option value={s.id()} selected={*status == s.id()}>{ text::status_name(*s) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <p class="hint" aria-live="polite">{ text::showing_of(rows.len(), o.users.len()) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label={text::PER_USER}>
                <table class="users" data-test="user-table">
                    <thead><tr>
                        <th scope="col">{ text::COL_USER }</th>
                        <th scope="col">{ text::COL_STATUS }</th>
                        <th scope="col">{ text::COL_ROLE }</th>
                        <th scope="col">{ text::COL_SEAT }</th>
                        <th scope="col">{ text::COL_CHANGE }</th>
                        <th scope="col">{ text::COL_WHEN }</th>
                        <th scope="col">{ text::COL_WHY }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|u| html! {
                            <tr data-test="user-row" data-email={u.email.clone()} class={classes!(format!("row-{}", u.status.id()))}>
                                <th scope="row" class="user-cell">
                                    <span class="email">{ &u.email }</span>
                                    if let Some(n) = &u.name { <span class="name">{ n }</span> }
                                </th>
                                <td data-label={text::COL_STATUS}><StatusBadge status={u.status} /></td>
                                <td data-label={text::COL_ROLE} data-test="user-role">{ role_cell(u) }</td>
                                <td data-label={text::COL_SEAT} data-test="user-seat">{ tier_cell(u, o.product) }</td>
                                <td data-label={text::COL_CHANGE} data-test="user-change" class={classes!(format!("change-{}", u.change.id()))}>{ text::change_name(u.change) }</td>
                                <td data-label={text::COL_WHEN}>{ text::takes_effect_name(u.takes_effect) }</td>
                                <td data-label={text::COL_WHY} class="why" data-test="user-why">
                                    <ul>{ for u.reasons.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p class="empty">{ text::NO_MATCHING_USERS }</p>
            }
            if rows.len() < total {
                <p class="hint">{ text::showing_of(rows.len(), total) }{" "}
                    <button type="button" class="link" onclick={show_all_cb}>{ text::SHOW_ALL }</button></p>
            }
        </section>
    }
}

#[component]
pub fn Seats(props: &RProps) -> Html {
    let r = &props.review.0;
    let claude: Vec<&OrgReview> = r
        .orgs
        .iter()
        .filter(|o| o.product == Product::Claude)
        .collect();
    if claude.is_empty() {
        return html! {};
    }
    html! {
        <section class="card" aria-labelledby="seats-title" data-test="seats">
            <h3 id="seats-title">{ text::SEATS_TITLE }</h3>
            { for claude.iter().map(|o| html! {
                <div class="seats-org">
                    if !o.capacity_checked {
                        <p class="hint">{ text::CAPACITY_NOT_CHECKED }</p>
                    }
                    <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{}: {}", text::SEATS_TITLE, o.label)}>
                        <table class="seats-table">
                            <thead><tr>
                                <th scope="col">{ text::COL_TIER }</th>
                                <th scope="col" class="num">{ text::COL_PURCHASED }</th>
                                <th scope="col" class="num">{ text::COL_ASSIGNED }</th>
                                <th scope="col" class="num">{ text::COL_SHORTFALL }</th>
                                <th scope="col"><span class="sr-only">{ text::COL_ASSIGNED }</span></th>
                            </tr></thead>
                            <tbody>
                                { for o.seats.iter().map(|(t, c)| html! {
                                    <tr data-test="seat-row" data-tier={t.id()}>
                                        <th scope="row">{ text::tier_name(*t) }</th>
                                        <td class="num">{ c.purchased.map_or_else(|| text::NOT_GIVEN.to_owned(), |p| p.to_string()) }</td>
                                        <td class="num">{ c.assigned }</td>
                                        <td class={classes!("num", (c.shortfall > 0).then_some("short"))}>
                                            if c.shortfall > 0 { <span aria-hidden="true">{"⚠ "}</span> }
                                            { c.shortfall }
                                        </td>
                                        <td class="meter-cell">
                                            if let Some(p) = c.purchased.filter(|p| *p > 0) {
                                                <meter min="0" max={p.to_string()} value={c.assigned.min(p).to_string()}
                                                    high={(u64::from(p) * 9 / 10).to_string()} optimum="0"
                                                    aria-label={format!("{} {} / {}", text::tier_name(*t), c.assigned, p)} />
                                            }
                                        </td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </div>
            }) }
        </section>
    }
}

#[component]
pub fn Checklist(props: &RProps) -> Html {
    let r = &props.review.0;
    html! {
        <section class="card" aria-labelledby="checklist-title" data-test="checklist">
            <h3 id="checklist-title">{ text::CHECKLIST }</h3>
            if r.do_not_save_yet() {
                <p class="callout danger compact" role="note" data-test="checklist-warning">
                    <span class="icon" aria-hidden="true">{"⚠ "}</span><strong>{ text::DO_NOT_SAVE_YET }{": "}</strong>{ text::DO_NOT_SAVE_DETAIL }
                </p>
            }
            <ol class="checklist">
                { for r.checklist.iter().map(|c| html! {
                    <li class={classes!("check-item", format!("check-{}", c.status.id()))} data-test="check-item" data-id={c.id.id()}>
                        <span class="check-icon" aria-hidden="true">{ text::check_status_icon(c.status) }</span>
                        <div>
                            <strong>{ text::check_step_name(c.id) }</strong>
                            <span class={classes!("badge", format!("step-{}", c.status.id()))}>{ text::check_status_name(c.status) }</span>
                            if !c.detail.is_empty() && c.status != StepStatus::Skip {
                                <p class="hint">{ &c.detail }</p>
                            }
                        </div>
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[component]
pub fn Notes(props: &RProps) -> Html {
    let r = &props.review.0;
    html! {
        <section class="card" aria-labelledby="notes-title" data-test="notes">
            <h3 id="notes-title">{ text::NOTES }</h3>
            if r.notes.is_empty() {
                <p class="empty">{ text::NO_NOTES }</p>
            } else {
                <ul class="notes">
                    { for r.notes.iter().map(|n| html! {
                        <li class={classes!(n.interpretation.then_some("interpretation-note"))}>
                            if n.interpretation { <strong>{ text::INTERPRETATION }{" "}</strong> }
                            if let Some(o) = &n.organization { <span class="finding-org">{ o }{": "}</span> }
                            { &n.message }{" "}<span class="rule">{ n.rule }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub org: OrgReview,
    /// Offer "Use this" buttons (not in the embedded view).
    pub interactive: bool,
}

/// The five combinations of mode and group mappings for one organization.
#[component]
pub fn CompareTable(props: &CompareProps) -> Html {
    let store = use_store();
    let o = &props.org;
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{}: {}", text::COMPARE, o.label)}>
            <table class="compare" data-test="compare-table" data-org={o.id.clone()}>
                <thead><tr>
                    <th scope="col">{ text::COL_MODE }</th>
                    <th scope="col">{ text::COL_ELIGIBLE }</th>
                    <th scope="col" class="num">{ text::COL_MEMBERS }</th>
                    <th scope="col" class="num">{ text::COL_PENDING }</th>
                    <th scope="col" class="num">{ text::COL_NOT_ADDED }</th>
                    <th scope="col" class="num">{ text::COL_REMOVED }</th>
                    <th scope="col" class="num">{ text::COL_BLOCKED }</th>
                    <th scope="col" class="num">{ text::COL_OUT }</th>
                    <th scope="col">{ text::COL_FINDINGS }</th>
                    if props.interactive && store.is_some() { <th scope="col"><span class="sr-only">{ text::USE_THIS }</span></th> }
                </tr></thead>
                <tbody>
                    { for o.comparison.iter().map(|c| {
                        let use_this = store.clone().filter(|_| props.interactive && c.eligible && !c.current).map(|s| {
                            let (i, mode, agm) = (o.index, c.mode, c.group_mappings);
                            Callback::from(move |_: MouseEvent| {
                                s.dispatch(Action::Edit(Edit::SetMode(i, mode.id().to_owned())));
                                s.dispatch(Action::Edit(Edit::SetGroupMappings(i, agm)));
                            })
                        });
                        let f = c.findings;
                        html! {
                            <tr class={classes!(c.current.then_some("current"), (!c.eligible).then_some("ineligible"))}
                                data-test="compare-row" data-mode={format!("{}{}", c.mode.id(), if c.group_mappings { "+agm" } else { "" })}>
                                <th scope="row">
                                    { text::mode_short(c.mode, c.group_mappings) }
                                    if c.current { <span class="state-tag on">{ text::CURRENT }</span> }
                                </th>
                                <td>
                                    if c.eligible {
                                        <span class="yes"><span aria-hidden="true">{"✓ "}</span>{ text::YES }</span>
                                    } else {
                                        <span class="no"><span aria-hidden="true">{"⊘ "}</span>{ text::NO }</span>
                                    }
                                </td>
                                <td class="num">{ c.counts.member }</td>
                                <td class="num">{ c.counts.pending_login }</td>
                                <td class="num">{ c.counts.not_added }</td>
                                <td class={classes!("num", (c.counts.removed > 0).then_some("bad"))}>{ c.counts.removed }</td>
                                <td class={classes!("num", (c.counts.blocked > 0).then_some("bad"))}>{ c.counts.blocked }</td>
                                <td class="num">{ c.counts.out_of_scope }</td>
                                <td class="sev-counts">
                                    <span class={classes!("sev-n", (f.error > 0).then_some("sev-error"))} title={text::severity_name(provplan_core::Severity::Error)}>{ format!("✕ {}", f.error) }</span>
                                    <span class={classes!("sev-n", (f.warning > 0).then_some("sev-warning"))} title={text::severity_name(provplan_core::Severity::Warning)}>{ format!("! {}", f.warning) }</span>
                                    <span class="sev-n">{ format!("i {}", f.info) }</span>
                                    <span class="sr-only">{ text::counts_line(f.error as usize, f.warning as usize, f.info as usize) }</span>
                                </td>
                                if props.interactive && store.is_some() {
                                    <td>
                                        if let Some(cb) = use_this {
                                            <button type="button" class="button small" onclick={cb}
                                                aria-label={format!("{}: {}", text::USE_THIS, text::mode_short(c.mode, c.group_mappings))}>{ text::USE_THIS }</button>
                                        }
                                    </td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
