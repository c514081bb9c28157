//! Edits of the scenario document, one per form control. Each keeps the document as a user
//! would write it by hand (no empty objects left behind), and an index that no longer exists
//! changes nothing.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use provplan_core::doc::{
    GroupMappingsDoc, MemberDoc, OrganizationDoc, ProvisioningDoc, ScenarioDoc, UserDoc,
};
use provplan_core::scenario::email_key;
use provplan_core::{Plan, Product, Role, SeatTier};

/// Which list of a group mapping: a role's or a seat tier's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Role(String),
    Tier(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetPlan(String),
    SetActor(String),
    SetIdp(String),
    SetScimConnected(bool),
    AddOrganization(Product),
    RemoveOrganization(usize),
    SetOrgId(usize, String),
    SetOrgName(usize, String),
    /// Fixes an unknown product id (an organization's product is otherwise fixed).
    SetOrgProduct(usize, String),
    SetCapacityChecked(usize, bool),
    /// Removes a seat count (a tier the plan does not have).
    RemoveSeatTier(usize, String),
    SetSeats(usize, String, u32),
    SetMode(usize, String),
    SetGroupMappings(usize, bool),
    AddMappedGroup(usize, Target, String),
    RemoveMappedGroup(usize, Target, String),
    /// Swaps the role at `.1` with the one below it (`.2` false) or above it (`.2` true).
    MovePrecedence(usize, usize, bool),
    ResetPrecedence(usize),
    AddUser,
    RemoveUser(usize),
    SetUserEmail(usize, String),
    SetUserName(usize, String),
    /// R26: the address the user's SSO sends; empty (or the email itself): the same as email.
    SetUserSsoEmail(usize, String),
    SetUserAssigned(usize, bool),
    /// Groups as typed: separated by commas or new lines.
    SetUserGroups(usize, String),
    /// Adds groups to a user's (typed as for [`Edit::SetUserGroups`]), after theirs, once each.
    AddUserGroups(usize, String),
    /// Takes a user out of a group.
    RemoveUserGroup(usize, String),
    /// Adds a user per email address found in the text.
    PasteUsers(String),
    AddMember(usize),
    RemoveMember(usize, usize),
    SetMemberEmail(usize, usize, String),
    SetMemberRole(usize, usize, String),
    SetMemberTier(usize, usize, Option<String>),
    /// R27: marks an Owner the Primary Owner, or clears the mark. A second one is not marked:
    /// the first must be cleared (the page says so).
    SetPrimaryOwner(usize, usize, bool),
}

/// What an edit did beyond changing the document, for a message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Users added and skipped by [`Edit::PasteUsers`].
    pub pasted: Option<(usize, usize)>,
    /// Seat tiers were renamed by a change of plan.
    pub tiers_carried: Option<(Plan, Plan)>,
}

