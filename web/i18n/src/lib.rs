//! Provisioning Planner's message catalogues at build time: reads the Fluent files of
//! `web/locales/`, checks every language against English, and compiles each message into the
//! compact form that the app (`web/src/i18n.rs`) formats at run time, so that no Fluent runtime
//! ships in the wasm.
//!
//! `web/build.rs` uses [`check_all`] and [`generate`] to write the app's Rust: the message ids
//! and a typed method per message (and, outside the browser, every table, for the tests). The
//! binary writes the tables as files (`i18n/<lang>-<hash>.txt`, Trunk's post-build hook) that
//! the app loads in the browser, the one of the language shown: a visitor downloads one.
//!
//! What the app's messages may use, a subset of Fluent: text, `{ $variable }` placeables,
//! string and number literals (`{ "{" }`), terms without arguments (`{ -brand }`, inlined),
//! and select expressions on a variable, whose keys are plural categories (`[one]`), exact
//! numbers (`[0]`) or string values (`[owner]`). Message references, attributes and functions
//! are refused, so that the small formatter never meets what it cannot do.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// The languages: code, Rust variant name. English first: it is the reference every other
/// catalogue is checked against, and the fallback.
pub const LANGS: [(&str, &str); 6] = [
    ("en", "En"),
    ("es", "Es"),
    ("pt", "Pt"),
    ("it", "It"),
    ("fr", "Fr"),
    ("de", "De"),
];

/// Marks of the compiled form. Text is copied as is between them (the checker refuses these
/// control characters in text).
pub mod mark {
    /// Ends a message in a language's table.
    pub const END: char = '\u{0}';
    /// A placeable: the next character is the argument's index (`'0'` + i).
    pub const ARG: char = '\u{1}';
    /// A select expression: the argument's index, then variants, then [`SEL_END`].
    pub const SEL: char = '\u{2}';
    /// Starts a variant: `*` when it is the default, the key, [`KEY_END`], the variant's body.
    pub const VARIANT: char = '\u{3}';
    pub const KEY_END: char = '\u{4}';
    pub const SEL_END: char = '\u{5}';
    /// The first character that is not a mark.
    pub const FIRST_TEXT: char = '\u{6}';
}

/// The most arguments a message may have (indices are single characters from `'0'`).
pub const MAX_ARGS: usize = 40;

/// A message's value as a tree, literals and terms already resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Var(String),
    Select { var: String, variants: Vec<Variant> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: String,
    pub default: bool,
    pub body: Vec<Node>,
}

/// One message of a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub value: Vec<Node>,
    /// The line of the file where the message starts.
    pub line: usize,
    /// The comment above it (English: for translators, and the generated docs).
    pub comment: String,
}

impl Message {
    /// The variables the message uses, in order of first use (selectors included).
    pub fn vars(&self) -> Vec<String> {
        let mut out = Vec::new();
        collect_vars(&self.value, &mut out);
        out
    }
}

fn collect_vars(nodes: &[Node], out: &mut Vec<String>) {
    for n in nodes {
        match n {
            Node::Text(_) => {}
            Node::Var(v) => {
                if !out.contains(v) {
                    out.push(v.clone());
                }
            }
            Node::Select { var, variants } => {
                if !out.contains(var) {
                    out.push(var.clone());
                }
                for v in variants {
                    collect_vars(&v.body, out);
                }
            }
        }
    }
}

