//! What the app shows first, decided from the address (query and fragment) and what this
//! browser saved; pure, so that every case is tested natively.

use provplan_core::ScenarioDoc;

use crate::examples;
use crate::i18n::{Text, msg};
use crate::share;
use crate::state::{AppState, NoticeKind, Origin, Startup};

/// Where the scenario is kept in local storage.
pub const STORAGE_KEY: &str = "provplan.scenario.v1";
/// Where unreadable saved text is kept aside (a free `-2`, `-3`, … suffix if taken).
pub const UNREADABLE_KEY: &str = "provplan.scenario.v1.unreadable";
/// The document the last load replaced, kept until the next load.
pub const PREVIOUS_KEY: &str = "provplan.scenario.v1.previous";

/// The most a browser keeps for a page (Chromium: 10 MiB; Firefox and Safari: 5 MiB).
/// Larger setups are not written out at all, which at 100,000 users (about 22 MB) spares the
/// page a long serialization that could only be refused.
pub const MAX_SAVED_BYTES: usize = 10 * 1024 * 1024;

/// The text to autosave: pretty JSON, or compact for a large setup; `None` past
/// [`MAX_SAVED_BYTES`]. A setup whose texts alone pass it is not written out at all.
pub fn saved_text(doc: &ScenarioDoc, large: bool) -> Option<String> {
    if text_bytes(doc) > MAX_SAVED_BYTES {
        return None;
    }
    let text = if large {
        doc.to_json()
    } else {
        doc.to_json_pretty()
    };
    Some(text).filter(|t| t.len() <= MAX_SAVED_BYTES)
}

/// The bytes of the emails, names, groups and roles of a document: less than its JSON, which
/// adds keys, quotes and escapes (found in a pass over the users, not by writing them).
fn text_bytes(doc: &ScenarioDoc) -> usize {
    let users = doc.directory.users.iter().map(|u| {
        let groups: usize = u.groups.iter().map(String::len).sum();
        u.email.len() + u.name.as_ref().map_or(0, String::len) + groups
    });
    let members = doc
        .organizations
        .iter()
        .flat_map(|o| &o.members)
        .map(|m| m.email.len() + m.role.len());
    users.chain(members).fold(0, usize::saturating_add)
}

/// The page to show: the planner, or a compact view for embedding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    Planner,
    /// `?view=scim-check`: the SCIM eligibility checker.
    ScimCheck,
    /// `?view=compare&example=<name>`: the mode comparison of an example.
    Compare(String),
}

/// The value of a query parameter (`?a=1&b=2`), percent-decoded for plain ASCII names.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| percent_decode(v))
}

fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|c| (*c as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The view the query asks for; an unknown view name falls back to the planner, with a note.
pub fn view_of(query: &str) -> (View, Option<Text>) {
    match query_param(query, "view").as_deref() {
        None | Some("" | "planner") => (View::Planner, None),
        Some("scim-check") => (View::ScimCheck, None),
        Some("compare") => (
            View::Compare(
                query_param(query, "example").unwrap_or_else(|| examples::DEFAULT.into()),
            ),
            None,
        ),
        Some(other) => (View::Planner, Some(msg::unknown_view(other))),
    }
}

/// Saved text that is not Unicode (it holds an unpaired surrogate): read as it is, it would
/// have U+FFFD in its place, so it is unreadable like text that is not a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotText;

/// The planner's first state: the saved scenario (or the default example), then what the
/// address asks for on top (`?example=`; a share link `#s=`, once the browser has unpacked
/// it: [`Startup::shared`]), with notices for whatever could not be read.
/// Saved text that cannot be read is held ([`AppState::held`]): a copy is kept aside, or
/// autosave leaves it until the visitor chooses.
pub fn boot(query: &str, hash: &str, stored: Option<Result<&str, NotText>>) -> AppState {
    let default = || examples::load(examples::DEFAULT).unwrap_or_else(examples::empty);
    let mut startup = Startup::default();
    let read = stored.map(|text| text.ok().and_then(|t| ScenarioDoc::from_json_str(t).ok()));
    let mut state = match read {
        Some(Some(mut doc)) => {
            // Saved by an earlier planner: upgraded, and said so once (autosave writes it back).
            let upgraded = crate::state::upgrade(&mut doc);
            let mut state = AppState::new(doc);
            if let Some(note) = upgraded {
                state.notify(NoticeKind::Info, note);
            }
            state
        }
        Some(None) => {
            startup.keep_aside = true;
            let mut state = AppState::new(default());
            state.held = true;
            state
        }
        None => AppState::new(default()),
    };
    if let (_, Some(note)) = view_of(query) {
        state.notify(NoticeKind::Warning, note);
    }
    if let Some(name) = query_param(query, "example") {
        match examples::load(&name) {
            Some(doc) => state.load(doc, &Origin::Example(name)),
            None => state.notify(
                NoticeKind::Warning,
                msg::unknown_example(name.as_str(), examples::names()),
            ),
        }
    }
    if let Some(payload) = share::payload_of(hash) {
        startup.clear_fragment = true;
        // The browser decodes and unpacks it; then it is opened (`AppState::open_link`).
        match share::check(payload) {
            Ok(payload) => startup.shared = Some(payload.into()),
            Err(reasons) => state.share_refused(reasons),
        }
    }
    state.startup = startup;
    state
}

/// A free key to keep unreadable text under, given which keys are taken.
pub fn aside_key(taken: impl Fn(&str) -> bool) -> String {
    if !taken(UNREADABLE_KEY) {
        return UNREADABLE_KEY.to_owned();
    }
    (2..1000)
        .map(|n| format!("{UNREADABLE_KEY}-{n}"))
        .find(|k| !taken(k))
        .unwrap_or_else(|| format!("{UNREADABLE_KEY}-last"))
}

/// [`boot`], then the share link opened as the page opens it once the browser has unpacked
/// it (`ui::Planner`; unpacked here by the library the browser stands in for).
#[cfg(test)]
pub fn boot_and_link(
    query: &str,
    hash: &str,
    stored: Option<Result<&str, NotText>>,
) -> std::rc::Rc<AppState> {
    use std::rc::Rc;
    use yew::Reducible;
    let s = Rc::new(boot(query, hash, stored));
    match s.startup.shared.clone() {
        Some(payload) => {
            let read =
                share::from_base64url(&payload).and_then(|p| share::read(share::inflate(&p)));
            s.reduce(crate::state::Action::Linked(read))
        }
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::state::Action;
    use yew::Reducible;

    #[test]
    fn nothing_saved_starts_with_the_default_example() {
        let s = boot("", "", None);
        assert_eq!(*s.doc, examples::load(examples::DEFAULT).unwrap());
        assert!(s.notices.is_empty());
        assert_eq!(s.startup, Startup::default());
    }

    #[test]
    fn autosave_writes_what_a_browser_can_keep_and_no_more() {
        let doc = examples::load(examples::DEFAULT).unwrap();
        assert_eq!(saved_text(&doc, false).unwrap(), doc.to_json_pretty());
        let generated = |users| {
            provplan_core::generate::scenario(provplan_core::generate::Options { users, seed: 1 })
        };
        let large = generated(6_000);
        let text = saved_text(&large, true).unwrap();
        assert!(!text.contains('\n'), "compact");
        assert_eq!(ScenarioDoc::from_json_str(&text).unwrap(), large);
        assert!(text_bytes(&large) < text.len());
        // Past the cap nothing is written: at 100,000 users the texts alone pass it.
        let huge = generated(100_000);
        assert!(text_bytes(&huge) > MAX_SAVED_BYTES);
        assert!(saved_text(&huge, true).is_none());
        // Between the two, the JSON is written and measured.
        let between = generated(50_000);
        assert!(text_bytes(&between) <= MAX_SAVED_BYTES);
        assert!(serde_json::to_string(&between).unwrap().len() > MAX_SAVED_BYTES);
        assert!(saved_text(&between, true).is_none());
    }

    #[test]
    fn saved_work_is_restored_even_when_it_breaks_rules() {
        let text = r#"{"version":1,"plan":"team","directory":{"users":[{"email":"bad"}]},"organizations":[{"id":"claude","product":"claude"}]}"#;
        let s = boot("", "", Some(Ok(text)));
        assert_eq!(s.doc.directory.users[0].email, "bad");
        assert!(!s.is_valid());
        assert!(!s.startup.keep_aside && !s.held);
    }

    #[test]
    fn unreadable_saved_text_is_kept_aside() {
        for stored in [Ok("{\"version\": 1, oops"), Err(NotText)] {
            let s = boot("", "", Some(stored));
            assert!(s.startup.keep_aside);
            assert_eq!(s.doc.plan, "enterprise_seat_based");
            // Held until a copy is kept aside, or the visitor downloads or discards it.
            assert!(s.held);
            let s = Rc::new(s).reduce(Action::KeptAside("k".into()));
            assert!(!s.held);
            assert!(s.notices.iter().any(|n| n.text.to_string().contains("“k”")));
        }
    }

    #[test]
    fn unreadable_saved_text_is_held_until_the_visitor_chooses() {
        let s = Rc::new(boot("", "", Some(Ok("{\"version\": 1, \"extra\": 2}"))));
        assert!(s.held);
        let s = s.reduce(Action::Edit(crate::edit::Edit::SetPlan("team".into())));
        assert!(s.held, "an edit does not release it");
        assert!(!s.reduce(Action::Release).held);
    }

    #[test]
    fn a_share_link_is_opened_and_the_saved_one_can_be_undone() {
        let team = examples::load("team-jit").unwrap();
        let hash = format!("#s={}", share::encode(&team).unwrap());
        let saved = examples::ALL[0].1;
        let s = boot_and_link("", &hash, Some(Ok(saved)));
        assert_eq!(*s.doc, team);
        assert!(s.startup.clear_fragment);
        assert_eq!(s.undo.as_ref().unwrap().plan, "enterprise_seat_based");
    }

    #[test]
    fn a_setup_of_format_1_saved_or_shared_is_opened_in_format_2_and_said_once() {
        let said = msg::format_upgraded(1u64, 2u64);
        let count = |s: &AppState| s.notices.iter().filter(|n| n.text == said).count();
        // Saved by an earlier planner: upgraded, said once; autosave then writes format 2.
        let saved = examples::ALL[2].1;
        let s = boot("", "", Some(Ok(saved)));
        assert_eq!((s.doc.version, count(&s)), (2, 1));
        assert!(s.is_valid());
        let again = saved_text(&s.doc, false).unwrap();
        let s = boot("", "", Some(Ok(&again)));
        assert_eq!((s.doc.version, count(&s)), (2, 0));
        // A link of format 1.
        let mut team = examples::load("team-jit").unwrap();
        team.version = 1;
        let hash = format!("#s={}", share::encode(&team).unwrap());
        let s = boot_and_link("", &hash, Some(Ok(&again)));
        assert_eq!(
            (s.doc.plan.as_str(), s.doc.version, count(&s)),
            ("team", 2, 1)
        );
        // The bundled examples say nothing.
        let s = boot("?example=console-only-scim", "", None);
        assert_eq!((s.doc.version, count(&s)), (2, 0));
    }

    #[test]
    fn a_broken_share_link_is_reported_and_the_saved_state_stays() {
        let saved = examples::ALL[2].1;
        let s = boot_and_link("", "#s=AAAA", Some(Ok(saved)));
        assert_eq!(s.doc.plan, "team");
        assert!(s.notices.iter().any(|n| n.kind == NoticeKind::Error));
        assert!(s.startup.clear_fragment);
    }

    #[test]
    fn a_share_link_that_breaks_rules_is_refused() {
        let mut doc = examples::load("team-jit").unwrap();
        doc.plan = "gold".into();
        let hash = format!("#s={}", share::encode(&doc).unwrap());
        let s = boot_and_link("", &hash, None);
        assert_eq!(s.doc.plan, "enterprise_seat_based");
        assert!(
            s.notices[0].text.to_string().contains("unknown plan"),
            "{:?}",
            s.notices
        );
    }

    #[test]
    fn views_and_examples_from_the_query() {
        assert_eq!(view_of("?view=scim-check").0, View::ScimCheck);
        assert_eq!(
            view_of("?view=compare&example=team-jit").0,
            View::Compare("team-jit".into())
        );
        let (v, note) = view_of("?view=nope");
        assert_eq!(v, View::Planner);
        assert!(note.is_some());
        let s = boot("?example=team-jit", "", None);
        assert_eq!(s.doc.plan, "team");
        let s = boot("?example=x%20y", "", None);
        assert!(s.notices[0].text.to_string().contains("“x y”"));
    }

    #[test]
    fn aside_keys_do_not_overwrite() {
        assert_eq!(aside_key(|_| false), UNREADABLE_KEY);
        let taken = [UNREADABLE_KEY.to_owned(), format!("{UNREADABLE_KEY}-2")];
        assert_eq!(
            aside_key(|k| taken.iter().any(|t| t == k)),
            format!("{UNREADABLE_KEY}-3")
        );
    }
}
