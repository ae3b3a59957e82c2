//! The search index and matcher: Arabic/Latin folding with a map back to the original
//! characters (for highlights), the query language, and ranking with fuzzy-matcher.
//!
//! Query language, as in fzf: space-separated terms must all match; `'word` is an exact
//! substring; `!word` excludes statements containing it; `@name` keeps only speakers whose
//! name or an alias contains `name`. Matching folds hamza/alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي,
//! drops tashkeel and tatweel, and folds Latin case and accents.
//!
//! Speed at 100,000 statements comes from the index, not the matcher: a per-statement
//! character-set mask rejects most statements without looking at their text, a subsequence
//! scan decides the rest, a growing query only re-examines the previous query's matches, and
//! fuzzy-matcher scores only until the best `limit` results are certain — candidates are
//! scored in document order in parallel blocks, and scoring stops once `limit` results reach
//! the highest score the query can have.

use std::cmp::Reverse;
use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

use crate::model::Document;
use crate::text::fold_char;

/// A string in folded form with a map from folded character positions back to original
/// ones. Folding drops characters (marks, tatweel) but never adds any, so the map is stored
/// as breakpoints: from folded position `at`, add `shift` to get the original position.
/// Most text has few marks, so this is a few entries instead of one per character.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// (folded position, shift), ascending; the shift before the first entry is 0.
    shifts: Vec<(u32, u32)>,
    len: u32,
}

impl Folded {
    pub fn new(s: &str) -> Self {
        Self::build(s, |_| {})
    }

    /// The folded form and the character-set mask of what it holds, in one pass.
    fn with_mask(s: &str) -> (Self, u128) {
        let mut mask = 0;
        let f = Self::build(s, |c| mask |= char_bit(c));
        (f, mask)
    }

    /// Folds `s`, showing each character kept (after folding) to `kept`.
    #[inline]
    fn build(s: &str, mut kept: impl FnMut(char)) -> Self {
        let mut text = String::with_capacity(s.len());
        let mut shifts = Vec::new();
        let mut n = 0u32;
        let mut shift = 0u32;
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // fast paths for ASCII and the two-byte Arabic letters that fold to themselves;
            // everything else through `fold_char`
            let c0 = b[i];
            if c0 < 0x80 {
                let c = c0.to_ascii_lowercase() as char;
                text.push(c);
                kept(c);
                n += 1;
                i += 1;
                continue;
            }
            if (c0 == 0xD8 || c0 == 0xD9) && i + 1 < b.len() {
                let u = (u32::from(c0 & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
                let plain = matches!(u, 0x0621..=0x063A | 0x0641..=0x064A)
                    && !matches!(u, 0x0622 | 0x0623 | 0x0625 | 0x0624 | 0x0626 | 0x0629 | 0x0649);
                if plain {
                    text.push_str(&s[i..i + 2]);
                    kept(char::from_u32(u).unwrap_or('\u{FFFD}'));
                    n += 1;
                    i += 2;
                    continue;
                }
            }
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            i += c.len_utf8();
            match fold_char(c) {
                Some(f) => {
                    text.push(f);
                    kept(f);
                    n += 1;
                }
                None => {
                    shift += 1;
                    match shifts.last_mut() {
                        Some((at, sh)) if *at == n => *sh = shift,
                        _ => shifts.push((n, shift)),
                    }
                }
            }
        }
        shifts.shrink_to_fit();
        Folded { text, shifts, len: n }
    }

    /// The original character position of folded position `i`.
    pub fn origin(&self, i: usize) -> Option<usize> {
        if i >= self.len as usize {
            return None;
        }
        let k = self.shifts.partition_point(|&(at, _)| at as usize <= i);
        let shift = if k == 0 { 0 } else { self.shifts[k - 1].1 };
        Some(i + shift as usize)
    }

    /// Maps folded character positions to original character positions.
    pub fn to_original(&self, folded: &[usize]) -> Vec<usize> {
        folded.iter().filter_map(|&i| self.origin(i)).collect()
    }
}

/// One term of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// Fuzzy: the characters in order, not necessarily adjacent.
    Fuzzy(String),
    /// `'word`: an exact (folded) substring.
    Exact(String),
    /// `!word`: statements containing this (folded) substring are left out.
    Not(String),
    /// `@name`: the speaker's name or an alias contains this.
    Speaker(String),
}

/// A parsed query; terms are folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

fn fold_str(t: &str) -> String {
    t.chars().filter_map(fold_char).collect()
}

