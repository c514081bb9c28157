//! Findings (CONTRACT.md §3): every finding is defined once, in the table below — its code,
//! severity, rule, advice and the typed [`Detail`] it carries — and raised by one function
//! named after its rule (`r17_seat_shortfall`). The English sentences are in `words.rs`; the
//! JSON (`subjects`, `params`) is written from the detail by `write.rs`.
//!
//! To add a finding: a line in `findings!`, a function here called from [`of_org`] or
//! [`of_scenario`], its sentence in `words::message`; the compiler then points at every
//! `match` that must know it (the subjects and params below, the app's words).

use crate::catalog::{Idp, Mode, Plan, Product, Role, SeatTier, Severity, Status};
use crate::scenario::{GroupId, PersonId, RemovalLimit, Scenario};

use super::seats::SeatResult;
use super::{Org, Tallied};

/// Defines [`Code`] (with its severity, rule and advice) and [`Detail`] from one table.
macro_rules! findings {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $id:literal, $severity:ident, $rule:literal,
        $advice:literal { $($field:ident: $ty:ty),* $(,)? }
    )+) => {
        crate::catalog::id_enum! {
            /// Finding codes, in catalogue order. The first eighteen are fixed by the contract.
            Code { $($variant = $id),+ }
        }

        impl Code {
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),+ }
            }

            /// The rule that raises the finding.
            pub const fn rule(self) -> &'static str {
                match self { $(Code::$variant => $rule),+ }
            }

            /// What an admin should do about the finding (English; the app translates by
            /// code).
            pub const fn advice(self) -> &'static str {
                match self { $(Code::$variant => $advice),+ }
            }
        }

        /// What a finding is about, one variant per [`Code`]: people, groups and
        /// organizations as ids (their names are looked up when the finding is written or
        /// shown), and the values its words need.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Detail {
            $($(#[$doc])* $variant { $($field: $ty),* }),+
        }

        impl Detail {
            pub const fn code(&self) -> Code {
                match self { $(Detail::$variant { .. } => Code::$variant),+ }
            }
        }
    };
}

