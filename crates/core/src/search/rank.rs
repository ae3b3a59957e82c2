//! Matching and ranking: which statements a query matches (masks, then a subsequence scan),
//! how a growing query moves matches on, and the best `limit` scored by fuzzy-matcher.

use std::cmp::Reverse;
use std::sync::Arc;

use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

use super::fold::{char_bit, mask_of};
use super::index::{allowed_speakers, Entry, Index};
use super::query::{Query, Term};

/// A statement that matched, with its score and the matched characters of its text
/// (character offsets into the quote text, sorted, without duplicates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub quote: usize,
    pub score: i64,
    pub positions: Vec<usize>,
}

#[inline]
pub(super) fn is_subsequence(text: &str, pat: &str) -> bool {
    let mut rest = text;
    for c in pat.chars() {
        match find_char(rest, c) {
            Some(i) => rest = &rest[i + c.len_utf8()..],
            None => return false,
        }
    }
    true
}

/// A query prepared against an index.
pub(super) struct Prepared<'q> {
    pub(super) terms: Vec<PTerm<'q>>,
    /// Speakers allowed by `@` terms (`None`: all).
    pub(super) speakers: Option<Vec<bool>>,
}

pub(super) struct PTerm<'q> {
    pub(super) term: &'q Term,
    pub(super) mask: u128,
}

/// The cheap first-stage ranking order: more exact terms, word start, earlier, document order.
pub(super) type RankKey = (Reverse<u8>, Reverse<bool>, u32, u32);

/// Marks a byte position that does not exist.
pub(super) const NO: u32 = u32::MAX;

/// A matching statement with what ranking and the next keystroke need: where the greedy
/// match of the query's last (fuzzy) term ended in the text, where that term first occurs
/// exactly, and how many of the other terms occur exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub quote: u32,
    pub(super) fpos: u32,
    pub(super) xpos: u32,
    pub(super) tier: u8,
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
    pub state: Arc<Vec<Candidate>>,
}

impl Index {
    pub(super) fn prepare<'q>(&self, q: &'q Query) -> Prepared<'q> {
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

    pub(super) fn meta(&self, e: &Entry) -> impl Iterator<Item = &str> {
        self.speakers
            .get(e.speaker as usize)
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(self.sources.get(e.source as usize).map(String::as_str))
    }

    /// Whether statement `i` matches these terms (speaker filters aside).
    pub(super) fn matches_terms(&self, i: usize, terms: &[PTerm]) -> bool {
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

    pub(super) fn term_score(&self, e: &Entry, t: &Term) -> i64 {
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
    pub(super) fn score(&self, i: usize, p: &Prepared) -> i64 {
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
    pub(super) fn last_fuzzy(q: &Query) -> Option<&str> {
        match q.terms.last() {
            Some(Term::Fuzzy(w)) => Some(w),
            _ => None,
        }
    }

    /// Matches a query's last (fuzzy) term: where its greedy match ends in the text and where
    /// it first occurs exactly (`NO` for either when it matched only the speaker or source).
    pub(super) fn match_last(&self, e: &Entry, w: &str, t: &PTerm) -> Option<(u32, u32)> {
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
    pub(super) fn evaluate(&self, i: usize, q: &Query, p: &Prepared) -> Option<Candidate> {
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
        Some(Candidate { quote: i as u32, fpos, xpos, tier })
    }

    /// Moves a match of the previous query on by one character `c` added to the last term
    /// (now `term`): the greedy match resumes where it ended, the exact occurrence is looked
    /// for from where the shorter term first occurred.
    pub(super) fn advance(&self, c: &Candidate, ch: char, term: &str) -> Option<Candidate> {
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
        Some(Candidate { fpos, xpos, ..*c })
    }

    /// A match of the previous query (whose `known` first terms it is known to match, the
    /// last of them fuzzy if `last_was_fuzzy`) checked against the terms added after them.
    pub(super) fn extend(
        &self,
        c: &Candidate,
        q: &Query,
        p: &Prepared,
        known: usize,
        last_was_fuzzy: bool,
    ) -> Option<Candidate> {
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
        Some(Candidate { quote: c.quote, fpos, xpos, tier })
    }

    /// A match of the previous query whose last term, exact, was `old` and is now `new`.
    pub(super) fn extend_exact(&self, c: &Candidate, old: &str, new: &str) -> Option<Candidate> {
        let e = &self.entries[c.quote as usize];
        let text = e.text.text.as_str();
        let now = find_str(text, new).is_some();
        if !now && !self.meta(e).any(|m| m.contains(new)) {
            return None;
        }
        let before = find_str(text, old).is_some();
        Some(Candidate { tier: c.tier.saturating_sub(u8::from(before)) + u8::from(now), ..*c })
    }

    /// Runs a query: every match (from `prev` moved on by one typed character when given,
    /// else by full evaluation over `candidates` or all statements), and the best `limit`
    /// among those of `speaker`.
    pub(super) fn run_with(
        &self,
        q: &Query,
        text: &str,
        candidates: Option<&[u32]>,
        prev: Option<(&[Candidate], Step)>,
        speaker: Option<usize>,
        limit: usize,
    ) -> Results {
        let p = self.prepare(q);
        let state: Vec<Candidate> = match (prev, Self::last_fuzzy(q)) {
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
    pub(super) fn finish(
        &self,
        p: &Prepared,
        text: &str,
        state: Vec<Candidate>,
        speaker: Option<usize>,
        limit: usize,
    ) -> Results {
        let mut per_speaker = vec![0u32; self.speakers.len()];
        for c in &state {
            if let Some(n) = per_speaker.get_mut(self.speaker_of[c.quote as usize] as usize) {
                *n += 1;
            }
        }
        let (hits, ranked_from) = match speaker {
            Some(s) => {
                let pool: Vec<Candidate> =
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
    pub(super) fn rank(&self, p: &Prepared, pool: &[Candidate], limit: usize) -> Vec<Hit> {
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

/// Substring search with SIMD finders. Building a finder costs more than searching one
/// statement, and a search looks for the same few needles in every statement, so each
/// thread keeps the finders of its last few needles.
pub(super) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
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
pub(super) fn find_char(hay: &str, c: char) -> Option<usize> {
    let mut buf = [0u8; 4];
    find_bytes(hay.as_bytes(), c.encode_utf8(&mut buf).as_bytes())
}

/// Byte offset of the first occurrence of `needle` in `hay`.
#[inline]
pub(super) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    find_bytes(hay.as_bytes(), needle.as_bytes())
}

/// The part of a statement fuzzy-matcher scores: its first 16 KB. The matcher's cost and
/// memory grow with text × pattern length, and a hostile "statement" can be megabytes long;
/// matching (which statements are found) still looks at the whole text.
pub(super) fn scored_part(text: &str) -> &str {
    const MAX: usize = 16 * 1024;
    if text.len() <= MAX {
        return text;
    }
    &text[..crate::text::floor_boundary(text, MAX)]
}

/// Where the greedy (leftmost) match of `pat` as a subsequence of `text` ends, in bytes.
pub(super) fn greedy_end(text: &str, pat: &str) -> Option<usize> {
    let mut pos = 0;
    for c in pat.chars() {
        pos += find_char(&text[pos..], c)? + c.len_utf8();
    }
    Some(pos)
}

/// How a query grew from the previous one.
#[derive(Debug, Clone)]
pub(super) enum Step {
    /// One (folded) character added to the last term.
    Char(char),
    /// Whole terms added after the `known` terms of the previous query.
    Terms { known: usize, last_was_fuzzy: bool },
    /// The last term, exact (`'word`), grew by one character; it was this.
    Exact(String),
}
