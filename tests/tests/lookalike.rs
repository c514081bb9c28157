//! `provplan_core::lookalike` against the `unicode-security` crate, whose UTS #39 skeletons
//! the engine's small table is copied from (the engine does not carry the crate: its full
//! confusables table would more than double the download).

use provplan_core::lookalike::{SCRIPTS, fold, skeleton};
use unicode_security::confusable_detection::skeleton as uts39;

/// The ASCII character UTS #39 says `c` cannot be told from, if its skeleton is exactly one
/// ASCII letter, digit, `.`, `-`, `_` or `@`.
fn reference(c: char) -> Option<char> {
    let mut buf = [0; 4];
    let mut sk = uts39(c.encode_utf8(&mut buf));
    let (Some(first), None) = (sk.next(), sk.next()) else {
        return None;
    };
    (first.is_ascii_lowercase() || first.is_ascii_digit() || matches!(first, '.' | '-' | '_' | '@'))
        .then_some(first)
}

#[test]
fn fold_agrees_with_uts39_on_every_lower_case_character_of_its_scripts() {
    let mut folded = 0;
    for c in ('\u{80}'..='\u{FFFF}').filter(|c| c.to_lowercase().eq([*c])) {
        let covered = SCRIPTS
            .iter()
            .any(|(a, b)| (*a..=*b).contains(&u32::from(c)));
        let want = if covered { reference(c) } else { None };
        assert_eq!(fold(c), want, "U+{:04X}", u32::from(c));
        folded += usize::from(fold(c).is_some());
    }
    assert!(folded > 150, "{folded} characters fold");
    // Beyond the BMP and in ASCII, nothing folds.
    assert_eq!(fold('\u{1D41A}'), None);
    assert_eq!(fold('1'), None);
}

/// The engine's skeleton of an address looks, to UTS #39, exactly like the address: folding
/// (and leaving out invisible characters) never makes it look like something else. (UTS #39
/// also folds ASCII, `m` to `rn`; the engine compares such addresses as they are.)
#[test]
fn skeletons_of_whole_addresses_look_the_same_to_uts39() {
    for email in [
        "\u{430}da@x.com",
        "b\u{43e}b@x.com",
        "\u{FF41}nn@x.com",
        "\u{3b1}lice@x.com",
        "\u{455}\u{456}m@x.com",
        "an\u{200b}n@x.com",
    ] {
        let ours = skeleton(email).unwrap();
        assert!(ours.is_ascii(), "{ours}");
        assert_eq!(
            uts39(&ours).collect::<String>(),
            uts39(email).collect::<String>(),
            "{email}"
        );
    }
}