findings! {
    /// R7: SCIM chosen where the plan does not offer it.
    ScimNotEligible = "SCIM_NOT_ELIGIBLE", Error, "R7",
    "SCIM needs an Enterprise plan (or a Console organization that is its own parent or joined to an Enterprise parent); choose JIT or Invite only, or upgrade the plan"
    { plan: Plan, product: Product }

    /// R8: organizations (indices) in SCIM mode while directory sync is not connected.
    ScimNotConnected = "SCIM_NOT_CONNECTED", Error, "R8",
    "connect directory sync (SCIM) in your identity provider first (guide step 2), then come back to set the mode"
    { orgs: Vec<usize> }

    /// R9: the organizations (indices) every assigned user is provisioned into.
    ScimFanout = "SCIM_FANOUT", Info, "R9",
    "a user assigned to the app is provisioned into every organization in SCIM mode; use group mappings to keep each organization to its own people"
    { orgs: Vec<usize> }

    /// R6: group mappings switched on in Manual mode.
    AgmNoEffect = "AGM_NO_EFFECT", Warning, "R6",
    "group mappings only work with JIT or SCIM; choose one of those modes or turn group mappings off"
    {}

    /// R11 [interpretation]: people given the User role because only a seat-tier group put
    /// them in scope.
    RoleDefaulted = "ROLE_DEFAULTED", Info, "R11",
    "these users are in a seat-tier group but in no role group, so they get User; add them to a role group if they need more"
    { people: Vec<PersonId> }

    /// R11: a person whose mapped roles cannot be ranked; the precedence list chose.
    RoleAmbiguous = "ROLE_AMBIGUOUS", Warning, "R11",
    "the two roles cannot be ranked, so the precedence list decides; keep the user in one of the groups, or set the precedence you want"
    { person: PersonId, chosen: Role, rival: Role }

    /// R12: current members removed by saving (SCIM).
    MembersRemovedOnSave = "MEMBERS_REMOVED_ON_SAVE", Warning, "R12",
    "do not save yet: assign these people to the app (and, with group mappings, to a mapped group) first, or accept that they lose access"
    { people: Vec<PersonId> }

    /// R12: current members blocked by saving (JIT).
    MembersBlocked = "MEMBERS_BLOCKED", Warning, "R12",
    "do not save yet: assign these people to the app (and, with group mappings, to a mapped group) first; otherwise they cannot sign in and must be removed by hand"
    { people: Vec<PersonId> }

    /// R13: mapped groups ignored while group mappings are off.
    MappingsIgnored = "MAPPINGS_IGNORED", Info, "R13",
    "turn on advanced group mappings to use these mappings; until then roles and seats change only by hand"
    { groups: Vec<GroupId> }

    /// R15: people in no seat-tier group, and how many took each tier (R1 order).
    DefaultSeatTier = "DEFAULT_SEAT_TIER", Info, "R15",
    "users in no seat-tier group take the highest tier with a free seat, usually the dearest; add them to a seat-tier group to choose"
    { people: Vec<PersonId>, tiers: Vec<(SeatTier, u32)> }

    /// R16: seat-tier mappings where the organization has no tiers to map.
    SeatTierMappingNotApplicable = "SEAT_TIER_MAPPING_NOT_APPLICABLE", Warning, "R16",
    "remove these seat-tier mappings: this organization has no seat tiers to map (single-seat Enterprise or Console)"
    { groups: Vec<GroupId>, product: Product }

    /// R17: the people left without the seat they need, and the seats to buy per tier (R1
    /// order).
    SeatShortfall = "SEAT_SHORTFALL", Error, "R17",
    "buy the missing seats at Organization settings > Billing (or move users to a tier with free seats); under SCIM, then click \"Sync now\" or wait for the next sync cycle; under JIT, a waiting user joins at their next sign-in once a seat is free"
    { people: Vec<PersonId>, tiers: Vec<(SeatTier, u32)> }

    /// R19: no assigned user in a group mapped to the privileged role (the groups so mapped).
    NoPrivilegedGroup = "NO_PRIVILEGED_GROUP", Error, "R19",
    "map a group to Owner (Claude) or Admin (Console) and put at least one assigned user, yourself included, in it"
    { groups: Vec<GroupId>, role: Role }

    /// R20: the actor would end with this role (if any) and status, below the Owner/Admin
    /// role held now.
    ActorLosesAccess = "ACTOR_LOSES_ACCESS", Error, "R20",
    "before you save, put yourself in a group mapped to the role you hold (Owner or Admin) and assign yourself to the app; afterwards, another Owner or Admin can restore your role at Organization settings > Organization (Claude) or Settings > Members (Console)"
    { role: Option<Role>, status: Status }

    /// R21: mapped groups nobody in the directory is in; per such group, the groups that
    /// differ from it only in letter case.
    UnknownGroup = "UNKNOWN_GROUP", Warning, "R21",
    "no directory user is in this group: check its spelling (names are compared exactly) or add its members"
    { groups: Vec<GroupId>, case_mismatch: Vec<(GroupId, Vec<GroupId>)> }

    /// R22: people in a mapped group but not assigned to the app.
    UnassignedInGroup = "UNASSIGNED_IN_GROUP", Warning, "R22",
    "assign these users to the Anthropic app in your identity provider; group membership alone does not provision them"
    { people: Vec<PersonId> }

    /// R23: mapped groups without the suggested prefix.
    GroupNaming = "GROUP_NAMING", Info, "R23",
    "optional: prefix group names with anthropic-claude- or anthropic-console- so they are easy to find"
    { groups: Vec<GroupId>, prefix: &'static str }

    /// R24: the organizations (indices) whose SCIM changes Entra pushes every 40 minutes.
    EntraSyncDelay = "ENTRA_SYNC_DELAY", Info, "R24",
    "Microsoft Entra pushes SCIM changes only every 40 minutes: allow for the delay before checking results"
    { orgs: Vec<usize> }

    /// R5: the actor is not a member with Owner (Claude) or Admin (Console) of an organization
    /// in JIT or SCIM that lists its members; the role held there, if any.
    ActorNotPrivileged = "ACTOR_NOT_PRIVILEGED", Warning, "R5",
    "the guide assumes that whoever configures provisioning holds Owner (Claude) or Admin (Console): ask one to make these changes, or to give you that role at Organization settings > Organization (Claude) or Settings > Members (Console); if you hold it under another email, name that email as the actor"
    { role: Option<Role> }

    /// R10: people whose emails look like another's (pairs), or carry a character one cannot
    /// see; `people` all of them, each once.
    LookalikeEmails = "LOOKALIKE_EMAILS", Warning, "R10",
    "check these addresses in your identity provider: each is matched to a Claude account by its exact text, so an address that only looks like another is a different person, and one with a hidden character matches no one"
    { people: Vec<PersonId>, pairs: Vec<(PersonId, PersonId)>, invisible: Vec<PersonId> }

    /// R27 [interpretation]: the Primary Owner is kept as they are where provisioning would
    /// have removed or blocked them (`status`), given them another role (`role`, none where
    /// removed) or moved them to another seat tier (`seat_tier`).
    PrimaryOwnerExempt = "PRIMARY_OWNER_EXEMPT", Info, "R27",
    "nothing to do for the Primary Owner, whom provisioning leaves as they are; to provision them like anyone else, transfer the Primary Owner role to another Owner first"
    { person: PersonId, status: Status, role: Option<Role>, seat_tier: Option<SeatTier> }

    /// R26: people who end members through SCIM but whose SSO assertion sends another address
    /// than the one they are provisioned under (exactly, letter case included); the IdP,
    /// whose advice fits ([`sso_email_advice`]).
    SsoEmailMismatch = "SSO_EMAIL_MISMATCH", Error, "R26",
    "these users cannot sign in: Claude matches the address the SSO assertion sends to the provisioned account by its exact text; in your identity provider, map the SCIM userName and the SSO email claim to the same attribute (usually the primary email), then run a full sync: an incremental sync does not repair existing accounts"
    { people: Vec<PersonId>, idp: Idp }

    /// R28: the people who would lose access on save (current members removed or blocked,
    /// Owners/Admins demoted), more than the removal limit allows: the limit as written and
    /// the number of people it allows here.
    RemovalThreshold = "REMOVAL_THRESHOLD", Error, "R28",
    "do not save yet: check that these people should lose access (if not, assign them to the app or a mapped group); if they should, raise the limit"
    { people: Vec<PersonId>, limit: RemovalLimit, allowed: u32 }
}

/// R26: the advice of `SSO_EMAIL_MISMATCH` for the scenario's identity provider (the help
/// centre's article for each): its key, for the app's translations, and its English text.
/// An IdP without an article of its own has the code's advice.
pub const fn sso_email_advice(idp: Idp) -> (&'static str, &'static str) {
    match idp {
        Idp::Okta => (
            "SSO_EMAIL_MISMATCH-okta",
            "in the Okta app, SCIM (Provisioning > To App: userName, by default user.login) and SSO (Sign On: the email attribute) are set apart; map both to user.email, then force a full re-sync: an incremental sync does not repair existing accounts",
        ),
        Idp::Entra => (
            "SSO_EMAIL_MISMATCH-entra",
            "in Microsoft Entra, SCIM is set in Enterprise applications (the app's Provisioning > Attribute mappings: userName, by default userPrincipalName) and SSO in the app's Single sign-on claims or, for OIDC, App registrations; map both to the same attribute (userPrincipalName or mail), then restart provisioning for a full sync: an incremental cycle does not repair existing accounts",
        ),
        Idp::Google => (
            "SSO_EMAIL_MISMATCH-google",
            "in the Google Admin console, the app's SAML attribute mapping and its auto-provisioning (SCIM) are separate tabs; map both to the primary email (primaryEmail), not an alias, then trigger a full re-sync: an incremental sync does not repair existing accounts",
        ),
        Idp::OneLogin => (
            "SSO_EMAIL_MISMATCH-onelogin",
            "in the OneLogin app, the SCIM provisioning parameters and the SAML attribute statements are separate tabs; map both to Email (not Username), then run a full sync: an incremental sync does not repair existing accounts",
        ),
        Idp::JumpCloud | Idp::Other => {
            (Code::SsoEmailMismatch.id(), Code::SsoEmailMismatch.advice())
        }
    }
}

impl Code {
    /// The severity of a finding of this code in an organization evaluated in `mode` (`None`:
    /// the whole scenario). R17: under JIT a user waiting for a seat joins at sign-in once one
    /// is free, so `SEAT_SHORTFALL` is a warning there and holds back no save.
    pub const fn severity_in(self, mode: Option<Mode>) -> Severity {
        match (self, mode) {
            (Code::SeatShortfall, Some(Mode::Jit)) => Severity::Warning,
            _ => self.severity(),
        }
    }
}

/// The guide's fixes that differ by mode ("Sync now" is SCIM's, signing in again JIT's) and by
/// product (where another Owner/Admin restores a role): per code, product and mode, the
/// advice's key (for the app's translations) and its English text. One table makes
/// [`Code::advice_key_in`] (which the app uses, without the English) and [`Code::advice_in`].
macro_rules! advice_variants {
    ($( ($code:ident, $product:pat, $mode:pat) => $key:literal, $text:literal; )+) => {
        impl Code {
            /// The key of the advice for a finding of this code in an organization of
            /// `product` evaluated in `mode` (`None`: the whole scenario): the code's id, or
            /// the id and where it applies.
            pub const fn advice_key_in(self, product: Option<Product>, mode: Option<Mode>) -> &'static str {
                use Mode::{Jit, Manual, Scim};
                use Product::{Claude, Console};
                match (self, product, mode) {
                    $((Code::$code, $product, $mode) => $key,)+
                    _ => self.id(),
                }
            }

            /// The key and the English text of that advice.
            pub const fn advice_in(
                self,
                product: Option<Product>,
                mode: Option<Mode>,
            ) -> (&'static str, &'static str) {
                use Mode::{Jit, Manual, Scim};
                use Product::{Claude, Console};
                match (self, product, mode) {
                    $((Code::$code, $product, $mode) => ($key, $text),)+
                    _ => (self.id(), self.advice()),
                }
            }
        }
    };
}

