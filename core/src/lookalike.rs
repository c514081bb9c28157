//! Addresses that only look alike: two emails that differ only by characters a reader cannot
//! tell apart (a Cyrillic `а` for a Latin `a`, a fullwidth `ｏ`), and emails that carry a
//! character one cannot see at all (a byte-order mark, a zero-width space, a direction mark,
//! a control character). Both look like one person on screen and are two, or none, to the
//! identity provider and to Claude.

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

/// Finds the look-alike addresses among `emails` (a person's id is their index): each
/// address whose look ([`skeleton`]) is the identity of another address of the list, as
/// `person` finds it (an identity, `email_key`, to the person with it). Only an address with
/// a character beyond ASCII can look like another; two such addresses that look like a third
/// that is not in the list are not paired. Linear, and nothing is allocated for an address
/// in ASCII.
pub fn find(emails: &[&str], person: impl Fn(&str) -> Option<PersonId>) -> Lookalikes {
    let mut found = Lookalikes::default();
    for (id, email) in (0..).zip(emails) {
        if email.chars().any(invisible) {
            found.invisible.push(id);
        }
        if let Some(other) = skeleton(email).and_then(|seen| person(&seen)) {
            if other != id {
                found.pairs.push((other.min(id), other.max(id)));
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
/// ASCII letter, digit, `.`, `-`, `_` or `@`, in the scripts an address that passes for a
/// Latin one is written with ([`SCRIPTS`]: Latin, IPA, Greek, Cyrillic, Armenian, Cherokee,
/// letter-like symbols and the fullwidth forms). Hand-copied rather than taken from a crate,
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

/// The code point ranges [`fold`] covers.
pub const SCRIPTS: [(u32, u32); 19] = [
    (0x00A0, 0x024F),
    (0x0250, 0x02AF),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x0530, 0x058F),
    (0x13A0, 0x13FF),
    (0x1C80, 0x1C8F),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1EFF),
    (0x1F00, 0x1FFF),
    (0x2100, 0x218F),
    (0x2C60, 0x2C7F),
    (0x2C80, 0x2CFF),
    (0x2DE0, 0x2DFF),
    (0xA640, 0xA69F),
    (0xA720, 0xA7FF),
    (0xAB30, 0xAB6F),
    (0xAB70, 0xABBF),
    (0xFF00, 0xFFEF),
];

/// Lower-case characters of [`SCRIPTS`] and the ASCII character each looks like (UTS #39
/// skeletons of one ASCII character), sorted.
#[rustfmt::skip]
const CONFUSABLE: &[(u16, u8)] = &[
    (0x00A1, b'i'), (0x00D7, b'x'), (0x00FE, b'p'), (0x0131, b'i'), (0x017F, b'f'), (0x018D, b'g'),
    (0x0192, b'f'), (0x01BD, b's'), (0x01BF, b'p'), (0x01C0, b'l'), (0x0223, b'8'), (0x0237, b'j'),
    (0x0251, b'a'), (0x0261, b'g'), (0x0263, b'y'), (0x0269, b'i'), (0x026A, b'i'), (0x026F, b'w'),
    (0x0284, b'f'), (0x028B, b'u'), (0x028F, b'y'), (0x03B1, b'a'), (0x03B3, b'y'), (0x03B9, b'i'),
    (0x03BD, b'v'), (0x03BF, b'o'), (0x03C1, b'p'), (0x03C3, b'o'), (0x03C5, b'u'), (0x03ED, b'o'),
    (0x03F1, b'p'), (0x03F2, b'c'), (0x03F3, b'j'), (0x03F8, b'p'), (0x0430, b'a'), (0x0431, b'6'),
    (0x0433, b'r'), (0x0435, b'e'), (0x043E, b'o'), (0x0440, b'p'), (0x0441, b'c'), (0x0443, b'y'),
    (0x0445, b'x'), (0x0448, b'w'), (0x0455, b's'), (0x0456, b'i'), (0x0458, b'j'), (0x0461, b'w'),
    (0x0475, b'v'), (0x04AF, b'y'), (0x04BB, b'h'), (0x04BD, b'e'), (0x04CF, b'l'), (0x0501, b'd'),
    (0x051B, b'q'), (0x051D, b'w'), (0x0561, b'w'), (0x0563, b'q'), (0x0566, b'q'), (0x0570, b'h'),
    (0x0575, b'j'), (0x0578, b'n'), (0x057C, b'n'), (0x057D, b'u'), (0x0581, b'g'), (0x0582, b'i'),
    (0x0584, b'f'), (0x0585, b'o'), (0x1C82, b'o'), (0x1C83, b'c'), (0x1C84, b'7'), (0x1D04, b'c'),
    (0x1D0F, b'o'), (0x1D11, b'o'), (0x1D1C, b'u'), (0x1D20, b'v'), (0x1D21, b'w'), (0x1D22, b'z'),
    (0x1D26, b'r'), (0x1D83, b'g'), (0x1D8C, b'y'), (0x1E9D, b'f'), (0x1EFF, b'y'), (0x1FBE, b'i'),
    (0x210A, b'g'), (0x210E, b'h'), (0x2110, b'l'), (0x2111, b'l'), (0x2113, b'l'), (0x212E, b'e'),
    (0x212F, b'e'), (0x2134, b'o'), (0x2139, b'i'), (0x213D, b'y'), (0x2146, b'd'), (0x2147, b'e'),
    (0x2148, b'i'), (0x2149, b'j'), (0x2170, b'i'), (0x2174, b'v'), (0x2179, b'x'), (0x217C, b'l'),
    (0x217D, b'c'), (0x217E, b'd'), (0x2C6C, b'z'), (0x2C85, b'r'), (0x2C8D, b'z'), (0x2C93, b'i'),
    (0x2C9F, b'o'), (0x2CA3, b'p'), (0x2CA5, b'c'), (0x2CA9, b'y'), (0x2CBB, b'-'), (0x2CBD, b'w'),
    (0x2CCB, b'9'), (0x2CCF, b'p'), (0x2CD3, b'6'), (0xA647, b'i'), (0xA731, b's'), (0xA76F, b'9'),
    (0xA781, b'l'), (0xA799, b'f'), (0xA79F, b'u'), (0xA7FA, b'w'), (0xA7FE, b'l'), (0xAB32, b'e'),
    (0xAB35, b'f'), (0xAB3D, b'o'), (0xAB47, b'r'), (0xAB48, b'r'), (0xAB4E, b'u'), (0xAB52, b'u'),
    (0xAB5A, b'y'), (0xAB64, b'a'), (0xAB75, b'i'), (0xAB81, b'r'), (0xAB83, b'w'), (0xAB93, b'z'),
    (0xAB9E, b'4'), (0xABA4, b'w'), (0xABA9, b'v'), (0xABAA, b's'), (0xABAF, b'c'), (0xABBE, b'6'),
    (0xFF0E, b'.'), (0xFF11, b'l'), (0xFF12, b'2'), (0xFF13, b'3'), (0xFF14, b'4'), (0xFF15, b'5'),
    (0xFF16, b'6'), (0xFF17, b'7'), (0xFF18, b'8'), (0xFF19, b'9'), (0xFF20, b'@'), (0xFF3F, b'_'),
    (0xFF41, b'a'), (0xFF42, b'b'), (0xFF43, b'c'), (0xFF44, b'd'), (0xFF45, b'e'), (0xFF46, b'f'),
    (0xFF47, b'g'), (0xFF48, b'h'), (0xFF49, b'i'), (0xFF4A, b'j'), (0xFF4B, b'k'), (0xFF4C, b'l'),
    (0xFF4E, b'n'), (0xFF4F, b'o'), (0xFF50, b'p'), (0xFF51, b'q'), (0xFF52, b'r'), (0xFF53, b's'),
    (0xFF54, b't'), (0xFF55, b'u'), (0xFF56, b'v'), (0xFF57, b'w'), (0xFF58, b'x'), (0xFF59, b'y'),
    (0xFF5A, b'z'), (0xFF5C, b'l'), (0xFFB7, b'o'), (0xFFE8, b'l'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted() {
        assert!(CONFUSABLE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// `find` over `emails`, each known by its identity.
    fn find_in(emails: &[&str]) -> Lookalikes {
        let keys: Vec<String> = emails.iter().map(|e| email_key(e)).collect();
        find(emails, |seen| {
            (0..).zip(&keys).find(|(_, k)| *k == seen).map(|(id, _)| id)
        })
    }

    #[test]
    fn a_cyrillic_letter_looks_like_a_latin_one() {
        let people = [
            "bob@x.com",
            "ann@x.com",
            "\u{430}nn@x.com",
            "\u{FF42}ob@x.com",
        ];
        let found = find_in(&people);
        assert_eq!(found.pairs, [(1, 2), (0, 3)]);
        assert!(found.invisible.is_empty());
        assert_eq!(found.people(), [0, 1, 2, 3]);
    }

    #[test]
    fn invisible_characters_are_named_and_left_out_when_comparing() {
        let people = [
            "ann@x.com",
            "an\u{200B}n@x.com",
            "\u{FEFF}cy@x.com",
            "d\u{1B}y@x.com",
        ];
        let found = find_in(&people);
        assert_eq!(found.invisible, [1, 2, 3]);
        assert_eq!(found.pairs, [(0, 1)]);
    }

    #[test]
    fn addresses_in_ascii_alone_are_not_folded() {
        assert_eq!(skeleton("bob1@x.com"), None);
        assert_eq!(skeleton("BOB@X.COM"), None);
        assert_eq!(skeleton("jos\u{E9}@x.com"), None, "an accent is seen");
        assert_eq!(skeleton("\u{FF42}ob@x.com").as_deref(), Some("bob@x.com"));
        assert!(find_in(&["a@x.com", "b@x.com"]).is_empty());
    }
}
