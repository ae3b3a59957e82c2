//! One-shot search (`saywho search`): one query, answered and gone. Over a saved JSON-lines
//! extraction it builds no document: every row is read and checked on all cores, only the
//! statements the query can match are folded, and full statements are made for the hits
//! alone — the same results, ids and order as searching the loaded document.

use std::path::Path;
use std::sync::Arc;

use crate::index::{Groups, Saved};
use crate::load::LoadError;
use crate::model::{Document, Quote};
use rayon::prelude::*;

use crate::search::{Hit, Index, Parts, Query};

/// The answer to one query.
pub struct Found {
    /// The best matches, best first, with highlight positions.
    pub hits: Vec<Hit>,
    /// The statement of each hit.
    pub quotes: Vec<Quote>,
    /// How many statements matched in all.
    pub total: usize,
}

/// Searches a loaded document.
pub fn in_document(doc: &Document, query: &str, limit: usize) -> Found {
    let q = Query::parse(query);
    let index = Index::for_query(doc, &q);
    let (hits, total) = best(&index, &q, query, limit);
    let quotes = hits.iter().map(|h| doc.quotes[h.quote].clone()).collect();
    Found { hits, quotes, total }
}

/// Searches a saved extraction (`saywho extract --format json|jsonl` output).
pub fn in_saved(path: &Path, max_size: u64, query: &str, limit: usize) -> Result<Found, LoadError> {
    in_saved_bytes(path, &crate::load::read_bytes(path, max_size)?, query, limit)
}

/// Searches a saved extraction given as its bytes; `path` names it in errors.
pub fn in_saved_bytes(path: &Path, bytes: &[u8], query: &str, limit: usize) -> Result<Found, LoadError> {
    let rows = match crate::index::read_saved(path, bytes)? {
        Saved::Document(doc) => return Ok(in_document(&doc, query, limit)),
        Saved::Rows(rows) => rows,
    };
    let g = Groups::new(rows.iter().map(|r| (&*r.speaker, &*r.mention, &*r.article, &*r.path)));
    let parts = Parts {
        speakers: g.speakers.clone(),
        // a saved extraction keeps no titles or datelines
        sources: g.articles.iter().map(|_| crate::search::source_text(None, None)).collect(),
        statements: rows.par_iter().enumerate().map(|(i, r)| (&*r.text, g.speaker_of[i], g.article_of[i])),
    };
    let q = Query::parse(query);
    let index = Index::from_parts(parts, Some(&q));
    let (hits, total) = best(&index, &q, query, limit);
    let quotes = hits
        .iter()
        .map(|h| {
            let r = &rows[h.quote];
            let mut quote = r.to_quote(r.shared_text(), &mut |s: &str| Arc::from(s));
            quote.id = Groups::quote_id(h.quote);
            quote.speaker_id = g.speaker_id(g.speaker_of[h.quote]).into();
            quote.article = Groups::article_id(g.article_of[h.quote]).into();
            quote
        })
        .collect();
    Ok(Found { hits, quotes, total })
}

/// The best `limit` matches with their highlight positions, and the number of matches.
fn best(index: &Index, q: &Query, query: &str, limit: usize) -> (Vec<Hit>, usize) {
    let r = index.run(q, query, None, None, limit);
    let total = r.matched.len();
    let hits = r.hits.into_iter().map(|h| Hit { positions: index.positions(h.quote, q), ..h }).collect();
    (hits, total)
}