impl Query {
    pub fn parse(s: &str) -> Query {
        let terms = s
            .split_whitespace()
            .filter_map(|w| {
                let (kind, rest): (fn(String) -> Term, &str) = if let Some(r) = w.strip_prefix('\'') {
                    (Term::Exact, r)
                } else if let Some(r) = w.strip_prefix('!') {
                    (Term::Not, r)
                } else if let Some(r) = w.strip_prefix('@') {
                    (Term::Speaker, r)
                } else {
                    (Term::Fuzzy, w)
                };
                let f = fold_str(rest);
                (!f.is_empty()).then(|| kind(f))
            })
            .collect();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Whether every match of query text `new` is a match of `old`, so that `new` can be
/// searched among `old`'s matches only: true when `new` extends `old`, unless the extended
/// word is an exclusion (`!ab` excludes less than `!a`).
pub fn narrows(old: &str, new: &str) -> bool {
    if !new.starts_with(old) {
        return false;
    }
    let last_old = old.rsplit(char::is_whitespace).next().unwrap_or("");
    let continues_word = !old.is_empty() && !old.ends_with(char::is_whitespace);
    !(continues_word && last_old.starts_with('!'))
}

/// A statement that matched, with its score and the matched characters of its text
/// (character offsets into the quote text, sorted, without duplicates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub quote: usize,
    pub score: i64,
    pub positions: Vec<usize>,
}

/// Bit of a character in a 128-bit character-set mask.
#[inline]
fn char_bit(c: char) -> u128 {
    let u = c as u32;
    let b = match u {
        0x0621..=0x064A => u - 0x0621 + 64, // Arabic letters: bits 64..105
        0x30..=0x39 => u - 0x30 + 10,       // digits
        0x61..=0x7A => u - 0x61 + 20,       // latin
        _ => 106 + (u.wrapping_mul(2_654_435_761) >> 27) % 22,
    };
    1u128 << b
}

/// The character-set mask of `s` as it stands (already folded).
pub fn mask_of(s: &str) -> u128 {
    s.chars().fold(0, |m, c| m | char_bit(c))
}

/// The character-set mask of `s` after folding, without building the folded text: one
/// table lookup per character of up to two bytes (ASCII, Arabic, Latin accents),
/// `fold_char` for the rest.
pub fn folded_mask(s: &str) -> u128 {
    static TABLE: std::sync::OnceLock<Vec<u128>> = std::sync::OnceLock::new();
    let table = TABLE
        .get_or_init(|| (0..0x800u32).map(|u| char::from_u32(u).and_then(fold_char).map_or(0, char_bit)).collect());
    let b = s.as_bytes();
    let mut m = 0u128;
    let mut i = 0;
    while i < b.len() {
        let c0 = b[i];
        if c0 < 0x80 {
            m |= table[c0 as usize];
            i += 1;
        } else if c0 < 0xE0 {
            // a two-byte sequence (`s` is UTF-8, so its second byte exists)
            m |= table[(usize::from(c0 & 0x1F) << 6) | usize::from(b[i + 1] & 0x3F)];
            i += 2;
        } else {
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            m |= fold_char(c).map_or(0, char_bit);
            i += c.len_utf8();
        }
    }
    m
}

#[inline]
fn is_subsequence(text: &str, pat: &str) -> bool {
    let mut rest = text;
    for c in pat.chars() {
        match find_char(rest, c) {
            Some(i) => rest = &rest[i + c.len_utf8()..],
            None => return false,
        }
    }
    true
}

struct Entry {
    text: Folded,
    /// Characters of the text, the speaker's names and the source.
    mask: u128,
    speaker: u32,
    source: u32,
}

/// The search index over a document's statements.
pub struct Index {
    entries: Vec<Entry>,
    /// Speaker of each entry, dense for counting (entries are large, this is 4 bytes each).
    speaker_of: Vec<u32>,
    /// Per speaker (index into `doc.speakers`): folded name and aliases.
    speakers: Vec<Vec<String>>,
    speaker_masks: Vec<u128>,
    /// Folded title and dateline per article.
    sources: Vec<String>,
    matcher: SkimMatcherV2,
}

/// A query prepared against an index.
struct Prepared<'q> {
    terms: Vec<PTerm<'q>>,
    /// Speakers allowed by `@` terms (`None`: all).
    speakers: Option<Vec<bool>>,
}

struct PTerm<'q> {
    term: &'q Term,
    mask: u128,
}

/// The cheap first-stage ranking order: more exact terms, word start, earlier, document order.
type RankKey = (Reverse<u8>, Reverse<bool>, u32, u32);

/// Marks a byte position that does not exist.
const NO: u32 = u32::MAX;

/// A matching statement with what ranking and the next keystroke need: where the greedy
/// match of the query's last (fuzzy) term ended in the text, where that term first occurs
/// exactly, and how many of the other terms occur exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cand {
    pub quote: u32,
    fpos: u32,
    xpos: u32,
    tier: u8,
}

/// What one search produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// The query text searched.
    pub query: String,
    /// Every matching statement, in document order.
    pub matched: Arc<Vec<u32>>,
    /// Matches per speaker (index into `doc.speakers`).
    pub per_speaker: Vec<u32>,
    /// The best matches (of the requested speaker, if one was), best first, at most the
    /// requested limit; positions are left empty (see `Index::positions`).
    pub hits: Vec<Hit>,
    /// How many matches the ranked list was chosen from.
    pub ranked_from: usize,
    /// Per-match state for narrowing on the next keystroke.
    pub state: Arc<Vec<Cand>>,
}

/// What an index is built from, borrowed from wherever the statements are kept.
pub struct Parts<'a, S> {
    /// Per speaker: the name, then the aliases.
    pub speakers: Vec<Vec<&'a str>>,
    /// Per article: what is searched besides its statements (see `source_text`).
    pub sources: Vec<String>,
    /// Per statement: its text, its speaker (into `speakers`) and article (into `sources`);
    /// produced on all cores while the index is built, never held as a list.
    pub statements: S,
}

/// What `Parts::statements` yields.
pub type Statement<'a> = (&'a str, u32, u32);

/// The parts of a loaded document.
pub fn document_parts(doc: &Document) -> Parts<'_, impl IndexedParallelIterator<Item = Statement<'_>>> {
    let speaker_ix: rustc_hash::FxHashMap<&str, u32> =
        doc.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i as u32)).collect();
    let article_ix: rustc_hash::FxHashMap<&str, u32> =
        doc.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).collect();
    Parts {
        speakers: doc
            .speakers
            .iter()
            .map(|s| std::iter::once(s.name.as_str()).chain(s.aliases.iter().map(String::as_str)).collect())
            .collect(),
        sources: doc.articles.iter().map(|a| source_text(a.title.as_deref(), a.dateline.as_deref())).collect(),
        statements: doc.quotes.par_iter().map(move |q| {
            let speaker = speaker_ix.get(&*q.speaker_id).copied().unwrap_or(u32::MAX);
            let source = article_ix.get(&*q.article).copied().unwrap_or(u32::MAX);
            (&*q.text, speaker, source)
        }),
    }
}

