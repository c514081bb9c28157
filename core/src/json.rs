//! The JSON lexer both of the engine's readers share: the scenario reader
//! ([`crate::doc`], which reads straight into the document model, a slice at a time if asked)
//! and the importer's tree reader (`import/json.rs`). Strict RFC 8259: no comments, no
//! trailing commas, no control characters in strings, surrogates paired.
//!
//! Hand-written rather than generic: the engine's WebAssembly module is downloaded by every
//! page that embeds it, and one small lexer costs a fraction of a generic deserializer.

use std::borrow::Cow;

/// A syntax error at a byte offset of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub at: usize,
    pub message: String,
}

/// A position in JSON text. Every method that reads a token first skips the whitespace in
/// front of it only where it says so; [`Lexer::next`] does.
pub(crate) struct Lexer<'t> {
    bytes: &'t [u8],
    text: &'t str,
    pub i: usize,
}

const BOM: &str = "\u{feff}";

impl<'t> Lexer<'t> {
    /// At the start of `text`, after a byte order mark if there is one.
    pub fn new(text: &'t str) -> Self {
        let i = if text.starts_with(BOM) { BOM.len() } else { 0 };
        Lexer::at(text, i)
    }

    /// At byte `i` of `text` (a reader resuming where it stopped).
    pub fn at(text: &'t str, i: usize) -> Self {
        Lexer {
            bytes: text.as_bytes(),
            text,
            i,
        }
    }