#[rustfmt::skip]
advice_variants! {
    (SeatShortfall, _, Some(Scim)) => "SEAT_SHORTFALL-scim",
    "buy the missing seats at Organization settings > Billing (or move users to a tier with free seats); then click \"Sync now\" next to Directory sync (SCIM) in Organization settings > Organization and access, or wait for the next sync cycle, to provision the users not yet added";
    (SeatShortfall, _, Some(Jit)) => "SEAT_SHORTFALL-jit",
    "buy the missing seats at Organization settings > Billing (or move users to a tier with free seats); a user waiting for a seat joins at their next sign-in once one is free";
    (SeatShortfall, _, Some(Manual)) => "SEAT_SHORTFALL-manual",
    "more seats are held than purchased: buy the missing seats at Organization settings > Billing, or take seats back by hand";
    (ActorLosesAccess, Some(Claude), Some(Jit)) => "ACTOR_LOSES_ACCESS-claude-jit",
    "before you save, put yourself in a group mapped to the role you hold (Owner or Admin) and assign yourself to the app; if it has happened, another Owner or Admin can restore your role at Organization settings > Organization, or fix your group in the identity provider, then sign out and sign in again";
    (ActorLosesAccess, Some(Claude), Some(Scim)) => "ACTOR_LOSES_ACCESS-claude-scim",
    "before you save, put yourself in a group mapped to the role you hold (Owner or Admin) and assign yourself to the app; if it has happened, another Owner or Admin can restore your role at Organization settings > Organization, or fix your group in the identity provider, then ask another Owner or Admin to click \"Sync now\" in Organization and access, or wait for the next sync cycle";
    (ActorLosesAccess, Some(Console), Some(Jit)) => "ACTOR_LOSES_ACCESS-console-jit",
    "before you save, put yourself in a group mapped to Admin and assign yourself to the app; if it has happened, another Admin can restore your role at Settings > Members, or fix your group in the identity provider, then sign out and sign in again";
    (ActorLosesAccess, Some(Console), Some(Scim)) => "ACTOR_LOSES_ACCESS-console-scim",
    "before you save, put yourself in a group mapped to Admin and assign yourself to the app; if it has happened, another Admin can restore your role at Settings > Members, or fix your group in the identity provider, then ask another Admin to click \"Sync now\" in Organization and access, or wait for the next sync cycle";
    (ActorNotPrivileged, Some(Claude), _) => "ACTOR_NOT_PRIVILEGED-claude",
    "the guide assumes that whoever configures provisioning holds Owner: ask an Owner to make these changes, or to give you the Owner role at Organization settings > Organization; if you hold it under another email, name that email as the actor";
    (ActorNotPrivileged, Some(Console), _) => "ACTOR_NOT_PRIVILEGED-console",
    "the guide assumes that whoever configures provisioning holds Admin: ask an Admin to make these changes, or to give you the Admin role at Settings > Members; if you hold it under another email, name that email as the actor";
    (RoleDefaulted, _, Some(Jit)) => "ROLE_DEFAULTED-jit",
    "these users are in a seat-tier group but in no role group, so they get User; add them to a role group if they need more (a member then gets the new role once they sign out and sign in again)";
    (RoleDefaulted, _, Some(Scim)) => "ROLE_DEFAULTED-scim",
    "these users are in a seat-tier group but in no role group, so they get User; add them to a role group if they need more (members then get the new role on \"Sync now\" or at the next sync cycle)";
}

