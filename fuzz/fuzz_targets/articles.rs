//! Arbitrary bytes as a .json, .jsonl or .txt article file (the first byte picks which): a
//! clean error or articles whose extraction keeps the span invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let name = ["f.json", "f.jsonl", "f.txt"][usize::from(kind) % 3];
    let Ok(articles) = saywho_core::load::parse_articles(Path::new(name), text.to_string(), 1) else { return };
    for a in articles {
        let text = a.text.to_string();
        let doc = saywho_core::pipeline::extract(vec![a], &[]);
        if let Err(e) = saywho_core::invariants::extraction(&text, &doc) {
            panic!("{e}");
        }
    }
});
