# Provisioning Planner: the English messages, the reference for every other language.
#
# Each language has the same messages with the same placeables ({ $name }); `build.rs` checks
# this. Selects on ids ([owner], [SCIM_NOT_ELIGIBLE]) must list every id English lists. The
# product's own words (roles Owner/Admin/User, seat tiers, "Save changes", "Sync now") are
# those its localized settings pages show.

## The page

# The language's own name, in the language picker.
lang-name = English
lang-label = Language
lang-failed = { $lang } could not be loaded: the server did not answer. The page stays in { $shown } and your setup is kept.
retry = Try again
app-title = Provisioning Planner
tagline = Plan SSO user provisioning for Claude and the Claude Console: see what saving does to every user before you save.
offline-note = Runs entirely in your browser. Nothing you enter is sent anywhere; your setup is saved in this browser only.
# Offline: the service worker keeps the planner in this browser (web/sw.js); a line at the
# foot of the page once it has, a notice when it could not, and one when a new version is ready.
offline-ready = Works offline
offline-not-kept = This browser has not kept the planner for offline use (the first visit was interrupted, or the browser does not allow storing site data). It works while the server can be reached; reload the page to try again.
update-ready = A new version of the planner is ready.
update-reload = Reload
skip-to-content = Skip to the current step

# Between a label and what it labels: "Back: Plan".
label-sep = { ": " }
labelled = { $label }: { $value }
# A title quoted inside a sentence.
quoted = “{ $text }”

## Scenario menu

