//! Union-find (disjoint sets) over `0..n`: what grouping joins speakers with and alignment
//! finds groups of similar statements with.

/// Disjoint sets over `0..n`. The root of a set is its smallest member, so roots do not
/// depend on the order of unions.
#[derive(Debug, Clone)]
pub struct UnionFind(Vec<usize>);

impl UnionFind {
    /// `n` sets of one member each.
    pub fn new(n: usize) -> UnionFind {
        UnionFind((0..n).collect())
    }

    /// The root (smallest member) of the set of `i`.
    pub fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut i = i;
        while self.0[i] != r {
            let n = self.0[i];
            self.0[i] = r;
            i = n;
        }
        r
    }

    /// Joins the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[b.max(a)] = a.min(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_the_smallest_member_whatever_the_order_of_unions() {
        let mut u = UnionFind::new(6);
        u.union(5, 3);
        u.union(3, 4);
        u.union(1, 2);
        assert_eq!((0..6).map(|i| u.find(i)).collect::<Vec<_>>(), [0, 1, 1, 3, 3, 3]);
        u.union(4, 2);
        assert_eq!((0..6).map(|i| u.find(i)).collect::<Vec<_>>(), [0, 1, 1, 1, 1, 1]);
    }
}
