//! Saved extractions: extract → save → load gives the same statements, in both forms, and
//! an index from another format version is refused with a clear message.

use std::process::Command;

fn saywho(args: &[&str]) -> std::process::Output {
    // in the project folder, so that the sample's path reads as the bundled one's
    Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run saywho")
}

const SAMPLE: &str = saywho::load::SAMPLE_PATH;

fn fresh() -> saywho::model::Document {
    let loaded = saywho::load::sample();
    saywho::pipeline::extract(loaded.articles, &loaded.speakers)
}

fn dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-index-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn json_round_trip_gives_identical_statements_and_speakers() {
    let f = dir().join("ix.json");
    let out = saywho(&["extract", SAMPLE, "--format", "json", "--output", f.to_str().unwrap()]);
    assert!(out.status.success());
    let back = saywho::saved::read(&f, u64::MAX).unwrap();
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
fn jsonl_runs_concatenate_and_reload_as_one_run() {
    // two runs over different articles, the first given twice (a re-run, a retried shard)
    const XINHUA: &str = "samples/xinhua-ar-2024-07-03-xi-tokayev.txt";
    const ENGLISH: &str = "samples/en-harbour-strike.txt";
    let f = dir().join("ix.jsonl");
    let a = saywho(&["extract", "--format", "jsonl", XINHUA]).stdout;
    let b = saywho(&["extract", "--format", "jsonl", ENGLISH]).stdout;
    std::fs::write(&f, [a.clone(), b, a].concat()).unwrap();
    let back = saywho::saved::read(&f, u64::MAX).unwrap();
    // what one run over both articles gives: statements given twice are one, ids and
    // speakers as that run numbers and groups them (roles included)
    let paths: Vec<std::path::PathBuf> = [XINHUA, ENGLISH].iter().map(Into::into).collect();
    let loaded = saywho::load::load(&paths, &Default::default()).unwrap();
    let doc = saywho::pipeline::extract(loaded.articles, &loaded.speakers);
    assert_eq!(back.quotes, doc.quotes);
    assert_eq!(back.speakers, doc.speakers);
    assert_eq!(back.quotes.len(), 29 + doc.quotes.iter().filter(|q| &*q.path == ENGLISH).count());
    assert_eq!(back.quotes.last().unwrap().id, format!("q{}", back.quotes.len()));
    let names: Vec<(&str, usize)> = back.speakers.iter().take(2).map(|s| (s.name.as_str(), s.quotes.len())).collect();
    assert_eq!(names, [("Xi Jinping", 18), ("Kassym-Jomart Tokayev", 11)]);
    assert_eq!(back.speakers[0].roles, ["الرئيس الصيني"]);
    let out = saywho(&["search", "@tokayev 'لوبان", "--index", f.to_str().unwrap(), "--format", "jsonl"]);
    let lines = String::from_utf8(out.stdout).unwrap();
    assert_eq!(lines.lines().count(), 1, "{lines}");
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
    let out = saywho(&["search", "'الطاقة الجديدة", SAMPLE, "--format", "json", "--limit", "3"]);
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

/// Two runs of generated articles saved as JSON lines (the second run's articles share the
/// first's paths, as a re-run would), and the document they make when loaded.
fn saved_runs(name: &str) -> std::path::PathBuf {
    let mut bytes = Vec::new();
    for seed in [3, 4] {
        let doc =
            saywho::pipeline::extract(saywho_core::testgen::articles(seed, 40), &saywho_core::testgen::speakers_file());
        saywho::output::jsonl(&doc, &mut bytes).unwrap();
    }
    let f = dir().join(name);
    std::fs::write(&f, bytes).unwrap();
    f
}

/// The JSON a one-shot search prints.
fn printed(found: &saywho::oneshot::Answer) -> String {
    let mut out = Vec::new();
    saywho::output::search(found, saywho::output::Format::Json, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Queries of every kind over the generated corpus: Latin and Arabic names, speaker filters,
/// exact terms, exclusions, single characters, several terms, nothing matching.
const QUERIES: &[&str] = &[
    "ahmad",
    "al-omari",
    "كازاخستان",
    "الطاقة الجديدة",
    "@ahmad تعاون",
    "@خالد",
    "'الصين !كازاخستان",
    "!الصين",
    "ا",
    "x",
    "تعاون اقتصادي 'البلدين",
    "zzzq",
    "",
];

#[test]
fn one_shot_search_of_a_saved_index_equals_searching_the_loaded_document() {
    let f = saved_runs("runs.jsonl");
    let doc = saywho::saved::read(&f, u64::MAX).unwrap();
    let mut matched_some = 0;
    for q in QUERIES {
        let saved = saywho::oneshot::in_saved(std::slice::from_ref(&f), u64::MAX, q, 20).unwrap();
        let loaded = saywho::oneshot::in_document(&doc, q, 20);
        assert_eq!(printed(&saved), printed(&loaded), "query {q:?}");
        // and the one-shot index ranks as the full index the UI builds
        let full = saywho::search::Index::new(&doc);
        let parsed = saywho::search::Query::parse(q);
        let r = full.run(&parsed, q, None, None, 20);
        assert_eq!(saved.total, r.matched.len(), "query {q:?}");
        let order: Vec<usize> = r.hits.iter().map(|h| h.quote).collect();
        let ids: Vec<String> = order.iter().map(|&i| doc.quotes[i].id.clone()).collect();
        assert_eq!(saved.quotes.iter().map(|q| q.id.clone()).collect::<Vec<_>>(), ids, "query {q:?}");
        matched_some += usize::from(saved.total > 0);
    }
    assert!(matched_some >= 9, "the queries exercise matching, not only misses: {matched_some}");
}

#[test]
fn one_shot_search_reads_ascii_escaped_json_lines_as_written() {
    // what Python's json.dumps writes by default: every non-ASCII character as \uXXXX
    let f = saved_runs("plain.jsonl");
    let plain = std::fs::read_to_string(&f).unwrap();
    let mut escaped = String::new();
    for c in plain.chars() {
        if c.is_ascii() {
            escaped.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                escaped.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    let g = dir().join("escaped.jsonl");
    std::fs::write(&g, escaped).unwrap();
    for q in ["كازاخستان", "@خالد", "ahmad"] {
        let a = saywho::oneshot::in_saved(std::slice::from_ref(&f), u64::MAX, q, 10).unwrap();
        let b = saywho::oneshot::in_saved(std::slice::from_ref(&g), u64::MAX, q, 10).unwrap();
        assert!(a.total > 0, "query {q:?}");
        // the same statements; only the path of the file differs
        assert_eq!(printed(&a), printed(&b), "query {q:?}");
    }
}

#[test]
fn one_shot_search_names_the_line_of_a_broken_row() {
    let f = saved_runs("broken.jsonl");
    let text = std::fs::read_to_string(&f).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[6] = r#"{"speaker": "x", "text": 7}"#;
    std::fs::write(&f, lines.join("\n")).unwrap();
    let Err(e) = saywho::oneshot::in_saved(std::slice::from_ref(&f), u64::MAX, "ahmad", 10).map(|_| ()) else {
        panic!("a broken row loaded")
    };
    let msg = e.to_string();
    assert!(msg.contains("broken.jsonl:7:"), "{msg}");
}

#[test]
fn of_several_broken_rows_the_first_is_named() {
    // rows parse on all cores; the error must not depend on which core met a broken row first
    let f = saved_runs("two-broken.jsonl");
    let text = std::fs::read_to_string(&f).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    // the first broken row ends the first half, where a core splitting the rows in two
    // meets it last; the others open the second half
    let n = lines.len() / 2;
    lines[n - 1] = "1";
    for l in &mut lines[n..n + 20] {
        *l = ",";
    }
    std::fs::write(&f, lines.join("\n")).unwrap();
    let want = format!(":{n}:1: invalid type: integer `1`");
    for _ in 0..20 {
        let Err(loaded) = saywho::saved::read(&f, u64::MAX).map(|_| ()) else { panic!("a broken file loaded") };
        let Err(searched) = saywho::oneshot::in_saved(std::slice::from_ref(&f), u64::MAX, "x", 5).map(|_| ()) else {
            panic!("searched")
        };
        let (loaded, searched) = (loaded.to_string(), searched.to_string());
        assert!(loaded.contains(&want), "{loaded}");
        assert_eq!(loaded, searched);
    }
}
