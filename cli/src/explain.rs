//! `provplan explain FILE EMAIL [--org ID] [--json]`: why one user gets what saving gives them,
//! step by step per organization (`provplan_core::explain`).

use std::fmt::Write as _;
use std::process::ExitCode;

use provplan_core::catalog::{Mode, Role, Rules, SeatTier, TakesEffect};
use provplan_core::evaluate::{Phase, Source};
use provplan_core::explain::{self, ExplainError, Explanation, OrgTrace, TraceStep};
use provplan_core::{Scenario, evaluate, write};

use crate::{INPUT_ERROR, USAGE};

/// Runs the command on its arguments (those after `explain`).
pub fn run(args: &[&str]) -> ExitCode {
    let (mut json, mut org, mut positional) = (false, None, Vec::new());
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        match *a {
            "--json" => json = true,
            "--org" => match rest.next() {
                Some(id) => org = Some(*id),
                None => return usage("--org needs an organization id"),
            },
            _ => positional.push(*a),
        }
    }
    let [file, email] = positional.as_slice() else {
        return usage("expected a scenario FILE and an EMAIL");
    };
    crate::run(file, |sc| match trace(sc, email, org) {
        Ok(x) => crate::Outcome::ok(if json {
            write::pretty(&x)
        } else {
            crate::terminal_safe(&text(&x))
        }),
        Err(e) => crate::Outcome {
            text: String::new(),
            code: INPUT_ERROR,
            error: Some(format!("{file}: {e}")),
        },
    })
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("explain: {problem}\n\n{USAGE}");
    ExitCode::from(INPUT_ERROR)
}

/// The trace, the organization checked before the email is looked for.
fn trace<'s>(
    sc: &'s Scenario,
    email: &str,
    org: Option<&str>,
) -> Result<Explanation<'s>, ExplainError> {
    if let Some(id) = org
        && !sc.organizations.iter().any(|o| o.id == id)
    {
        return Err(ExplainError::UnknownOrganization {
            id: id.to_owned(),
            ids: sc.organizations.iter().map(|o| o.id.clone()).collect(),
        });
    }
    let person = explain::find(sc, email)?;
    explain::explain_in(sc, &evaluate(sc), person, org)
}

/// The trace in words: per organization, the numbered steps.
pub fn text(x: &Explanation<'_>) -> String {
    let mut s = String::new();
    let who = match x.name {
        Some(n) => format!("{n} <{}>", x.email),
        None => x.email.to_owned(),
    };
    let _ = writeln!(s, "Why {who} gets what saving gives them");
    for o in &x.organizations {
        org_text(&mut s, o);
    }
    if x.organizations.is_empty() {
        let _ = writeln!(s, "\nNo organization lists this user.");
    }
    s
}

fn org_text(s: &mut String, o: &OrgTrace<'_>) {
    let name = o
        .name
        .map(|n| format!("{n} ({})", o.id))
        .unwrap_or_else(|| o.id.to_owned());
    let mut mode = o.effective_mode.label().to_owned();
    if o.group_mappings_in_effect {
        mode.push_str(" + group mappings");
    }
    let _ = writeln!(s, "\n{name} — {} organization, {mode}", o.product);
    for (n, step) in o.steps.iter().enumerate() {
        let (title, rules) = head(step);
        let _ = writeln!(s, "  {}. {title}{}", n + 1, rule_list(rules));
        for line in lines(step, o.effective_mode) {
            let _ = writeln!(s, "     {line}");
        }
    }
}

fn head<'a>(step: &'a TraceStep<'_>) -> (&'static str, &'a Rules) {
    match step {
        TraceStep::Assignment { rules, .. } => ("Assignment", rules),
        TraceStep::Scope { rules, .. } => ("Scope", rules),
        TraceStep::Membership { rules, .. } => ("Membership now", rules),
        TraceStep::Role { rules, .. } => ("Role", rules),
        TraceStep::Seat { rules, .. } => ("Seat", rules),
        TraceStep::Result { rules, .. } => ("Result", rules),
    }
}

fn rule_list(rules: &Rules) -> String {
    let ids: Vec<&str> = rules.iter().collect();
    if ids.is_empty() {
        String::new()
    } else {
        format!(" ({})", ids.join(", "))
    }
}

fn roles(list: &[Role]) -> String {
    list.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
}

fn tier(t: Option<SeatTier>) -> &'static str {
    t.map_or("none", |t| t.id())
}

