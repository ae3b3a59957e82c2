//! Hostile input: escape sequences, controls, bidi overrides, odd encodings and line endings,
//! huge and many files, deep JSON. For each: what the user gets on the CLI (valid, escaped
//! JSON; clean text) and in the UI (only printable text reaches the screen buffer).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use saywho::ui::action::Action;
use saywho::ui::action::Effect;
use saywho::ui::theme::Theme;
use saywho::ui::{update_inline, App, BidiMode};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

fn saywho(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saywho")).args(args).output().expect("run saywho")
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("saywho-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn terminal_unsafe(c: char) -> bool {
    saywho::sanitize::is_unsafe(c)
}

/// Renders browse, the statement screen and compare into a buffer; every cell must be
/// printable.
fn ui_shows_only_printable_text(paths: &[&Path]) {
    let loaded = saywho::load::load(&paths.iter().map(|p| p.to_path_buf()).collect::<Vec<_>>(), &Default::default())
        .expect("loads");
    let doc = saywho::pipeline::extract(loaded.articles, &loaded.speakers);
    for mode in [BidiMode::App, BidiMode::Terminal, BidiMode::Off] {
        let mut app = App::new(doc.clone(), mode, Theme::mono(), Rect::new(0, 0, 100, 30));
        for step in [None, Some(Action::Open), Some(Action::Back), Some(Action::Compare)] {
            if let Some(a) = &step {
                update_inline(&mut app, a.clone());
            }
            let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
            t.draw(|f| f.render_widget(&app, f.area())).unwrap();
            let buf = t.backend().buffer();
            for y in 0..30 {
                for x in 0..100 {
                    let sym = buf[(x, y)].symbol();
                    assert!(!sym.chars().any(terminal_unsafe), "{sym:?} at {x},{y} ({mode:?}, {step:?})");
                }
            }
        }
    }
}

#[test]
fn escape_sequences_controls_and_overrides_never_reach_output_or_screen() {
    for name in [
        "ansi.txt",
        "osc52.txt",
        "osc0-title.txt",
        "dcs.txt",
        "c1-csi.txt",
        "nul.txt",
        "bidi-override.txt",
        "zwj.txt",
        "bom.txt",
    ] {
        let path = fixture(name);
        let text = saywho(&["extract", "--format", "text", &path]);
        assert!(text.status.success(), "{name}: {}", String::from_utf8_lossy(&text.stderr));
        let out = String::from_utf8(text.stdout).unwrap();
        assert!(!out.chars().any(|c| c != '\n' && terminal_unsafe(c)), "{name}: {out:?}");
        assert!(
            !out.contains("[31m") && !out.contains("52;c;") && !out.contains("pwned") && !out.contains("payload"),
            "{name}: residue of an escape sequence: {out:?}"
        );
        assert!(out.contains("سامي نادر") || out.contains("سا"), "{name}: the statement is still found: {out}");
        // JSON stays valid, escapes every control, and keeps the original bytes in `text`
        let json = saywho(&["extract", "--format", "json", &path]);
        let raw = String::from_utf8(json.stdout).unwrap();
        assert!(!raw.chars().any(|c| c.is_control() && c != '\n'), "{name}: raw control in JSON");
        let doc: serde_json::Value = serde_json::from_str(&raw).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        for q in doc["quotes"].as_array().unwrap() {
            let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
            assert_eq!(std::str::from_utf8(&bytes[s..e]).unwrap(), q["text"].as_str().unwrap(), "{name}");
        }
        ui_shows_only_printable_text(&[Path::new(&path)]);
    }
}

#[test]
fn crlf_and_cr_only_line_endings_give_the_same_paragraphs() {
    for name in ["crlf.txt", "cr-only.txt"] {
        let out = saywho(&["extract", "--format", "json", &fixture(name)]);
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["articles"][0]["paragraphs"], 3, "{name}");
        let paras: Vec<u64> =
            doc["quotes"].as_array().unwrap().iter().map(|q| q["paragraph"].as_u64().unwrap()).collect();
        assert_eq!(paras, [2, 3], "{name}");
        assert!(!doc["quotes"][0]["text"].as_str().unwrap().contains('\r'));
    }
}

#[test]
fn empty_and_whitespace_files_give_nothing_and_no_error() {
    for name in ["empty.txt", "whitespace.txt"] {
        let out = saywho(&["extract", "--format", "json", &fixture(name)]);
        assert!(out.status.success(), "{name}");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["quotes"].as_array().unwrap().len(), 0);
        ui_shows_only_printable_text(&[Path::new(&fixture(name))]);
    }
}

