//! The one key table: it maps key events to actions, and it produces the help overlay and
//! the status-line hints, so the three can never disagree.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use super::action::Action;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// Browse, the full-screen statement and compare.
    Lists,
    /// Typing a query.
    Typing,
    /// Everywhere.
    Always,
}

/// A key: code and the modifiers that must be held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub KeyModifiers);

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

/// One row of the key table.
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in help and hints.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    pub ctx: Ctx,
    /// Shown in the status line.
    pub hint: Option<&'static str>,
}

use KeyCode::*;

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key(Char('c'), CTRL)],
        label: "Ctrl-C",
        action: Action::Quit,
        help: "quit",
        ctx: Ctx::Always,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('q'), NONE)],
        label: "q",
        action: Action::Quit,
        help: "quit",
        ctx: Ctx::Lists,
        hint: Some("quit"),
    },
    Binding {
        keys: &[Key(Up, NONE), Key(Char('k'), NONE)],
        label: "↑ k",
        action: Action::Up,
        help: "move up",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Down, NONE), Key(Char('j'), NONE)],
        label: "↓ j",
        action: Action::Down,
        help: "move down",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Up, NONE)],
        label: "↑",
        action: Action::Up,
        help: "move up in the results",
        ctx: Ctx::Typing,
        hint: None,
    },
    Binding {
        keys: &[Key(Down, NONE)],
        label: "↓",
        action: Action::Down,
        help: "move down in the results",
        ctx: Ctx::Typing,
        hint: None,
    },
    Binding {
        keys: &[Key(PageUp, NONE), Key(Char('u'), CTRL)],
        label: "PgUp Ctrl-U",
        action: Action::PageUp,
        help: "page up",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(PageDown, NONE), Key(Char('d'), CTRL)],
        label: "PgDn Ctrl-D",
        action: Action::PageDown,
        help: "page down",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Home, NONE), Key(Char('g'), NONE)],
        label: "g Home",
        action: Action::Top,
        help: "first row",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(End, NONE), Key(Char('G'), SHIFT), Key(Char('G'), NONE)],
        label: "G End",
        action: Action::Bottom,
        help: "last row",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Tab, NONE)],
        label: "Tab",
        action: Action::FocusNext,
        help: "next pane / other column",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(BackTab, SHIFT), Key(BackTab, NONE)],
        label: "Shift-Tab",
        action: Action::FocusPrev,
        help: "previous pane",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Enter, NONE)],
        label: "Enter",
        action: Action::Open,
        help: "open statement / choose",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Esc, NONE)],
        label: "Esc",
        action: Action::Back,
        help: "back; clear the filter",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('/'), NONE)],
        label: "/",
        action: Action::Search,
        help: "search",
        ctx: Ctx::Lists,
        hint: Some("search"),
    },
    Binding {
        keys: &[Key(Enter, NONE)],
        label: "Enter",
        action: Action::SearchAccept,
        help: "keep the filter",
        ctx: Ctx::Typing,
        hint: Some("keep"),
    },
    Binding {
        keys: &[Key(Esc, NONE)],
        label: "Esc",
        action: Action::SearchCancel,
        help: "clear the filter",
        ctx: Ctx::Typing,
        hint: Some("clear"),
    },
    Binding {
        keys: &[Key(Backspace, NONE)],
        label: "Backspace",
        action: Action::SearchBackspace,
        help: "delete a character",
        ctx: Ctx::Typing,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('w'), CTRL), Key(Backspace, KeyModifiers::ALT)],
        label: "Ctrl-W",
        action: Action::SearchDeleteWord,
        help: "delete a word",
        ctx: Ctx::Typing,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('n'), NONE)],
        label: "n",
        action: Action::NextMatch,
        help: "next match",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('N'), SHIFT), Key(Char('N'), NONE)],
        label: "N",
        action: Action::PrevMatch,
        help: "previous match",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('c'), NONE)],
        label: "c",
        action: Action::Compare,
        help: "compare two speakers",
        ctx: Ctx::Lists,
        hint: Some("compare"),
    },
    Binding {
        keys: &[Key(Char('z'), CTRL)],
        label: "Ctrl-Z",
        action: Action::Suspend,
        help: "suspend (fg resumes)",
        ctx: Ctx::Always,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('l'), CTRL)],
        label: "Ctrl-L",
        action: Action::Redraw,
        help: "redraw the whole screen",
        ctx: Ctx::Always,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('t'), NONE)],
        label: "t",
        action: Action::Topics,
        help: "topics: filter to one",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('a'), NONE)],
        label: "a",
        action: Action::Align,
        help: "compare: by topic / in order",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('s'), NONE)],
        label: "s",
        action: Action::PickSpeaker,
        help: "compare: pick speaker",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('y'), NONE)],
        label: "y",
        action: Action::Copy,
        help: "copy with citation",
        ctx: Ctx::Lists,
        hint: Some("copy"),
    },
    Binding {
        keys: &[Key(Char('b'), NONE)],
        label: "b",
        action: Action::CycleBidi,
        help: "Arabic: app/terminal/off",
        ctx: Ctx::Lists,
        hint: None,
    },
    Binding {
        keys: &[Key(Char('?'), NONE), Key(Char('?'), SHIFT), Key(F(1), NONE)],
        label: "? F1",
        action: Action::Help,
        help: "this help",
        ctx: Ctx::Lists,
        hint: Some("help"),
    },
];