/// R24: how often Microsoft Entra pushes SCIM changes, in minutes.
pub const ENTRA_SYNC_MINUTES: u32 = 40;

/// What a subject of a finding is, by code (CONTRACT.md §3).
pub enum Subjects<'d> {
    People(&'d [PersonId]),
    Groups(&'d [GroupId]),
    /// Organizations, by index.
    Orgs(&'d [usize]),
    /// The organization the finding is of.
    Org,
    /// The actor (`scenario.actor`).
    Actor,
}

impl Detail {
    /// How many people, groups or organizations a finding of `org` (an index; `None`: the
    /// whole scenario) of `sc` with this detail is about.
    pub fn subject_count(&self, sc: &Scenario, org: Option<usize>) -> usize {
        match self.subjects() {
            Subjects::People(p) => p.len(),
            Subjects::Groups(g) => g.len(),
            Subjects::Orgs(o) => o.len(),
            Subjects::Org => usize::from(org.is_some()),
            Subjects::Actor => usize::from(sc.actor.is_some()),
        }
    }

    /// The first `n` subjects by name, as the contract writes them: emails, group names or
    /// organization ids.
    pub fn subject_names<'s>(
        &self,
        sc: &'s Scenario,
        org: Option<usize>,
        n: usize,
    ) -> Vec<&'s str> {
        let org_id = |i: &usize| sc.organizations.get(*i).map_or("", |o| o.id.as_str());
        match self.subjects() {
            Subjects::People(p) => p.iter().take(n).map(|p| sc.email(*p)).collect(),
            Subjects::Groups(g) => g.iter().take(n).map(|g| sc.group_name(*g)).collect(),
            Subjects::Orgs(o) => o.iter().take(n).map(org_id).collect(),
            Subjects::Org => org.iter().take(n).map(org_id).collect(),
            Subjects::Actor => sc.actor.iter().take(n).map(|(a, _)| a.as_str()).collect(),
        }
    }

    /// Who or what the finding is about.
    pub fn subjects(&self) -> Subjects<'_> {
        use Detail::*;
        match self {
            ScimNotConnected { orgs } | ScimFanout { orgs } | EntraSyncDelay { orgs } => {
                Subjects::Orgs(orgs)
            }
            ScimNotEligible { .. } | AgmNoEffect {} => Subjects::Org,
            RoleDefaulted { people }
            | MembersRemovedOnSave { people }
            | MembersBlocked { people }
            | DefaultSeatTier { people, .. }
            | SeatShortfall { people, .. }
            | UnassignedInGroup { people }
            | LookalikeEmails { people, .. }
            | SsoEmailMismatch { people, .. }
            | RemovalThreshold { people, .. } => Subjects::People(people),
            RoleAmbiguous { person, .. } | PrimaryOwnerExempt { person, .. } => {
                Subjects::People(core::slice::from_ref(person))
            }
            MappingsIgnored { groups }
            | SeatTierMappingNotApplicable { groups, .. }
            | NoPrivilegedGroup { groups, .. }
            | UnknownGroup { groups, .. }
            | GroupNaming { groups, .. } => Subjects::Groups(groups),
            ActorLosesAccess { .. } | ActorNotPrivileged { .. } => Subjects::Actor,
        }
    }
}

