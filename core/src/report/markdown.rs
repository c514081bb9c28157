//! `provplan check --format markdown` and `provplan diff --format markdown`: a report to paste
//! into a change ticket. CommonMark with GitHub's and GitLab's tables and task lists, no raw
//! HTML. What the scenario names (emails, names, groups, organizations) is written as a code
//! span, which no renderer formats, links or turns into a mention; the planner's sentences,
//! which quote those names too, have Markdown's and HTML's characters escaped. Control
//! characters are shown as `\u{…}` everywhere, so that no value breaks a line or a table row.

use core::fmt::Write;

use crate::catalog::{Change, Severity, Status, StepStatus};
use crate::diff::{Diff, FindingRef, Row};
use crate::evaluate::{Evaluation, OrgEvaluation, Source, UserOutcome, Users};
use crate::scenario::{RemovalLimit, Scenario};

/// Rows of the users table of one organization before the rest is folded into a count.
pub const MAX_ROWS: usize = 50;

/// A sentence: Markdown's and HTML's characters escaped with a backslash, control characters
/// shown as `\u{…}`.
pub fn escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            // `>` and `#` only mean something at the start of a line, where no value is put.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' | '$' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                let _ = write!(out, "{}", c.escape_unicode());
            }
            c => out.push(c),
        }
    }
}

/// A value of the scenario as a code span (nothing for an empty value); `cell`: inside a
/// table, where `|` must be escaped even in a code span.
pub fn code(out: &mut String, s: &str, cell: bool) {
    if s.is_empty() {
        return;
    }
    let mut clean = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' if cell => clean.push_str("\\|"),
            c if c.is_control() => {
                let _ = write!(clean, "{}", c.escape_unicode());
            }
            c => clean.push(c),
        }
    }
    // A fence longer than the longest run of backticks inside; a space on each side where
    // the value starts or ends with a backtick or a space.
    let mut longest = 0;
    let mut run = 0;
    for c in clean.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if clean.starts_with(['`', ' ']) || clean.ends_with(['`', ' ']) {
        " "
    } else {
        ""
    };
    let _ = write!(out, "{fence}{pad}{clean}{pad}{fence}");
}

fn code_of(s: &str, cell: bool) -> String {
    let mut out = String::new();
    code(&mut out, s, cell);
    out
}

fn escaped_of(s: &str) -> String {
    let mut out = String::new();
    escaped(&mut out, s);
    out
}

/// An organization as the report names it: `Name` (`id`), or `id`.
fn org_name(o: &OrgEvaluation<'_>, cell: bool) -> String {
    match o.name {
        Some(n) => format!("{} ({})", code_of(n, cell), code_of(o.id, cell)),
        None => code_of(o.id, cell),
    }
}

fn mode(o: &OrgEvaluation<'_>) -> String {
    let mut m = o.effective_mode.label().to_owned();
    if o.group_mappings_in_effect {
        m.push_str(" + group mappings");
    }
    if o.mode != o.effective_mode {
        let _ = write!(m, " (chosen: {}, not eligible)", o.mode.label());
    }
    m
}

fn seats(o: &OrgEvaluation<'_>) -> String {
    if o.seats.0.is_empty() {
        return "—".to_owned();
    }
    let mut out = String::new();
    for (i, (t, c)) in o.seats.0.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        let bought = c
            .purchased
            .map_or_else(|| "?".to_owned(), |p| p.to_string());
        let _ = write!(out, "{} {}/{bought}", t.label(), c.assigned);
        if c.shortfall > 0 {
            let _ = write!(out, ", short {}", c.shortfall);
        }
    }
    out
}

/// The setup in one paragraph.
fn setup(out: &mut String, sc: &Scenario, ev: &Evaluation<'_>) {
    let _ = write!(
        out,
        "**Setup.** {}, identity provider {}, directory sync {}",
        sc.plan.label(),
        sc.idp,
        if sc.scim_connected {
            "connected"
        } else {
            "not connected"
        }
    );
    match &sc.actor {
        Some((actor, _)) => {
            out.push_str("; configured by ");
            code(out, actor, false);
        }
        None => out.push_str("; no one named as configuring it"),
    }
    let _ = write!(
        out,
        "; {} directory user{}; ",
        sc.directory_len,
        if sc.directory_len == 1 { "" } else { "s" }
    );
    for (i, o) in ev.organizations.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == ev.organizations.len() {
                " and "
            } else {
                ", "
            });
        }
        let _ = write!(
            out,
            "{} ({} organization, {})",
            org_name(o, false),
            o.product,
            mode(o)
        );
    }
    match sc.max_removals {
        Some(RemovalLimit::People(n)) => {
            let _ = write!(out, "; removal limit {n} per organization (R28)");
        }
        Some(RemovalLimit::Percent(p)) => {
            let _ = write!(
                out,
                "; removal limit {p}% of each organization's members (R28)"
            );
        }
        None => {}
    }
    out.push_str(".\n");
}

