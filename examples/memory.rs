//! Peak memory by phase when opening a folder: `memory DIR`.
fn rss() -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let get = |k: &str| {
        s.lines()
            .find(|l| l.starts_with(k))
            .map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse::<u64>().unwrap_or(0) / 1024)
            .unwrap_or(0)
    };
    format!("rss {} MB, peak {} MB", get("VmRSS:"), get("VmHWM:"))
}
fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "/tmp/gen10k".into());
    let t = std::time::Instant::now();
    let loaded = saywho::load::load(&[dir.into()], &Default::default())?;
    let bytes: usize = loaded.articles.iter().map(|a| a.text.len()).sum();
    println!("read {:.1} MB: {} ({:.2} s)", bytes as f64 / 1e6, rss(), t.elapsed().as_secs_f64());
    let doc = saywho::extract::extract(loaded.articles, &loaded.speakers);
    let text: usize = doc.quotes.iter().map(|q| q.text.len()).sum();
    println!(
        "extracted {} quotes ({:.1} MB of statement text, {} bytes a Quote): {} ({:.2} s)",
        doc.quotes.len(),
        text as f64 / 1e6,
        std::mem::size_of::<saywho::model::Quote>(),
        rss(),
        t.elapsed().as_secs_f64()
    );
    let index = saywho::search::Index::new(&doc);
    println!("indexed {}: {} ({:.2} s)", index.len(), rss(), t.elapsed().as_secs_f64());
    Ok(())
}
#[allow(dead_code)]
fn sizes() {}