#[test]
fn invalid_utf8_is_reported_with_its_offset() {
    let out = saywho(&["extract", &fixture("invalid-utf8.txt")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid-utf8.txt: not valid UTF-8 (first bad byte at offset 43)"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn a_file_that_cannot_be_read_is_named_once_with_its_reason_once() {
    let missing = tempdir("missing").join("no-such-article.txt");
    for args in [vec!["extract", missing.to_str().unwrap()], vec!["search", "x", "--index", missing.to_str().unwrap()]]
    {
        let out = saywho(&args);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no-such-article.txt: cannot read: "), "{err}");
        assert_eq!(err.matches("os error").count(), 1, "the reason is given once: {err}");
        assert_eq!(err.lines().count(), 1);
    }
}

#[test]
fn deeply_nested_json_is_an_error_with_a_position_not_a_crash() {
    let out = saywho(&["extract", &fixture("deep.json")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("deep.json:1:"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_folder_of_hostile_files_loads_the_good_ones_and_reports_each_bad_one() {
    let d = tempdir("mixed");
    for f in std::fs::read_dir(FIXTURES).unwrap() {
        let p = f.unwrap().path();
        std::fs::copy(&p, d.join(p.file_name().unwrap())).unwrap();
    }
    let out = saywho(&["extract", "--format", "jsonl", d.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let warned: Vec<&str> = err.lines().collect();
    assert_eq!(warned.len(), 2, "{err}");
    assert!(err.contains("invalid-utf8.txt") && err.contains("deep.json"), "{err}");
    assert!(String::from_utf8(out.stdout).unwrap().lines().count() >= 10);
}

#[test]
fn a_huge_sparse_file_is_refused_by_size_without_being_read() {
    let d = tempdir("sparse");
    let f = d.join("huge.txt");
    std::fs::File::create(&f).unwrap().set_len(2 * 1024 * 1024 * 1024).unwrap();
    let out = saywho(&["extract", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2147483648 bytes is over the size limit of 268435456 bytes"), "{err}");
    assert!(err.contains("--max-file-size"), "{err}");
}

#[test]
fn a_single_huge_paragraph_extracts_and_the_ui_stays_bounded() {
    // 50 MB of one paragraph: one long reported statement
    let d = tempdir("bigpara");
    let f = d.join("big.txt");
    let unit = "وقال الوزير سامي نادر إن الخطة جاهزة، ";
    let mut text = String::with_capacity(50 * 1024 * 1024 + unit.len());
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(unit);
    }
    std::fs::write(&f, &text).unwrap();
    let loaded = saywho::load::load(std::slice::from_ref(&f), &Default::default()).unwrap();
    let doc = saywho::pipeline::extract(loaded.articles, &loaded.speakers);
    assert!(!doc.quotes.is_empty());
    // the UI draws it without wrapping megabytes: the detail and rows are bounded
    let mut app = App::new(doc, BidiMode::App, Theme::mono(), Rect::new(0, 0, 100, 30));
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|fr| fr.render_widget(&app, fr.area())).unwrap();
    update_inline(&mut app, Action::Search);
    for c in "خطة".chars() {
        update_inline(&mut app, Action::SearchInput(c));
    }
    t.draw(|fr| fr.render_widget(&app, fr.area())).unwrap();
    assert!(app.count_for(None) > 0);
}

#[test]
fn twenty_thousand_tiny_files_load() {
    let d = tempdir("many");
    for i in 0..20_000 {
        std::fs::write(d.join(format!("{i:05}.txt")), "قال الوزير سامي نادر إن الخطة جاهزة.\n").unwrap();
    }
    let out = saywho(&["speakers", d.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "20000  سامي نادر");
}

/// Runs saywho and waits for it at most `bound` (a bound on a hang, not a measurement):
/// `None` if it had not finished by then (it is killed).
fn saywho_within(args: &[&str], bound: std::time::Duration) -> Option<Output> {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run saywho");
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > bound {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Some(child.wait_with_output().unwrap())
}

#[test]
fn a_fifo_inside_a_folder_is_skipped_with_a_warning_instead_of_blocking() {
    let d = tempdir("fifo");
    std::fs::write(d.join("a.txt"), "قال الوزير سامي نادر إن الخطة جاهزة.\n").unwrap();
    nix::unistd::mkfifo(&d.join("pipe.txt"), nix::sys::stat::Mode::S_IRWXU).unwrap();
    let out = saywho_within(&["speakers", d.to_str().unwrap()], std::time::Duration::from_secs(60))
        .expect("saywho blocked on the FIFO");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "1  سامي نادر");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pipe.txt: not a regular file"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn an_endless_device_named_as_article_index_or_speakers_file_stops_at_the_size_limit() {
    for args in [
        vec!["extract", "/dev/zero"],
        vec!["extract", "--index", "/dev/zero"],
        vec!["search", "x", "--index", "/dev/zero"],
        vec!["extract", "--speakers", "/dev/zero", &fixture("ansi.txt")],
    ] {
        let mut args = args.clone();
        args.extend(["--max-file-size", "1000000"]);
        let out = saywho_within(&args, std::time::Duration::from_secs(60)).expect("saywho read /dev/zero forever");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("/dev/zero: more than the size limit of 1000000 bytes"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn a_folder_named_on_the_command_line_that_cannot_be_listed_is_an_error() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let d = tempdir("unlistable");
    let locked = d.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("a.txt"), "قال الوزير سامي نادر إن الخطة جاهزة.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_saywho"));
    cmd.args(["extract", locked.to_str().unwrap()]);
    // root reads any folder: run saywho as an unprivileged user then
    if std::fs::metadata(&d).unwrap().uid() == 0 {
        use std::os::unix::process::CommandExt;
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked: cannot read: Permission denied"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

const HOSTILE_INDEX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile-index");

/// What would act on a terminal, printed raw or left escaped in JSON, or what is left of
/// a sequence whose ESC alone was dropped.
fn drives_a_terminal(out: &str) -> Option<String> {
    if let Some(c) = out.chars().find(|&c| c != '\n' && terminal_unsafe(c)) {
        return Some(format!("raw {c:?}"));
    }
    ["\\u001b", "\\u0007", "\\u009b", "\\u202e", "]0;", "52;c;", "[2J", "31m", "pwned", "cHduZWQ"]
        .into_iter()
        .find(|r| out.contains(r))
        .map(|r| format!("residue {r:?}"))
}

#[test]
fn a_saved_index_with_escape_sequences_in_every_field_drives_no_terminal() {
    for name in ["evil.jsonl", "evil.json"] {
        let path = format!("{HOSTILE_INDEX}/{name}");
        let runs: [&[&str]; 9] = [
            &["extract", "--format", "text"],
            &["extract", "--format", "json"],
            &["extract", "--format", "jsonl"],
            &["merge", &path, "--format", "jsonl"],
            &["speakers"],
            &["speakers", "--format", "json"],
            &["search", "الخطة", "--format", "text"],
            &["search", "الخطة", "--format", "json"],
            &["search", "الخطة", "--format", "jsonl"],
        ];
        for args in runs {
            let mut args = args.to_vec();
            if args[0] != "merge" {
                args.extend(["--index", &path]);
            }
            let out = saywho(&args);
            assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
            let stdout = String::from_utf8(out.stdout).unwrap();
            assert!(stdout.contains("Sami Nader"), "{name} {args:?}: the data is still there: {stdout}");
            if let Some(bad) = drives_a_terminal(&stdout) {
                panic!("{name} {args:?}: {bad} in {stdout}");
            }
        }
        // the UI: every screen, and what a copy puts in the status line and on the clipboard
        let doc = saywho::saved::read(Path::new(&path), u64::MAX).unwrap();
        assert!(doc.quotes.iter().any(|q| q.text.contains("الخطة جاهزة\n")), "line breaks of a statement stay");
        for mode in [BidiMode::App, BidiMode::Off] {
            let mut app = App::new(doc.clone(), mode, Theme::mono(), Rect::new(0, 0, 100, 30));
            for step in [None, Some(Action::Open), Some(Action::Back), Some(Action::Compare), Some(Action::Compare)] {
                if let Some(a) = &step {
                    update_inline(&mut app, a.clone());
                }
                let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
                t.draw(|f| f.render_widget(&app, f.area())).unwrap();
                let screen: String = t.backend().buffer().content().iter().map(|c| c.symbol()).collect();
                if let Some(bad) = drives_a_terminal(&screen) {
                    panic!("{name} ({mode:?}, {step:?}): {bad} on screen");
                }
            }
            let effects = update_inline(&mut app, Action::Copy);
            let clipboard = effects.iter().find_map(|e| if let Effect::Copy(text) = e { Some(text) } else { None });
            let copied = format!("{:?} {:?}", app.status, clipboard);
            assert!(copied.contains("Sami Nader") && copied.contains("«إن "), "{copied}");
            if let Some(bad) = drives_a_terminal(&copied) {
                panic!("{name}: {bad} in the copy: {copied}");
            }
        }
    }
}