/// `+` added, `~` updated, `-` removed or blocked; `None`: the user does not change.
fn sign(u: &UserOutcome) -> Option<char> {
    match (u.change, u.status) {
        (_, Status::Blocked) | (Change::Remove, _) => Some('-'),
        (Change::Add, _) => Some('+'),
        (Change::Update, _) => Some('~'),
        (Change::None, _) => None,
    }
}

fn source(users: &Users<'_>, s: Option<Source>) -> String {
    match s {
        Some(Source::Group(g)) => format!("group {}", code_of(users.group_name(g), true)),
        Some(Source::Default) => "default".to_owned(),
        Some(Source::Existing) => "existing".to_owned(),
        None => String::new(),
    }
}

/// The users of one organization who change, in a table of at most [`MAX_ROWS`] rows.
fn users_table(out: &mut String, o: &OrgEvaluation<'_>) {
    let users = &o.users;
    let changing: Vec<&UserOutcome> = users.iter().filter(|u| sign(u).is_some()).collect();
    let _ = writeln!(out, "\n### {}\n", org_name(o, false));
    if changing.is_empty() {
        out.push_str("No user changes.\n");
        return;
    }
    out.push_str("| | Email | Name | Status | Role | Seat tier | Change | Takes effect | Why |\n");
    out.push_str("|---|---|---|---|---|---|---|---|---|\n");
    for u in changing.iter().take(MAX_ROWS) {
        let mut why = Vec::new();
        if let Some(s) = u.role_source.get() {
            why.push(format!("role from {}", source(users, Some(s))));
        }
        if let Some(s) = u.seat_source.get() {
            why.push(format!("tier from {}", source(users, Some(s))));
        }
        let rules: Vec<&str> = u.rules.iter().collect();
        why.push(rules.join(" "));
        let was = |now: Option<&str>, before: Option<&str>| match (now, before) {
            (Some(n), Some(b)) if n != b => format!("{b} → {n}"),
            (None, Some(b)) => format!("{b} → —"),
            (n, _) => n.unwrap_or("—").to_owned(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            sign(u).unwrap_or(' '),
            code_of(users.email(u), true),
            users.name(u).map_or_else(String::new, |n| code_of(n, true)),
            u.status,
            was(u.role.map(|r| r.id()), u.current_role.map(|r| r.id())),
            was(
                u.seat_tier.map(|t| t.id()),
                u.current_seat_tier.map(|t| t.id())
            ),
            u.change,
            u.takes_effect.map_or("—", |t| t.id()),
            why.join("; ")
        );
    }
    if changing.len() > MAX_ROWS {
        let _ = writeln!(
            out,
            "\n… and {} more users who change (`provplan evaluate --format csv` lists everyone).",
            changing.len() - MAX_ROWS
        );
    }
}

/// The report of `provplan check --format markdown`.
pub fn check(sc: &Scenario, ev: &Evaluation<'_>) -> String {
    let mut out = String::new();
    out.push_str("# Provisioning change\n\n");
    setup(&mut out, sc, ev);

    let errors = ev
        .findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    out.push_str("\n## Summary\n\n");
    if errors > 0 {
        let _ = writeln!(
            out,
            "**Do not save:** {errors} error{} must be fixed first.\n",
            if errors == 1 { "" } else { "s" }
        );
    } else {
        out.push_str("**Nothing blocks saving.**\n\n");
    }
    out.push_str("| Organization | Mode | + added | ~ updated | - removed | blocked | at next sign-in | seats (assigned/purchased) |\n");
    out.push_str("|---|---|--:|--:|--:|--:|--:|---|\n");
    for o in &ev.organizations {
        let s = &o.changes_on_save;
        let later = &o.changes_at_sign_in;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            org_name(o, true),
            mode(o),
            s.add,
            s.update,
            s.remove,
            o.counts.blocked,
            later.add + later.update,
            seats(o)
        );
    }

    out.push_str("\n## Findings\n");
    if ev.findings.is_empty() {
        out.push_str("\nNone.\n");
    }
    for (_, title, list) in super::by_severity(ev) {
        let _ = writeln!(out, "\n### {title} ({})\n", list.len());
        for f in list {
            let _ = write!(out, "- **`{}`** ({}", f.code(), f.rule());
            if let Some(o) = f.organization() {
                out.push_str(", ");
                code(&mut out, o, false);
            }
            out.push_str("): ");
            escaped(&mut out, &f.message());
            out.push_str("\n  - What to do: ");
            escaped(&mut out, f.advice());
            out.push('\n');
        }
    }

    out.push_str("\n## Users who change\n");
    for o in &ev.organizations {
        users_table(&mut out, o);
    }

    if !ev.notes.is_empty() {
        out.push_str("\n## Assumptions\n\n");
        for n in &ev.notes {
            let tag = if n.interpretation {
                "Assumption"
            } else {
                "Note"
            };
            let _ = write!(out, "- {tag} ({}", n.rule);
            if let Some(o) = n.organization {
                out.push_str(", ");
                code(&mut out, o, false);
            }
            out.push_str("): ");
            escaped(&mut out, &n.message());
            out.push('\n');
        }
    }

    out.push_str("\n## Checklist\n\n");
    for (i, item) in ev.checklist.iter().enumerate() {
        let done = matches!(item.status, StepStatus::Done | StepStatus::Skip);
        let _ = write!(
            out,
            "- [{}] {}. {} — *{}*: ",
            if done { 'x' } else { ' ' },
            i + 1,
            escaped_of(item.label),
            item.status
        );
        escaped(&mut out, &item.detail());
        out.push('\n');
    }
    out
}

