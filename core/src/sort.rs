//! Sorting with little code. Each element type and comparison that the standard sorts are used
//! with adds a copy of their quicksort, some kilobytes, to the WebAssembly modules; the engine
//! orders everything with the three small sorts here instead.

/// Sorts ids in ascending order (group ids, person ids): an insertion sort for the short
/// lists that are most of the calls (a person's groups), nothing for a list already in order,
/// and otherwise a radix sort, in O(n) with a buffer of the same length.
pub(crate) fn ids(v: &mut [u32]) {
    if v.len() <= 32 {
        short_by_key(v, |x| *x);
    } else if !v.is_sorted() {
        radix(v);
    }
}

/// Least significant byte first: four stable counting passes between `v` and a buffer, so
/// that the last one writes back into `v`.
fn radix(v: &mut [u32]) {
    let mut buf = vec![0u32; v.len()];
    let (mut from, mut to): (&mut [u32], &mut [u32]) = (v, &mut buf);
    for shift in [0, 8, 16, 24] {
        let digit = |x: u32| ((x >> shift) & 0xff) as usize;
        let mut start = [0usize; 256];
        for x in from.iter() {
            if let Some(n) = start.get_mut(digit(*x)) {
                *n += 1;
            }
        }
        let mut sum = 0;
        for n in &mut start {
            (*n, sum) = (sum, sum + *n);
        }
        for x in from.iter() {
            if let Some(n) = start.get_mut(digit(*x)) {
                if let Some(slot) = to.get_mut(*n) {
                    *slot = *x;
                }
                *n += 1;
            }
        }
        core::mem::swap(&mut from, &mut to);
    }
}

/// Sorts ids by a comparison (`less(a, b)`: `a` goes before `b`), for lists of up to some
/// thousands, such as group ids by name: a heapsort, in place, in O(n log n), through one
/// function for every comparison. The order must be total over the ids given (no two ids
/// compare equal), so that the result does not depend on the algorithm.
pub(crate) fn ids_by(v: &mut [u32], less: &dyn Fn(u32, u32) -> bool) {
    // Moves v[root] down until both its children go before it, within v[..end].
    let sift = |v: &mut [u32], mut root: usize, end: usize| {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                break;
            }
            if child + 1 < end && pick(v, child, child + 1, less) {
                child += 1;
            }
            if !pick(v, root, child, less) {
                break;
            }
            v.swap(root, child);
            root = child;
        }
    };
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

/// Whether `v[a]` goes before `v[b]` (both in bounds).
fn pick(v: &[u32], a: usize, b: usize, less: &dyn Fn(u32, u32) -> bool) -> bool {
    match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => less(*x, *y),
        _ => false,
    }
}

/// Sorts a short list (a few dozen items at most: mappings of one organization, finding
/// codes) by a key, keeping equal keys in their order: an insertion sort, which is small code
/// for every type it is used with.
pub(crate) fn short_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            let goes_before = match (v.get(j), v.get(j - 1)) {
                (Some(a), Some(b)) => key(a) < key(b),
                _ => false,
            };
            if !goes_before {
                break;
            }
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so that the test needs no crate.
    fn numbers(seed: u64, n: usize, modulo: u32) -> Vec<u32> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                u32::try_from(x % u64::from(modulo)).unwrap_or(0)
            })
            .collect()
    }

    #[test]
    fn ids_agrees_with_the_standard_sort() {
        // Short lists, lists in order, and long ones with all four bytes in play.
        for (n, modulo) in [
            (0, 1),
            (5, 3),
            (32, 1000),
            (33, 7),
            (1000, 1 << 31),
            (70_000, u32::MAX),
        ] {
            let mut ours = numbers(n as u64 + 3, n, modulo);
            let mut std = ours.clone();
            ids(&mut ours);
            std.sort_unstable();
            assert_eq!(ours, std, "{n} numbers below {modulo}");
            ids(&mut ours);
            assert_eq!(ours, std, "{n} numbers in order");
        }
    }

    #[test]
    fn ids_by_agrees_with_the_standard_sort() {
        for (n, modulo) in [
            (0, 1),
            (1, 5),
            (2, 5),
            (3, 2),
            (17, 1000),
            (1000, 50),
            (4097, 1 << 30),
        ] {
            let mut ours = numbers(n as u64 + 1, n, modulo);
            let mut std = ours.clone();
            ids_by(&mut ours, &|a, b| a < b);
            std.sort_unstable();
            assert_eq!(ours, std, "{n} numbers below {modulo}");
        }
        // Descending, through the comparison.
        let mut v = numbers(9, 300, 100_000);
        ids_by(&mut v, &|a, b| a > b);
        assert!(v.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn short_by_key_is_stable() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        short_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut words = vec!["scim", "jit", "manual", "claude", "console"];
        short_by_key(&mut words, |w| *w);
        assert_eq!(words, ["claude", "console", "jit", "manual", "scim"]);
    }
}