/// The speakers (folded names, and their masks) that the `@` terms of `q` allow; `None`
/// when it has none.
fn allowed_speakers(speakers: &[Vec<String>], masks: &[u128], q: &Query) -> Option<Vec<bool>> {
    let mut allowed: Option<Vec<bool>> = None;
    for t in &q.terms {
        if let Term::Speaker(name) = t {
            let m = mask_of(name);
            let these = speakers
                .iter()
                .zip(masks)
                .map(|(names, &sm)| sm & m == m && names.iter().any(|n| n.contains(name.as_str())));
            allowed = Some(match allowed {
                Some(prev) => prev.iter().zip(these).map(|(a, b)| *a && b).collect(),
                None => these.collect(),
            });
        }
    }
    allowed
}

/// What is searched of an article besides its statements: title and dateline.
pub fn source_text(title: Option<&str>, dateline: Option<&str>) -> String {
    format!("{} {}", title.unwrap_or(""), dateline.unwrap_or(""))
}

impl Index {
    pub fn new(doc: &Document) -> Index {
        Index::from_parts(document_parts(doc), None)
    }

    /// An index that answers `q` and the queries that narrow it (see `narrows`), and no
    /// others: statements that `q` cannot match (of a speaker its `@` terms leave out, or
    /// lacking a character of one of its terms) are left unfolded. Folding is most of the
    /// cost of building an index, and most statements lack a character of a typical query.
    pub fn for_query(doc: &Document, q: &Query) -> Index {
        Index::from_parts(document_parts(doc), Some(q))
    }

