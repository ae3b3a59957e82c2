//! Saved extractions: extract → save → load gives the same statements, in both forms, and
//! an index from another format version is refused with a clear message.

use std::process::Command;

fn saywho(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_saywho")).args(args).output().expect("run saywho")
}

fn fresh() -> saywho::model::Document {
    let loaded = saywho::load::sample();
    saywho::extract::extract(loaded.articles, &loaded.speakers)
}

fn dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-index-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn json_round_trip_gives_identical_statements_and_speakers() {
    let f = dir().join("ix.json");
    let out = saywho(&["extract", "--format", "json", "--output", f.to_str().unwrap()]);
    assert!(out.status.success());
    let back = saywho::index::read(&f, u64::MAX).unwrap();
    let doc = fresh();
    assert_eq!(back.quotes, doc.quotes);
    assert_eq!(back.speakers, doc.speakers);
    // no temporary file is left beside the output
    let leftovers: Vec<_> = std::fs::read_dir(f.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn jsonl_runs_concatenate_and_reload() {
    let f = dir().join("ix.jsonl");
    let one = saywho(&["extract", "--format", "jsonl"]).stdout;
    std::fs::write(&f, [one.clone(), one].concat()).unwrap();
    let back = saywho::index::read(&f, u64::MAX).unwrap();
    let doc = fresh();
    assert_eq!(back.quotes.len(), 58);
    let texts: Vec<&str> = back.quotes.iter().map(|q| &*q.text).collect();
    let want: Vec<&str> = doc.quotes.iter().chain(doc.quotes.iter()).map(|q| &*q.text).collect();
    assert_eq!(texts, want);
    // ids renumbered, speakers regrouped by name
    assert_eq!(back.quotes[29].id, "q30");
    let names: Vec<(&str, usize)> = back.speakers.iter().map(|s| (s.name.as_str(), s.quotes.len())).collect();
    assert_eq!(names, [("Xi Jinping", 36), ("Kassym-Jomart Tokayev", 22)]);
    let out = saywho(&["search", "@tokayev 'لوبان", "--index", f.to_str().unwrap(), "--format", "jsonl"]);
    let lines = String::from_utf8(out.stdout).unwrap();
    assert_eq!(lines.lines().count(), 2, "{lines}");
}

#[test]
fn an_index_of_another_format_version_is_refused() {
    let f = dir().join("old.json");
    std::fs::write(&f, r#"{"format": 0, "articles": [], "speakers": [], "quotes": []}"#).unwrap();
    let out = saywho(&["speakers", "--index", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("index format 0, this saywho reads format 1"), "{err}");
}

#[test]
fn search_cli_ranks_and_reports_match_positions() {
    let out = saywho(&["search", "'الطاقة الجديدة", "--format", "json", "--limit", "3"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = v["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 3);
    let first = &results[0];
    let text: Vec<char> = first["text"].as_str().unwrap().chars().collect();
    let hl: String =
        first["positions"].as_array().unwrap().iter().map(|p| text[p.as_u64().unwrap() as usize]).collect();
    assert!(hl.contains("الطاقة"), "{hl}");
    assert!(v["total"].as_u64().unwrap() >= results.len() as u64);
}
