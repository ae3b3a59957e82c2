//! Alignment of two speakers' statements: a one-to-one assignment that maximises the total
//! similarity (the Hungarian algorithm, per connected group of similar statements), with a
//! minimum below which nothing is paired.

use std::collections::HashMap;

use super::vectors::Vectors;
use crate::unionfind::UnionFind;

/// Pairs below this cosine similarity are not aligned.
pub const MIN_SIMILARITY: f32 = 0.12;

/// One aligned pair (quote indices) with its similarity and shared terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
    /// Shared terms as written, strongest first.
    pub shared: Vec<String>,
    /// The same terms as stems, for highlighting them in both texts.
    #[serde(skip)]
    pub stems: Vec<String>,
}

/// The alignment of two lists of statements.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alignment {
    /// Pairs in the article order of their first statement.
    pub pairs: Vec<Pair>,
    pub only_a: Vec<usize>,
    pub only_b: Vec<usize>,
}

/// Aligns statements `a` with statements `b` (quote indices), maximising total similarity.
pub fn align(v: &Vectors, a: &[usize], b: &[usize], min: f32) -> Alignment {
    use rayon::prelude::*;
    let (n, m) = (a.len(), b.len());
    // all similarities, a row at a time: A's vector scattered into a dense array, then one
    // lookup per term of each B statement
    let dims = v.surface.len();
    let sims: Vec<f32> = a
        .par_iter()
        .flat_map_iter(|&qa| {
            let mut dense = vec![0f32; dims];
            for &(t, w) in &v.vecs[qa] {
                dense[t as usize] = w;
            }
            b.iter()
                .map(move |&qb| {
                    let s: f32 = v.vecs[qb].iter().map(|&(t, w)| dense[t as usize] * w).sum();
                    if s >= min {
                        s
                    } else {
                        0.0
                    }
                })
                .collect::<Vec<f32>>()
        })
        .collect();
    let sim = |i: usize, j: usize| sims[i * m + j];
    // statements connected through similar pairs form groups, solved one by one
    let mut sets = UnionFind::new(n + m);
    for i in 0..n {
        for j in 0..m {
            if sim(i, j) > 0.0 {
                sets.union(i, n + j);
            }
        }
    }
    let mut groups: HashMap<usize, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for i in 0..n {
        if (0..m).any(|j| sim(i, j) > 0.0) {
            let r = sets.find(i);
            groups.entry(r).or_default().0.push(i);
        }
    }
    for j in 0..m {
        if (0..n).any(|i| sim(i, j) > 0.0) {
            let r = sets.find(n + j);
            groups.entry(r).or_default().1.push(j);
        }
    }
    let mut pairs = Vec::new();
    for (rows, cols) in groups.values() {
        let w: Vec<Vec<f32>> = rows.iter().map(|&i| cols.iter().map(|&j| sim(i, j)).collect()).collect();
        for (r, c) in hungarian_max(&w) {
            let s = w[r][c];
            if s >= min && s > 0.0 {
                let (qa, qb) = (a[rows[r]], b[cols[c]]);
                let shared = v.shared(qa, qb, 3);
                pairs.push(Pair {
                    a: qa,
                    b: qb,
                    similarity: s,
                    stems: shared.iter().map(|(_, id)| v.stems[*id as usize].clone()).collect(),
                    shared: shared.into_iter().map(|(w, _)| w).collect(),
                });
            }
        }
    }
    pairs.sort_by_key(|p| p.a.min(p.b));
    let paired_a: rustc_hash::FxHashSet<usize> = pairs.iter().map(|p| p.a).collect();
    let paired_b: rustc_hash::FxHashSet<usize> = pairs.iter().map(|p| p.b).collect();
    let only_a = a.iter().copied().filter(|q| !paired_a.contains(q)).collect();
    let only_b = b.iter().copied().filter(|q| !paired_b.contains(q)).collect();
    Alignment { pairs, only_a, only_b }
}

/// Maximum-weight assignment (rows to distinct columns) on a dense matrix: the Hungarian
/// algorithm with potentials (shortest augmenting paths), O(n²·m). Returns (row, column)
/// pairs; with more rows than columns, some rows stay unassigned.
pub fn hungarian_max(w: &[Vec<f32>]) -> Vec<(usize, usize)> {
    let rows = w.len();
    let cols = w.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return Vec::new();
    }
    // minimise cost = max - w on a square-ish problem with n <= m (transpose if needed)
    let transpose = rows > cols;
    let (n, m) = if transpose { (cols, rows) } else { (rows, cols) };
    let maxw = w.iter().flatten().copied().fold(0.0f32, f32::max);
    // costs (max − weight) in one flat row-major array, rows being the smaller side
    let cost: Vec<f32> = (0..n)
        .flat_map(|i| (0..m).map(move |j| (i, j)))
        .map(|(i, j)| maxw - if transpose { w[j][i] } else { w[i][j] })
        .collect();
    let inf = f32::INFINITY;
    let mut u = vec![0.0f32; n + 1];
    let mut v = vec![0.0f32; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            let row = &cost[(i0 - 1) * m..i0 * m];
            for j in 1..=m {
                if !used[j] {
                    let cur = row[j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut out = Vec::new();
    for (j, &row) in p.iter().enumerate().skip(1) {
        if row != 0 {
            let (r, c) = (row - 1, j - 1);
            out.push(if transpose { (c, r) } else { (r, c) });
        }
    }
    out
}
