//! Every id of the public contract, with the orders of R1 and R3, in one place.
//!
//! Each id type is a closed enum; `ALL` lists its values in catalogue order, `id()` gives the
//! contract's string and `from_id()` reads it back.

use core::cmp::Ordering;

macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in catalogue order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The contract's id.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Reads a contract id (exact, case-sensitive).
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The ids of `ALL`, for messages and forms.
            pub fn ids() -> impl Iterator<Item = &'static str> {
                Self::ALL.iter().map(|v| v.id())
            }
        }

        impl crate::write::Json for $name {
            fn write(&self, out: &mut String) {
                crate::write::text(out, self.id());
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

pub(crate) use id_enum;

id_enum! {
    /// R1: the parent organization's plan.
    Plan {
        Team = "team",
        EnterpriseSeatBased = "enterprise_seat_based",
        EnterpriseUsageBased = "enterprise_usage_based",
        EnterpriseUsageBasedSingleSeat = "enterprise_usage_based_single_seat",
        ConsoleOnly = "console_only",
    }
}

id_enum! {
    /// R2: what an organization is.
    Product { Claude = "claude", Console = "console" }
}

id_enum! {
    /// R3: the roles of both products. `Admin` and `User` exist in both.
    Role {
        Owner = "owner",
        Admin = "admin",
        Developer = "developer",
        /// R3, scenario version 2: the Console's sixth role.
        LimitedDeveloper = "limited_developer",
        Billing = "billing",
        ClaudeCodeUser = "claude_code_user",
        User = "user",
    }
}

id_enum! {
    /// R1/R4: Claude seat tiers of every plan.
    SeatTier {
        Premium = "premium",
        Standard = "standard",
        ChatClaudeCode = "chat_claude_code",
        Chat = "chat",
        Enterprise = "enterprise",
    }
}

id_enum! {
    /// R6: provisioning modes. `Manual` is the guide's "Invite only".
    Mode { Manual = "manual", Jit = "jit", Scim = "scim" }
}

/// The versions of the scenario format (CONTRACT.md §1); version 2 is a superset of version 1.
/// Written as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Version {
    V1,
    V2,
}

id_enum! {
    /// The identity provider of the directory.
    Idp {
        Okta = "okta",
        Entra = "entra",
        Google = "google",
        JumpCloud = "jumpcloud",
        OneLogin = "onelogin",
        Other = "other",
    }
}

id_enum! {
    /// R10/R17: a user's state once the configuration is saved.
    Status {
        Member = "member",
        PendingLogin = "pending_login",
        NotAdded = "not_added",
        Removed = "removed",
        Blocked = "blocked",
        OutOfScope = "out_of_scope",
    }
}

id_enum! {
    /// What saving does to a user.
    Change { Add = "add", Update = "update", Remove = "remove", None = "none" }
}

id_enum! {
    /// R25: when a change takes effect.
    TakesEffect { OnSave = "on_save", NextSignIn = "next_sign_in" }
}

id_enum! {
    /// A finding's weight; `Error` blocks saving.
    Severity { Error = "error", Warning = "warning", Info = "info" }
}

id_enum! {
    /// §6: the setup checklist, in the guide's order.
    Step {
        Prerequisites = "prerequisites",
        ChooseMode = "choose_mode",
        ConnectDirectory = "connect_directory",
        MatchSignInEmail = "match_sign_in_email",
        SetMode = "set_mode",
        AssignGroups = "assign_groups",
        MapGroups = "map_groups",
        Save = "save",
    }
}

id_enum! {
    /// A checklist step's state.
    StepStatus { Done = "done", Todo = "todo", Skip = "skip", Blocked = "blocked", Ready = "ready" }
}

pub use crate::evaluate::Code;

impl Plan {
    /// R1: Claude seat tiers of the plan, highest first (empty for `console_only`).
    pub const fn seat_tiers(self) -> &'static [SeatTier] {
        match self {
            Plan::Team | Plan::EnterpriseSeatBased => &[SeatTier::Premium, SeatTier::Standard],
            Plan::EnterpriseUsageBased => &[SeatTier::ChatClaudeCode, SeatTier::Chat],
            Plan::EnterpriseUsageBasedSingleSeat => &[SeatTier::Enterprise],
            Plan::ConsoleOnly => &[],
        }
    }

    /// R16: single-seat Enterprise has one seat type and no seat-tier mapping.
    pub const fn is_single_seat(self) -> bool {
        matches!(self, Plan::EnterpriseUsageBasedSingleSeat)
    }

    /// R7: whether an organization of `product` joined to this parent may use `mode`.
    /// A Console organization follows its parent: SCIM on every plan but Team (a Console
    /// organization with its own parent is `console_only`).
    pub const fn allows(self, product: Product, mode: Mode) -> bool {
        let _ = product;
        match mode {
            Mode::Manual | Mode::Jit => true,
            Mode::Scim => !matches!(self, Plan::Team),
        }
    }

    /// R7: the modes an organization of `product` may use under this plan.
    pub fn eligible_modes(self, product: Product) -> Vec<Mode> {
        Mode::ALL
            .iter()
            .copied()
            .filter(|m| self.allows(product, *m))
            .collect()
    }

    /// A short English name, for reports.
    pub const fn label(self) -> &'static str {
        match self {
            Plan::Team => "Team plan",
            Plan::EnterpriseSeatBased => "seat-based Enterprise plan",
            Plan::EnterpriseUsageBased => "usage-based Enterprise plan (two seat types)",
            Plan::EnterpriseUsageBasedSingleSeat => "usage-based Enterprise plan (one seat type)",
            Plan::ConsoleOnly => "Console organization with its own parent",
        }
    }
}