/// The line (1-based) and column of a byte offset.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The line where `id = …` starts, for messages (`id`) and terms (`-id`).
fn line_of(source: &str, id: &str) -> usize {
    source
        .split('\n')
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

/// Reads one catalogue. `file` names it in problems (`web/locales/de.ftl`).
pub fn parse(file: &str, source: &str) -> Result<Vec<Message>, Vec<String>> {
    // A file with syntax errors still parses into entries (the broken ones as junk): check
    // those too, so that one run reports every problem.
    let (resource, syntax) = match fluent_syntax::parser::parse(source) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let mut problems: Vec<String> = syntax
        .iter()
        .map(|e| {
            let (line, col) = line_col(source, e.pos.start);
            format!("{file}:{line}:{col}: {e}")
        })
        .collect();
    let mut terms: BTreeMap<String, Vec<Node>> = BTreeMap::new();
    // Terms first, so that a message may use a term defined below it.
    for entry in &resource.body {
        if let ast::Entry::Term(t) = entry {
            let at = format!(
                "{file}:{}: term -{}",
                line_of(source, &format!("-{}", t.id.name)),
                t.id.name
            );
            if !t.attributes.is_empty() {
                problems.push(format!("{at}: attributes are not supported"));
            }
            let mut p = Vec::new();
            let nodes = pattern(&t.value, &BTreeMap::new(), &at, &mut p);
            let mut vars = Vec::new();
            collect_vars(&nodes, &mut vars);
            if !vars.is_empty() {
                p.push(format!("{at}: a term may not use variables"));
            }
            problems.append(&mut p);
            if terms.insert(t.id.name.to_owned(), nodes).is_some() {
                problems.push(format!("{at}: defined twice"));
            }
        }
    }
    let mut messages: Vec<Message> = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_owned();
                let line = line_of(source, &id);
                let at = format!("{file}:{line}: {id}");
                if !m.attributes.is_empty() {
                    problems.push(format!("{at}: attributes are not supported"));
                }
                let Some(value) = &m.value else {
                    problems.push(format!("{at}: a message needs a value"));
                    continue;
                };
                if messages.iter().any(|x| x.id == id) {
                    problems.push(format!("{at}: defined twice"));
                    continue;
                }
                let value = pattern(value, &terms, &at, &mut problems);
                let msg = Message {
                    id,
                    value,
                    line,
                    comment: m
                        .comment
                        .as_ref()
                        .map(|c| c.content.join(" "))
                        .unwrap_or_default(),
                };
                if msg.vars().len() > MAX_ARGS {
                    problems.push(format!("{at}: more than {MAX_ARGS} variables"));
                }
                messages.push(msg);
            }
            ast::Entry::Junk { content } if syntax.is_empty() => {
                let offset = (content.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
                let (line, col) = line_col(source, offset);
                problems.push(format!(
                    "{file}:{line}:{col}: not Fluent syntax: {}",
                    content.trim()
                ));
            }
            ast::Entry::Junk { .. }
            | ast::Entry::Term(_)
            | ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    if problems.is_empty() {
        Ok(messages)
    } else {
        Err(problems)
    }
}

/// A pattern as nodes; adjacent text is merged.
fn pattern(
    p: &ast::Pattern<&str>,
    terms: &BTreeMap<String, Vec<Node>>,
    at: &str,
    problems: &mut Vec<String>,
) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value, at, problems),
            ast::PatternElement::Placeable { expression } => {
                expression_nodes(expression, terms, at, problems, &mut out);
            }
        }
    }
    out
}

fn push_text(out: &mut Vec<Node>, text: &str, at: &str, problems: &mut Vec<String>) {
    if let Some(c) = text.chars().find(|c| *c < mark::FIRST_TEXT) {
        problems.push(format!(
            "{at}: the control character U+{:04X} is not allowed in text",
            u32::from(c)
        ));
        return;
    }
    if let Some(Node::Text(prev)) = out.last_mut() {
        prev.push_str(text);
    } else if !text.is_empty() {
        out.push(Node::Text(text.to_owned()));
    }
}

fn expression_nodes(
    e: &ast::Expression<&str>,
    terms: &BTreeMap<String, Vec<Node>>,
    at: &str,
    problems: &mut Vec<String>,
    out: &mut Vec<Node>,
) {
    match e {
        ast::Expression::Inline(inline) => inline_nodes(inline, terms, at, problems, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                problems.push(format!(
                    "{at}: a select expression must select on a variable"
                ));
                return;
            };
            let mut vs = Vec::new();
            let mut keys = BTreeSet::new();
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                };
                if !keys.insert(key.clone()) {
                    problems.push(format!("{at}: the variant [{key}] appears twice"));
                }
                vs.push(Variant {
                    key,
                    default: v.default,
                    body: pattern(&v.value, terms, at, problems),
                });
            }
            out.push(Node::Select {
                var: id.name.to_owned(),
                variants: vs,
            });
        }
    }
}

