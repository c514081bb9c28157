//! A small JSON reader that keeps where each value starts, so that a SCIM export's bad values
//! can be named by line and column. Strict RFC 8259 syntax; nesting is limited.

use super::MAX_DEPTH;
use crate::json::Lexer;

/// A JSON value and the byte offset where it starts.
pub(crate) struct Node {
    pub at: usize,
    pub value: Value,
}

pub(crate) enum Value {
    Null,
    Bool(bool),
    /// The number as written.
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in document order (duplicates kept; lookups take the first).
    Object(Vec<(String, Node)>),
}

pub(crate) use crate::json::SyntaxError;

pub(crate) fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut lx = Lexer::new(text);
    let node = value(&mut lx, 0)?;
    lx.end()?;
    Ok(node)
}

fn value(lx: &mut Lexer<'_>, depth: usize) -> Result<Node, SyntaxError> {
    let first = lx.next();
    let at = lx.i;
    let value = match first {
        None => return Err(lx.eof()),
        Some(open @ (b'{' | b'[')) => {
            if depth >= MAX_DEPTH {
                return Err(lx.err(format!("nested more than {MAX_DEPTH} levels deep")));
            }
            lx.i += 1;
            if open == b'[' {
                let mut items = Vec::new();
                while lx.more(items.is_empty(), b']')? {
                    items.push(value(lx, depth + 1)?);
                }
                Value::Array(items)
            } else {
                let mut members = Vec::new();
                while lx.more(members.is_empty(), b'}')? {
                    let key = lx.key()?.into_owned();
                    members.push((key, value(lx, depth + 1)?));
                }
                Value::Object(members)
            }
        }
        Some(b'"') => Value::String(lx.string()?.into_owned()),
        Some(b't') => lx.word("true").map(|()| Value::Bool(true))?,
        Some(b'f') => lx.word("false").map(|()| Value::Bool(false))?,
        Some(b'n') => lx.word("null").map(|()| Value::Null)?,
        Some(b'-' | b'0'..=b'9') => Value::Number(lx.number()?.to_owned()),
        Some(_) => return Err(lx.unexpected("a value")),
    };
    Ok(Node { at, value })
}

impl Node {
    /// A member of an object; SCIM attribute names are case-insensitive (RFC 7643 §2.1).
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// A JSON type name for messages.
    pub(crate) fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_offsets() {
        let node = parse(r#"{"a": [1, "x\u00e9\ud83d\ude00"], "B": null}"#).ok();
        let a = node.as_ref().and_then(|n| n.get("a"));
        assert_eq!(a.map(|a| a.at), Some(6));
        let s = a.and_then(|a| a.as_array()).and_then(|l| l.get(1));
        assert_eq!(s.and_then(Node::as_str), Some("xé😀"));
        assert!(
            node.as_ref()
                .and_then(|n| n.get("b"))
                .is_some_and(Node::is_null)
        );
    }

    #[test]
    fn syntax_errors_have_offsets() {
        for (text, at) in [
            ("{\"a\": }", 6),
            ("[1, 2", 5),
            ("[01]", 2),
            ("\"\\ud800\"", 7),
        ] {
            assert_eq!(parse(text).err().map(|e| e.at), Some(at), "{text}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2);
        assert!(parse(&deep).is_err());
    }
}
