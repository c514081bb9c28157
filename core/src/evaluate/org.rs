//! What evaluating one organization needs to know, worked out once: its effective mode (R6,
//! R7), its seat tiers (R1, R16), and its group mappings as bit masks per group and as a
//! table of R11's decision for every set of mapped roles.

use crate::catalog::{Mode, Product, Role, SeatTier};
use crate::scenario::{GroupId, OrgSettings, Organization, Scenario};

use super::Source;

pub(crate) struct Org<'s> {
    pub sc: &'s Scenario,
    pub org: &'s Organization,
    /// The organization's index in the scenario.
    pub index: usize,
    /// The mode and group mappings as chosen (by the scenario, or by the comparison).
    pub set: OrgSettings,
    /// R7: whether the chosen mode is available on the plan.
    pub mode_eligible: bool,
    /// R7: the mode evaluated (`manual` in place of an ineligible one).
    pub mode: Mode,
    /// R6: group mappings are switched on and the mode is JIT or SCIM.
    pub agm: bool,
    pub claude: bool,
    /// R1: the organization's seat tiers, highest first (none on Console).
    pub tiers: &'static [SeatTier],
    /// R16: seat-tier mappings apply only on Claude organizations with a choice of tiers.
    pub tier_mapping_applies: bool,
    /// R15: the mappings name at least one seat-tier group.
    pub tier_groups_mapped: bool,
    /// Per group id, the bits of the roles and of the tiers mapped to it (empty without AGM):
    /// both in one load, as the pass over every user's groups reads them.
    masks: Vec<[u8; 2]>,
    /// R11: per set of mapped roles (a bit mask), the role chosen and, where the precedence
    /// list had to decide, the role it could not be ranked against.
    roles: [(Option<Role>, Option<Role>); ROLE_SETS],
}

/// Every set of roles as a bit mask (`1 << role.bit()`): 2⁷ for R3's seven roles.
pub(super) const ROLE_SETS: usize = 1 << Role::ALL.len();
/// The bits of a role mask.
pub(super) const ROLE_BITS: u8 = (ROLE_SETS - 1) as u8;

