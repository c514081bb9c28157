//! The readable report of `provplan check` and the table of `provplan compare`.

use std::fmt::Write;

use provplan_core::evaluate::Note;
use provplan_core::{Comparison, Evaluation, Scenario, Severity, StepStatus};

pub fn render(sc: &Scenario, ev: &Evaluation<'_>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Provisioning plan — {}, IdP {}", sc.plan.label(), sc.idp);
    if let Some((actor, _)) = &sc.actor {
        let _ = writeln!(s, "Configured by {actor}");
    }

    for org in &ev.organizations {
        let _ = writeln!(s);
        let name = org
            .name
            .map(|n| format!("{n} ({})", org.id))
            .unwrap_or_else(|| org.id.to_owned());
        let mut mode = org.effective_mode.label().to_owned();
        if org.group_mappings_in_effect {
            mode.push_str(" + group mappings");
        }
        if org.mode != org.effective_mode {
            let _ = write!(mode, " (chosen: {}, not eligible)", org.mode);
        }
        let _ = writeln!(s, "{name} — {} organization, {mode}", org.product);
        let c = &org.counts;
        let _ = writeln!(
            s,
            "  when you save: {} member, {} pending sign-in, {} not added, {} removed, {} blocked, {} out of scope",
            c.member, c.pending_login, c.not_added, c.removed, c.blocked, c.out_of_scope
        );
        // R25: what saving does, then what waits for each user's next sign-in (JIT).
        let ch = &org.changes_on_save;
        let _ = writeln!(
            s,
            "  changes on save: {} added, {} updated, {} removed",
            ch.add, ch.update, ch.remove
        );
        let later = &org.changes_at_sign_in;
        if later.add + later.update > 0 {
            let _ = writeln!(
                s,
                "  at their next sign-in: {} join, {} change role or seat tier",
                later.add, later.update
            );
        }
        if !org.seats.0.is_empty() {
            let seats: Vec<String> = org
                .seats
                .0
                .iter()
                .map(|(t, c)| {
                    let bought = c
                        .purchased
                        .map_or_else(|| "?".to_owned(), |p| p.to_string());
                    let pending = if c.pending > 0 {
                        format!(", {} at sign-in", c.pending)
                    } else {
                        String::new()
                    };
                    let short = if c.shortfall > 0 {
                        format!(", short {}", c.shortfall)
                    } else {
                        String::new()
                    };
                    format!("{} {}/{bought}{pending}{short}", t.label(), c.assigned)
                })
                .collect();
            let unchecked = if org.capacity_checked {
                ""
            } else {
                " (no purchase given: capacity not checked)"
            };
            let _ = writeln!(
                s,
                "  seats (assigned/purchased): {}{unchecked}",
                seats.join("; ")
            );
        }
    }

    for (severity, title, list) in provplan_core::report::by_severity(ev) {
        let _ = writeln!(s, "\n{title} ({})", list.len());
        for f in list {
            let org = f
                .organization()
                .map(|o| format!(" [{o}]"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "  {} {}{org} ({}): {}",
                marker(severity),
                f.code(),
                f.rule(),
                f.message()
            );
            let _ = writeln!(s, "      → {}", f.advice());
        }
    }

    let assumptions: Vec<&Note<'_>> = ev.notes.iter().collect();
    if !assumptions.is_empty() {
        let _ = writeln!(s, "\nGood to know");
        for n in assumptions {
            let tag = if n.interpretation {
                "assumption"
            } else {
                "note"
            };
            let org = n
                .organization
                .map(|o| format!(" [{o}]"))
                .unwrap_or_default();
            let _ = writeln!(s, "  - {tag} ({}){org}: {}", n.rule, n.message());
        }
    }

    let _ = writeln!(s, "\nSetup checklist");
    for (i, item) in ev.checklist.iter().enumerate() {
        let box_ = match item.status {
            StepStatus::Done => "[x]",
            StepStatus::Ready => "[>]",
            StepStatus::Todo => "[ ]",
            StepStatus::Skip => "[-]",
            StepStatus::Blocked => "[!]",
        };
        let _ = writeln!(
            s,
            "  {box_} {}. {} — {}: {}",
            i + 1,
            item.label,
            item.status,
            item.detail()
        );
    }
    s
}

fn marker(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

pub fn comparison_table(sc: &Scenario, rows: &[Comparison<'_>]) -> String {
    let mut s = String::new();
    let mut last_org = "";
    for r in rows {
        if r.organization != last_org {
            last_org = r.organization;
            let product = sc
                .organizations
                .iter()
                .find(|o| o.id == r.organization)
                .map_or("", |o| o.product.id());
            let _ = writeln!(s, "\n{} ({product})", r.organization);
            let _ = writeln!(
                s,
                "  {:<12} {:<9} {:>7} {:>8} {:>9} {:>8} {:>8} {:>8}  {:>6} {:>8} {:>5}",
                "mode",
                "eligible",
                "member",
                "pending",
                "not added",
                "removed",
                "blocked",
                "out",
                "errors",
                "warnings",
                "info"
            );
        }
        let mode = if r.group_mappings {
            format!("{} + AGM", r.mode)
        } else {
            r.mode.id().to_owned()
        };
        let c = &r.counts;
        let _ = writeln!(
            s,
            "  {:<12} {:<9} {:>7} {:>8} {:>9} {:>8} {:>8} {:>8}  {:>6} {:>8} {:>5}",
            mode,
            if r.eligible { "yes" } else { "no" },
            c.member,
            c.pending_login,
            c.not_added,
            c.removed,
            c.blocked,
            c.out_of_scope,
            r.findings.error,
            r.findings.warning,
            r.findings.info
        );
    }
    s.trim_start().to_owned()
}

/// The text of `provplan diff`: per organization with differences, a summary line, each user
/// who differs (`+` gains access, `-` loses it, `~` changes) with the reason of the AFTER side,
/// then the findings that appear and disappear; "no differences" when there are none.
pub fn diff_text(after: &Evaluation<'_>, d: &provplan_core::diff::Diff<'_>) -> String {
    use provplan_core::diff::{FindingRef, Row};
    use provplan_core::evaluate::Source;
    let mut s = String::new();
    if d.is_empty() {
        s.push_str("no differences\n");
        return s;
    }
    let row = |r: Option<Row>| match r {
        None => "not listed".to_owned(),
        Some(r) => format!(
            "{} {} {} ({})",
            r.status,
            r.role.map_or("-", |x| x.id()),
            r.seat_tier.map_or("-", |x| x.id()),
            r.change
        ),
    };
    let findings = |s: &mut String, what: &str, list: &[FindingRef<'_>]| {
        for f in list {
            let _ = writeln!(s, "  {what} {} [{}]", f.code, f.subjects.join(", "));
        }
    };
    for o in d.organizations.iter().filter(|o| !o.is_empty()) {
        let (gain, change, lose) = o.summary();
        let _ = writeln!(
            s,
            "{} — {gain} gain access, {change} change role or tier, {lose} lose access",
            o.id
        );
        let users = after
            .organizations
            .iter()
            .find(|e| e.id == o.id)
            .map(|e| &e.users);
        for u in &o.users {
            let _ = write!(
                s,
                "  {} {}: {} → {}",
                u.sign(),
                u.email,
                row(u.before),
                row(u.after)
            );
            if let (Some(out), Some(users)) = (u.after_outcome, users) {
                let source = |src: Option<Source>| match src {
                    Some(Source::Group(g)) => format!("group:{}", users.group_name(g)),
                    Some(Source::Default) => "default".to_owned(),
                    Some(Source::Existing) | None => "existing".to_owned(),
                };
                let rules: Vec<&str> = out.rules.iter().collect();
                s.push_str(" —");
                if let Some(src) = out.role_source.get() {
                    let _ = write!(s, " role from {},", source(Some(src)));
                }
                if let Some(src) = out.seat_source.get() {
                    let _ = write!(s, " tier from {},", source(Some(src)));
                }
                let _ = write!(s, " {}", rules.join(", "));
            }
            s.push('\n');
        }
        findings(&mut s, "+ finding", &o.findings_added);
        findings(&mut s, "- finding", &o.findings_removed);
    }
    if !d.findings_added.is_empty() || !d.findings_removed.is_empty() {
        s.push_str("whole scenario\n");
        findings(&mut s, "+ finding", &d.findings_added);
        findings(&mut s, "- finding", &d.findings_removed);
    }
    s
}
