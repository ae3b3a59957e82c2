//! Arbitrary bytes as a speakers file: a clean error, or entries that extraction of the
//! bundled sample accepts while keeping the span invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(entries) = saywho_core::load::parse_speakers(text) else { return };
    let l = saywho_core::load::sample();
    let article = l.articles[0].text.to_string();
    let doc = saywho_core::pipeline::extract(l.articles, &entries);
    if let Err(e) = saywho_core::invariants::extraction(&article, &doc) {
        panic!("{e}");
    }
});
