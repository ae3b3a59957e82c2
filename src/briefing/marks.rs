//! The statements a user marked for a briefing, kept in a small versioned JSON file so they
//! survive a search, a restart and a new extraction of the same corpus. A mark names its
//! article by path and a hash of the article's text (the same text gives the same key, so
//! extracting again keeps the marks) and its statement by byte span; the order of the list
//! is the user's.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Version of the marks file; a file of another version is refused, not misread.
pub const MARKS_FORMAT: u32 = 1;

/// The marks file's name in the state folder.
pub const MARKS_FILE_NAME: &str = "marks.json";

/// A marks file larger than this is refused (thousands of marks take a few hundred kB).
pub const MAX_MARKS_FILE: u64 = 64 * 1024 * 1024;

/// An article as marks know it: where it was read from and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleKey {
    pub path: String,
    /// `fnv1a64:HEX:LEN` of the article's text.
    pub hash: String,
}

impl ArticleKey {
    /// The key of the article read from `path` with text `text`.
    pub fn new(path: &str, text: &str) -> ArticleKey {
        ArticleKey { path: path.to_string(), hash: content_hash(text) }
    }
}

/// A hash of an article's text that is the same on every machine and in every build:
/// 64-bit FNV-1a and the length in bytes.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}:{}", text.len())
}

/// One marked statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub article: ArticleKey,
    /// Byte span of the statement in the article's text.
    pub start: usize,
    pub end: usize,
    /// The statement's words when it was marked: shown for a mark that no longer resolves,
    /// and how it is found again in an article that was edited.
    #[serde(default)]
    pub text: String,
    /// The speaker when it was marked, shown for a mark that no longer resolves.
    #[serde(default)]
    pub speaker: String,
}

/// A statement as marks are resolved against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatementRef<'a> {
    pub article: &'a ArticleKey,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// How a mark was found among the statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Same article, same span.
    Exact,
    /// The same text under another path (the file was moved or renamed), same span.
    Moved,
    /// The article changed; a statement with the same words, or covering most of the span,
    /// was found in it.
    Nearby,
}

/// Marks matched to statements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    /// (mark index, statement index, how), in the marks' order.
    pub found: Vec<(usize, usize, Match)>,
    /// Indexes of the marks that no longer name any statement.
    pub lost: Vec<usize>,
}

/// Why marks could not be read or saved.
#[derive(Debug, Error)]
pub enum MarksError {
    #[error("{path}: cannot read the marks: {reason}")]
    Read { path: String, reason: io::Error },
    #[error("{path}: cannot save the marks: {reason}")]
    Write { path: String, reason: io::Error },
    #[error("{path}:{line}:{column}: not a saywho marks file: {message}")]
    Json { path: String, line: usize, column: usize, message: String },
    #[error("{path}: marks saved in format {}, this saywho reads format {expected}", found.map_or("(none)".to_string(), |f| f.to_string()))]
    Version { path: String, found: Option<u32>, expected: u32 },
    #[error("{path}: {size} bytes is too large for a marks file (at most {limit})")]
    TooLarge { path: String, size: u64, limit: u64 },
}

/// The marked statements, in the user's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    pub format: u32,
    pub marks: Vec<Mark>,
}

impl Default for Marks {
    fn default() -> Self {
        Marks { format: MARKS_FORMAT, marks: Vec::new() }
    }
}

impl Marks {
    pub fn new() -> Marks {
        Marks::default()
    }

