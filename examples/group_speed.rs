//! Times extraction with speaker grouping over N copies of the sample on all cores.
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(4000);
    let arts: Vec<_> = (0..n)
        .map(|i| saywho::model::Article::new(format!("a{i}"), format!("{i}.txt"), saywho::load::SAMPLE_TEXT.into()))
        .collect();
    let mb = (saywho::load::SAMPLE_TEXT.len() * n) as f64 / 1e6;
    let t = std::time::Instant::now();
    let doc = saywho::extract::extract(arts, &[]);
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} quotes, {} speakers, {mb:.1} MB in {s:.2} s = {:.0} MB/s",
        doc.quotes.len(),
        doc.speakers.len(),
        mb / s
    );
}
