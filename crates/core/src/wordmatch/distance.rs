//! Typo distance between a query word and the start of a word: the optimal-string-alignment
//! (restricted Damerau–Levenshtein) distance, a swap of neighbours counting as one edit,
//! computed bit-parallel (Hyyrö 2003) — one column of the table per word character in a
//! handful of machine instructions, for query words of up to 64 characters.

/// A query word prepared for distance computations.
pub(crate) struct Pattern {
    len: u32,
    /// Per character, the positions where the pattern has it: ASCII and the Arabic block by
    /// table, anything else by search.
    ascii: [u64; 128],
    arabic: [u64; 256],
    other: Vec<(char, u64)>,
}

impl Pattern {
    /// `None` for an empty pattern or one longer than 64 characters.
    pub fn new(p: &str) -> Option<Pattern> {
        let n = p.chars().count();
        if n == 0 || n > 64 {
            return None;
        }
        let mut pat = Pattern { len: n as u32, ascii: [0; 128], arabic: [0; 256], other: Vec::new() };
        for (i, c) in p.chars().enumerate() {
            let bit = 1u64 << i;
            let u = c as u32;
            if u < 128 {
                pat.ascii[u as usize] |= bit;
            } else if (0x600..0x700).contains(&u) {
                pat.arabic[(u - 0x600) as usize] |= bit;
            } else {
                match pat.other.iter_mut().find(|(o, _)| *o == c) {
                    Some((_, m)) => *m |= bit,
                    None => pat.other.push((c, bit)),
                }
            }
        }
        Some(pat)
    }

    #[inline]
    fn peq(&self, c: char) -> u64 {
        let u = c as u32;
        if u < 128 {
            self.ascii[u as usize]
        } else if (0x600..0x700).contains(&u) {
            self.arabic[(u - 0x600) as usize]
        } else {
            self.other.iter().find(|(o, _)| *o == c).map_or(0, |&(_, m)| m)
        }
    }

    /// The distance between the pattern and the whole of `text`, and the least distance
    /// between the pattern and a prefix of `text` (the whole included); each `None` when
    /// above `k`. Prefixes longer than the pattern by more than `k` are not looked at: their
    /// distance exceeds `k`.
    pub fn distances(&self, text: &str, k: u32) -> (Option<u32>, Option<u32>) {
        let m = self.len;
        let top = 1u64 << (m - 1);
        let mut vp = !0u64;
        let mut vn = 0u64;
        let mut d0 = 0u64;
        let mut pm_prev = 0u64;
        let mut dist = m;
        let mut best = m;
        let mut whole = true;
        for (j, c) in text.chars().enumerate() {
            if j as u32 >= m + k {
                whole = false;
                break;
            }
            let pm = self.peq(c);
            let tr = (((!d0) & pm) << 1) & pm_prev;
            d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | tr;
            let hp = vn | !(d0 | vp);
            let hn = d0 & vp;
            if hp & top != 0 {
                dist += 1;
            } else if hn & top != 0 {
                dist -= 1;
            }
            let hp = (hp << 1) | 1;
            let hn = hn << 1;
            vp = hn | !(d0 | hp);
            vn = hp & d0;
            pm_prev = pm;
            best = best.min(dist);
        }
        let whole = (whole && dist <= k).then_some(dist);
        (whole, (best <= k).then_some(best))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The textbook table, for comparison.
    fn osa(a: &[char], b: &[char]) -> u32 {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0u32; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i as u32;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j as u32;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = u32::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[n][m]
    }

    fn prefix_osa(p: &str, t: &str) -> u32 {
        let p: Vec<char> = p.chars().collect();
        let t: Vec<char> = t.chars().collect();
        (0..=t.len()).map(|j| osa(&p, &t[..j])).min().unwrap_or(p.len() as u32)
    }

    fn whole_osa(p: &str, t: &str) -> u32 {
        let p: Vec<char> = p.chars().collect();
        let t: Vec<char> = t.chars().collect();
        osa(&p, &t)
    }

    fn prefix_distance(p: &Pattern, t: &str, k: u32) -> Option<u32> {
        p.distances(t, k).1
    }

    #[test]
    fn swaps_count_once() {
        let p = Pattern::new("tokayve").unwrap();
        assert_eq!(p.distances("tokayev", 2), (Some(1), Some(1)));
        let p = Pattern::new("tokajev").unwrap();
        assert_eq!(p.distances("tokayev", 2), (Some(1), Some(1)));
        let p = Pattern::new("كازاخستن").unwrap();
        assert_eq!(p.distances("كازاخستان", 2), (Some(1), Some(1)));
        assert_eq!(p.distances("كازاخستان", 0), (None, None));
        let p = Pattern::new("abcd").unwrap();
        assert_eq!(p.distances("abcdefgh", 0), (None, Some(0)), "a prefix is at distance 0");
        assert_eq!(prefix_distance(&p, "xyz", 1), None);
    }

    proptest! {
        #[test]
        fn bit_parallel_equals_the_table(p in "[abcé]{1,9}", t in "[abcé]{0,12}", k in 0u32..4) {
            let (want_whole, want_prefix) = (whole_osa(&p, &t), prefix_osa(&p, &t));
            let got = Pattern::new(&p).unwrap().distances(&t, k);
            prop_assert_eq!(got, ((want_whole <= k).then_some(want_whole), (want_prefix <= k).then_some(want_prefix)));
        }
    }
}
