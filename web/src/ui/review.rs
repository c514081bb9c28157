//! Step 5: the review — save status, what saving does, what to fix, every user and why,
//! seats, the checklist, the mode comparison and the planner's assumptions.

use provplan_core::compare::COMBINATIONS;
use provplan_core::evaluate::Code;
use provplan_core::scenario::tiers_of;
use provplan_core::{Change, Product, Role, SeatTier, Status, StepStatus};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::{SeverityBadge, StatusBadge, input_value};
use super::table::use_virtual;
use super::use_store;
use crate::edit::Edit;
use crate::filter::{UserFilter, people_of};
use crate::i18n::{Tr, msg, use_tr};
use crate::review::{FindingView, OrgReview, Review, ReviewRc, UserRow, fix_step};
use crate::state::{Action, NoticeKind};
use crate::{browser, export, text};
/// Subjects listed before "and N more".
const SUBJECTS: usize = 6;
/// Organizations whose counts and comparison are drawn at first, and added by "Show more".
const ORGS_PAGE: usize = 10;
/// Findings drawn at first, and added by "Show more".
const FINDINGS_PAGE: usize = 20;

/// How many of a list of `total` to draw (`shown`, or all of it while the page is printed),
/// and the button that draws `page` more (`more`). A review of 100 organizations drew 24,000
/// elements in one task of more than 0.5 s; a page at a time keeps each task short.
fn paged(
    tr: Tr,
    shown: usize,
    printing: bool,
    total: usize,
    page: usize,
    more: Callback<MouseEvent>,
) -> (usize, Html) {
    let n = if printing { total } else { shown.min(total) };
    if n >= total {
        return (n, html! {});
    }
    let button = html! {
        <p class="show-more no-print">
            <button type="button" class="button small" data-test="show-more" onclick={more}>
                { tr.show_more(page.min(total - n), total - n) }
            </button>
        </p>
    };
    (n, button)
}

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub review: Option<ReviewRc>,
    /// The review is of an earlier valid setup.
    pub stale: bool,
    /// A newer setup is being evaluated.
    #[prop_or_default]
    pub updating: bool,
    /// The revision of the setup reviewed (for tests: a newer review has a higher one).
    #[prop_or_default]
    pub revision: u64,
    /// The setup is this bundled example, unedited.
    #[prop_or_default]
    pub example: Option<&'static str>,
}

#[component]
pub fn ReviewStep(props: &ReviewProps) -> Html {
    let tr = use_tr();
    // The user table's search and filters, here so that a finding can set them.
    let filter = use_state(UserFilter::default);
    let on_show = {
        let filter = filter.clone();
        Callback::from(move |(org, finding): (usize, usize)| {
            filter.set(UserFilter::of_finding(org, finding));
            browser::after(0, || browser::focus_id("user-table"));
        })
    };
    // Organizations and findings drawn; all of them while the page is printed.
    let shown = use_state(|| (ORGS_PAGE, FINDINGS_PAGE));
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            browser::on_print(Some(Callback::from(move |on| printing.set(on))));
            || browser::on_print(None)
        });
    }
    let Some(review) = props.review.clone() else {
        return html! {};
    };
    let r = &review.0;
    let more = |orgs: usize, findings: usize| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set((shown.0 + orgs, shown.1 + findings)))
    };
    let orgs = r.orgs.len();
    let (counted, more_counts) = paged(tr, shown.0, *printing, orgs, ORGS_PAGE, more(ORGS_PAGE, 0));
    let (compared, more_compared) =
        paged(tr, shown.0, *printing, orgs, ORGS_PAGE, more(ORGS_PAGE, 0));
    let (found, more_found) = paged(
        tr,
        shown.1,
        *printing,
        r.findings.len(),
        FINDINGS_PAGE,
        more(0, FINDINGS_PAGE),
    );
    html! {
        <div class="step-body review" data-test="review-body" aria-busy={props.updating.then_some("true")}
            data-updating={props.updating.then_some("true")} data-revision={props.revision.to_string()}>
            if props.stale {
                <p class="callout warning compact stale" role="note"><span class="icon" aria-hidden="true">{"! "}</span>{ tr.input_errors_keep() }</p>
            }
            <SaveStatus review={review.clone()} example={props.example} />
            <section class="card" aria-labelledby="on-save-title">
                <h3 id="on-save-title">{ tr.on_save() }</h3>
                { for r.orgs.iter().take(counted).map(|o| html! { <SaveCounts org={o.clone()} show_label={r.orgs.len() > 1} /> }) }
                { more_counts }
            </section>
            <section class="card" aria-labelledby="findings-title" data-test="findings-section">
                <h3 id="findings-title">{ tr.findings() }<span class="count">{ tr.num(r.findings.len()) }</span></h3>
                <p class="hint">{ tr.counts_line(r.errors, r.warnings, r.infos) }</p>
                <Findings review={review.clone()} limit={None::<usize>} shown={found} on_show={on_show} />
                { more_found }
            </section>
            <UsersTable review={review.clone()} filter={filter} />
            <Seats review={review.clone()} />
            <Checklist review={review.clone()} />
            <section class="card no-print" aria-labelledby="compare-title">
                <h3 id="compare-title">{ tr.compare() }</h3>
                <p class="hint">{ tr.compare_hint() }</p>
                { for r.orgs.iter().take(compared).map(|o| html! {
                    <div class="compare-org">
                        if r.orgs.len() > 1 { <h4>{ &o.label }</h4> }
                        <CompareTable org={o.clone()} interactive=true />
                    </div>
                }) }
                { more_compared }
            </section>
            <Notes review={review.clone()} />
            <Rules review={review.clone()} />
        </div>
    }
}

