//! The whole pipeline on the bundled Xinhua sample, through the real binary: the statement
//! count, who said what where, and spans that slice the article exactly.

use std::process::Command;

use serde_json::Value;

fn saywho(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run saywho")
}

fn extract_json(args: &[&str]) -> Value {
    let out = saywho(args);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

const SAMPLE: &str = "samples/xinhua-ar-2024-07-03-xi-tokayev.txt";
const SAMPLE_FILE: &str = "xinhua-ar-2024-07-03-xi-tokayev.txt";

#[test]
fn sample_yields_29_statements_by_xi_and_tokayev_in_the_right_paragraphs() {
    // the folder also holds the English sample; the Xinhua article's statements are these
    let doc = extract_json(&["extract", "--format", "json", "samples/"]);
    let quotes: Vec<&Value> = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["path"].as_str().unwrap().ends_with(SAMPLE_FILE))
        .collect();
    let paras = |name: &str| -> Vec<u64> {
        quotes.iter().filter(|q| q["speaker"] == name).map(|q| q["paragraph"].as_u64().unwrap()).collect()
    };
    let xi: Vec<u64> = [1].into_iter().chain(3..=7).chain(12..=23).collect();
    let tokayev: Vec<u64> = (8..=11).chain(24..=30).collect();
    assert_eq!(paras("Xi Jinping"), xi, "Xi's paragraphs");
    assert_eq!(paras("Kassym-Jomart Tokayev"), tokayev, "Tokayev's paragraphs");
    assert_eq!(quotes.len(), 29);
    for silent in [2, 31, 32] {
        assert!(quotes.iter().all(|q| q["paragraph"] != silent), "paragraph {silent} is narration");
    }
}

#[test]
fn sample_spans_slice_the_file_and_start_at_the_reported_content() {
    let bytes =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/xinhua-ar-2024-07-03-xi-tokayev.txt")).unwrap();
    let doc = extract_json(&["extract", "--format", "json", SAMPLE]);
    for q in doc["quotes"].as_array().unwrap() {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        let text = q["text"].as_str().unwrap();
        assert_eq!(std::str::from_utf8(&bytes[s..e]).unwrap(), text);
        for cue in ["قال", "وقال", "أضاف", "وأضاف", "شي", "توكاييف"] {
            assert!(!text.starts_with(&format!("{cue} ")), "text starts with the attribution: {text}");
        }
    }
    let q = &doc["quotes"][0];
    assert_eq!(q["text"].as_str().unwrap().split_whitespace().next(), Some("إنه"));
    assert!(q["text"].as_str().unwrap().ends_with("المنطقة والعالم"), "runs to the end of the statement");
    // paragraph 8 holds Tokayev's statement and the praise clause that follows it
    let p8 = doc["quotes"].as_array().unwrap().iter().find(|q| q["paragraph"] == 8).unwrap();
    assert!(p8["text"].as_str().unwrap().contains("مشيدا بالصين"));
    assert_eq!(doc["articles"][0]["dateline"], "أستانا 3 يوليو 2024 (شينخوا)");
}

#[test]
fn json_contract_fields_are_present() {
    let doc = extract_json(&["extract", "--format", "json", SAMPLE]);
    assert_eq!(doc["format"], 1);
    let a = &doc["articles"][0];
    for k in ["id", "path", "title", "dateline", "paragraphs"] {
        assert!(a.get(k).is_some(), "article field {k}");
    }
    let s = &doc["speakers"][0];
    for k in ["id", "name", "aliases", "quotes"] {
        assert!(s.get(k).is_some(), "speaker field {k}");
    }
    let q = &doc["quotes"][0];
    for k in [
        "id",
        "speaker",
        "speaker_id",
        "mention",
        "cue",
        "cue_en",
        "form",
        "attribution",
        "channel",
        "text",
        "article",
        "path",
        "paragraph",
        "start",
        "end",
    ] {
        assert!(q.get(k).is_some(), "quote field {k}");
    }
    assert_eq!(doc["speakers"][0]["name"], "Xi Jinping");
    assert_eq!(doc["speakers"][0]["quotes"].as_array().unwrap().len(), 18);
}

#[test]
fn jsonl_text_and_speakers_outputs_agree() {
    let out = saywho(&["extract", "--format", "jsonl", SAMPLE]);
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 29);
    let text = String::from_utf8(saywho(&["extract", "--format", "text", SAMPLE]).stdout).unwrap();
    assert!(text.starts_with("Xi Jinping (18 statements)"), "{text}");
    assert!(text.contains("Kassym-Jomart Tokayev (11 statements)"));
    let sp = String::from_utf8(saywho(&["speakers", SAMPLE]).stdout).unwrap();
    let rows: Vec<&str> = sp.lines().map(str::trim).collect();
    assert_eq!(rows, ["18  Xi Jinping", "11  Kassym-Jomart Tokayev"]);
}

#[test]
fn without_a_speakers_file_the_fullest_name_in_the_text_is_used() {
    let dir = tempdir("nospeakers");
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/xinhua-ar-2024-07-03-xi-tokayev.txt");
    std::fs::copy(src, dir.join("a.txt")).unwrap();
    let doc = extract_json(&["extract", "--format", "json", dir.to_str().unwrap()]);
    let names: Vec<&str> = doc["speakers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["شي جين بينغ", "قاسم جومارت توكاييف"]);
}

pub fn tempdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
