//! §6: the setup checklist, the guide's steps with what the evaluation says of each.

use crate::catalog::{Code, Mode, Severity, Status, Step, StepStatus};
use crate::scenario::Scenario;

use super::{ChecklistItem, Finding, OrgEvaluation};

pub(super) fn checklist(
    sc: &Scenario,
    orgs: &[OrgEvaluation<'_>],
    findings: &[Finding<'_>],
) -> Vec<ChecklistItem> {
    // The codes of `findings` among `codes`, each once, in the order they first appear.
    let has = |codes: &[Code]| -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for f in findings.iter().filter(|f| codes.contains(&f.code())) {
            if !out.contains(&f.code().id()) {
                out.push(f.code().id());
            }
        }
        out
    };
    let any_scim = orgs.iter().any(|o| o.effective_mode == Mode::Scim);
    let any_agm = orgs.iter().any(|o| o.group_mappings_in_effect);
    // "You included" only where R20 checked the actor: in every organization with group
    // mappings in effect.
    let actor_checked = sc.actor.is_some()
        && orgs
            .iter()
            .filter(|o| o.group_mappings_in_effect)
            .all(|o| o.actor_watched);
    let mut items = Vec::with_capacity(8);
    let mut item = |id: Step, status: StepStatus, names: &[&str]| {
        let checked = id == Step::AssignGroups && actor_checked;
        items.push(ChecklistItem {
            id,
            status,
            label: id.label(),
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            actor_checked: checked,
        });
    };

    // The guide's prerequisite: a reminder the planner cannot check.
    item(Step::Prerequisites, StepStatus::Todo, &[]);

    let unstated: Vec<&str> = sc
        .organizations
        .iter()
        .filter(|o| !o.mode_stated)
        .map(|o| o.id.as_str())
        .collect();
    let status = if unstated.is_empty() {
        StepStatus::Done
    } else {
        StepStatus::Todo
    };
    item(Step::ChooseMode, status, &unstated);

    let status = if !any_scim {
        StepStatus::Skip
    } else if sc.scim_connected {
        StepStatus::Done
    } else {
        StepStatus::Todo
    };
    item(Step::ConnectDirectory, status, &[]);

    // R26: blocked while someone provisioned by SCIM cannot sign in; to do while someone
    // waiting for a seat there would not either once added.
    let mismatch = has(&[Code::SsoEmailMismatch]);
    let waiting: Vec<&str> = if any_scim && sc.has_sso_emails() {
        let mut seen = Vec::new();
        for o in orgs.iter().filter(|o| o.effective_mode == Mode::Scim) {
            let waits = o
                .users
                .iter()
                .filter(|u| u.status == Status::NotAdded && sc.sso_email(u.person).is_some());
            for u in waits {
                let email = sc.email(u.person);
                if !seen.contains(&email) {
                    seen.push(email);
                }
            }
        }
        seen
    } else {
        Vec::new()
    };
    let (status, names) = if !any_scim {
        (StepStatus::Skip, &[][..])
    } else if !mismatch.is_empty() {
        (StepStatus::Blocked, &mismatch[..])
    } else if !waiting.is_empty() {
        (StepStatus::Todo, &waiting[..])
    } else {
        (StepStatus::Done, &[][..])
    };
    item(Step::MatchSignInEmail, status, names);

    let blocking = has(&[
        Code::MembersRemovedOnSave,
        Code::MembersBlocked,
        Code::NoPrivilegedGroup,
        Code::ActorLosesAccess,
        Code::UnassignedInGroup,
    ]);
    let status = if blocking.is_empty() {
        StepStatus::Done
    } else {
        StepStatus::Todo
    };
    item(Step::SetMode, status, &blocking);

    if any_agm {
        let open = has(&[
            Code::NoPrivilegedGroup,
            Code::ActorLosesAccess,
            Code::UnknownGroup,
        ]);
        let status = if open.is_empty() {
            StepStatus::Done
        } else {
            StepStatus::Todo
        };
        item(Step::AssignGroups, status, &open);
        item(Step::MapGroups, StepStatus::Done, &[]);
    } else {
        item(Step::AssignGroups, StepStatus::Skip, &[]);
        item(Step::MapGroups, StepStatus::Skip, &[]);
    }

    let mut errors: Vec<&'static str> = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .map(|f| f.code().id())
        .collect();
    crate::sort::short_by_key(&mut errors, |c| *c);
    errors.dedup();
    let status = if errors.is_empty() {
        StepStatus::Ready
    } else {
        StepStatus::Blocked
    };
    item(Step::Save, status, &errors);
    items
}
