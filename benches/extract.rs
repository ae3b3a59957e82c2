//! Extraction throughput: a corpus built in memory from the sample (4,000 copies, about
//! 50 MB), one core for one article after another, then all cores over many articles.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use saywho::model::Article;

fn corpus(copies: usize) -> Vec<Article> {
    (0..copies)
        .map(|i| Article::new(format!("a{i}"), format!("copy{i}.txt"), saywho::load::SAMPLE_TEXT.to_string()))
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
            |a| saywho::extract::extract(a, &[]).quotes.len(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();

    // English: the English sample (written for this project), 40,000 copies (~36 MB)
    let en_text = include_str!("../samples/en-harbour-strike.txt");
    let english: Vec<Article> =
        (0..40_000).map(|i| Article::new(format!("e{i}"), format!("e{i}.txt"), en_text.to_string())).collect();
    let en_bytes: usize = english.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract_english");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).throughput(Throughput::Bytes(en_bytes as u64));
    g.bench_function("one_core_40000_articles", |b| {
        b.iter(|| english.iter().map(|a| saywho::extract::extract_article(a).found.len()).sum::<usize>())
    });
    g.finish();

    // English at the density of wire copy: the sample above has a statement every ~110
    // bytes, wire reports one every ~250–350 (this text, written for the benchmark: 13 in
    // 3.1 KB), 12,000 copies (~37 MB)
    let wire_text = include_str!("data/en-wire-density.txt");
    let wire: Vec<Article> =
        (0..12_000).map(|i| Article::new(format!("w{i}"), format!("w{i}.txt"), wire_text.to_string())).collect();
    let wire_bytes: usize = wire.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract_english_wire");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).throughput(Throughput::Bytes(wire_bytes as u64));
    g.bench_function("one_core_12000_articles", |b| {
        b.iter(|| wire.iter().map(|a| saywho::extract::extract_article(a).found.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
