//! Addresses that only look alike: two emails that differ only by characters a reader cannot
//! tell apart (a Cyrillic `а` for a Latin `a`, a fullwidth `ｏ`), and emails that carry a
//! character one cannot see at all (a byte-order mark, a zero-width space, a direction mark,
//! a control character). Both look like one person on screen and are two, or none, to the
//! identity provider and to Claude.

use std::collections::HashMap;

use crate::scenario::{PersonId, email_key};

/// The look-alike addresses among a scenario's people (linear in the people).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lookalikes {
    /// Pairs of people whose emails look the same, each as (the first seen, the other), in
    /// the order of the later one.
    pub pairs: Vec<(PersonId, PersonId)>,
    /// People whose email carries a character one cannot see, in people order.
    pub invisible: Vec<PersonId>,
}

impl Lookalikes {
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty() && self.invisible.is_empty()
    }

    /// Everyone named, in people order, each once.
    pub fn people(&self) -> Vec<PersonId> {
        let mut all: Vec<PersonId> = self
            .pairs
            .iter()
            .flat_map(|(a, b)| [*a, *b])
            .chain(self.invisible.iter().copied())
            .collect();
        crate::sort::ids(&mut all);
        all.dedup();
        all
    }
}

/// Finds the look-alike addresses among `emails` (a person's id is their index). Only
/// addresses with a character beyond ASCII can look like another: where none has one,
/// nothing is allocated.
pub fn find(emails: &[&str]) -> Lookalikes {
    let mut found = Lookalikes::default();
    let mut folded: HashMap<String, PersonId> = HashMap::new();
    for (id, email) in (0..).zip(emails) {
        if email.chars().any(invisible) {
            found.invisible.push(id);
        }
        if let Some(seen) = skeleton(email) {
            folded.entry(seen).or_insert(id);
        }
    }
    if folded.is_empty() {
        return found;
    }
    // Every address, folded or not, against the folded ones: each person once, so each pair
    // once, in the order of its later person.
    for (id, email) in (0..).zip(emails) {
        let key = skeleton(email).unwrap_or_else(|| email_key(email));
        if let Some(&first) = folded.get(&key) {
            if first != id {
                found.pairs.push((first.min(id), first.max(id)));
            }
        }
    }
    found
}

/// What an email looks like: its identity (`email_key`) with each character that looks like
/// an ASCII one replaced by it and each invisible one left out; `None` when that changes
/// nothing.
pub fn skeleton(email: &str) -> Option<String> {
    if email.is_ascii() && !email.chars().any(invisible) {
        return None;
    }
    let key = email_key(email);
    let seen: String = key
        .chars()
        .filter(|c| !invisible(*c))
        .map(|c| fold(c).unwrap_or(c))
        .collect();
    (seen != key).then_some(seen)
}

/// The characters of `email` that look like another (each with the ASCII one it looks
/// like), in order, each once.
pub fn disguises(email: &str) -> Vec<(char, char)> {
    let mut found: Vec<(char, char)> = Vec::new();
    // Through email_key, which lower-cases without Rust's case tables in the browser.
    for c in email_key(email).chars() {
        if let Some(like) = fold(c) {
            if !found.contains(&(c, like)) {
                found.push((c, like));
            }
        }
    }
    found
}

/// The ASCII character that `c` (a lower-case character beyond ASCII) cannot be told apart
/// from, by Unicode's confusables (UTS #39): exactly the characters whose skeleton is one
/// ASCII letter, digit, `.`, `-`, `_` or `@`. Hand-copied rather than taken from a crate,
/// whose full table would more than double the engine's download; `tests/tests/lookalike.rs`
/// checks it against the `unicode-security` crate for every character of the BMP.
pub fn fold(c: char) -> Option<char> {
    let code = u16::try_from(u32::from(c)).ok()?;
    CONFUSABLE
        .binary_search_by_key(&code, |(from, _)| *from)
        .ok()
        .and_then(|i| CONFUSABLE.get(i))
        .map(|(_, to)| char::from(*to))
}

