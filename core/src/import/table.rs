//! CSV as exported by admin consoles and spreadsheets: a header line, then one record per row.
//! Quoted fields may hold the delimiter, quotes (doubled) and line breaks; a UTF-8 byte order
//! mark, CRLF line ends and Excel's `sep=;` first line are accepted; the delimiter (`,`, `;`
//! or tab) is the one the header line uses most. Every cell keeps its line and column.

use super::text::{Lines, Pos};
use super::{MAX_ROWS, Sink};

pub(crate) struct Table {
    pub headers: Vec<Header>,
    pub rows: Vec<Row>,
}

pub(crate) struct Header {
    /// As written (trimmed).
    pub raw: String,
    /// Lowercase, without spaces, `_`, `-` and `.`: `Seat Tier`, `seat_tier` → `seattier`.
    pub key: String,
    pub at: Pos,
}

pub(crate) struct Row {
    pub cells: Vec<Cell>,
    /// Where the row starts, for messages about the whole row.
    pub at: Pos,
}

pub(crate) struct Cell {
    /// The value, trimmed of surrounding white space.
    pub text: String,
    pub at: Pos,
}

/// A header name in the form columns are looked up by.
pub(crate) fn header_key(name: &str) -> String {
    let kept: String = name
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '.'))
        .collect();
    crate::case::lower(&kept)
}

const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "`;`",
        b'\t' => "tab",
        _ => "`,`",
    }
}

/// Reads the whole table, reporting malformed rows to `sink`; `None` when there is no header.
pub(crate) fn read(text: &str, sink: &mut Sink) -> Option<Table> {
    let mut reader = Reader::new(text);
    let Some(header) = reader.next(sink) else {
        sink.error(Pos::START, "the file is empty: expected a header line");
        return None;
    };
    let headers: Vec<Header> = header.cells.into_iter().map(Header::from).collect();
    let rows = reader.rows(headers.len(), sink);
    Some(Table { headers, rows })
}

impl From<Cell> for Header {
    /// A header line's cell: its name as written and in the form columns are looked up by.
    fn from(cell: Cell) -> Self {
        Header {
            key: header_key(&cell.text),
            raw: cell.text,
            at: cell.at,
        }
    }
}

/// Where the CSV data starts in `text`, after a byte order mark and Excel's `sep=` line, and
/// the delimiter that line names, if any.
fn data_start(text: &str) -> (usize, Option<u8>) {
    let body_start = text
        .strip_prefix('\u{feff}')
        .map_or(0, |_| '\u{feff}'.len_utf8());
    let body = text.get(body_start..).unwrap_or_default();
    // Excel writes `sep=;` as a first line to name the delimiter.
    match sep_line(body) {
        Some((d, len)) => (body_start + len, Some(d)),
        None => (body_start, None),
    }
}

/// The records of a text, read by the `csv` crate, each with the positions of its cells.
struct Reader<'t> {
    csv: csv::Reader<&'t [u8]>,
    record: csv::StringRecord,
    lines: Lines<'t>,
    /// The text from where the CSV data starts.
    data: &'t [u8],
    /// Where `data` starts in the text.
    start: usize,
    delimiter: u8,
}

/// One record, its cells trimmed, and where it lies in the text.
struct Record<'t> {
    cells: Vec<Cell>,
    /// Where the record starts.
    at: Pos,
    /// Its bytes as read, without the blank lines before it.
    raw: &'t [u8],
    /// The byte offset in the text where it ends (before its line terminator).
    end: usize,
}

impl<'t> Reader<'t> {
    /// A reader of `text` with the delimiter a `sep=` line names, else the one the header
    /// line uses most.
    fn new(text: &'t str) -> Self {
        let (start, forced) = data_start(text);
        let data = text.get(start..).unwrap_or_default().as_bytes();
        let delimiter = forced.unwrap_or_else(|| detect_delimiter(data));
        let csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(data);
        Reader {
            csv,
            record: csv::StringRecord::new(),
            lines: Lines::new(text),
            data,
            start,
            delimiter,
        }
    }

    /// The rows after the header, blank ones skipped; a row that does not fit the header
    /// (`width` fields) is an error, and reading stops past [`MAX_ROWS`] rows.
    fn rows(&mut self, width: usize, sink: &mut Sink) -> Vec<Row> {
        let mut rows = Vec::new();
        while let Some(record) = self.next(sink) {
            if record.cells.iter().all(|c| c.text.is_empty()) {
                continue;
            }
            if rows.len() >= MAX_ROWS {
                sink.error(
                    record.at,
                    format!("more than {MAX_ROWS} rows; split the file to import it"),
                );
                break;
            }
            if let Some(problem) = row_shape(&record.cells, width, self.delimiter, record.raw) {
                // At the first extra field, else where the row ends.
                let at = record
                    .cells
                    .get(width)
                    .map_or_else(|| self.lines.pos(record.end), |extra| extra.at);
                sink.bad_row(at, problem);
                continue;
            }
            rows.push(Row {
                cells: record.cells,
                at: record.at,
            });
        }
        rows
    }

