//! The app's languages: formatting messages, plural rules, numbers, and which language to show.
//!
//! The messages are in `web/locales/<lang>.ftl` (Fluent syntax). `build.rs` checks every
//! language against English and compiles the catalogues into the tables included below, with
//! a typed method per message on [`Tr`] (`tr.save_ready()`, `tr.input_errors_title(n)`) and a
//! constructor per message in [`msg`] for words kept in state ([`Text`]), which are formatted
//! when shown, in the language of that moment. No Fluent runtime ships: the formatter here
//! knows text, `{ $variable }` placeables and select expressions on plural categories, exact
//! numbers and string values — all that the checker lets through.
//!
//! The language is one of the app's two contexts ([`LangContext`], read with [`use_tr`]); the
//! reducer never sees it.

use std::sync::OnceLock;

use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/i18n_tables.rs"));

/// Marks of the compiled form (see `i18n_check.rs`, which writes them).
const END: u8 = 0;
const ARG: u8 = 1;
const SEL: u8 = 2;
const VARIANT: u8 = 3;
const KEY_END: u8 = 4;
const FIRST_TEXT: u8 = 6;

/// An argument of a message: a number (chooses plural forms, formatted for the language) or
/// a string (chooses by value, shown as is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Num(u64),
    Str(&'a str),
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a, 'b: 'a> From<&'a &'b str> for Arg<'a> {
    fn from(s: &'a &'b str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a AttrValue> for Arg<'a> {
    fn from(s: &'a AttrValue) -> Self {
        Arg::Str(s)
    }
}

/// Words to show later, in the language current then: a message and its arguments, or words
/// from elsewhere shown as they are (a file name, or an engine message, which is English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A message; the arguments in the order of [`K::params`].
    Msg(K, Vec<Val>),
    Raw(String),
}

/// An argument kept in a [`Text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    Num(u64),
    Str(String),
    /// Words that are themselves translated (a role's name inside a sentence).
    Text(Text),
}

impl From<u64> for Val {
    fn from(n: u64) -> Self {
        Val::Num(n)
    }
}

impl From<u32> for Val {
    fn from(n: u32) -> Self {
        Val::Num(n.into())
    }
}

impl From<usize> for Val {
    fn from(n: usize) -> Self {
        Val::Num(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Self {
        Val::Str(s.to_owned())
    }
}

impl From<&String> for Val {
    fn from(s: &String) -> Self {
        Val::Str(s.clone())
    }
}

impl From<String> for Val {
    fn from(s: String) -> Self {
        Val::Str(s)
    }
}

impl From<Text> for Val {
    fn from(t: Text) -> Self {
        Val::Text(t)
    }
}

impl Text {
    /// Words shown as they are, in every language.
    pub fn raw(s: impl Into<String>) -> Text {
        Text::Raw(s.into())
    }
}

/// English, for logs and tests.
impl core::fmt::Display for Text {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&Tr::EN.text(self))
    }
}

/// Formats messages in one language; cheap to copy. Components get it with [`use_tr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub const EN: Tr = Tr { lang: Lang::En };

    pub const fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    /// A message with its arguments (in the order of [`K::params`]).
    pub fn fmt(self, key: K, args: &[Arg<'_>]) -> String {
        let mut f = Formatter {
            src: message(self.lang, key),
            lang: self.lang,
            args,
            out: String::new(),
        };
        f.pattern(0, true);
        f.out
    }

    /// Words kept for later, now.
    pub fn text(self, t: &Text) -> String {
        match t {
            Text::Raw(s) => s.clone(),
            Text::Msg(key, vals) => {
                let nested: Vec<Option<String>> = vals
                    .iter()
                    .map(|v| match v {
                        Val::Text(t) => Some(self.text(t)),
                        Val::Num(_) | Val::Str(_) => None,
                    })
                    .collect();
                let args: Vec<Arg<'_>> = vals
                    .iter()
                    .zip(&nested)
                    .map(|(v, n)| match (v, n) {
                        (Val::Num(x), _) => Arg::Num(*x),
                        (Val::Str(s), _) => Arg::Str(s),
                        (Val::Text(_), n) => Arg::Str(n.as_deref().unwrap_or("")),
                    })
                    .collect();
                self.fmt(*key, &args)
            }
        }
    }

    /// A whole number with the language's grouping (`1,234`, `1.234`, `1 234`).
    pub fn num(self, n: impl Into<Arg<'static>>) -> String {
        match n.into() {
            Arg::Num(n) => format_number(self.lang, n),
            Arg::Str(s) => s.to_owned(),
        }
    }
}