impl Version {
    /// Every version, oldest first.
    pub const ALL: &'static [Version] = &[Version::V1, Version::V2];
    /// The newest version, which the planner writes.
    pub const LATEST: Version = Version::V2;
    /// `ALL` in words, for messages (a test checks it against `ALL`).
    pub const UNDERSTOOD: &'static str = "1 and 2";

    /// The version's number, as the scenario's `version` field has it.
    pub const fn number(self) -> u64 {
        match self {
            Version::V1 => 1,
            Version::V2 => 2,
        }
    }

    pub fn from_number(n: u64) -> Option<Version> {
        Version::ALL.iter().copied().find(|v| v.number() == n)
    }
}

impl Mode {
    /// The setting's English name in the product (the guide's current words).
    pub const fn label(self) -> &'static str {
        match self {
            Mode::Manual => "Invite only",
            Mode::Jit => "JIT",
            Mode::Scim => "SCIM",
        }
    }
}

impl Product {
    /// R3: the roles of the product in the newest format, in catalogue order (also the
    /// default precedence).
    pub const fn roles(self) -> &'static [Role] {
        self.roles_in(Version::LATEST)
    }

    /// R3: the roles of the product in a version of the format, in catalogue order (also the
    /// default precedence): version 1 knows no Limited Developer.
    pub const fn roles_in(self, version: Version) -> &'static [Role] {
        match (self, version) {
            (Product::Claude, _) => &[Role::Owner, Role::Admin, Role::User],
            // R3 [interpretation]: the default precedence for Console roles.
            (Product::Console, Version::V1) => &[
                Role::Admin,
                Role::Developer,
                Role::Billing,
                Role::ClaudeCodeUser,
                Role::User,
            ],
            (Product::Console, Version::V2) => &[
                Role::Admin,
                Role::Developer,
                Role::LimitedDeveloper,
                Role::Billing,
                Role::ClaudeCodeUser,
                Role::User,
            ],
        }
    }

    /// R5/R19/R20: the role that administers the organization.
    pub const fn privileged_role(self) -> Role {
        match self {
            Product::Claude => Role::Owner,
            Product::Console => Role::Admin,
        }
    }

    pub fn has_role(self, role: Role) -> bool {
        self.roles().contains(&role)
    }

    /// R3: the partial order of roles. `None` when the two cannot be ranked
    /// (Console `billing` against `developer`, `limited_developer` or `claude_code_user`), or
    /// when a role does not belong to the product.
    pub fn compare_roles(self, a: Role, b: Role) -> Option<Ordering> {
        if !self.has_role(a) || !self.has_role(b) {
            return None;
        }
        if a == b {
            return Some(Ordering::Equal);
        }
        match self {
            Product::Claude => {
                let rank = |r: Role| match r {
                    Role::Owner => 2,
                    Role::Admin => 1,
                    _ => 0,
                };
                Some(rank(a).cmp(&rank(b)))
            }
            Product::Console => match (a, b) {
                (Role::Admin, _) | (_, Role::User) => Some(Ordering::Greater),
                (_, Role::Admin) | (Role::User, _) => Some(Ordering::Less),
                // Developer > Limited Developer > Claude Code User.
                (Role::Developer, Role::LimitedDeveloper | Role::ClaudeCodeUser)
                | (Role::LimitedDeveloper, Role::ClaudeCodeUser) => Some(Ordering::Greater),
                (Role::LimitedDeveloper | Role::ClaudeCodeUser, Role::Developer)
                | (Role::ClaudeCodeUser, Role::LimitedDeveloper) => Some(Ordering::Less),
                _ => None,
            },
        }
    }
}

