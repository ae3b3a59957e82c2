//! The interactive terminal UI. `app` holds the state and its pure `update`, `keys` the one
//! key table, `render` draws, `display` prepares Arabic text for the screen; this module is
//! the only place with terminal I/O.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod display;
pub mod keys;
pub mod render;
pub mod theme;
pub mod worker;

use std::io::{self, Write};
use std::sync::{mpsc, Arc};
use std::time::Instant;

use anyhow::{Context, Result};
use crossterm::event::{self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

pub use app::App;
pub use display::BidiMode;

use crate::model::Document;
use crate::search::{Index, Results, Searcher};
use action::{Action, Effect};

/// ECMA-48 BDSM: explicit mode, so VTE-based terminals do not reorder what saywho already
/// put in visual order; and implicit mode back on exit.
const BIDI_EXPLICIT: &str = "\u{1b}[8l";
const BIDI_IMPLICIT: &str = "\u{1b}[8h";
/// ED 2: erase the whole screen, so every row is drawn again under the mode just set.
const CLEAR_ALL: &str = "\u{1b}[2J";

/// The terminal BiDi mode that goes with the app's: explicit when saywho reorders itself.
fn bidi_sequence(bidi: BidiMode) -> &'static str {
    if bidi == BidiMode::App {
        BIDI_EXPLICIT
    } else {
        BIDI_IMPLICIT
    }
}

fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, DisableBracketedPaste, LeaveAlternateScreen, cursor::Show);
    let _ = write!(out, "{BIDI_IMPLICIT}");
    let _ = out.flush();
    let _ = terminal::disable_raw_mode();
}

/// Puts the terminal in the state the UI draws in.
fn enter(bidi: BidiMode) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste, cursor::Hide)?;
    // the mode first, then a clear: VTE applies the mode only to lines drawn after it
    write!(out, "{}{CLEAR_ALL}", bidi_sequence(bidi))?;
    out.flush()
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT end saywho with the terminal restored. (In raw mode
/// Ctrl-C and Ctrl-Z arrive as keys, not signals; these come from elsewhere: `kill`, a
/// closed terminal window.)
#[cfg(unix)]
fn restore_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT]) {
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                restore();
                std::process::exit(128 + sig);
            }
        });
    }
}

/// Ctrl-Z: give the terminal back, stop until `fg`, then take it again.
#[cfg(unix)]
fn suspend(bidi: BidiMode) -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enter(bidi)
}

#[cfg(not(unix))]
fn suspend(_bidi: BidiMode) -> io::Result<()> {
    Ok(())
}

/// Restores the terminal when dropped, so an error return leaves it usable too.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// What the event loop waits for: terminal input, the loaded corpus, search results.
enum Msg {
    Term(event::Event),
    Loaded(Box<Result<Corpus>>),
    Results(Box<Results>),
    Topics(Box<worker::TopicsFound>),
}

/// A loaded corpus with its search index, built off the UI thread.
pub struct Corpus {
    pub doc: Document,
    pub index: Arc<Index>,
    pub warnings: Vec<String>,
}

impl Corpus {
    pub fn new(doc: Document, warnings: Vec<String>) -> Corpus {
        let index = Arc::new(Index::new(&doc));
        Corpus { doc, index, warnings }
    }
}

fn splash(f: &mut ratatui::Frame, started: Instant) {
    use ratatui::text::Line;
    use ratatui::widgets::Paragraph;
    let area = f.area();
    let y = area.height / 2;
    let lines = vec![
        Line::raw("saywho"),
        Line::raw(format!("reading and extracting articles… {:.1} s", started.elapsed().as_secs_f32())),
        Line::raw("q quits"),
    ];
    let r = Rect::new(0, y.saturating_sub(1), area.width, 3.min(area.height));
    f.render_widget(Paragraph::new(lines).centered(), r);
}

