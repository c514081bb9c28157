//! Share links: the scenario travels in the URL fragment (`#s=…`), never to a server, as
//! compact JSON compressed with raw deflate and written in url-safe base64 without padding.
//! A link is read like any other input: limited in length, then validated. The browser
//! does the base64 (`atob`, `btoa`) and the deflate (`CompressionStream`,
//! `DecompressionStream`): the app carries no code of its own for either (7.6 KB of its
//! module, brotli); the tests use the libraries the browser stands in for.

use provplan_core::ScenarioDoc;

use crate::i18n::{Text, msg};
use crate::text;

/// The fragment key: `#s=<payload>`.
pub const PREFIX: &str = "s=";
/// Longest payload written or read, in characters (browsers and chat tools cope with this).
pub const MAX_PAYLOAD: usize = 32_000;
/// Largest scenario a link may unpack to, in bytes.
pub const MAX_JSON: usize = 4 * 1024 * 1024;

/// The fragment payload for a document (compressed here; the app has the browser compress it,
/// [`encode_in_browser`], and carries no compressor of its own).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(doc: &ScenarioDoc) -> Result<String, Text> {
    use base64::Engine;
    let json = doc.to_json();
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    payload(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed))
}

/// [`encode`], compressed by the browser: the same format, which [`decode`] reads either way.
pub async fn encode_in_browser(doc: &ScenarioDoc) -> Result<String, Text> {
    let json = doc.to_json();
    let packed = crate::browser::deflate_raw(json.as_bytes())
        .await
        .ok_or_else(msg::share_unavailable)?;
    payload(crate::browser::base64url(&packed).ok_or_else(msg::share_unavailable)?)
}

/// Compressed scenario JSON in base64 as a payload, unless it is too long for a link.
fn payload(payload: String) -> Result<String, Text> {
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

/// Why the browser could not unpack a link's compressed setup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inflate {
    /// It unpacks to more than [`MAX_JSON`] bytes (the browser stops reading there).
    TooBig,
    /// It is not raw deflate, or is cut short.
    NotDeflate,
    /// The browser has no `DecompressionStream`.
    Unavailable,
}

/// A link's payload, its length and alphabet checked (url-safe base64, padding dropped),
/// for the browser to decode and unpack (`browser::from_base64url`, `browser::inflate_raw`),
/// then [`read`].
pub fn check(payload: &str) -> Result<&str, Vec<Text>> {
    if payload.len() > MAX_PAYLOAD {
        return Err(vec![msg::share_link_too_long(MAX_PAYLOAD)]);
    }
    let p = payload.trim().trim_end_matches('=');
    if p.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        Ok(p)
    } else {
        Err(vec![msg::share_not_base64()])
    }
}

/// The document of a link's unpacked setup; the reasons in plain words when there is none.
pub fn read(inflated: Result<Vec<u8>, Inflate>) -> Result<ScenarioDoc, Vec<Text>> {
    let json = inflated.map_err(|e| {
        vec![match e {
            Inflate::TooBig => msg::share_too_big_inflated(MAX_JSON / (1024 * 1024)),
            Inflate::NotDeflate => msg::share_not_deflate(),
            Inflate::Unavailable => msg::share_no_decompressor(),
        }]
    })?;
    let json = String::from_utf8(json).map_err(|_| vec![msg::share_not_utf8()])?;
    ScenarioDoc::from_json_str(&json).map_err(|e| text::engine_errors(&e))
}

/// A payload read back into a document as the page does, unpacked by the library the
/// browser's `DecompressionStream` stands in for (the browser tests check the page's way).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(payload: &str) -> Result<ScenarioDoc, Vec<Text>> {
    read(inflate(&from_base64url(check(payload)?)?))
}

/// What the browser's `atob` makes of a checked payload, by the `base64` library.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_base64url(payload: &str) -> Result<Vec<u8>, Vec<Text>> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| vec![msg::share_not_base64()])
}

