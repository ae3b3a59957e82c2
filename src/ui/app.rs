//! The UI state and its one way to change: `App::update(Action)`. Pure: no terminal I/O
//! here; what only the event loop can do (start a worker, copy, suspend, quit) is returned
//! from `update` as `Effect`s.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use ratatui::layout::{Constraint, Layout, Position, Rect};

use super::action::{Action, Effect};
use super::display::BidiMode;
use super::theme::Theme;
use super::worker::{SearchRequest, TopicsFound};
use crate::compare::Vectors;
use crate::model::Document;
use crate::sanitize::one_line;
use crate::search::{Index, Query, Results};

/// Smallest terminal the UI draws in; below it a notice is shown.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Browse,
    /// One statement full-screen; `from` is the screen to return to.
    Statement {
        quote: usize,
        from: Base,
    },
    Compare,
}

/// The screens a full-screen statement returns to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Browse,
    Compare,
}

/// The focused pane in browse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Speakers,
    Statements,
    Detail,
}

/// A scrolled list: selected row and first visible row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListPos {
    pub sel: usize,
    pub offset: usize,
}

impl ListPos {
    fn clamp(&mut self, len: usize, height: usize) {
        if len == 0 {
            *self = ListPos::default();
            return;
        }
        self.sel = self.sel.min(len - 1);
        let h = height.max(1);
        if self.sel < self.offset {
            self.offset = self.sel;
        } else if self.sel >= self.offset + h {
            self.offset = self.sel + 1 - h;
        }
        self.offset = self.offset.min(len.saturating_sub(1));
    }

    fn step(&mut self, delta: isize, len: usize) {
        if len == 0 {
            return;
        }
        self.sel = (self.sel as isize + delta).clamp(0, len as isize - 1) as usize;
    }
}

/// Compare state: two speakers (indices into `doc.speakers`), the focused column, rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compare {
    pub speakers: [usize; 2],
    pub focus: usize,
    /// The selected row; both columns scroll together, row by row.
    pub row: ListPos,
    /// Rows pair statements on the same topic (`a`), or follow article order.
    pub aligned: bool,
    /// The speaker picker for the focused column, when open.
    pub picker: Option<ListPos>,
}

/// Screen areas of browse, derived from the terminal size alone so that rendering and mouse
/// handling agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrowseAreas {
    pub query: Rect,
    pub speakers: Rect,
    pub statements: Rect,
    pub detail: Rect,
    pub status: Rect,
}

/// `names` is the width the speaker names want (the longest name with its count).
pub fn browse_areas(area: Rect, query_line: bool, names: u16) -> BrowseAreas {
    let [query, main, status] =
        Layout::vertical([Constraint::Length(u16::from(query_line)), Constraint::Min(0), Constraint::Length(1)])
            .areas(area);
    let speakers_w = names.clamp(18, (area.width / 3).max(18));
    let [speakers, right] = Layout::horizontal([Constraint::Length(speakers_w), Constraint::Min(0)]).areas(main);
    let (statements, detail) = if area.width >= 150 {
        let [s, d] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(right);
        (s, d)
    } else {
        let [s, d] = Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(right);
        (s, d)
    };
    BrowseAreas { query, speakers, statements, detail, status }
}

/// Compare columns, below a one-line header and above the status line.
pub fn compare_areas(area: Rect, query_line: bool) -> (Rect, Rect, [Rect; 2], Rect) {
    let [query, header, main, status] = Layout::vertical([
        Constraint::Length(u16::from(query_line)),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let [a, b] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
    (query, header, [a, b], status)
}

/// Lines per statement card in compare (header + text).
pub const CARD_LINES: usize = 5;

/// One row of compare: a statement of each speaker (either may be absent) and, for an
/// aligned pair, its similarity and shared terms.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub q: [Option<usize>; 2],
    pub pair: Option<crate::compare::Pair>,
}

/// What the compare rows are derived from; they are derived again when it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CompareRowsKey {
    speakers: [usize; 2],
    aligned: bool,
    /// Counts the search results applied (`App::results_seq`).
    results_seq: u64,
    topic: Option<usize>,
    vectors_ready: bool,
}