impl Role {
    /// Index for bit masks (`1 << role.bit()`).
    pub const fn bit(self) -> u8 {
        self as u8
    }

    pub const fn label(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Admin => "Admin",
            Role::Developer => "Developer",
            Role::LimitedDeveloper => "Limited Developer",
            Role::Billing => "Billing",
            Role::ClaudeCodeUser => "Claude Code User",
            Role::User => "User",
        }
    }
}

impl SeatTier {
    /// Index for bit masks (`1 << tier.bit()`).
    pub const fn bit(self) -> u8 {
        self as u8
    }

    pub const fn label(self) -> &'static str {
        match self {
            SeatTier::Premium => "Premium",
            SeatTier::Standard => "Standard",
            SeatTier::ChatClaudeCode => "Chat + Claude Code",
            SeatTier::Chat => "Chat",
            SeatTier::Enterprise => "Enterprise",
        }
    }
}

impl Step {
    pub const fn label(self) -> &'static str {
        match self {
            Step::Prerequisites => "Set up single sign-on and verify your domain",
            Step::ChooseMode => "Choose your provisioning mode",
            Step::ConnectDirectory => "Set up SCIM directory sync (if using SCIM)",
            Step::MatchSignInEmail => "Check that SSO and SCIM send the same email attribute",
            Step::SetMode => {
                "Select the mode in User provisioning and enable group mappings (do not save yet)"
            }
            Step::AssignGroups => "Create groups in your identity provider and add users",
            Step::MapGroups => "Map groups to roles and seat tiers",
            Step::Save => "Save changes",
        }
    }
}

/// The highest rule number (`R1`…`R28`); a rule is a bit in a [`Rules`] set.
pub const RULE_COUNT: u8 = 28;

/// A small set of rule ids, serialized as a list (`["R10", "R11"]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rules(u32);

impl Rules {
    pub const fn with(self, rule: u8) -> Self {
        if rule == 0 || rule > RULE_COUNT {
            return self;
        }
        Rules(self.0 | (1 << (rule - 1)))
    }

    pub const fn contains(self, rule: u8) -> bool {
        rule != 0 && rule <= RULE_COUNT && self.0 & (1 << (rule - 1)) != 0
    }

    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        (1..=RULE_COUNT)
            .filter(move |r| self.contains(*r))
            .filter_map(|r| RULE_NAMES.get(usize::from(r - 1)).copied())
            .filter(|id| !id.is_empty())
    }
}

/// Each rule number's id, `R1` first; empty for a number kept for a rule not made yet.
const RULE_NAMES: [&str; RULE_COUNT as usize] = [
    "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
    "R16", "R17", "R18", "R19", "R20", "R21", "R22", "R23", "R24", "R25", "R26", "R27", "R28",
];