fn inline_nodes(
    e: &ast::InlineExpression<&str>,
    terms: &BTreeMap<String, Vec<Node>>,
    at: &str,
    problems: &mut Vec<String>,
    out: &mut Vec<Node>,
) {
    match e {
        ast::InlineExpression::StringLiteral { value } => {
            let text = fluent_syntax::unicode::unescape_unicode_to_string(value);
            push_text(out, &text, at, problems);
        }
        ast::InlineExpression::NumberLiteral { value } => push_text(out, value, at, problems),
        ast::InlineExpression::VariableReference { id } => out.push(Node::Var(id.name.to_owned())),
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            if attribute.is_some() || arguments.is_some() {
                problems.push(format!(
                    "{at}: -{}: term attributes and arguments are not supported",
                    id.name
                ));
                return;
            }
            match terms.get(id.name) {
                Some(nodes) => {
                    for n in nodes {
                        match n {
                            Node::Text(t) => push_text(out, t, at, problems),
                            other => out.push(other.clone()),
                        }
                    }
                }
                None => problems.push(format!("{at}: unknown term -{}", id.name)),
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_nodes(expression, terms, at, problems, out);
        }
        ast::InlineExpression::MessageReference { id, .. } => problems.push(format!(
            "{at}: the message reference {{ {} }} is not supported; use a term (-name)",
            id.name
        )),
        ast::InlineExpression::FunctionReference { id, .. } => {
            problems.push(format!("{at}: the function {}() is not supported", id.name))
        }
    }
}

