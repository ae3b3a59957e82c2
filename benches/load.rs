//! Opening a folder of 10,000 generated articles as the UI does: read, extract on all
//! cores, group speakers, build the search index. Reports time, throughput and peak memory.

use std::path::PathBuf;
use std::time::Instant;

fn peak_mb() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

fn main() -> anyhow::Result<()> {
    let n = 10_000;
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-corpus-{n}"));
    if !dir.join(format!("{:05}.txt", n - 1)).exists() {
        std::fs::create_dir_all(&dir)?;
        for i in 0..n {
            std::fs::write(dir.join(format!("{i:05}.txt")), saywho_core::testgen::article_text(1, i))?;
        }
        std::fs::write(dir.join("speakers.json"), serde_json::to_string(&saywho_core::testgen::speakers_file())?)?;
    }
    let before = peak_mb();
    let t = Instant::now();
    let loaded = saywho::load::load(std::slice::from_ref(&dir), &Default::default())?;
    let bytes: usize = loaded.articles.iter().map(|a| a.text.len()).sum();
    let t_read = t.elapsed().as_secs_f64();
    let doc = saywho::pipeline::extract(loaded.articles, &loaded.speakers);
    let t_extract = t.elapsed().as_secs_f64();
    let index = saywho::search::Index::new(&doc);
    let total = t.elapsed().as_secs_f64();
    std::hint::black_box(&index);
    let peak = peak_mb();
    println!(
        "load: {n} articles, {:.1} MB, {} statements, {} speakers: read {:.2} s, extract {:.2} s, index {:.2} s, total {:.2} s ({:.0} MB/s); peak memory {} MB ({:.1}x the corpus; {} MB before loading)",
        bytes as f64 / 1e6,
        doc.quotes.len(),
        doc.speakers.len(),
        t_read,
        t_extract - t_read,
        total - t_extract,
        total,
        bytes as f64 / 1e6 / total,
        peak,
        peak as f64 / (bytes as f64 / 1048576.0),
        before
    );
    Ok(())
}