    /// The next record; `None` at the end of the data, or (with the error) at a record that
    /// cannot be read or a quoted field never closed.
    fn next(&mut self, sink: &mut Sink) -> Option<Record<'t>> {
        let (raw, first) = self.read_raw(sink)?;
        let scan = scan_record(raw, self.delimiter);
        if let Some(open) = scan.open_quote {
            sink.error(
                self.lines.pos(first + open),
                "a quoted field is never closed (is the file truncated?)",
            );
            return None;
        }
        let cells = self
            .record
            .iter()
            .enumerate()
            .map(|(i, text)| Cell {
                text: text.trim().to_owned(),
                at: self
                    .lines
                    .pos(first + scan.starts.get(i).copied().unwrap_or(0)),
            })
            .collect();
        Some(Record {
            cells,
            at: self.lines.pos(first),
            raw,
            end: first + scan.end,
        })
    }

    /// Reads the next record into `self.record`: its bytes (without the blank lines before
    /// it) and the offset of its first byte in the text. `None` at the end of the data, or
    /// (with the error) when the record cannot be read.
    fn read_raw(&mut self, sink: &mut Sink) -> Option<(&'t [u8], usize)> {
        let begin = self.csv.position().byte();
        match self.csv.read_record(&mut self.record) {
            Ok(true) => {}
            Ok(false) => return None,
            Err(e) => {
                let at = e.position().map_or(begin, csv::Position::byte);
                let at = self.lines.pos(offset(self.start, at));
                sink.error(at, format!("unreadable CSV: {e}"));
                return None;
            }
        }
        let end = self.csv.position().byte();
        let (Ok(begin), Ok(end)) = (usize::try_from(begin), usize::try_from(end)) else {
            return None;
        };
        let raw = self.data.get(begin..end).unwrap_or_default();
        let lead = raw
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let raw = raw.get(lead..).unwrap_or_default();
        Some((raw, self.start + begin + lead))
    }
}

fn offset(start: usize, at: u64) -> usize {
    start.saturating_add(usize::try_from(at).unwrap_or(usize::MAX))
}