/// A finding: its detail, and the organization (index) it is of, `None` for the whole
/// scenario. Names are looked up in the scenario when asked for.
#[derive(Clone, Debug)]
pub struct Finding<'s> {
    pub org: Option<usize>,
    /// The mode the organization is evaluated in (`None` for the whole scenario).
    pub mode: Option<Mode>,
    pub detail: Detail,
    sc: &'s Scenario,
}

impl<'s> Finding<'s> {
    /// A finding of organization `org` (an index; `None`: the whole scenario) of `sc`, in the
    /// mode the scenario gives that organization (R7).
    pub fn new(sc: &'s Scenario, org: Option<usize>, detail: Detail) -> Finding<'s> {
        let mode = org.and_then(|i| {
            let set = sc.settings().get(i).copied()?;
            Some(super::effective_mode(sc, i, set))
        });
        Finding::in_mode(sc, org, mode, detail)
    }

    /// A finding of organization `org` evaluated in `mode`.
    pub fn in_mode(
        sc: &'s Scenario,
        org: Option<usize>,
        mode: Option<Mode>,
        detail: Detail,
    ) -> Finding<'s> {
        Finding {
            org,
            mode,
            detail,
            sc,
        }
    }

    pub const fn code(&self) -> Code {
        self.detail.code()
    }

    /// The severity where the finding is ([`Code::severity_in`]).
    pub const fn severity(&self) -> Severity {
        self.code().severity_in(self.mode)
    }

    pub const fn rule(&self) -> &'static str {
        self.code().rule()
    }

    /// The organization's product, `None` for the whole scenario.
    pub fn product(&self) -> Option<Product> {
        self.org
            .and_then(|i| self.sc.organizations.get(i))
            .map(|o| o.product)
    }

    /// What to do, in English, fitting the organization's product and mode
    /// ([`Code::advice_in`]).
    pub fn advice(&self) -> &'static str {
        match self.detail {
            // R26: the identity provider's own steps.
            Detail::SsoEmailMismatch { idp, .. } => sso_email_advice(idp).1,
            _ => self.code().advice_in(self.product(), self.mode).1,
        }
    }

    /// The key of [`Finding::advice`], for translations.
    pub fn advice_key(&self) -> &'static str {
        match self.detail {
            Detail::SsoEmailMismatch { idp, .. } => sso_email_advice(idp).0,
            _ => self.code().advice_key_in(self.product(), self.mode),
        }
    }

    /// The scenario the finding names people and groups of.
    pub fn scenario(&self) -> &'s Scenario {
        self.sc
    }

    /// The organization's id, `None` for the whole scenario.
    pub fn organization(&self) -> Option<&'s str> {
        let sc: &'s Scenario = self.sc;
        self.org
            .and_then(|i| sc.organizations.get(i))
            .map(|o| o.id.as_str())
    }

    /// The subjects as the contract writes them: emails, group names or organization ids.
    pub fn subjects(&self) -> Vec<&'s str> {
        self.detail.subject_names(self.sc, self.org, usize::MAX)
    }

    /// The finding in an English sentence.
    pub fn message(&self) -> String {
        super::words::message(self)
    }
}

