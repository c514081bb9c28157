//! Seats (R14–R18): what each user needs from the seat pool of a Claude organization, and
//! who gets which seat when they run out (R17's order).

use crate::catalog::{Change, SeatTier, Status};
use crate::scenario::{GroupId, Member, PersonId};

use super::{Org, SeatCount, SeatTable, Source, UserOutcome};

/// What a user needs from the seat pool (R14–R17).
#[derive(Clone, Copy, Debug)]
pub(super) enum SeatNeed {
    None,
    /// Keeps the seat held now, of this tier (R15: no seat-tier group, or the same tier).
    Keep(Option<SeatTier>),
    /// A current member moving to an explicit tier (R14), from the tier held now.
    Change(SeatTier, Option<SeatTier>),
    /// A new user with an explicit tier (R14).
    NewExplicit(SeatTier),
    /// A new user with no seat-tier group (R15) or on single-seat Enterprise (R16).
    NewDefault,
}

/// R14–R16: the seat need of a user in scope of a Claude organization, from the tiers their
/// groups map to (`tmask`); fills in `out`'s tier and its source where they are known before
/// the allocation.
pub(super) fn need_of(
    o: &Org<'_>,
    out: &mut UserOutcome,
    member: Option<&Member>,
    groups: &[GroupId],
    tmask: u8,
) -> SeatNeed {
    // R14: the highest tier of the user's seat-tier groups.
    let explicit = (o.tier_mapping_applies && tmask != 0)
        .then(|| {
            o.tiers
                .iter()
                .copied()
                .find(|t| tmask & (1 << t.bit()) != 0)
        })
        .flatten();
    let need = match (member, explicit) {
        (Some(m), Some(t)) if m.seat_tier != Some(t) => SeatNeed::Change(t, m.seat_tier),
        (Some(m), _) => SeatNeed::Keep(m.seat_tier),
        (None, Some(t)) => SeatNeed::NewExplicit(t),
        (None, None) => SeatNeed::NewDefault,
    };
    // The group a wanted tier comes from, found while the user's groups are at hand; the
    // allocation keeps it if the seat is given (R14).
    if matches!(need, SeatNeed::Change(..) | SeatNeed::NewExplicit(_)) {
        out.seat_source = Some(o.tier_source(groups, explicit)).into();
    }
    if let (Some(m), SeatNeed::Keep(_)) = (member, need) {
        out.seat_tier = m.seat_tier;
        out.seat_source = Some(if explicit.is_some() {
            o.tier_source(groups, explicit)
        } else {
            Source::Existing
        })
        .into();
        if o.agm && o.tier_mapping_applies {
            out.rules = out.rules.with(if explicit.is_some() { 14 } else { 15 });
        }
    }
    need
}

/// What the allocation decided for a user with a seat need.
#[derive(Clone, Copy, Debug)]
enum Decided {
    Nothing,
    /// A mover took the tier wanted.
    Moved,
    /// A seat of this tier.
    Seat(SeatTier),
    /// No free seat of this tier (a mover keeps their seat meanwhile).
    Waits(SeatTier),
}

pub(super) struct SeatResult {
    pub table: SeatTable,
    /// R17: false when the scenario gives no purchased seats.
    pub checked: bool,
    pub shortfall_total: u32,
    /// People listed in SEAT_SHORTFALL (not added, or kept on their old tier), in user order.
    pub short: Vec<PersonId>,
    /// Whether the serving order of R17 could matter (the R17 note).
    pub changers_first: bool,
}