/// Applies an edit in place.
pub fn apply(doc: &mut ScenarioDoc, edit: Edit) -> Applied {
    let mut applied = Applied::default();
    match edit {
        Edit::SetPlan(plan) => {
            let from = Plan::from_id(&doc.plan);
            let to = Plan::from_id(&plan);
            if let (Some(from), Some(to)) = (from, to) {
                if carry_tiers(doc, from, to) {
                    applied.tiers_carried = Some((from, to));
                }
            }
            doc.plan = plan;
        }
        // Emails are kept as typed: a stray space is shown as an input error, not hidden.
        Edit::SetActor(actor) => doc.actor = (!actor.trim().is_empty()).then_some(actor),
        Edit::SetIdp(idp) => doc.directory.idp = Some(idp),
        Edit::SetScimConnected(on) => doc.directory.scim_connected = Some(on),
        Edit::AddOrganization(product) => {
            let id = unique_org_id(doc, product.id());
            doc.organizations.push(OrganizationDoc {
                id,
                product: product.id().into(),
                ..OrganizationDoc::default()
            });
        }
        Edit::RemoveOrganization(i) => {
            if i < doc.organizations.len() {
                doc.organizations.remove(i);
            }
        }
        Edit::SetOrgId(i, id) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                o.id = id;
            }
        }
        Edit::SetOrgName(i, name) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                o.name = (!name.trim().is_empty()).then_some(name);
            }
        }
        Edit::SetOrgProduct(i, product) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                o.product = product;
            }
        }
        Edit::RemoveSeatTier(i, tier) => {
            if let Some(seats) = doc.organizations.get_mut(i).and_then(|o| o.seats.as_mut()) {
                seats.remove(&tier);
            }
        }
        Edit::SetCapacityChecked(i, on) => {
            let tiers = plan_tiers(doc);
            if let Some(o) = doc.organizations.get_mut(i) {
                // Inserted one by one: collecting into a map sorts, and the sort would be
                // one more copy of the sorting code in the app.
                o.seats = on.then(|| {
                    let mut seats = BTreeMap::new();
                    for t in tiers {
                        seats.insert(t.id().to_owned(), 0);
                    }
                    seats
                });
            }
        }
        Edit::SetSeats(i, tier, n) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                o.seats.get_or_insert_with(BTreeMap::new).insert(tier, n);
            }
        }
        Edit::SetMode(i, mode) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                provisioning(o).mode = Some(mode);
            }
        }
        Edit::SetGroupMappings(i, on) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                mappings(o).enabled = Some(on);
                tidy(o);
            }
        }
        Edit::AddMappedGroup(i, target, group) => {
            let group = group.trim().to_owned();
            if let (false, Some(o)) = (group.is_empty(), doc.organizations.get_mut(i)) {
                let list = match &target {
                    Target::Role(r) => mappings(o).roles.entry(r.clone()).or_default(),
                    Target::Tier(t) => mappings(o).seat_tiers.entry(t.clone()).or_default(),
                };
                if !list.contains(&group) {
                    list.push(group);
                }
            }
        }
        Edit::RemoveMappedGroup(i, target, group) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                let m = mappings(o);
                let (map, key) = match &target {
                    Target::Role(r) => (&mut m.roles, r),
                    Target::Tier(t) => (&mut m.seat_tiers, t),
                };
                if let Some(list) = map.get_mut(key) {
                    list.retain(|g| *g != group);
                    if list.is_empty() {
                        map.remove(key);
                    }
                }
                tidy(o);
            }
        }
        Edit::MovePrecedence(i, at, up) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                let mut order = precedence(o);
                let other = if up {
                    at.checked_sub(1)
                } else {
                    at.checked_add(1)
                };
                if let Some(other) = other.filter(|j| *j < order.len()) {
                    if at < order.len() {
                        order.swap(at, other);
                        mappings(o).role_precedence = Some(order);
                    }
                }
                tidy(o);
            }
        }
        Edit::ResetPrecedence(i) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                mappings(o).role_precedence = None;
                tidy(o);
            }
        }
        Edit::AddUser => doc.directory.users.push(Arc::default()),
        Edit::RemoveUser(i) => {
            if i < doc.directory.users.len() {
                doc.directory.users.remove(i);
            }
        }
        Edit::SetUserEmail(i, email) => {
            if let Some(u) = user(doc, i) {
                u.email = email;
            }
        }
        Edit::SetUserName(i, name) => {
            if let Some(u) = user(doc, i) {
                u.name = (!name.trim().is_empty()).then_some(name);
            }
        }
        Edit::SetUserSsoEmail(i, sso) => {
            if let Some(u) = user(doc, i) {
                let sso = sso.trim();
                u.sso_email = (!sso.is_empty() && sso != u.email).then(|| sso.to_owned());
            }
        }
        Edit::SetUserAssigned(i, on) => {
            if let Some(u) = user(doc, i) {
                // `true` is the default: written only when it was written before.
                u.assigned = if on && u.assigned.is_none() {
                    None
                } else {
                    Some(on)
                };
            }
        }
        Edit::SetUserGroups(i, text) => {
            if let Some(u) = user(doc, i) {
                u.groups = split_groups(&text);
            }
        }
        Edit::AddUserGroups(i, text) => {
            if let Some(u) = user(doc, i) {
                for g in split_groups(&text) {
                    if !u.groups.contains(&g) {
                        u.groups.push(g);
                    }
                }
            }
        }
        Edit::RemoveUserGroup(i, group) => {
            if let Some(u) = user(doc, i) {
                u.groups.retain(|g| *g != group);
            }
        }
        Edit::PasteUsers(text) => {
            // Maps, not lists: a paste may hold tens of thousands of addresses.
            let mut known: HashMap<String, usize> = doc
                .directory
                .users
                .iter()
                .map(|u| (email_key(&u.email), 0))
                .collect();
            let (mut added, mut skipped) = (0, 0);
            for email in emails_in(&text) {
                let key = email_key(&email);
                if known.insert(key, 0).is_some() {
                    skipped += 1;
                    continue;
                }
                doc.directory.users.push(Arc::new(UserDoc {
                    email,
                    ..UserDoc::default()
                }));
                added += 1;
            }
            applied.pasted = Some((added, skipped));
        }
        Edit::AddMember(i) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                o.members.push(Arc::new(MemberDoc {
                    email: String::new(),
                    role: Role::User.id().into(),
                    seat_tier: None,
                    primary_owner: None,
                }));
            }
        }
        Edit::RemoveMember(i, j) => {
            if let Some(o) = doc.organizations.get_mut(i) {
                if j < o.members.len() {
                    o.members.remove(j);
                }
            }
        }
        Edit::SetMemberEmail(i, j, email) => {
            if let Some(m) = member(doc, i, j) {
                m.email = email;
            }
        }
        Edit::SetMemberRole(i, j, role) => {
            if let Some(m) = member(doc, i, j) {
                // R27: the Primary Owner is an Owner; another role clears the mark.
                if role != Role::Owner.id() {
                    m.primary_owner = None;
                }
                m.role = role;
            }
        }
        Edit::SetPrimaryOwner(i, j, on) => {
            let free = primary_owner(doc).is_none_or(|at| at == (i, j));
            if let Some(m) = member(doc, i, j).filter(|m| !on || free && m.role == Role::Owner.id())
            {
                m.primary_owner = on.then_some(true);
            }
        }
        Edit::SetMemberTier(i, j, tier) => {
            if let Some(m) = member(doc, i, j) {
                m.seat_tier = tier;
            }
        }
    }
    applied
}