/// Runs the UI until the user quits. `load` reads and extracts the corpus on another thread
/// while the first frame is already on screen; searches run on a worker thread with the
/// latest query winning, so the UI thread never waits for them.
pub fn run(load: impl FnOnce() -> Result<Corpus> + Send + 'static, bidi: BidiMode) -> Result<()> {
    // a panic anywhere (rendering included) restores the terminal before the message prints
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    #[cfg(unix)]
    restore_on_signals();
    let _guard = Guard;
    enter(bidi).context("setting up the terminal")?;
    let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let started = Instant::now();
    term.draw(|f| splash(f, started))?;

    let (tx, rx) = mpsc::channel::<Msg>();
    let input = tx.clone();
    std::thread::spawn(move || {
        // a read can fail without the terminal being gone (a signal interrupting it during a
        // storm of resizes): keep reading, or the UI would stop answering keys
        loop {
            match event::read() {
                Ok(ev) => {
                    if input.send(Msg::Term(ev)).is_err() {
                        break;
                    }
                }
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(5)),
            }
        }
    });
    let loader = tx.clone();
    std::thread::spawn(move || {
        let _ = loader.send(Msg::Loaded(Box::new(load())));
    });

    // until the corpus is loaded: the splash, and q / Ctrl-C to give up
    let loaded = loop {
        match rx.recv().context("event channel closed")? {
            Msg::Loaded(r) => break (*r)?,
            Msg::Term(ev) => {
                if let Some(Action::Quit) = keys::action_for_event(&ev, false, false) {
                    return Ok(());
                }
                term.draw(|f| splash(f, started))?;
            }
            Msg::Results(_) | Msg::Topics(_) => {}
        }
    };

    let (w, h) = terminal::size().unwrap_or((80, 24));
    let theme = theme::Theme::detect(std::env::var("NO_COLOR").ok());
    let index = loaded.index.clone();
    let mut app = App::with_index(loaded.doc, index.clone(), bidi, theme, Rect::new(0, 0, w, h));
    if !loaded.warnings.is_empty() {
        app.status = Some(format!("skipped: {}", crate::sanitize::one_line(&loaded.warnings.join("; "))));
        app.warnings = loaded.warnings;
    }
    let (req_tx, req_rx) = mpsc::channel::<worker::SearchRequest>();
    let results = tx.clone();
    std::thread::spawn(move || {
        let mut searcher = Searcher::new(index);
        while let Ok(mut req) = req_rx.recv() {
            // latest query wins: skip requests the user has already typed past
            while let Ok(newer) = req_rx.try_recv() {
                req = newer;
            }
            let r = worker::run_search(&mut searcher, &req);
            if results.send(Msg::Results(Box::new(r))).is_err() {
                break;
            }
        }
    });
    let topics_tx = tx.clone();
    drop(tx);

    // Fault injection for the end-to-end test that a panic while drawing hands the terminal
    // back and prints its message once: debug builds only, never in a release binary.
    #[cfg(debug_assertions)]
    let inject_panic = std::env::var_os("SAYWHO_DEBUG_PANIC_AFTER_KEY").is_some();
    #[cfg(not(debug_assertions))]
    let inject_panic = false;
    let mut keyed = false;
    // text to put on the clipboard once the frame showing the copy is drawn
    let mut copied: Option<String> = None;
    loop {
        term.draw(|f| {
            if inject_panic && keyed {
                panic!("injected panic while drawing (SAYWHO_DEBUG_PANIC_AFTER_KEY)");
            }
            f.render_widget(&app, f.area())
        })?;
        if let Some(text) = copied.take() {
            let mut o = io::stdout();
            write!(o, "{}", clipboard::osc52(&text))?;
            o.flush()?;
        }
        // wait for something, then take everything already queued before drawing again
        let mut msg = Some(rx.recv().context("event channel closed")?);
        while let Some(m) = msg {
            let effects = match m {
                Msg::Term(ev) => {
                    keyed |= ev.is_key();
                    match keys::action_for_event(&ev, app.typing, app.help) {
                        Some(action) => app.update(action),
                        None => Vec::new(),
                    }
                }
                Msg::Results(r) => app.update(Action::SearchDone(r)),
                Msg::Topics(t) => app.update(Action::TopicsReady(t)),
                Msg::Loaded(_) => Vec::new(),
            };
            for effect in effects {
                match effect {
                    Effect::Search(req) => {
                        let _ = req_tx.send(req);
                    }
                    Effect::FindTopics => {
                        // seconds on a season of reports: off the UI thread, which keeps answering keys
                        let (doc, vectors, tx) = (app.doc.clone(), app.built_vectors(), topics_tx.clone());
                        std::thread::spawn(move || {
                            let _ = tx.send(Msg::Topics(Box::new(worker::find_topics(&doc, vectors))));
                        });
                    }
                    Effect::Copy(text) => copied = Some(text),
                    Effect::Quit => return Ok(()),
                    Effect::Redraw => {
                        let mut o = io::stdout();
                        write!(o, "{}{CLEAR_ALL}", bidi_sequence(app.bidi))?;
                        o.flush()?;
                        // empty buffers: the next frame writes every cell (see Suspend below)
                        term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
                    }
                    Effect::Suspend => {
                        suspend(app.bidi).context("suspending")?;
                        // back from `fg`: the screen is the shell's; a new terminal has empty
                        // buffers, so the next frame draws everything (`clear` would ask the
                        // terminal for the cursor, and the input thread would take the answer)
                        term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
                        execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))?;
                    }
                }
            }
            msg = rx.try_recv().ok();
        }
    }
}

/// Applies `action` with the work it asks for done at once on this thread (searches and
/// topics, which the event loop hands to workers) and returns the effects left for a
/// terminal: copy, suspend, quit. For tests and tools that drive the UI without one.
pub fn update_inline(app: &mut App, action: Action) -> Vec<Effect> {
    let mut left = Vec::new();
    let mut queue = std::collections::VecDeque::from([action]);
    while let Some(action) = queue.pop_front() {
        for effect in app.update(action) {
            match effect {
                Effect::Search(req) => {
                    let mut searcher = Searcher::new(app.index());
                    queue.push_back(Action::SearchDone(Box::new(worker::run_search(&mut searcher, &req))));
                }
                Effect::FindTopics => {
                    let found = worker::find_topics(&app.doc, app.built_vectors());
                    queue.push_back(Action::TopicsReady(Box::new(found)));
                }
                other => left.push(other),
            }
        }
    }
    left
}