    pub fn err(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            at: self.i,
            message: message.into(),
        }
    }

    pub fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    pub fn ws(&mut self) {
        let rest = self.bytes.get(self.i..).unwrap_or_default();
        self.i += rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .unwrap_or(rest.len());
    }

    /// The next byte after whitespace, not consumed.
    pub fn next(&mut self) -> Option<u8> {
        self.ws();
        self.peek()
    }

    pub fn eof(&self) -> SyntaxError {
        self.err("unexpected end of the file (is it truncated?)")
    }

    /// An error naming what was expected and the character found instead.
    pub fn unexpected(&self, expected: &str) -> SyntaxError {
        match self.text.get(self.i..).and_then(|s| s.chars().next()) {
            None => self.eof(),
            Some(c) => self.err(format!("expected {expected}, found `{c}`")),
        }
    }

    /// After whitespace: `byte`, consumed; else an error naming `what`.
    pub fn expect(&mut self, byte: u8, what: &str) -> Result<(), SyntaxError> {
        if self.next() == Some(byte) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    /// Between the items of a list or the members of an object whose opening bracket is read:
    /// whether another item follows (`first`: none was read yet). Consumes the `,` or the
    /// closing bracket; a comma right before the bracket is an error of its own.
    pub fn more(&mut self, first: bool, close: u8) -> Result<bool, SyntaxError> {
        match self.next() {
            Some(b) if b == close => {
                self.i += 1;
                Ok(false)
            }
            Some(b',') if !first => {
                self.i += 1;
                if self.next() == Some(close) {
                    return Err(self.err("a trailing comma (nothing follows it)"));
                }
                Ok(true)
            }
            _ if first => Ok(true),
            _ => Err(self.unexpected(if close == b']' {
                "`,` or `]`"
            } else {
                "`,` or `}`"
            })),
        }
    }

    /// After whitespace: a member name in quotes and its `:`.
    pub fn key(&mut self) -> Result<Cow<'t, str>, SyntaxError> {
        if self.next() != Some(b'"') {
            return Err(self.unexpected("a field name in quotes"));
        }
        let key = self.string()?;
        self.expect(b':', "`:`")?;
        self.ws();
        Ok(key)
    }

    /// After whitespace: the rest of the text is whitespace.
    pub fn end(&mut self) -> Result<(), SyntaxError> {
        if self.next().is_some() {
            return Err(self.err("unexpected text after the JSON value"));
        }
        Ok(())
    }

    /// `true`, `false` or `null`, whichever `word` is.
    pub fn word(&mut self, word: &str) -> Result<(), SyntaxError> {
        if self
            .bytes
            .get(self.i..self.i + word.len())
            .is_some_and(|w| w == word.as_bytes())
        {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.unexpected("a value"))
        }
    }

    /// A number, as written.
    pub fn number(&mut self) -> Result<&'t str, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.unexpected("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.unexpected("a digit"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.unexpected("a digit"));
            }
            self.digits();
        }
        let n = self.text.get(start..self.i).unwrap_or_default();
        if out_of_range(n) {
            self.i = start;
            return Err(self.err("number out of range"));
        }
        Ok(n)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    /// A string at the opening quote; borrowed from the text unless it has escapes.
    pub fn string(&mut self) -> Result<Cow<'t, str>, SyntaxError> {
        self.i += 1; // the opening quote
        let start = self.i;
        self.plain();
        if self.peek() == Some(b'"') {
            let s = self.text.get(start..self.i).unwrap_or_default();
            self.i += 1;
            return Ok(Cow::Borrowed(s));
        }
        let mut out = String::from(self.text.get(start..self.i).unwrap_or_default());
        loop {
            match self.peek() {
                None => return Err(self.eof()),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.err("a control character inside a string")),
            }
            let run = self.i;
            self.plain();
            out.push_str(self.text.get(run..self.i).unwrap_or_default());
        }
    }

    /// Skips characters that stand for themselves in a string.
    fn plain(&mut self) {
        let rest = self.bytes.get(self.i..).unwrap_or_default();
        self.i += rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .unwrap_or(rest.len());
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.eof());
        };
        self.i += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xD800..0xDC00).contains(&first) {
                    if self.bytes.get(self.i..self.i + 2) != Some(b"\\u".as_slice()) {
                        return Err(self.err("an unpaired surrogate in a \\u escape"));
                    }
                    self.i += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.err("an unpaired surrogate in a \\u escape"));
                    }
                    let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    char::from_u32(code).ok_or_else(|| self.err("an invalid \\u escape"))?
                } else {
                    char::from_u32(first)
                        .ok_or_else(|| self.err("an unpaired surrogate in a \\u escape"))?
                }
            }
            _ => {
                self.i -= 1;
                return Err(self.unexpected("an escape (\\n, \\\", \\u…)"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.unexpected("a hex digit"))?;
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    /// Reads past one whole value, checking its syntax; `depth` is how deep it starts, and
    /// nothing may be nested deeper than `max`.
    pub fn skip(&mut self, depth: usize, max: usize) -> Result<(), SyntaxError> {
        match self.next() {
            None => Err(self.eof()),
            Some(open @ (b'[' | b'{')) => {
                if depth >= max {
                    return Err(self.err(format!("nested more than {max} levels deep")));
                }
                self.i += 1;
                let close = if open == b'[' { b']' } else { b'}' };
                let mut first = true;
                while self.more(first, close)? {
                    first = false;
                    if open == b'{' {
                        self.key()?;
                    }
                    self.skip(depth + 1, max)?;
                }
                Ok(())
            }
            Some(b'"') => self.string().map(drop),
            Some(b't') => self.word("true"),
            Some(b'f') => self.word("false"),
            Some(b'n') => self.word("null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            Some(_) => Err(self.unexpected("a value")),
        }
    }
}

/// Whether a well-formed number is beyond a 64-bit float's range (about ±1.8e308), which JSON
/// readers do not accept. Worked out from the digits, to not link a float parser for it.
fn out_of_range(n: &str) -> bool {
    let n = n.trim_start_matches('-');
    let (mantissa, exp) = n.split_once(['e', 'E']).unwrap_or((n, "0"));
    let exp = exp.trim_start_matches('+');
    let (negative, exp) = match exp.strip_prefix('-') {
        Some(e) => (true, e),
        None => (false, exp),
    };
    let exp = exp
        .bytes()
        .fold(0i64, |e, d| (e * 10 + i64::from(d - b'0')).min(1 << 40));
    let exp = if negative { -exp } else { exp };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let int = int.trim_start_matches('0');
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let Some(first) = digits.iter().position(|d| *d != b'0') else {
        return false; // zero
    };
    // The power of ten of the first significant digit.
    let magnitude = if int.is_empty() {
        exp - i64::try_from(first).unwrap_or(i64::MAX) - 1
    } else {
        exp + i64::try_from(int.len()).unwrap_or(i64::MAX) - 1
    };
    match magnitude.cmp(&308) {
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Greater => true,
        // Past the largest float, 1.7976931348623157e308, once rounded.
        std::cmp::Ordering::Equal => {
            digits.get(first..).unwrap_or_default() > b"17976931348623158".as_slice()
        }
    }
}

/// The JSON type of a value that starts with `first`, for messages ("expected a string, found
/// a number").
pub(crate) fn type_name(first: Option<u8>) -> &'static str {
    match first {
        Some(b'{') => "an object",
        Some(b'[') => "a list",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'-' | b'0'..=b'9') => "a number",
        _ => "a value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skipped(text: &str) -> Result<usize, SyntaxError> {
        let mut lx = Lexer::new(text);
        lx.skip(0, 4)?;
        lx.end()?;
        Ok(lx.i)
    }

    #[test]
    fn strings_are_borrowed_unless_escaped() {
        let mut lx = Lexer::new(r#""plain" "a\u00e9\ud83d\ude00\n""#);
        assert!(matches!(lx.string(), Ok(Cow::Borrowed("plain"))));
        lx.ws();
        assert_eq!(lx.string().ok().as_deref(), Some("aé😀\n"));
    }

    #[test]
    fn skipping_checks_syntax_and_depth() {
        let text = " [1, {\"a\": [true, null]}, -2.5e3] ";
        assert_eq!(skipped(text).ok(), Some(text.len()));
        for (text, at, message) in [
            ("[1, 2,]", 6, "a trailing comma (nothing follows it)"),
            ("{\"a\" 1}", 5, "expected `:`, found `1`"),
            ("[01]", 2, "expected `,` or `]`, found `1`"),
            ("[[[[[]]]]]", 4, "nested more than 4 levels deep"),
            ("\"\\ud800\"", 7, "an unpaired surrogate in a \\u escape"),
            ("\"a\u{1}\"", 2, "a control character inside a string"),
            ("[1", 2, "unexpected end of the file (is it truncated?)"),
            ("1 2", 2, "unexpected text after the JSON value"),
        ] {
            assert_eq!(
                skipped(text).err(),
                Some(SyntaxError {
                    at,
                    message: message.into()
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_are_kept_as_written() {
        for text in ["0", "-0", "12", "1.5", "1e9", "-3.25E-2"] {
            assert_eq!(Lexer::new(text).number().ok(), Some(text));
        }
        for text in ["-", "1.", "1e", ".5"] {
            assert!(Lexer::new(text).number().is_err(), "{text}");
        }
        for (text, too_large) in [
            ("1e308", false),
            ("1.7976931348623157e308", false),
            ("0.00017976931348623157e312", false),
            ("1.8e308", true),
            ("1e309", true),
            ("-123e307", true),
            ("1e400", true),
            ("1e-400", false),
            ("0e999999999999999999999", false),
            ("100000000000000000000000000000", false),
        ] {
            assert_eq!(Lexer::new(text).number().is_err(), too_large, "{text}");
        }
    }
}