    /// Builds the index; with `only`, as for `for_query`.
    pub fn from_parts<'a>(
        parts: Parts<'a, impl IndexedParallelIterator<Item = Statement<'a>>>,
        only: Option<&Query>,
    ) -> Index {
        let speakers: Vec<Vec<String>> =
            parts.speakers.iter().map(|names| names.iter().map(|n| fold_str(n)).collect()).collect();
        let speaker_masks: Vec<u128> =
            speakers.iter().map(|names| names.iter().fold(0, |m, n| m | mask_of(n))).collect();
        let sources: Vec<String> = parts.sources.iter().map(|s| fold_str(s)).collect();
        let source_masks: Vec<u128> = sources.iter().map(|s| mask_of(s)).collect();
        // with a query, a statement of a speaker its `@` terms leave out, or whose text and
        // meta lack the characters of one of its fuzzy or exact terms, cannot match
        let allowed = only.and_then(|q| allowed_speakers(&speakers, &speaker_masks, q));
        let required: Vec<u128> = only
            .into_iter()
            .flat_map(|q| &q.terms)
            .filter_map(|t| match t {
                Term::Fuzzy(w) | Term::Exact(w) => Some(mask_of(w)),
                _ => None,
            })
            .collect();
        let entries: Vec<Entry> = parts
            .statements
            .map(|(text, speaker, source)| {
                let meta = speaker_masks.get(speaker as usize).copied().unwrap_or(0)
                    | source_masks.get(source as usize).copied().unwrap_or(0);
                let speaker_allowed = allowed.as_ref().is_none_or(|a| a.get(speaker as usize) == Some(&true));
                let (text, mask) = if !speaker_allowed {
                    (Folded::default(), meta)
                } else if required.is_empty() {
                    let (f, m) = Folded::with_mask(text);
                    (f, m | meta)
                } else {
                    let mask = folded_mask(text) | meta;
                    let can_match = required.iter().all(|&r| r & mask == r);
                    (if can_match { Folded::new(text) } else { Folded::default() }, mask)
                };
                Entry { text, mask, speaker, source }
            })
            .collect();
        let speaker_of = entries.iter().map(|e: &Entry| e.speaker).collect();
        Index { entries, speaker_of, speakers, speaker_masks, sources, matcher: SkimMatcherV2::default().ignore_case() }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn prepare<'q>(&self, q: &'q Query) -> Prepared<'q> {
        let terms = q
            .terms
            .iter()
            .filter_map(|t| match t {
                Term::Fuzzy(w) | Term::Exact(w) => Some(PTerm { term: t, mask: mask_of(w) }),
                Term::Not(_) => Some(PTerm { term: t, mask: 0 }),
                Term::Speaker(_) => None,
            })
            .collect();
        Prepared { terms, speakers: allowed_speakers(&self.speakers, &self.speaker_masks, q) }
    }

    fn meta(&self, e: &Entry) -> impl Iterator<Item = &str> {
        self.speakers
            .get(e.speaker as usize)
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(self.sources.get(e.source as usize).map(String::as_str))
    }

    /// Whether statement `i` matches these terms (speaker filters aside).
    fn matches_terms(&self, i: usize, terms: &[PTerm]) -> bool {
        let e = &self.entries[i];
        for t in terms {
            if t.mask & e.mask != t.mask {
                return false;
            }
            let ok = match t.term {
                Term::Fuzzy(w) => is_subsequence(&e.text.text, w) || self.meta(e).any(|m| is_subsequence(m, w)),
                Term::Exact(w) => find_str(&e.text.text, w).is_some() || self.meta(e).any(|m| m.contains(w.as_str())),
                Term::Not(w) => find_str(&e.text.text, w).is_none(),
                Term::Speaker(_) => true,
            };
            if !ok {
                return false;
            }
        }
        true
    }

    fn term_score(&self, e: &Entry, t: &Term) -> i64 {
        match t {
            Term::Fuzzy(w) => {
                let text = self.matcher.fuzzy_match(scored_part(&e.text.text), w);
                let meta = self.meta(e).filter_map(|m| self.matcher.fuzzy_match(m, w)).max();
                text.max(meta).unwrap_or(0)
            }
            Term::Exact(w) => {
                if e.text.text.contains(w.as_str()) {
                    100 + 16 * w.chars().count() as i64
                } else {
                    50
                }
            }
            _ => 0,
        }
    }

    /// The score of statement `i` (which must match).
    fn score(&self, i: usize, p: &Prepared) -> i64 {
        let e = &self.entries[i];
        p.terms.iter().map(|t| self.term_score(e, t.term)).sum()
    }

    /// Matched characters of statement `quote` for highlighting (char offsets into the
    /// quote text).
    pub fn positions(&self, quote: usize, q: &Query) -> Vec<usize> {
        let Some(e) = self.entries.get(quote) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for t in &q.terms {
            match t {
                Term::Fuzzy(w) => {
                    if let Some((_, idx)) = self.matcher.fuzzy_indices(scored_part(&e.text.text), w) {
                        out.extend(e.text.to_original(&idx));
                    }
                }
                Term::Exact(w) => {
                    if let Some(byte) = e.text.text.find(w.as_str()) {
                        let start = e.text.text[..byte].chars().count();
                        let idx: Vec<usize> = (start..start + w.chars().count()).collect();
                        out.extend(e.text.to_original(&idx));
                    }
                }
                _ => {}
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The query's last term, when it is fuzzy: typing extends it one character at a time.
    fn last_fuzzy(q: &Query) -> Option<&str> {
        match q.terms.last() {
            Some(Term::Fuzzy(w)) => Some(w),
            _ => None,
        }
    }

    /// Matches a query's last (fuzzy) term: where its greedy match ends in the text and where
    /// it first occurs exactly (`NO` for either when it matched only the speaker or source).
    fn match_last(&self, e: &Entry, w: &str, t: &PTerm) -> Option<(u32, u32)> {
        if t.mask & e.mask != t.mask {
            return None;
        }
        let text = e.text.text.as_str();
        match greedy_end(text, w) {
            Some(end) => {
                // one character: its greedy match is its first occurrence
                let x = if w.chars().nth(1).is_none() { Some(end - w.len()) } else { find_str(text, w) };
                Some((end as u32, x.map_or(NO, |x| x as u32)))
            }
            None if self.meta(e).any(|m| is_subsequence(m, w)) => Some((NO, NO)),
            None => None,
        }
    }

    /// Full evaluation of statement `i`: `None` if it does not match.
    fn evaluate(&self, i: usize, q: &Query, p: &Prepared) -> Option<Cand> {
        let e = &self.entries[i];
        let text = e.text.text.as_str();
        let last = Self::last_fuzzy(q);
        let n = p.terms.len();
        // every term but a fuzzy last one through `matches`; that one is matched here once,
        // keeping where it ended
        let (others, last_term) = match last {
            Some(_) => (&p.terms[..n - 1], p.terms.last()),
            None => (&p.terms[..], None),
        };
        if let Some(allowed) = &p.speakers {
            if !allowed.get(e.speaker as usize).copied().unwrap_or(false) {
                return None;
            }
        }
        if !self.matches_terms(i, others) {
            return None;
        }
        let (fpos, xpos) = match (last, last_term) {
            (Some(w), Some(t)) => self.match_last(e, w, t)?,
            _ => (NO, NO),
        };
        let tier = others
            .iter()
            .filter(|t| matches!(t.term, Term::Fuzzy(w) | Term::Exact(w) if find_str(text, w).is_some()))
            .count() as u8;
        Some(Cand { quote: i as u32, fpos, xpos, tier })
    }

    /// Moves a match of the previous query on by one character `c` added to the last term
    /// (now `term`): the greedy match resumes where it ended, the exact occurrence is looked
    /// for from where the shorter term first occurred.
    fn advance(&self, c: &Cand, ch: char, term: &str) -> Option<Cand> {
        let e = &self.entries[c.quote as usize];
        let text = e.text.text.as_str();
        if char_bit(ch) & e.mask == 0 {
            return None;
        }
        let fpos = if c.fpos != NO {
            match find_char(&text[c.fpos as usize..], ch) {
                Some(k) => c.fpos + (k + ch.len_utf8()) as u32,
                None => NO,
            }
        } else {
            NO
        };
        if fpos == NO && !self.meta(e).any(|m| is_subsequence(m, term)) {
            return None;
        }
        let xpos =
            if c.xpos != NO { find_str(&text[c.xpos as usize..], term).map_or(NO, |k| c.xpos + k as u32) } else { NO };
        Some(Cand { fpos, xpos, ..*c })
    }

    /// A match of the previous query (whose `known` first terms it is known to match, the
    /// last of them fuzzy if `last_was_fuzzy`) checked against the terms added after them.
    fn extend(&self, c: &Cand, q: &Query, p: &Prepared, known: usize, last_was_fuzzy: bool) -> Option<Cand> {
        let e = &self.entries[c.quote as usize];
        if let Some(allowed) = &p.speakers {
            if !allowed.get(e.speaker as usize).copied().unwrap_or(false) {
                return None;
            }
        }
        if q.terms.len() == known {
            return Some(*c); // nothing added that matching sees (a bare `@`, `'` or `!`)
        }
        let text = e.text.text.as_str();
        let known_terms = q.terms[..known].iter().filter(|t| !matches!(t, Term::Speaker(_))).count();
        let added = &p.terms[known_terms.min(p.terms.len())..];
        let last = Self::last_fuzzy(q);
        let n = added.len();
        let (others, last_term) = match last {
            Some(_) if n > 0 => (&added[..n - 1], added.last()),
            _ => (added, None),
        };
        if !self.matches_terms(c.quote as usize, others) {
            return None;
        }
        let (fpos, xpos) = match (last, last_term) {
            (Some(w), Some(t)) => self.match_last(e, w, t)?,
            _ => (NO, NO),
        };
        let tier = c.tier
            + u8::from(last_was_fuzzy && c.xpos != NO)
            + others
                .iter()
                .filter(|t| matches!(t.term, Term::Fuzzy(w) | Term::Exact(w) if find_str(text, w).is_some()))
                .count() as u8;
        Some(Cand { quote: c.quote, fpos, xpos, tier })
    }

    /// A match of the previous query whose last term, exact, was `old` and is now `new`.
    fn extend_exact(&self, c: &Cand, old: &str, new: &str) -> Option<Cand> {
        let e = &self.entries[c.quote as usize];
        let text = e.text.text.as_str();
        let now = find_str(text, new).is_some();
        if !now && !self.meta(e).any(|m| m.contains(new)) {
            return None;
        }
        let before = find_str(text, old).is_some();
        Some(Cand { tier: c.tier.saturating_sub(u8::from(before)) + u8::from(now), ..*c })
    }

    /// Runs a query: every match (from `prev` moved on by one typed character when given,
    /// else by full evaluation over `candidates` or all statements), and the best `limit`
    /// among those of `speaker`.
    fn run_with(
        &self,
        q: &Query,
        text: &str,
        candidates: Option<&[u32]>,
        prev: Option<(&[Cand], Step)>,
        speaker: Option<usize>,
        limit: usize,
    ) -> Results {
        let p = self.prepare(q);
        let state: Vec<Cand> = match (prev, Self::last_fuzzy(q)) {
            (Some((prev, Step::Char(ch))), Some(term)) => {
                prev.par_iter().filter_map(|c| self.advance(c, ch, term)).collect()
            }
            (Some((prev, Step::Exact(old))), _) => match q.terms.last() {
                Some(Term::Exact(new)) => prev.par_iter().filter_map(|c| self.extend_exact(c, &old, new)).collect(),
                _ => (0..self.entries.len()).into_par_iter().filter_map(|i| self.evaluate(i, q, &p)).collect(),
            },
            (Some((prev, Step::Terms { known, last_was_fuzzy })), _) => {
                prev.par_iter().filter_map(|c| self.extend(c, q, &p, known, last_was_fuzzy)).collect()
            }
            _ => match candidates {
                Some(c) => c.par_iter().filter_map(|&i| self.evaluate(i as usize, q, &p)).collect(),
                None => (0..self.entries.len()).into_par_iter().filter_map(|i| self.evaluate(i, q, &p)).collect(),
            },
        };
        self.finish(&p, text, state, speaker, limit)
    }

    /// Counts, ranks and packs the matches of a query.
    fn finish(&self, p: &Prepared, text: &str, state: Vec<Cand>, speaker: Option<usize>, limit: usize) -> Results {
        let mut per_speaker = vec![0u32; self.speakers.len()];
        for c in &state {
            if let Some(n) = per_speaker.get_mut(self.speaker_of[c.quote as usize] as usize) {
                *n += 1;
            }
        }
        let (hits, ranked_from) = match speaker {
            Some(s) => {
                let pool: Vec<Cand> =
                    state.iter().copied().filter(|c| self.speaker_of[c.quote as usize] as usize == s).collect();
                (self.rank(p, &pool, limit), pool.len())
            }
            None => (self.rank(p, &state, limit), state.len()),
        };
        Results {
            query: text.to_string(),
            matched: Arc::new(state.iter().map(|c| c.quote).collect()),
            per_speaker,
            hits,
            ranked_from,
            state: Arc::new(state),
        }
    }

    /// Runs a query over `candidates` (all statements if `None`): every match, and the best
    /// `limit` among those of `speaker` (all speakers if `None`).
    pub fn run(
        &self,
        q: &Query,
        text: &str,
        candidates: Option<&[u32]>,
        speaker: Option<usize>,
        limit: usize,
    ) -> Results {
        self.run_with(q, text, candidates, None, speaker, limit)
    }

    /// Ranking in two stages. First a cheap order over every match: statements where more
    /// terms occur as exact (folded) substrings come first, then those where the last term
    /// starts a word, then earlier occurrences; then the first `2 × limit` of that order are
    /// scored with fuzzy-matcher and sorted by score (document order breaks ties).
    fn rank(&self, p: &Prepared, pool: &[Cand], limit: usize) -> Vec<Hit> {
        if limit == 0 || pool.is_empty() {
            return Vec::new();
        }
        if !p.terms.iter().any(|t| matches!(t.term, Term::Fuzzy(_) | Term::Exact(_))) {
            // nothing to rank by: document order
            return pool
                .iter()
                .take(limit)
                .map(|c| Hit { quote: c.quote as usize, score: 0, positions: Vec::new() })
                .collect();
        }
        let mut keyed: Vec<(RankKey, u32)> = pool
            .par_iter()
            .map(|c| {
                let exact = c.xpos != NO;
                let text = &self.entries[c.quote as usize].text.text;
                let word_start =
                    exact && text[..c.xpos as usize].chars().next_back().is_none_or(|b| !crate::text::is_word_char(b));
                ((Reverse(c.tier + u8::from(exact)), Reverse(word_start), c.xpos, c.quote), c.quote)
            })
            .collect();
        let n = limit.saturating_mul(2).min(keyed.len());
        if n < keyed.len() {
            keyed.select_nth_unstable(n);
            keyed.truncate(n);
        }
        let mut hits: Vec<Hit> = keyed
            .par_iter()
            .map(|&(_, q)| Hit { quote: q as usize, score: self.score(q as usize, p), positions: Vec::new() })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.quote.cmp(&b.quote)));
        hits.truncate(limit);
        hits
    }

    /// Every matching statement, best first, with highlight positions (for the CLI and tests).
    pub fn search(&self, q: &Query) -> Vec<Hit> {
        let r = self.run(q, "", None, None, usize::MAX / 4);
        r.hits.into_iter().map(|h| Hit { positions: self.positions(h.quote, q), ..h }).collect()
    }
}