/// Why a row does not fit the header, if it does not. Trailing empty fields are tolerated
/// (spreadsheets add them).
fn row_shape(cells: &[Cell], width: usize, delimiter: u8, raw: &[u8]) -> Option<String> {
    let extra_filled = cells.iter().skip(width).any(|c| !c.text.is_empty());
    if cells.len() >= width && !extra_filled {
        return None;
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let mut message = format!(
        "this row has {} field{}, the header {} (separated by {})",
        cells.len(),
        plural(cells.len()),
        width,
        delimiter_name(delimiter)
    );
    if cells.len() < width {
        let other = DELIMITERS
            .iter()
            .copied()
            .filter(|d| *d != delimiter)
            .max_by_key(|d| raw.iter().filter(|b| *b == d).count())
            .filter(|d| raw.contains(d));
        if let Some(d) = other {
            message.push_str(&format!(
                "; the row seems separated by {}: is the file consistent?",
                delimiter_name(d)
            ));
        }
    }
    Some(message)
}

/// `sep=X` on the first line (Excel): the delimiter and the length of that line.
fn sep_line(body: &str) -> Option<(u8, usize)> {
    let rest = body.strip_prefix("sep=")?;
    let d = *rest.as_bytes().first()?;
    let after = rest.get(1..)?;
    let term = if after.starts_with("\r\n") {
        2
    } else if after.starts_with('\n') || after.starts_with('\r') {
        1
    } else if after.is_empty() {
        0
    } else {
        return None;
    };
    DELIMITERS
        .contains(&d)
        .then_some((d, "sep=".len() + 1 + term))
}

/// The delimiter the header line uses most (outside quotes); `,` when it uses none.
fn detect_delimiter(data: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in data {
        match b {
            b'"' => quoted = !quoted,
            b'\r' | b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(c) = DELIMITERS
                    .iter()
                    .position(|d| d == b)
                    .and_then(|i| counts.get_mut(i))
                {
                    *c += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = (0, b',');
    for (count, d) in counts.iter().zip(DELIMITERS) {
        if *count > best.0 {
            best = (*count, d);
        }
    }
    best.1
}

struct Scan {
    /// Byte offset of each field's first byte, relative to the record.
    starts: Vec<usize>,
    /// Where the record ends (its line terminator or the end of the text).
    end: usize,
    /// Start of a quoted field left open at the end of the text.
    open_quote: Option<usize>,
}

/// Field starts of one raw record, read as csv-core reads it: a quote opens a quoted field
/// only at the start of a field; `""` inside is a quote.
fn scan_record(raw: &[u8], delimiter: u8) -> Scan {
    let mut starts = vec![0];
    let mut i = 0;
    let mut field_start = true;
    while let Some(&b) = raw.get(i) {
        if field_start && b == b'"' {
            let open = i;
            i += 1;
            loop {
                match raw.get(i) {
                    None => {
                        return Scan {
                            starts,
                            end: raw.len(),
                            open_quote: Some(open),
                        };
                    }
                    Some(b'"') if raw.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            field_start = false;
            continue;
        }
        if b == delimiter {
            starts.push(i + 1);
            field_start = true;
        } else if b == b'\r' || b == b'\n' {
            return Scan {
                starts,
                end: i,
                open_quote: None,
            };
        } else {
            field_start = false;
        }
        i += 1;
    }
    Scan {
        starts,
        end: raw.len(),
        open_quote: None,
    }
}

impl Table {
    /// The column whose header is one of `keys` (in [`header_key`] form); the first key that
    /// matches wins. A column named twice is an error, reported once per lookup.
    pub(crate) fn column(&self, keys: &[&str], sink: &mut Sink) -> Option<usize> {
        for key in keys {
            let mut found = self
                .headers
                .iter()
                .enumerate()
                .filter(|(_, h)| h.key == *key);
            if let Some((i, first)) = found.next() {
                for (_, again) in found {
                    sink.error(
                        again.at,
                        format!(
                            "column `{}` appears twice (also at column {}); \
                             which one holds the data?",
                            again.raw, first.at.column
                        ),
                    );
                }
                return Some(i);
            }
        }
        None
    }

    pub(crate) fn header(&self, col: usize) -> &str {
        self.headers.get(col).map_or("", |h| h.raw.as_str())
    }
}

impl Row {
    pub(crate) fn cell(&self, col: Option<usize>) -> Option<&Cell> {
        self.cells.get(col?)
    }

    /// The trimmed value of a column, empty when the column is absent.
    pub(crate) fn text(&self, col: Option<usize>) -> &str {
        self.cell(col).map_or("", |c| c.text.as_str())
    }

    /// The position of a column's cell, else of the row.
    pub(crate) fn at(&self, col: Option<usize>) -> Pos {
        self.cell(col).map_or(self.at, |c| c.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> (Option<Table>, Vec<String>) {
        let mut sink = Sink::new("t.csv");
        let t = read(text, &mut sink);
        // Rows that do not fit (bad rows), then problems with the file as a whole.
        let errors = sink.bad.iter().chain(&sink.errors);
        (t, errors.map(ToString::to_string).collect())
    }

    #[test]
    fn quoted_fields_keep_their_positions() {
        let (t, errors) =
            table("\u{feff}email;name\r\n\"a@x\";\"Doe; \"\"J\"\"\nline\"\r\nb@x;B\r\n");
        assert!(errors.is_empty(), "{errors:?}");
        let t = t.unwrap_or_else(|| Table {
            headers: vec![],
            rows: vec![],
        });
        assert_eq!(t.headers.len(), 2);
        let name = &t.rows[0].cells[1];
        assert_eq!(name.text, "Doe; \"J\"\nline");
        assert_eq!(name.at, Pos { line: 2, column: 7 });
        assert_eq!(t.rows[1].cells[1].at, Pos { line: 4, column: 5 });
    }

    #[test]
    fn short_rows_and_open_quotes_are_errors() {
        let (_, errors) = table("email,name\na@x\n\"b@x,B\n");
        assert_eq!(
            errors,
            [
                "t.csv:2:4: this row has 1 field, the header 2 (separated by `,`)",
                "t.csv:3:1: a quoted field is never closed (is the file truncated?)",
            ]
        );
    }

    #[test]
    fn excel_sep_line_names_the_delimiter() {
        let (t, errors) = table("sep=;\nemail;name,x\n");
        assert!(errors.is_empty());
        assert_eq!(t.map(|t| t.headers.len()), Some(2));
        assert_eq!(sep_line("sep=;\r\nx"), Some((b';', 7)));
    }
}
