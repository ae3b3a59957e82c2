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

use std::io::{self, Write};

use anyhow::{Context, Result};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

pub use app::App;
pub use display::BidiMode;

use crate::model::Document;

/// ECMA-48 BDSM: explicit mode, so VTE-based terminals do not reorder what saywho already
/// put in visual order; and implicit mode back on exit.
const BIDI_EXPLICIT: &str = "\u{1b}[8l";
const BIDI_IMPLICIT: &str = "\u{1b}[8h";

fn restore() {
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = write!(out, "{BIDI_IMPLICIT}");
    let _ = out.flush();
    let _ = terminal::disable_raw_mode();
}

/// Restores the terminal when dropped, so an error return leaves it usable too.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Runs the UI until the user quits.
pub fn run(doc: Document, bidi: BidiMode, warnings: Vec<String>) -> Result<()> {
    // a panic anywhere (rendering included) restores the terminal before the message prints
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    terminal::enable_raw_mode().context("entering raw mode")?;
    let _guard = Guard;
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    )
    .context("setting up the terminal")?;
    if bidi == BidiMode::App {
        write!(out, "{BIDI_EXPLICIT}")?;
    }
    let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let (w, h) = terminal::size().unwrap_or((80, 24));
    let theme = theme::Theme::detect(std::env::var("NO_COLOR").ok());
    let mut app = App::new(doc, bidi, theme, Rect::new(0, 0, w, h));
    if !warnings.is_empty() {
        app.status = Some(format!(
            "skipped: {}",
            crate::sanitize::one_line(&warnings.join("; "))
        ));
        app.warnings = warnings;
    }
    loop {
        term.draw(|f| f.render_widget(&app, f.area()))?;
        if let Some(text) = app.clipboard.take() {
            let mut o = io::stdout();
            write!(o, "{}", clipboard::osc52(&text))?;
            o.flush()?;
        }
        let ev = event::read().context("reading terminal input")?;
        if let Some(action) = keys::action_for_event(&ev, app.typing, app.help) {
            app.update(action);
        }
        if app.quit {
            break;
        }
    }
    Ok(())
}