/// What a search starts from.
enum Plan {
    /// The previous matches, moved on by one step.
    Step(Arc<Vec<Cand>>, Step),
    /// Evaluate among these matches of an earlier query.
    Among(Arc<Vec<Cand>>),
    /// These matches less those containing the word; `true` when the query they matched
    /// ended in a fuzzy term (which the exclusion now follows).
    Exclude(Arc<Vec<Cand>>, String, bool),
    /// Everything.
    Fresh,
}

/// How a query grew from the previous one.
#[derive(Debug, Clone)]
enum Step {
    /// One (folded) character added to the last term.
    Char(char),
    /// Whole terms added after the `known` terms of the previous query.
    Terms { known: usize, last_was_fuzzy: bool },
    /// The last term, exact (`'word`), grew by one character; it was this.
    Exact(String),
}

/// Substring search with SIMD finders. Building a finder costs more than searching one
/// statement, and a search looks for the same few needles in every statement, so each
/// thread keeps the finders of its last few needles.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    use std::cell::RefCell;
    thread_local! {
        static FINDERS: RefCell<Vec<memchr::memmem::Finder<'static>>> = const { RefCell::new(Vec::new()) };
    }
    if needle.len() == 1 {
        return memchr::memchr(needle[0], hay);
    }
    FINDERS.with(|f| {
        let mut f = f.borrow_mut();
        if let Some(i) = f.iter().position(|x| x.needle() == needle) {
            if i != 0 {
                f.swap(0, i);
            }
        } else {
            f.insert(0, memchr::memmem::Finder::new(needle).into_owned());
            f.truncate(16);
        }
        f[0].find(hay)
    })
}

