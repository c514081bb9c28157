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
    /// A current member in no seat-tier group where seat-tier groups are mapped: takes the
    /// default tier (R15), from the tier held now.
    MemberDefault(SeatTier),
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
        .then(|| o.highest_tier(tmask))
        .flatten();
    // R15: where the mappings name a seat-tier group, a member in none of them takes the
    // default tier like anyone else; where none is named, members keep theirs
    // [interpretation]. A member whose tier is not known keeps that seat.
    let members_default = o.agm && o.tier_mapping_applies && o.tier_groups_mapped;
    let need = match (member, explicit) {
        (Some(m), Some(t)) if m.seat_tier != Some(t) => SeatNeed::Change(t, m.seat_tier),
        (
            Some(Member {
                seat_tier: Some(t), ..
            }),
            None,
        ) if members_default => SeatNeed::MemberDefault(*t),
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
    /// A member taking the default tier (R15) ends with this one.
    Default(SeatTier),
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
    /// R17's queue: each user whose seat the allocation decided, in the order served.
    #[cfg(feature = "explain")]
    pub queue: Vec<Turn>,
}

/// R17: the turn of one user in the seat queue (what a trace shows of the allocation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Turn {
    /// The user's index in the organization's users.
    pub user: u32,
    pub phase: Phase,
    /// The seats of the tier decided that were free when the user was served, before they
    /// took one; `u32::MAX` when capacity is not checked (see [`Turn::free`]).
    free: u32,
}

impl Turn {
    /// The seats of the tier decided (taken or waited for) free when the user was served,
    /// before they took one; `None` when the scenario gives no purchased seats. For a member
    /// taking the default tier ([`Phase::MemberDefault`]), the seats of the tier they end on
    /// free once every move up was made.
    pub fn free(&self) -> Option<u32> {
        (self.free != u32::MAX).then_some(self.free)
    }
}

/// R17's order: the four groups of users served one after another, each in directory order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Members moving to the tier of their seat-tier groups (R14), in passes until none moves.
    MemberMove,
    /// New users whose groups name a tier (R14).
    NewExplicit,
    /// New users taking the default tier (R15, R16).
    NewDefault,
    /// Members in no seat-tier group moving up to the default tier, once nobody waits (R15).
    MemberDefault,
}

/// R14–R17: hand out seats. Seats already held stay held; members moving tier go first and
/// free their old seat only when they get the new one; then new users with a tier from their
/// groups; then new users taking the default tier; each in directory order; last, once nobody
/// waits, members in no seat-tier group move up to the default tier (R15). `done` is called
/// once with each outcome it decides, when that outcome is final.
///
/// Seats are decided from `needs` alone, in the order R17 serves them; the outcomes are then
/// written in one pass in directory order (at 100,000 users, going through them in several
/// orders costs more than the decisions).
pub(super) fn allocate(
    o: &Org<'_>,
    users: &mut [UserOutcome],
    needs: &[(u32, SeatNeed)],
    done: impl FnMut(usize, &mut UserOutcome),
) -> SeatResult {
    let mut pool = Pool::new(o);
    let mut decided = vec![Decided::Nothing; needs.len()];
    #[cfg(feature = "explain")]
    {
        let contested = needs
            .iter()
            .filter(|(_, n)| !matches!(n, SeatNeed::None | SeatNeed::Keep(_)))
            .count();
        pool.queue = Vec::with_capacity(contested);
    }
    pool.hold_current(needs);
    let movers = pool.move_members(needs, &mut decided);
    pool.seat_new_explicit(needs, &mut decided);
    pool.seat_new_default(needs, &mut decided);
    let moved_up = pool.move_default_members(needs, &mut decided);
    let short = write_outcomes(&mut pool, users, needs, &decided, done);
    // Whether the serving order can matter (the R17 note).
    let order_matters = movers
        || moved_up
        || (needs
            .iter()
            .any(|(_, n)| matches!(n, SeatNeed::NewExplicit(_)))
            && needs.iter().any(|(_, n)| matches!(n, SeatNeed::NewDefault)));
    let (table, shortfall_total) = pool.table();
    #[cfg(feature = "explain")]
    let queue = core::mem::take(&mut pool.queue);
    SeatResult {
        #[cfg(feature = "explain")]
        queue,
        table,
        checked: pool.purchased.is_some(),
        shortfall_total,
        short,
        changers_first: order_matters && pool.purchased.is_some(),
    }
}