    pub fn len(&self) -> usize {
        self.marks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// Where the statement at `start..end` of `article` is in the list.
    pub fn position(&self, article: &ArticleKey, start: usize, end: usize) -> Option<usize> {
        self.marks.iter().position(|m| m.start == start && m.end == end && m.article == *article)
    }

    pub fn is_marked(&self, article: &ArticleKey, start: usize, end: usize) -> bool {
        self.position(article, start, end).is_some()
    }

    /// Adds a mark at the end; `false` when the statement is marked already.
    pub fn add(&mut self, mark: Mark) -> bool {
        if self.is_marked(&mark.article, mark.start, mark.end) {
            return false;
        }
        self.marks.push(mark);
        true
    }

    /// Removes the mark at `index`.
    pub fn remove(&mut self, index: usize) -> Option<Mark> {
        (index < self.marks.len()).then(|| self.marks.remove(index))
    }

    /// Marks the statement, or unmarks it when it is marked; `true` when it is now marked.
    pub fn toggle(&mut self, mark: Mark) -> bool {
        match self.position(&mark.article, mark.start, mark.end) {
            Some(i) => {
                self.marks.remove(i);
                false
            }
            None => {
                self.marks.push(mark);
                true
            }
        }
    }

    /// Moves the mark at `index` one place up (`K`); its new index.
    pub fn move_up(&mut self, index: usize) -> usize {
        if index == 0 || index >= self.marks.len() {
            return index.min(self.marks.len().saturating_sub(1));
        }
        self.marks.swap(index, index - 1);
        index - 1
    }

    /// Moves the mark at `index` one place down (`J`); its new index.
    pub fn move_down(&mut self, index: usize) -> usize {
        if index + 1 >= self.marks.len() {
            return index.min(self.marks.len().saturating_sub(1));
        }
        self.marks.swap(index, index + 1);
        index + 1
    }

    /// Finds each mark among `statements`: the same article and span; else the same text
    /// under another path when only one article has it; else, in the article at the same
    /// path (changed) or the same text, the one statement with the mark's words, or the one
    /// that covers most of the span (at least half of the longer of the two).
    pub fn resolve(&self, statements: &[StatementRef<'_>]) -> Resolution {
        let mut by_article: HashMap<&ArticleKey, Vec<usize>> = HashMap::new();
        for (i, s) in statements.iter().enumerate() {
            by_article.entry(s.article).or_default().push(i);
        }
        let mut by_hash: HashMap<&str, Vec<&ArticleKey>> = HashMap::new();
        let mut by_path: HashMap<&str, Vec<&ArticleKey>> = HashMap::new();
        for &k in by_article.keys() {
            by_hash.entry(k.hash.as_str()).or_default().push(k);
            by_path.entry(k.path.as_str()).or_default().push(k);
        }
        let mut out = Resolution::default();
        for (mi, m) in self.marks.iter().enumerate() {
            let exact_span = |k: &ArticleKey| {
                by_article
                    .get(k)?
                    .iter()
                    .copied()
                    .find(|&i| statements[i].start == m.start && statements[i].end == m.end)
            };
            if let Some(i) = exact_span(&m.article) {
                out.found.push((mi, i, Match::Exact));
                continue;
            }
            let same_text: Option<&ArticleKey> = match by_hash.get(m.article.hash.as_str()).map(Vec::as_slice) {
                Some([only]) => Some(only),
                _ => None,
            };
            if let Some(i) = same_text.filter(|k| **k != m.article).and_then(exact_span) {
                out.found.push((mi, i, Match::Moved));
                continue;
            }
            // the article as it is now: the same text, else what is at the same path
            let candidates: Vec<&ArticleKey> = match (by_article.contains_key(&m.article), same_text) {
                (true, _) => vec![&m.article],
                (false, Some(k)) => vec![k],
                (false, None) => by_path.get(m.article.path.as_str()).cloned().unwrap_or_default(),
            };
            let in_article: Vec<usize> =
                candidates.iter().flat_map(|k| by_article.get(k).into_iter().flatten().copied()).collect();
            let same_words: Vec<usize> =
                in_article.iter().copied().filter(|&i| !m.text.is_empty() && statements[i].text == m.text).collect();
            if let [i] = same_words[..] {
                out.found.push((mi, i, Match::Nearby));
                continue;
            }
            let overlap = |i: usize| {
                let s = &statements[i];
                s.end.min(m.end).saturating_sub(s.start.max(m.start))
            };
            let best =
                in_article.iter().copied().filter(|&i| overlap(i) > 0).max_by_key(|&i| (overlap(i), usize::MAX - i));
            match best {
                Some(i)
                    if 2 * overlap(i) >= (m.end - m.start.min(m.end)).max(statements[i].end - statements[i].start) =>
                {
                    out.found.push((mi, i, Match::Nearby));
                }
                _ => out.lost.push(mi),
            }
        }
        out
    }

    /// Points the marks found by `resolve` at the statements' current article and span, so
    /// that the file keeps up with a moved or edited article; `true` when any changed.
    pub fn update(&mut self, resolution: &Resolution, statements: &[StatementRef<'_>]) -> bool {
        let mut changed = false;
        for &(mi, si, _) in &resolution.found {
            let (Some(m), Some(s)) = (self.marks.get_mut(mi), statements.get(si)) else { continue };
            if m.article != *s.article || m.start != s.start || m.end != s.end {
                m.article = s.article.clone();
                m.start = s.start;
                m.end = s.end;
                m.text = s.text.to_string();
                changed = true;
            }
        }
        changed
    }

    /// Reads a marks file; a file that does not exist holds no marks.
    pub fn load(path: &Path) -> Result<Marks, MarksError> {
        let name = path.display().to_string();
        let text = match fs::metadata(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Marks::new()),
            Err(e) => return Err(MarksError::Read { path: name, reason: e }),
            Ok(m) if m.len() > MAX_MARKS_FILE => {
                return Err(MarksError::TooLarge { path: name, size: m.len(), limit: MAX_MARKS_FILE })
            }
            Ok(_) => fs::read(path).map_err(|e| MarksError::Read { path: name.clone(), reason: e })?,
        };
        let text = String::from_utf8(text).map_err(|e| {
            let (line, column) = line_column(e.as_bytes(), e.utf8_error().valid_up_to());
            MarksError::Json { path: name.clone(), line, column, message: "not valid UTF-8".into() }
        })?;
        Marks::parse(&name, &text)
    }

    /// Reads the text of a marks file; `name` names it in errors.
    pub fn parse(name: &str, text: &str) -> Result<Marks, MarksError> {
        let json_error = |e: serde_json::Error| {
            let msg = e.to_string();
            // serde_json appends " at line L column C"; the place is given before the message
            let message = msg.rfind(" at line ").map_or(msg.clone(), |i| msg[..i].to_string());
            MarksError::Json { path: name.to_string(), line: e.line(), column: e.column(), message }
        };
        // the version first, so that a file of another version is refused as such
        #[derive(Deserialize)]
        struct Version {
            format: Option<u32>,
        }
        let v: Version = serde_json::from_str(text).map_err(json_error)?;
        if v.format != Some(MARKS_FORMAT) {
            return Err(MarksError::Version { path: name.to_string(), found: v.format, expected: MARKS_FORMAT });
        }
        let marks: Marks = serde_json::from_str(text).map_err(json_error)?;
        // a span that is not a span is a broken file, not a mark
        if let Some(m) = marks.marks.iter().find(|m| m.start > m.end) {
            return Err(MarksError::Json {
                path: name.to_string(),
                line: 1,
                column: 1,
                message: format!("a mark's start ({}) is after its end ({})", m.start, m.end),
            });
        }
        Ok(marks)
    }

    /// Writes the marks whole or not at all (`crate::atomic`), making the folder if needed.
    pub fn save(&self, path: &Path) -> Result<(), MarksError> {
        let err = |e| MarksError::Write { path: path.display().to_string(), reason: e };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(err)?;
        }
        let doc = Marks { format: MARKS_FORMAT, marks: self.marks.clone() };
        crate::atomic::write(path, |w| {
            serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::from)?;
            w.write_all(b"\n")
        })
        .map_err(err)
    }
}

