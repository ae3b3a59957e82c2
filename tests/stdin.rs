//! Standard input, as a job or an engine that pipes records through saywho uses it: a text
//! article, JSON-lines articles streamed to rows, an empty pipe; the sample never replaces
//! input that is not a terminal.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run saywho")
}

/// saywho with `input` on standard input.
fn piped(args: &[&str], input: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // written from a thread: saywho may answer before it has read everything
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn rows(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-stdin-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const ARTICLE: &str = "قال وزير الصحة ماجد حسن إن اللقاح آمن.\nوأضاف أن التوزيع يبدأ غدا.\n";

#[test]
fn a_text_article_on_standard_input_is_read_with_or_without_a_dash() {
    for args in [
        vec!["extract", "--format", "jsonl"],
        vec!["extract", "-", "--format", "jsonl"],
        vec!["extract", "--stdin", "--format", "jsonl"],
    ] {
        let rows = rows(&piped(&args, ARTICLE.as_bytes()));
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r["speaker"].as_str().unwrap(), r["text"].as_str().unwrap(), r["path"].as_str().unwrap()))
            .collect();
        assert_eq!(got, [("ماجد حسن", "اللقاح آمن", "-"), ("ماجد حسن", "التوزيع يبدأ غدا", "-")], "{args:?}");
    }
}

#[test]
fn an_empty_or_closed_standard_input_is_no_article_never_the_sample() {
    let empty = piped(&["extract", "--format", "json"], b"");
    assert!(empty.status.success());
    let doc: Value = serde_json::from_slice(&empty.stdout).unwrap();
    assert_eq!((doc["articles"].as_array().unwrap().len(), doc["quotes"].as_array().unwrap().len()), (0, 0));
    for format in ["jsonl", "text"] {
        let out = piped(&["extract", "-", "--input-format", "jsonl", "--format", format], b"");
        assert!(out.status.success(), "{format}");
        assert!(!String::from_utf8(out.stdout).unwrap().contains("Xi Jinping"), "{format}");
    }
    // a job with standard input closed (cron, CI): no path means no article
    let closed = Command::new(env!("CARGO_BIN_EXE_saywho")).args(["speakers"]).stdin(Stdio::null()).output().unwrap();
    assert!(closed.status.success());
    assert_eq!(String::from_utf8(closed.stdout).unwrap(), "");
}

/// Generated articles as JSON lines, each with an `id`.
fn archive(n: usize) -> String {
    (0..n)
        .map(|i| {
            let a = serde_json::json!({"id": format!("doc-{i}"), "text": saywho_core::testgen::article_text(5, i)});
            format!("{a}\n")
        })
        .collect()
}

#[test]
fn json_lines_articles_stream_to_rows_that_regroup_as_one_run() {
    let d = tempdir("stream");
    let lines = archive(40);
    let file = d.join("archive.jsonl");
    std::fs::write(&file, &lines).unwrap();
    let speakers = d.join("people.json");
    std::fs::write(&speakers, serde_json::to_string(&saywho_core::testgen::speakers_file()).unwrap()).unwrap();
    let sp = speakers.to_str().unwrap();
    // one run over the archive as a file
    let one = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["extract", file.to_str().unwrap(), "--speakers", sp, "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(one.status.success(), "{}", String::from_utf8_lossy(&one.stderr));
    // the same archive piped through in three parts, as an engine's partitions would be
    let all: Vec<&str> = lines.lines().collect();
    let mut parts = Vec::new();
    for (k, chunk) in all.chunks(14).enumerate() {
        let out = piped(
            &["extract", "-", "--input-format", "jsonl", "--format", "jsonl", "--speakers", sp],
            format!("{}\n", chunk.join("\n")).as_bytes(),
        );
        let streamed = rows(&out);
        assert!(!streamed.is_empty());
        // rows in input order, each article grouped on its own
        let paths: Vec<&str> = streamed.iter().map(|r| r["path"].as_str().unwrap()).collect();
        let mut sorted = paths.clone();
        sorted.sort_by_key(|p| p[4..].parse::<usize>().unwrap());
        assert_eq!(paths, sorted);
        assert!(streamed.iter().all(|r| r["speaker_id"].as_str().unwrap().starts_with(r["article"].as_str().unwrap())));
        let f = d.join(format!("part{k}.jsonl"));
        std::fs::write(&f, &out.stdout).unwrap();
        parts.push(f);
    }
    let mut args = vec!["merge".to_string()];
    args.extend(parts.iter().map(|p| p.to_str().unwrap().to_string()));
    let merged = Command::new(env!("CARGO_BIN_EXE_saywho")).args(&args).output().unwrap();
    assert!(merged.status.success(), "{}", String::from_utf8_lossy(&merged.stderr));
    assert_eq!(String::from_utf8(merged.stdout).unwrap(), String::from_utf8(one.stdout).unwrap());
}

#[test]
fn rows_come_out_while_the_input_is_still_open() {
    let mut child = spawn(&["extract", "-", "--input-format", "jsonl", "--format", "jsonl"]);
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    // lines of output as they come, read on a thread so the test can bound its wait
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let one = serde_json::json!({"id": "first", "text": ARTICLE}).to_string();
    writeln!(stdin, "{one}").unwrap();
    stdin.flush().unwrap();
    // the first article's rows arrive with the input still open (a bound, not a timing)
    let row = rx.recv_timeout(Duration::from_secs(60)).expect("no row before the input ended");
    assert!(row.contains("\"path\":\"first\""), "{row}");
    let two = serde_json::json!({"id": "second", "text": ARTICLE}).to_string();
    writeln!(stdin, "{two}").unwrap();
    drop(stdin);
    let rest: Vec<String> = rx.iter().collect();
    assert_eq!(rest.len(), 3, "{rest:?}");
    assert!(rest[1].contains("\"path\":\"second\"") && rest[1].contains("\"id\":\"q3\""), "{rest:?}");
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_bad_line_on_standard_input_is_named_by_its_line_and_column() {
    let input = format!("{}\n{{\"text\": 5}}\n", serde_json::json!({"text": ARTICLE}));
    for format in ["jsonl", "json"] {
        let out = piped(&["extract", "-", "--input-format", "jsonl", "--format", format], input.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{format}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("-:2:10: invalid type: integer `5`"), "{format}: {err}");
        assert_eq!(err.lines().count(), 1);
    }
}
