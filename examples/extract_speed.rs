//! Times extraction of the sample (or a file: `extract_speed N FILE`) repeated N times on one core (a quick check; the
//! criterion benchmark in benches/extract.rs is the measurement of record).
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let text = match std::env::args().nth(2) {
        Some(path) => std::fs::read_to_string(path).expect("readable UTF-8 file"),
        None => saywho::load::SAMPLE_TEXT.to_string(),
    };
    let a = saywho::extract::heading::with_heading(saywho::model::Article::new("a".into(), "a.txt".into(), text));
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        total += saywho::extract::extract_article(&a).found.len();
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = (a.text.len() * n) as f64 / 1e6;
    println!("{total} statements, {mb:.1} MB in {secs:.2} s = {:.1} MB/s", mb / secs);
}