/// The tables loaded while the app runs: in the browser every language's table is a file
/// (`Lang::file`) loaded when it is to be shown, so that a visitor downloads one language.
static LOADED: [OnceLock<&'static str>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// The table of a language, when it is built in or loaded.
fn table(lang: Lang) -> Option<&'static str> {
    lang.builtin()
        .or_else(|| LOADED.get(lang as usize)?.get().copied())
}

/// Whether messages can be formatted in `lang` now (else they are formatted in English, if
/// that is loaded).
pub fn is_ready(lang: Lang) -> bool {
    table(lang).is_some()
}

/// Installs a language's table, as loaded from its file. Refused (`false`) unless it holds one
/// text per message: a file of another build of the app. Kept for the life of the page.
pub fn install(lang: Lang, table: String) -> bool {
    if table.bytes().filter(|b| *b == END).count() != K::ALL.len() {
        return false;
    }
    let Some(cell) = LOADED.get(lang as usize) else {
        return false;
    };
    cell.get_or_init(|| Box::leak(table.into_boxed_str()));
    true
}

/// The compiled message `key` of `lang` (of English while `lang`'s table is not loaded).
pub(crate) fn message(lang: Lang, key: K) -> &'static str {
    static STARTS: [OnceLock<Vec<usize>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let Some((lang, table)) = table(lang)
        .map(|t| (lang, t))
        .or_else(|| table(Lang::En).map(|t| (Lang::En, t)))
    else {
        return "";
    };
    let Some(cell) = STARTS.get(lang as usize) else {
        return "";
    };
    // Where each message starts, found once per language (the tables carry no offsets).
    let starts = cell.get_or_init(|| {
        core::iter::once(0)
            .chain(
                table
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == END)
                    .map(|(i, _)| i + 1),
            )
            .collect()
    });
    let k = key as usize;
    match (starts.get(k), starts.get(k + 1)) {
        (Some(start), Some(next)) => table.get(*start..next.saturating_sub(1)).unwrap_or(""),
        _ => "",
    }
}

struct Formatter<'a, 'b> {
    src: &'a str,
    lang: Lang,
    args: &'a [Arg<'b>],
    out: String,
}

