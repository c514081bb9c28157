//! A finding's parameters (CONTRACT.md §3, the `params` object): the few kinds of value the
//! catalogue uses, with names in the order JSON writes them (sorted, as `serde_json`'s maps
//! sort). Its accessors are named as `serde_json::Value`'s, so code reads them the same way.

use serde::Serialize;

/// Named values, in the byte order of their names; a name appears once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, Param)>);

/// One parameter value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    Null,
    Text(String),
    Count(u64),
    Array(Vec<Param>),
    Object(Params),
}

impl Params {
    pub const fn new() -> Params {
        Params(Vec::new())
    }

    /// Sets `name` to `value` (replacing a value it had), keeping names in order.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Param>) {
        let (name, value) = (name.into(), value.into());
        match self.0.iter().position(|(n, _)| *n >= name) {
            Some(i) => match self.0.get_mut(i) {
                Some(slot) if slot.0 == name => slot.1 = value,
                _ => self.0.insert(i, (name, value)),
            },
            None => self.0.push((name, value)),
        }
    }

    /// The same with `name` set: `Params::new().with("role", "owner")`.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<Param>) -> Params {
        self.insert(name, value);
        self
    }

    pub fn get(&self, name: &str) -> Option<&Param> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Names and values, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Param)> {
        self.into_iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Params {
    type Item = (&'a String, &'a Param);
    type IntoIter = core::iter::Map<
        core::slice::Iter<'a, (String, Param)>,
        fn(&'a (String, Param)) -> (&'a String, &'a Param),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(n, v)| (n, v))
    }
}

impl Param {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Param::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Param::Count(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Param]> {
        match self {
            Param::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Params> {
        match self {
            Param::Object(o) => Some(o),
            _ => None,
        }
    }
}

impl From<&str> for Param {
    fn from(s: &str) -> Param {
        Param::Text(s.to_owned())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Param {
        Param::Text(s)
    }
}

impl From<u64> for Param {
    fn from(n: u64) -> Param {
        Param::Count(n)
    }
}

impl From<u32> for Param {
    fn from(n: u32) -> Param {
        Param::Count(u64::from(n))
    }
}

impl From<usize> for Param {
    fn from(n: usize) -> Param {
        Param::Count(n as u64)
    }
}

impl From<Params> for Param {
    fn from(p: Params) -> Param {
        Param::Object(p)
    }
}

impl<T: Into<Param>> From<Vec<T>> for Param {
    fn from(v: Vec<T>) -> Param {
        Param::Array(v.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Param>> From<Option<T>> for Param {
    fn from(v: Option<T>) -> Param {
        v.map_or(Param::Null, Into::into)
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl Serialize for Param {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Param::Null => s.serialize_unit(),
            Param::Text(t) => s.serialize_str(t),
            Param::Count(n) => s.serialize_u64(*n),
            Param::Array(a) => s.collect_seq(a),
            Param::Object(o) => o.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kept_in_order_once() {
        let mut p = Params::new()
            .with("tiers", Params::new())
            .with("count", 3u32);
        p.insert("chosen", "developer");
        p.insert("count", 4u32);
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["chosen", "count", "tiers"]);
        assert_eq!(p.get("count").and_then(Param::as_u64), Some(4));
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"chosen":"developer","count":4,"tiers":{}}"#
        );
    }

    #[test]
    fn values_serialize_as_json_values() {
        let p = Params::new()
            .with("role", None::<&str>)
            .with("roles", vec!["billing", "developer"])
            .with("x", Params::new().with("b", vec!["B"]).with("a", 1u64));
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            serde_json::json!({"role": null, "roles": ["billing", "developer"], "x": {"a": 1, "b": ["B"]}})
        );
        assert_eq!(
            p.get("roles").and_then(Param::as_array).map(<[Param]>::len),
            Some(2)
        );
        assert!(
            p.get("x")
                .and_then(Param::as_object)
                .is_some_and(|o| o.len() == 2)
        );
    }
}
