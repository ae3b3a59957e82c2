//! Extraction as a map over articles and a reduce over statements: the same input gives the
//! same bytes on every run and any number of threads, and a corpus extracted in parts and
//! merged gives what one run over all of it gives — speakers, ids and text.

use std::path::PathBuf;
use std::process::{Command, Output};

fn saywho(args: &[&str], threads: usize) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run saywho");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-shards-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A speakers file as users write them for the generated people: the full name, and for
/// every other person the surname too. 25 people share each surname, so the surname aliases
/// collide on purpose (before grouping was a pure reduce, which entry named such a group
/// changed from run to run).
fn speakers_with_surnames() -> String {
    let entries: Vec<serde_json::Value> = (0..saywho_core::testgen::PEOPLE)
        .map(|i| {
            let (full, surname, latin) = saywho_core::testgen::person(i);
            let aliases = if i % 2 == 0 { vec![full, surname] } else { vec![full] };
            serde_json::json!({"name": latin, "aliases": aliases})
        })
        .collect();
    serde_json::to_string(&entries).unwrap()
}

/// `n` generated articles in a folder, with `speakers` as its speakers.json if given.
fn corpus(name: &str, n: usize, speakers: Option<&str>) -> (PathBuf, Vec<PathBuf>) {
    let d = tempdir(name);
    let files: Vec<PathBuf> = (0..n).map(|i| d.join(format!("{i:05}.txt"))).collect();
    for (i, f) in files.iter().enumerate() {
        std::fs::write(f, saywho_core::testgen::article_text(7, i)).unwrap();
    }
    if let Some(s) = speakers {
        std::fs::write(d.join("speakers.json"), s).unwrap();
    }
    (d, files)
}

fn strs(paths: &[PathBuf]) -> Vec<&str> {
    paths.iter().map(|p| p.to_str().unwrap()).collect()
}

