//! Step 3: importing a directory, directory users (assigned or not, their groups) and current
//! members. Long lists are shown a page at a time.

use provplan_core::case::lower;
use std::sync::Arc;

use provplan_core::doc::{MemberDoc, ScenarioDoc, UserDoc};
use provplan_core::{Plan, Product, Role};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::{FieldErrors, describedby, input_checked, input_value, use_errors};
use super::import::{ImportCard, members_import, pasted_value};
use super::large::use_typed;
use super::use_store;
use crate::edit::{self, Edit};
use crate::i18n::{Tr, use_tr};
use crate::review::Shared;
use crate::state::{Action, field_id};

/// Rows shown per page.
const PAGE: usize = 100;
/// Directory emails offered as suggestions for member emails, at most.
const SUGGESTIONS: usize = 1_000;

/// Which page of `total` rows: `first..last` and the buttons to move.
fn pager(
    tr: Tr,
    page: &UseStateHandle<usize>,
    total: usize,
    test: &'static str,
) -> (usize, usize, Html) {
    let pages = total.div_ceil(PAGE).max(1);
    let current = (**page).min(pages - 1);
    let first = current * PAGE;
    let last = (first + PAGE).min(total);
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let nav = if pages > 1 {
        html! {
            <div class="pager" data-test={test}>
                <button type="button" class="button small" disabled={current == 0}
                    data-test="page-prev" onclick={go(current.saturating_sub(1))}>
                    <span aria-hidden="true">{"← "}</span>{ tr.previous_page() }
                </button>
                <span aria-live="polite">{ tr.showing_range(first + 1, last, total) }</span>
                <button type="button" class="button small" disabled={current + 1 >= pages}
                    data-test="page-next" onclick={go(current + 1)}>
                    { tr.next_page() }<span aria-hidden="true">{" →"}</span>
                </button>
            </div>
        }
    } else {
        html! {}
    };
    (first, last, nav)
}

