//! Writes a synthetic corpus for benchmarks and tests:
//! `cargo run --release --example gen-corpus -- --articles 10000 --out DIR [--seed N]`.
//! Articles recombine the sample's paragraphs with varied speakers (see `saywho_core::testgen`);
//! a `speakers.json` with Latin display names is written beside them.

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut n, mut out, mut seed) = (1000usize, PathBuf::from("corpus"), 1u64);
    while let Some(a) = args.next() {
        let v = args.next().ok_or_else(|| anyhow::anyhow!("{a} needs a value"))?;
        match a.as_str() {
            "--articles" => n = v.parse()?,
            "--out" => out = v.into(),
            "--seed" => seed = v.parse()?,
            _ => anyhow::bail!("usage: gen-corpus --articles N --out DIR [--seed N]"),
        }
    }
    std::fs::create_dir_all(&out)?;
    let mut bytes = 0;
    for i in 0..n {
        let text = saywho_core::testgen::article_text(seed, i);
        bytes += text.len();
        std::fs::write(out.join(format!("{i:05}.txt")), text)?;
    }
    std::fs::write(out.join("speakers.json"), serde_json::to_string_pretty(&saywho_core::testgen::speakers_file())?)?;
    println!("{n} articles, {:.1} MB in {}", bytes as f64 / 1e6, out.display());
    Ok(())
}