impl<'s> Org<'s> {
    pub(crate) fn new(sc: &'s Scenario, index: usize, set: OrgSettings) -> Option<Org<'s>> {
        let org = sc.organizations.get(index)?;
        let plan = sc.plan;
        let mode_eligible = plan.allows(org.product, set.mode);
        let mode = super::effective_mode(sc, index, set);
        let agm = set.agm_enabled && mode != Mode::Manual;
        let claude = org.product == Product::Claude;
        let mut o = Org {
            sc,
            org,
            index,
            set,
            mode_eligible,
            mode,
            agm,
            claude,
            tiers: if claude { plan.seat_tiers() } else { &[] },
            tier_mapping_applies: claude && !plan.is_single_seat(),
            tier_groups_mapped: org.tier_mappings.iter().any(|(_, g)| !g.is_empty()),
            masks: Vec::new(),
            roles: role_table(org),
        };
        if agm {
            o.masks = masks(sc, org, o.tier_mapping_applies);
        }
        Some(o)
    }

    /// The bits of the roles and of the tiers mapped to any of `groups` (none without AGM).
    pub(crate) fn masks_of(&self, groups: &[GroupId]) -> [u8; 2] {
        let (mut roles, mut tiers) = (0u8, 0u8);
        if self.agm {
            for g in groups {
                let [r, t] = self.masks.get(*g as usize).copied().unwrap_or_default();
                roles |= r;
                tiers |= t;
            }
        }
        [roles, tiers]
    }

    /// R11: the role that `groups` (whose mapped roles are `rmask`) give, the first group in
    /// name order that gives it, and the rival role the precedence list had to beat; `None`
    /// when no group of theirs is mapped to a role.
    pub(crate) fn role_of(
        &self,
        groups: &[GroupId],
        rmask: u8,
    ) -> Option<(Role, GroupId, Option<Role>)> {
        let (role, rival) = self
            .roles
            .get(usize::from(rmask & ROLE_BITS))
            .copied()
            .unwrap_or((None, None));
        let role = role?;
        let group = first_group(groups, |g| {
            self.masks
                .get(g as usize)
                .is_some_and(|[r, _]| r & (1 << role.bit()) != 0)
        });
        Some((role, group, rival))
    }

    /// R14: the highest of the plan's tiers whose bit is in `tmask` (the tiers the user's
    /// groups are mapped to), if any.
    pub(crate) fn highest_tier(&self, tmask: u8) -> Option<SeatTier> {
        self.tiers
            .iter()
            .copied()
            .find(|t| tmask & (1 << t.bit()) != 0)
    }

    /// R14/R15: where a tier comes from: the first of `groups` mapped to it, or the default.
    pub(crate) fn tier_source(&self, groups: &[GroupId], tier: Option<SeatTier>) -> Source {
        match tier {
            Some(t) => Source::Group(first_group(groups, |g| {
                self.masks
                    .get(g as usize)
                    .is_some_and(|[_, b]| b & (1 << t.bit()) != 0)
            })),
            None => Source::Default,
        }
    }

    /// Group ids of the role mappings and/or the seat-tier mappings, sorted, once each.
    pub(super) fn mapped_groups(&self, roles: bool, tiers: bool) -> Vec<GroupId> {
        let role_groups = self
            .org
            .role_mappings
            .iter()
            .filter(|_| roles)
            .flat_map(|(_, g)| g.iter());
        let tier_groups = self
            .org
            .tier_mappings
            .iter()
            .filter(|_| tiers)
            .flat_map(|(_, g)| g.iter());
        let mut ids: Vec<GroupId> = role_groups.chain(tier_groups).copied().collect();
        crate::sort::ids(&mut ids);
        ids.dedup();
        ids
    }
}

/// Per group id, the bits of the roles and (where R16 lets them apply) tiers mapped to it.
fn masks(sc: &Scenario, org: &Organization, tiers_apply: bool) -> Vec<[u8; 2]> {
    let mut masks = vec![[0u8, 0u8]; sc.groups.len()];
    for (role, groups) in &org.role_mappings {
        for g in groups {
            if let Some([r, _]) = masks.get_mut(*g as usize) {
                *r |= 1 << role.bit();
            }
        }
    }
    if tiers_apply {
        for (tier, groups) in &org.tier_mappings {
            for g in groups {
                if let Some([_, t]) = masks.get_mut(*g as usize) {
                    *t |= 1 << tier.bit();
                }
            }
        }
    }
    masks
}

/// R3/R11: for each set of mapped roles (a bit mask), the role the precedence list chooses
/// and, where it had to decide, the role it could not be ranked against.
fn role_table(org: &Organization) -> [(Option<Role>, Option<Role>); ROLE_SETS] {
    let mut table = [(None, None); ROLE_SETS];
    for (mask, slot) in table.iter_mut().enumerate() {
        let has = |r: Role| mask & (1 << r.bit()) != 0;
        let chosen = org.precedence.iter().copied().find(|r| has(*r));
        let ambiguous = chosen.and_then(|c| {
            org.precedence.iter().copied().find(|r| {
                *r != c
                    && has(*r)
                    && org.product.compare_roles(c, *r).is_none()
                    // only a maximal role is a real rival
                    && !org.precedence.iter().any(|s| {
                        has(*s) && org.product.compare_roles(*s, *r) == Some(core::cmp::Ordering::Greater)
                    })
            })
        });
        *slot = (chosen, ambiguous);
    }
    table
}

/// The first group (in name order) of `groups` that passes `test`.
fn first_group(groups: &[GroupId], test: impl Fn(GroupId) -> bool) -> GroupId {
    groups.iter().copied().find(|g| test(*g)).unwrap_or(0)
}