#[test]
fn the_same_corpus_gives_the_same_bytes_on_every_run_and_thread_count() {
    let surnames = speakers_with_surnames();
    let generated = serde_json::to_string(&saywho_core::testgen::speakers_file()).unwrap();
    for (name, speakers) in [("none", None), ("full-names", Some(&generated)), ("surnames", Some(&surnames))] {
        let (d, _) = corpus(&format!("det-{name}"), 100, speakers.map(String::as_str));
        let d = d.to_str().unwrap();
        // three runs: two on two threads, one on one
        let first = saywho(&["extract", d, "--format", "json"], 2).stdout;
        for threads in [2, 1] {
            let again = saywho(&["extract", d, "--format", "json"], threads).stdout;
            assert!(again == first, "{name}: {threads} threads gave other bytes");
        }
        let doc: serde_json::Value = serde_json::from_slice(&first).unwrap();
        assert!(doc["quotes"].as_array().unwrap().len() > 100 * 10, "{name}: the corpus has statements");
        if name == "surnames" {
            // entries sharing the surname alias stay apart: each speaker holds at most one entry
            let entries: Vec<serde_json::Value> = serde_json::from_str(&surnames).unwrap();
            let listed: std::collections::HashSet<&str> = entries.iter().map(|e| e["name"].as_str().unwrap()).collect();
            let mut shown = std::collections::HashSet::new();
            for s in doc["speakers"].as_array().unwrap() {
                let n = s["name"].as_str().unwrap();
                assert!(!listed.contains(n) || shown.insert(n), "{n} is two speakers");
                let aliases: Vec<&str> = s["aliases"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
                let other_entries = entries
                    .iter()
                    .filter(|e| e["name"] != n && aliases.contains(&e["aliases"][0].as_str().unwrap()))
                    .count();
                assert_eq!(other_entries, 0, "{n} took the full name of another entry: {aliases:?}");
            }
            assert!(shown.len() > 80, "entries are applied: {}", shown.len());
        }
    }
}

#[test]
fn a_corpus_extracted_in_shards_and_merged_is_the_one_run_extraction() {
    let (d, files) = corpus("shards", 90, Some(&speakers_with_surnames()));
    let one = saywho(&["extract", d.to_str().unwrap(), "--format", "jsonl"], 2).stdout;
    // outputs beside, not inside, the corpus folder (its .jsonl files would be articles)
    let outs = tempdir("shards-out");
    // three shards of interleaved files, as `parallel -N` or a cluster might cut them
    let mut shards: Vec<PathBuf> = Vec::new();
    for k in 0..3 {
        let part: Vec<PathBuf> = files.iter().skip(k).step_by(3).cloned().collect();
        let out = outs.join(format!("shard{k}.jsonl"));
        let mut args = vec!["extract", "--format", "jsonl", "-o", out.to_str().unwrap()];
        args.extend(strs(&part));
        saywho(&args, 1);
        shards.push(out);
    }
    let merged = outs.join("all.jsonl");
    let mut args = vec!["merge", "-o", merged.to_str().unwrap()];
    args.extend(strs(&shards).into_iter().rev());
    saywho(&args, 2);
    let merged = std::fs::read(&merged).unwrap();
    assert_eq!(String::from_utf8(merged).unwrap(), String::from_utf8(one.clone()).unwrap());
    // the same through --index, and as a whole document: speakers, ids, statements
    let json = |args: &[&str]| -> serde_json::Value { serde_json::from_slice(&saywho(args, 2).stdout).unwrap() };
    let whole = json(&["extract", d.to_str().unwrap(), "--format", "json"]);
    let mut args = vec!["extract", "--format", "json"];
    for s in &shards {
        args.extend(["--index", s.to_str().unwrap()]);
    }
    let indexed = json(&args);
    assert_eq!(indexed["speakers"], whole["speakers"]);
    assert_eq!(indexed["quotes"], whole["quotes"]);
    let ids = |doc: &serde_json::Value| -> Vec<String> {
        doc["articles"].as_array().unwrap().iter().map(|a| format!("{} {}", a["id"], a["path"])).collect()
    };
    assert_eq!(ids(&indexed), ids(&whole));
    // and a search over the shards finds what a search over the whole run finds
    let all = outs.join("one.jsonl");
    std::fs::write(&all, &one).unwrap();
    let mut args = vec!["search", "@nassar تعاون", "--format", "json"];
    for s in &shards {
        args.extend(["--index", s.to_str().unwrap()]);
    }
    let a = saywho(&args, 2).stdout;
    let b = saywho(&["search", "@nassar تعاون", "--format", "json", "--index", all.to_str().unwrap()], 2).stdout;
    assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
}

fn extract(texts: &[(&str, &str)], file: &[saywho::model::SpeakerEntry]) -> saywho::model::Document {
    let articles = texts
        .iter()
        .map(|(path, text)| saywho::model::Article::new(String::new(), path.to_string(), text.to_string()))
        .collect();
    saywho::pipeline::extract(articles, file)
}

#[test]
fn two_speakers_file_entries_sharing_a_surname_are_never_one_speaker() {
    let file: Vec<saywho::model::SpeakerEntry> = serde_json::from_str(
        r#"[{"name": "Ahmad Nassar", "aliases": ["أحمد نصار", "نصار"]},
            {"name": "Sami Nassar", "aliases": ["سامي نصار", "نصار"]}]"#,
    )
    .unwrap();
    let texts = [
        ("a.txt", "قال وزير الخارجية أحمد نصار إن المحادثات مثمرة.\nوأضاف نصار أن الجولة المقبلة في مايو."),
        ("b.txt", "قال وزير المالية سامي نصار إن الميزانية جاهزة."),
        ("c.txt", "وقال نصار إن الاتفاق قريب."),
    ];
    let doc = extract(&texts, &file);
    let who: Vec<(&str, &str)> = doc.quotes.iter().map(|q| (&*q.path, &*q.speaker)).collect();
    // the surname alone belongs to both entries: it is applied to neither
    assert_eq!(
        who,
        [("a.txt", "Ahmad Nassar"), ("a.txt", "Ahmad Nassar"), ("b.txt", "Sami Nassar"), ("c.txt", "نصار")]
    );
    assert_eq!(doc.speakers.len(), 3);
    // in any order of articles and entries, the same document
    let printed = |doc: &saywho::model::Document| {
        let mut out = Vec::new();
        saywho::output::json(doc, &mut out).unwrap();
        out
    };
    let want = printed(&doc);
    let mut rev_file = file.clone();
    rev_file.reverse();
    for order in [[2, 1, 0], [1, 2, 0], [0, 2, 1]] {
        let shuffled: Vec<(&str, &str)> = order.iter().map(|&i| texts[i]).collect();
        assert!(printed(&extract(&shuffled, &rev_file)) == want, "order {order:?}");
    }
}

#[test]
fn merging_is_the_same_whatever_the_order_and_repetition_of_its_inputs() {
    // a saved extraction merged with itself, or its rows in any order, is itself
    let (d, _) = corpus("rows", 20, None);
    let one = saywho(&["extract", d.to_str().unwrap(), "--format", "jsonl"], 2).stdout;
    let text = String::from_utf8(one.clone()).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    let shuffled = tempdir("rows-out").join("reversed.jsonl");
    std::fs::write(&shuffled, lines.join("\n")).unwrap();
    let again = shuffled.with_file_name("again.jsonl");
    std::fs::write(&again, &one).unwrap();
    let merged = saywho(&["merge", shuffled.to_str().unwrap(), again.to_str().unwrap()], 2).stdout;
    assert_eq!(String::from_utf8(merged).unwrap(), text);
}