fn source(s: Option<Source>, group: Option<&str>) -> String {
    match (s, group) {
        (Some(Source::Group(_)), Some(g)) => format!("from group {g}"),
        (Some(Source::Default), _) => "by default".to_owned(),
        (Some(Source::Existing), _) => "kept as held".to_owned(),
        _ => "none".to_owned(),
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn lines(step: &TraceStep<'_>, mode: Mode) -> Vec<String> {
    match step {
        TraceStep::Assignment {
            in_directory,
            assigned,
            ..
        } => vec![
            match (in_directory, assigned) {
                (false, _) => "not in the directory: a member only, not assigned to the app",
                (true, true) => "assigned to the app in the identity provider",
                (true, false) => "in the directory, not assigned to the app",
            }
            .to_owned(),
        ],
        TraceStep::Scope {
            groups,
            mappings_ignored,
            in_scope,
            ..
        } => {
            let mut v = Vec::new();
            if groups.is_empty() {
                v.push("in no group".to_owned());
            }
            for g in groups {
                let mut to = Vec::new();
                if !g.roles.is_empty() {
                    to.push(format!("role {}", roles(&g.roles)));
                }
                if !g.seat_tiers.is_empty() {
                    let t: Vec<&str> = g.seat_tiers.iter().map(|t| t.id()).collect();
                    to.push(format!("seat tier {}", t.join(", ")));
                }
                if to.is_empty() {
                    v.push(format!("group {}: not mapped", g.group));
                } else {
                    v.push(format!("group {}: mapped to {}", g.group, to.join("; ")));
                }
            }
            if *mappings_ignored {
                v.push("the group mappings are not in effect here, so they decide nothing".into());
            }
            v.push(
                match (mode, in_scope) {
                    (Mode::Manual, _) => "invite only: provisioning touches nobody",
                    (_, true) => "in scope of provisioning",
                    (_, false) => "out of scope of provisioning",
                }
                .to_owned(),
            );
            v
        }
        TraceStep::Membership {
            member,
            role,
            seat_tier,
            primary_owner,
            ..
        } => {
            if !member {
                return vec!["not a member now".to_owned()];
            }
            let mut line = format!("a member now: role {}", role.map_or("none", |r| r.id()));
            if let Some(t) = seat_tier {
                let _ = write!(line, ", seat tier {}", t.id());
            }
            if *primary_owner {
                line.push_str("; the Primary Owner");
            }
            vec![line]
        }
        TraceStep::Role {
            candidates,
            precedence,
            precedence_overridden,
            ambiguous_with,
            role,
            source: s,
            source_group,
            ..
        } => {
            let mut v = Vec::new();
            for (r, groups) in candidates {
                v.push(format!("candidate {} from {}", r.id(), groups.join(", ")));
            }
            if candidates.len() > 1 {
                let whose = if *precedence_overridden {
                    "the scenario's precedence"
                } else {
                    "the default precedence"
                };
                v.push(format!("{whose} decides: {}", roles(precedence)));
            }
            if let Some(rival) = ambiguous_with {
                v.push(format!(
                    "ambiguous: {} and {} cannot be ranked; the precedence chose",
                    role.map_or("none", |r| r.id()),
                    rival.id()
                ));
            }
            v.push(match role {
                Some(r) => format!("role {} ({})", r.id(), source(*s, *source_group)),
                None => "no role".to_owned(),
            });
            v
        }
        TraceStep::Seat {
            wanted,
            wanted_group,
            turn,
            capacity_checked,
            seat_tier,
            source: s,
            source_group,
            waits_for,
            ..
        } => {
            let mut v = Vec::new();
            match (wanted, wanted_group) {
                (Some(t), Some(g)) => v.push(format!("wants {} from group {g}", t.id())),
                (Some(t), None) => v.push(format!("wants {}", t.id())),
                (None, _) if turn.is_some() => {
                    v.push("in no seat-tier group: takes the default tier".to_owned());
                }
                (None, _) => {}
            }
            if let Some(q) = turn {
                let phase = match q.phase {
                    Phase::MemberMove => "members moving tier",
                    Phase::NewExplicit => "new users whose groups name a tier",
                    Phase::NewDefault => "new users taking the default tier",
                    Phase::MemberDefault => "members taking the default tier",
                };
                let free = match q.free {
                    Some(n) => format!("{n} seat(s) of that tier free then"),
                    None => "capacity not checked (no purchased seats given)".to_owned(),
                };
                v.push(format!(
                    "served {} of {} in the seat queue ({phase}); {free}",
                    ordinal(q.place),
                    q.of
                ));
            } else if !capacity_checked && seat_tier.is_some() {
                v.push("capacity not checked (no purchased seats given)".to_owned());
            }
            v.push(match (seat_tier, waits_for) {
                (_, Some(w)) if seat_tier.is_some() => format!(
                    "no {} seat free: keeps seat tier {} meanwhile",
                    w.id(),
                    tier(*seat_tier)
                ),
                (_, Some(w)) => format!("no {} seat free: waits for one", w.id()),
                (Some(t), None) => format!("seat tier {} ({})", t.id(), source(*s, *source_group)),
                (None, None) => "no seat".to_owned(),
            });
            v
        }
        TraceStep::Result {
            status,
            change,
            takes_effect,
            primary_owner,
            sso_email,
            sign_in_blocked,
            decided_by,
            ..
        } => {
            let mut line = format!("{status}, change {change}");
            match takes_effect {
                Some(TakesEffect::OnSave) => line.push_str(", when you save"),
                Some(TakesEffect::NextSignIn) => line.push_str(", at their next sign-in"),
                None => {}
            }
            let mut v = vec![line];
            if *primary_owner {
                v.push("the Primary Owner is exempt from provisioning: kept as they are".into());
            }
            if let Some(sso) = sso_email {
                v.push(if *sign_in_blocked {
                    format!(
                        "cannot sign in: SSO sends {sso}, not the provisioned email exactly (SCIM)"
                    )
                } else {
                    format!("SSO sends {sso}")
                });
            }
            let ids: Vec<&str> = decided_by.iter().collect();
            v.push(format!("rules applied: {}", ids.join(", ")));
            v
        }
    }
}