/// A side of a user in a diff.
fn row(r: Option<Row>) -> String {
    match r {
        None => "not listed".to_owned(),
        Some(r) => format!(
            "{} {} {} ({})",
            r.status,
            r.role.map_or("—", |x| x.id()),
            r.seat_tier.map_or("—", |x| x.id()),
            r.change
        ),
    }
}

fn findings_list(out: &mut String, sign: char, list: &[FindingRef<'_>]) {
    for f in list {
        let _ = write!(out, "- {sign} **`{}`**", f.code);
        for (i, s) in f.subjects.iter().enumerate() {
            out.push_str(if i == 0 { ": " } else { ", " });
            code(out, s, false);
        }
        out.push('\n');
    }
}

/// The report of `provplan diff --format markdown`: per organization with differences, its
/// summary, the users who differ (at most [`MAX_ROWS`], the rest counted) with the AFTER side's
/// reasons, and the findings that appear and disappear.
pub fn diff(after: &Evaluation<'_>, d: &Diff<'_>) -> String {
    let mut out = String::from("# Provisioning change: before and after\n");
    if d.is_empty() {
        out.push_str("\nNo differences.\n");
        return out;
    }
    for o in d.organizations.iter().filter(|o| !o.is_empty()) {
        let (gain, change, lose) = o.summary();
        out.push_str("\n## ");
        code(&mut out, o.id, false);
        let _ = writeln!(
            out,
            "\n\n**{gain} gain access, {change} change role or tier, {lose} lose access.**"
        );
        let users = after
            .organizations
            .iter()
            .find(|e| e.id == o.id)
            .map(|e| &e.users);
        if !o.users.is_empty() {
            out.push_str("\n| | Email | Before | After | Why (after) |\n|---|---|---|---|---|\n");
        }
        for u in o.users.iter().take(MAX_ROWS) {
            let mut why = String::new();
            if let (Some(out_), Some(users)) = (u.after_outcome, users) {
                let mut parts = Vec::new();
                if let Some(s) = out_.role_source.get() {
                    parts.push(format!("role from {}", source(users, Some(s))));
                }
                if let Some(s) = out_.seat_source.get() {
                    parts.push(format!("tier from {}", source(users, Some(s))));
                }
                let rules: Vec<&str> = out_.rules.iter().collect();
                parts.push(rules.join(" "));
                why = parts.join("; ");
            }
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {why} |",
                u.sign(),
                code_of(u.email, true),
                row(u.before),
                row(u.after)
            );
        }
        if o.users.len() > MAX_ROWS {
            let _ = writeln!(
                out,
                "\n… and {} more users who differ (`provplan diff --json` lists everyone).",
                o.users.len() - MAX_ROWS
            );
        }
        if !o.findings_added.is_empty() || !o.findings_removed.is_empty() {
            out.push('\n');
            findings_list(&mut out, '+', &o.findings_added);
            findings_list(&mut out, '-', &o.findings_removed);
        }
    }
    if !d.findings_added.is_empty() || !d.findings_removed.is_empty() {
        out.push_str("\n## Whole scenario\n\n");
        findings_list(&mut out, '+', &d.findings_added);
        findings_list(&mut out, '-', &d.findings_removed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_code_spans_that_nothing_breaks() {
        assert_eq!(code_of("ada@x.com", false), "`ada@x.com`");
        assert_eq!(code_of("a`b", false), "``a`b``");
        assert_eq!(code_of("`a", false), "`` `a ``");
        assert_eq!(code_of("a|b", true), "`a\\|b`");
        assert_eq!(code_of("a|b", false), "`a|b`");
        assert_eq!(code_of("a\nb\u{1b}", true), "`a\\u{a}b\\u{1b}`");
        assert_eq!(code_of("", true), "");
    }

    #[test]
    fn sentences_escape_markdown_and_html() {
        assert_eq!(
            escaped_of("<b>*x*</b> [l](u) a|b $1 &amp; #h `c` _u_ ~s~ !\n"),
            "\\<b>\\*x\\*\\</b> \\[l\\](u) a\\|b \\$1 \\&amp; #h \\`c\\` \\_u\\_ \\~s\\~ \\!\\u{a}"
        );
    }
}