// --- the findings of the whole scenario --------------------------------------------------------

/// The findings of the whole scenario (organization `null`), before those of each
/// organization; `modes` are the organizations' effective modes.
pub(crate) fn of_scenario<'s>(sc: &'s Scenario, modes: &[Mode]) -> Vec<Finding<'s>> {
    let scim: Vec<usize> = modes
        .iter()
        .enumerate()
        .filter(|(_, m)| **m == Mode::Scim)
        .map(|(i, _)| i)
        .collect();
    let mut found = Vec::new();
    let mut raise = |d: Option<Detail>| found.extend(d.map(|d| Finding::new(sc, None, d)));
    raise(r8_scim_not_connected(sc, &scim));
    raise(r9_scim_fanout(&scim));
    raise(r24_entra_sync_delay(sc, &scim));
    raise(r10_lookalike_emails(sc));
    found
}

fn r8_scim_not_connected(sc: &Scenario, scim: &[usize]) -> Option<Detail> {
    (!scim.is_empty() && !sc.scim_connected).then(|| Detail::ScimNotConnected {
        orgs: scim.to_vec(),
    })
}

fn r9_scim_fanout(scim: &[usize]) -> Option<Detail> {
    (scim.len() > 1).then(|| Detail::ScimFanout {
        orgs: scim.to_vec(),
    })
}

fn r10_lookalike_emails(sc: &Scenario) -> Option<Detail> {
    let l = &sc.lookalikes;
    (!l.is_empty()).then(|| Detail::LookalikeEmails {
        people: l.people(),
        pairs: l.pairs.clone(),
        invisible: l.invisible.clone(),
    })
}

fn r24_entra_sync_delay(sc: &Scenario, scim: &[usize]) -> Option<Detail> {
    (sc.idp == crate::catalog::Idp::Entra && !scim.is_empty()).then(|| Detail::EntraSyncDelay {
        orgs: scim.to_vec(),
    })
}

// --- the findings of one organization ----------------------------------------------------------

/// The findings of one organization after R11's `ROLE_AMBIGUOUS` (one per person, raised
/// while the users are gone through), in catalogue order.
pub(super) fn of_org<'s>(
    o: &Org<'s>,
    t: &Tallied,
    seats: &SeatResult,
    users: &[super::UserOutcome],
) -> Vec<Finding<'s>> {
    let mut found = Vec::new();
    let mut raise = |d: Option<Detail>| {
        found.extend(d.map(|d| Finding::in_mode(o.sc, Some(o.index), Some(o.mode), d)));
    };
    raise(r7_scim_not_eligible(o));
    raise(r6_agm_no_effect(o));
    raise(r11_role_defaulted(t));
    raise(r12_members_removed_on_save(t));
    raise(r12_members_blocked(t));
    raise(r13_mappings_ignored(o));
    raise(r15_default_seat_tier(o, t));
    raise(r16_seat_tier_mapping_not_applicable(o));
    raise(r17_seat_shortfall(seats));
    raise(r19_no_privileged_group(o));
    raise(r20_actor_loses_access(o, t));
    raise(r21_unknown_group(o));
    raise(r22_unassigned_in_group(o, t));
    raise(r23_group_naming(o));
    raise(r5_actor_not_privileged(o));
    raise(r27_primary_owner_exempt(t));
    raise(r26_sso_email_mismatch(o, users));
    raise(r28_removal_threshold(o, users));
    found
}

fn r7_scim_not_eligible(o: &Org<'_>) -> Option<Detail> {
    (o.set.mode == Mode::Scim && !o.mode_eligible).then_some(Detail::ScimNotEligible {
        plan: o.sc.plan,
        product: o.org.product,
    })
}

fn r6_agm_no_effect(o: &Org<'_>) -> Option<Detail> {
    (o.set.agm_enabled && o.mode == Mode::Manual).then_some(Detail::AgmNoEffect {})
}

/// R11 [interpretation]: only people given a role (a user waiting for a seat gets none).
fn r11_role_defaulted(t: &Tallied) -> Option<Detail> {
    (!t.defaulted_roles.is_empty()).then(|| Detail::RoleDefaulted {
        people: t.defaulted_roles.clone(),
    })
}

fn r12_members_removed_on_save(t: &Tallied) -> Option<Detail> {
    (!t.removed.is_empty()).then(|| Detail::MembersRemovedOnSave {
        people: t.removed.clone(),
    })
}

fn r12_members_blocked(t: &Tallied) -> Option<Detail> {
    (!t.blocked.is_empty()).then(|| Detail::MembersBlocked {
        people: t.blocked.clone(),
    })
}

