//! Unicode letter case, for emails (compared without regard to case), group names (a mapped
//! group that differs only in case from a directory group is pointed out) and the app's
//! searches.
//!
//! Emails are also compared in Unicode normal form C ([`nfc`]), so that a composed and a
//! decomposed `é` are one address.
//!
//! ASCII is mapped here. Other text is mapped by Rust's own tables natively (normal form C by
//! the `unicode-normalization` crate), and in the browser by the JavaScript engine's (`toUpperCase`/`toLowerCase`, the same Unicode default
//! case mapping, final sigma included), so that the WebAssembly modules do not carry a second
//! copy of tables the browser already has (about 10 KB compressed).

/// `text` in lower case.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        unicode::lower(text)
    }
}

/// `text` in upper case.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_uppercase()
    } else {
        unicode::upper(text)
    }
}

/// `text` in Unicode normal form C (composed: `e` + U+0301 becomes `é`).
pub fn nfc(text: &str) -> String {
    if text.is_ascii() {
        text.to_owned()
    } else {
        unicode::nfc(text)
    }
}

#[cfg(not(all(target_arch = "wasm32", feature = "js")))]
mod unicode {
    pub(super) fn lower(text: &str) -> String {
        text.to_lowercase()
    }

    pub(super) fn nfc(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfc().collect()
    }

    pub(super) fn upper(text: &str) -> String {
        text.to_uppercase()
    }
}

#[cfg(all(target_arch = "wasm32", feature = "js"))]
mod unicode {
    use js_sys::JsString;

    pub(super) fn lower(text: &str) -> String {
        JsString::from(text).to_lower_case().into()
    }

    pub(super) fn nfc(text: &str) -> String {
        JsString::from(text).normalize("NFC").into()
    }

    pub(super) fn upper(text: &str) -> String {
        JsString::from(text).to_upper_case().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_form_c_composes() {
        assert_eq!(nfc("jose\u{301}@x.com"), "jos\u{e9}@x.com");
        assert_eq!(nfc("jos\u{e9}"), "jos\u{e9}");
        assert_eq!(nfc("plain@x.com"), "plain@x.com");
    }

    #[test]
    fn letters_beyond_ascii_change_case_too() {
        assert_eq!(lower("ÄRZTE-Gruppe"), "ärzte-gruppe");
        assert_eq!(upper("straße"), "STRASSE");
        // A final sigma is lower-cased as one.
        assert_eq!(lower("ΌΣΟΣ"), "όσος");
        assert_eq!(lower("Ada@Example.COM"), "ada@example.com");
    }
}