/// R26, the sign-in check of an `SSO_EMAIL_MISMATCH`: per user, the address they are
/// provisioned under above the one their SSO sends, the characters that differ marked (and
/// said, for a screen reader). Its "+N more" shows just these users in the user table.
fn sign_in_check(tr: Tr, f: &FindingView) -> Html {
    let sc = &f.scenario;
    html! {
        <ul class="sign-in-pairs" data-test="sign-in-check">
            { for people_of(f).unwrap_or_default().iter().take(SUBJECTS).map(|p| {
                let email = sc.email(*p);
                let sso = sc.sso_email(*p).unwrap_or(email);
                let (a, b) = differing(email, sso);
                let (a, said_a) = marked(email, &a);
                let (b, said_b) = marked(sso, &b);
                html! {
                    <li data-test="sign-in-pair" data-email={email.to_owned()}>
                        <span class="addr-label">{ tr.sign_in_provisioned() }</span>
                        <code data-test="provisioned">{ a }</code>
                        <span class="addr-label">{ tr.sign_in_sends() }</span>
                        <code data-test="sso-sends">{ b }</code>
                        <span class="sr-only">{ tr.sign_in_differs(&said_a, &said_b) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// Which characters of `a` and of `b` differ from the other's: position by position when
/// they are as long (a difference of letter case only is then each letter), else all but
/// the longest common start and end.
fn differing(a: &str, b: &str) -> (Vec<bool>, Vec<bool>) {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if ca.len() == cb.len() {
        let marks: Vec<bool> = ca.iter().zip(&cb).map(|(x, y)| x != y).collect();
        return (marks.clone(), marks);
    }
    let start = ca.iter().zip(&cb).take_while(|(x, y)| x == y).count();
    let room = ca.len().min(cb.len()) - start;
    let end = ca
        .iter()
        .rev()
        .zip(cb.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    let marks = |n: usize| (0..n).map(|i| i >= start && i < n - end).collect();
    (marks(ca.len()), marks(cb.len()))
}

/// `text` with the characters `marks` says differ in `<mark>`, and those runs quoted, for a
/// screen reader.
fn marked(text: &str, marks: &[bool]) -> (Html, String) {
    let mut parts: Vec<(bool, String)> = Vec::new();
    for (c, m) in text.chars().zip(marks.iter().copied()) {
        match parts.last_mut() {
            Some((last, s)) if *last == m => s.push(c),
            _ => parts.push((m, c.to_string())),
        }
    }
    let said: Vec<String> = parts
        .iter()
        .filter(|(m, _)| *m)
        .map(|(_, s)| format!("“{s}”"))
        .collect();
    let html = html! {
        { for parts.into_iter().map(|(m, s)| if m { html! { <mark>{ s }</mark> } } else { html! { { s } } }) }
    };
    (html, said.join(", "))
}

#[derive(Properties, PartialEq)]
pub struct RuleProps {
    pub rule: &'static str,
}

/// A rule's badge: a link to what the rule says, in [`Rules`] below. The link moves the focus
/// there without touching the address (its fragment is the share link's).
#[component]
fn RuleLink(props: &RuleProps) -> Html {
    let id = format!("rule-{}", props.rule);
    let onclick = {
        let id = id.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            browser::focus_id(&id);
        })
    };
    html! { <a class="rule" href={format!("#{id}")} data-test="rule-link" {onclick}>{ props.rule }</a> }
}

/// The rules the findings and notes cite (R17, R20…), each in a sentence, in rule order.
#[component]
fn Rules(props: &RProps) -> Html {
    let tr = use_tr();
    let r = &props.review.0;
    // Marked by number, so that they come in rule order without a sort.
    let mut marks = [false; 32];
    for x in r
        .findings
        .iter()
        .map(|f| f.rule)
        .chain(r.notes.iter().map(|n| n.rule))
    {
        if let Some(m) = x
            .strip_prefix('R')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| marks.get_mut(n))
        {
            *m = true;
        }
    }
    let cited: Vec<String> = (0..)
        .zip(marks)
        .filter(|(_, m)| *m)
        .map(|(n, _): (u32, _)| format!("R{n}"))
        .collect();
    if cited.is_empty() {
        return html! {};
    }
    html! {
        <section class="card rules" aria-labelledby="rules-title" data-test="rules">
            <h3 id="rules-title">{ tr.rules_title() }</h3>
            <dl>
                { for cited.iter().map(|x| html! {
                    <>
                        <dt id={format!("rule-{x}")} tabindex="-1"><span class="rule">{ x }</span></dt>
                        <dd data-test="rule-text" data-rule={x.clone()}>{ tr.rule_text(x) }</dd>
                    </>
                }) }
            </dl>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct RProps {
    pub review: ReviewRc,
}

#[derive(Properties, PartialEq)]
pub struct SaveStatusProps {
    pub review: ReviewRc,
    /// The setup is this bundled example, unedited.
    pub example: Option<&'static str>,
}

/// "Do not save yet", "Fix the errors", "Not checked yet" or "Ready to save" (§6); said of
/// the example when the setup is one.
#[component]
pub fn SaveStatus(props: &SaveStatusProps) -> Html {
    let tr = use_tr();
    let r = &props.review.0;
    let example = props.example.map(|name| {
        html! {
            <p class="callout info compact" data-test="example-label">
                { tr.example_label(&tr.example_title(name)) }
            </p>
        }
    });
    html! { <>{ example }{ save_status(tr, r) }</> }
}

fn save_status(tr: Tr, r: &Review) -> Html {
    if r.do_not_save_yet() {
        html! {
            <div class="save-status danger" data-test="do-not-save" role="status">
                <span class="big-icon" aria-hidden="true">{"⚠"}</span>
                <div><strong>{ tr.do_not_save_yet() }</strong><p>{ tr.do_not_save_detail() }</p></div>
            </div>
        }
    } else if r.save_blocked() {
        html! {
            <div class="save-status warning" data-test="save-blocked" role="status">
                <span class="big-icon" aria-hidden="true">{"✕"}</span>
                <div><strong>{ tr.save_blocked() }</strong><p>{ tr.counts_line(r.errors, r.warnings, r.infos) }</p></div>
            </div>
        }
    } else if !r.missing().is_empty() {
        html! {
            <div class="save-status warning" data-test="save-incomplete" role="status">
                <span class="big-icon" aria-hidden="true">{"?"}</span>
                <div>
                    <strong>{ tr.save_incomplete() }</strong>
                    { for r.missing().into_iter().map(|what| html! { <p>{ tr.save_incomplete_detail(what) }</p> }) }
                </div>
            </div>
        }
    } else {
        html! {
            <div class="save-status ok" data-test="save-ready" role="status">
                <span class="big-icon" aria-hidden="true">{"✓"}</span>
                <div><strong>{ tr.save_ready() }</strong><p>{ tr.counts_line(r.errors, r.warnings, r.infos) }</p></div>
            </div>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SaveCountsProps {
    pub org: OrgReview,
    pub show_label: bool,
}

/// The "what happens when you click Save" tiles of one organization: what saving does (R25:
/// `on_save`), then, under JIT, who joins and who changes role or tier at their next sign-in,
/// each counted once.
#[component]
pub fn SaveCounts(props: &SaveCountsProps) -> Html {
    let tr = use_tr();
    let o = &props.org;
    let tiles = [
        ("add", o.on_save.add, "+"),
        ("update", o.on_save.update, "↻"),
        ("remove", o.on_save.remove, "✕"),
        ("blocked", o.counts.blocked, "⊘"),
        ("not_added", o.counts.not_added, "!"),
        ("pending", o.at_sign_in.add, "◷"),
        ("later", o.at_sign_in.update, "◷"),
    ];
    html! {
        <div class="save-counts" data-test="save-counts" data-org={o.id.clone()}>
            if props.show_label {
                <p class="save-counts-org">
                    <span class={classes!("product-tag", o.product.id())}>{ tr.product_name(o.product.id()) }</span>
                    { &o.label }{" · "}{ tr.mode_label(o.effective_mode, o.agm) }
                </p>
            } else {
                <p class="save-counts-org">{ tr.mode_label(o.effective_mode, o.agm) }</p>
            }
            <ul class="tiles">
                { for tiles.iter().filter(|(k, n, _)| *n > 0 || !matches!(*k, "pending" | "later")).map(|(k, n, icon)| html! {
                    <li class={classes!("tile", format!("tile-{k}"), (*n == 0).then_some("zero"))} data-test={format!("count-{k}")}>
                        <span class="tile-n">{ tr.num(*n) }</span>
                        <span class="tile-label"><span aria-hidden="true">{ *icon }{"\u{a0}"}</span>{ tr.save_tile(*k) }</span>
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
    /// Of the full list, how many are drawn.
    #[prop_or(usize::MAX)]
    pub shown: usize,
    /// Shows the users of a finding (organization, finding) in the user table.
    #[prop_or_default]
    pub on_show: Option<Callback<(usize, usize)>>,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let tr = use_tr();
    let store = use_store();
    let r = &props.review.0;
    let list = r.findings_by_weight();
    if list.is_empty() {
        return html! { <p class="empty ok"><span aria-hidden="true">{"✓ "}</span>{ tr.no_findings() }</p> };
    }
    let compact = props.limit.is_some();
    let shown: Vec<&FindingView> = list
        .into_iter()
        .take(props.limit.unwrap_or(props.shown))
        .collect();
    html! {
        <ul class={classes!("findings", compact.then_some("compact"))}>
            { for shown.into_iter().map(|f| {
                let step = fix_step(f.code);
                let go = store.clone().map(|s| Callback::from(move |_: MouseEvent| s.dispatch(Action::GoTo(step))));
                let more = f.subject_count().saturating_sub(SUBJECTS);
                // "+N more" opens the user table on exactly the finding's users.
                let show = props.on_show.clone().filter(|_| people_of(f).is_some()).map(|cb| {
                    let at = (f.org_index.unwrap_or(0), r.findings.iter().position(|x| core::ptr::eq(x, f)).unwrap_or(0));
                    Callback::from(move |_: MouseEvent| cb.emit(at))
                });
                html! {
                    <li class={classes!("finding", format!("sev-{}", f.severity.id()))} data-test="finding" data-code={f.code.id()}>
                        <div class="finding-head">
                            <SeverityBadge severity={f.severity} />
                            <strong class="finding-title">{ tr.finding_title_of(f.code) }</strong>
                            if compact {
                                <span class="rule" title={f.code.id()}>{ f.rule }</span>
                            } else {
                                <RuleLink rule={f.rule} />
                            }
                        </div>
                        if !compact {
                            <p class="finding-org">{ f.organization.clone().unwrap_or_else(|| tr.all_organizations().to_owned()) }</p>
                            <p class="finding-message">{ tr.finding_detail(f) }</p>
                            if f.subject_count() > 0 {
                                <p class="subjects">
                                    if f.code == Code::SsoEmailMismatch {
                                        { sign_in_check(tr, f) }
                                    } else {
                                        { for f.subjects(SUBJECTS).into_iter().map(|s| html! { <code>{ s }</code> }) }
                                    }
                                    if more > 0 {
                                        if let Some(show) = show {
                                            <button type="button" class="link" data-test="finding-more" onclick={show}>{ tr.and_more(more) }</button>
                                        } else {
                                            <span>{ tr.and_more(more) }</span>
                                        }
                                    }
                                </p>
                            }
                            <p class="advice"><strong>{ tr.what_to_do() }{" "}</strong>{ tr.finding_advice_of(f) }</p>
                        } else {
                            <p class="finding-org">{ f.organization.clone().unwrap_or_else(|| tr.all_organizations().to_owned()) }</p>
                        }
                        if let Some(go) = go {
                            <button type="button" class="link" onclick={go}>
                                { tr.go_to_step(&format!("{}. {}", step.index() + 1, tr.step_title(step.id()))) }
                            </button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

/// A role, or `old → new` when it changes (`Owner → —` for a member removed).
fn role_cell(tr: Tr, u: &UserRow) -> Html {
    let name = |r: Option<Role>| r.map_or_else(|| "—".to_owned(), |r| tr.role_of(r));
    let role = match (u.current_role, u.role) {
        (Some(c), n) if Some(c) != n => html! {
            <span class="delta"><s aria-label={tr.was()}>{ name(Some(c)) }</s>{" → "}<strong>{ name(n) }</strong></span>
        },
        (_, r) => html! { { name(r) } },
    };
    html! {
        <>{ role }
        // R27: the Primary Owner, kept as they are.
        if u.primary_owner {
            {" "}<span class="badge" data-test="primary-owner-badge">{ tr.primary_owner() }</span>
        }</>
    }
}

fn tier_cell(tr: Tr, u: &UserRow, product: Product) -> Html {
    if product == Product::Console {
        return html! { <span class="muted">{"—"}</span> };
    }
    let name = |t: Option<SeatTier>| t.map_or_else(|| "—".to_owned(), |t| tr.tier_of(t));
    match (u.current_seat_tier, u.seat_tier) {
        (Some(c), n) if Some(c) != n => html! {
            <span class="delta"><s aria-label={tr.was()}>{ name(Some(c)) }</s>{" → "}<strong>{ name(n) }</strong></span>
        },
        (_, t) => html! { { name(t) } },
    }
}

/// Every user of one organization: searchable, filterable, each row saying why. Long lists
/// scroll virtually (see [`super::table`]): at most a hundred rows are in the page. The rows
/// kept are worked out once per change of the review, the filters or the language (one pass
/// over the users), not on each scroll.
#[derive(Properties, PartialEq)]
pub struct UsersProps {
    pub review: ReviewRc,
    pub filter: UseStateHandle<UserFilter>,
}

/// An option of a filter: its value, its words, whether it is chosen.
type Choice = (String, String, bool);

/// A filter of the user table: a labelled `<select>` (`id` is also its `data-test`). One
/// function for every filter, so that its markup is compiled once.
fn choice(
    id: &'static str,
    label: String,
    options: Vec<Choice>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} data-test={id} {onchange}>
                { for options.into_iter().map(|(value, words, chosen)| html! {
                    <option {value} selected={chosen}>{ words }</option>
                }) }
            </select>
        </div>
    }
}

/// Most groups the group filter offers.
const GROUPS_LISTED: usize = 1_000;

/// The groups the user table's filter offers for organization `o`, in name order: those a
/// user of it is in (a group nobody is in would find nobody), at most [`GROUPS_LISTED`].
/// One pass over its users.
fn offered_groups(o: &OrgReview) -> Vec<u32> {
    let sc = &o.scenario;
    let mut held = vec![false; sc.groups.len()];
    for u in o.users.iter() {
        for g in sc.groups_of(u.person) {
            if let Some(m) = held.get_mut(*g as usize) {
                *m = true;
            }
        }
    }
    (0u32..)
        .zip(held)
        .filter(|(_, h)| *h)
        .map(|(g, _)| g)
        .take(GROUPS_LISTED)
        .collect()
}

#[component]
pub fn UsersTable(props: &UsersProps) -> Html {
    let tr = use_tr();
    let store = use_store();
    let filter = props.filter.clone();
    let r: &Review = &props.review.0;
    let f: &UserFilter = &filter;
    let index = if f.org < r.orgs.len() { f.org } else { 0 };
    let rows = use_memo(
        (props.review.clone(), f.clone(), index, tr),
        |(review, f, index, tr)| {
            review
                .0
                .orgs
                .get(*index)
                .map(|o| f.rows(*tr, &review.0.findings, o))
                .unwrap_or_default()
        },
    );
    let groups = use_memo((props.review.clone(), index), |(review, index)| {
        review
            .0
            .orgs
            .get(*index)
            .map(offered_groups)
            .unwrap_or_default()
    });
    let total = rows.len();
    let v = use_virtual(total);
    let Some(o) = r.orgs.get(index) else {
        return html! {};
    };
    let sc = &o.scenario;
    // A new filter shows its rows from the first.
    let set = |edit: fn(&mut UserFilter, String)| {
        let filter = filter.clone();
        let top = v.top.clone();
        move |value: String| {
            top.emit(());
            let mut next = (*filter).clone();
            edit(&mut next, value);
            filter.set(next);
        }
    };
    let on_search = {
        let set = set(|f, v| f.search = v);
        Callback::from(move |e: InputEvent| {
            set(e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default())
        })
    };
    let on = |edit: fn(&mut UserFilter, String)| {
        let set = set(edit);
        Callback::from(move |e: Event| set(input_value(&e)))
    };
    let on_org = on(|f, v| {
        *f = UserFilter {
            org: v.parse().unwrap_or(0),
            search: core::mem::take(&mut f.search),
            ..UserFilter::default()
        }
    });
    let on_status = on(|f, v| f.status = v);
    let on_role = on(|f, v| f.role = Role::from_id(&v));
    let on_tier = on(|f, v| f.tier = SeatTier::from_id(&v));
    let on_change = on(|f, v| f.change = Change::from_id(&v));
    let on_group = on(|f, v| f.group = v.parse().ok());
    let on_finding = on(|f, v| f.finding = v.parse().ok());
    let on_clear = {
        let set = set(|f, _| {
            *f = UserFilter {
                org: f.org,
                ..UserFilter::default()
            }
        });
        Callback::from(move |_: MouseEvent| set(String::new()))
    };
    let on_export = {
        let o = o.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = format!("\u{feff}{}", export::users_csv(tr, &o));
            let name = text::export_users_file(&o.id);
            if browser::download(&name, &csv, "text/csv;charset=utf-8").is_err() {
                if let Some(s) = &store {
                    s.dispatch(Action::Notify(NoticeKind::Error, msg::export_failed()));
                }
            }
        })
    };
    let statuses = [
        Status::Member,
        Status::PendingLogin,
        Status::NotAdded,
        Status::Removed,
        Status::Blocked,
        Status::OutOfScope,
    ];
    let findings: Vec<(usize, &FindingView)> = r
        .findings
        .iter()
        .enumerate()
        .filter(|(_, x)| x.org_index.is_none_or(|i| i == o.index) && people_of(x).is_some())
        .collect();
    let filtered = *f
        != UserFilter {
            org: f.org,
            ..UserFilter::default()
        };
    // A filter's options after "Any".
    let any = |mut options: Vec<Choice>| -> Vec<Choice> {
        let none = !options.iter().any(|o| o.2);
        options.insert(0, (String::new(), tr.filter_any().to_owned(), none));
        options
    };
    let w = v.window;
    let columns = 7;
    html! {
        <section class="card" aria-labelledby="users-review-title" data-test="user-table-section">
            <div class="card-header">
                <h3 id="users-review-title">{ tr.per_user() }</h3>
                <button type="button" class="button small" data-test="export-users" onclick={on_export}>{ tr.export_users() }</button>
            </div>
            <div class="filters">
                if r.orgs.len() > 1 {
                    { choice("user-org", tr.organization().to_owned(), r.orgs.iter().enumerate().map(|(i, x)| {
                        (i.to_string(), x.label.clone(), i == index)
                    }).collect(), on_org) }
                }
                <div class="field">
                    <label for="user-search">{ tr.search_users() }</label>
                    <input id="user-search" data-test="user-search" type="search" value={f.search.clone()} oninput={on_search} />
                </div>
                { choice("status-filter", tr.status_filter().to_owned(), [
                    (String::new(), tr.all_users().to_owned(), f.status.is_empty()),
                    ("changes".to_owned(), tr.changes_only().to_owned(), f.status == "changes"),
                ].into_iter().chain(statuses.iter().map(|s| (s.id().to_owned(), tr.status_of(*s), f.status == s.id()))).collect(), on_status) }
                { choice("role-filter", tr.col_role().to_owned(), any(o.product.roles().iter().map(|x| {
                    (x.id().to_owned(), tr.role_of(*x), f.role == Some(*x))
                }).collect()), on_role) }
                if o.product == Product::Claude {
                    { choice("tier-filter", tr.col_seat().to_owned(), any(tiers_of(r.plan, o.product).iter().map(|x| {
                        (x.id().to_owned(), tr.tier_of(*x), f.tier == Some(*x))
                    }).collect()), on_tier) }
                }
                { choice("change-filter", tr.col_change().to_owned(), any(Change::ALL.iter().map(|x| {
                    (x.id().to_owned(), tr.change_name(x.id()), f.change == Some(*x))
                }).collect()), on_change) }
                { choice("group-filter", tr.groups().to_owned(), any(groups.iter().map(|g| {
                    (g.to_string(), sc.group_name(*g).to_owned(), f.group == Some(*g))
                }).collect()), on_group) }
                if !findings.is_empty() {
                    { choice("finding-filter", tr.findings().to_owned(), any(findings.iter().map(|(i, x)| {
                        (i.to_string(), format!("{} ({})", tr.finding_title_of(x.code), x.rule), f.finding == Some(*i))
                    }).collect()), on_finding) }
                }
            </div>
            <p class="hint" aria-live="polite" data-test="user-count">
                { tr.showing_of(total, o.users.len()) }
                if filtered {
                    {" "}<button type="button" class="link" data-test="clear-filters" onclick={on_clear}>{ tr.all_users() }</button>
                }
            </p>
            <div class={classes!("table-wrap", w.virtual_rows.then_some("scroll-box"))} tabindex="0" role="region" id="user-table"
                aria-label={tr.per_user()} ref={v.scroller} onscroll={v.onscroll} data-test="user-table-scroll">
                <table class={classes!("users", w.virtual_rows.then_some("virtual"))} data-test="user-table"
                    aria-rowcount={(total + 1).to_string()}>
                    <thead><tr class="head" aria-rowindex="1">
                        <th scope="col" class="col-user">{ tr.col_user() }</th>
                        <th scope="col" class="col-status">{ tr.col_status() }</th>
                        <th scope="col" class="col-role">{ tr.col_role() }</th>
                        <th scope="col" class="col-seat">{ tr.col_seat() }</th>
                        <th scope="col" class="col-change">{ tr.col_change() }</th>
                        <th scope="col" class="col-when">{ tr.col_when() }</th>
                        <th scope="col" class="col-why">{ tr.col_why() }</th>
                    </tr></thead>
                    <tbody>
                        if w.before > 0 {
                            <tr class="spacer" aria-hidden="true"><td colspan={columns.to_string()} height={w.before.to_string()}></td></tr>
                        }
                        { for rows.get(w.start..w.end).unwrap_or_default().iter().enumerate().filter_map(|(k, i)| {
                            let u = o.users.get(*i as usize)?;
                            let index = w.start + k;
                            let email = o.email(u);
                            let reasons = o.reasons(u);
                            Some(html! {
                                <tr key={email} data-test="user-row" data-email={email.to_owned()}
                                    aria-rowindex={(index + 2).to_string()}
                                    class={classes!(format!("row-{}", u.status.id()))}>
                                    <th scope="row" class="user-cell">
                                        <span class="email" title={w.virtual_rows.then(|| email.to_owned())}>{ email }</span>
                                        if let Some(n) = o.name(u) { <span class="name">{ n }</span> }
                                    </th>
                                    <td data-label={tr.col_status()}><StatusBadge status={u.status} /></td>
                                    <td data-label={tr.col_role()} data-test="user-role">{ role_cell(tr, u) }</td>
                                    <td data-label={tr.col_seat()} data-test="user-seat">{ tier_cell(tr, u, o.product) }</td>
                                    <td data-label={tr.col_change()} data-test="user-change" class={classes!(format!("change-{}", u.change.id()))}>{ tr.change_name(u.change.id()) }</td>
                                    <td data-label={tr.col_when()}>{ tr.takes_effect(u.takes_effect.map_or("none", |t| t.id())) }</td>
                                    <td data-label={tr.col_why()} class="why" data-test="user-why">
                                        <div class="why-box" title={w.virtual_rows.then(|| reasons.iter().map(|r| tr.text(r)).collect::<Vec<_>>().join("\n"))}>
                                            <ul>{ for reasons.iter().map(|w| html! { <li>{ tr.text(w) }</li> }) }</ul>
                                        </div>
                                    </td>
                                </tr>
                            })
                        }) }
                        if w.after > 0 {
                            <tr class="spacer" aria-hidden="true"><td colspan={columns.to_string()} height={w.after.to_string()}></td></tr>
                        }
                    </tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p class="empty">{ tr.no_matching_users() }</p>
            }
        </section>
    }
}

#[component]
pub fn Seats(props: &RProps) -> Html {
    let tr = use_tr();
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
            <h3 id="seats-title">{ tr.seats_title() }</h3>
            { for claude.iter().map(|o| { let pending = o.seats.iter().any(|(_, c)| c.pending > 0); html! {
                <div class="seats-org">
                    if !o.capacity_checked {
                        <p class="hint">{ tr.capacity_not_checked() }</p>
                    }
                    <div class="table-wrap" tabindex="0" role="region" aria-label={tr.labelled(tr.seats_title(), &o.label)}>
                        <table class="seats-table">
                            <thead><tr>
                                <th scope="col">{ tr.col_tier() }</th>
                                <th scope="col" class="num">{ tr.col_purchased() }</th>
                                <th scope="col" class="num">{ tr.col_assigned() }</th>
                                if pending {
                                    <th scope="col" class="num">{ tr.col_pending() }</th>
                                }
                                <th scope="col" class="num">{ tr.col_shortfall() }</th>
                                <th scope="col"><span class="sr-only">{ tr.col_assigned() }</span></th>
                            </tr></thead>
                            <tbody>
                                { for o.seats.iter().map(|(t, c)| html! {
                                    <tr data-test="seat-row" data-tier={t.id()}>
                                        <th scope="row">{ tr.tier_name(t.id()) }</th>
                                        <td class="num">{ c.purchased.map_or_else(|| tr.not_given().to_owned(), |p| tr.num(p)) }</td>
                                        <td class="num">{ tr.num(c.assigned) }</td>
                                        if pending {
                                            <td class="num" data-test="seat-pending">{ tr.num(c.pending) }</td>
                                        }
                                        <td class={classes!("num", (c.shortfall > 0).then_some("short"))}>
                                            if c.shortfall > 0 { <span aria-hidden="true">{"⚠ "}</span> }
                                            { tr.num(c.shortfall) }
                                        </td>
                                        <td class="meter-cell">
                                            if let Some(p) = c.purchased.filter(|p| *p > 0) {
                                                <meter min="0" max={p.to_string()} value={c.assigned.min(p).to_string()}
                                                    high={(u64::from(p) * 9 / 10).to_string()} optimum="0"
                                                    aria-label={tr.seat_meter(&tr.tier_name(t.id()), c.assigned, p)} />
                                            }
                                        </td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </div>
            }}) }
        </section>
    }
}

#[component]
pub fn Checklist(props: &RProps) -> Html {
    let tr = use_tr();
    let r = &props.review.0;
    html! {
        <section class="card" aria-labelledby="checklist-title" data-test="checklist">
            <h3 id="checklist-title">{ tr.checklist() }</h3>
            if r.do_not_save_yet() {
                <p class="callout danger compact" role="note" data-test="checklist-warning">
                    <span class="icon" aria-hidden="true">{"⚠ "}</span><strong>{ tr.do_not_save_yet() }{ tr.label_sep() }</strong>{ tr.do_not_save_detail() }
                </p>
            }
            <ol class="checklist">
                { for r.checklist.iter().map(|c| html! {
                    <li class={classes!("check-item", format!("check-{}", c.status.id()))} data-test="check-item" data-id={c.id.id()}>
                        <span class="check-icon" aria-hidden="true">{ text::check_status_icon(c.status) }</span>
                        <div>
                            <strong>{ tr.check_step(c.id.id()) }</strong>
                            <span class={classes!("badge", format!("step-{}", c.status.id()))}>{ tr.check_status(c.status.id()) }</span>
                            if c.status != StepStatus::Skip {
                                <p class="hint">{ tr.check_detail_of(c) }</p>
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
    let tr = use_tr();
    let r = &props.review.0;
    html! {
        <section class="card" aria-labelledby="notes-title" data-test="notes">
            <h3 id="notes-title">{ tr.notes() }</h3>
            if r.notes.is_empty() {
                <p class="empty">{ tr.no_notes() }</p>
            } else {
                <ul class="notes">
                    { for r.notes.iter().map(|n| html! {
                        <li class={classes!(n.interpretation.then_some("interpretation-note"))}>
                            if n.interpretation { <strong>{ tr.interpretation() }{" "}</strong> }
                            if let Some(o) = &n.organization { <span class="finding-org">{ o }{ tr.label_sep() }</span> }
                            { tr.note_text(n) }{" "}<RuleLink rule={n.rule} />
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
    let tr = use_tr();
    let store = use_store();
    let o = &props.org;
    if o.comparison.len() < COMBINATIONS.len() {
        // Large setups: computed a row at a time once the rest of the review is shown.
        return html! {
            <p class="hint updating-note" role="status" data-test="compare-pending">
                <span class="spinner" aria-hidden="true"></span>{ tr.updating_comparison() }
            </p>
        };
    }
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={tr.labelled(tr.compare(), &o.label)}>
            <table class="compare" data-test="compare-table" data-org={o.id.clone()}>
                <thead><tr>
                    <th scope="col">{ tr.col_mode() }</th>
                    <th scope="col">{ tr.col_eligible() }</th>
                    <th scope="col" class="num">{ tr.col_members() }</th>
                    <th scope="col" class="num">{ tr.col_pending() }</th>
                    <th scope="col" class="num">{ tr.col_not_added() }</th>
                    <th scope="col" class="num">{ tr.col_removed() }</th>
                    <th scope="col" class="num">{ tr.col_blocked() }</th>
                    <th scope="col" class="num">{ tr.col_out() }</th>
                    <th scope="col">{ tr.col_findings() }</th>
                    if props.interactive && store.is_some() { <th scope="col"><span class="sr-only">{ tr.use_this() }</span></th> }
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
                                    { tr.mode_label(c.mode, c.group_mappings) }
                                    if c.current { <span class="state-tag on">{ tr.current() }</span> }
                                </th>
                                <td data-label={tr.col_eligible()}>
                                    if c.eligible {
                                        <span class="yes"><span aria-hidden="true">{"✓ "}</span>{ tr.yes() }</span>
                                    } else {
                                        <span class="no"><span aria-hidden="true">{"⊘ "}</span>{ tr.no() }</span>
                                    }
                                </td>
                                <td class="num" data-label={tr.col_members()}>{ tr.num(c.counts.member) }</td>
                                <td class="num" data-label={tr.col_pending()}>{ tr.num(c.counts.pending_login) }</td>
                                <td class="num" data-label={tr.col_not_added()}>{ tr.num(c.counts.not_added) }</td>
                                <td class={classes!("num", (c.counts.removed > 0).then_some("bad"))} data-label={tr.col_removed()} data-col="removed">{ tr.num(c.counts.removed) }</td>
                                <td class={classes!("num", (c.counts.blocked > 0).then_some("bad"))} data-label={tr.col_blocked()} data-col="blocked">{ tr.num(c.counts.blocked) }</td>
                                <td class="num" data-label={tr.col_out()} data-col="out">{ tr.num(c.counts.out_of_scope) }</td>
                                <td class="sev-counts" data-label={tr.col_findings()} data-col="findings">
                                    <span class={classes!("sev-n", (f.error > 0).then_some("sev-error"))} title={tr.severity_name(provplan_core::Severity::Error.id())}>{ format!("✕ {}", tr.num(f.error)) }</span>
                                    <span class={classes!("sev-n", (f.warning > 0).then_some("sev-warning"))} title={tr.severity_name(provplan_core::Severity::Warning.id())}>{ format!("! {}", tr.num(f.warning)) }</span>
                                    <span class="sev-n">{ format!("i {}", tr.num(f.info)) }</span>
                                    <span class="sr-only">{ tr.counts_line(f.error, f.warning, f.info) }</span>
                                </td>
                                if props.interactive && store.is_some() {
                                    <td>
                                        if let Some(cb) = use_this {
                                            <button type="button" class="button small" onclick={cb}
                                                aria-label={tr.use_this_mode(&tr.mode_label(c.mode, c.group_mappings))}>{ tr.use_this() }</button>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_in_check_marks_what_differs() {
        // Letter case only: each letter that differs, in both.
        let (a, b) = differing("Ada@Example.com", "ada@example.com");
        assert_eq!(marked("Ada@Example.com", &a).1, "“A”, “E”");
        assert_eq!(marked("ada@example.com", &b).1, "“a”, “e”");
        // Another address: what lies between the common start and end.
        let (a, b) = differing("ada@example.com", "ada.lovelace@example.com");
        assert_eq!(marked("ada@example.com", &a).1, "");
        assert_eq!(marked("ada.lovelace@example.com", &b).1, "“.lovelace”");
        let (a, b) = differing("a@x.io", "bob@y.io");
        assert_eq!(
            (marked("a@x.io", &a).1, marked("bob@y.io", &b).1),
            ("“a@x”".into(), "“bob@y”".into())
        );
        // Characters, not bytes; the same text marks nothing.
        let (a, _) = differing("josé@x.io", "jose@x.io");
        assert_eq!(marked("josé@x.io", &a).1, "“é”");
        assert!(differing("x@y.z", "x@y.z").0.iter().all(|m| !m));
    }
}