/// The rules RULES.md defines, in order.
pub fn rule_ids() -> impl Iterator<Item = &'static str> {
    RULE_NAMES.iter().copied().filter(|id| !id.is_empty())
}

impl Default for Version {
    fn default() -> Version {
        Version::LATEST
    }
}

/// Joins ids for messages: `a, b or c`. Not generic: one copy in the WebAssembly module
/// serves every caller.
pub fn one_of(ids: &mut dyn Iterator<Item = &'static str>) -> String {
    let ids: Vec<&str> = ids.collect();
    match ids.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r1_tiers_highest_first() {
        assert_eq!(
            Plan::Team.seat_tiers(),
            &[SeatTier::Premium, SeatTier::Standard]
        );
        assert_eq!(
            Plan::EnterpriseUsageBased.seat_tiers(),
            &[SeatTier::ChatClaudeCode, SeatTier::Chat]
        );
        assert!(Plan::ConsoleOnly.seat_tiers().is_empty());
    }

    #[test]
    fn r3_partial_order_of_console_roles() {
        let c = Product::Console;
        assert_eq!(
            c.compare_roles(Role::Admin, Role::Billing),
            Some(Ordering::Greater)
        );
        assert_eq!(
            c.compare_roles(Role::User, Role::ClaudeCodeUser),
            Some(Ordering::Less)
        );
        assert_eq!(
            c.compare_roles(Role::Developer, Role::ClaudeCodeUser),
            Some(Ordering::Greater)
        );
        assert_eq!(c.compare_roles(Role::Billing, Role::Developer), None);
        assert_eq!(
            c.compare_roles(Role::Developer, Role::LimitedDeveloper),
            Some(Ordering::Greater)
        );
        assert_eq!(
            c.compare_roles(Role::ClaudeCodeUser, Role::LimitedDeveloper),
            Some(Ordering::Less)
        );
        assert_eq!(c.compare_roles(Role::Billing, Role::LimitedDeveloper), None);
        assert_eq!(c.compare_roles(Role::ClaudeCodeUser, Role::Billing), None);
        assert_eq!(
            c.compare_roles(Role::Owner, Role::User),
            None,
            "owner is not a Console role"
        );
    }

    #[test]
    fn r7_scim_not_on_team() {
        assert_eq!(
            Plan::Team.eligible_modes(Product::Claude),
            vec![Mode::Manual, Mode::Jit]
        );
        assert_eq!(
            Plan::Team.eligible_modes(Product::Console),
            vec![Mode::Manual, Mode::Jit]
        );
        for plan in [
            Plan::EnterpriseSeatBased,
            Plan::EnterpriseUsageBased,
            Plan::EnterpriseUsageBasedSingleSeat,
            Plan::ConsoleOnly,
        ] {
            assert!(plan.allows(Product::Console, Mode::Scim), "{plan}");
        }
    }

    #[test]
    fn ids_round_trip() {
        for code in Code::ALL {
            assert_eq!(Code::from_id(code.id()), Some(*code));
        }
        assert_eq!(Role::from_id("Owner"), None, "ids are case-sensitive");
    }

    #[test]
    fn the_versions_understood_are_named_as_listed() {
        let numbers: Vec<String> = Version::ALL
            .iter()
            .map(|v| v.number().to_string())
            .collect();
        let (last, rest) = numbers.split_last().unwrap();
        assert_eq!(
            Version::UNDERSTOOD,
            format!("{} and {last}", rest.join(", "))
        );
        assert_eq!(Version::from_number(2), Some(Version::LATEST));
        assert_eq!(Version::from_number(3), None);
    }

    #[test]
    fn rules_set_lists_in_order() {
        let r = Rules::default().with(14).with(10).with(25).with(99);
        assert_eq!(r.iter().collect::<Vec<_>>(), ["R10", "R14", "R25"]);
    }
}