/// Byte offset of the first occurrence of character `c` in `hay` (std's char search scans
/// for the last UTF-8 byte only, which in Arabic text stops at many other letters).
#[inline]
fn find_char(hay: &str, c: char) -> Option<usize> {
    let mut buf = [0u8; 4];
    find_bytes(hay.as_bytes(), c.encode_utf8(&mut buf).as_bytes())
}

/// Byte offset of the first occurrence of `needle` in `hay`.
#[inline]
fn find_str(hay: &str, needle: &str) -> Option<usize> {
    find_bytes(hay.as_bytes(), needle.as_bytes())
}

/// The part of a statement fuzzy-matcher scores: its first 16 KB. The matcher's cost and
/// memory grow with text × pattern length, and a hostile "statement" can be megabytes long;
/// matching (which statements are found) still looks at the whole text.
fn scored_part(text: &str) -> &str {
    const MAX: usize = 16 * 1024;
    if text.len() <= MAX {
        return text;
    }
    &text[..crate::text::floor_boundary(text, MAX)]
}

/// Where the greedy (leftmost) match of `pat` as a subsequence of `text` ends, in bytes.
fn greedy_end(text: &str, pat: &str) -> Option<usize> {
    let mut pos = 0;
    for c in pat.chars() {
        pos += find_char(&text[pos..], c)? + c.len_utf8();
    }
    Some(pos)
}

/// Runs queries one after another as they are typed: a query that adds one character to
/// the last term moves the previous matches on by that character; one that otherwise only
/// adds to the previous query is evaluated among the previous matches; anything else
/// searches everything.
pub struct Searcher {
    pub index: Arc<Index>,
    last: Option<(String, Arc<Vec<Cand>>)>,
    /// The last results with the speaker they ranked: a keystroke that leaves the parsed
    /// query as it was (a space, a mark that folds away) reuses them.
    last_results: Option<(Option<usize>, Results)>,
    /// Earlier queries of this typing session with their matches, newest last: when the new
    /// query does not narrow the previous one (a longer `!word` excludes less), an earlier
    /// one it does narrow still bounds the candidates.
    history: Vec<(String, Arc<Vec<Cand>>)>,
}

impl Searcher {
    pub fn new(index: Arc<Index>) -> Self {
        Searcher { index, last: None, last_results: None, history: Vec::new() }
    }

    /// Matches of the newest earlier query that `text` narrows.
    fn bound_by_history(&self, text: &str) -> Option<Vec<u32>> {
        self.history
            .iter()
            .rev()
            .find(|(old, _)| narrows(old, text) && !Query::parse(old).is_empty())
            .map(|(_, state)| state.iter().map(|c| c.quote).collect())
    }