/// [`Inflate`]'s outcome of raw deflate, by `miniz_oxide`.
#[cfg(not(target_arch = "wasm32"))]
pub fn inflate(packed: &[u8]) -> Result<Vec<u8>, Inflate> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_JSON).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => Inflate::TooBig,
            _ => Inflate::NotDeflate,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base64url(bytes: &[u8]) -> String {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    }
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
        assert_eq!(
            read(Err(Inflate::Unavailable)),
            Err(vec![msg::share_no_decompressor()])
        );
        let long = "A".repeat(MAX_PAYLOAD + 1);
        assert_eq!(
            decode(&long),
            Err(vec![msg::share_link_too_long(MAX_PAYLOAD)])
        );
        let packed = miniz_oxide::deflate::compress_to_vec(b"{\"version\": 1}", 9);
        let e = decode(&base64url(&packed)).unwrap_err();
        assert!(e[0].to_string().contains("missing field `plan`"), "{e:?}");
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let big = vec![b' '; MAX_JSON + 10];
        let packed = miniz_oxide::deflate::compress_to_vec(&big, 9);
        let payload = base64url(&packed);
        assert!(payload.len() < MAX_PAYLOAD);
        assert_eq!(
            decode(&payload),
            Err(vec![msg::share_too_big_inflated(4usize)])
        );
    }

    /// Share links over generated setups, 1,024 cases each.
    mod properties {
        use proptest::prelude::*;
        use std::sync::Arc;

        use provplan_core::doc::{
            DirectoryDoc, GroupMappingsDoc, MemberDoc, OrganizationDoc, ProvisioningDoc, UserDoc,
        };

        use super::*;

        /// Any text: mostly short words, sometimes any Unicode (quotes, controls, emoji,
        /// surrogate-range-free scalars), which JSON must escape and deflate must carry.
        fn text() -> impl Strategy<Value = String> {
            prop_oneof![
                3 => "[a-z][a-z0-9._-]{0,12}(@[a-z]{1,8}\\.[a-z]{2,3})?",
                1 => any::<String>(),
            ]
        }

        fn names() -> impl Strategy<Value = Vec<String>> {
            prop::collection::vec(text(), 0..4)
        }

        fn user() -> impl Strategy<Value = Arc<UserDoc>> {
            (
                text(),
                prop::option::of(text()),
                prop::option::of(any::<bool>()),
                names(),
            )
                .prop_map(|(email, name, assigned, groups)| {
                    Arc::new(UserDoc {
                        email,
                        sso_email: None,
                        name,
                        assigned,
                        groups,
                    })
                })
        }

        fn member() -> impl Strategy<Value = Arc<MemberDoc>> {
            (text(), text(), prop::option::of(text())).prop_map(|(email, role, seat_tier)| {
                Arc::new(MemberDoc {
                    email,
                    role,
                    seat_tier,
                    primary_owner: None,
                })
            })
        }

        fn mappings() -> impl Strategy<Value = GroupMappingsDoc> {
            (
                prop::option::of(any::<bool>()),
                prop::collection::btree_map(text(), names(), 0..3),
                prop::collection::btree_map(text(), names(), 0..3),
                prop::option::of(names()),
            )
                .prop_map(|(enabled, roles, seat_tiers, role_precedence)| {
                    GroupMappingsDoc {
                        enabled,
                        roles,
                        seat_tiers,
                        role_precedence,
                    }
                })
        }

        fn organization() -> impl Strategy<Value = OrganizationDoc> {
            (
                text(),
                prop::option::of(text()),
                text(),
                prop::option::of(prop::collection::btree_map(text(), any::<u32>(), 0..3)),
                prop::option::of((prop::option::of(text()), prop::option::of(mappings()))),
                prop::collection::vec(member(), 0..4),
            )
                .prop_map(|(id, name, product, seats, provisioning, members)| {
                    OrganizationDoc {
                        id,
                        name,
                        product,
                        seats,
                        provisioning: provisioning.map(|(mode, group_mappings)| ProvisioningDoc {
                            mode,
                            group_mappings,
                        }),
                        members,
                    }
                })
        }

        fn doc() -> impl Strategy<Value = ScenarioDoc> {
            (
                text(),
                prop::option::of(text()),
                prop::option::of(text()),
                prop::option::of(any::<bool>()),
                prop::collection::vec(user(), 0..12),
                prop::collection::vec(organization(), 0..3),
            )
                .prop_map(
                    |(plan, actor, idp, scim_connected, users, organizations)| ScenarioDoc {
                        version: 1,
                        plan,
                        actor,
                        max_removals: None,
                        directory: DirectoryDoc {
                            idp,
                            scim_connected,
                            users,
                        },
                        organizations,
                    },
                )
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: 1024,
                failure_persistence: None,
                ..ProptestConfig::default()
            })]

            /// Whatever the setup holds, its link reads back as the same setup (or the
            /// setup is refused as too large for a link, saying so).
            #[test]
            fn share_links_round_trip(doc in doc()) {
                match encode(&doc) {
                    Ok(payload) => {
                        prop_assert!(payload.len() <= MAX_PAYLOAD);
                        prop_assert!(payload
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
                        let hash = format!("#x=1&{PREFIX}{payload}");
                        prop_assert_eq!(payload_of(&hash), Some(payload.as_str()));
                        prop_assert_eq!(decode(&payload), Ok(doc));
                    }
                    Err(e) => prop_assert!(matches!(e, Text::Msg(crate::i18n::K::ShareTooLarge, _)), "{e:?}"),
                }
            }

            /// A damaged link never panics: any text, or a valid link with one character
            /// changed, reads as a setup or as reasons.
            #[test]
            fn damaged_links_are_refused_or_read(doc in doc(), at in any::<prop::sample::Index>(), c in "[A-Za-z0-9_!=-]", junk in ".{0,64}") {
                if let Ok(payload) = encode(&doc) {
                    let mut chars: Vec<char> = payload.chars().collect();
                    if !chars.is_empty() {
                        let i = at.index(chars.len());
                        chars[i] = c.chars().next().unwrap_or('A');
                    }
                    let damaged: String = chars.into_iter().collect();
                    if let Err(reasons) = decode(&damaged) {
                        prop_assert!(!reasons.is_empty());
                    }
                }
                if let Err(reasons) = decode(&junk) {
                    prop_assert!(!reasons.is_empty());
                }
            }
        }
    }

    #[test]
    fn a_hash_without_payload_is_none() {
        assert_eq!(payload_of(""), None);
        assert_eq!(payload_of("#top"), None);
        assert_eq!(payload_of("#x=1&s=abc"), Some("abc"));
    }
}