#[component]
pub fn DirectoryStep() -> Html {
    let tr = use_tr();
    let store = use_store();
    let filter = use_state(String::new);
    let page = use_state(|| 0usize);
    let paste = use_state(String::new);
    let Some(store) = store else {
        return html! {};
    };
    let doc = &store.doc;
    let needle = lower(filter.trim());
    let matching: Vec<usize> = doc
        .directory
        .users
        .iter()
        .enumerate()
        .filter(|(_, u)| {
            needle.is_empty()
                || lower(&u.email).contains(&needle)
                || u.name
                    .as_deref()
                    .is_some_and(|n| lower(n).contains(&needle))
                || u.groups.iter().any(|g| lower(g).contains(&needle))
        })
        .map(|(i, _)| i)
        .collect();
    let (first, last, nav) = pager(tr, &page, matching.len(), "users-pager");
    let shown = matching.get(first..last).unwrap_or_default();
    let on_filter = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            page.set(0);
            filter.set(
                e.target_dyn_into::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default(),
            )
        })
    };
    let add_user = {
        let store = store.clone();
        let filter = filter.clone();
        let page = page.clone();
        let at = doc.directory.users.len();
        Callback::from(move |_: MouseEvent| {
            filter.set(String::new());
            page.set(at / PAGE);
            store.dispatch(Action::Edit(Edit::AddUser));
        })
    };
    let on_paste_input = {
        let paste = paste.clone();
        let store = store.clone();
        Callback::from(move |e: InputEvent| paste.set(pasted_value(&store, &e)))
    };
    let add_pasted = {
        let store = store.clone();
        let paste = paste.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::Edit(Edit::PasteUsers((*paste).clone())));
            paste.set(String::new());
        })
    };
    let plan = Plan::from_id(&doc.plan);
    let suggest = doc.directory.users.len() <= SUGGESTIONS;
    let primary = edit::primary_owner(doc);
    // The groups the setup knows (offered as completions), and how many use each: a group of
    // one user that no mapping names is new. Worked out for directories small enough only.
    let uses = if suggest {
        edit::group_use(doc)
    } else {
        rustc_hash::FxHashMap::default()
    };
    // Owned names: a list of `String`s is sorted by the code that already sorts them.
    let mut known: Vec<String> = uses.keys().cloned().collect();
    known.sort_unstable();

    html! {
        <div class="step-body">
            <ImportCard />
            <section class="card" aria-labelledby="users-title">
                <div class="card-header">
                    <h3 id="users-title">{ tr.users() }<span class="count">{ tr.num(doc.directory.users.len()) }</span></h3>
                    <div class="field inline-field">
                        <label for="user-filter">{ tr.filter_users() }</label>
                        <input id="user-filter" type="search" value={(*filter).clone()} oninput={on_filter} />
                    </div>
                </div>
                <p class="hint" id="groups-hint">{ tr.groups_hint() }</p>
                if doc.directory.users.is_empty() {
                    <p class="empty">{ tr.no_users() }</p>
                } else {
                    if matching.len() < doc.directory.users.len() {
                        <p class="hint" aria-live="polite">{ tr.showing_of(matching.len(), doc.directory.users.len()) }</p>
                    }
                    { nav.clone() }
                    <div class="table-wrap" tabindex="0" role="region" aria-label={tr.users()}>
                        <table class="edit-table" data-test="directory-table">
                            <thead><tr>
                                <th scope="col" class="col-email">{ tr.email() }</th>
                                <th scope="col" class="col-name">{ tr.name() }</th>
                                <th scope="col" class="col-assigned"><abbr title={tr.assigned()}>{ tr.assigned_short() }</abbr></th>
                                <th scope="col" class="col-groups">{ tr.groups() }</th>
                                <th scope="col"><span class="sr-only">{ tr.remove() }</span></th>
                            </tr></thead>
                            <tbody>
                                { for shown.iter().filter_map(|i| doc.directory.users.get(*i).map(|u| {
                                    let fresh: Vec<String> = u.groups.iter()
                                        .filter(|g| uses.get(*g).is_some_and(|n| *n <= 1))
                                        .cloned()
                                        .collect();
                                    html! { <UserRowEdit key={*i} index={*i} user={u.clone()} {fresh} /> }
                                })) }
                            </tbody>
                        </table>
                    </div>
                    { nav }
                }
                <div class="actions">
                    <button type="button" class="button" data-test="add-user" onclick={add_user}>
                        <span aria-hidden="true">{"+ "}</span>{ tr.add_user() }
                    </button>
                </div>
                <details class="paste">
                    <summary>{ tr.paste_emails() }</summary>
                    <div class="field">
                        <label for="paste-emails">{ tr.paste_emails() }</label>
                        <textarea id="paste-emails" data-test="paste-emails" rows="4" value={(*paste).clone()}
                            oninput={on_paste_input} aria-describedby="paste-hint" />
                        <p class="hint" id="paste-hint">{ tr.paste_hint() }</p>
                    </div>
                    <button type="button" class="button" data-test="add-pasted" disabled={paste.trim().is_empty()} onclick={add_pasted}>
                        { tr.add_pasted() }
                    </button>
                </details>
            </section>
            <datalist id="known-groups">
                { for known.iter().map(|g| html! { <option value={g.clone()} /> }) }
            </datalist>
            if suggest {
                <datalist id="directory-emails-members">
                    { for doc.directory.users.iter().map(|u| html! { <option value={u.email.clone()} /> }) }
                </datalist>
            }
            { for (0..doc.organizations.len()).map(|i| html! {
                <Members index={i} doc={doc.clone()} plan={plan} suggest={suggest} {primary} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UserRowProps {
    index: usize,
    user: Arc<UserDoc>,
    /// The user's groups that no one else in the setup has (marked "new").
    fresh: Vec<String>,
}

#[component]
fn UserRowEdit(props: &UserRowProps) -> Html {
    let tr = use_tr();
    let i = props.index;
    let n = i + 1;
    let email_path = format!("directory.users[{i}].email");
    let sso_path = format!("directory.users[{i}].sso_email");
    let groups_path = format!("directory.users[{i}].groups");
    let store = use_store();
    let email_errors = use_errors(&email_path, false);
    let sso_errors = use_errors(&sso_path, false);
    let group_errors = use_errors(&groups_path, true);
    let commit = |f: fn(usize, String) -> Edit| {
        let store = store.clone();
        Callback::from(move |v: String| {
            if let Some(s) = &store {
                s.dispatch(Action::Edit(f(i, v)));
            }
        })
    };
    let (email, on_email, email_done) =
        use_typed(props.user.email.clone(), commit(Edit::SetUserEmail));
    let (sso, on_sso, sso_done) = use_typed(
        props.user.sso_email.clone().unwrap_or_default(),
        commit(Edit::SetUserSsoEmail),
    );
    let (name, on_name, name_done) = use_typed(
        props.user.name.clone().unwrap_or_default(),
        commit(Edit::SetUserName),
    );
    let Some(store) = store else {
        return html! {};
    };
    let u = &props.user;
    // A group typed (or chosen from the completions) is added on Enter or when the field is
    // left; a comma also separates groups there.
    let add_group = {
        let store = store.clone();
        move |input: Option<HtmlInputElement>| {
            if let Some(input) = input {
                let v = input.value();
                if !v.trim().is_empty() {
                    input.set_value("");
                    store.dispatch(Action::Edit(Edit::AddUserGroups(i, v)));
                }
            }
        }
    };
    let on_group_change = {
        let add = add_group.clone();
        Callback::from(move |e: Event| add(e.target_dyn_into::<HtmlInputElement>()))
    };
    let on_group_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            add_group(e.target_dyn_into::<HtmlInputElement>());
        }
    });
    let on_assigned = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            store.dispatch(Action::Edit(Edit::SetUserAssigned(i, input_checked(&e))))
        })
    };
    let remove = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::RemoveUser(i))))
    };
    let who = if u.email.is_empty() {
        tr.user_n(n)
    } else {
        u.email.clone()
    };
    html! {
        <tr data-test="directory-row" data-email={u.email.clone()}>
            <td>
                <input id={field_id(&email_path)} type="email" value={email} oninput={on_email} onchange={email_done}
                    aria-label={tr.field_of(tr.email(), &tr.user_n(n))}
                    aria-invalid={(!email_errors.is_empty()).then_some("true")}
                    aria-describedby={describedby(&email_path, None, !email_errors.is_empty())} />
                <FieldErrors path={email_path.clone()} messages={email_errors.clone()} />
                // R26: what the user's SSO sends, when it is another address.
                <input id={field_id(&sso_path)} type="email" class="sso-email" value={sso} oninput={on_sso} onchange={sso_done}
                    data-test="sso-email" placeholder={tr.sso_email_same()} title={tr.sso_email_hint()}
                    aria-label={tr.field_of(tr.sso_email(), &who)}
                    aria-invalid={(!sso_errors.is_empty()).then_some("true")}
                    aria-describedby={describedby(&sso_path, None, !sso_errors.is_empty())} />
                <FieldErrors path={sso_path.clone()} messages={sso_errors.clone()} />
            </td>
            <td>
                <input type="text" value={name} oninput={on_name} onchange={name_done}
                    aria-label={tr.field_of(tr.name(), &who)} />
            </td>
            <td class="center">
                <input type="checkbox" checked={u.assigned.unwrap_or(true)} onchange={on_assigned}
                    data-test="assigned" aria-label={tr.field_of(tr.assigned(), &who)} />
            </td>
            <td>
                <ul class="chips" data-test="user-groups" aria-label={tr.field_of(tr.groups(), &who)}>
                    { for u.groups.iter().map(|g| {
                        let fresh = props.fresh.contains(g);
                        let store = store.clone();
                        let group = g.clone();
                        let onclick = Callback::from(move |_: MouseEvent| {
                            store.dispatch(Action::Edit(Edit::RemoveUserGroup(i, group.clone())));
                        });
                        html! {
                            <li class={classes!("chip", fresh.then_some("fresh"))} data-test="group-chip" data-group={g.clone()}>
                                <span class="chip-name">{ g.clone() }</span>
                                if fresh {
                                    <span class="new-mark" data-test="group-new" title={tr.group_new_title()}>{ tr.group_new() }</span>
                                }
                                <button type="button" class="chip-remove" {onclick}
                                    aria-label={tr.group_remove(&who, g.as_str())}>{"×"}</button>
                            </li>
                        }
                    }) }
                </ul>
                <input id={field_id(&groups_path)} type="text" class="group-add" list="known-groups"
                    data-test="group-add" placeholder={tr.group_add()}
                    onchange={on_group_change} onkeydown={on_group_key}
                    aria-label={tr.group_add_label(&who)}
                    aria-describedby={describedby(&groups_path, Some("groups-hint"), !group_errors.is_empty())} />
                <FieldErrors path={groups_path.clone()} messages={group_errors.clone()} />
            </td>
            <td class="center">
                <button type="button" class="icon-button" onclick={remove} aria-label={tr.remove_who(&who)}>{"×"}</button>
            </td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct MembersProps {
    index: usize,
    /// Compared by identity (a deep comparison of a large directory on every render would
    /// cost more than the render).
    doc: Shared<ScenarioDoc>,
    plan: Option<Plan>,
    /// Whether the directory's emails are offered as suggestions.
    suggest: bool,
    /// R27: the member marked the Primary Owner (organization, member), if any.
    primary: Option<(usize, usize)>,
}

#[component]
fn Members(props: &MembersProps) -> Html {
    let tr = use_tr();
    let i = props.index;
    let store = use_store();
    let page = use_state(|| 0usize);
    let Some(store) = store else {
        return html! {};
    };
    let Some(o) = props.doc.0.organizations.get(i) else {
        return html! {};
    };
    let product = Product::from_id(&o.product);
    let label = match &o.name {
        Some(n) => format!("{n} ({})", o.id),
        None => o.id.clone(),
    };
    let (first, last, nav) = pager(tr, &page, o.members.len(), "members-pager");
    let add = {
        let store = store.clone();
        let page = page.clone();
        let at = o.members.len();
        Callback::from(move |_: MouseEvent| {
            page.set(at / PAGE);
            store.dispatch(Action::Edit(Edit::AddMember(i)));
        })
    };
    let title_id = format!("members-title-{i}");
    let claude = product == Some(Product::Claude);
    // R27: who holds the mark, for the rows that cannot take it.
    let primary = props.primary.and_then(|(pi, pj)| {
        let m = props.doc.0.organizations.get(pi)?.members.get(pj)?;
        Some((pi, pj, AttrValue::from(m.email.clone())))
    });
    html! {
        <section class="card" aria-labelledby={title_id.clone()} data-test="members" data-org={o.id.clone()}>
            <h3 id={title_id}>{ tr.members_of(&label) }<span class="count">{ tr.num(o.members.len()) }</span></h3>
            <p class="hint">{ tr.members_hint() }</p>
            { members_import(tr, &store, i, claude) }
            if o.members.is_empty() {
                <p class="empty">{ tr.no_members() }</p>
            } else {
                { nav.clone() }
                <div class="table-wrap" tabindex="0" role="region" aria-label={tr.members_of(&label)}>
                    <table class="edit-table" data-test="members-table">
                        <thead><tr>
                            <th scope="col">{ tr.email() }</th>
                            <th scope="col">{ tr.role() }</th>
                            if claude {
                                <th scope="col">{ tr.seat_tier() }</th>
                                <th scope="col" class="col-assigned">{ tr.primary_owner() }</th>
                            }
                            <th scope="col"><span class="sr-only">{ tr.remove() }</span></th>
                        </tr></thead>
                        <tbody>
                            { for o.members.get(first..last).unwrap_or_default().iter().enumerate().map(|(k, m)| {
                                let primary = primary.as_ref().filter(|p| (p.0, p.1) != (i, first + k)).map(|p| p.2.clone());
                                html! {
                                    <MemberRow key={first + k} org={i} index={first + k} member={m.clone()} product={product}
                                        plan={props.plan} suggest={props.suggest} {primary} />
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                { nav }
            }
            <div class="actions">
                <button type="button" class="button" onclick={add}><span aria-hidden="true">{"+ "}</span>{ tr.add_member() }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MemberRowProps {
    org: usize,
    index: usize,
    member: Arc<MemberDoc>,
    product: Option<Product>,
    plan: Option<Plan>,
    suggest: bool,
    /// R27: the email of another member marked the Primary Owner.
    primary: Option<AttrValue>,
}

#[component]
fn MemberRow(props: &MemberRowProps) -> Html {
    let tr = use_tr();
    let (i, j) = (props.org, props.index);
    let base = format!("organizations[{i}].members[{j}]");
    let email_path = format!("{base}.email");
    let role_path = format!("{base}.role");
    let tier_path = format!("{base}.seat_tier");
    let po_path = format!("{base}.primary_owner");
    let store = use_store();
    let email_errors = use_errors(&email_path, false);
    let role_errors = use_errors(&role_path, false);
    let tier_errors = use_errors(&tier_path, false);
    let commit = {
        let store = store.clone();
        Callback::from(move |v: String| {
            if let Some(s) = &store {
                s.dispatch(Action::Edit(Edit::SetMemberEmail(i, j, v)));
            }
        })
    };
    let (email, on_email, email_done) = use_typed(props.member.email.clone(), commit);
    let Some(store) = store else {
        return html! {};
    };
    let m = &props.member;
    let who = if m.email.is_empty() {
        tr.member_n(j + 1)
    } else {
        m.email.clone()
    };
    let on_role = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            store.dispatch(Action::Edit(Edit::SetMemberRole(i, j, input_value(&e))))
        })
    };
    let on_tier = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let v = input_value(&e);
            store.dispatch(Action::Edit(Edit::SetMemberTier(
                i,
                j,
                (!v.is_empty()).then_some(v),
            )));
        })
    };
    let on_primary = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            store.dispatch(Action::Edit(Edit::SetPrimaryOwner(i, j, input_checked(&e))))
        })
    };
    // R27: only an Owner, and one in the setup; a mark can always be cleared.
    let marked = m.primary_owner == Some(true);
    let blocked = match &props.primary {
        _ if marked => None,
        _ if m.role != Role::Owner.id() => Some(tr.primary_owner_not_owner().to_owned()),
        Some(other) => Some(tr.primary_owner_taken(other.as_str())),
        None => None,
    };
    let disabled = blocked.is_some();
    let remove = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Edit(Edit::RemoveMember(i, j))))
    };
    let roles = props.product.map_or(&[][..], |p| p.roles());
    let known_role = roles.iter().any(|r| r.id() == m.role);
    let tiers = props.plan.map_or(&[][..], |p| p.seat_tiers());
    let known_tier = m
        .seat_tier
        .as_deref()
        .is_none_or(|t| tiers.iter().any(|x| x.id() == t));
    html! {
        <tr>
            <td>
                <input id={field_id(&email_path)} type="email" list={props.suggest.then_some("directory-emails-members")}
                    value={email} oninput={on_email} onchange={email_done}
                    aria-label={tr.field_of(tr.email(), &tr.member_n(j + 1))}
                    aria-invalid={(!email_errors.is_empty()).then_some("true")}
                    aria-describedby={describedby(&email_path, None, !email_errors.is_empty())} />
                <FieldErrors path={email_path.clone()} messages={email_errors.clone()} />
            </td>
            <td>
                <select id={field_id(&role_path)} onchange={on_role} aria-label={tr.field_of(tr.role(), &who)}
                    aria-invalid={(!role_errors.is_empty()).then_some("true")}
                    aria-describedby={describedby(&role_path, None, !role_errors.is_empty())}>
                    if !known_role {
                        <option value={m.role.clone()} selected=true>{ &m.role }</option>
                    }
                    { for roles.iter().map(|r| html! {
                        <option value={r.id()} selected={r.id() == m.role}>{ tr.role_name(r.id()) }</option>
                    }) }
                </select>
                <FieldErrors path={role_path.clone()} messages={role_errors.clone()} />
            </td>
            if props.product == Some(Product::Claude) {
                <td>
                    <select id={field_id(&tier_path)} onchange={on_tier} aria-label={tr.field_of(tr.seat_tier(), &who)}
                        aria-invalid={(!tier_errors.is_empty()).then_some("true")}
                        aria-describedby={describedby(&tier_path, None, !tier_errors.is_empty())}>
                        <option value="" selected={m.seat_tier.is_none()}>{ tr.unknown_tier() }</option>
                        if !known_tier {
                            <option value={m.seat_tier.clone().unwrap_or_default()} selected=true>{ m.seat_tier.clone().unwrap_or_default() }</option>
                        }
                        { for tiers.iter().map(|t| html! {
                            <option value={t.id()} selected={m.seat_tier.as_deref() == Some(t.id())}>{ tr.tier_name(t.id()) }</option>
                        }) }
                    </select>
                    <FieldErrors path={tier_path.clone()} messages={tier_errors.clone()} />
                </td>
                <td class="center">
                    <input id={field_id(&po_path)} type="checkbox" checked={marked} onchange={on_primary}
                        data-test="primary-owner" {disabled} title={blocked}
                        aria-label={tr.field_of(tr.primary_owner(), &who)} />
                </td>
            }
            <td class="center">
                <button type="button" class="icon-button" onclick={remove} aria-label={tr.remove_who(&who)}>{"×"}</button>
            </td>
        </tr>
    }
}
