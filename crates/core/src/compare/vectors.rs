//! TF-IDF vectors of the statements over the loaded corpus, and their cosine similarity.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::terms::terms;
use crate::model::Document;

/// TF-IDF vectors for every statement of a document.
pub struct Vectors {
    /// Per quote: (term id, weight), sorted by term id, unit length.
    pub vecs: Vec<Vec<(u32, f32)>>,
    /// Term id → the most frequent surface form (for labels).
    pub surface: Vec<String>,
    /// Term id → stem.
    pub stems: Vec<String>,
}

impl Vectors {
    pub fn new(doc: &Document) -> Vectors {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut surfaces: Vec<HashMap<String, u32>> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut tfs: Vec<Vec<(u32, f32)>> = Vec::with_capacity(doc.quotes.len());
        for q in &doc.quotes {
            let mut tf: FxHashMap<u32, f32> = FxHashMap::default();
            for (stem, raw) in terms(&q.text) {
                let next = ids.len() as u32;
                let id = *ids.entry(stem).or_insert(next);
                if id as usize == surfaces.len() {
                    surfaces.push(HashMap::new());
                    df.push(0);
                }
                *surfaces[id as usize].entry(raw).or_default() += 1;
                *tf.entry(id).or_default() += 1.0;
            }
            for &id in tf.keys() {
                df[id as usize] += 1;
            }
            let mut v: Vec<(u32, f32)> = tf.into_iter().collect();
            v.sort_unstable_by_key(|x| x.0);
            tfs.push(v);
        }
        let n = doc.quotes.len().max(1) as f32;
        let vecs = tfs
            .into_iter()
            .map(|v| {
                let mut v: Vec<(u32, f32)> = v
                    .into_iter()
                    .map(|(id, tf)| (id, (1.0 + tf.ln()) * ((1.0 + n) / (1.0 + df[id as usize] as f32)).ln()))
                    .collect();
                let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for x in &mut v {
                        x.1 /= norm;
                    }
                }
                v
            })
            .collect();
        let surface = surfaces
            .into_iter()
            .map(|m| m.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|x| x.0).unwrap_or_default())
            .collect();
        let mut stems = vec![String::new(); ids.len()];
        for (stem, id) in ids {
            stems[id as usize] = stem;
        }
        Vectors { vecs, surface, stems }
    }

    /// Cosine similarity of two statements.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vecs[a], &self.vecs[b])
    }

    /// The terms two statements share, strongest first: (surface word, term id).
    pub fn shared(&self, a: usize, b: usize, max: usize) -> Vec<(String, u32)> {
        let (va, vb) = (&self.vecs[a], &self.vecs[b]);
        let (mut i, mut j) = (0, 0);
        let mut both = Vec::new();
        while i < va.len() && j < vb.len() {
            match va[i].0.cmp(&vb[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    both.push((va[i].1 * vb[j].1, va[i].0));
                    i += 1;
                    j += 1;
                }
            }
        }
        both.sort_by(|x, y| y.0.total_cmp(&x.0));
        both.into_iter().take(max).map(|(_, id)| (self.surface[id as usize].clone(), id)).collect()
    }
}

fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}