/// The seats of an organization's tiers (R1 order) while they are handed out.
struct Pool {
    tiers: &'static [SeatTier],
    /// Purchased per tier; `None` when the scenario gives none (capacity is not checked).
    purchased: Option<Vec<u32>>,
    held: Vec<i64>,
    /// Of the seats held, those of users who take them only at sign-in (`pending_login`).
    pending: Vec<u32>,
    /// Seats wanted and not had, per tier.
    unmet: Vec<u32>,
    /// R17's queue as it is served.
    #[cfg(feature = "explain")]
    queue: Vec<Turn>,
}

impl Pool {
    fn new(o: &Org<'_>) -> Pool {
        let n = o.tiers.len();
        Pool {
            tiers: o.tiers,
            purchased: o
                .org
                .seats
                .as_ref()
                .map(|s| s.iter().map(|(_, n)| *n).collect()),
            held: vec![0; n],
            pending: vec![0; n],
            unmet: vec![0; n],
            #[cfg(feature = "explain")]
            queue: Vec::new(),
        }
    }

    /// The seats of the tier at `i` free now (`u32::MAX` when capacity is not checked).
    #[cfg(feature = "explain")]
    fn free_count(&self, i: usize) -> u32 {
        match &self.purchased {
            Some(p) => {
                let n = i64::from(p.get(i).copied().unwrap_or(0))
                    - self.held.get(i).copied().unwrap_or(0);
                u32::try_from(n.max(0)).unwrap_or(0)
            }
            None => u32::MAX,
        }
    }

    /// Records the turn of the user of need `k`, whose tier (at `i`) is decided now.
    fn turn(&mut self, needs: &[(u32, SeatNeed)], k: usize, phase: Phase, i: Option<usize>) {
        // Recorded for the trace only (the `explain` feature).
        #[cfg(feature = "explain")]
        if let Some((user, _)) = needs.get(k) {
            let free = i.map_or(0, |i| self.free_count(i));
            self.queue.push(Turn {
                user: *user,
                phase,
                free,
            });
        }
        #[cfg(not(feature = "explain"))]
        let _ = (needs, k, phase, i);
    }

    fn index(&self, t: SeatTier) -> Option<usize> {
        self.tiers.iter().position(|x| *x == t)
    }

    /// Whether a seat of the tier at `i` is free (always, when capacity is not checked).
    fn free(&self, i: usize) -> bool {
        match &self.purchased {
            Some(p) => {
                i64::from(p.get(i).copied().unwrap_or(0)) - self.held.get(i).copied().unwrap_or(0)
                    > 0
            }
            None => true,
        }
    }

    fn hold(&mut self, i: usize, d: i64) {
        if let Some(h) = self.held.get_mut(i) {
            *h += d;
        }
    }

    /// R17: no free seat of `t`; counted toward its shortfall.
    fn wait(&mut self, t: SeatTier) -> Decided {
        if let Some(x) = self.index(t).and_then(|i| self.unmet.get_mut(i)) {
            *x += 1;
        }
        Decided::Waits(t)
    }

    /// R17: every seat held now stays held, blocked members' included (R10).
    fn hold_current(&mut self, needs: &[(u32, SeatNeed)]) {
        for (_, need) in needs {
            if let SeatNeed::Keep(Some(t))
            | SeatNeed::Change(_, Some(t))
            | SeatNeed::MemberDefault(t) = need
                && let Some(i) = self.index(*t)
            {
                self.hold(i, 1);
            }
        }
    }