/// R14–R17: hand out seats. Seats already held stay held; members moving tier go first and
/// free their old seat only when they get the new one; then new users with a tier from their
/// groups; then new users taking the default tier; each in directory order. `done` is called
/// once with each outcome it decides, when that outcome is final.
pub(super) fn allocate(
    o: &Org<'_>,
    users: &mut [UserOutcome],
    needs: &[(u32, SeatNeed)],
    mut done: impl FnMut(usize, &mut UserOutcome),
) -> SeatResult {
    let tiers = o.tiers;
    let n = tiers.len();
    let idx = |t: SeatTier| tiers.iter().position(|x| *x == t);
    let purchased: Option<Vec<u32>> = o
        .org
        .seats
        .as_ref()
        .map(|s| s.iter().map(|(_, n)| *n).collect());
    let checked = purchased.is_some();
    let mut held = vec![0i64; n];
    let mut unmet = vec![0u32; n];
    let mut short = Vec::new();
    let cap = |held: &[i64], i: usize| -> i64 {
        match &purchased {
            Some(p) => {
                i64::from(p.get(i).copied().unwrap_or(0)) - held.get(i).copied().unwrap_or(0)
            }
            None => i64::MAX,
        }
    };
    let bump = |held: &mut Vec<i64>, i: usize, d: i64| {
        if let Some(h) = held.get_mut(i) {
            *h += d;
        }
    };

    // Seats are decided from `needs` alone, in the order R17 serves them; the outcomes are
    // then written in one pass in directory order (at 100,000 users, going through them in
    // several orders costs more than the decisions).
    let mut decided = vec![Decided::Nothing; needs.len()];

    // Phase 1: every seat held now stays held (R17), including blocked members' (R10).
    for (_, need) in needs {
        if let SeatNeed::Keep(Some(t)) | SeatNeed::Change(_, Some(t)) = need {
            if let Some(i) = idx(*t) {
                bump(&mut held, i, 1);
            }
        }
    }
    // Phase 2a: members moving to an explicit tier (R14) take it if free, else keep theirs.
    // A seat one of them gives up may let another move: passes repeat until none moves.
    let mut pending: Vec<(usize, SeatTier, Option<SeatTier>)> = needs
        .iter()
        .enumerate()
        .filter_map(|(k, (_, need))| match need {
            SeatNeed::Change(to, from) => Some((k, *to, *from)),
            _ => None,
        })
        .collect();
    // Whether the serving order can matter (the R17 note).
    let order_matters = !pending.is_empty()
        || (needs
            .iter()
            .any(|(_, n)| matches!(n, SeatNeed::NewExplicit(_)))
            && needs.iter().any(|(_, n)| matches!(n, SeatNeed::NewDefault)));
    loop {
        let before = pending.len();
        pending.retain(|(k, to, from)| {
            let Some(ti) = idx(*to) else { return false };
            if cap(&held, ti) <= 0 {
                return true;
            }
            bump(&mut held, ti, 1);
            if let Some(old) = from.and_then(idx) {
                bump(&mut held, old, -1);
            }
            if let Some(d) = decided.get_mut(*k) {
                *d = Decided::Moved;
            }
            false
        });
        if pending.len() == before {
            break;
        }
    }
    for (k, to, _) in pending {
        // R17: keeps its old seat; counted toward the new tier's shortfall only.
        if let Some(x) = idx(to).and_then(|i| unmet.get_mut(i)) {
            *x += 1;
        }
        if let Some(d) = decided.get_mut(k) {
            *d = Decided::Waits(to);
        }
    }
    // Phase 2b: new users, in directory order: first those whose groups name a tier (R14),
    // then those taking the default tier (R15), so that buying the shortfall suffices.
    for (k, (_, need)) in needs.iter().enumerate() {
        if let SeatNeed::NewExplicit(t) = need {
            let got = idx(*t).is_some_and(|i| cap(&held, i) > 0);
            let d = if got {
                if let Some(i) = idx(*t) {
                    bump(&mut held, i, 1);
                }
                Decided::Seat(*t)
            } else {
                if let Some(x) = idx(*t).and_then(|i| unmet.get_mut(i)) {
                    *x += 1;
                }
                Decided::Waits(*t)
            };
            if let Some(slot) = decided.get_mut(k) {
                *slot = d;
            }
        }
    }
    for (k, (_, need)) in needs.iter().enumerate() {
        if let SeatNeed::NewDefault = need {
            // R15 (R16 on single-seat): the highest tier with a free seat; with none, the
            // shortfall counts toward the lowest tier.
            let d = match (0..n).find(|i| cap(&held, *i) > 0) {
                Some(i) => {
                    bump(&mut held, i, 1);
                    tiers
                        .get(i)
                        .copied()
                        .map_or(Decided::Nothing, Decided::Seat)
                }
                None => {
                    let t = tiers.last().copied().unwrap_or(SeatTier::Standard);
                    if let Some(x) = idx(t).and_then(|i| unmet.get_mut(i)) {
                        *x += 1;
                    }
                    Decided::Waits(t)
                }
            };
            if let Some(slot) = decided.get_mut(k) {
                *slot = d;
            }
        }
    }

    // The outcomes, in directory order.
    let default_rule = if tiers.len() == 1 { 16 } else { 15 };
    for ((u, need), d) in needs.iter().zip(&decided) {
        let Some(user) = users.get_mut(*u as usize) else {
            continue;
        };
        match (need, *d) {
            (SeatNeed::Change(to, _), Decided::Moved) => {
                // `seat_source` already names the group of the tier.
                user.seat_tier = Some(*to);
                user.rules = user.rules.with(14);
            }
            (SeatNeed::Change(..), Decided::Waits(to)) => {
                user.seat_tier = user.current_seat_tier;
                user.seat_source = Some(Source::Existing).into();
                user.wanted_seat_tier = Some(to);
                user.rules = user.rules.with(14).with(17);
                short.push(*u);
            }
            (SeatNeed::NewExplicit(_) | SeatNeed::NewDefault, Decided::Seat(t)) => {
                let explicit = matches!(need, SeatNeed::NewExplicit(_));
                user.rules = user.rules.with(if explicit { 14 } else { default_rule });
                user.seat_tier = Some(t);
                user.seat_source = Some(if explicit {
                    user.seat_source.get().unwrap_or(Source::Default)
                } else {
                    Source::Default
                })
                .into();
            }
            (SeatNeed::NewExplicit(_) | SeatNeed::NewDefault, Decided::Waits(t)) => {
                let explicit = matches!(need, SeatNeed::NewExplicit(_));
                user.rules = user
                    .rules
                    .with(if explicit { 14 } else { default_rule })
                    .with(17);
                user.status = Status::NotAdded;
                user.seat_source = None.into();
                user.wanted_seat_tier = Some(t);
                user.role = None;
                user.role_source = None.into();
                user.change = Change::None;
                short.push(*u);
            }
            _ => continue,
        }
        done(*u as usize, user);
    }
    crate::sort::ids(&mut short);
    let short = short
        .iter()
        .filter_map(|i| users.get(*i as usize))
        .map(|u| u.person)
        .collect();

    let mut total = 0;
    let table = tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let h = held.get(i).copied().unwrap_or(0).max(0);
            let assigned = u32::try_from(h).unwrap_or(u32::MAX);
            let p = purchased.as_ref().and_then(|p| p.get(i).copied());
            // Seats held beyond the purchase count as shortfall too.
            let over = p.map_or(0, |p| assigned.saturating_sub(p));
            let shortfall = if checked {
                unmet.get(i).copied().unwrap_or(0) + over
            } else {
                0
            };
            total += shortfall;
            (
                *t,
                SeatCount {
                    purchased: p,
                    assigned,
                    shortfall,
                },
            )
        })
        .collect();
    SeatResult {
        table: SeatTable(table),
        checked,
        shortfall_total: total,
        short,
        changers_first: order_matters && checked,
    }
}
