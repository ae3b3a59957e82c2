//! The real binary in a pseudo-terminal: type a search, open compare and help, quit, and
//! check the screen at each step and that the terminal is handed back in its normal state.
//! Each wait polls the parsed screen for what a user would see; the deadline only bounds a
//! failure, it is not part of what is asserted.

#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

struct Screen {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let t = self.text();
            if pred(&t) {
                return t;
            }
            assert!(Instant::now() < deadline, "never saw {what}; screen:\n{t}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

struct Session {
    screen: Screen,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

fn start() -> Session {
    start_with(&[])
}

fn start_with(env: &[(&str, &str)]) -> Session {
    start_args(env, &[])
}

fn start_args(env: &[(&str, &str)], args: &[&str]) -> Session {
    let pty = native_pty_system();
    let pair = pty.openpty(PtySize { rows: 30, cols: 110, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_saywho"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let writer = pair.master.take_writer().unwrap();
    let screen =
        Screen { parser: Arc::new(Mutex::new(vt100::Parser::new(30, 110, 0))), raw: Arc::new(Mutex::new(Vec::new())) };
    let (p, r) = (screen.parser.clone(), screen.raw.clone());
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p.lock().unwrap().process(&buf[..n]);
            r.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    Session { screen, child, writer, master: pair.master }
}

fn wait_exit(child: &mut Box<dyn portable_pty::Child + Send + Sync>) -> portable_pty::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        assert!(Instant::now() < deadline, "saywho did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn terminal_is_normal(s: &Session) {
    // the last bytes saywho wrote may still be on their way through the pty after it exits
    let handed_back = |raw: &str| raw.contains("\u{1b}[?1049l") && raw.contains("\u{1b}[?25h");
    let deadline = Instant::now() + Duration::from_secs(20);
    let raw = loop {
        let raw = String::from_utf8_lossy(&s.screen.raw.lock().unwrap()).into_owned();
        if handed_back(&raw) || Instant::now() > deadline {
            break raw;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(raw.contains("\u{1b}[?1049l"), "alternate screen left");
    assert!(raw.contains("\u{1b}[?25h"), "cursor shown");
    if let Some(t) = s.master.get_termios() {
        use nix::sys::termios::LocalFlags;
        assert!(t.local_flags.contains(LocalFlags::ICANON | LocalFlags::ECHO), "raw mode off");
    }
}

#[test]
fn at_a_terminal_with_no_path_the_commands_read_the_bundled_sample() {
    // standard input is the terminal: there is nothing to read from it, so the sample
    let mut s = start_args(&[], &["speakers"]);
    assert!(wait_exit(&mut s.child).success());
    s.screen.wait_for("the sample's speakers", |t| t.contains("18  Xi Jinping") && t.contains("11  Kassym-Jomart"));
}

#[test]
fn sigterm_leaves_the_terminal_usable() {
    let mut s = start();
    s.screen.wait_for("the browse screen", |t| t.contains("Speakers (2)"));
    let pid = s.child.process_id().expect("pid") as i32;
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGTERM).unwrap();
    let status = wait_exit(&mut s.child);
    assert_eq!(status.exit_code(), 143, "{status:?}");
    terminal_is_normal(&s);
}

#[test]
fn ctrl_z_suspends_and_resume_redraws() {
    let mut s = start();
    s.screen.wait_for("the browse screen", |t| t.contains("Speakers (2)"));
    let before = s.screen.raw.lock().unwrap().len();
    s.writer.write_all(b"\x1a").unwrap();
    s.writer.flush().unwrap();
    // Without a job-control shell the stop signal is discarded by the kernel (an orphaned
    // process group), so saywho goes straight on: what is checked is that it handed the
    // terminal back (main screen, cursor, raw mode off) and then took it again and redrew.
    let pid = nix::unistd::Pid::from_raw(s.child.process_id().expect("pid") as i32);
    let handed_back_and_retaken = || {
        let raw = s.screen.raw.lock().unwrap();
        let after = String::from_utf8_lossy(&raw[before..]).into_owned();
        match (after.find("\u{1b}[?1049l"), after.rfind("\u{1b}[?1049h")) {
            (Some(l), Some(h)) => l < h && after[l..h].contains("\u{1b}[?25h"),
            _ => false,
        }
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while !handed_back_and_retaken() {
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGCONT);
        assert!(Instant::now() < deadline, "no suspend/resume sequence after Ctrl-Z");
        std::thread::sleep(Duration::from_millis(20));
    }
    s.screen.wait_for("the UI redrawn after resume", |t| {
        s.screen.parser.lock().unwrap().screen().alternate_screen() && t.contains("Speakers (2)")
    });
    s.writer.write_all(b"q").unwrap();
    s.writer.flush().unwrap();
    assert!(wait_exit(&mut s.child).success());
    terminal_is_normal(&s);
}

#[test]
fn search_compare_help_quit_in_a_real_terminal() {
    let Session { screen, mut child, mut writer, master } = start();
    let pair_master = master;
    let mut send = |s: &str| {
        writer.write_all(s.as_bytes()).unwrap();
        writer.flush().unwrap();
    };

    let t = screen.wait_for("the browse screen", |t| t.contains("Speakers (2)") && t.contains("29 statements"));
    assert!(t.contains("Xi Jinping") && t.contains("Kassym-Jomart Tokayev"));
    assert!(screen.parser.lock().unwrap().screen().alternate_screen());

    send("/");
    send("'الطاقة");
    let t = screen.wait_for("search results for the whole query", |t| t.contains("filter “'الطاقة”"));
    assert!(t.contains("Matches — all speakers"), "{t}");
    send("\r");
    screen.wait_for("the query kept after Enter", |t| t.contains("c compare") && t.contains("filter"));

    send("c");
    let t = screen.wait_for("compare", |t| t.contains("Compare Xi Jinping  ↔  Kassym-Jomart Tokayev"));
    assert!(t.contains("Tab column"));

    send("?");
    screen.wait_for("help", |t| t.contains("Keys — any key closes"));
    send("x");
    screen.wait_for("help closed", |t| !t.contains("Keys — any key closes") && t.contains("Compare"));

    send("q");
    let status = wait_exit(&mut child);
    assert!(status.success(), "{status:?}");
    // the terminal is handed back: main screen, cursor shown, mouse off, raw mode off
    screen.wait_for("the main screen back", |_| !screen.parser.lock().unwrap().screen().alternate_screen());
    let raw = String::from_utf8_lossy(&screen.raw.lock().unwrap()).into_owned();
    assert!(!screen.parser.lock().unwrap().screen().hide_cursor(), "cursor visible");
    assert!(raw.contains("\u{1b}[?1000l"), "mouse capture disabled");
    assert!(raw.contains("\u{1b}[8l") && raw.contains("\u{1b}[8h"), "VTE bidi mode set and restored");
    if let Some(t) = pair_master.get_termios() {
        use nix::sys::termios::LocalFlags;
        assert!(t.local_flags.contains(LocalFlags::ICANON | LocalFlags::ECHO), "raw mode off");
    }
}

#[test]
fn without_a_terminal_the_ui_exits_2_pointing_to_extract() {
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_saywho")).stdin(std::process::Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("saywho extract"));
}

#[test]
fn a_panic_while_drawing_restores_the_terminal_and_prints_once() {
    // debug builds panic on the first frame after a key when this is set
    let mut s = start_with(&[("SAYWHO_DEBUG_PANIC_AFTER_KEY", "1")]);
    s.screen.wait_for("the browse screen", |t| t.contains("Speakers (2)"));
    s.writer.write_all(b"j").unwrap();
    s.writer.flush().unwrap();
    let status = wait_exit(&mut s.child);
    assert_eq!(status.exit_code(), 101, "a panic exits 101: {status:?}");
    let message = "injected panic while drawing";
    // on the main screen, where the user can read it (the pty may still be delivering it)
    s.screen.wait_for("the message on the main screen", |t| t.contains(message));
    terminal_is_normal(&s);
    let raw = String::from_utf8_lossy(&s.screen.raw.lock().unwrap()).into_owned();
    assert_eq!(raw.matches(message).count(), 1, "message printed once:\n{raw}");
    let shown = raw.find(message).unwrap();
    assert!(raw[..shown].contains("\u{1b}[?1049l"), "message printed after leaving the alternate screen");
}

/// Bytes typed into the pseudo-terminal that saywho has not read yet. The kernel keeps at
/// most 4 KB of unread input and drops the rest, so a test typing faster than any person must
/// wait for saywho to read what it has.
fn unread_input(slave: &std::fs::File) -> i32 {
    use std::os::fd::AsRawFd;
    let mut n: nix::libc::c_int = 0;
    // SAFETY: FIONREAD writes one c_int through the pointer, which outlives the call
    let rc = unsafe { nix::libc::ioctl(slave.as_raw_fd(), nix::libc::FIONREAD, &mut n) };
    assert_eq!(rc, 0, "FIONREAD on the terminal");
    n
}

#[test]
fn five_thousand_random_keys_and_resizes_leave_it_responsive() {
    let mut s = start();
    s.screen.wait_for("the browse screen", |t| t.contains("Speakers (2)"));
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(s.master.tty_name().expect("the terminal's name"))
        .expect("open the terminal to watch its input queue");
    // every key but the ones that leave (q, Ctrl-C) or suspend (Ctrl-Z); Esc only inside
    // complete sequences, since a lone ESC byte followed by another key reads as Alt+key
    let keys: &[&str] = &[
        "j", "k", "g", "G", "\t", "\x1b[Z", "\r", "/", "ا", "ل", "x", "'", "@", "!", " ", "\x7f", "n", "N", "c", "a",
        "s", "t", "y", "b", "?", "\x1b[A", "\x1b[B", "\x1b[5~", "\x1b[6~", "\x1b[H", "\x1b[F", "\x04", "\x15", "\x17",
        "1", "z",
    ];
    let mut seed: u64 = 0x5eed_5a1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..5000 {
        // saywho must keep reading: the bound only ends a failing run
        let deadline = Instant::now() + Duration::from_secs(120);
        while unread_input(&slave) > 256 {
            assert!(Instant::now() < deadline, "saywho stopped reading keys after {i}; screen:\n{}", s.screen.text());
            std::thread::sleep(Duration::from_millis(2));
        }
        let k = keys[(next() % keys.len() as u64) as usize];
        s.writer.write_all(k.as_bytes()).unwrap();
        s.writer.flush().unwrap();
        if i % 500 == 499 {
            let (rows, cols) = [(24, 80), (40, 140), (12, 50), (30, 110)][(i / 500) % 4];
            s.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
            s.screen.parser.lock().unwrap().set_size(rows, cols);
        }
    }
    assert!(s.child.try_wait().unwrap().is_none(), "still running after 5,000 keys");
    // still answering: Enter ends a query being typed or closes what is open; then q quits
    s.writer.write_all(b"\rq").unwrap();
    s.writer.flush().unwrap();
    let status = wait_exit(&mut s.child);
    assert!(status.success(), "{status:?}");
    let raw = String::from_utf8_lossy(&s.screen.raw.lock().unwrap()).into_owned();
    assert!(!raw.contains("panicked"), "a thread panicked");
    terminal_is_normal(&s);
}

/// The raw bytes saywho has written so far.
fn raw(s: &Screen) -> String {
    String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned()
}

#[test]
fn bidi_mode_is_set_before_any_row_and_switched_with_b_and_ctrl_l_redraws_all() {
    let Session { screen, mut child, mut writer, master } = start();
    let mut send = |s: &str| {
        writer.write_all(s.as_bytes()).unwrap();
        writer.flush().unwrap();
    };
    screen.wait_for("the browse screen", |t| t.contains("Speakers (2)") && t.contains("29 statements"));
    let r = raw(&screen);
    let explicit = r.find("\u{1b}[8l").expect("explicit mode set");
    let clear = explicit + r[explicit..].find("\u{1b}[2J").expect("a full clear after the mode");
    // VTE applies the mode only to lines drawn after it: no text before the mode and the clear
    let first_text = r.find("saywho").or_else(|| r.find("Speakers")).unwrap();
    assert!(clear < first_text, "mode and clear come before the first row is drawn");

    let before_b = raw(&screen).len();
    send("b");
    screen.wait_for("the terminal mode", |t| t.contains("Arabic display: terminal"));
    let after_b = raw(&screen)[before_b..].to_string();
    let implicit = after_b.find("\u{1b}[8h").expect("b sends implicit mode for terminal mode");
    let cleared = implicit + after_b[implicit..].find("\u{1b}[2J").expect("and clears the screen");
    assert!(after_b[cleared..].contains("Speakers (2)"), "every row redrawn after the switch");

    // Ctrl-L: a full clear, then the whole screen again (rows that had not changed included)
    let before_l = raw(&screen).len();
    send("\u{0c}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let after = raw(&screen)[before_l..].to_string();
        if let Some(c) = after.find("\u{1b}[2J") {
            if after[c..].contains("Speakers (2)") && after[c..].contains("Xi Jinping") {
                break;
            }
        }
        assert!(Instant::now() < deadline, "Ctrl-L never redrew the screen: {after:?}");
        std::thread::sleep(Duration::from_millis(20));
    }

    send("b"); // back towards app mode is two presses away; quit from terminal mode
    send("q");
    assert!(wait_exit(&mut child).success());
    let s = Session { screen, child, writer: Box::new(std::io::sink()), master };
    terminal_is_normal(&s);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !raw(&s.screen).ends_with("\u{1b}[8h") {
        assert!(Instant::now() < deadline, "implicit mode not restored last at exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_bracketed_paste_of_an_arabic_phrase_becomes_the_whole_query() {
    let Session { screen, mut child, mut writer, .. } = start();
    let mut send = |s: &str| {
        writer.write_all(s.as_bytes()).unwrap();
        writer.flush().unwrap();
    };
    screen.wait_for("the browse screen", |t| t.contains("Speakers (2)"));
    send("/");
    // 40 characters, with a newline the paste must not turn into Enter
    let phrase = "قال الرئيس إن التعاون في مجال الطاقة مهم";
    assert_eq!(phrase.chars().count(), 40);
    send(&format!("\u{1b}[200~{phrase}\n\u{1b}[201~"));
    screen.wait_for("the whole phrase as the query", |t| t.contains(&format!("filter “{phrase}”")));
    send("\u{3}"); // Ctrl-C quits from the query line too
    assert!(wait_exit(&mut child).success());
}