    pub fn run(&mut self, text: &str, speaker: Option<usize>, limit: usize) -> Results {
        let q = Query::parse(text);
        if let (Some((old, _)), Some((sp, r))) = (&self.last, &self.last_results) {
            if *sp == speaker && Query::parse(old) == q && r.hits.len() <= limit {
                // a space, or a mark that folds away: the same query
                let mut r = r.clone();
                r.query = text.to_string();
                self.last = Some((text.to_string(), r.state.clone()));
                return r;
            }
        }
        let ix = self.index.clone();
        let r = match self.plan(text, &q) {
            Plan::Step(state, step) => ix.run_with(&q, text, None, Some((&state, step)), speaker, limit),
            Plan::Among(state) => {
                let quotes: Vec<u32> = state.iter().map(|c| c.quote).collect();
                ix.run(&q, text, Some(&quotes), speaker, limit)
            }
            Plan::Exclude(base, w, last_was_fuzzy) => {
                // the fuzzy term that ended the earlier query is no longer last: like any
                // other term it counts towards the tier where it occurs exactly
                let state: Vec<Cand> = base
                    .par_iter()
                    .filter(|c| find_str(&ix.entries[c.quote as usize].text.text, &w).is_none())
                    .map(|c| Cand { fpos: NO, xpos: NO, tier: c.tier + u8::from(last_was_fuzzy && c.xpos != NO), ..*c })
                    .collect();
                ix.finish(&ix.prepare(&q), text, state, speaker, limit)
            }
            Plan::Fresh => ix.run(&q, text, None, speaker, limit),
        };
        self.remember(text, speaker, r)
    }