fn r13_mappings_ignored(o: &Org<'_>) -> Option<Detail> {
    (!o.set.agm_enabled && o.org.has_mappings()).then(|| Detail::MappingsIgnored {
        groups: o.mapped_groups(true, true),
    })
}

fn r15_default_seat_tier(o: &Org<'_>, t: &Tallied) -> Option<Detail> {
    if !o.tier_mapping_applies || t.defaults.is_empty() {
        return None;
    }
    let tiers = o
        .tiers
        .iter()
        .filter_map(|tier| {
            let n = t.default_tiers.get(usize::from(tier.bit())).copied()?;
            (n > 0).then_some((*tier, n))
        })
        .collect();
    Some(Detail::DefaultSeatTier {
        people: t.defaults.clone(),
        tiers,
    })
}

fn r16_seat_tier_mapping_not_applicable(o: &Org<'_>) -> Option<Detail> {
    let mapped = o.org.tier_mappings.iter().any(|(_, g)| !g.is_empty());
    (!o.tier_mapping_applies && mapped).then(|| Detail::SeatTierMappingNotApplicable {
        groups: o.mapped_groups(false, true),
        product: o.org.product,
    })
}

fn r17_seat_shortfall(seats: &SeatResult) -> Option<Detail> {
    if !seats.checked || seats.shortfall_total == 0 {
        return None;
    }
    let tiers = seats
        .table
        .0
        .iter()
        .filter(|(_, c)| c.shortfall > 0)
        .map(|(t, c)| (*t, c.shortfall))
        .collect();
    Some(Detail::SeatShortfall {
        people: seats.short.clone(),
        tiers,
    })
}

fn r19_no_privileged_group(o: &Org<'_>) -> Option<Detail> {
    if !o.agm {
        return None;
    }
    let role = o.org.product.privileged_role();
    let groups: Vec<GroupId> = o
        .org
        .role_mappings
        .iter()
        .filter(|(r, _)| *r == role)
        .flat_map(|(_, g)| g.iter().copied())
        .collect();
    let populated = groups.iter().any(|g| {
        o.sc.assigned_group_sizes
            .get(*g as usize)
            .is_some_and(|n| *n > 0)
    });
    (!populated).then_some(Detail::NoPrivilegedGroup { groups, role })
}

/// R20: the Owner or Admin role the actor holds in `org` now (Owner or Admin on Claude, Admin
/// on Console; where the organization lists no members, the privileged role they are taken to
/// hold); `None` where the actor holds neither. The role an `ACTOR_LOSES_ACCESS` finding is
/// about.
pub fn actor_held_role(sc: &Scenario, org: &crate::scenario::Organization) -> Option<Role> {
    let (_, person) = sc.actor.as_ref()?;
    let privileged = org.product.privileged_role();
    let held = person.and_then(|p| org.member(p)).map(|m| m.role)?;
    (held == privileged || held == Role::Admin).then_some(held)
}

/// R20: the role R20 watches for the actor in `o`: the Owner or Admin role they hold now
/// (Owner or Admin on Claude, Admin on Console); the privileged role where the organization
/// lists no members; `None` where it watches nothing (the actor holds neither, or the mode is
/// Manual).
pub(crate) fn r20_watched(o: &Org<'_>) -> Option<Role> {
    if o.mode == Mode::Manual {
        return None;
    }
    actor_held_role(o.sc, o.org)
}

/// R20: the actor would end below the Owner/Admin role they hold now (or, where nobody is
/// listed, below the privileged role).
fn r20_actor_loses_access(o: &Org<'_>, t: &Tallied) -> Option<Detail> {
    let held = r20_watched(o)?;
    // R27: the Primary Owner is kept as they are, so they keep Owner.
    if t.actor.is_some_and(|u| u.primary_owner) {
        return None;
    }
    let (role, status, assigned) = match &t.actor {
        Some(u) => (u.role, u.status, u.assigned),
        None => (None, Status::OutOfScope, false),
    };
    let lost = if o.agm {
        let below = role.is_none_or(|r| {
            r != held && o.org.product.compare_roles(r, held) != Some(core::cmp::Ordering::Greater)
        });
        below
            || matches!(
                status,
                Status::Removed | Status::Blocked | Status::NotAdded | Status::OutOfScope
            )
    } else {
        !assigned
    };
    lost.then_some(Detail::ActorLosesAccess { role, status })
}

