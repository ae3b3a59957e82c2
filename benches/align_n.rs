//! Row alignment of 2, 3 and 4 speakers with 1,000 statements each (generated corpus):
//! similarities through the inverted index, then the assignment (exact for two, coordinate
//! ascent for three and four). Target: 1,000 × 1,000 in < 100 ms.

use std::time::Instant;

fn main() {
    let doc = saywho::pipeline::extract(saywho_core::testgen::articles(5, 200), &saywho_core::testgen::speakers_file());
    let t = Instant::now();
    let v = saywho::termweights::vectors(&doc);
    let t_vec = t.elapsed().as_secs_f64() * 1e3;
    println!("weighted vectors for {} statements: {t_vec:.1} ms", doc.quotes.len());
    for k in [2usize, 3, 4] {
        let speakers: Vec<Vec<usize>> = (0..k).map(|s| (s..doc.quotes.len()).step_by(k).take(1000).collect()).collect();
        let t = Instant::now();
        let sims = saywho::align_n::Similarities::from_vectors(&v, &speakers, saywho::termweights::MIN_SIMILARITY);
        let t_sims = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let _ = saywho::align_n::align_similarities(&sims, &speakers);
        println!(
            "  ({k} speakers: similarities {t_sims:.1} ms, rows from them {:.1} ms)",
            t.elapsed().as_secs_f64() * 1e3
        );
        let mut times = Vec::new();
        let mut rows = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let al = saywho::align_n::align_rows(&v, &speakers, saywho::termweights::MIN_SIMILARITY).unwrap();
            times.push(t.elapsed().as_secs_f64() * 1e3);
            rows = al.rows.len();
        }
        times.sort_by(|x, y| x.total_cmp(y));
        let sizes: Vec<String> = speakers.iter().map(|s| s.len().to_string()).collect();
        println!(
            "align_rows: {} statements, {rows} rows, median {:.1} ms, max {:.1} ms",
            sizes.join(" × "),
            times[2],
            times[4]
        );
    }
}