/// Whether `c` is a character one cannot see: a control character, a format character such
/// as a zero-width space, a byte-order mark or a direction mark, or another default-ignorable
/// one (a variation selector, a filler).
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{34F}'
                | '\u{61C}'
                | '\u{115F}'..='\u{1160}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Lower-case characters beyond ASCII and the ASCII character each looks like (UTS #39
/// skeletons of one ASCII character), sorted.
#[rustfmt::skip]
const CONFUSABLE: &[(u16, u8)] = &[
    (0x00A1, b'i'), (0x00D7, b'x'), (0x00FE, b'p'), (0x0131, b'i'), (0x017F, b'f'), (0x018D, b'g'),
    (0x0192, b'f'), (0x01BD, b's'), (0x01BF, b'p'), (0x01C0, b'l'), (0x0223, b'8'), (0x0237, b'j'),
    (0x0251, b'a'), (0x0261, b'g'), (0x0263, b'y'), (0x0269, b'i'), (0x026A, b'i'), (0x026F, b'w'),
    (0x0284, b'f'), (0x028B, b'u'), (0x028F, b'y'), (0x02D7, b'-'), (0x03B1, b'a'), (0x03B3, b'y'),
    (0x03B9, b'i'), (0x03BD, b'v'), (0x03BF, b'o'), (0x03C1, b'p'), (0x03C3, b'o'), (0x03C5, b'u'),
    (0x03ED, b'o'), (0x03F1, b'p'), (0x03F2, b'c'), (0x03F3, b'j'), (0x03F8, b'p'), (0x0430, b'a'),
    (0x0431, b'6'), (0x0433, b'r'), (0x0435, b'e'), (0x043E, b'o'), (0x0440, b'p'), (0x0441, b'c'),
    (0x0443, b'y'), (0x0445, b'x'), (0x0448, b'w'), (0x0455, b's'), (0x0456, b'i'), (0x0458, b'j'),
    (0x0461, b'w'), (0x0475, b'v'), (0x04AF, b'y'), (0x04BB, b'h'), (0x04BD, b'e'), (0x04CF, b'l'),
    (0x0501, b'd'), (0x051B, b'q'), (0x051D, b'w'), (0x0561, b'w'), (0x0563, b'q'), (0x0566, b'q'),
    (0x0570, b'h'), (0x0575, b'j'), (0x0578, b'n'), (0x057C, b'n'), (0x057D, b'u'), (0x0581, b'g'),
    (0x0582, b'i'), (0x0584, b'f'), (0x0585, b'o'), (0x05C0, b'l'), (0x05D5, b'l'), (0x05D8, b'v'),
    (0x05DF, b'l'), (0x05E1, b'o'), (0x0627, b'l'), (0x0640, b'_'), (0x0647, b'o'), (0x0660, b'.'),
    (0x0661, b'l'), (0x0665, b'o'), (0x06BE, b'o'), (0x06C1, b'o'), (0x06D4, b'-'), (0x06D5, b'o'),
    (0x06F0, b'.'), (0x06F1, b'l'), (0x06F5, b'o'), (0x0701, b'.'), (0x0702, b'.'), (0x07CA, b'l'),
    (0x07CB, b'o'), (0x07D5, b'b'), (0x07FA, b'_'), (0x0840, b'o'), (0x0964, b'l'), (0x0966, b'o'),
    (0x0969, b'3'), (0x09E6, b'o'), (0x09EA, b'8'), (0x09ED, b'9'), (0x0A66, b'o'), (0x0A67, b'9'),
    (0x0A6A, b'8'), (0x0AE6, b'o'), (0x0AE9, b'3'), (0x0B03, b'8'), (0x0B66, b'o'), (0x0B68, b'9'),
    (0x0BE6, b'o'), (0x0C02, b'o'), (0x0C66, b'o'), (0x0C82, b'o'), (0x0D02, b'o'), (0x0D1F, b's'),
    (0x0D20, b'o'), (0x0D66, b'o'), (0x0D6D, b'9'), (0x0D82, b'o'), (0x0E50, b'o'), (0x0ED0, b'o'),
    (0x1004, b'c'), (0x101D, b'o'), (0x1040, b'o'), (0x104A, b'l'), (0x105A, b'c'), (0x10E7, b'y'),
    (0x10FF, b'o'), (0x110B, b'o'), (0x11BC, b'o'), (0x146F, b'd'), (0x1472, b'b'), (0x14BF, b'2'),
    (0x1541, b'x'), (0x157D, b'x'), (0x15AF, b'b'), (0x1616, b'2'), (0x166E, b'x'), (0x16C1, b'l'),
    (0x16D0, b'l'), (0x1702, b'3'), (0x172A, b'7'), (0x174D, b'-'), (0x1763, b'x'), (0x17E0, b'o'),
    (0x1A45, b'o'), (0x1A80, b'o'), (0x1A90, b'o'), (0x1BEA, b'o'), (0x1BEC, b'x'), (0x1BF3, b'-'),
    (0x1C82, b'o'), (0x1C83, b'c'), (0x1C84, b'7'), (0x1D04, b'c'), (0x1D0F, b'o'), (0x1D11, b'o'),
    (0x1D1C, b'u'), (0x1D20, b'v'), (0x1D21, b'w'), (0x1D22, b'z'), (0x1D26, b'r'), (0x1D83, b'g'),
    (0x1D8C, b'y'), (0x1E9D, b'f'), (0x1EFF, b'y'), (0x1FBE, b'i'), (0x2010, b'-'), (0x2011, b'-'),
    (0x2012, b'-'), (0x2013, b'-'), (0x2024, b'.'), (0x2043, b'-'), (0x210A, b'g'), (0x210E, b'h'),
    (0x2110, b'l'), (0x2111, b'l'), (0x2113, b'l'), (0x212E, b'e'), (0x212F, b'e'), (0x2134, b'o'),
    (0x2139, b'i'), (0x213D, b'y'), (0x2146, b'd'), (0x2147, b'e'), (0x2148, b'i'), (0x2149, b'j'),
    (0x2170, b'i'), (0x2174, b'v'), (0x2179, b'x'), (0x217C, b'l'), (0x217D, b'c'), (0x217E, b'd'),
    (0x21BF, b'l'), (0x2212, b'-'), (0x2223, b'l'), (0x2228, b'v'), (0x22C1, b'v'), (0x2373, b'i'),
    (0x2374, b'p'), (0x237A, b'a'), (0x23FD, b'l'), (0x2502, b'l'), (0x2503, b'l'), (0x2796, b'-'),
    (0x292B, b'x'), (0x292C, b'x'), (0x29E2, b'w'), (0x2A2F, b'x'), (0x2C6C, b'z'), (0x2C85, b'r'),
    (0x2C8D, b'z'), (0x2C93, b'i'), (0x2C9F, b'o'), (0x2CA3, b'p'), (0x2CA5, b'c'), (0x2CA9, b'y'),
    (0x2CBB, b'-'), (0x2CBD, b'w'), (0x2CCB, b'9'), (0x2CCF, b'p'), (0x2CD3, b'6'), (0x2D2D, b'z'),
    (0x2D4A, b'l'), (0x2D4F, b'l'), (0x3147, b'o'), (0xA4D2, b'd'), (0xA4F2, b'l'), (0xA4F8, b'.'),
    (0xA543, b'6'), (0xA56F, b'l'), (0xA589, b'8'), (0xA60E, b'.'), (0xA647, b'i'), (0xA6EF, b'2'),
    (0xA731, b's'), (0xA76F, b'9'), (0xA781, b'l'), (0xA799, b'f'), (0xA79F, b'u'), (0xA7FA, b'w'),
    (0xA7FE, b'l'), (0xA830, b'l'), (0xA8CE, b'l'), (0xAA5D, b'l'), (0xAA7D, b'-'), (0xAB32, b'e'),
    (0xAB35, b'f'), (0xAB3D, b'o'), (0xAB47, b'r'), (0xAB48, b'r'), (0xAB4E, b'u'), (0xAB52, b'u'),
    (0xAB5A, b'y'), (0xAB64, b'a'), (0xAB75, b'i'), (0xAB81, b'r'), (0xAB83, b'w'), (0xAB93, b'z'),
    (0xAB9E, b'4'), (0xABA4, b'w'), (0xABA9, b'v'), (0xABAA, b's'), (0xABAF, b'c'), (0xABBE, b'6'),
    (0xABEC, b'.'), (0xFBA6, b'o'), (0xFBA7, b'o'), (0xFBA8, b'o'), (0xFBA9, b'o'), (0xFBAA, b'o'),
    (0xFBAB, b'o'), (0xFBAC, b'o'), (0xFBAD, b'o'), (0xFE31, b'l'), (0xFE4D, b'_'), (0xFE4E, b'_'),
    (0xFE4F, b'_'), (0xFE52, b'.'), (0xFE58, b'-'), (0xFE63, b'-'), (0xFE6B, b'@'), (0xFE8D, b'l'),
    (0xFE8E, b'l'), (0xFEE9, b'o'), (0xFEEA, b'o'), (0xFEEB, b'o'), (0xFEEC, b'o'), (0xFF0E, b'.'),
    (0xFF11, b'l'), (0xFF12, b'2'), (0xFF13, b'3'), (0xFF14, b'4'), (0xFF15, b'5'), (0xFF16, b'6'),
    (0xFF17, b'7'), (0xFF18, b'8'), (0xFF19, b'9'), (0xFF20, b'@'), (0xFF3F, b'_'), (0xFF41, b'a'),
    (0xFF42, b'b'), (0xFF43, b'c'), (0xFF44, b'd'), (0xFF45, b'e'), (0xFF46, b'f'), (0xFF47, b'g'),
    (0xFF48, b'h'), (0xFF49, b'i'), (0xFF4A, b'j'), (0xFF4B, b'k'), (0xFF4C, b'l'), (0xFF4E, b'n'),
    (0xFF4F, b'o'), (0xFF50, b'p'), (0xFF51, b'q'), (0xFF52, b'r'), (0xFF53, b's'), (0xFF54, b't'),
    (0xFF55, b'u'), (0xFF56, b'v'), (0xFF57, b'w'), (0xFF58, b'x'), (0xFF59, b'y'), (0xFF5A, b'z'),
    (0xFF5C, b'l'), (0xFFB7, b'o'), (0xFFE8, b'l'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted() {
        assert!(CONFUSABLE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_cyrillic_letter_looks_like_a_latin_one() {
        let people = ["bob@x.com", "ann@x.com", "\u{430}nn@x.com", "ANN@X.com"];
        let found = find(&people);
        assert_eq!(found.pairs, [(1, 2), (2, 3)]);
        assert!(found.invisible.is_empty());
        assert_eq!(found.people(), [1, 2, 3]);
    }

    #[test]
    fn invisible_characters_are_named_and_left_out_when_comparing() {
        let people = [
            "ann@x.com",
            "an\u{200B}n@x.com",
            "\u{FEFF}cy@x.com",
            "d\u{1B}y@x.com",
        ];
        let found = find(&people);
        assert_eq!(found.invisible, [1, 2, 3]);
        assert_eq!(found.pairs, [(0, 1)]);
    }

    #[test]
    fn addresses_in_ascii_alone_are_not_folded() {
        assert_eq!(skeleton("bob1@x.com"), None);
        assert_eq!(skeleton("BOB@X.COM"), None);
        assert_eq!(skeleton("jos\u{E9}@x.com"), None, "an accent is seen");
        assert_eq!(skeleton("\u{FF42}ob@x.com").as_deref(), Some("bob@x.com"));
        assert!(find(&["a@x.com", "b@x.com"]).is_empty());
    }
}