/// R21: with a hint where a directory group differs only in letter case.
fn r21_unknown_group(o: &Org<'_>) -> Option<Detail> {
    if !o.agm {
        return None;
    }
    let sc = o.sc;
    let unknown: Vec<GroupId> = o
        .mapped_groups(true, o.tier_mapping_applies)
        .into_iter()
        .filter(|g| sc.group_sizes.get(*g as usize).is_none_or(|n| *n == 0))
        .collect();
    if unknown.is_empty() {
        return None;
    }
    // The groups someone is in, by their lowercase name: each name lowered once, so that the
    // hints cost the number of groups, not its square.
    let mut by_lower: rustc_hash::FxHashMap<String, Vec<GroupId>> = Default::default();
    for (i, size) in sc.group_sizes.iter().enumerate() {
        if *size > 0
            && let Ok(g) = GroupId::try_from(i)
        {
            let lower = crate::case::lower(sc.group_name(g));
            by_lower.entry(lower).or_default().push(g);
        }
    }
    // In group id order, which is name order: the contract's `case_mismatch` object's.
    let case_mismatch: Vec<(GroupId, Vec<GroupId>)> = unknown
        .iter()
        .filter_map(|g| {
            let similar = by_lower.get(&crate::case::lower(sc.group_name(*g)))?;
            Some((*g, similar.clone()))
        })
        .collect();
    Some(Detail::UnknownGroup {
        groups: unknown,
        case_mismatch,
    })
}

fn r22_unassigned_in_group(o: &Org<'_>, t: &Tallied) -> Option<Detail> {
    (o.agm && !t.unassigned_in_group.is_empty()).then(|| Detail::UnassignedInGroup {
        people: t.unassigned_in_group.clone(),
    })
}

/// R5: the guide's prerequisite: whoever configures JIT or SCIM holds Owner (Claude) or Admin
/// (Console). Where the organization lists no members, the actor is taken to hold it (R20).
fn r5_actor_not_privileged(o: &Org<'_>) -> Option<Detail> {
    let (_, person) = o.sc.actor.as_ref()?;
    if o.mode == Mode::Manual {
        return None;
    }
    let role = person.and_then(|p| o.org.member(p)).map(|m| m.role);
    (role != Some(o.org.product.privileged_role())).then_some(Detail::ActorNotPrivileged { role })
}

/// R27 [interpretation]: only where the exemption changed what provisioning would do.
fn r27_primary_owner_exempt(t: &Tallied) -> Option<Detail> {
    let e = t.primary_owner_exempt?;
    Some(Detail::PrimaryOwnerExempt {
        person: e.person,
        status: e.status,
        role: e.role,
        seat_tier: e.seat_tier,
    })
}

/// R26: under SCIM, the users who end members (added or kept, the Primary Owner too) and whose
/// SSO address is not the one they are provisioned under, in user order. Under JIT the account
/// is made from the SSO address itself, and Invite only provisions no one.
fn r26_sso_email_mismatch(o: &Org<'_>, users: &[super::UserOutcome]) -> Option<Detail> {
    if o.mode != Mode::Scim || !o.sc.has_sso_emails() {
        return None;
    }
    let people: Vec<PersonId> = users
        .iter()
        .filter(|u| u.status == Status::Member && o.sc.sso_email(u.person).is_some())
        .map(|u| u.person)
        .collect();
    (!people.is_empty()).then_some(Detail::SsoEmailMismatch {
        people,
        idp: o.sc.idp,
    })
}

/// R28: the people of the organization who would lose access on save — current members who end
/// `removed` or `blocked`, and Owners/Admins (Console: Admins) who end with a lower role — where
/// they are more than the limit allows. The Primary Owner is never changed, so never counted.
fn r28_removal_threshold(o: &Org<'_>, users: &[super::UserOutcome]) -> Option<Detail> {
    let limit = o.sc.max_removals?;
    let mut people: Vec<PersonId> = Vec::new();
    for u in users {
        let Some(held) = u.current_role else {
            continue;
        };
        let loses = match u.status {
            Status::Removed | Status::Blocked => true,
            // R3: below Owner is every other role; below Admin every role but Owner (which
            // the Console does not have).
            _ => {
                matches!(held, Role::Owner | Role::Admin)
                    && u.role.is_some_and(|r| r != held && r != Role::Owner)
            }
        };
        if loses {
            people.push(u.person);
        }
    }
    let allowed = limit.allowed(o.org.members.len());
    (people.len() > allowed as usize).then_some(Detail::RemovalThreshold {
        people,
        limit,
        allowed,
    })
}

fn r23_group_naming(o: &Org<'_>) -> Option<Detail> {
    if !o.agm {
        return None;
    }
    let groups: Vec<GroupId> = o
        .mapped_groups(true, o.tier_mapping_applies)
        .into_iter()
        .filter(|g| {
            !o.sc
                .group_name(*g)
                .get(..10)
                .is_some_and(|p| p.eq_ignore_ascii_case("anthropic-"))
        })
        .collect();
    let prefix = match o.org.product {
        Product::Claude => "anthropic-claude-",
        Product::Console => "anthropic-console-",
    };
    (!groups.is_empty()).then_some(Detail::GroupNaming { groups, prefix })
}