    /// How to get from the previous query to `text` with the least work.
    fn plan(&self, text: &str, q: &Query) -> Plan {
        let last_word = |s: &str| s.rsplit(char::is_whitespace).next().unwrap_or("").to_string();
        if let Some((old, state)) = &self.last {
            let oldq = Query::parse(old);
            if narrows(old, text) && !oldq.is_empty() {
                let added = &text[old.len()..];
                let mut chars = added.chars();
                let one = match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_whitespace() => Some(c),
                    _ => None,
                };
                let old_word = last_word(old);
                // the last word must have made the last term: a word of marks alone (`ً`)
                // folds to nothing, and the last term is then an earlier word's
                let continues = !old.ends_with(char::is_whitespace)
                    && !fold_str(old_word.trim_start_matches(['\'', '!', '@'])).is_empty();
                match (one, continues, oldq.terms.last()) {
                    // one more letter of an exact word: `'الطا` → `'الطاق`
                    (Some(c), true, Some(Term::Exact(prev)))
                        if old_word.starts_with('\'') && fold_char(c).is_some() =>
                    {
                        return Plan::Step(state.clone(), Step::Exact(prev.clone()));
                    }
                    // one more letter of a fuzzy word: the previous matches move on
                    (Some(c), true, _) if !old_word.starts_with(['\'', '!', '@']) => {
                        return match fold_char(c) {
                            Some(fc) => Plan::Step(state.clone(), Step::Char(fc)),
                            None => Plan::Among(state.clone()),
                        };
                    }
                    _ => {}
                }
                let known = oldq.terms.len();
                if !continues && q.terms.len() >= known && q.terms[..known] == oldq.terms[..] {
                    // new words after the previous ones: only they need checking
                    let last_was_fuzzy = Index::last_fuzzy(&oldq).is_some();
                    return Plan::Step(state.clone(), Step::Terms { known, last_was_fuzzy });
                }
                return Plan::Among(state.clone());
            }
        }
        // typing an exclusion: the matches before it, less those containing it
        // the last word starts after the last white space, which may be wider than a byte
        // (a no-break space)
        let start = text.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
        if let (Some(Term::Not(w)), true) = (q.terms.last(), text[start..].starts_with('!')) {
            let before = &text[..start];
            if let Some((_, base)) = self.history.iter().rev().find(|(h, _)| h == before && !Query::parse(h).is_empty())
            {
                let last_was_fuzzy = Index::last_fuzzy(&Query::parse(before)).is_some();
                return Plan::Exclude(base.clone(), w.clone(), last_was_fuzzy);
            }
        }
        match self.bound_by_history(text) {
            Some(bound) => Plan::Among(Arc::new(
                bound.into_iter().map(|quote| Cand { quote, fpos: NO, xpos: NO, tier: 0 }).collect(),
            )),
            None => Plan::Fresh,
        }
    }

    fn remember(&mut self, text: &str, speaker: Option<usize>, r: Results) -> Results {
        self.last = Some((text.to_string(), r.state.clone()));
        self.last_results = Some((speaker, r.clone()));
        if self.history.len() >= 64 {
            self.history.remove(0);
        }
        self.history.push((text.to_string(), r.state.clone()));
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Document};

    fn doc() -> Document {
        let text = "قال وزير الطاقة سامي فارس إن مشاريع الطاقة الجديدة ستكتمل.\n\
                    وقالت الوزيرة ليلى حسن إن المستشفى أُعرب عن جاهزيته.\n\
                    وأكد فارس أن الأسعار مستقرة.";
        crate::pipeline::extract(vec![Article::new("a1".into(), "t.txt".into(), text.into())], &[])
    }

    fn texts(d: &Document, hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| d.quotes[h.quote].text.to_string()).collect()
    }

    #[test]
    fn folded_positions_map_back_past_dropped_marks() {
        let s = "أُعْـرب ما";
        let f = Folded::new(s);
        assert_eq!(f.text, "اعرب ما");
        let orig: Vec<char> = s.chars().collect();
        let back: String = f.to_original(&(0..7).collect::<Vec<_>>()).iter().map(|&i| orig[i]).collect();
        assert_eq!(back, "أعرب ما");
        assert_eq!(f.origin(7), None);
    }

    #[test]
    fn the_mask_built_while_folding_is_the_mask_of_the_folded_text() {
        for s in ["أُعْـرب ما", "Ahmad SAID 42 times", "ڱ\u{a0}\u{7};ّz", "", "éÉ الطاقة"] {
            let (f, mask) = Folded::with_mask(s);
            assert_eq!(f, Folded::new(s));
            assert_eq!(mask, mask_of(&f.text), "{s:?}");
        }
    }

    #[test]
    fn query_syntax() {
        let q = Query::parse("الطاقه 'جديد !سعر @Xi");
        assert_eq!(
            q.terms,
            [
                Term::Fuzzy("الطاقه".into()),
                Term::Exact("جديد".into()),
                Term::Not("سعر".into()),
                Term::Speaker("xi".into())
            ]
        );
        assert!(Query::parse("  ' @ ").is_empty());
    }

    #[test]
    fn folding_finds_spelling_variants() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("الطاقه الجديده"));
        assert_eq!(h.first().map(|h| h.quote), Some(0));
        let h = idx.search(&Query::parse("'اعرب"));
        assert_eq!(texts(&d, &h), ["المستشفى أُعرب عن جاهزيته"]);
        let h = idx.search(&Query::parse("'مستشفي"));
        assert_eq!(h.len(), 1, "ى/ي fold");
    }

    #[test]
    fn highlights_map_back_to_the_original_characters() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("'اعرب"));
        let text: Vec<char> = d.quotes[h[0].quote].text.chars().collect();
        let shown: String = h[0].positions.iter().map(|&p| text[p]).collect();
        // the damma on the alef is not highlighted (it folds away), the letters are
        assert_eq!(shown, "أعرب");
    }

    #[test]
    fn speaker_filter_and_exclusion() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("@فارس"));
        assert_eq!(h.len(), 2);
        let h = idx.search(&Query::parse("@فارس !اسعار"));
        assert_eq!(texts(&d, &h), ["مشاريع الطاقة الجديدة ستكتمل"]);
        assert!(idx.search(&Query::parse("@nobody")).is_empty());
    }

    #[test]
    fn all_terms_must_match() {
        let d = doc();
        let idx = Index::new(&d);
        assert_eq!(idx.search(&Query::parse("'الطاقه 'الاسعار")).len(), 0);
        assert_eq!(idx.search(&Query::parse("")).len(), 3);
    }

    #[test]
    fn narrowing_rules() {
        assert!(narrows("الط", "الطا"));
        assert!(narrows("a", "a b"));
        assert!(narrows("a !b ", "a !b c"));
        assert!(!narrows("a !b", "a !bc"), "a longer exclusion excludes less");
        assert!(!narrows("ab", "a"));
    }

    fn sample_index() -> (Document, Index) {
        let loaded = crate::load::sample();
        let doc = crate::pipeline::extract(loaded.articles, &loaded.speakers);
        let idx = Index::new(&doc);
        (doc, idx)
    }

    /// Types `query` a character at a time and checks each result against a fresh search.
    fn typing_equals_fresh(idx: &Arc<Index>, query: &str, limit: usize) {
        let mut typed = Searcher::new(idx.clone());
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let text = &query[..end];
            let narrowed = typed.run(text, None, limit);
            let fresh = Searcher::new(idx.clone()).run(text, None, limit);
            assert_eq!(narrowed, fresh, "after typing {text:?}");
        }
    }

    #[test]
    fn narrowed_search_equals_a_fresh_search() {
        let (_, idx) = sample_index();
        typing_equals_fresh(&Arc::new(idx), "الصين مستعد @xi !قزوين", 10);
    }

    #[test]
    fn an_exclusion_after_a_no_break_space() {
        // a pasted U+00A0 is white space two bytes wide (found by the query fuzz target)
        let (_, idx) = sample_index();
        typing_equals_fresh(&Arc::new(idx), "الصين\u{a0}!قزوين", 10);
    }

    #[test]
    fn typing_on_a_generated_corpus_gives_what_a_fresh_search_gives() {
        let loaded = crate::testgen::articles(3, 25);
        let doc = crate::pipeline::extract(loaded, &crate::testgen::speakers_file());
        let idx = Arc::new(Index::new(&doc));
        for query in ["الطاقة الجديدة", "تعاون 'الصين مس", "@ahmad كازا", "شراكةً !الطاقة ال", "ahmad nas"]
        {
            typing_equals_fresh(&idx, query, 20);
        }
    }

    #[test]
    fn exact_occurrences_rank_first_and_word_starts_before_mid_word() {
        let (doc, idx) = sample_index();
        for text in ["الطاقة الجديدة", "التجارة", "شانغهاي", "مصير مشترك"] {
            let q = Query::parse(text);
            let r = idx.run(&q, text, None, None, 5);
            let first = &doc.quotes[r.hits[0].quote].text;
            let folded = fold_str(first);
            for w in text.split(' ') {
                assert!(folded.contains(&fold_str(w)), "{text}: best result lacks {w}: {first}");
            }
        }
    }

    #[test]
    fn ranking_is_by_fuzzy_matcher_score_within_the_preselection() {
        let (_, idx) = sample_index();
        let q = Query::parse("تعاون");
        let r = idx.run(&q, "تعاون", None, None, 10);
        assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(r.ranked_from >= r.hits.len());
    }
}
