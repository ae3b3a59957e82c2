//! Arbitrary text as a query typed into the search box over the bundled sample: folding
//! maps back in range, hits and highlights stay in range, and typing the query one character
//! at a time gives what a fresh search gives.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use saywho_core::model::Document;
use saywho_core::search::{Folded, Index, Query, Searcher};

fn sample() -> &'static (Document, Arc<Index>) {
    static IX: OnceLock<(Document, Arc<Index>)> = OnceLock::new();
    IX.get_or_init(|| {
        let l = saywho_core::load::sample();
        let doc = saywho_core::pipeline::extract(l.articles, &l.speakers);
        let ix = Arc::new(Index::new(&doc));
        (doc, ix)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if text.len() > 256 {
        return;
    }
    if let Err(e) = saywho_core::invariants::folding(text, &Folded::new(text)) {
        panic!("{e}");
    }
    let (doc, ix) = sample();
    let q = Query::parse(text);
    if let Err(e) = saywho_core::invariants::search(doc, ix, &q, text) {
        panic!("{e}");
    }
    let mut typed = Searcher::new(ix.clone());
    let mut last = None;
    for end in text.char_indices().map(|(i, c)| i + c.len_utf8()) {
        last = Some(typed.run(&text[..end], None, 10));
    }
    if let Some(narrowed) = last {
        assert_eq!(narrowed, Searcher::new(ix.clone()).run(text, None, 10), "typed {text:?}");
    }
});
