//! Topics of a corpus: statements grouped by similarity, across speakers.

use rustc_hash::FxHashMap;

use super::vectors::Vectors;
use crate::model::Document;

/// Statements that speak of the same thing, across speakers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Topic {
    /// The strongest terms of the group, as written.
    pub label: Vec<String>,
    /// Quote indices, in article order.
    pub quotes: Vec<usize>,
    /// Speaker ids of those quotes, most frequent first.
    pub speakers: Vec<String>,
}

/// Statements joining a topic must be at least this similar to it.
pub const TOPIC_SIMILARITY: f32 = 0.2;

/// Groups statements by topic with the same vectors: each statement joins the most similar
/// topic so far (cosine with the topic's centroid) if it is similar enough, else starts one.
/// Topics of a single statement are dropped; the largest come first. `min` must be above 0.
pub fn topics(v: &Vectors, doc: &Document, min: f32) -> Vec<Topic> {
    struct Group {
        sum: FxHashMap<u32, f32>,
        norm2: f32,
        quotes: Vec<usize>,
    }
    let mut groups: Vec<Group> = Vec::new();
    // which groups hold each term: a statement is compared only with groups it shares a term
    // with (the others have cosine 0), so the cost follows the overlaps, not statements × groups
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    let mut dots: Vec<f32> = Vec::new();
    let mut seen_by: Vec<usize> = Vec::new(); // the statement that last touched each group
    let mut touched: Vec<usize> = Vec::new();
    for (q, vec) in v.vecs.iter().enumerate() {
        if vec.is_empty() {
            continue;
        }
        for &(t, w) in vec {
            for &gi in postings.get(&t).map(Vec::as_slice).unwrap_or(&[]) {
                if seen_by[gi] != q {
                    seen_by[gi] = q;
                    touched.push(gi);
                }
                dots[gi] += groups[gi].sum[&t] * w;
            }
        }
        // the earliest group wins a tie, as in a scan of all groups
        touched.sort_unstable();
        let mut best: Option<(usize, f32)> = None;
        for &gi in &touched {
            let cos = dots[gi] / groups[gi].norm2.sqrt().max(f32::EPSILON);
            if cos >= min && best.is_none_or(|(_, b)| cos > b) {
                best = Some((gi, cos));
            }
            dots[gi] = 0.0;
        }
        touched.clear();
        let gi = match best {
            Some((gi, _)) => gi,
            None => {
                groups.push(Group { sum: FxHashMap::default(), norm2: 0.0, quotes: Vec::new() });
                dots.push(0.0);
                seen_by.push(usize::MAX);
                groups.len() - 1
            }
        };
        let g = &mut groups[gi];
        for &(t, w) in vec {
            let e = g.sum.entry(t).or_insert_with(|| {
                postings.entry(t).or_default().push(gi);
                0.0
            });
            g.norm2 += (*e + w) * (*e + w) - *e * *e;
            *e += w;
        }
        g.quotes.push(q);
    }
    let mut out: Vec<Topic> = groups
        .into_iter()
        .filter(|g| g.quotes.len() > 1)
        .map(|g| {
            // label terms: what the statements have in common, not what one says alone
            let mut members: FxHashMap<u32, f32> = FxHashMap::default();
            for &q in &g.quotes {
                for &(t, _) in &v.vecs[q] {
                    *members.entry(t).or_default() += 1.0;
                }
            }
            let mut terms: Vec<(u32, f32)> = g.sum.into_iter().map(|(t, w)| (t, w * members[&t])).collect();
            terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let label = terms.iter().take(3).map(|(t, _)| v.surface[*t as usize].clone()).collect();
            let mut counts: Vec<(String, usize)> = Vec::new();
            for &q in &g.quotes {
                let id = doc.quotes[q].speaker_id.to_string();
                match counts.iter_mut().find(|c| c.0 == id) {
                    Some(c) => c.1 += 1,
                    None => counts.push((id, 1)),
                }
            }
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            Topic { label, quotes: g.quotes, speakers: counts.into_iter().map(|c| c.0).collect() }
        })
        .collect();
    out.sort_by(|a, b| b.quotes.len().cmp(&a.quotes.len()).then(a.quotes[0].cmp(&b.quotes[0])));
    out
}
