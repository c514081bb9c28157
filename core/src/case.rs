//! Unicode letter case, for emails (compared without regard to case), group names (a mapped
//! group that differs only in case from a directory group is pointed out) and the app's
//! searches.
//!
//! ASCII is mapped here. Other text is mapped by Rust's own tables natively, and in the
//! browser by the JavaScript engine's (`toUpperCase`/`toLowerCase`, the same Unicode default
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

#[cfg(not(all(target_arch = "wasm32", feature = "js")))]
mod unicode {
    pub(super) fn lower(text: &str) -> String {
        text.to_lowercase()
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

    pub(super) fn upper(text: &str) -> String {
        JsString::from(text).to_upper_case().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_beyond_ascii_change_case_too() {
        assert_eq!(lower("ÄRZTE-Gruppe"), "ärzte-gruppe");
        assert_eq!(upper("straße"), "STRASSE");
        // A final sigma is lower-cased as one.
        assert_eq!(lower("ΌΣΟΣ"), "όσος");
        assert_eq!(lower("Ada@Example.COM"), "ada@example.com");
    }
}
