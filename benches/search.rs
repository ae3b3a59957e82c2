//! Keystroke latency: queries typed character by character over 100,000 statements, each
//! keystroke a search as the UI worker runs it (narrowing from the previous keystroke,
//! ranking the best 500). Prints one line per query set.
//!
//! Then the one-shot CLI: `saywho search Q --index FILE --limit 50` over the same statements
//! saved as JSON lines, run as a process, against `fzf --filter Q` over their texts one per
//! line when fzf is installed. Median of 5 runs each.

use std::sync::Arc;
use std::time::Instant;

use saywho::search::{Index, Searcher};
use saywho::ui::worker::RANKED_LIMIT;

fn main() {
    let target = 100_000;
    let t = Instant::now();
    // about 29 statements an article
    let mut count = target / 25;
    let doc = loop {
        let doc =
            saywho::pipeline::extract(saywho_core::testgen::articles(1, count), &saywho_core::testgen::speakers_file());
        if doc.quotes.len() >= target {
            break doc;
        }
        count = count * target / doc.quotes.len().max(1) + 10;
    };
    let bytes: usize = doc.quotes.iter().map(|q| q.text.len()).sum();
    let t_index = Instant::now();
    let index = Arc::new(Index::new(&doc));
    eprintln!(
        "corpus: {} articles, {} statements, {:.1} MB of statement text, {} speakers; built in {:.1} s, index {:.2} s",
        count,
        doc.quotes.len(),
        bytes as f64 / 1e6,
        doc.speakers.len(),
        t.elapsed().as_secs_f64(),
        t_index.elapsed().as_secs_f64()
    );
    let sets: &[(&str, &[&str])] = &[
        ("single characters", &["ا", "ن", "ص", "ك", "e", "م"]),
        ("arabic words", &["الطاقة الجديدة", "مجتمع مصير مشترك", "التعاون الاقتصادي والتجاري", "طريق النقل الدولي"]),
        ("latin", &["ahmad", "nassar", "2025", "sami haddad"]),
        ("@speaker filters", &["@ahmad", "@سامي الطاقة", "@layla 'التعاون", "@nassar كازاخستان"]),
        (
            "multi-term",
            &["الصين 'كازاخستان !الطاقة", "التعاون الصين مستعد", "'بلاده تقدر دعم", "شراكة استراتيجية شاملة"],
        ),
    ];
    let mut all = Vec::new();
    let mut slowest: Vec<(f64, String)> = Vec::new();
    for (name, queries) in sets {
        let mut times = Vec::new();
        for q in *queries {
            let mut s = Searcher::new(index.clone());
            for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let t = Instant::now();
                let r = s.run(&q[..end], None, RANKED_LIMIT);
                std::hint::black_box(&r);
                let ms = t.elapsed().as_secs_f64() * 1e3;
                times.push(ms);
                slowest.push((ms, q[..end].to_string()));
            }
        }
        all.extend_from_slice(&times);
        report(name, doc.quotes.len(), &mut times);
    }
    report("all keystrokes", doc.quotes.len(), &mut all);
    slowest.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let worst: Vec<String> = slowest.iter().take(5).map(|(ms, q)| format!("{q:?} {ms:.1} ms")).collect();
    eprintln!("slowest keystrokes: {}", worst.join(", "));
    one_shot(&doc);
}

/// Times `saywho search --index` as a user runs it, and fzf on the same texts.
fn one_shot(doc: &saywho::model::Document) {
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("saywho-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (index, texts) = (dir.join("ix.jsonl"), dir.join("texts.txt"));
    let mut saved = Vec::new();
    saywho::output::jsonl(doc, &mut saved).unwrap();
    std::fs::write(&index, &saved).unwrap();
    let lines: Vec<String> = doc.quotes.iter().map(|q| q.text.replace(['\n', '\r'], " ")).collect();
    std::fs::write(&texts, lines.join("\n") + "\n").unwrap();
    let median = |mut run: Box<dyn FnMut()>| {
        let mut ms: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                run();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
        ms[2]
    };
    let has_fzf = Command::new("fzf").arg("--version").stdout(Stdio::null()).status().is_ok_and(|s| s.success());
    for q in ["ahmad", "كازاخستان", "الطاقة الجديدة", "تعاون اقتصادي", "@nassar 'التعاون"]
    {
        let index = index.clone();
        let ours = median(Box::new(move || {
            let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
                .args(["search", q, "--index"])
                .arg(&index)
                .args(["--limit", "50"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }));
        let fzf = has_fzf.then(|| {
            let texts = texts.clone();
            median(Box::new(move || {
                let input = std::fs::File::open(&texts).unwrap();
                Command::new("fzf").args(["--filter", q]).stdin(input).stdout(Stdio::null()).status().unwrap();
            }))
        });
        let vs = fzf.map_or("fzf not installed".to_string(), |f| format!("fzf --filter {f:.0} ms, {:.1}x", f / ours));
        println!(
            "one-shot: {} statements ({:.0} MB saved), {q:?}: saywho search --index {ours:.0} ms; {vs}",
            doc.quotes.len(),
            saved.len() as f64 / 1e6
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn report(name: &str, n: usize, times: &mut [f64]) {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "keystrokes: {n} statements, median {:.1} ms, p99 {:.1} ms, max {:.1} ms  ({name}, {} keystrokes)",
        pct(0.5),
        pct(0.99),
        times[times.len() - 1],
        times.len()
    );
}
