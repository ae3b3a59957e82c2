//! Arbitrary bytes as an article (lossily decoded, as a reader would see them): extraction
//! never panics and every statement slices the text exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use saywho_core::model::Article;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = saywho_core::pipeline::extract(vec![Article::new("a1".into(), "f.txt".into(), text.clone())], &[]);
    if let Err(e) = saywho_core::invariants::extraction(&text, &doc) {
        panic!("{e}");
    }
});
