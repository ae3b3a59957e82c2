//! Extraction throughput: a corpus built in memory from the sample (4,000 copies, about
//! 50 MB), one core for one article after another, then all cores over many articles.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use saywho::extract::heading::with_heading;
use saywho::model::Article;

fn corpus(copies: usize) -> Vec<Article> {
    (0..copies)
        .map(|i| {
            with_heading(Article::new(format!("a{i}"), format!("copy{i}.txt"), saywho::load::SAMPLE_TEXT.to_string()))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus(4000);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("one_core_4000_articles", |b| {
        b.iter(|| articles.iter().map(|a| saywho::extract::extract_article(a).found.len()).sum::<usize>())
    });
    g.bench_function("all_cores_4000_articles_grouped", |b| {
        b.iter_batched(
            || articles.clone(),
            |a| saywho::pipeline::extract(a, &[]).quotes.len(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();

    // English: the English sample (written for this project), dense with statements (one
    // every ~110 bytes), 40,000 copies (~36 MB)
    one_core(c, "extract_english", include_str!("../samples/en-harbour-strike.txt"), 40_000);
    // English at the density of wire copy (one every ~250–350 bytes; this text, written for
    // the benchmark: 15 in 3.1 KB), 12,000 copies (~37 MB)
    one_core(c, "extract_english_wire", include_str!("data/en-wire-density.txt"), 12_000);
}

/// Extraction of `copies` copies of `text`, one article after another on one core.
fn one_core(c: &mut Criterion, group: &str, text: &str, copies: usize) {
    let articles: Vec<Article> = (0..copies)
        .map(|i| with_heading(Article::new(format!("e{i}"), format!("e{i}.txt"), text.to_string())))
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group(group);
    g.sample_size(10).measurement_time(Duration::from_secs(10)).throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("one_core_{copies}_articles"), |b| {
        b.iter(|| articles.iter().map(|a| saywho::extract::extract_article(a).found.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
