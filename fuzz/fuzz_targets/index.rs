//! Arbitrary bytes as a saved extraction (JSON document or JSON lines): a clean error, or a
//! document that indexes and searches without panicking, hits in range; the one-shot search
//! (no document built) fails alike or prints the same results.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for query in ["ا", "a", "@ا", "'ل !x"] {
        if let Err(e) = saywho_core::invariants::one_shot(text, query) {
            panic!("{e}");
        }
    }
    let Ok(doc) = saywho_core::saved::parse(Path::new("f.jsonl"), text) else { return };
    let ix = saywho_core::search::Index::new(&doc);
    for query in ["ا", "a", "@", "'ل !x"] {
        let q = saywho_core::search::Query::parse(query);
        if let Err(e) = saywho_core::invariants::search(&doc, &ix, &q, query) {
            panic!("{e}");
        }
    }
    let _ = saywho_core::grouping::find(&doc, "a");
});