/// What is wrong with a translation against English: missing and extra messages, and
/// messages whose variables differ.
pub fn check_against(en: &[Message], file: &str, other: &[Message]) -> Vec<String> {
    let mut problems = Vec::new();
    for m in en {
        match other.iter().find(|o| o.id == m.id) {
            None => problems.push(format!(
                "{file}: the message `{}` is missing (English has it, en.ftl line {})",
                m.id, m.line
            )),
            Some(o) => {
                let want: BTreeSet<String> = m.vars().into_iter().collect();
                let got: BTreeSet<String> = o.vars().into_iter().collect();
                if want != got {
                    let show = |s: &BTreeSet<String>| {
                        if s.is_empty() {
                            "none".to_owned()
                        } else {
                            s.iter()
                                .map(|v| format!("${v}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    };
                    problems.push(format!(
                        "{file}:{}: {}: the placeables differ from English: it uses {}, English uses {}",
                        o.line,
                        o.id,
                        show(&got),
                        show(&want)
                    ));
                }
            }
        }
    }
    for o in other {
        if !en.iter().any(|m| m.id == o.id) {
            problems.push(format!(
                "{file}:{}: the message `{}` is not in English (en.ftl): remove it or add it there",
                o.line, o.id
            ));
        }
    }
    problems
}

/// A message in the compiled form, its variables numbered as in `order` (English's).
pub fn compile(nodes: &[Node], order: &[String]) -> String {
    let mut out = String::new();
    encode(nodes, order, &mut out);
    out
}

fn arg_char(var: &str, order: &[String]) -> char {
    let i = order.iter().position(|v| v == var).unwrap_or(order.len());
    char::from_u32(u32::from(b'0') + u32::try_from(i).unwrap_or(0)).unwrap_or('0')
}

fn encode(nodes: &[Node], order: &[String], out: &mut String) {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Var(v) => {
                out.push(mark::ARG);
                out.push(arg_char(v, order));
            }
            Node::Select { var, variants } => {
                out.push(mark::SEL);
                out.push(arg_char(var, order));
                for v in variants {
                    out.push(mark::VARIANT);
                    if v.default {
                        out.push('*');
                    }
                    out.push_str(&v.key);
                    out.push(mark::KEY_END);
                    encode(&v.body, order, out);
                }
                out.push(mark::SEL_END);
            }
        }
    }
}

/// Every catalogue read and checked: English's messages, then each language's compiled
/// messages in English's order. `read` gives a language's file name and text.
pub struct Checked {
    pub english: Vec<Message>,
    /// Per language (in [`LANGS`] order): the compiled messages, in English's order.
    pub tables: Vec<Vec<String>>,
}

pub fn check_all(
    read: impl Fn(&str) -> Result<(String, String), String>,
) -> Result<Checked, Vec<String>> {
    let mut problems = Vec::new();
    let mut parsed: Vec<Vec<Message>> = Vec::new();
    for (code, _) in LANGS {
        match read(code) {
            Ok((file, text)) => match parse(&file, &text) {
                Ok(m) => parsed.push(m),
                Err(mut p) => {
                    problems.append(&mut p);
                    parsed.push(Vec::new());
                }
            },
            Err(e) => {
                problems.push(e);
                parsed.push(Vec::new());
            }
        }
    }
    let english = parsed.first().cloned().unwrap_or_default();
    if english.is_empty() && problems.is_empty() {
        problems.push("en.ftl has no messages".to_owned());
    }
    for ((code, _), msgs) in LANGS.iter().zip(&parsed).skip(1) {
        problems.append(&mut check_against(
            &english,
            &format!("web/locales/{code}.ftl"),
            msgs,
        ));
    }
    for m in &english {
        if let Some(bad) = rust_name_problem(&m.id) {
            problems.push(format!("web/locales/en.ftl:{}: {}: {bad}", m.line, m.id));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let tables = parsed
        .iter()
        .map(|msgs| {
            english
                .iter()
                .map(|m| {
                    let order = m.vars();
                    msgs.iter()
                        .find(|o| o.id == m.id)
                        .map(|o| compile(&o.value, &order))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    Ok(Checked { english, tables })
}

/// The method name of a message id: `save-ready` → `save_ready`.
pub fn snake(id: &str) -> String {
    id.replace('-', "_")
}

/// The enum variant of a message id: `save-ready` → `SaveReady`.
pub fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// Why an id cannot name a Rust method, if it cannot.
fn rust_name_problem(id: &str) -> Option<&'static str> {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
        "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do",
        "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
        // Methods of `Tr` written by hand.
        "new", "fmt", "text", "num", "lang",
    ];
    let name = snake(id);
    if KEYWORDS.contains(&name.as_str()) {
        return Some("the id is a Rust keyword or a method of `Tr`; choose another");
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Some("message ids are lowercase words joined by `-`");
    }
    None
}

/// Reads the catalogues of `locales` (a directory of `<lang>.ftl`), naming them as
/// `web/locales/<lang>.ftl` in problems.
pub fn read_from(locales: &Path) -> impl Fn(&str) -> Result<(String, String), String> + '_ {
    move |code: &str| {
        let path = locales.join(format!("{code}.ftl"));
        std::fs::read_to_string(&path)
            .map(|text| (format!("web/locales/{code}.ftl"), text))
            .map_err(|e| format!("web/locales/{code}.ftl: cannot be read: {e}"))
    }
}

/// A language's compiled messages, each ended by [`mark::END`].
pub fn table_text(table: &[String]) -> String {
    let mut all = String::new();
    for m in table {
        all.push_str(m);
        all.push(mark::END);
    }
    all
}

/// FNV-1a, 64 bits: names a table's file after its content, so that a browser never pairs a
/// cached table with another build of the app.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The file of a language's table, relative to the app: `i18n/de-0123abcd.txt`. The hash
/// covers the message ids too (English's table), which give the order of the messages.
pub fn table_file(code: &str, table: &str, english: &str) -> String {
    let h = fnv1a(table) ^ fnv1a(english).rotate_left(1);
    format!("i18n/{code}-{:08x}.txt", h & 0xffff_ffff)
}

/// Writes every language's table under `dist` (`dist/i18n/…`); returns the files written.
pub fn write_tables(checked: &Checked, dist: &Path) -> Result<Vec<PathBuf>, String> {
    let english = checked
        .tables
        .first()
        .map(|t| table_text(t))
        .unwrap_or_default();
    let dir = dist.join("i18n");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for ((code, _), table) in LANGS.iter().zip(&checked.tables) {
        let text = table_text(table);
        let path = dist.join(table_file(code, &text, &english));
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// The Rust source that `web/src/i18n.rs` includes: the languages, the message ids, the tables
/// (outside the browser only: there the app loads them as files), and a typed method per
/// message on `Tr`, and in `msg` for words kept in state.
pub fn generate(c: &Checked) -> String {
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(
        w,
        "// Generated by web/build.rs from web/locales/*.ftl: do not edit.\n"
    );
    let english = c.tables.first().map(|t| table_text(t)).unwrap_or_default();

    let _ = writeln!(w, "/// The app's languages, in the order of the picker.");
    let _ = writeln!(w, "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]");
    let _ = writeln!(w, "pub enum Lang {{");
    for (code, name) in LANGS {
        let _ = writeln!(w, "    /// `{code}`\n    {name},");
    }
    let _ = writeln!(w, "}}\n");
    let _ = writeln!(w, "impl Lang {{");
    let _ = writeln!(w, "    /// Every language; English first.");
    let list: Vec<String> = LANGS.iter().map(|(_, n)| format!("Lang::{n}")).collect();
    let _ = writeln!(
        w,
        "    pub const ALL: [Lang; {}] = [{}];\n",
        LANGS.len(),
        list.join(", ")
    );
    let _ = writeln!(w, "    /// The BCP 47 language code.");
    let _ = writeln!(
        w,
        "    pub const fn code(self) -> &'static str {{\n        match self {{"
    );
    for (code, name) in LANGS {
        let _ = writeln!(w, "            Lang::{name} => {code:?},");
    }
    let _ = writeln!(w, "        }}\n    }}\n");
    // Each language's name in itself (its `lang-name`), built in for every language: the
    // picker names a language before its table is loaded.
    let name_at = c.english.iter().position(|m| m.id == "lang-name");
    let _ = writeln!(
        w,
        "    /// The language's name in itself (its `lang-name`), known before its table loads."
    );
    let _ = writeln!(
        w,
        "    pub const fn own_name(self) -> &'static str {{\n        match self {{"
    );
    for ((_, name), table) in LANGS.iter().zip(&c.tables) {
        let own = name_at
            .and_then(|i| table.get(i))
            .map_or("", String::as_str);
        let _ = writeln!(w, "            Lang::{name} => {own:?},");
    }
    let _ = writeln!(w, "        }}\n    }}\n");
    let _ = writeln!(
        w,
        "    /// Where the app loads the language's table from, relative to the page."
    );
    let _ = writeln!(
        w,
        "    pub const fn file(self) -> &'static str {{\n        match self {{"
    );
    for ((code, name), table) in LANGS.iter().zip(&c.tables) {
        let file = table_file(code, &table_text(table), &english);
        let _ = writeln!(w, "            Lang::{name} => {file:?},");
    }
    let _ = writeln!(w, "        }}\n    }}\n");
    let _ = writeln!(
        w,
        "    /// The table built into the app: outside the browser (the tests), every language's."
    );
    let _ = writeln!(w, "    #[cfg(not(target_arch = \"wasm32\"))]");
    let _ = writeln!(
        w,
        "    const fn builtin(self) -> Option<&'static str> {{\n        Some(match self {{"
    );
    for (code, name) in LANGS {
        let _ = writeln!(
            w,
            "            Lang::{name} => TABLE_{},",
            code.to_uppercase()
        );
    }
    let _ = writeln!(w, "        }})\n    }}\n");
    let _ = writeln!(
        w,
        "    /// In the browser no table is built in: each is loaded from [`Lang::file`]."
    );
    let _ = writeln!(w, "    #[cfg(target_arch = \"wasm32\")]");
    let _ = writeln!(
        w,
        "    const fn builtin(self) -> Option<&'static str> {{\n        None\n    }}\n}}\n"
    );

    let _ = writeln!(w, "/// A message, by its id in the catalogues.");
    let _ = writeln!(w, "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]");
    let _ = writeln!(w, "pub enum K {{");
    for m in &c.english {
        let _ = writeln!(w, "    /// `{}`\n    {},", m.id, camel(&m.id));
    }
    let _ = writeln!(w, "}}\n");
    let _ = writeln!(w, "impl K {{");
    let _ = writeln!(w, "    /// Every message, in the order of `en.ftl`.");
    let _ = writeln!(w, "    pub const ALL: [K; {}] = [", c.english.len());
    for m in &c.english {
        let _ = writeln!(w, "        K::{},", camel(&m.id));
    }
    let _ = writeln!(w, "    ];\n");
    let _ = writeln!(w, "    /// The id in the catalogues.");
    let _ = writeln!(
        w,
        "    pub const fn id(self) -> &'static str {{\n        match self {{"
    );
    for m in &c.english {
        let _ = writeln!(w, "            K::{} => {:?},", camel(&m.id), m.id);
    }
    let _ = writeln!(w, "        }}\n    }}\n");
    let _ = writeln!(
        w,
        "    /// The variables, in the order of the arguments (first use in English)."
    );
    let _ = writeln!(
        w,
        "    pub const fn params(self) -> &'static [&'static str] {{\n        match self {{"
    );
    for m in &c.english {
        let vars: Vec<String> = m.vars().iter().map(|v| format!("{v:?}")).collect();
        let _ = writeln!(
            w,
            "            K::{} => &[{}],",
            camel(&m.id),
            vars.join(", ")
        );
    }
    let _ = writeln!(w, "        }}\n    }}\n}}\n");

    for ((code, _), table) in LANGS.iter().zip(&c.tables) {
        let _ = writeln!(w, "#[cfg(not(target_arch = \"wasm32\"))]");
        let _ = writeln!(
            w,
            "const TABLE_{}: &str = {:?};\n",
            code.to_uppercase(),
            table_text(table)
        );
    }

    let doc = |m: &Message| {
        let mut d = format!("    /// `{}`: “{}”", m.id, preview(&m.value));
        if !m.comment.is_empty() {
            let _ = write!(d, "\n    ///\n    /// {}", m.comment);
        }
        d
    };
    let _ = writeln!(w, "impl Tr {{");
    for m in &c.english {
        let vars = m.vars();
        let params: String = vars
            .iter()
            .map(|v| format!(", {}: impl Into<Arg<'a>>", snake(v)))
            .collect();
        let args: Vec<String> = vars
            .iter()
            .map(|v| format!("{}.into()", snake(v)))
            .collect();
        let _ = writeln!(w, "{}", doc(m));
        if vars.is_empty() {
            // Without variables a message is plain text: the table's own, not a copy.
            let _ = writeln!(
                w,
                "    pub fn {}(self) -> &'static str {{\n        message(self.lang, K::{})\n    }}\n",
                snake(&m.id),
                camel(&m.id),
            );
        } else {
            let _ = writeln!(
                w,
                "    #[inline]\n    pub fn {}<'a>(self{params}) -> String {{\n        self.fmt(K::{}, &[{}])\n    }}\n",
                snake(&m.id),
                camel(&m.id),
                args.join(", ")
            );
        }
    }
    let _ = writeln!(w, "}}\n");
    let _ = writeln!(
        w,
        "/// Each message as a [`Text`], to be formatted later in whatever language is current."
    );
    let _ = writeln!(w, "pub mod msg {{\n    use super::{{K, Text, Val}};\n");
    for m in &c.english {
        let vars = m.vars();
        let params: Vec<String> = vars
            .iter()
            .map(|v| format!("{}: impl Into<Val>", snake(v)))
            .collect();
        let args: Vec<String> = vars
            .iter()
            .map(|v| format!("{}.into()", snake(v)))
            .collect();
        let _ = writeln!(w, "{}", doc(m));
        let _ = writeln!(
            w,
            "    pub fn {}({}) -> Text {{\n        Text::Msg(K::{}, vec![{}])\n    }}\n",
            snake(&m.id),
            params.join(", "),
            camel(&m.id),
            args.join(", ")
        );
    }
    let _ = writeln!(w, "}}");
    s
}

/// English for a doc comment: variables as `{$name}`, selects by their default.
fn preview(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Var(v) => {
                let _ = write!(out, "{{${v}}}");
            }
            Node::Select { variants, .. } => {
                if let Some(v) = variants.iter().find(|v| v.default) {
                    out.push_str(&preview(&v.body));
                }
            }
        }
    }
    out.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    fn read(code: &str) -> Result<(String, String), String> {
        read_from(&locales())(code)
    }

    #[test]
    fn every_language_has_every_message_with_the_placeables_of_english() {
        if let Err(problems) = check_all(read) {
            panic!("{}", problems.join("\n"));
        }
    }

    #[test]
    fn tables_are_written_under_names_that_change_with_their_content() {
        let checked = check_all(read).unwrap();
        let dir = std::env::temp_dir().join(format!("provplan-i18n-{}", std::process::id()));
        let files = write_tables(&checked, &dir).unwrap();
        assert_eq!(files.len(), LANGS.len());
        let english = table_text(&checked.tables[0]);
        for (((code, _), table), file) in LANGS.iter().zip(&checked.tables).zip(&files) {
            let text = std::fs::read_to_string(file).unwrap();
            assert_eq!(text, table_text(table));
            assert_eq!(text.matches(mark::END).count(), checked.english.len());
            assert!(
                file.ends_with(table_file(code, &text, &english)),
                "{}",
                file.display()
            );
        }
        assert_ne!(
            table_file("de", "a\u{0}", &english),
            table_file("de", "b\u{0}", &english)
        );
        std::fs::remove_dir_all(&dir).unwrap();
        let source = generate(&checked);
        assert!(source.contains("pub fn save_ready(self) -> &'static str"));
        assert!(source.contains("    #[inline]\n    pub fn showing_of<'a>(self, shown: impl Into<Arg<'a>>, total: impl Into<Arg<'a>>) -> String"));
        assert!(source.contains("#[cfg(not(target_arch = \"wasm32\"))]\nconst TABLE_DE"));
        assert!(source.contains("#[cfg(not(target_arch = \"wasm32\"))]\nconst TABLE_EN"));
    }

    #[test]
    fn no_language_has_a_message_english_lacks() {
        let en = parse("en.ftl", &read("en").unwrap().1).unwrap();
        for (code, _) in LANGS {
            let msgs = parse(code, &read(code).unwrap().1).unwrap();
            let ids: BTreeSet<&str> = msgs.iter().map(|m| m.id.as_str()).collect();
            let en_ids: BTreeSet<&str> = en.iter().map(|m| m.id.as_str()).collect();
            assert_eq!(ids, en_ids, "{code}");
        }
    }

    const EN: &str = "hello = Hello { $name }\nusers = { $count ->\n    [one] { $count } user\n   *[other] { $count } users\n}\n";

    #[test]
    fn a_missing_message_fails_the_check() {
        let en = parse("en.ftl", EN).unwrap();
        let de = parse("de.ftl", "hello = Hallo { $name }\n").unwrap();
        let problems = check_against(&en, "de.ftl", &de);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`users` is missing"), "{problems:?}");
    }

    #[test]
    fn an_extra_message_fails_the_check() {
        let en = parse("en.ftl", "hello = Hello\n").unwrap();
        let de = parse("de.ftl", "hello = Hallo\nbye = Tschüss\n").unwrap();
        let problems = check_against(&en, "de.ftl", &de);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("de.ftl:2: the message `bye` is not in English"));
    }

    #[test]
    fn different_placeables_fail_the_check() {
        let en = parse("en.ftl", EN).unwrap();
        let de = parse(
            "de.ftl",
            "hello = Hallo { $nom }\nusers = { $count ->\n   *[other] { $count } Benutzer\n}\n",
        )
        .unwrap();
        let problems = check_against(&en, "de.ftl", &de);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("de.ftl:1: hello: the placeables differ from English: it uses $nom, English uses $name"),
            "{problems:?}"
        );
    }

    #[test]
    fn unsupported_fluent_is_refused_with_its_line() {
        let bad = "a = A\nb = { a }\nc = { NUMBER($n) }\nd = D\n    .title = T\ne = { $x\n";
        let problems = parse("xx.ftl", bad).unwrap_err();
        let all = problems.join("\n");
        assert!(
            all.contains("xx.ftl:2: b: the message reference { a } is not supported"),
            "{all}"
        );
        assert!(
            all.contains("xx.ftl:3: c: the function NUMBER() is not supported"),
            "{all}"
        );
        assert!(
            all.contains("xx.ftl:4: d: attributes are not supported"),
            "{all}"
        );
        assert!(all.contains("xx.ftl:7:1: Expected a token"), "{all}");
    }

    #[test]
    fn messages_compile_to_the_compact_form() {
        let en = parse("en.ftl", "-brand = Claude\nhi = { -brand }: { \"{\" }{ $b }{ $a ->\n    [one] x\n   *[other] y { $b }\n}\n").unwrap();
        let m = &en[0];
        assert_eq!(m.vars(), ["b", "a"]);
        assert_eq!(
            compile(&m.value, &m.vars()),
            "Claude: {\u{1}0\u{2}1\u{3}one\u{4}x\u{3}*other\u{4}y \u{1}0\u{5}"
        );
        assert_eq!(camel("finding-scim-fanout"), "FindingScimFanout");
        assert_eq!(snake("finding-scim-fanout"), "finding_scim_fanout");
    }
}