/// R27: the organization and member marked the Primary Owner, if anyone is (the first).
pub fn primary_owner(doc: &ScenarioDoc) -> Option<(usize, usize)> {
    doc.organizations.iter().enumerate().find_map(|(i, o)| {
        let j = o
            .members
            .iter()
            .position(|m| m.primary_owner == Some(true))?;
        Some((i, j))
    })
}

/// The user at `i`, copied first if an earlier document shares it.
fn user(doc: &mut ScenarioDoc, i: usize) -> Option<&mut UserDoc> {
    doc.directory.users.get_mut(i).map(Arc::make_mut)
}

/// The member at `j` of organization `i`, copied first if an earlier document shares it.
fn member(doc: &mut ScenarioDoc, i: usize, j: usize) -> Option<&mut MemberDoc> {
    doc.organizations
        .get_mut(i)?
        .members
        .get_mut(j)
        .map(Arc::make_mut)
}

fn plan_tiers(doc: &ScenarioDoc) -> &'static [SeatTier] {
    Plan::from_id(&doc.plan).map_or(&[], Plan::seat_tiers)
}

fn provisioning(o: &mut OrganizationDoc) -> &mut ProvisioningDoc {
    o.provisioning.get_or_insert_with(ProvisioningDoc::default)
}

fn mappings(o: &mut OrganizationDoc) -> &mut GroupMappingsDoc {
    provisioning(o)
        .group_mappings
        .get_or_insert_with(GroupMappingsDoc::default)
}

/// Drops empty objects an edit may leave behind.
fn tidy(o: &mut OrganizationDoc) {
    if let Some(p) = &mut o.provisioning {
        if p.group_mappings.as_ref() == Some(&GroupMappingsDoc::default()) {
            p.group_mappings = None;
        }
        if *p == ProvisioningDoc::default() {
            o.provisioning = None;
        }
    }
}

/// The precedence in force: the override, or the product's default.
pub fn precedence(o: &OrganizationDoc) -> Vec<String> {
    let written = o
        .provisioning
        .as_ref()
        .and_then(|p| p.group_mappings.as_ref())
        .and_then(|g| g.role_precedence.clone());
    written.unwrap_or_else(|| {
        Product::from_id(&o.product)
            .map(|p| p.roles().iter().map(|r| r.id().to_owned()).collect())
            .unwrap_or_default()
    })
}