impl<'b> Formatter<'_, 'b> {
    /// Writes (when `emit`) or skips the pattern at `pos`, up to the end of the message, of
    /// its variant or of its select expression; returns where it stopped.
    fn pattern(&mut self, mut pos: usize, emit: bool) -> usize {
        let bytes = self.src.as_bytes();
        loop {
            let rest = bytes.get(pos..).unwrap_or_default();
            let n = rest
                .iter()
                .position(|b| *b < FIRST_TEXT)
                .unwrap_or(rest.len());
            if emit {
                self.out.push_str(self.src.get(pos..pos + n).unwrap_or(""));
            }
            pos += n;
            match rest.get(n) {
                Some(&ARG) => {
                    if emit {
                        if let Some(arg) = self.arg(bytes.get(pos + 1)) {
                            match arg {
                                Arg::Num(x) => self.out.push_str(&format_number(self.lang, x)),
                                Arg::Str(s) => self.out.push_str(s),
                            }
                        }
                    }
                    pos += 2;
                }
                Some(&SEL) => pos = self.select(pos + 2, bytes.get(pos + 1), emit),
                _ => return pos,
            }
        }
    }

    fn arg(&self, index: Option<&u8>) -> Option<Arg<'b>> {
        let i = usize::from(index?.checked_sub(b'0')?);
        self.args.get(i).copied()
    }

    /// A select expression from its first variant; returns the position after it. The
    /// variant chosen: an exact match (a number, or a string value), else the plural category
    /// of a number, else the default.
    fn select(&mut self, mut pos: usize, index: Option<&u8>, emit: bool) -> usize {
        let bytes = self.src.as_bytes();
        let arg = self.arg(index);
        let category = match arg {
            Some(Arg::Num(n)) => Some(plural(self.lang, n)),
            _ => None,
        };
        let (mut exact, mut by_category, mut default) = (None, None, None);
        while bytes.get(pos) == Some(&VARIANT) {
            pos += 1;
            let is_default = bytes.get(pos) == Some(&b'*');
            if is_default {
                pos += 1;
            }
            let key_len = bytes
                .get(pos..)
                .and_then(|r| r.iter().position(|b| *b == KEY_END))
                .unwrap_or(0);
            let key = self.src.get(pos..pos + key_len).unwrap_or("");
            let body = pos + key_len + 1;
            pos = self.pattern(body, false);
            if is_default {
                default = default.or(Some(body));
            }
            let hit = match arg {
                Some(Arg::Num(n)) => key.parse::<u64>().ok() == Some(n),
                Some(Arg::Str(s)) => key == s,
                None => false,
            };
            if hit {
                exact = exact.or(Some(body));
            } else if category == Some(key) {
                by_category = by_category.or(Some(body));
            }
        }
        if emit {
            if let Some(body) = exact.or(by_category).or(default) {
                self.pattern(body, true);
            }
        }
        pos + 1
    }
}