    /// R14/R17: members moving to an explicit tier take it if free, else keep theirs. A seat
    /// one of them gives up may let another move: passes repeat until none moves. Returns
    /// whether there were any movers.
    fn move_members(&mut self, needs: &[(u32, SeatNeed)], decided: &mut [Decided]) -> bool {
        let mut pending: Vec<(usize, SeatTier, Option<SeatTier>)> = needs
            .iter()
            .enumerate()
            .filter_map(|(k, (_, need))| match need {
                SeatNeed::Change(to, from) => Some((k, *to, *from)),
                _ => None,
            })
            .collect();
        let any = !pending.is_empty();
        loop {
            let before = pending.len();
            pending.retain(|(k, to, from)| {
                let Some(ti) = self.index(*to) else {
                    return false;
                };
                if !self.free(ti) {
                    return true;
                }
                self.turn(needs, *k, Phase::MemberMove, Some(ti));
                self.hold(ti, 1);
                if let Some(old) = from.and_then(|t| self.index(t)) {
                    self.hold(old, -1);
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
        // R17: the others keep their old seat; counted toward the new tier's shortfall only.
        for (k, to, _) in pending {
            self.turn(needs, k, Phase::MemberMove, self.index(to));
            let d = self.wait(to);
            if let Some(slot) = decided.get_mut(k) {
                *slot = d;
            }
        }
        any
    }

    /// R15/R17: members in no seat-tier group (where one is mapped) take the default tier last,
    /// once nobody is left waiting for a seat: each moves up to the highest tier with a free
    /// seat above the one held, in directory order, in passes until none moves (a seat one
    /// gives up higher still may let another move up). While someone waits, they keep their
    /// tier, so that the seats to buy are the same as if they did. Returns whether any moved.
    fn move_default_members(&mut self, needs: &[(u32, SeatNeed)], decided: &mut [Decided]) -> bool {
        let mut members: Vec<(usize, SeatTier)> = needs
            .iter()
            .enumerate()
            .filter_map(|(k, (_, need))| match need {
                SeatNeed::MemberDefault(held) => Some((k, *held)),
                _ => None,
            })
            .collect();
        let mut any = false;
        // Passes while someone moved; none at all while someone waits.
        let mut moved = self.unmet.iter().all(|n| *n == 0);
        while moved {
            moved = false;
            for (_, held) in &mut members {
                let Some(now) = self.index(*held) else {
                    continue;
                };
                if let Some(up) = (0..now).find(|i| self.free(*i))
                    && let Some(t) = self.tiers.get(up).copied()
                {
                    self.hold(up, 1);
                    self.hold(now, -1);
                    *held = t;
                    moved = true;
                }
            }
            any |= moved;
        }
        for (k, held) in members {
            self.turn(needs, k, Phase::MemberDefault, self.index(held));
            if let Some(slot) = decided.get_mut(k) {
                *slot = Decided::Default(held);
            }
        }
        any
    }

    /// R14: new users whose groups name a tier, in directory order.
    fn seat_new_explicit(&mut self, needs: &[(u32, SeatNeed)], decided: &mut [Decided]) {
        for (k, ((_, need), slot)) in needs.iter().zip(decided.iter_mut()).enumerate() {
            if let SeatNeed::NewExplicit(t) = need {
                self.turn(needs, k, Phase::NewExplicit, self.index(*t));
                *slot = match self.index(*t).filter(|i| self.free(*i)) {
                    Some(i) => {
                        self.hold(i, 1);
                        Decided::Seat(*t)
                    }
                    None => self.wait(*t),
                };
            }
        }
    }

    /// R15 (R16 on single-seat): new users in no seat-tier group take the highest tier with a
    /// free seat, after those who named one (so that buying the shortfall suffices); with
    /// none free, the shortfall counts toward the lowest tier.
    fn seat_new_default(&mut self, needs: &[(u32, SeatNeed)], decided: &mut [Decided]) {
        for (k, ((_, need), slot)) in needs.iter().zip(decided.iter_mut()).enumerate() {
            if let SeatNeed::NewDefault = need {
                let at = (0..self.tiers.len()).find(|i| self.free(*i));
                let last = self.tiers.len().checked_sub(1);
                self.turn(needs, k, Phase::NewDefault, at.or(last));
                *slot = match at {
                    Some(i) => {
                        self.hold(i, 1);
                        self.tiers
                            .get(i)
                            .copied()
                            .map_or(Decided::Nothing, Decided::Seat)
                    }
                    None => self.wait(self.tiers.last().copied().unwrap_or(SeatTier::Standard)),
                };
            }
        }
    }

    /// R17's table: per tier, purchased, held right after saving, taken at sign-in, and short
    /// (seats wanted and not had, and seats held or taken beyond the purchase); and the total
    /// short.
    fn table(&self) -> (SeatTable, u32) {
        let mut total = 0;
        let table = self
            .tiers
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let h = self.held.get(i).copied().unwrap_or(0).max(0);
                let held = u32::try_from(h).unwrap_or(u32::MAX);
                let pending = self.pending.get(i).copied().unwrap_or(0).min(held);
                let p = self.purchased.as_ref().and_then(|p| p.get(i).copied());
                let shortfall = match p {
                    Some(p) => self.unmet.get(i).copied().unwrap_or(0) + held.saturating_sub(p),
                    None => 0,
                };
                total += shortfall;
                (
                    *t,
                    SeatCount {
                        purchased: p,
                        assigned: held - pending,
                        pending,
                        shortfall,
                    },
                )
            })
            .collect();
        (SeatTable(table), total)
    }
}

/// The outcomes the allocation decided, in directory order; each is final then and given to
/// `done`. Returns the people left short of the seat they need (SEAT_SHORTFALL), in user
/// order.
fn write_outcomes(
    pool: &mut Pool,
    users: &mut [UserOutcome],
    needs: &[(u32, SeatNeed)],
    decided: &[Decided],
    mut done: impl FnMut(usize, &mut UserOutcome),
) -> Vec<PersonId> {
    let default_rule = if pool.tiers.len() == 1 { 16 } else { 15 };
    let mut short = Vec::new();
    for ((u, need), d) in needs.iter().zip(decided) {
        let Some(user) = users.get_mut(*u as usize) else {
            continue;
        };
        let explicit = matches!(need, SeatNeed::NewExplicit(_));
        let rule = if explicit { 14 } else { default_rule };
        match (need, *d) {
            (SeatNeed::Change(to, _), Decided::Moved) => {
                // `seat_source` already names the group of the tier.
                user.seat_tier = Some(*to);
                user.rules = user.rules.with(14);
            }
            (SeatNeed::MemberDefault(_), Decided::Default(t)) => {
                user.seat_tier = Some(t);
                user.seat_source = Some(Source::Default).into();
                user.rules = user.rules.with(15);
            }
            (SeatNeed::Change(..), Decided::Waits(to)) => {
                user.seat_tier = user.current_seat_tier;
                user.seat_source = Some(Source::Existing).into();
                user.wanted_seat_tier = Some(to);
                user.rules = user.rules.with(14).with(17);
                short.push(*u);
            }
            (SeatNeed::NewExplicit(_) | SeatNeed::NewDefault, Decided::Seat(t)) => {
                user.rules = user.rules.with(rule);
                user.seat_tier = Some(t);
                // Under JIT a new user takes the seat only at sign-in.
                if user.status == Status::PendingLogin
                    && let Some(n) = pool.index(t).and_then(|i| pool.pending.get_mut(i))
                {
                    *n += 1;
                }
                // An explicit tier's group was found with the need.
                let source = match user.seat_source.get() {
                    Some(s) if explicit => s,
                    _ => Source::Default,
                };
                user.seat_source = Some(source).into();
            }
            (SeatNeed::NewExplicit(_) | SeatNeed::NewDefault, Decided::Waits(t)) => {
                // R17: not added until a seat is free: no role, no seat.
                user.rules = user.rules.with(rule).with(17);
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
    short
        .iter()
        .filter_map(|i| users.get(*i as usize))
        .map(|u| u.person)
        .collect()
}