/// 1-based line and column (in characters) of byte offset `at`.
fn line_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

/// The marks file that goes with a saved index: beside it, `INDEX.marks.json`.
pub fn marks_path_for_index(index: &Path) -> PathBuf {
    let mut name = index.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "saywho".into());
    name.push(".marks.json");
    index.with_file_name(name)
}

/// The marks file in the user's state folder: `$XDG_STATE_HOME/saywho/marks.json`, else
/// `$HOME/.local/state/saywho/marks.json` (a relative `XDG_STATE_HOME` is ignored, as the
/// XDG specification says); `None` with neither.
pub fn state_marks_path(xdg_state_home: Option<&OsStr>, home: Option<&OsStr>) -> Option<PathBuf> {
    let state = xdg_state_home
        .map(Path::new)
        .filter(|p| p.is_absolute())
        .map(Path::to_path_buf)
        .or_else(|| home.map(Path::new).filter(|p| p.is_absolute()).map(|h| h.join(".local").join("state")))?;
    Some(state.join("saywho").join(MARKS_FILE_NAME))
}

/// Where marks are kept: beside the saved index in use, else in the user's state folder
/// (from the environment).
pub fn default_marks_path(index: Option<&Path>) -> Option<PathBuf> {
    match index {
        Some(i) => Some(marks_path_for_index(i)),
        None => state_marks_path(std::env::var_os("XDG_STATE_HOME").as_deref(), std::env::var_os("HOME").as_deref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("saywho-marks-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        d
    }

    /// An article's key, text and statement spans.
    type TestArticle = (ArticleKey, String, Vec<(usize, usize)>);

    /// The statements of a small corpus as an extraction gives them: (article path, text) and
    /// spans of sentences.
    fn corpus() -> Vec<TestArticle> {
        let arts = [
            ("a.txt", "قال الوزير إن الاتفاق قريب.\nوأضاف أن التوقيع غدا."),
            ("b.json#1", "\"We will not stop,\" the union leader said. \"Never.\""),
        ];
        arts.iter()
            .map(|(p, t)| {
                let spans = t
                    .match_indices(['.', '\n'])
                    .scan(0, |from, (i, _)| {
                        let s = (*from, i);
                        *from = i + 1;
                        Some(s)
                    })
                    .filter(|(s, e)| e > s)
                    .collect();
                (ArticleKey::new(p, t), t.to_string(), spans)
            })
            .collect()
    }

    fn refs(c: &[TestArticle]) -> Vec<StatementRef<'_>> {
        c.iter()
            .flat_map(|(k, t, spans)| {
                spans.iter().map(move |&(s, e)| StatementRef { article: k, start: s, end: e, text: &t[s..e] })
            })
            .collect()
    }

    fn mark(s: &StatementRef<'_>) -> Mark {
        Mark { article: s.article.clone(), start: s.start, end: s.end, text: s.text.to_string(), speaker: "x".into() }
    }

    #[test]
    fn marks_round_trip_through_the_file_in_their_order() {
        let c = corpus();
        let st = refs(&c);
        let mut m = Marks::new();
        for s in [&st[2], &st[0], &st[1]] {
            assert!(m.add(mark(s)));
        }
        assert!(!m.add(mark(&st[0])), "marked twice is marked once");
        let d = temp_dir("roundtrip");
        let path = d.join("state").join("marks.json");
        m.save(&path).unwrap();
        let back = Marks::load(&path).unwrap();
        assert_eq!(back, m);
        let r = back.resolve(&st);
        let order: Vec<(usize, usize)> = r.found.iter().map(|&(mi, si, _)| (mi, si)).collect();
        assert_eq!((order, r.lost), (vec![(0, 2), (1, 0), (2, 1)], vec![]));
        assert!(fs::read_to_string(&path).unwrap().starts_with("{\n  \"format\": 1,"));
        fs::remove_dir_all(&d).unwrap();
        assert_eq!(Marks::load(&path).unwrap(), Marks::new(), "no file: no marks");
    }

    #[test]
    fn reordering_and_unmarking() {
        let c = corpus();
        let st = refs(&c);
        let mut m = Marks::new();
        for s in &st[..3] {
            m.toggle(mark(s));
        }
        let order = |m: &Marks| m.marks.iter().map(|k| k.start).collect::<Vec<_>>();
        let starts: Vec<usize> = st[..3].iter().map(|s| s.start).collect();
        assert_eq!(m.move_up(2), 1);
        assert_eq!(order(&m), [starts[0], starts[2], starts[1]]);
        assert_eq!(m.move_up(0), 0, "the first stays first");
        assert_eq!(m.move_down(0), 1);
        assert_eq!(order(&m), [starts[2], starts[0], starts[1]]);
        assert_eq!(m.move_down(2), 2, "the last stays last");
        assert_eq!(m.move_down(7), 2);
        assert!(!m.toggle(mark(&st[0])), "toggling a marked statement unmarks it");
        assert_eq!(order(&m), [starts[2], starts[1]]);
        assert_eq!(m.remove(5), None);
        assert_eq!(m.remove(0).map(|k| k.start), Some(starts[2]));
        assert!(Marks::new().move_up(0) == 0 && Marks::new().move_down(0) == 0);
    }

    #[test]
    fn marks_survive_extracting_the_same_corpus_again() {
        let mut m = Marks::new();
        {
            let first = corpus();
            for s in refs(&first).iter().skip(1) {
                m.add(mark(s));
            }
        }
        // a new run: new strings, same texts, same keys
        let again = corpus();
        let r = m.resolve(&refs(&again));
        assert!(r.lost.is_empty() && r.found.iter().all(|f| f.2 == Match::Exact), "{r:?}");
        assert_eq!(r.found.len(), m.len());
        assert_eq!(ArticleKey::new("a.txt", "x"), ArticleKey::new("a.txt", "x"));
        assert_ne!(ArticleKey::new("a.txt", "x").hash, ArticleKey::new("a.txt", "y").hash);
        assert_eq!(content_hash(""), "fnv1a64:cbf29ce484222325:0");
        assert_eq!(content_hash("a"), "fnv1a64:af63dc4c8601ec8c:1");
    }

    #[test]
    fn moved_and_edited_articles_keep_their_marks_and_lost_ones_are_reported() {
        let c = corpus();
        let st = refs(&c);
        let mut m = Marks::new();
        m.add(mark(&st[0]));
        m.add(mark(&st[1]));
        m.add(Mark { text: "gone".into(), ..mark(&st[2]) });
        // the first file renamed; the second edited (a word added before the statements)
        let (k0, t0, s0) = &c[0];
        let moved = ArticleKey { path: "renamed/a.txt".into(), hash: k0.hash.clone() };
        let edited_text = format!("Updated: {}", c[1].1);
        let edited = ArticleKey::new("b.json#1", &edited_text);
        let shift = "Updated: ".len();
        let mut now: Vec<StatementRef<'_>> =
            s0.iter().map(|&(s, e)| StatementRef { article: &moved, start: s, end: e, text: &t0[s..e] }).collect();
        now.extend(c[1].2.iter().map(|&(s, e)| StatementRef {
            article: &edited,
            start: s + shift,
            end: e + shift,
            text: &edited_text[s + shift..e + shift],
        }));
        let r = m.resolve(&now);
        assert_eq!(r.found[..2], [(0, 0, Match::Moved), (1, 1, Match::Moved)]);
        // the third mark's words were changed in the file; its span still mostly covers one
        assert_eq!(r.found[2].2, Match::Nearby);
        assert!(r.lost.is_empty());
        assert!(m.update(&r, &now));
        assert_eq!(m.marks[0].article.path, "renamed/a.txt");
        assert_eq!(m.resolve(&now).found.iter().filter(|f| f.2 == Match::Exact).count(), 3);
        // nothing there any more
        let other = ArticleKey::new("c.txt", "other");
        let lone = [StatementRef { article: &other, start: 0, end: 5, text: "other" }];
        assert_eq!(m.resolve(&lone).lost, [0, 1, 2]);
    }

    #[test]
    fn a_bad_marks_file_is_an_error_with_its_place_never_a_panic() {
        let d = temp_dir("bad");
        fs::create_dir_all(&d).unwrap();
        let path = d.join("marks.json");
        let cases: [(&[u8], &str); 6] = [
            (b"{\"format\": 1,\n \"marks\": [ {\"article\": ", ":2:"),
            (b"{\"format\": 1, \"marks\": 7}", "invalid type"),
            (b"{\"format\": 2, \"marks\": []}", "marks saved in format 2, this saywho reads format 1"),
            (b"[]", "not a saywho marks file"),
            (b"\xff\xfe", ":1:1: not a saywho marks file: not valid UTF-8"),
            (
                b"{\"format\":1,\"marks\":[{\"article\":{\"path\":\"a\",\"hash\":\"h\"},\"start\":9,\"end\":2}]}",
                "start (9) is after its end (2)",
            ),
        ];
        for (bytes, want) in cases {
            fs::write(&path, bytes).unwrap();
            let e = Marks::load(&path).unwrap_err().to_string();
            assert!(e.starts_with(&path.display().to_string()) && e.contains(want), "{e}");
        }
        fs::remove_dir_all(&d).unwrap();
    }

    proptest::proptest! {
        /// Any text as a marks file, resolved against any statements: marks or an error, never
        /// a panic.
        #[test]
        fn any_marks_file_and_any_spans(text in proptest::prelude::any::<String>(), spans in proptest::collection::vec((0usize..50, 0usize..50), 0..6)) {
            let _ = Marks::parse("m.json", &text);
            let key = ArticleKey::new("a", "text");
            let st: Vec<StatementRef<'_>> = spans.iter().map(|&(s, e)| StatementRef { article: &key, start: s, end: e, text: "t" }).collect();
            let mut m = Marks::new();
            for &(s, e) in &spans {
                m.add(Mark { article: ArticleKey::new("a", if s % 2 == 0 { "text" } else { "other" }), start: e, end: s, text: "t".into(), speaker: String::new() });
            }
            let r = m.resolve(&st);
            proptest::prop_assert_eq!(r.found.len() + r.lost.len(), m.len());
        }
    }

    #[test]
    fn where_marks_are_kept() {
        assert_eq!(marks_path_for_index(Path::new("/data/corpus.saywho")), Path::new("/data/corpus.saywho.marks.json"));
        assert_eq!(marks_path_for_index(Path::new("idx.json")), Path::new("idx.json.marks.json"));
        let s = |x: &str| Some(OsStr::new(x).to_owned());
        assert_eq!(
            state_marks_path(s("/xdg/state").as_deref(), s("/home/u").as_deref()),
            Some(PathBuf::from("/xdg/state/saywho/marks.json"))
        );
        assert_eq!(
            state_marks_path(s("relative").as_deref(), s("/home/u").as_deref()),
            Some(PathBuf::from("/home/u/.local/state/saywho/marks.json"))
        );
        assert_eq!(state_marks_path(None, None), None);
        assert_eq!(default_marks_path(Some(Path::new("i.json"))), Some(PathBuf::from("i.json.marks.json")));
    }
}