/// Whether two neighbours of a precedence list may swap: only roles R3 cannot rank.
pub fn may_swap(product: Product, a: &str, b: &str) -> bool {
    match (Role::from_id(a), Role::from_id(b)) {
        (Some(a), Some(b)) => product.has_role(a) && product.compare_roles(a, b).is_none(),
        _ => true,
    }
}

fn unique_org_id(doc: &ScenarioDoc, base: &str) -> String {
    let taken = |id: &str| doc.organizations.iter().any(|o| o.id == id);
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

/// R1: renames seat tiers when the plan changes, highest to highest, the rest to the lowest.
/// Returns whether anything was renamed.
fn carry_tiers(doc: &mut ScenarioDoc, from: Plan, to: Plan) -> bool {
    let (old, new) = (from.seat_tiers(), to.seat_tiers());
    if old == new || old.is_empty() || new.is_empty() {
        return false;
    }
    let map = |id: &str| -> Option<String> {
        let pos = old.iter().position(|t| t.id() == id)?;
        let t = new.get(pos).or(new.last())?;
        Some(t.id().to_owned())
    };
    let mut changed = false;
    for o in &mut doc.organizations {
        if o.product != Product::Claude.id() {
            continue;
        }
        if let Some(seats) = &mut o.seats {
            let mut out = BTreeMap::new();
            for (tier, n) in core::mem::take(seats) {
                let key = map(&tier).unwrap_or(tier);
                let slot: &mut u32 = out.entry(key).or_default();
                *slot = slot.saturating_add(n);
            }
            *seats = out;
            changed = true;
        }
        for m in &mut o.members {
            if let Some(t) = m.seat_tier.as_deref().and_then(map) {
                Arc::make_mut(m).seat_tier = Some(t);
                changed = true;
            }
        }
        if let Some(g) = o
            .provisioning
            .as_mut()
            .and_then(|p| p.group_mappings.as_mut())
        {
            let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (tier, groups) in core::mem::take(&mut g.seat_tiers) {
                let key = map(&tier).unwrap_or(tier);
                let list = out.entry(key).or_default();
                for group in groups {
                    if !list.contains(&group) {
                        list.push(group);
                    }
                }
                changed = true;
            }
            g.seat_tiers = out;
        }
    }
    changed
}

/// Group names as typed: separated by commas or new lines, trimmed, once each.
pub fn split_groups(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for g in text.split([',', '\n', ';']) {
        let g = g.trim();
        if !g.is_empty() && !out.iter().any(|x| x == g) {
            out.push(g.to_owned());
        }
    }
    out
}

/// Email addresses in pasted text (lines, commas, `Name <email>`), in order, once each.
pub fn emails_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::default();
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';')) {
        let t = token.trim_matches(|c: char| matches!(c, '<' | '>' | '"' | '\'' | '(' | ')'));
        let t = t.strip_prefix("mailto:").unwrap_or(t);
        if provplan_core::scenario::email_problem(t).is_none()
            && seen.insert(t.to_ascii_lowercase(), 0).is_none()
        {
            out.push(t.to_owned());
        }
    }
    out
}

/// Every group name of the directory, sorted, once each.
pub fn directory_groups(doc: &ScenarioDoc) -> Vec<String> {
    let mut out: Vec<String> = doc
        .directory
        .users
        .iter()
        .flat_map(|u| u.groups.iter().cloned())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The groups a setup knows: per group name, how many directory users are in it, plus one
/// for each organization's mapping that names it.
pub fn group_use(doc: &ScenarioDoc) -> HashMap<String, usize> {
    let mut uses: HashMap<String, usize> = HashMap::default();
    for g in doc.directory.users.iter().flat_map(|u| &u.groups) {
        *uses.entry(g.clone()).or_insert(0) += 1;
    }
    for g in mapped_groups(doc) {
        *uses.entry(g).or_insert(0) += 1;
    }
    uses
}

/// The groups the enabled group mappings of every organization name, in order, once each.
pub fn mapped_groups(doc: &ScenarioDoc) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::default();
    let mut out = Vec::new();
    for o in &doc.organizations {
        let Some(m) = o
            .provisioning
            .as_ref()
            .and_then(|p| p.group_mappings.as_ref())
        else {
            continue;
        };
        if m.enabled != Some(true) {
            continue;
        }
        for g in m.roles.values().chain(m.seat_tiers.values()).flatten() {
            if seen.insert(g.clone(), 0).is_none() {
                out.push(g.clone());
            }
        }
    }
    out
}

