//! Text positions (byte offset → line and column) and decoding of exported files.

use super::{ImportError, MAX_FILE_BYTES};

/// A place in a file: 1-based line and column, the column counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    /// The start of a file.
    pub const START: Pos = Pos { line: 1, column: 1 };
}

/// Line starts of a text, to turn byte offsets into positions. A line ends at `\n`, `\r\n`
/// or a lone `\r`, as CSV readers count them; a byte order mark takes no column.
pub(crate) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last offset asked for and its position: a later offset on the same line counts
    /// on from it. Readers ask in order, so a text of one long line (a minified export)
    /// costs its length, not its square.
    last: core::cell::Cell<(usize, Pos)>,
}

const BOM: &str = "\u{feff}";

impl<'t> Lines<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut iter = bytes.iter().enumerate().peekable();
        while let Some((i, b)) = iter.next() {
            match b {
                b'\n' => starts.push(i + 1),
                b'\r' if iter.peek().map(|(_, n)| **n) != Some(b'\n') => starts.push(i + 1),
                _ => {}
            }
        }
        Lines {
            text,
            starts,
            last: core::cell::Cell::new((0, Pos::START)),
        }
    }

    /// The position of byte `offset` (clamped to the text).
    pub(crate) fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = match self.last.get() {
            // On from the last position (past the line's start, so past any BOM).
            (at, p) if p.line == line && at > start && at <= offset => {
                p.column
                    + self
                        .text
                        .get(at..offset)
                        .unwrap_or_default()
                        .chars()
                        .count()
            }
            _ => {
                let before = self.text.get(start..offset).unwrap_or_default();
                before.strip_prefix(BOM).unwrap_or(before).chars().count() + 1
            }
        };
        let pos = Pos { line, column };
        self.last.set((offset, pos));
        pos
    }
}

/// Exported text as a string: UTF-8 (with or without a byte order mark), or UTF-16 with a byte
/// order mark (Excel's "Unicode text"). Anything else is an error naming the first bad byte.
pub fn decode(bytes: &[u8], file: &str) -> Result<String, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(file, bytes.len()));
    }
    decode_owned(bytes.to_vec(), file)
}

/// [`decode`] without its size limit, keeping the bytes as the string when they are UTF-8 (a
/// scenario file of 40 MB is not copied).
pub fn decode_owned(bytes: Vec<u8>, file: &str) -> Result<String, ImportError> {
    let utf16 = match bytes.as_slice() {
        [0xFF, 0xFE, ..] => Some(u16::from_le_bytes as fn([u8; 2]) -> u16),
        [0xFE, 0xFF, ..] => Some(u16::from_be_bytes as fn([u8; 2]) -> u16),
        _ => None,
    };
    if let Some(unit) = utf16 {
        let rest = bytes.get(2..).unwrap_or_default();
        let units = rest.chunks_exact(2).map(|c| match c {
            [a, b] => unit([*a, *b]),
            _ => 0,
        });
        return char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| {
                ImportError::new(
                    file,
                    Pos::START,
                    "not valid UTF-16 text (an unpaired surrogate)",
                )
            });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let valid = bytes
                .get(..e.utf8_error().valid_up_to())
                .unwrap_or_default();
            let text = std::str::from_utf8(valid).unwrap_or_default();
            let pos = Lines::new(text).pos(text.len());
            Err(ImportError::new(
                file,
                pos,
                "not UTF-8 text; export the file as UTF-8 (\"CSV UTF-8\" in Excel)",
            ))
        }
    }
}

pub(crate) fn too_large(file: &str, len: usize) -> ImportError {
    ImportError::new(
        file,
        Pos::START,
        format!(
            "the file has {} bytes; at most {} MB are read",
            len,
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let lines = Lines::new("ab\r\nçd\ne\rf");
        assert_eq!(lines.pos(0), Pos { line: 1, column: 1 });
        assert_eq!(lines.pos(4), Pos { line: 2, column: 1 });
        assert_eq!(lines.pos(6), Pos { line: 2, column: 2 });
        assert_eq!(lines.pos(8), Pos { line: 3, column: 1 });
        assert_eq!(lines.pos(10), Pos { line: 4, column: 1 });
        assert_eq!(lines.pos(99), Pos { line: 4, column: 2 });
    }

    #[test]
    fn positions_asked_in_any_order_agree_with_counting_afresh() {
        let text = "\u{feff}aé€😀b\r\nxy\rzé\n\nq";
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|i| text.is_char_boundary(*i))
            .collect();
        let afresh = |o: usize| Lines::new(text).pos(o);
        let lines = Lines::new(text);
        // In order, backwards, and jumping about.
        for o in offsets.iter().chain(offsets.iter().rev()) {
            assert_eq!(lines.pos(*o), afresh(*o), "offset {o}");
        }
        for (a, b) in offsets.iter().zip(offsets.iter().skip(3)) {
            assert_eq!(lines.pos(*b), afresh(*b), "offset {b}");
            assert_eq!(lines.pos(*a), afresh(*a), "offset {a}");
        }
    }

    #[test]
    fn a_byte_order_mark_takes_no_column() {
        let lines = Lines::new("\u{feff}ab");
        assert_eq!(lines.pos(3), Pos { line: 1, column: 1 });
        assert_eq!(lines.pos(4), Pos { line: 1, column: 2 });
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let bytes = [0xFF, 0xFE, b'a', 0, b',', 0];
        assert_eq!(decode(&bytes, "f").ok().as_deref(), Some("a,"));
        let bad = [b'a', b'\n', b'b', 0xC3];
        let e = decode(&bad, "f").err().map(|e| (e.line, e.column));
        assert_eq!(e, Some((2, 2)));
    }
}