/// The state of browse: the speakers pane, the statements of the selection, and which
/// pane has the focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Browse {
    pub focus: Focus,
    /// 0 is "All speakers"; i is `doc.speakers[shown[i - 1]]`.
    pub speakers: ListPos,
    /// The speakers listed: all, most quoted first; with a search or a topic, those with
    /// matching statements, most matches first (and the selected one, so that the selection
    /// stays where it is).
    pub shown: Vec<usize>,
    /// Statements per speaker that pass the search and the topic.
    speaker_counts: Vec<usize>,
    /// The search text and topic `shown` and `speaker_counts` were made for.
    shown_for: (Option<String>, Option<usize>),
    /// Quote indices listed for the selected speaker.
    pub list: Vec<usize>,
    pub stmts: ListPos,
}

/// The topics of the corpus, found on a worker the first time the topic list opens or
/// alignment is asked for (on a season of reports it takes seconds), and the chosen one.
#[derive(Clone, Default)]
pub struct Topics {
    /// TF-IDF vectors for topic alignment, built with the topics.
    vectors: Option<Arc<Vectors>>,
    /// The topics, once found.
    pub found: Option<Rc<Vec<crate::compare::Topic>>>,
    /// Topics are being found: the list says so until they arrive as `Action::TopicsReady`.
    pub finding: bool,
    /// The topic list, when open (row 0 is "all topics").
    pub picker: Option<ListPos>,
    /// The chosen topic (index into `found`) and its statements: browse and compare show
    /// only these.
    pub chosen: Option<(usize, std::collections::HashSet<usize>)>,
}

pub struct App {
    /// Shared with the worker that finds topics.
    pub doc: Arc<Document>,
    /// Compare rows for the current speakers, mode, results and topic, derived in `update`
    /// while compare is open, and what they were derived from.
    compare_rows: Vec<CompareRow>,
    compare_rows_key: Option<CompareRowsKey>,
    /// The topics of the corpus, their list and the chosen one.
    pub topics: Topics,
    index: Arc<Index>,
    /// The parsed query, for highlights.
    pub parsed: Query,
    /// The latest results for `query` (none without a query).
    pub results: Option<Results>,
    /// Counts the times `results` was set, so that what is derived from it knows it changed.
    results_seq: u64,
    /// Speaker index of each quote, and each speaker's quotes in article order.
    quote_speaker: Vec<u32>,
    by_speaker: Vec<Vec<u32>>,
    pub screen: Screen,
    pub help: bool,
    pub typing: bool,
    pub query: String,
    /// Browse: the speakers, the statements of the selection, the focused pane.
    pub browse: Browse,
    pub detail_scroll: u16,
    pub compare: Compare,
    pub bidi: BidiMode,
    pub theme: Theme,
    /// A message for the status line, replacing the hints until the next action.
    pub status: Option<String>,
    pub size: Rect,
    /// Warnings from loading, shown in the status line.
    pub warnings: Vec<String>,
    /// Width the speakers pane wants: longest name, count and borders.
    pub names_width: u16,
}

impl App {
    pub fn new(doc: Document, bidi: BidiMode, theme: Theme, size: Rect) -> App {
        let index = Arc::new(Index::new(&doc));
        App::with_index(doc, index, bidi, theme, size)
    }

