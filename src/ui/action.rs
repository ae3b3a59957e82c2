//! Every way the UI state can change. Keys, mouse and resize events become actions in
//! `keys`; `App::update` applies them and returns the `Effect`s they call for. Nothing else
//! mutates the state.

use super::worker::{SearchRequest, TopicsFound};

/// A change requested by the user, the terminal or the search worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (or scroll the detail) one row up.
    Up,
    /// Move the selection (or scroll the detail) one row down.
    Down,
    /// Move one page up.
    PageUp,
    /// Move one page down.
    PageDown,
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Focus the next pane (in compare: the other column).
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Open the selected statement full-screen (in the speaker picker: choose).
    Open,
    /// Go back: close the full-screen statement, the picker, help or compare.
    Back,
    /// Start typing a search query.
    Search,
    /// A character typed into the query.
    SearchInput(char),
    /// Text pasted into the query (bracketed paste), inserted whole; control characters
    /// (newlines, escapes) are dropped so pasted text can never reach the terminal as one.
    SearchPaste(String),
    /// Delete the last character of the query.
    SearchBackspace,
    /// Delete the last word of the query.
    SearchDeleteWord,
    /// Keep the filter and return to the list.
    SearchAccept,
    /// Clear the filter and return to the list.
    SearchCancel,
    /// Select the next search match.
    NextMatch,
    /// Select the previous search match.
    PrevMatch,
    /// Open (or close) compare.
    Compare,
    /// In compare: pair statements on the same topic, or back to article order.
    Align,
    /// Open the topic list (choosing a topic filters browse and compare to it).
    Topics,
    /// In compare: pick the speaker of the focused column.
    PickSpeaker,
    /// Copy the selected statement with its citation to the clipboard.
    Copy,
    /// Cycle the Arabic display mode: app → terminal → off.
    CycleBidi,
    /// Show or hide the key help.
    Help,
    /// Leave saywho.
    Quit,
    /// Give the terminal back to the shell until `fg` (Ctrl-Z).
    Suspend,
    /// Redraw the whole screen (Ctrl-L), for residue the terminal left behind.
    Redraw,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// Mouse wheel at a cell: scroll the pane under the pointer.
    Scroll { x: u16, y: u16, down: bool },
    /// Mouse click at a cell: focus that pane and select the row.
    Click { x: u16, y: u16 },
    /// The search worker finished a query.
    SearchDone(Box<crate::search::Results>),
    /// The topic worker found the corpus's topics.
    TopicsReady(Box<TopicsFound>),
}

/// What `App::update` asks of the event loop: work off the UI thread, or something only the
/// terminal side can do. Returned, never left in the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Start this search on the worker; its results come back as `Action::SearchDone`.
    Search(SearchRequest),
    /// Find the corpus's topics (and the vectors alignment needs) on a worker; they come
    /// back as `Action::TopicsReady`.
    FindTopics,
    /// Put this text on the clipboard.
    Copy(String),
    /// Give the terminal back and stop until `fg` (Ctrl-Z), then redraw.
    Suspend,
    /// Set the terminal's BiDi mode to match the app's, clear the screen and draw every
    /// row again: VTE applies a BiDi mode only to lines drawn after it is set.
    Redraw,
    /// Leave the UI.
    Quit,
}
