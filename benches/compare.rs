//! Topic alignment of two speakers with 1,000 statements each (generated corpus): cosine
//! similarities, grouping, Hungarian assignment. TF-IDF vectors are built once per corpus
//! and timed separately.

use std::time::Instant;

fn main() {
    let doc = saywho::pipeline::extract(saywho_core::testgen::articles(5, 100), &saywho_core::testgen::speakers_file());
    let t = Instant::now();
    let v = saywho::compare::Vectors::new(&doc);
    let t_vec = t.elapsed().as_secs_f64() * 1e3;
    let a: Vec<usize> = (0..doc.quotes.len()).step_by(2).take(1000).collect();
    let b: Vec<usize> = (1..doc.quotes.len()).step_by(2).take(1000).collect();
    let mut times = Vec::new();
    let mut pairs = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let al = saywho::compare::align(&v, &a, &b, saywho::compare::MIN_SIMILARITY);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        pairs = al.pairs.len();
    }
    times.sort_by(|x, y| x.partial_cmp(y).unwrap());
    println!(
        "align: {} × {} statements, {pairs} pairs, median {:.1} ms, max {:.1} ms (TF-IDF vectors for {} statements: {t_vec:.1} ms)",
        a.len(),
        b.len(),
        times[2],
        times[4],
        doc.quotes.len()
    );

    // the topic list (`t` in the UI) over a season of reports
    for n in [10_000usize, 40_000] {
        let articles = saywho_core::testgen::articles(11, n / 25);
        let doc = saywho::pipeline::extract(articles, &saywho_core::testgen::speakers_file());
        let t = Instant::now();
        let v = saywho::compare::Vectors::new(&doc);
        let t_vec = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let topics = saywho::compare::topics(&v, &doc, saywho::compare::TOPIC_SIMILARITY);
        println!(
            "topics: {} statements, {} topics, {:.1} ms (after TF-IDF vectors: {t_vec:.1} ms)",
            doc.quotes.len(),
            topics.len(),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
