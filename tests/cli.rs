//! The command line as a user meets it: inputs of every kind, bad files, usage errors and
//! exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

fn saywho(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saywho")).args(args).output().expect("run saywho")
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const ARTICLE: &str = "عنوان الخبر\nوقال وزير الصحة ماجد حسن إن اللقاح آمن.\nوأضاف أن التوزيع يبدأ غدا.\n";

#[test]
fn json_and_jsonl_articles_load_with_their_metadata() {
    let d = tempdir("json");
    let one = serde_json::json!({"text": ARTICLE, "title": "Vaccine", "url": "https://example.org/x"});
    std::fs::write(d.join("one.json"), one.to_string()).unwrap();
    let line = serde_json::json!({"text": "قالت الوزيرة سلمى نور إن المدارس تفتح.", "date": "2024-01-01"});
    std::fs::write(d.join("many.jsonl"), format!("{line}\n\n{line}\n")).unwrap();
    let out = saywho(&["extract", "--format", "json", d.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 3);
    let titles: Vec<&Value> = doc["articles"].as_array().unwrap().iter().map(|a| &a["title"]).collect();
    assert!(titles.contains(&&Value::from("Vaccine")));
    let mut speakers: Vec<&str> =
        doc["speakers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    speakers.sort();
    assert_eq!(speakers, ["سلمى نور", "ماجد حسن"]);
    assert!(doc["quotes"].as_array().unwrap().iter().any(|q| q["path"].as_str().unwrap().ends_with("many.jsonl:3")));
}

#[test]
fn the_same_name_in_two_articles_is_one_speaker() {
    let d = tempdir("two");
    std::fs::write(d.join("a.txt"), "قال وزير الصحة ماجد حسن إن اللقاح آمن.\n").unwrap();
    std::fs::write(d.join("b.txt"), "وأكد حسن أن المستشفيات جاهزة.\n").unwrap();
    let out = saywho(&["speakers", d.to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "2  ماجد حسن");
}

#[test]
fn a_speakers_file_beside_the_articles_and_one_given_by_flag() {
    let d = tempdir("speakersfile");
    std::fs::write(d.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("speakers.json"), r#"[{"name": "Majed Hassan", "aliases": ["ماجد حسن"]}]"#).unwrap();
    let out = saywho(&["speakers", d.to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "2  Majed Hassan");
    let other = d.join("other.json.txt");
    std::fs::write(&other, r#"[{"name": "Dr Hassan", "aliases": ["ماجد حسن"]}]"#).unwrap();
    let out = saywho(&["speakers", "--speakers", other.to_str().unwrap(), d.join("a.txt").to_str().unwrap()]);
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "2  Dr Hassan");
}

#[test]
fn a_bad_file_in_a_folder_is_reported_and_the_rest_loads() {
    let d = tempdir("bad");
    std::fs::write(d.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("broken.json"), "{\"text\": \"x\",\n  oops}").unwrap();
    std::fs::write(d.join("latin1.txt"), b"caf\xe9 said\n").unwrap();
    std::fs::write(d.join(".hidden.txt"), "قال الوزير سامي إن هذا مخفي.").unwrap();
    let out = saywho(&["extract", "--format", "jsonl", d.to_str().unwrap()]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("broken.json:2:3:"), "{err}");
    assert!(err.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 3)"), "{err}");
    assert_eq!(err.lines().count(), 2, "one line per bad file: {err}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
}

#[test]
fn a_bad_file_named_on_the_command_line_fails_with_one_line() {
    let d = tempdir("badnamed");
    let f = d.join("broken.json");
    std::fs::write(&f, "[{\"text\": 5}]").unwrap();
    let out = saywho(&["extract", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("broken.json:1:"), "{err}");
    let out = saywho(&["extract", "/nonexistent/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/file.txt: cannot read"));
    let s = d.join("speakers.json");
    std::fs::write(&s, "[{\"name\": 1}]").unwrap();
    let out = saywho(&["extract", "--speakers", s.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("speakers.json:1:"), "{}", stderr(&out));
}

#[test]
fn symlink_loops_end() {
    let d = tempdir("loop");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/a.txt"), ARTICLE).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&d, d.join("sub/back")).unwrap();
    let out = saywho(&["speakers", d.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "2  ماجد حسن");
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(saywho(&["extract", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(saywho(&["--no-such-flag"]).status.code(), Some(2));
    for cmd in [vec!["--help"], vec!["extract", "--help"], vec!["speakers", "--help"]] {
        let out = saywho(&cmd);
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8(out.stdout).unwrap().contains("Usage"));
    }
}

#[test]
fn text_output_never_carries_escape_sequences_from_articles() {
    let d = tempdir("esc");
    std::fs::write(d.join("a.txt"), "قال الوزير سامي نادر إن \u{1b}[2J\u{1b}]52;c;aGk=\u{7}الخطة \u{202e}جاهزة.\n")
        .unwrap();
    let out = saywho(&["extract", "--format", "text", d.to_str().unwrap()]);
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("الخطة"));
    assert!(!s.chars().any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'), "{s:?}");
    let out = saywho(&["extract", "--format", "json", d.to_str().unwrap()]);
    let raw = String::from_utf8(out.stdout).unwrap();
    assert!(!raw.contains('\u{1b}'), "JSON escapes control characters");
    let doc: Value = serde_json::from_str(&raw).unwrap();
    assert!(doc["quotes"][0]["text"].as_str().unwrap().contains('\u{1b}'), "data keeps the original text");
}

/// A folder of `n` generated articles (about 25 statements each) with their speakers file.
fn generated(name: &str, n: usize) -> PathBuf {
    let d = tempdir(name);
    for i in 0..n {
        std::fs::write(d.join(format!("{i:05}.txt")), saywho_core::testgen::article_text(1, i)).unwrap();
    }
    std::fs::write(d.join("speakers.json"), serde_json::to_string(&saywho_core::testgen::speakers_file()).unwrap())
        .unwrap();
    d
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly_in_every_format() {
    // `saywho extract | head -1`: far more output than a pipe holds, so saywho is still
    // writing when the reader goes away
    use std::io::BufRead;
    let d = generated("pipe", 60);
    for format in ["json", "jsonl", "text"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_saywho"))
            .args(["extract", "--format", format, d.to_str().unwrap()])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{format}: a first line");
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{format}");
    }
    // and rows streamed from JSON-lines articles on standard input
    let mut child = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["extract", "-", "--input-format", "jsonl", "--format", "jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        for i in 0..200 {
            let line = serde_json::json!({"text": saywho_core::testgen::article_text(1, i)});
            // saywho may be gone before all is written: that is the point
            if writeln!(stdin, "{line}").is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":\"q1\""), "{first}");
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "streamed: {}", stderr(&out));
    assert_eq!(stderr(&out), "", "streamed");
}

#[test]
fn sigterm_sighup_or_sigint_during_output_leave_no_temporary_file() {
    use nix::sys::signal::{kill, Signal};
    use std::os::unix::process::ExitStatusExt;
    let d = tempdir("signal");
    // an article that is a FIFO nobody writes to: saywho has created its temporary output
    // file and waits there, mid-run, for as long as the test needs
    let fifo = d.join("article.txt");
    nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::S_IRWXU).unwrap();
    let out = d.join("out.json");
    let tmp = d.join(".out.json.saywho.tmp");
    std::fs::write(&tmp, "left by a crashed run").unwrap();
    for sig in [Signal::SIGTERM, Signal::SIGHUP, Signal::SIGINT] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_saywho"))
            .args(["extract", fifo.to_str().unwrap(), "--format", "json", "-o", out.to_str().unwrap()])
            .stdin(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // the stale file is replaced by this run's: wait (bounded) until it is
        let start = std::time::Instant::now();
        while std::fs::read(&tmp).map_or(true, |b| !b.is_empty()) {
            assert!(start.elapsed().as_secs() < 60, "no temporary file was started");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        kill(nix::unistd::Pid::from_raw(child.id() as i32), sig).unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.signal(), Some(sig as i32), "{sig}: ended by the signal");
        assert!(!tmp.exists(), "{sig}: the temporary file is removed");
        assert!(!out.exists(), "{sig}: no output");
        std::fs::write(&tmp, "left by a crashed run").unwrap();
    }
}
