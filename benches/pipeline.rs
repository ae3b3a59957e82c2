//! The whole of `saywho extract` over 10,000 generated articles (123 MB), phase by phase,
//! on one core and on two (rayon pools of 1 and 2 threads): read, map (extraction), reduce
//! (grouping), write (JSON lines); then the binary itself with RAYON_NUM_THREADS=1 and 2;
//! then `--format text` against `--format jsonl` at 100,000 statements.
//! `cargo bench --bench pipeline`; the numbers are medians of 3 runs.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn corpus(n: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-corpus-{n}"));
    if !dir.join(format!("{:05}.txt", n - 1)).exists() {
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..n {
            std::fs::write(dir.join(format!("{i:05}.txt")), saywho_core::testgen::article_text(1, i)).unwrap();
        }
        std::fs::write(
            dir.join("speakers.json"),
            serde_json::to_string(&saywho_core::testgen::speakers_file()).unwrap(),
        )
        .unwrap();
    }
    dir
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Seconds of each phase, in a pool of `threads`.
fn phases(dir: &Path, threads: usize) -> [f64; 4] {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
    pool.install(|| {
        let t = Instant::now();
        let mut loaded = saywho::load::load(&[dir.to_path_buf()], &Default::default()).unwrap();
        let read = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let listing = saywho::grouping::Listing::new(&loaded.speakers);
        use rayon::prelude::*;
        let mapped: Vec<saywho::pipeline::Mapped> =
            loaded.articles.par_iter_mut().map(|a| saywho::pipeline::map_article(a, &listing)).collect();
        let map = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let doc = saywho::pipeline::reduce(loaded.articles, &mapped);
        let reduce = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut out = std::io::BufWriter::new(std::io::sink());
        saywho::output::jsonl(&doc, &mut out).unwrap();
        let write = t.elapsed().as_secs_f64();
        [read, map, reduce, write]
    })
}

/// Wall seconds of the binary: `saywho extract DIR ARGS -o FILE`.
fn binary(dir: &Path, threads: usize, args: &[&str]) -> f64 {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pipeline-out");
    let t = Instant::now();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_saywho"))
        .arg("extract")
        .arg(dir)
        .args(args)
        .arg("-o")
        .arg(&out)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdin(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    t.elapsed().as_secs_f64()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = corpus(10_000);
    for threads in [1, 2] {
        let runs: Vec<[f64; 4]> = (0..3).map(|_| phases(&dir, threads)).collect();
        let m = |i: usize| median(runs.iter().map(|r| r[i]).collect());
        println!(
            "phases, {threads} thread(s): read {:.2} s, map {:.2} s, reduce {:.2} s, write jsonl {:.2} s",
            m(0),
            m(1),
            m(2),
            m(3)
        );
    }
    let one = median((0..3).map(|_| binary(&dir, 1, &["--format", "jsonl"])).collect());
    let two = median((0..3).map(|_| binary(&dir, 2, &["--format", "jsonl"])).collect());
    println!("saywho extract (10,000 articles, jsonl): 1 core {one:.2} s, 2 cores {two:.2} s, {:.2}x", one / two);

    // text against jsonl over a document of about 100,000 statements
    let doc =
        saywho::pipeline::extract(saywho_core::testgen::articles(2, 4000), &saywho_core::testgen::speakers_file());
    let time = |f: &dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()>| {
        median(
            (0..3)
                .map(|_| {
                    let t = Instant::now();
                    let mut out = std::io::BufWriter::new(std::io::sink());
                    f(&mut out).unwrap();
                    t.elapsed().as_secs_f64()
                })
                .collect(),
        )
    };
    let jsonl = time(&|out| saywho::output::jsonl(&doc, out));
    let text = time(&|out| saywho::output::text(&doc, out));
    let json = time(&|out| saywho::output::json(&doc, out));
    println!(
        "writing {} statements: jsonl {:.0} ms, text {:.0} ms ({:.2}x jsonl), json {:.0} ms",
        doc.quotes.len(),
        jsonl * 1e3,
        text * 1e3,
        text / jsonl,
        json * 1e3
    );
}