/// The CLDR cardinal plural category of a whole number, hand-coded for the six languages.
///
/// English, German, Italian and Spanish: `one` for 1. French and Portuguese (CLDR `pt`, as
/// spoken in Brazil): `one` for 0 and 1. Newer CLDR versions also give Spanish, Italian,
/// French and Portuguese a `many` category for large round numbers (whole millions:
/// "1 millón de usuarios"); the planner treats those as `other`, which reads correctly for
/// every count it shows.
pub fn plural(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::En | Lang::De | Lang::It | Lang::Es => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr | Lang::Pt => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

/// A whole number with the language's grouping separator: English `1,234`; German, Italian
/// and Portuguese `1.234`; French `1 234` (a narrow no-break space). Spanish groups from five
/// digits on (`1234`, `12.345`): CLDR's minimum grouping digits for `es` is 2, which is also
/// what the browser's `Intl.NumberFormat('es')` does.
pub fn format_number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (sep, min_len) = match lang {
        Lang::En => (',', 4),
        Lang::Es => ('.', 5),
        Lang::Pt | Lang::It | Lang::De => ('.', 4),
        Lang::Fr => ('\u{202F}', 4),
    };
    if digits.len() < min_len {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

impl Lang {
    /// The language of a BCP 47 tag by its primary subtag (`de-AT` → German), if it is one of
    /// the app's.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language to show: `?lang=` when it names one of the app's, then the choice saved in
    /// this browser, then the browser's preferred languages in order, then English.
    pub fn choose(query: Option<&str>, saved: Option<&str>, preferred: &[String]) -> Lang {
        query
            .and_then(Lang::from_tag)
            .or_else(|| saved.and_then(Lang::from_tag))
            .or_else(|| preferred.iter().find_map(|t| Lang::from_tag(t)))
            .unwrap_or(Lang::En)
    }
}

/// The language context: the language shown, the one chosen (the same, once its table has
/// loaded), and how to choose another.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    pub lang: Lang,
    pub chosen: Lang,
    pub choose: Callback<Lang>,
}

/// The formatter of the current language (English outside a [`LangContext`]).
#[hook]
pub fn use_tr() -> Tr {
    use_context::<LangContext>().map_or(Tr::EN, |c| Tr::new(c.lang))
}

/// The language context, for the picker.
#[hook]
pub fn use_lang() -> Option<LangContext> {
    use_context::<LangContext>()
}

/// The keys of the top-level select expressions of a compiled message (for the tests that
/// every id of the engine has its words in every language).
#[cfg(test)]
pub(crate) fn variant_keys(lang: Lang, key: K) -> Vec<String> {
    let src = message(lang, key);
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        match c as u32 {
            2 => depth += 1,
            5 => depth -= 1,
            3 if depth == 1 => {
                let mut k = String::new();
                for c in chars.by_ref() {
                    if c == '\u{4}' {
                        break;
                    }
                    k.push(c);
                }
                keys.push(k.trim_start_matches('*').to_owned());
            }
            _ => {}
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_per_language() {
        for lang in [Lang::En, Lang::De, Lang::It, Lang::Es] {
            assert_eq!(plural(lang, 0), "other", "{lang:?}");
            assert_eq!(plural(lang, 1), "one", "{lang:?}");
            assert_eq!(plural(lang, 2), "other", "{lang:?}");
            assert_eq!(plural(lang, 1_000_000), "other", "{lang:?}");
        }
        for lang in [Lang::Fr, Lang::Pt] {
            assert_eq!(plural(lang, 0), "one", "{lang:?}");
            assert_eq!(plural(lang, 1), "one", "{lang:?}");
            assert_eq!(plural(lang, 2), "other", "{lang:?}");
            assert_eq!(plural(lang, 21), "other", "{lang:?}");
        }
    }

    #[test]
    fn numbers_are_grouped_for_the_language() {
        let f = |lang, n| format_number(lang, n);
        assert_eq!(f(Lang::En, 999), "999");
        assert_eq!(f(Lang::En, 1234), "1,234");
        assert_eq!(f(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(f(Lang::De, 1234), "1.234");
        assert_eq!(f(Lang::It, 1234), "1.234");
        assert_eq!(f(Lang::Pt, 1_234_567), "1.234.567");
        assert_eq!(f(Lang::Fr, 1234), "1\u{202F}234");
        assert_eq!(f(Lang::Fr, 123_456), "123\u{202F}456");
        assert_eq!(f(Lang::Es, 1234), "1234");
        assert_eq!(f(Lang::Es, 12_345), "12.345");
        assert_eq!(f(Lang::En, 0), "0");
        assert_eq!(Tr::new(Lang::De).num(4_000_000usize), "4.000.000");
    }

    #[test]
    fn plural_forms_and_parameters_are_filled_in() {
        let en = Tr::EN;
        assert_eq!(
            en.input_errors_title(1usize),
            "1 problem in the setup must be fixed"
        );
        assert_eq!(
            en.input_errors_title(3usize),
            "3 problems in the setup must be fixed"
        );
        assert_eq!(
            en.input_errors_title(1234usize),
            "1,234 problems in the setup must be fixed"
        );
        let fr = Tr::new(Lang::Fr);
        assert!(
            fr.input_errors_title(0usize).contains("problème "),
            "{}",
            fr.input_errors_title(0usize)
        );
        assert!(fr.input_errors_title(2usize).contains("problèmes"));
        let de = Tr::new(Lang::De);
        assert_eq!(de.group_members(1usize), "1 Benutzer");
        assert_eq!(de.group_members(2500usize), "2.500 Benutzer");
        let pt = Tr::new(Lang::Pt);
        assert_eq!(pt.group_members(0usize), "0 usuário");
        assert_eq!(pt.group_members(2usize), "2 usuários");
        // An exact number wins over the plural category.
        assert_eq!(en.pasted_added(0usize), "No user was added.");
    }

    #[test]
    fn string_selects_choose_by_value_and_fall_back_to_the_default() {
        let de = Tr::new(Lang::De);
        assert_eq!(de.mode_name("manual"), "Manuell");
        assert_eq!(Tr::EN.role_name("owner"), "Owner");
        assert_eq!(Tr::EN.role_name("auditor"), "auditor");
    }

    #[test]
    fn kept_text_is_formatted_in_the_language_of_the_moment() {
        let t = msg::tiers_carried_over(
            msg::plan_name("team"),
            msg::plan_name("enterprise_seat_based"),
        );
        let en = Tr::EN.text(&t);
        assert!(en.contains("Team plan"), "{en}");
        let de = Tr::new(Lang::De).text(&t);
        assert!(de.contains("Team-Plan"), "{de}");
        assert_eq!(t.to_string(), en);
        assert_eq!(Tr::new(Lang::Fr).text(&Text::raw("x.json")), "x.json");
    }

    #[test]
    fn the_language_comes_from_the_query_then_storage_then_the_browser() {
        let browser = vec!["fr-CA".to_owned(), "en-US".to_owned()];
        assert_eq!(Lang::choose(Some("de"), Some("it"), &browser), Lang::De);
        assert_eq!(Lang::choose(Some("xx"), Some("it"), &browser), Lang::It);
        assert_eq!(Lang::choose(Some("xx"), None, &browser), Lang::Fr);
        assert_eq!(Lang::choose(None, Some("nope"), &browser), Lang::Fr);
        assert_eq!(Lang::choose(Some("zz"), None, &["ja".to_owned()]), Lang::En);
        assert_eq!(Lang::choose(None, None, &[]), Lang::En);
        assert_eq!(Lang::from_tag("PT-br"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("es_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag(""), None);
        let names: Vec<&str> = Lang::ALL.iter().map(|l| l.own_name()).collect();
        assert_eq!(
            names,
            [
                "English",
                "Español",
                "Português",
                "Italiano",
                "Français",
                "Deutsch"
            ]
        );
    }

    #[test]
    fn the_app_formats_the_checked_catalogues() {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let checked = provplan_i18n::check_all(provplan_i18n::read_from(&locales)).unwrap();
        assert_eq!(checked.english.len(), K::ALL.len());
        let english = provplan_i18n::table_text(&checked.tables[0]);
        for ((lang, (code, _)), table) in Lang::ALL
            .iter()
            .zip(provplan_i18n::LANGS)
            .zip(&checked.tables)
        {
            assert_eq!(lang.code(), code);
            for (key, compiled) in K::ALL.iter().zip(table) {
                assert_eq!(message(*lang, *key), compiled);
            }
            let text = provplan_i18n::table_text(table);
            assert_eq!(
                lang.file(),
                provplan_i18n::table_file(code, &text, &english)
            );
        }
    }

    #[test]
    fn a_table_of_another_build_is_refused() {
        assert!(!install(Lang::De, "a\u{0}b\u{0}".to_owned()));
        assert!(is_ready(Lang::En));
    }

    #[test]
    fn every_message_has_a_text_in_every_language() {
        for lang in Lang::ALL {
            for key in K::ALL {
                assert!(
                    !message(lang, key).is_empty(),
                    "{}: {} is empty",
                    lang.code(),
                    key.id()
                );
            }
        }
    }

    #[test]
    fn every_language_uses_the_placeables_and_variants_of_english() {
        let uses = |src: &str| {
            let b = src.as_bytes();
            let mut used: Vec<u8> = b
                .windows(2)
                .filter(|w| w.first() == Some(&ARG) || w.first() == Some(&SEL))
                .filter_map(|w| w.get(1).copied())
                .collect();
            used.sort_unstable();
            used.dedup();
            used
        };
        for key in K::ALL {
            let en = uses(message(Lang::En, key));
            assert_eq!(en.len(), key.params().len(), "{}", key.id());
            for lang in Lang::ALL {
                assert_eq!(
                    uses(message(lang, key)),
                    en,
                    "{}: the placeables of {} differ from English",
                    lang.code(),
                    key.id()
                );
                // Selects on ids must offer every id English offers.
                let en_keys = variant_keys(Lang::En, key);
                let keys = variant_keys(lang, key);
                for k in &en_keys {
                    let plural_or_number = ["zero", "one", "two", "few", "many", "other"]
                        .contains(&k.as_str())
                        || k.parse::<u64>().is_ok();
                    assert!(
                        plural_or_number || keys.contains(k),
                        "{}: {} has no variant [{k}]",
                        lang.code(),
                        key.id()
                    );
                }
            }
        }
    }
}
