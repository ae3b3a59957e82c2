//! Invariants that must hold whatever the input: checked by the fuzz targets in `fuzz/` and by
//! the property tests, so both hold the code to the same rules. Each check returns the first
//! broken rule as a message instead of panicking, so callers can add their own context.

use crate::model::Document;
use crate::search::{Folded, Index, Query};
use crate::text::fold_char;

/// Every statement extracted from `text` (the only article of `doc`) slices it exactly: its
/// span lies on character boundaries inside the text, the slice is the statement, and it
/// names a paragraph that exists.
pub fn extraction(text: &str, doc: &Document) -> Result<(), String> {
    let paragraphs = doc.articles.first().map_or(0, |a| a.paragraphs);
    for q in &doc.quotes {
        if !(q.start <= q.end && q.end <= text.len()) {
            return Err(format!("{}: span {}..{} outside a text of {} bytes", q.id, q.start, q.end, text.len()));
        }
        if !text.is_char_boundary(q.start) || !text.is_char_boundary(q.end) {
            return Err(format!("{}: span {}..{} not on character boundaries", q.id, q.start, q.end));
        }
        if text[q.start..q.end] != *q.text {
            return Err(format!("{}: span {}..{} does not slice to the statement", q.id, q.start, q.end));
        }
        if q.paragraph == 0 || q.paragraph > paragraphs {
            return Err(format!("{}: paragraph {} of {paragraphs}", q.id, q.paragraph));
        }
        if !doc.speakers.iter().any(|s| *s.id == *q.speaker_id) {
            return Err(format!("{}: speaker id {} not among the speakers", q.id, q.speaker_id));
        }
    }
    Ok(())
}

/// The folded form of `original` maps each folded character back to an original character
/// in range that folds to it.
pub fn folding(original: &str, f: &Folded) -> Result<(), String> {
    let chars: Vec<char> = original.chars().collect();
    for (i, c) in f.text.chars().enumerate() {
        let Some(o) = f.origin(i) else {
            return Err(format!("folded position {i} has no origin"));
        };
        let Some(&oc) = chars.get(o) else {
            return Err(format!("folded position {i} maps to {o}, past {} characters", chars.len()));
        };
        if fold_char(oc) != Some(c) {
            return Err(format!("folded position {i} ({c:?}) maps to {o} ({oc:?}), which folds otherwise"));
        }
    }
    if f.origin(f.text.chars().count()).is_some() {
        return Err("a position past the folded text has an origin".into());
    }
    if crate::search::folded_mask(original) != crate::search::mask_of(&f.text) {
        return Err("the character set read without folding differs from that of the folded text".into());
    }
    Ok(())
}

/// A query's ranked hits point at statements that exist, and their highlight positions lie
/// inside the statement's text, ascending and distinct; the one-query index of a one-shot
/// search (`Index::for_query`) gives the same results and highlights as the full index.
pub fn search(doc: &Document, ix: &Index, q: &Query, text: &str) -> Result<(), String> {
    let r = ix.run(q, text, None, None, 10);
    let one = Index::for_query(doc, q);
    if one.run(q, text, None, None, 10) != r {
        return Err(format!("{text:?}: the one-query index finds otherwise than the full index"));
    }
    if let Some(h) = r.hits.iter().find(|h| one.positions(h.quote, q) != ix.positions(h.quote, q)) {
        return Err(format!("{text:?}: the one-query index highlights statement {} otherwise", h.quote));
    }
    if r.hits.len() > r.matched.len() {
        return Err(format!("{} hits from {} matches", r.hits.len(), r.matched.len()));
    }
    for h in &r.hits {
        let Some(quote) = doc.quotes.get(h.quote) else {
            return Err(format!("hit {} past {} statements", h.quote, doc.quotes.len()));
        };
        let n = quote.text.chars().count();
        let p = ix.positions(h.quote, q);
        if p.iter().any(|&i| i >= n) {
            return Err(format!("{text:?}: highlight past the {n} characters of {}", quote.id));
        }
        if p.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("{text:?}: highlights of {} not ascending", quote.id));
        }
    }
    Ok(())
}

/// A one-shot search of a saved extraction (`oneshot::in_saved_bytes`) fails exactly when
/// loading it fails, with the same message, and otherwise finds what searching the loaded
/// document finds: the same hits (scores, highlights), statements and count.
pub fn one_shot(text: &str, query: &str) -> Result<(), String> {
    let path = std::path::Path::new("f.jsonl");
    match (crate::saved::parse(path, text), crate::oneshot::in_saved_bytes(path, text.as_bytes(), query, 10)) {
        (Err(a), Err(b)) if a.to_string() == b.to_string() => Ok(()),
        (Ok(doc), Ok(found)) => {
            let loaded = crate::oneshot::in_document(&doc, query, 10);
            if (found.total, &found.hits) != (loaded.total, &loaded.hits) {
                return Err(format!("{query:?}: the one-shot search finds otherwise than the loaded document"));
            }
            if let Some((a, b)) = found.quotes.iter().zip(&loaded.quotes).find(|(a, b)| a != b) {
                return Err(format!("{query:?}: statement {} of the one-shot search differs: {a:?} / {b:?}", a.id));
            }
            Ok(())
        }
        (a, b) => Err(format!("loading: {:?}; one-shot search: {:?}", a.err(), b.err())),
    }
}