    /// With an index built elsewhere (shared with the search worker).
    pub fn with_index(doc: Document, index: Arc<Index>, bidi: BidiMode, theme: Theme, size: Rect) -> App {
        let speaker_of: HashMap<&str, u32> =
            doc.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i as u32)).collect();
        let quote_speaker: Vec<u32> =
            doc.quotes.iter().map(|q| speaker_of.get(&*q.speaker_id).copied().unwrap_or(u32::MAX)).collect();
        let mut by_speaker = vec![Vec::new(); doc.speakers.len()];
        for (i, &s) in quote_speaker.iter().enumerate() {
            if let Some(v) = by_speaker.get_mut(s as usize) {
                v.push(i as u32);
            }
        }
        let speaker_counts = by_speaker.iter().map(Vec::len).collect();
        let longest = doc.speakers.iter().map(|s| super::display::cells(&one_line(&s.name))).max().unwrap_or(0);
        let names_width = (longest.max(12) + 8).min(u16::MAX as usize) as u16;
        let mut app = App {
            compare_rows: Vec::new(),
            compare_rows_key: None,
            topics: Topics::default(),
            index,
            parsed: Query::default(),
            results: None,
            results_seq: 0,
            quote_speaker,
            by_speaker,
            screen: Screen::Browse,
            help: false,
            typing: false,
            query: String::new(),
            browse: Browse {
                focus: Focus::Statements,
                speakers: ListPos::default(),
                shown: (0..doc.speakers.len()).collect(),
                speaker_counts,
                shown_for: (None, None),
                list: Vec::new(),
                stmts: ListPos::default(),
            },
            detail_scroll: 0,
            compare: Compare { speakers: [0, 1], focus: 0, row: ListPos::default(), aligned: false, picker: None },
            bidi,
            theme,
            status: None,
            size,
            warnings: Vec::new(),
            names_width,
            doc: Arc::new(doc),
        };
        app.relist();
        app
    }

    /// The speaker index (into `doc.speakers`) of quote `q`.
    pub fn speaker_index(&self, q: usize) -> Option<usize> {
        self.quote_speaker.get(q).map(|&s| s as usize).filter(|&s| s < self.doc.speakers.len())
    }

    /// Matched characters of quote `q` for the current query.
    pub fn highlights(&self, q: usize) -> Vec<usize> {
        if self.parsed.is_empty() {
            Vec::new()
        } else {
            self.index.positions(q, &self.parsed)
        }
    }

    /// The search index (shared with the search worker).
    pub fn index(&self) -> Arc<Index> {
        self.index.clone()
    }

    /// The selected speaker, `None` for "All speakers".
    pub fn selected_speaker(&self) -> Option<usize> {
        self.browse.speakers.sel.checked_sub(1).and_then(|r| self.browse.shown.get(r).copied())
    }

    /// The quote the detail shows.
    pub fn selected_quote(&self) -> Option<usize> {
        match self.screen {
            Screen::Statement { quote, .. } => Some(quote),
            Screen::Compare => self.compare_rows.get(self.compare.row.sel).and_then(|r| r.q[self.compare.focus]),
            Screen::Browse => self.browse.list.get(self.browse.stmts.sel).copied(),
        }
    }

    /// Whether quote `q` is in the chosen topic (always, with none chosen).
    pub fn in_topic(&self, q: usize) -> bool {
        self.topics.chosen.as_ref().is_none_or(|t| t.1.contains(&q))
    }

    /// Number of quotes of a speaker (all speakers: `None`) that pass the filter.
    pub fn count_for(&self, speaker: Option<usize>) -> usize {
        if let Some(s) = speaker {
            return self.browse.speaker_counts.get(s).copied().unwrap_or(0);
        }
        match (&self.topics.chosen, &self.results) {
            (Some((_, set)), _) => set.iter().filter(|&&q| self.matched(q)).count(),
            (None, Some(r)) => r.matched.len(),
            (None, None) => self.doc.quotes.len(),
        }
    }

    /// Whether quote `q` passes the search (always, without one).
    fn matched(&self, q: usize) -> bool {
        self.results.as_ref().is_none_or(|r| r.matched.binary_search(&(q as u32)).is_ok())
    }

    /// Quotes of a compare column in article order, filtered by the query.
    pub fn compare_list(&self, col: usize) -> Vec<usize> {
        let sp = self.compare.speakers[col];
        let list: Vec<usize> = match &self.results {
            Some(r) => r.matched.iter().map(|&q| q as usize).filter(|&q| self.speaker_index(q) == Some(sp)).collect(),
            None => self.by_speaker.get(sp).map(|v| v.iter().map(|&q| q as usize).collect()).unwrap_or_default(),
        };
        list.into_iter().filter(|&q| self.in_topic(q)).collect()
    }

    /// Rows of compare: in article order, the i-th statement of each speaker side by side;
    /// aligned, the pairs on a shared topic first (in article order), then the rest.
    pub fn compare_rows(&self) -> &[CompareRow] {
        &self.compare_rows
    }

    /// Derives the compare rows again if what they come from changed (only while compare is
    /// open: aligning a long list takes a while).
    fn derive_compare_rows(&mut self) {
        if self.screen != Screen::Compare {
            return;
        }
        let key = CompareRowsKey {
            speakers: self.compare.speakers,
            aligned: self.compare.aligned,
            results_seq: self.results_seq,
            topic: self.topics.chosen.as_ref().map(|t| t.0),
            vectors_ready: self.topics.vectors.is_some(),
        };
        if self.compare_rows_key.as_ref() == Some(&key) {
            return;
        }
        let (la, lb) = (self.compare_list(0), self.compare_list(1));
        let zip = |a: &[usize], b: &[usize]| -> Vec<CompareRow> {
            (0..a.len().max(b.len()))
                .map(|i| CompareRow { q: [a.get(i).copied(), b.get(i).copied()], pair: None })
                .collect()
        };
        // until the topic worker has built the vectors, article order
        self.compare_rows = match (&self.topics.vectors, self.compare.aligned) {
            (Some(v), true) => {
                let al = crate::compare::align(v, &la, &lb, crate::compare::MIN_SIMILARITY);
                let mut rows: Vec<CompareRow> =
                    al.pairs.into_iter().map(|p| CompareRow { q: [Some(p.a), Some(p.b)], pair: Some(p) }).collect();
                rows.extend(zip(&al.only_a, &al.only_b));
                rows
            }
            _ => zip(&la, &lb),
        };
        self.compare_rows_key = Some(key);
    }

    fn query_line(&self) -> bool {
        self.typing || !self.query.is_empty()
    }

    fn areas(&self) -> BrowseAreas {
        browse_areas(self.size, self.query_line(), self.names_width)
    }

    /// Rows visible in a bordered pane.
    fn rows(r: Rect) -> usize {
        r.height.saturating_sub(2) as usize
    }

    fn compare_page(&self) -> usize {
        let (_, _, cols, _) = compare_areas(self.size, self.query_line());
        (Self::rows(cols[0]) / CARD_LINES).max(1)
    }

    /// Recomputes the statement list after the speaker or the results changed.
    fn relist(&mut self) {
        self.derive_compare_rows();
        self.reshow();
        let sp = self.selected_speaker();
        let keep = self.selected_quote();
        self.browse.list = match (&self.results, sp) {
            // ranked matches; results for another speaker are filtered until fresh ones arrive
            (Some(r), _) => {
                r.hits.iter().map(|h| h.quote).filter(|&q| sp.is_none() || self.speaker_index(q) == sp).collect()
            }
            (None, None) => (0..self.doc.quotes.len()).collect(),
            (None, Some(s)) => {
                self.by_speaker.get(s).map(|v| v.iter().map(|&q| q as usize).collect()).unwrap_or_default()
            }
        };
        if self.topics.chosen.is_some() {
            let list = std::mem::take(&mut self.browse.list);
            self.browse.list = list.into_iter().filter(|&q| self.in_topic(q)).collect();
        }
        if let Some(k) = keep {
            if let Some(i) = self.browse.list.iter().position(|&q| q == k) {
                self.browse.stmts.sel = i;
            }
        }
        let h = Self::rows(self.areas().statements);
        self.browse.stmts.clamp(self.browse.list.len(), h);
        self.browse.speakers.clamp(self.browse.shown.len() + 1, Self::rows(self.areas().speakers));
    }

    /// Lists the speakers anew when the search results or the topic changed, keeping the
    /// selected speaker selected.
    fn reshow(&mut self) {
        let query = self.results.as_ref().map(|r| r.query.as_str());
        let topic = self.topics.chosen.as_ref().map(|t| t.0);
        if (query, topic) == (self.browse.shown_for.0.as_deref(), self.browse.shown_for.1) {
            return;
        }
        let selected = self.selected_speaker();
        let n = self.doc.speakers.len();
        self.browse.speaker_counts = self.counts();
        let counts = &self.browse.speaker_counts;
        self.browse.shown = if query.is_none() && topic.is_none() {
            (0..n).collect()
        } else {
            let mut shown: Vec<usize> = (0..n).filter(|&s| counts[s] > 0 || Some(s) == selected).collect();
            shown.sort_by_key(|&s| std::cmp::Reverse(counts[s]));
            shown
        };
        self.browse.speakers.sel =
            selected.and_then(|s| self.browse.shown.iter().position(|&x| x == s)).map_or(0, |i| i + 1);
        self.browse.shown_for = (query.map(str::to_string), topic);
    }

    /// Statements per speaker that pass the search and the topic, in one pass.
    fn counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.doc.speakers.len()];
        match (&self.topics.chosen, &self.results) {
            (Some((_, set)), _) => {
                for &q in set {
                    if let Some(c) = self.speaker_index(q).filter(|_| self.matched(q)).and_then(|s| counts.get_mut(s)) {
                        *c += 1;
                    }
                }
            }
            (None, Some(r)) => {
                for (c, &n) in counts.iter_mut().zip(&r.per_speaker) {
                    *c = n as usize;
                }
            }
            (None, None) => {
                for (c, v) in counts.iter_mut().zip(&self.by_speaker) {
                    *c = v.len();
                }
            }
        }
        counts
    }

    /// The query changed: search again.
    fn query_changed(&mut self, fx: &mut Vec<Effect>) {
        self.parsed = Query::parse(&self.query);
        self.browse.stmts.sel = 0;
        self.detail_scroll = 0;
        self.compare.row = ListPos::default();
        self.request_search(fx);
    }

    /// Asks for a search for the current query and speaker (none for an empty query).
    fn request_search(&mut self, fx: &mut Vec<Effect>) {
        if self.parsed.is_empty() {
            self.set_results(None);
            self.relist();
            return;
        }
        fx.push(Effect::Search(SearchRequest { query: self.query.clone(), speaker: self.selected_speaker() }));
    }

    fn set_results(&mut self, results: Option<Results>) {
        self.results = results;
        self.results_seq += 1;
    }

    /// The TF-IDF vectors, if built already (for the topic worker to reuse).
    pub fn built_vectors(&self) -> Option<Arc<Vectors>> {
        self.topics.vectors.clone()
    }

    fn topics_ready(&mut self, found: TopicsFound) {
        self.topics.vectors.get_or_insert(found.vectors);
        self.topics.found = Some(Rc::new(found.topics));
        self.topics.finding = false;
        if matches!(self.screen, Screen::Compare) && self.compare.aligned {
            self.derive_compare_rows();
            self.status = Some(self.align_status());
        }
    }

    fn align_status(&self) -> String {
        if self.compare.aligned {
            let n = self.compare_rows.iter().filter(|r| r.pair.is_some()).count();
            format!("aligned by topic: {n} pairs, then the rest in article order")
        } else {
            "in article order".to_string()
        }
    }

    fn apply_results(&mut self, r: Results) {
        if r.query != self.query {
            return; // an answer to a query the user has already changed
        }
        self.set_results(Some(r));
        self.relist();
    }

    /// Applies one action and returns what the event loop should do about it.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let mut fx = Vec::new();
        self.apply(action, &mut fx);
        self.derive_compare_rows();
        fx
    }

    fn apply(&mut self, action: Action, fx: &mut Vec<Effect>) {
        // what workers send is applied whatever is open
        let action = match action {
            Action::SearchDone(r) => return self.apply_results(*r),
            Action::TopicsReady(found) => return self.topics_ready(*found),
            Action::Redraw => return fx.push(Effect::Redraw),
            a => a,
        };
        if !matches!(action, Action::Resize(..) | Action::SearchDone(_)) {
            self.status = None;
        }
        if self.help {
            match action {
                Action::Quit => fx.push(Effect::Quit),
                Action::Resize(w, h) => self.resize(w, h),
                _ => self.help = false,
            }
            return;
        }
        if let Some(mut p) = self.topics.picker {
            let n = self.topics.found.as_ref().map_or(0, |t| t.len()) + 1;
            match action {
                Action::Quit => fx.push(Effect::Quit),
                Action::Up => p.step(-1, n),
                Action::Down => p.step(1, n),
                Action::PageUp => p.step(-10, n),
                Action::PageDown => p.step(10, n),
                Action::Top => p.sel = 0,
                Action::Bottom => p.sel = n - 1,
                Action::Open => {
                    self.choose_topic(p.sel.checked_sub(1));
                    self.topics.picker = None;
                    return;
                }
                Action::Back | Action::Topics => {
                    self.topics.picker = None;
                    return;
                }
                Action::Resize(w, h) => self.resize(w, h),
                _ => {}
            }
            p.clamp(n, Self::rows(self.size).saturating_sub(4).max(1));
            self.topics.picker = Some(p);
            return;
        }
        match action {
            Action::Quit => fx.push(Effect::Quit),
            Action::Suspend => fx.push(Effect::Suspend),
            Action::Help => self.help = true,
            Action::Topics => {
                if self.topics.found.is_none() && !self.topics.finding {
                    self.topics.finding = true;
                    fx.push(Effect::FindTopics);
                }
                let sel = self.topics.chosen.as_ref().map_or(0, |t| t.0 + 1);
                self.topics.picker = Some(ListPos { sel, offset: 0 });
            }
            Action::SearchDone(_) | Action::TopicsReady(_) => {} // applied above
            Action::Resize(w, h) => self.resize(w, h),
            Action::CycleBidi => {
                self.bidi = self.bidi.next();
                self.status = Some(format!("Arabic display: {}", self.bidi.name()));
                fx.push(Effect::Redraw);
            }
            Action::Search => {
                self.typing = true;
                if self.screen == Screen::Browse && self.browse.focus == Focus::Speakers {
                    self.browse.focus = Focus::Statements;
                }
                self.relist();
            }
            Action::SearchInput(c) => {
                if !c.is_control() {
                    self.query.push(c);
                    self.query_changed(fx);
                }
            }
            Action::SearchPaste(text) => {
                let before = self.query.len();
                self.query.extend(text.chars().filter(|c| !c.is_control()));
                if self.query.len() != before {
                    self.query_changed(fx);
                }
            }
            Action::SearchBackspace => {
                self.query.pop();
                self.query_changed(fx);
            }
            Action::SearchDeleteWord => {
                let t = self.query.trim_end().len();
                self.query.truncate(t);
                let cut = self.query.rfind(' ').map(|i| i + 1).unwrap_or(0);
                self.query.truncate(cut);
                self.query_changed(fx);
            }
            Action::SearchAccept => {
                self.typing = false;
                self.relist();
            }
            Action::SearchCancel => {
                self.typing = false;
                self.query.clear();
                self.query_changed(fx);
            }
            Action::Copy => self.copy(fx),
            Action::Compare => self.toggle_compare(),
            _ => match self.screen {
                Screen::Browse => self.update_browse(action, fx),
                Screen::Statement { from, .. } => self.update_statement(action, from),
                Screen::Compare => self.update_compare(action, fx),
            },
        }
    }

    fn resize(&mut self, w: u16, h: u16) {
        self.size = Rect::new(0, 0, w, h);
        self.relist();
    }

    fn page(&self) -> isize {
        let a = self.areas();
        let r = match self.browse.focus {
            Focus::Speakers => a.speakers,
            Focus::Statements => a.statements,
            Focus::Detail => a.detail,
        };
        Self::rows(r).max(1) as isize
    }

    fn move_focused(&mut self, delta: isize, fx: &mut Vec<Effect>) {
        match self.browse.focus {
            Focus::Speakers => {
                let before = self.browse.speakers.sel;
                self.browse.speakers.step(delta, self.browse.shown.len() + 1);
                if self.browse.speakers.sel != before {
                    self.browse.stmts = ListPos::default();
                    self.detail_scroll = 0;
                    if self.results.is_some() {
                        self.request_search(fx);
                    }
                }
                self.relist();
            }
            Focus::Statements => {
                let before = self.browse.stmts.sel;
                self.browse.stmts.step(delta, self.browse.list.len());
                if before != self.browse.stmts.sel {
                    self.detail_scroll = 0;
                }
                self.relist();
            }
            Focus::Detail => {
                self.detail_scroll = (self.detail_scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
            }
        }
    }

    fn update_browse(&mut self, action: Action, fx: &mut Vec<Effect>) {
        match action {
            Action::Up => self.move_focused(-1, fx),
            Action::Down => self.move_focused(1, fx),
            Action::PageUp => self.move_focused(-self.page(), fx),
            Action::PageDown => self.move_focused(self.page(), fx),
            Action::Top => self.move_focused(-(isize::MAX / 2), fx),
            Action::Bottom => self.move_focused(isize::MAX / 2, fx),
            Action::FocusNext => {
                self.browse.focus = match self.browse.focus {
                    Focus::Speakers => Focus::Statements,
                    Focus::Statements => Focus::Detail,
                    Focus::Detail => Focus::Speakers,
                }
            }
            Action::FocusPrev => {
                self.browse.focus = match self.browse.focus {
                    Focus::Speakers => Focus::Detail,
                    Focus::Statements => Focus::Speakers,
                    Focus::Detail => Focus::Statements,
                }
            }
            Action::Open => {
                if self.browse.focus == Focus::Speakers {
                    self.browse.focus = Focus::Statements;
                } else if let Some(q) = self.selected_quote() {
                    self.screen = Screen::Statement { quote: q, from: Base::Browse };
                    self.detail_scroll = 0;
                }
            }
            Action::Back if !self.query.is_empty() => {
                self.query.clear();
                self.query_changed(fx);
            }
            Action::NextMatch | Action::PrevMatch => {
                if self.browse.list.is_empty() {
                    return;
                }
                let n = self.browse.list.len();
                let d = if action == Action::NextMatch { 1 } else { n - 1 };
                self.browse.stmts.sel = (self.browse.stmts.sel + d) % n;
                self.browse.focus = Focus::Statements;
                self.detail_scroll = 0;
                self.relist();
                if self.query.is_empty() {
                    self.status = Some("no search: n/N step through all statements".into());
                }
            }
            Action::PickSpeaker => self.status = Some("s chooses speakers in compare (c)".into()),
            Action::Scroll { x, y, down } => {
                if let Some(f) = self.pane_at(x, y) {
                    self.browse.focus = f;
                    self.move_focused(if down { 3 } else { -3 }, fx);
                }
            }
            Action::Click { x, y } => {
                let a = self.areas();
                let Some(f) = self.pane_at(x, y) else { return };
                self.browse.focus = f;
                let row = |r: Rect| (y as usize).checked_sub(r.y as usize + 1);
                match f {
                    Focus::Speakers => {
                        if let Some(r) = row(a.speakers) {
                            let target = self.browse.speakers.offset + r;
                            if target <= self.browse.shown.len() && target != self.browse.speakers.sel {
                                self.browse.speakers.sel = target;
                                self.browse.stmts = ListPos::default();
                                if self.results.is_some() {
                                    self.request_search(fx);
                                }
                                self.relist();
                            }
                        }
                    }
                    Focus::Statements => {
                        if let Some(r) = row(a.statements) {
                            let target = self.browse.stmts.offset + r;
                            if target < self.browse.list.len() {
                                self.browse.stmts.sel = target;
                                self.detail_scroll = 0;
                                self.relist();
                            }
                        }
                    }
                    Focus::Detail => {}
                }
            }
            _ => {}
        }
    }

    fn pane_at(&self, x: u16, y: u16) -> Option<Focus> {
        let a = self.areas();
        let p = Position::new(x, y);
        if a.speakers.contains(p) {
            Some(Focus::Speakers)
        } else if a.statements.contains(p) {
            Some(Focus::Statements)
        } else if a.detail.contains(p) {
            Some(Focus::Detail)
        } else {
            None
        }
    }

    fn update_statement(&mut self, action: Action, from: Base) {
        match action {
            Action::Back | Action::Open => {
                self.screen = match from {
                    Base::Browse => Screen::Browse,
                    Base::Compare => Screen::Compare,
                };
                self.detail_scroll = 0;
            }
            Action::Up => self.detail_scroll = self.detail_scroll.saturating_sub(1),
            Action::Down => self.detail_scroll = self.detail_scroll.saturating_add(1),
            Action::PageUp => self.detail_scroll = self.detail_scroll.saturating_sub(self.size.height / 2),
            Action::PageDown => self.detail_scroll = self.detail_scroll.saturating_add(self.size.height / 2),
            Action::Top => self.detail_scroll = 0,
            Action::Scroll { down, .. } => {
                self.detail_scroll =
                    if down { self.detail_scroll.saturating_add(3) } else { self.detail_scroll.saturating_sub(3) }
            }
            _ => {}
        }
    }

    fn toggle_compare(&mut self) {
        match self.screen {
            Screen::Compare => self.screen = Screen::Browse,
            _ if self.doc.speakers.len() < 2 => {
                self.status = Some("compare needs two speakers".into());
            }
            _ => {
                // the selected speaker (if any) and the most quoted other one
                let first = self.selected_speaker().unwrap_or(0);
                let second = if first == 0 { 1 } else { 0 };
                self.compare.speakers = [first, second];
                self.compare.focus = 0;
                self.compare.row = ListPos::default();
                self.compare.picker = None;
                self.screen = Screen::Compare;
            }
        }
    }

    fn update_compare(&mut self, action: Action, fx: &mut Vec<Effect>) {
        let n_speakers = self.doc.speakers.len();
        if let Some(mut p) = self.compare.picker {
            match action {
                Action::Up => p.step(-1, n_speakers),
                Action::Down => p.step(1, n_speakers),
                Action::PageUp => p.step(-10, n_speakers),
                Action::PageDown => p.step(10, n_speakers),
                Action::Top => p.sel = 0,
                Action::Bottom => p.sel = n_speakers.saturating_sub(1),
                Action::Open => {
                    let col = self.compare.focus;
                    self.compare.speakers[col] = p.sel;
                    self.compare.row = ListPos::default();
                    self.compare.picker = None;
                    return;
                }
                Action::Back | Action::PickSpeaker => {
                    self.compare.picker = None;
                    return;
                }
                _ => {}
            }
            p.clamp(n_speakers, Self::rows(self.size).saturating_sub(4).max(1));
            self.compare.picker = Some(p);
            return;
        }
        let page = self.compare_page();
        let len = self.compare_rows.len();
        let mv = |app: &mut App, d: isize| {
            app.compare.row.step(d, len);
            app.compare.row.clamp(len, page);
        };
        match action {
            Action::Up | Action::PrevMatch => mv(self, -1),
            Action::Down | Action::NextMatch => mv(self, 1),
            Action::PageUp => mv(self, -(page as isize)),
            Action::PageDown => mv(self, page as isize),
            Action::Top => mv(self, -(isize::MAX / 2)),
            Action::Bottom => mv(self, isize::MAX / 2),
            Action::FocusNext | Action::FocusPrev => self.compare.focus = 1 - self.compare.focus,
            Action::Align => {
                self.compare.aligned = !self.compare.aligned;
                self.compare.row = ListPos::default();
                if self.compare.aligned && self.topics.vectors.is_none() {
                    // the vectors take seconds on a season of reports: the topic worker builds them
                    if !self.topics.finding {
                        self.topics.finding = true;
                        fx.push(Effect::FindTopics);
                    }
                    self.status = Some("aligning by topic once topics are found…".to_string());
                    return;
                }
                self.derive_compare_rows();
                self.status = Some(self.align_status());
            }
            Action::Open => {
                if let Some(q) = self.selected_quote() {
                    self.screen = Screen::Statement { quote: q, from: Base::Compare };
                    self.detail_scroll = 0;
                }
            }
            Action::PickSpeaker => {
                self.compare.picker = Some(ListPos { sel: self.compare.speakers[self.compare.focus], offset: 0 });
            }
            Action::Back => self.screen = Screen::Browse,
            Action::Scroll { x, down, .. } => {
                let (_, _, cols, _) = compare_areas(self.size, self.query_line());
                if let Some(c) = cols.iter().position(|r| x >= r.x && x < r.x + r.width) {
                    self.compare.focus = c;
                }
                mv(self, if down { 1 } else { -1 });
            }
            Action::Click { x, y } => {
                let (_, _, cols, _) = compare_areas(self.size, self.query_line());
                if let Some(c) = cols.iter().position(|r| r.contains(Position::new(x, y))) {
                    self.compare.focus = c;
                    let row = (y.saturating_sub(cols[c].y + 1)) as usize / CARD_LINES;
                    let target = self.compare.row.offset + row;
                    if target < len {
                        self.compare.row.sel = target;
                    }
                }
            }
            _ => {}
        }
    }

    /// Shows only the statements of topic `t` (all, with `None`) in browse and compare.
    pub fn choose_topic(&mut self, t: Option<usize>) {
        self.topics.chosen = t.and_then(|i| {
            let topics = self.topics.found.as_ref()?;
            let topic = topics.get(i)?;
            Some((i, topic.quotes.iter().copied().collect()))
        });
        self.browse.stmts = ListPos::default();
        self.compare.row = ListPos::default();
        self.detail_scroll = 0;
        self.status = Some(match &self.topics.chosen {
            Some((i, set)) => format!("topic: {} ({} statements)", self.topic_label(*i), set.len()),
            None => "all topics".into(),
        });
        self.relist();
    }

    /// A topic's label as one line.
    pub fn topic_label(&self, i: usize) -> String {
        self.topics.found.as_ref().and_then(|t| t.get(i)).map(|t| one_line(&t.label.join("، "))).unwrap_or_default()
    }

    /// The citation copied with a statement: speaker, outlet or dateline, file and paragraph.
    pub fn citation(&self, q: usize) -> String {
        let quote = &self.doc.quotes[q];
        let article = self.doc.articles.iter().find(|a| *a.id == *quote.article);
        let mut parts = vec![quote.speaker.to_string()];
        if let Some(a) = article {
            if let Some(d) = a.dateline.as_deref().or(a.source.as_deref()).or(a.title.as_deref()) {
                parts.push(d.to_string());
            }
        }
        parts.push(format!("{} ¶{}", quote.path, quote.paragraph));
        one_line(&parts.join(", "))
    }

    fn copy(&mut self, fx: &mut Vec<Effect>) {
        let Some(q) = self.selected_quote() else {
            self.status = Some("nothing selected to copy".into());
            return;
        };
        // the logical text, never the reordered display form
        let text = format!("«{}» — {}", one_line(&self.doc.quotes[q].text), self.citation(q));
        fx.push(Effect::Copy(text));
        let quote = &self.doc.quotes[q];
        self.status = Some(format!("copied {} ({}) to the clipboard", one_line(&quote.id), one_line(&quote.speaker)));
    }
}