/// The action for a key event, given whether a query is being typed.
pub fn action_for_key(key: KeyEvent, typing: bool) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let hit = |b: &&Binding| {
        let ctx_ok = match b.ctx {
            Ctx::Always => true,
            Ctx::Typing => typing,
            Ctx::Lists => !typing,
        };
        ctx_ok && b.keys.iter().any(|k| k.0 == key.code && k.1 == mods)
    };
    if let Some(b) = BINDINGS.iter().find(hit) {
        return Some(b.action.clone());
    }
    if typing {
        if let KeyCode::Char(c) = key.code {
            if !mods.contains(KeyModifiers::CONTROL) && !mods.contains(KeyModifiers::ALT) {
                return Some(Action::SearchInput(c));
            }
        }
    }
    None
}

/// The action for any terminal event. While the help overlay is up, any key closes it.
pub fn action_for_event(ev: &Event, typing: bool, help: bool) -> Option<Action> {
    match ev {
        Event::Key(k) if help && k.kind != KeyEventKind::Release => {
            let ctrl_c = k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL);
            Some(if ctrl_c { Action::Quit } else { Action::Help })
        }
        Event::Key(k) => action_for_key(*k, typing),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll { x: m.column, y: m.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::Scroll { x: m.column, y: m.row, down: false }),
            MouseEventKind::Down(_) => Some(Action::Click { x: m.column, y: m.row }),
            _ => None,
        },
        Event::Paste(s) if typing => Some(Action::SearchPaste(s.clone())),
        _ => None,
    }
}

/// Rows for the help overlay, grouped by section: keys (bindings for the same action in the
/// same section merged), what they do, section.
pub fn help_rows() -> Vec<(String, &'static str, &'static str)> {
    let section = |b: &Binding| match b.ctx {
        Ctx::Typing => "while typing a search",
        _ => "lists and statements",
    };
    let mut rows: Vec<(String, &'static str, &'static str, Action)> = Vec::new();
    for sec in ["lists and statements", "while typing a search"] {
        for b in BINDINGS.iter().filter(|b| section(b) == sec) {
            if let Some(r) = rows.iter_mut().find(|r| r.3 == b.action && r.2 == sec) {
                r.0 = format!("{} {}", r.0, b.label);
            } else {
                rows.push((b.label.to_string(), b.help, sec, b.action.clone()));
            }
        }
    }
    let mut out: Vec<(String, &str, &str)> = rows.into_iter().map(|(k, h, s, _)| (k, h, s)).collect();
    out.push(("type".into(), "'exact !not @speaker", "while typing a search"));
    out.push(("wheel/click".into(), "scroll / select", "mouse"));
    out
}

/// Status-line hints for the context.
pub fn hints(typing: bool) -> Vec<(&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| if typing { b.ctx == Ctx::Typing } else { b.ctx == Ctx::Lists })
        .filter_map(|b| b.hint.map(|h| (b.label.split(' ').next().unwrap_or(b.label), h)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn keys_map_by_context() {
        assert_eq!(action_for_key(key(Char('j'), NONE), false), Some(Action::Down));
        assert_eq!(action_for_key(key(Char('j'), NONE), true), Some(Action::SearchInput('j')));
        assert_eq!(action_for_key(key(Char('q'), NONE), true), Some(Action::SearchInput('q')));
        assert_eq!(action_for_key(key(Char('c'), CTRL), true), Some(Action::Quit));
        assert_eq!(action_for_key(key(Esc, NONE), true), Some(Action::SearchCancel));
        assert_eq!(action_for_key(key(Esc, NONE), false), Some(Action::Back));
        assert_eq!(action_for_key(key(Char('d'), CTRL), false), Some(Action::PageDown));
        assert_eq!(action_for_key(key(Char('G'), SHIFT), false), Some(Action::Bottom));
        assert_eq!(action_for_key(key(Char('ش'), NONE), true), Some(Action::SearchInput('ش')));
        assert_eq!(action_for_key(key(Char('x'), NONE), false), None);
    }

    #[test]
    fn any_key_closes_help_but_ctrl_c_still_quits() {
        let ev = |c, m| Event::Key(key(c, m));
        assert_eq!(action_for_event(&ev(Char('x'), NONE), false, true), Some(Action::Help));
        assert_eq!(action_for_event(&ev(Char('c'), CTRL), false, true), Some(Action::Quit));
        assert_eq!(action_for_event(&ev(Char('x'), NONE), false, false), None);
    }

    #[test]
    fn help_and_hints_come_from_the_table() {
        let rows = help_rows();
        for b in BINDINGS {
            assert!(rows.iter().any(|r| r.0.contains(b.label) && r.1 == b.help), "{}", b.label);
        }
        let h = hints(false);
        assert!(h.contains(&("/", "search")) && h.contains(&("q", "quit")));
        assert!(hints(true).contains(&("Esc", "clear")));
    }
}