menu-label = Scenario
start-from = Start from
start-from-placeholder = Choose a scenario…
empty-setup = An empty setup
load = Load
open-file = Open file…
export = Export JSON
share = Share link
copy = Copy
copied = Copied
close = Close
dismiss = Dismiss
undo = Undo
share-link-label = Link to this setup
share-link-hint = The whole setup is inside the link (after the #), compressed. Opening it loads the setup in the planner; it is never sent to a server.
open-anyway = Open it anyway and fix it here
example-title = { $example ->
    [enterprise-scim-group-mappings] Enterprise: SCIM with group mappings (Claude + Console)
    [enterprise-entra-lockout] Enterprise on Microsoft Entra: the admin would lose access
    [team-jit] Team plan: just-in-time provisioning
    [console-only-scim] Console organization of its own, SCIM
   *[other] Example
}

## Notices

loaded-example = Loaded the example “{ $title }”.
example-label = This is an example: “{ $example }”. What follows is about the example, not your setup. Start from your own with “An empty setup” or “Open file…” in the Scenario menu, or import your directory in step 3.
loaded-empty = Started an empty setup.
imported = Opened “{ $file }”.
opened-shared = Opened the setup from the shared link.
format-upgraded = This setup was written in scenario format { $from }; the planner upgraded it to format { $to } (same meaning). Saving, exporting and sharing write format { $to }.
undone = Restored the setup you had before.
import-failed = “{ $file }” was not opened; your current setup is unchanged.
import-too-large = “{ $file }” is { $mb } MB; the planner opens files up to 48 MB. Your current setup is unchanged.
import-reading = Reading the file…
import-unreadable = The file could not be read: { $reason }
storage-unreadable = The setup saved in this browser could not be read. It was kept aside, unchanged, under the storage key “{ $key }”; the planner started from the example instead.
storage-unreadable-held = The setup saved in this browser could not be read, and there is no room to keep a copy of it. It stays saved as it is: until you download it as a file or discard it, your changes here are not saved in this browser. The planner started from the example.
storage-unreadable-download = Download it
storage-unreadable-discard = Discard it
storage-write-failed = Your changes could not be saved in this browser (storage is full or disabled). Export the setup to a file to keep it.
storage-unavailable = This browser does not allow saving; export the setup to a file to keep your work.
share-invalid = The shared link could not be opened: { $reason }. Your saved setup is shown instead.
share-opening = Opening the shared setup…
share-too-large = This setup is too large for a link ({ $chars } characters; links may carry { $limit }). Export it to a file instead.
share-unavailable = This browser cannot compress a share link. Export the setup to a file instead.
share-link-too-long = the link is longer than { $limit } characters
share-not-base64 = the link is damaged (it is not valid base64)
share-not-deflate = the link is damaged (it does not decompress)
share-no-decompressor = this browser cannot decompress it
share-too-big-inflated = the setup in the link is larger than { $mb } MB
share-not-utf8 = the link does not hold text
# What the engine found wrong in a shared link or a file: the kind of problem, translated,
# then where it is and the engine's own words (in English).
engine-error = { $kind }: { $detail }
pasted-none = No email addresses were found in the pasted text.
pasted-added = { $added ->
    [0] No user was added.
    [one] Added { $added } user.
   *[other] Added { $added } users.
}
pasted-added-skipped = { $added ->
    [one] Added { $added } user
   *[other] Added { $added } users
}; skipped { $skipped } already in the directory or repeated.
tiers-carried-over = Seat tiers were carried over from the { $from } to the { $to } (highest to highest). Check the seats and seat-tier mappings.

## Input errors

input-errors-title = { $count ->
    [one] { $count } problem in the setup must be fixed
   *[other] { $count } problems in the setup must be fixed
}
input-errors-keep = Until then the review shows the last valid setup.
input-errors-no-valid = There is no valid setup to review yet.
go-to-field = Go to field
not-a-seat-number = Enter a whole number from 0 to 4294967295.
# The kind of an input error; the engine's own message (English) follows it.
input-error-kind = { $kind ->
    [syntax] Not readable
    [type] Wrong type
    [missing] Missing
    [unknown_field] Unknown field
    [unknown_id] Unknown value
    [duplicate] Duplicate
    [invalid] Not allowed
    [version] Unsupported version
   *[other] Problem
}

## Wizard

steps-label = Setup steps
back = Back
next = Next
step-title = { $step ->
    [plan] Plan and organizations
    [modes] Provisioning mode
    [directory] Directory
    [mappings] Group mappings
   *[review] Review
}
step-intro = { $step ->
    [plan] Your plan, the organizations joined to your parent organization, the seats you have purchased, and who configures provisioning.
    [modes] How users get into each organization: added by hand (Invite only), at their first sign-in (JIT), or synchronised from your identity provider (Directory sync, SCIM). The setting is in the User provisioning section of Organization settings > Organization and access.
    [directory] The users your identity provider knows, their groups, whether they are assigned to the Anthropic app, and who is a member of each organization today.
    [mappings] Advanced group mappings give roles and seat tiers from identity-provider groups. The highest mapped role wins.
   *[review] What happens to every user when you click “Save changes”, why, and what to fix first.
}

## Step 1: plan and organizations

plan = Plan
parent-org = Parent organization
plan-hint = The plan of your parent organization, which owns SSO, the verified domain and the identity-provider connection.
actor = Who configures provisioning (your email)
actor-hint = The planner checks that you keep Owner (Claude) or Admin (Console) access after saving.
organizations = Organizations
org-id = Id
org-name = Name
org-id-hint = Your own short name for this organization: findings, exports and share links use it. It is not Anthropic’s organization ID.
org-product = Product
remove-org = Remove organization { $org }
add-claude-org = Add the Claude organization
add-console-org = Add a Console organization
seats = Purchased seats
check-capacity = Check seat capacity
check-capacity-hint = Turn on to enter the seats you have purchased; users who find no free seat are then shown as not added.
no-seats-console = Console organizations have no seat tiers.
one-claude-org = A parent organization has at most one Claude organization.
no-claude-on-console-only = A Console organization with its own parent has no Claude organization.
product-name = { $product ->
    [claude] Claude
    [console] Claude Console
   *[other] { $product }
}
plan-name = { $plan ->
    [team] Team plan
    [enterprise_seat_based] Enterprise plan, seat-based
    [enterprise_usage_based] Enterprise plan, usage-based (two seat tiers)
    [enterprise_usage_based_single_seat] Enterprise plan, usage-based (one seat tier)
    [console_only] Console organization with its own parent
   *[other] { $plan }
}
# Roles as the product shows them.
role-name = { $role ->
    [owner] Owner
    [admin] Admin
    [developer] Developer
    [limited_developer] Limited Developer
    [billing] Billing
    [claude_code_user] Claude Code User
    [user] User
   *[other] { $role }
}
tier-name = { $tier ->
    [premium] Premium
    [standard] Standard
    [chat_claude_code] Chat + Claude Code
    [chat] Chat
    [enterprise] Enterprise
   *[other] { $tier }
}

## Step 2: provisioning mode

idp = Identity provider
scim-connected = SCIM directory sync is connected
scim-connected-hint = Guide step 2: set up directory sync in your identity provider before choosing SCIM.
mode = Provisioning mode
agm = Advanced group mappings
turn-on-agm = Turn on group mappings
agm-hint = Roles and seat tiers from identity-provider groups (JIT and SCIM only).
not-available = Not available
available = Available
chosen-but-not-eligible = Chosen, but not available: this organization is evaluated as Invite only.
mode-not-stated = No mode chosen yet: Invite only applies.
agm-no-effect-here = Group mappings have no effect under Invite only.
mode-name = { $mode ->
    [manual] Invite only
    [jit] Just-in-time (JIT)
   *[scim] Directory sync (SCIM)
}
mode-short = { $mode ->
    [manual] Invite only
    [jit] JIT
   *[scim] SCIM
}
mode-with-mappings = { $mode } + group mappings
mode-description = { $mode ->
    [manual] You invite and remove users by hand. Nobody is added or removed automatically.
    [jit] Users assigned to the app join at their first sign-in. Members no longer assigned are blocked (they stay listed until removed by hand).
   *[scim] Your identity provider adds users at once and removes members who lose access to the app.
}
scim-unavailable-reason = { $product ->
    [claude] SCIM needs an Enterprise plan; it is not available on the Team plan (R7).
   *[console] SCIM is not available to a Console organization joined to a Team parent (R7).
}
idp-name = { $idp ->
    [okta] Okta
    [entra] Microsoft Entra ID
    [google] Google Workspace
    [jumpcloud] JumpCloud
    [onelogin] OneLogin
    [other] Other
   *[unknown] { $idp }
}

## Step 3: directory

users = Users
email = Email
name = Name
sso-email = SSO email
sso-email-same = SSO sends: the same
sso-email-hint = The address this user's SSO sends, if it is not the email above (R26). Leave empty when it is the same.
sign-in-provisioned = Provisioned as
sign-in-sends = SSO sends
sign-in-differs = Differs: { $provisioned } against { $sends }.
assigned = Assigned to the app
assigned-short = Assigned
groups = Groups
groups-hint = Each group is a chip: type a name (the setup's groups are offered) and press Enter, or × to take the user out. Names are compared exactly; a group no one else has is marked new.
group-add = Add a group…
group-add-label = Add a group for { $who }
group-new = new group
group-new-title = No other user is in this group and no group mapping names it: check the spelling.
group-remove = Remove { $who } from { $group }
user-n = user { $n }
member-n = member { $n }
# An accessible name: "Email, user 3" or "Groups, ada@example.com".
field-of = { $field }, { $who }
add-user = Add a user
remove = Remove
remove-who = Remove { $who }
paste-emails = Paste a list of email addresses
paste-hint = One per line, or separated by commas or spaces. Addresses already in the directory are skipped.
add-pasted = Add these users
filter-users = Filter users
no-users = No users yet. Add them one by one or paste a list of email addresses.
showing-of = Showing { $shown } of { $total }.
show-all = Show all
members-of = Current members of { $org }
members-hint = Who is in the organization today, with their role and seat. An organization with no members listed is taken to be new, with you as its Owner/Admin.
role = Role
seat-tier = Seat tier
# R27: a checkbox per member of a Claude organization, and the badge of their row in the review.
primary-owner = Primary Owner
primary-owner-not-owner = Only an Owner can be the Primary Owner.
primary-owner-taken = { $who } is already the Primary Owner; clear that mark first to choose someone else.
unknown-tier = (not given)
add-member = Add a member
no-members = No members listed.

## Step 4: group mappings

roles-from-groups = Roles from groups
tiers-from-groups = Seat tiers from groups
add-group = Add
add-group-to = Add a group for { $target }
remove-group = Remove { $group } from { $target }
no-groups-mapped = No group mapped.
group-members = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
group-empty = no user in the directory
agm-off-note = Advanced group mappings are off for this organization: mappings are kept but ignored (R13). Turn them on in step 2.
agm-manual-note = This organization is set to Invite only: mappings have no effect (R6).
precedence = Role precedence
precedence-hint = Billing cannot be ranked against Developer, Limited Developer or Claude Code User. When a user's groups give both, the role higher in this list wins.
precedence-claude = Claude roles are ranked Owner > Admin > User: the highest mapped role always wins.
move-up = Move { $role } up
move-down = Move { $role } down
reset-precedence = Use the default order
precedence-custom = Custom order
interpretation = Assumption
from-the-guide = From the guide:
interp-precedence = The guide does not rank Billing against Developer, Limited Developer or Claude Code User. The planner assumes the default order Admin, Developer, Limited Developer, Billing, Claude Code User, User (R3); change it above if yours differs.
interp-tier-group-scope = A user in a seat-tier group but in no role group is in scope, with the User role (R10, R11): the guide provisions users in at least one mapped group, and a user in no group mapped to a higher role is downgraded to User.
tiers-not-applicable-single = Single-seat Enterprise has one seat tier: seat-tier mapping does not apply and every provisioned user gets an Enterprise seat (R16).
tiers-not-applicable-console = Console organizations have no seat tiers (R4, R16).
default-tier-note = A user in no seat-tier group gets the highest tier that still has a free seat, usually the dearest (R15).

## Review

live-summary = Live check
open-review = Open the full review
findings = What to fix
no-findings = Nothing to fix.
what-to-do = What to do:
go-to-step = Go to { $step }
on-save = What happens when you click “Save changes”
save-tile = { $kind ->
    [add] added
    [update] updated
    [remove] removed
    [blocked] blocked
    [not_added] not added
    [later] change role or tier at sign-in
   *[pending] join at sign-in
}
per-user = Every user
search-users = Search: email, name, role, seat tier, group, finding
status-filter = Show
all-users = All users
changes-only = Only users whose access changes
organization = Organization
filter-any = Any
rules-title = The rules cited
rule-text = { $rule ->
    [R1] The parent organization owns SSO, the verified domain and the connection to your identity provider; its plan sets the Claude seat tiers.
    [R2] A parent organization has at most one Claude organization and any number of Console organizations.
    [R3] Roles are ranked: Owner above Admin above User in Claude; in Console, Admin is highest and User lowest, and a precedence list decides between the others.
    [R4] Only Claude organizations have seat tiers: those of the plan.
    [R5] Whoever configures provisioning holds Owner (Claude) or Admin (Console); the planner checks that they keep it.
    [R6] Each organization has a mode (Invite only, JIT or SCIM); group mappings work only with JIT or SCIM.
    [R7] SCIM needs an Enterprise plan, or a Console organization that is its own parent or joined to an Enterprise parent.
    [R8] SCIM works only once directory sync is connected in your identity provider.
    [R9] A user assigned to the app is provisioned into every organization in SCIM mode.
    [R10] Invite only adds nobody; JIT adds users when they sign in; SCIM adds them at once and removes members who are out of scope.
    [R11] With group mappings, a user gets the highest role mapped to any of their groups.
    [R12] Saving removes (SCIM) or blocks (JIT) members who are not assigned to the app or, with group mappings, in no mapped group.
    [R13] Group mappings do nothing while advanced group mappings are off.
    [R14] With group mappings, a user gets the highest seat tier mapped to any of their groups.
    [R15] A new user in no seat-tier group gets the highest tier with a free seat, usually the dearest.
    [R16] On single-seat Enterprise every user gets the Enterprise seat; seat-tier mappings do not apply.
    [R17] A user who needs a seat of a full tier is not added until you buy more; seats held now are kept first.
    [R18] After you buy seats, “Sync now” adds the users who were left out.
    [R19] With group mappings, a group mapped to Owner (Claude) or Admin (Console) must hold at least one assigned user.
    [R20] Whoever configures provisioning must keep Owner (Claude) or Admin (Console) after saving, or they lock themselves out.
    [R21] A mapped group that no directory user belongs to is often misspelled: names are compared exactly.
    [R22] Membership of a group is not enough: users must also be assigned to the app in your identity provider.
    [R23] Group names that start with anthropic-claude- or anthropic-console- are easier to find; this is optional.
    [R24] Microsoft Entra sends SCIM changes only every 40 minutes.
    [R26] Under SCIM, a user can sign in only if the email SSO sends matches the provisioned email exactly, letter case included.
    [R25] Under JIT a change takes effect at the user's next sign-in; under SCIM on save and at each sync.
    [R28] Saving is stopped when more people would lose access than your limit allows (a number, or a share of the current members).
   *[R27] The Primary Owner keeps their role and seat in every mode: provisioning never removes, blocks or changes them.
}
col-user = User
col-status = Status
col-role = Role
col-seat = Seat tier
col-change = Change
col-when = Takes effect
col-why = Why
no-matching-users = No user matches.
seats-title = Seats
col-tier = Tier
col-purchased = Purchased
col-assigned = Assigned
col-shortfall = To buy
# The accessible name of a seat meter: "Premium: 12 of 20".
seat-meter = { $tier }: { $assigned } of { $purchased }
capacity-not-checked = No purchased seats given: capacity is not checked.
# Read before a role or tier that changes (Owner → Admin).
was = was
not-given = not given
checklist = Setup checklist
do-not-save-yet = Do not save yet
do-not-save-detail = Saving now would remove, block or lock out users, or leave the organization without an Owner/Admin. Fix the findings marked below first, then click “Save changes”.
save-blocked = Fix the errors before saving
save-ready = Ready to save
save-incomplete = Not checked yet
save-incomplete-detail = { $what ->
    [actor] Enter who configures provisioning (step 1): until then the planner cannot check that you keep Owner/Admin access.
   *[users] Add the users of your identity provider (step 3): until then the planner has nobody to check.
}
compare = Compare modes
compare-hint = The same setup under each mode, everything else unchanged.
col-mode = Mode
col-eligible = Available
col-members = Members
col-pending = At sign-in
col-not-added = Not added
col-removed = Removed
col-blocked = Blocked
col-out = Not in scope
col-findings = Errors / warnings / infos
current = current
use-this = Use this
use-this-mode = Use { $mode }
yes = Yes
no = No
notes = Assumptions and notes
no-notes = No assumptions were needed.
and-more = +{ $count } more
show-more = Show { $count } more ({ $left } not shown yet)
severity-counts = Findings
counts-line = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] { $infos } info
   *[other] { $infos } infos
}
severity-count = { $severity ->
    [error] { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
    [warning] { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
   *[info] { $count ->
        [one] { $count } info
       *[other] { $count } infos
    }
}
severity-name = { $severity ->
    [error] Error
    [warning] Warning
   *[info] Info
}
status-name = { $status ->
    [member] Member
    [pending_login] Joins at sign-in
    [not_added] Not added
    [removed] Removed
    [blocked] Blocked
    [out_of_scope] Not in scope
   *[other] { $status }
}
change-name = { $change ->
    [add] Added
    [update] Updated
    [remove] Removed
    [none] No change
   *[other] { $change }
}
takes-effect = { $when ->
    [on_save] On save
    [next_sign_in] At next sign-in
   *[none] —
}
all-organizations = All organizations

## Setup checklist (guide §6)

check-step = { $step ->
    [prerequisites] Set up single sign-on and verify your domain
    [choose_mode] Choose your provisioning mode
    [connect_directory] Set up SCIM directory sync (if using SCIM)
    [match_sign_in_email] Check that SSO and SCIM send the same email attribute
    [set_mode] Select the mode in User provisioning and turn on group mappings — do not click “Save changes” yet
    [assign_groups] Create groups in your identity provider, add users, include yourself in an Owner/Admin group
    [map_groups] Map groups to roles and seat tiers
    [save] Click “Save changes”
   *[other] { $step }
}
check-status = { $status ->
    [done] Done
    [todo] To do
    [skip] Not needed
    [blocked] Blocked
    [ready] Ready
   *[other] { $status }
}
# Why a step has its status. $codes: the titles of the findings concerned.
check-detail = { $step ->
    [prerequisites] A reminder the planner cannot check: single sign-on is set up with your identity provider, your domain is verified, and you hold Owner (Claude) or Admin (Console).
    [choose_mode] { $status ->
        [done] Every organization has a provisioning mode.
       *[other] Choose a mode for every organization; Invite only applies until then.
    }
    [connect_directory] { $status ->
        [skip] Only needed for SCIM.
        [done] Directory sync is connected.
       *[other] Set up directory sync in Organization settings > Organization and access, following the WorkOS guide; stop at the identity-provider groups step.
    }
    [match_sign_in_email] { $status ->
        [skip] Only needed for SCIM.
        [done] Everyone SCIM provisions signs in with the address they are provisioned under.
        [blocked] Some users could not sign in: first resolve { $codes }.
       *[other] Users waiting for a seat sign in with another address than SCIM sends; align the attributes before they are added.
    }
    [set_mode] { $status ->
        [done] The mode can be set without losing anyone.
       *[other] Do not click “Save changes” yet: first resolve { $codes }.
    }
    [assign_groups] { $status ->
        [skip] Only needed with advanced group mappings.
        [done] { $you ->
            [yes] The groups exist and hold an Owner/Admin, you included.
           *[no] The groups exist and hold an Owner/Admin.
        }
       *[other] Fix in your identity provider: { $codes }.
    }
    [map_groups] { $status ->
        [skip] Only needed with advanced group mappings.
       *[other] Groups are mapped to roles and seat tiers.
    }
   *[save] { $status ->
        [ready] Nothing blocks saving.
       *[other] Fix the errors first: { $codes }.
    }
}

## Findings: a title, a detail from the finding's parameters, and what to do

finding-title = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM is not available for this organization
    [SCIM_NOT_CONNECTED] Directory sync is not connected yet
    [SCIM_FANOUT] SCIM provisions into several organizations
    [AGM_NO_EFFECT] Group mappings have no effect under Invite only
    [ROLE_DEFAULTED] Users get the User role by default
    [ROLE_AMBIGUOUS] Roles that cannot be ranked
    [MEMBERS_REMOVED_ON_SAVE] Saving removes current members
    [MEMBERS_BLOCKED] Saving blocks current members
    [MAPPINGS_IGNORED] Group mappings are ignored
    [DEFAULT_SEAT_TIER] Users take the highest free seat tier
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Seat-tier mappings do not apply
    [SEAT_SHORTFALL] Not enough seats
    [NO_PRIVILEGED_GROUP] No Owner/Admin group
    [ACTOR_LOSES_ACCESS] You would lose your Owner/Admin access
    [UNKNOWN_GROUP] A mapped group has no users
    [UNASSIGNED_IN_GROUP] Users in mapped groups are not assigned to the app
    [GROUP_NAMING] Group names without the suggested prefix
    [ENTRA_SYNC_DELAY] Microsoft Entra syncs every 40 minutes
    [LOOKALIKE_EMAILS] Addresses that look alike
    [ACTOR_NOT_PRIVILEGED] You may not hold the role the guide assumes
    [PRIMARY_OWNER_EXEMPT] The Primary Owner is kept as they are
    [SSO_EMAIL_MISMATCH] SSO sends another email than SCIM
    [REMOVAL_THRESHOLD] Saving would take access from more people than your limit
   *[other] { $code }
}
finding-advice = { $code ->
    [SCIM_NOT_ELIGIBLE] SCIM needs an Enterprise plan (or a Console organization that is its own parent or is joined to an Enterprise parent). Choose JIT or Invite only, or upgrade the plan.
    [SCIM_NOT_CONNECTED] Connect directory sync (SCIM) in your identity provider first (guide step 2), then come back to set the mode.
    [SCIM_FANOUT] A user assigned to the app is provisioned into every organization in SCIM mode. Use group mappings to keep each organization to its own people.
    [AGM_NO_EFFECT] Group mappings only work with JIT or SCIM. Choose one of those modes or turn group mappings off.
    [ROLE_DEFAULTED] These users are in a seat-tier group but in no role group, so they get User. Add them to a role group if they need more.
    [ROLE_AMBIGUOUS] The two roles cannot be ranked, so the precedence list decides. Keep the user in one of the groups, or set the precedence you want.
    [MEMBERS_REMOVED_ON_SAVE] Do not save yet: first assign these people to the app (and, with group mappings, to a mapped group), or accept that they lose access.
    [MEMBERS_BLOCKED] Do not save yet: first assign these people to the app (and, with group mappings, to a mapped group); otherwise they cannot sign in and must be removed by hand.
    [MAPPINGS_IGNORED] Turn on advanced group mappings to use these mappings; until then roles and seats change only by hand.
    [DEFAULT_SEAT_TIER] Users in no seat-tier group take the highest tier with a free seat, usually the dearest. Add them to a seat-tier group to choose.
    [SEAT_TIER_MAPPING_NOT_APPLICABLE] Remove these seat-tier mappings: this organization has no seat tiers to map (single-seat Enterprise or Console).
    [SEAT_SHORTFALL] Buy the missing seats at Organization settings > Billing (or move users to a tier with free seats). Under SCIM, then click “Sync now” or wait for the next sync cycle; under JIT, a waiting user joins at their next sign-in once a seat is free.
    [NO_PRIVILEGED_GROUP] Map a group to Owner (Claude) or Admin (Console) and put at least one assigned user, yourself included, in it.
    [ACTOR_LOSES_ACCESS] Before you save, put yourself in a group mapped to the role you hold (Owner or Admin) and assign yourself to the app. Afterwards, another Owner or Admin can restore your role at Organization settings > Organization (Claude) or Settings > Members (Console).
    [UNKNOWN_GROUP] No directory user is in this group: check its spelling (names are compared exactly) or add its members.
    [UNASSIGNED_IN_GROUP] Assign these users to the Anthropic app in your identity provider; group membership alone does not provision them.
    [GROUP_NAMING] Optional: start group names with anthropic-claude- or anthropic-console- so that they are easy to find.
    [ENTRA_SYNC_DELAY] Microsoft Entra pushes SCIM changes only every 40 minutes: allow for the delay before checking the results.
    [LOOKALIKE_EMAILS] Check these addresses in your identity provider: Claude matches each account by its exact text, so an address that only looks like another is a different person, and one with a hidden character matches no one.
    [SEAT_SHORTFALL-scim] Buy the missing seats at Organization settings > Billing (or move users to a tier with free seats). Then click “Sync now” next to Directory sync (SCIM) in Organization settings > Organization and access, or wait for the next sync cycle, to provision the users not yet added.
    [SEAT_SHORTFALL-jit] Buy the missing seats at Organization settings > Billing (or move users to a tier with free seats). A user waiting for a seat joins at their next sign-in once one is free.
    [SEAT_SHORTFALL-manual] More seats are held than purchased: buy the missing seats at Organization settings > Billing, or take seats back by hand.
    [ACTOR_LOSES_ACCESS-claude-jit] Before you save, put yourself in a group mapped to the role you hold (Owner or Admin) and assign yourself to the app. If it has happened: another Owner or Admin can restore your role at Organization settings > Organization; or fix your group in the identity provider, then sign out and sign in again.
    [ACTOR_LOSES_ACCESS-claude-scim] Before you save, put yourself in a group mapped to the role you hold (Owner or Admin) and assign yourself to the app. If it has happened: another Owner or Admin can restore your role at Organization settings > Organization; or fix your group in the identity provider, then ask another Owner or Admin to click “Sync now” in Organization and access, or wait for the next sync cycle.
    [ACTOR_LOSES_ACCESS-console-jit] Before you save, put yourself in a group mapped to Admin and assign yourself to the app. If it has happened: another Admin can restore your role at Settings > Members; or fix your group in the identity provider, then sign out and sign in again.
    [ACTOR_LOSES_ACCESS-console-scim] Before you save, put yourself in a group mapped to Admin and assign yourself to the app. If it has happened: another Admin can restore your role at Settings > Members; or fix your group in the identity provider, then ask another Admin to click “Sync now” in Organization and access, or wait for the next sync cycle.
    [ACTOR_NOT_PRIVILEGED] The guide assumes that whoever configures provisioning holds Owner (Claude) or Admin (Console): ask one to make these changes, or to give you that role at Organization settings > Organization (Claude) or Settings > Members (Console). If you hold it under another email, enter that email as yours.
    [ACTOR_NOT_PRIVILEGED-claude] The guide assumes that whoever configures provisioning holds Owner: ask an Owner to make these changes, or to give you the Owner role at Organization settings > Organization. If you hold it under another email, enter that email as yours.
    [ACTOR_NOT_PRIVILEGED-console] The guide assumes that whoever configures provisioning holds Admin: ask an Admin to make these changes, or to give you the Admin role at Settings > Members. If you hold it under another email, enter that email as yours.
    [ROLE_DEFAULTED-jit] These users are in a seat-tier group but in no role group, so they get User. Add them to a role group if they need more; a member then gets the new role once they sign out and sign in again.
    [ROLE_DEFAULTED-scim] These users are in a seat-tier group but in no role group, so they get User. Add them to a role group if they need more; members then get the new role on “Sync now” or at the next sync cycle.
    [PRIMARY_OWNER_EXEMPT] Nothing to do: provisioning leaves the Primary Owner as they are. To provision them like anyone else, first transfer the Primary Owner role to another Owner.
    [SSO_EMAIL_MISMATCH] Claude matches the address SSO sends to the provisioned account exactly, letter case included. In your identity provider, map the SCIM userName and the SSO email claim to the same attribute (usually the primary email), then run a full sync: an incremental sync does not repair existing accounts.
    [SSO_EMAIL_MISMATCH-okta] In the Okta app, SCIM (Provisioning > To App: userName, by default user.login) and SSO (Sign On) are set apart. Map both to user.email, then force a full re-sync: an incremental sync does not repair existing accounts.
    [SSO_EMAIL_MISMATCH-entra] In Microsoft Entra, SCIM is set under Enterprise applications (the app's Provisioning > Attribute mappings: userName, by default userPrincipalName) and SSO in the app's single sign-on claims, or under App registrations for OIDC. Map both to the same attribute (userPrincipalName or mail), then restart provisioning for a full sync: an incremental cycle does not repair existing accounts.
    [SSO_EMAIL_MISMATCH-google] In the Google Admin console, the app's SAML attribute mapping and its auto-provisioning (SCIM) are separate tabs. Map both to the primary email (primaryEmail), not an alias, then trigger a full re-sync: an incremental sync does not repair existing accounts.
    [SSO_EMAIL_MISMATCH-onelogin] In the OneLogin app, the SCIM provisioning parameters and the SAML attribute statements are separate tabs. Map both to Email (not Username), then run a full sync: an incremental sync does not repair existing accounts.
    [REMOVAL_THRESHOLD] Do not save yet: check that each of these people is meant to lose access (if not, assign them to the app or to a mapped group). If the change is right, raise the limit for this change.
   *[other] { $code }
}
finding-scim-not-eligible = SCIM is not available for { $org } on this plan ({ $plan }), so it is evaluated as Invite only.
finding-scim-not-connected = SCIM is chosen for { $orgs }, but directory sync is not connected yet; outcomes are shown as they will be once it is.
finding-scim-fanout = A user assigned to the app is provisioned into each of these { $count } organizations: { $orgs }.
finding-agm-no-effect = Advanced group mappings are on for { $org } but have no effect under Invite only.
finding-role-defaulted = { $count ->
    [one] { $count } user is
   *[other] { $count } users are
} in scope through a seat-tier group only and get the User role (the guide provisions users in at least one mapped group, and a user in no group mapped to a higher role is downgraded to User).
finding-role-ambiguous = { $user } gets both { $chosen } and { $rival }, which cannot be ranked; the precedence list gives { $chosen }.
finding-members-removed = { $count ->
    [one] Saving now removes { $count } current member from { $org }.
   *[other] Saving now removes { $count } current members from { $org }.
}
finding-members-blocked = { $count ->
    [one] Saving now blocks { $count } current member of { $org }: they cannot sign in but stay listed and keep their seat.
   *[other] Saving now blocks { $count } current members of { $org }: they cannot sign in but stay listed and keep their seats.
}
finding-mappings-ignored = { $count ->
    [one] { $count } mapped group of { $org } is ignored while advanced group mappings are off.
   *[other] { $count } mapped groups of { $org } are ignored while advanced group mappings are off.
}
finding-default-seat-tier = { $count ->
    [one] { $count } user in no seat-tier group takes the highest tier with a free seat: { $tiers }.
   *[other] { $count } users in no seat-tier group take the highest tier with a free seat: { $tiers }.
}
# One tier of a list: "Premium: 3 users".
tier-users = { $tier }: { $count ->
    [one] { $count } user
   *[other] { $count } users
}
finding-tier-mapping-not-applicable = { $product ->
    [claude] Seat-tier mappings of { $org } do not apply (single-seat Enterprise has one seat tier) and are ignored.
   *[console] Seat-tier mappings of { $org } do not apply (Console organizations have no seat tiers) and are ignored.
}
finding-seat-shortfall = Not enough seats in { $org }: buy { $tiers }.
# One tier of a list: "Premium: 2 seats".
tier-seats = { $tier }: { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
finding-no-privileged-group = { $count ->
    [0] No group of { $org } is mapped to { $role }.
   *[other] No assigned user is in a group mapped to { $role } in { $org }.
}
finding-actor-demoted = After saving you ({ $actor }) would have the role { $role } in { $org }, below { $privileged } (status: { $status }).
finding-actor-out = After saving you ({ $actor }) would lose { $privileged } access to { $org } (status: { $status }).
finding-actor-not-privileged = You ({ $actor }) hold { $role } in { $org }, not { $privileged }: the guide assumes whoever configures provisioning holds { $privileged }.
finding-actor-not-member = You ({ $actor }) are not listed as a member of { $org }: the guide assumes whoever configures provisioning holds { $privileged }.
finding-unknown-group = { $count ->
    [one] No directory user is in the mapped group { $groups }.
   *[other] No directory user is in the mapped groups { $groups }.
}
finding-case-mismatch = { $group } differs from { $other } only in letter case; names are compared exactly.
finding-unassigned-in-group = { $count ->
    [one] { $count } user is in mapped groups but not assigned to the app, so not provisioned.
   *[other] { $count } users are in mapped groups but not assigned to the app, so not provisioned.
}
finding-group-naming = { $count ->
    [one] Optional: { $count } mapped group does not start with { $prefix }, the prefix the guide suggests.
   *[other] Optional: { $count } mapped groups do not start with { $prefix }, the prefix the guide suggests.
}
finding-entra-sync-delay = Microsoft Entra pushes SCIM changes only every { $minutes } minutes; changes may take that long to appear.
finding-primary-owner-exempt = { $user } is the Primary Owner of { $org } and is kept as they are, although provisioning would { $would ->
    [removed] remove them
    [blocked] block them
   *[other] change their role or seat tier
}.
finding-sso-email-mismatch = { $count ->
    [one] { $count } user of { $org } cannot sign in: their SSO sends another email than the one SCIM provisions.
   *[other] { $count } users of { $org } cannot sign in: their SSO sends another email than the one SCIM provisions.
}
finding-removal-threshold = { $count ->
    [one] Saving would take access from { $count } person in { $org }, above your limit of { $limit }.
   *[other] Saving would take access from { $count } people in { $org }, above your limit of { $limit }.
}
finding-lookalike-pairs = { $count ->
    [one] { $a } and { $b } look the same but are two different people ({ $marks }).
   *[other] { $count } pairs of addresses look the same but are different people, such as { $a } and { $b } ({ $marks }).
}
finding-lookalike-hidden = { $count ->
    [one] { $count } address carries a character one cannot see: { $list }.
   *[other] { $count } addresses carry a character one cannot see: { $list }.
}

## The planner's assumptions and notes, by id

note = { $note ->
    [scim_outcomes_once_connected] Outcomes are computed as they will be once directory sync is connected.
    [no_actor] No one is named as configuring provisioning, so the planner cannot check that you keep Owner/Admin access. Enter your email in step 1.
    [seat_group_scope] A user in a seat-tier group but in no role group is in scope, with the User role: the guide provisions users in at least one mapped group, and a user in no group mapped to a higher role is downgraded to User.
    [default_precedence] Console roles that cannot be ranked are decided by the order Admin, Developer, Limited Developer, Billing, Claude Code User, User; the guide does not say. Set the role precedence in step 4 to choose.
    [tier_changes_first] Seats go first to current members moving to another tier (a seat one gives up is free for the others), then to new users whose groups name a tier, then to new users taking the default tier, each in directory order; current members in no seat-tier group move up to the default tier last, once nobody waits; so buying the shortfall is always enough.
    [capacity_not_checked] No purchased seats are given for { $org }, so seat capacity is not checked.
    [members_keep_tiers] No seat-tier group is mapped, so current members keep the seat tiers they hold. The guide gives a user in no seat-tier group the highest available tier; the planner applies that to current members only once a seat-tier group is mapped.
    [scim_connected_orgs] The guide says SCIM provisions assigned users into all organizations connected to your parent organization; the planner provisions them only into the organizations set to SCIM.
    [jit_blocks_members] Under JIT the planner shows members out of scope as blocked: they cannot sign in but stay listed until they sign in or are removed by hand, as the guide's table says, where its step 3 says that saving too early removes them.
    [new_organization] This organization lists no members, so the planner takes it to be new, with you as its one member: Owner (Claude) or Admin (Console), holding a seat. List its current members in step 3 if it is not new.
    [highest_free_tier] The guide gives a user in no seat-tier group the highest available tier; the planner reads it as the highest tier with a free seat, so a user takes a lower tier when the highest is full.
    [usage_tier_order] The guide does not rank the usage-based seat types; the planner takes Chat + Claude Code as higher than Chat, for the default tier and when a user's groups map both.
    [console_ranking] The guide gives a user the highest permission of their groups but does not rank Console roles; the planner ranks Admin above every role, User below every role, and Developer above Limited Developer above Claude Code User.
    [primary_owner_exempt] The guide says only that SCIM removes every account except the Primary Owner's; the planner keeps the Primary Owner as they are in every mode: never removed or blocked, and group mappings never change their role or seat tier.
   *[other] {""}
}

## Why a user ends as they do (R10–R25)

why-group-role = group { $group } gave { $role } (R11)
why-seat-group-only = in a seat-tier group only: User by default (R11)
why-new-user-default = new users get User without group mappings (R10)
why-keeps-role = keeps { $role }: without group mappings roles change only by hand (R10)
why-primary-owner = the Primary Owner: kept as they are, whatever their groups give (R27)
why-manual-keeps = Invite only: kept as is (R10)
why-group-tier = group { $group } gave a { $tier } seat (R14)
why-default-tier = in no seat-tier group: the highest tier with a free seat, { $tier } (R15)
why-single-seat = one seat tier: { $tier } (R16)
why-keeps-tier = keeps the { $tier } seat
why-keeps-unknown-tier = keeps a seat of unknown tier (R17)
why-tier-full = the new tier has no free seat: keeps the current seat until you buy more (R17)
why-ambiguous = { $chosen } and { $rival } cannot be ranked: the precedence list chose { $chosen } (R3, R11)
why-joins-at-sign-in = joins at the first sign-in (R10, R25)
why-manual = Invite only: nobody is added automatically (R10)
why-manual-fallback = SCIM is not available here, so Invite only applies (R7)
why-not-assigned = not assigned to the app in the identity provider (R10)
why-no-mapped-group = in no group mapped in this organization (R10)
why-removed-unassigned = current member not assigned to the app: removed on save (R12)
why-removed-no-group = current member in no mapped group: removed on save (R12)
why-blocked = out of scope under JIT: cannot sign in, stays listed and keeps the seat until removed by hand (R10, R12)
why-not-added = no free seat of the tier needed: buy seats, then click “Sync now” (R17, R18)

## Views for embedding

scim-check-title = Can this organization use SCIM?
scim-check-org = Organization
scim-check-claude = The Claude organization
scim-check-console = A Console organization joined to this parent
scim-check-console-own = The Console organization (its own parent)
open-planner = Open the planner
compare-title = Mode comparison: { $example }
unknown-example = There is no example named “{ $name }”. Examples: { $known }.
unknown-view = There is no view named “{ $name }”; showing the planner.

## Importing users from an identity provider

import-title = Import users from your identity provider
import-hint = Exports of Okta, Google Workspace, Microsoft Entra ID, SCIM 2.0 JSON or a plain CSV (email, name, groups). Choose several files at once, e.g. users and group memberships. Files are read in this browser and never sent anywhere.
import-drop = Drop export files here, or
import-choose = Choose files…
import-paste = Paste an export
import-paste-label = Exported text (CSV or SCIM JSON)
import-paste-read = Read the pasted text
# The name under which pasted text is listed, like a file name.
import-pasted-name = pasted text
import-sample = Or try a sample export
import-sample-placeholder = Choose a sample…
import-sample-read = Read the sample
import-sample-title = { $sample ->
    [okta] Okta: users and group memberships (2 files)
    [scim] SCIM 2.0 JSON: users and groups
    [plain] Plain CSV: email, name, groups
    [broken] A file with a mistake (to see how errors are shown)
   *[other] Sample
}
import-reading-files = Reading the files…
import-preview-title = What the import would load
import-preview-hint = Nothing has changed yet. Replace the directory with these users, or merge them into it: users are matched by email without regard to letter case, and their groups are united.
import-users = Users
import-groups = Groups
import-memberships = Group memberships
import-warnings = Warnings
import-warnings-count = Warnings ({ $count })
import-known = { $known } already in the directory, { $new } new.
import-unassigned = { $count ->
    [one] { $count } deactivated user: imported as not assigned to the app.
   *[other] { $count } deactivated users: imported as not assigned to the app.
}
# A file read and the export format recognised in it.
import-file-format = { $file }: { $format }
format-name = { $format ->
    [scim] SCIM 2.0 JSON
    [google-users] Google Workspace users CSV
    [google-members] Google Workspace group members CSV
    [entra-users] Microsoft Entra ID users CSV
    [okta-users] Okta users CSV
    [okta-groups] Okta group membership CSV
    [plain] plain CSV
   *[other] { $format }
}
import-replace = Replace the directory
import-merge = Merge into the directory
cancel = Cancel
import-failed-title = { $count ->
    [one] Nothing was loaded: { $count } problem to fix. Your setup is unchanged.
   *[other] Nothing was loaded: { $count } problems to fix. Your setup is unchanged.
}
# Where a problem is in a file.
import-at = { $file }, line { $line }, column { $column }
import-more = … and { $count } more.
import-no-files = No file was given.
import-too-many-files = { $count } files were chosen; the planner reads up to { $max } at once.
import-file-too-large = The file is { $mb } MB; the planner reads files up to { $max } MB.
# The directory already in the planner, named like a file in problems of a merge.
current-directory = the current directory
import-applied-members = { $count ->
    [one] Loaded { $count } current member of { $org } from { $files } (there were { $before }).
   *[other] Loaded { $count } current members of { $org } from { $files } (there were { $before }).
}
import-applied-replace = { $count ->
    [one] Replaced the directory with { $count } user from { $files } (there were { $before }).
   *[other] Replaced the directory with { $count } users from { $files } (there were { $before }).
}
import-applied-merge = { $count ->
    [one] Merged { $files } into the directory: { $count } user ({ $new } new).
   *[other] Merged { $files } into the directory: { $count } users ({ $new } new).
}
import-stopped = The importer stopped ({ $reason }). Nothing was changed; try again, or reload the page.
demo-failed = The demo could not be made ({ $reason }). Nothing was changed; choose it again to retry.
import-not-loaded = it could not be loaded: the server did not answer
# Then why the worker's answer, or the page's request to it, could not be read: the words of
# the reader of the message (English).
import-garbled = its answer could not be read: { $detail }
import-request-unreadable = the page's request could not be read: { $detail }
import-stale = The directory has changed since these files were read: read them again to merge.
# Rows of an import that cannot be read: the import is refused unless the visitor leaves them out.
import-bad-rows-title = { $bad ->
    [one] { $bad } bad row: nothing is loaded unless you leave it out.
   *[other] { $bad } bad rows: nothing is loaded unless you leave them out.
}
import-bad-rows-hint = Fix the file and read it again, or import only the good rows. Nothing changes until you apply the import.
import-skip-bad = { $good ->
    [one] Import the { $good } good row
   *[other] Import the { $good } good rows
}, { $bad ->
    [one] leave out the { $bad } bad one
   *[other] leave out the { $bad } bad ones
}
import-skipped = { $count ->
    [one] { $count } bad row left out
   *[other] { $count } bad rows left out
}
# Groups that the group mappings name but that no imported user is in.
import-missing-title = { $count ->
    [one] { $count } mapped group is in no imported user's groups: its mapping would find nobody.
   *[other] { $count } mapped groups are in no imported user's groups: their mappings would find nobody.
}
import-missing-none = nothing like it in the files
import-looks-like = the files have
import-like = { $how ->
    [without_domain] its email address
    [case] other letter case
   *[prefix] another prefix
}
import-without-domains = Use group names without the domain
import-without-domains-hint = Reads the files again and names each group by the part of its email before @: anthropic-claude-owners@acme.com becomes anthropic-claude-owners.
import-renamed = { $count ->
    [one] Groups are named without their domain ({ $count } membership renamed).
   *[other] Groups are named without their domain ({ $count } memberships renamed).
}
import-replace-drops = { $count ->
    [one] Replace drops { $count } user of the directory that the files do not list.
   *[other] Replace drops { $count } users of the directory that the files do not list.
}
import-merge-adds = { $count ->
    [one] Merge adds { $count } user and drops nobody.
   *[other] Merge adds { $count } users and drops nobody.
}
import-effect-title = The review if you apply the import
import-effect-now = Now
import-effect-replace = After Replace
import-effect-merge = After Merge
import-effect-in-scope = Users in scope
import-effect-errors = Errors
import-effect-invalid = { $count ->
    [one] { $count } input error
   *[other] { $count } input errors
}
import-effect-large = This setup is large: its review is worked out once you apply the import (Undo brings the directory back).
# The kind of a warning of the importer; its own words (English) follow.
import-warning-kind = { $kind ->
    [case_variant] Same person, different letter case
    [repeated] Listed twice
    [sign_in_name_differs] Sign-in name differs from the email
    [member_not_listed] Group member not in the user list
    [deactivated] Deactivated
    [nested_group] Group inside a group
    [incomplete] Incomplete listing
    [no_user_list] No user list
    [formula_like] Starts like a spreadsheet formula
    [hidden_character] A character one cannot see
    [lookalike_email] Looks like another address
   *[other] Warning
}

## Current members from a file

members-load = Load members from a CSV…
members-sample = Try a sample member list
members-load-hint = Columns email, role and optionally seat tier (ids or labels, e.g. Owner, Chat + Claude Code).
members-preview = { $count ->
    [one] { $count } member read. Nothing has changed yet: replace the current members of { $org } with this one?
   *[other] { $count } members read. Nothing has changed yet: replace the current members of { $org } with them?
}
members-replace = Replace the members
members-one-file = Choose one file of members at a time.
members-no-org = The organization no longer exists.
# A member of the file, by position and email, then the engine's words (English).
member-problem = member { $n } ({ $email }): { $detail }

## Large directories

paste-cut = The pasted text was too long ({ $pasted } characters): only the first { $kept } were kept. Open large exports as files instead.
showing-range = Showing { $first }–{ $last } of { $total }.
previous-page = Previous
next-page = Next
updating = Updating…
updating-comparison = Comparing the modes…
large-demo = Large demo
large-demo-title = A large demo: { $users } users
loaded-demo = Loaded a generated demo of { $users } users (SCIM with group mappings).
demo-progress = Loading a demo of { $users } users
demo-phase = { $phase ->
    [generating] Generating users and groups…
    [checking] Checking the setup…
   *[evaluating] Working out what happens to every user…
}
export-users = Export users CSV
export-failed = The browser did not allow the download; nothing was lost.
storage-too-large = This setup is too large to keep in this browser's storage (it is full). Your work is still here until you close the page: export it to a file to keep it. The last setup that fitted stays saved.
