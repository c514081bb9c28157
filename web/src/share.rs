//! Share links: the scenario travels in the URL fragment (`#s=…`), never to a server, as
//! compact JSON compressed with raw deflate and written in url-safe base64 without padding.
//! A link is read like any other input: limited in length, then validated.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use provplan_core::ScenarioDoc;

use crate::i18n::{Text, msg};
use crate::text;

/// The fragment key: `#s=<payload>`.
pub const PREFIX: &str = "s=";
/// Longest payload written or read, in characters (browsers and chat tools cope with this).
pub const MAX_PAYLOAD: usize = 32_000;
/// Largest scenario a link may unpack to, in bytes.
pub const MAX_JSON: usize = 4 * 1024 * 1024;

/// The fragment payload for a document.
pub fn encode(doc: &ScenarioDoc) -> Result<String, Text> {
    let json = serde_json::to_string(doc).map_err(|e| Text::raw(e.to_string()))?;
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let payload = URL_SAFE_NO_PAD.encode(packed);
    if payload.len() > MAX_PAYLOAD {
        return Err(msg::share_too_large(payload.len(), MAX_PAYLOAD));
    }
    Ok(payload)
}

/// The payload of a location hash (`#s=…`), if it carries one.
pub fn payload_of(hash: &str) -> Option<&str> {
    hash.strip_prefix('#')
        .unwrap_or(hash)
        .split('&')
        .find_map(|part| part.strip_prefix(PREFIX))
}

/// Reads a payload back into a document; the reasons in plain words when it cannot.
pub fn decode(payload: &str) -> Result<ScenarioDoc, Vec<Text>> {
    if payload.len() > MAX_PAYLOAD {
        return Err(vec![msg::share_link_too_long(MAX_PAYLOAD)]);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim().trim_end_matches('='))
        .map_err(|_| vec![msg::share_not_base64()])?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                vec![msg::share_too_big_inflated(MAX_JSON / (1024 * 1024))]
            }
            _ => vec![msg::share_not_deflate()],
        },
    )?;
    let json = String::from_utf8(json).map_err(|_| vec![msg::share_not_utf8()])?;
    ScenarioDoc::from_json_str(&json).map_err(|e| text::engine_errors(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn every_example_round_trips_through_a_link() {
        for (name, _) in examples::ALL {
            let doc = examples::load(name).unwrap();
            let payload = encode(&doc).unwrap();
            assert!(payload.len() < 2_000, "{name}: {} chars", payload.len());
            assert!(
                payload
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            );
            assert_eq!(decode(&payload).unwrap(), doc, "{name}");
            let hash = format!("#{PREFIX}{payload}");
            assert_eq!(payload_of(&hash), Some(payload.as_str()));
        }
    }

    #[test]
    fn damaged_links_say_why() {
        assert_eq!(decode("!!!"), Err(vec![msg::share_not_base64()]));
        assert_eq!(decode("AAAA"), Err(vec![msg::share_not_deflate()]));
        let long = "A".repeat(MAX_PAYLOAD + 1);
        assert_eq!(
            decode(&long),
            Err(vec![msg::share_link_too_long(MAX_PAYLOAD)])
        );
        let packed = miniz_oxide::deflate::compress_to_vec(b"{\"version\": 1}", 9);
        let e = decode(&URL_SAFE_NO_PAD.encode(packed)).unwrap_err();
        assert!(e[0].to_string().contains("missing field `plan`"), "{e:?}");
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let big = vec![b' '; MAX_JSON + 10];
        let packed = miniz_oxide::deflate::compress_to_vec(&big, 9);
        let payload = URL_SAFE_NO_PAD.encode(packed);
        assert!(payload.len() < MAX_PAYLOAD);
        assert_eq!(
            decode(&payload),
            Err(vec![msg::share_too_big_inflated(4usize)])
        );
    }

    #[test]
    fn a_hash_without_payload_is_none() {
        assert_eq!(payload_of(""), None);
        assert_eq!(payload_of("#top"), None);
        assert_eq!(payload_of("#x=1&s=abc"), Some("abc"));
    }
}
