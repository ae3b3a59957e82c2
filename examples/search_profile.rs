//! Profiles typing a query over a generated corpus (for perf): `search_profile [QUERY]`.
fn main() {
    let query = std::env::args().nth(1).unwrap_or_else(|| "الصين 'كازاخستان !الطاقة".into());
    let doc = saywho::extract::extract(saywho::testgen::articles(1, 5300), &saywho::testgen::speakers_file());
    let index = std::sync::Arc::new(saywho::search::Index::new(&doc));
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..20 {
        let mut s = saywho::search::Searcher::new(index.clone());
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            std::hint::black_box(s.run(&query[..end], None, 100));
            n += 1;
        }
    }
    println!("{} statements: {:.1} ms per keystroke", doc.quotes.len(), t.elapsed().as_secs_f64() * 1e3 / n as f64);
}
