//! One-shot search (`saywho search`): one query, answered and gone. Over a saved JSON-lines
//! extraction it builds no document: every row is read and checked on all cores, only the
//! statements the query can match are folded, and full statements are made for the hits
//! alone — the same results, ids and order as searching the loaded document.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::load::LoadError;
use crate::model::{Document, Quote};
use crate::saved::Saved;
use rayon::prelude::*;

use crate::search::{Hit, Index, Parts, Query, Statement};

/// The answer to one query.
pub struct Answer {
    /// The best matches, best first, with highlight positions.
    pub hits: Vec<Hit>,
    /// The statement of each hit.
    pub quotes: Vec<Quote>,
    /// How many statements matched in all.
    pub total: usize,
}

/// Searches a loaded document.
pub fn in_document(doc: &Document, query: &str, limit: usize) -> Answer {
    let q = Query::parse(query);
    let index = Index::for_query(doc, &q);
    let (hits, total) = best(&index, &q, query, limit);
    let quotes = hits.iter().map(|h| doc.quotes[h.quote].clone()).collect();
    Answer { hits, quotes, total }
}

/// Searches saved extractions (`saywho extract --format json|jsonl` output), several
/// read as one.
pub fn in_saved(paths: &[PathBuf], max_size: u64, query: &str, limit: usize) -> Result<Answer, LoadError> {
    let bytes: Vec<Vec<u8>> = paths.iter().map(|p| crate::load::read_bytes(p, max_size)).collect::<Result<_, _>>()?;
    let saved: Vec<Saved> =
        paths.iter().zip(&bytes).map(|(p, b)| crate::saved::read_saved(p, b)).collect::<Result<_, _>>()?;
    Ok(in_read(&saved, query, limit))
}

/// Searches a saved extraction given as its bytes; `path` names it in errors.
pub fn in_saved_bytes(path: &Path, bytes: &[u8], query: &str, limit: usize) -> Result<Answer, LoadError> {
    Ok(in_read(&[crate::saved::read_saved(path, bytes)?], query, limit))
}

fn in_read(saved: &[Saved], query: &str, limit: usize) -> Answer {
    if saved.iter().any(|s| matches!(s, Saved::Document(_))) {
        return in_document(&crate::saved::merge(saved), query, limit);
    }
    let rows = saved.iter().flat_map(|s| match s {
        Saved::Rows(rows) => rows.as_slice(),
        Saved::Document(_) => &[],
    });
    let r = crate::saved::regroup(rows.collect());
    let g = &r.g;
    let parts = Parts {
        speakers: g
            .speakers
            .iter()
            .map(|s| std::iter::once(s.name.as_str()).chain(s.aliases.iter().map(String::as_str)).collect())
            .collect(),
        // a saved extraction keeps no titles or datelines
        sources: g.articles.iter().map(|_| crate::search::source_text(None, None)).collect(),
        statements: g.order.par_iter().enumerate().map(|(k, &i)| Statement {
            text: &r.rows[i].text,
            speaker: g.speaker_of[k],
            article: g.article_of[k],
        }),
    };
    let q = Query::parse(query);
    let index = Index::from_parts(parts, Some(&q));
    let (hits, total) = best(&index, &q, query, limit);
    let quotes = hits.iter().map(|h| r.quote(h.quote, &mut |s: &str| Arc::from(s))).collect();
    Answer { hits, quotes, total }
}

/// The best `limit` matches with their highlight positions, and the number of matches.
fn best(index: &Index, q: &Query, query: &str, limit: usize) -> (Vec<Hit>, usize) {
    let r = index.run(q, query, None, None, limit);
    let total = r.matched.len();
    let hits = r.hits.into_iter().map(|h| Hit { positions: index.positions(h.quote, q), ..h }).collect();
    (hits, total)
}