/// How many directory users are in `group`.
pub fn group_size(doc: &ScenarioDoc, group: &str) -> usize {
    doc.directory
        .users
        .iter()
        .filter(|u| u.groups.iter().any(|g| g == group))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    fn doc() -> ScenarioDoc {
        examples::load(examples::DEFAULT).unwrap()
    }

    #[test]
    fn mapping_a_group_and_removing_it_leaves_no_trace() {
        let mut d = examples::empty();
        let before = d.clone();
        apply(
            &mut d,
            Edit::AddMappedGroup(0, Target::Role("owner".into()), " admins ".into()),
        );
        let roles = &d.organizations[0]
            .provisioning
            .as_ref()
            .unwrap()
            .group_mappings
            .as_ref()
            .unwrap()
            .roles;
        assert_eq!(roles["owner"], ["admins"]);
        apply(
            &mut d,
            Edit::RemoveMappedGroup(0, Target::Role("owner".into()), "admins".into()),
        );
        assert_eq!(d, before);
    }

    #[test]
    fn plan_change_carries_tiers_highest_to_highest() {
        let mut d = doc();
        let applied = apply(&mut d, Edit::SetPlan("enterprise_usage_based".into()));
        assert!(applied.tiers_carried.is_some());
        let o = &d.organizations[0];
        let seats = o.seats.as_ref().unwrap();
        assert_eq!(seats.get("chat_claude_code"), Some(&8));
        assert_eq!(seats.get("chat"), Some(&20));
        assert_eq!(o.members[0].seat_tier.as_deref(), Some("chat_claude_code"));
        assert!(provplan_core::Scenario::from_doc(&d).is_ok());

        let applied = apply(
            &mut d,
            Edit::SetPlan("enterprise_usage_based_single_seat".into()),
        );
        assert!(applied.tiers_carried.is_some());
        assert_eq!(
            d.organizations[0].seats.as_ref().unwrap().get("enterprise"),
            Some(&28)
        );
        assert!(provplan_core::Scenario::from_doc(&d).is_ok());
    }

    #[test]
    fn team_keeps_tier_names() {
        let mut d = doc();
        let applied = apply(&mut d, Edit::SetPlan("team".into()));
        assert_eq!(applied.tiers_carried, None);
        assert_eq!(d.plan, "team");
    }

    #[test]
    fn paste_adds_new_addresses_once() {
        let mut d = doc();
        let n = d.directory.users.len();
        let applied = apply(
            &mut d,
            Edit::PasteUsers(
                "new1@example.com, Ada <ADA@example.com>\nnew2@example.com new1@example.com junk"
                    .into(),
            ),
        );
        assert_eq!(applied.pasted, Some((2, 1)));
        assert_eq!(d.directory.users.len(), n + 2);
        assert_eq!(d.directory.users[n].email, "new1@example.com");
        // The same person as the engine sees it: emails compared as `email_key` compares them.
        let applied = apply(
            &mut d,
            Edit::PasteUsers("straße@example.com STRASSE@EXAMPLE.COM".into()),
        );
        assert_eq!(applied.pasted, Some((1, 1)));
    }

    #[test]
    fn precedence_moves_only_unrankable_roles_in_the_ui_and_resets() {
        let mut d = doc();
        assert!(may_swap(Product::Console, "developer", "billing"));
        assert!(!may_swap(Product::Console, "admin", "developer"));
        // Billing climbs past Limited Developer and Developer, which it cannot be ranked against.
        apply(&mut d, Edit::MovePrecedence(1, 3, true));
        apply(&mut d, Edit::MovePrecedence(1, 2, true));
        assert_eq!(
            precedence(&d.organizations[1]),
            [
                "admin",
                "billing",
                "developer",
                "limited_developer",
                "claude_code_user",
                "user"
            ]
        );
        assert!(provplan_core::Scenario::from_doc(&d).is_ok());
        apply(&mut d, Edit::ResetPrecedence(1));
        assert_eq!(d, doc());
    }

    #[test]
    fn r27_one_owner_is_the_primary_owner_and_the_mark_never_moves_silently() {
        let valid = |d: &ScenarioDoc| provplan_core::Scenario::from_doc(d).is_ok();
        let mut d = doc();
        // The Claude organization's members: Ada and Cy (Owners), former (a User).
        apply(&mut d, Edit::SetPrimaryOwner(0, 2, true));
        assert_eq!(primary_owner(&d), None, "only an Owner");
        apply(&mut d, Edit::SetPrimaryOwner(0, 1, true));
        assert_eq!(primary_owner(&d), Some((0, 1)));
        assert_eq!(d.organizations[0].members[1].primary_owner, Some(true));
        assert!(valid(&d));
        // Another Owner is not marked while Cy is: Cy's mark is cleared first, then Ada's set.
        apply(&mut d, Edit::SetPrimaryOwner(0, 0, true));
        assert_eq!(primary_owner(&d), Some((0, 1)));
        apply(&mut d, Edit::SetPrimaryOwner(0, 1, false));
        assert_eq!(d, doc(), "no mark is written as none");
        apply(&mut d, Edit::SetPrimaryOwner(0, 0, true));
        assert_eq!(primary_owner(&d), Some((0, 0)));
        // Another role clears the mark: the document stays valid.
        apply(&mut d, Edit::SetMemberRole(0, 0, "admin".into()));
        assert_eq!(primary_owner(&d), None);
        assert!(valid(&d));
        apply(&mut d, Edit::SetMemberRole(0, 0, "owner".into()));
        assert_eq!(primary_owner(&d), None, "not marked again by itself");
        // A Console member has no Owner role to be marked with.
        apply(&mut d, Edit::SetPrimaryOwner(1, 0, true));
        assert_eq!(primary_owner(&d), None);
    }

    #[test]
    fn groups_are_added_once_and_removed_by_name() {
        let mut d = doc();
        let before = d.directory.users[0].groups.clone();
        let first = before[0].clone();
        apply(&mut d, Edit::AddUserGroups(0, format!(" x , {first},y")));
        let mut want = before.clone();
        want.extend(["x".to_owned(), "y".to_owned()]);
        assert_eq!(d.directory.users[0].groups, want);
        apply(&mut d, Edit::RemoveUserGroup(0, "x".into()));
        apply(&mut d, Edit::RemoveUserGroup(0, "y".into()));
        assert_eq!(d.directory.users[0].groups, before);
        apply(&mut d, Edit::RemoveUserGroup(0, first.clone()));
        assert!(!d.directory.users[0].groups.contains(&first));
    }

    #[test]
    fn groups_are_split_and_trimmed() {
        assert_eq!(split_groups(" a, b ,,a\nc;"), ["a", "b", "c"]);
    }

    #[test]
    fn out_of_range_edits_change_nothing() {
        let mut d = doc();
        for e in [
            Edit::RemoveOrganization(9),
            Edit::SetUserEmail(99, "x@y".into()),
            Edit::RemoveMember(0, 99),
            Edit::MovePrecedence(1, 0, true),
            Edit::MovePrecedence(1, 5, false),
        ] {
            apply(&mut d, e);
        }
        assert_eq!(d, doc());
    }

    #[test]
    fn capacity_toggle_writes_every_tier() {
        let mut d = examples::empty();
        apply(&mut d, Edit::SetCapacityChecked(0, true));
        assert_eq!(
            d.organizations[0]
                .seats
                .as_ref()
                .unwrap()
                .keys()
                .collect::<Vec<_>>(),
            ["premium", "standard"]
        );
        apply(&mut d, Edit::SetCapacityChecked(0, false));
        assert_eq!(d.organizations[0].seats, None);
    }

    #[test]
    fn added_organizations_get_unique_ids() {
        let mut d = doc();
        apply(&mut d, Edit::AddOrganization(Product::Console));
        apply(&mut d, Edit::AddOrganization(Product::Console));
        let ids: Vec<&str> = d.organizations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["claude", "research-console", "console", "console-2"]);
    }
}
