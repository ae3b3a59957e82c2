//! A query prepared against a lexicon, and matching it against a statement's fields: whether
//! it matches, its rank key, and (for the rows shown) which words matched where and why.
//!
//! Preparing grades every distinct word of the lexicon once per query word (exact, prefix,
//! clitics stripped, typo, or no match); a statement is then matched by table lookups over
//! its words, so the cost per statement does not depend on how the query word is matched.

use std::cell::RefCell;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use super::affix::{is_stem_of, term_stems};
use super::distance::Pattern;
use super::query::{typo_budget, Mode, Query, MAX_WORDS};
use super::words::{char_mask, Lexeme, Lexicon, Words};

/// Where a statement matched, best first: its own words before its speaker's name, the
/// speaker as written in the article, the article's title and its dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Text,
    Speaker,
    Mention,
    Title,
    Dateline,
}

impl Field {
    pub const ALL: [Field; 5] = [Field::Text, Field::Speaker, Field::Mention, Field::Title, Field::Dateline];

    /// The name shown for a match outside the text ("speaker: …").
    pub fn name(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Speaker => "speaker",
            Field::Mention => "mention",
            Field::Title => "title",
            Field::Dateline => "dateline",
        }
    }
}

/// How a word matched a query word, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The whole word (after folding).
    Exact,
    /// The word begins with the query word.
    Prefix,
    /// The word with its clitics, article or ending removed is the query word (or, with
    /// proclitics removed, begins with it).
    Stripped,
    /// Within the typo budget of the query word, or of a prefix of the word.
    Typo,
}

/// A word's grade against a query word: 0 is no match, lower is better.
const NONE: u8 = 0;
const EXACT: u8 = 1;
const PREFIX: u8 = 2;
const STRIPPED: u8 = 3;
const STRIPPED_PREFIX: u8 = 4;
/// `TYPO + 2d - 1` for a whole word `d` typos away, `TYPO + 2d` for a word whose beginning
/// is `d` typos away (d ≥ 1).
const TYPO: u8 = 4;

fn kind_of(code: u8) -> (Kind, u8) {
    match code {
        EXACT => (Kind::Exact, 0),
        PREFIX => (Kind::Prefix, 0),
        STRIPPED | STRIPPED_PREFIX => (Kind::Stripped, 0),
        c => (Kind::Typo, c.saturating_sub(TYPO).div_ceil(2)),
    }
}

/// A statement's fields as words (see `Lexicon::words`). Fields shared by many statements
/// (speaker, title, dateline) are built once and borrowed by each.
#[derive(Debug, Clone, Copy)]
pub struct Fields<'a> {
    pub text: &'a Words,
    pub speaker: &'a Words,
    pub mention: &'a Words,
    pub title: &'a Words,
    pub dateline: &'a Words,
}

impl<'a> Fields<'a> {
    pub fn get(&self, f: Field) -> &'a Words {
        match f {
            Field::Text => self.text,
            Field::Speaker => self.speaker,
            Field::Mention => self.mention,
            Field::Title => self.title,
            Field::Dateline => self.dateline,
        }
    }
}

/// Orders matches, smaller first: by how well the query words matched (the worst of them,
/// then all together), then by how close together they are in the text, then by the worst
/// field one of them had to be found in, then by how early the text matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct RankKey {
    /// The worst clause's grade, 0 for exact.
    pub worst: u8,
    /// The sum of the clauses' grades.
    pub total: u16,
    /// Words between the first and the last clause in the smallest stretch of text holding
    /// every clause found in the text; 0 with fewer than two.
    pub spread: u32,
    /// The worst field a clause was found in (`Field as u8`).
    pub field: u8,
    /// The first word of the text that matched (`u32::MAX`: none).
    pub first: u32,
}

impl RankKey {
    /// The key as one number that orders the same way (each part capped: a grade total at
    /// 4095, a spread at 65,535 words, the first word at 16,777,215), for a fast sort.
    pub fn packed(&self) -> u64 {
        (u64::from(self.worst) << 56)
            | (u64::from(self.total.min(0xFFF)) << 44)
            | (u64::from(self.spread.min(0xFFFF)) << 28)
            | (u64::from(self.field.min(0xF)) << 24)
            | u64::from(self.first.min(0xFF_FFFF))
    }
}

/// How one clause of the query matched: its best word (the "reason").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClauseMatch {
    /// Index into `Query::clauses`.
    pub clause: usize,
    pub kind: Kind,
    pub typos: u8,
    pub field: Field,
}

/// One matched word, for highlighting: byte range in the original text of its field (of the
/// part `part` of a field made of several, see `Lexicon::words_of_parts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordHit {
    pub clause: usize,
    pub field: Field,
    pub part: usize,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub typos: u8,
}

/// A statement that matched, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    pub rank: RankKey,
    /// The best word of each positive clause, in query order (`!` clauses have none).
    pub clauses: Vec<ClauseMatch>,
    /// Every matched word, by field, part and position.
    pub hits: Vec<WordHit>,
}

/// A query word prepared: its grade for every word of the lexicon.
#[derive(Clone)]
struct Slot {
    word: String,
    mode: Mode,
    codes: Arc<[u8]>,
}

struct PClause {
    mode: Mode,
    first_slot: usize,
    len: usize,
}

/// A query prepared against a lexicon. Words added to the lexicon afterwards match nothing
/// until the query is prepared again.
pub struct Prepared {
    clauses: Vec<PClause>,
    slots: Vec<Slot>,
    /// Per lexicon word: bit `s` when it matches slot `s`.
    bits: Vec<u64>,
    /// Per field: the slots that may match there.
    allowed: [u64; 5],
    /// Slots of clauses that must be present (not `!`).
    required: u64,
    /// Number of clauses that must be present: with fewer than two there is no spread.
    positive: usize,
    /// Per lexicon word × slot: the grade (`grades[lex * slots + s]`), for the scan.
    grades: Vec<u8>,
    /// Slots that are a whole positive clause (a word, not a phrase).
    single: u64,
    /// Slots that are a whole `!` clause.
    not_words: u64,
    /// Per slot, its clause.
    clause_of: Vec<u16>,
    /// Per slot, the best grade any word of the lexicon has.
    floor: Vec<u8>,
    has_phrase: bool,
}

thread_local! {
    /// Text occurrences (clause, word index) of the statement being ranked, reused.
    static OCCURRENCES: RefCell<Vec<(u16, u32)>> = const { RefCell::new(Vec::new()) };
}

/// What a query word is compared with, computed once.
struct Term {
    word: String,
    stems: Vec<String>,
    /// Characters every stem has, less those a stem may get back (ه, y): a word lacking one
    /// cannot match without typos.
    need: u64,
    /// With a typo budget: the word's pattern, budget, length and character set.
    typo: Option<(Pattern, u32, u32, u64)>,
}

impl Term {
    fn new(word: &str, mode: Mode) -> Term {
        let stems = term_stems(word);
        let restorable = super::words::char_bit('ه') | super::words::char_bit('y');
        let need = stems.iter().fold(!0u64, |m, s| m & char_mask(s)) & !restorable;
        // typos are counted against the word as typed: its forms without clitics are shorter
        // and would each bring a budget of their own
        let k = typo_budget(word);
        let typo = if matches!(mode, Mode::Any | Mode::Speaker) && k > 0 {
            Pattern::new(word).map(|p| (p, k, word.chars().count() as u32, char_mask(word)))
        } else {
            None
        };
        Term { word: word.to_string(), stems, need, typo }
    }

    /// The grade of lexicon word `w`.
    fn grade(&self, w: &str, e: &Lexeme, mode: Mode) -> u8 {
        let prefix_ok = mode != Mode::Exact;
        let rests = std::iter::once(w).chain(e.cuts.iter().filter(|&&c| c > 0).map(|&c| &w[c as usize..]));
        if e.mask & self.need == self.need {
            if w == self.word {
                return EXACT;
            }
            if prefix_ok && w.starts_with(self.word.as_str()) {
                return PREFIX;
            }
            if rests.clone().any(|r| self.stems.iter().any(|s| is_stem_of(r, s))) {
                return STRIPPED;
            }
            if prefix_ok && rests.clone().skip(1).any(|r| r.starts_with(self.word.as_str())) {
                return STRIPPED_PREFIX;
            }
        }
        let Some((p, k, len, mask)) = &self.typo else { return NONE };
        if (mask & e.mask).count_ones() + k < mask.count_ones() || u32::from(e.chars) + k < *len {
            return NONE;
        }
        // a word's beginning is a weaker sign than a whole word: it gets one typo less
        let mut best = u8::MAX;
        for r in rests {
            let (whole, prefix) = p.distances(r, *k);
            if let Some(d) = whole {
                best = best.min(TYPO + (2 * d as u8).saturating_sub(1));
            }
            if let Some(d) = prefix.filter(|&d| d < *k) {
                best = best.min(TYPO + 2 * d as u8);
            }
        }
        if best == u8::MAX {
            NONE
        } else {
            best
        }
    }
}

impl Prepared {
    /// Prepares `q` against `lexicon`.
    pub fn new(q: &Query, lexicon: &Lexicon) -> Prepared {
        Prepared::reusing(q, lexicon, None)
    }

    /// Prepares `q`, taking the grades of query words it shares with `previous` (prepared
    /// against the same lexicon, not grown since) from there: typing a second word does not
    /// grade the first again.
    pub fn reusing(q: &Query, lexicon: &Lexicon, previous: Option<&Prepared>) -> Prepared {
        let mut clauses = Vec::new();
        let mut slots: Vec<Slot> = Vec::new();
        for c in &q.clauses {
            clauses.push(PClause { mode: c.mode, first_slot: slots.len(), len: c.words.len() });
            for w in &c.words {
                let reused = previous.and_then(|p| {
                    p.slots.iter().find(|s| s.word == *w && s.mode == c.mode && s.codes.len() == lexicon.len())
                });
                let codes = match reused {
                    Some(s) => s.codes.clone(),
                    None => grade_all(w, c.mode, lexicon),
                };
                slots.push(Slot { word: w.clone(), mode: c.mode, codes });
            }
        }
        let mut bits = vec![0u64; lexicon.len()];
        for (s, slot) in slots.iter().enumerate() {
            for (b, &code) in bits.iter_mut().zip(slot.codes.iter()) {
                *b |= u64::from(code != NONE) << s;
            }
        }
        let mut allowed = [0u64; 5];
        let mut required = 0u64;
        for c in &clauses {
            let m = slot_mask(c.first_slot, c.len);
            for f in Field::ALL {
                let ok = match c.mode {
                    Mode::Any | Mode::Exact => true,
                    Mode::Speaker => f == Field::Speaker,
                    Mode::Not => f == Field::Text,
                };
                if ok {
                    allowed[f as usize] |= m;
                }
            }
            if c.mode != Mode::Not {
                required |= m;
            }
        }
        let positive = clauses.iter().filter(|c| c.mode != Mode::Not).count();
        let ns = slots.len();
        let mut grades = vec![NONE; lexicon.len() * ns];
        for (s, slot) in slots.iter().enumerate() {
            for (lex, &code) in slot.codes.iter().enumerate() {
                grades[lex * ns + s] = code;
            }
        }
        let (mut single, mut not_words, mut clause_of) = (0u64, 0u64, vec![0u16; ns]);
        for (ci, c) in clauses.iter().enumerate() {
            clause_of[c.first_slot..c.first_slot + c.len].fill(ci as u16);
            if c.len == 1 {
                match c.mode {
                    Mode::Not => not_words |= 1 << c.first_slot,
                    _ => single |= 1 << c.first_slot,
                }
            }
        }
        let has_phrase = clauses.iter().any(|c| c.len > 1);
        let floor =
            slots.iter().map(|s| s.codes.iter().copied().filter(|&c| c != NONE).min().unwrap_or(NONE)).collect();
        Prepared {
            clauses,
            slots,
            bits,
            allowed,
            required,
            positive,
            grades,
            single,
            not_words,
            clause_of,
            floor,
            has_phrase,
        }
    }

    /// Whether the statement matches.
    pub fn matches(&self, f: &Fields) -> bool {
        self.rank(f).is_some()
    }

    /// The rank key of the statement when it matches.
    ///
    /// One pass over the words of each field does the work for word clauses: a table lookup
    /// per word says which query words it matches, an exclusion ends the pass, and the grade
    /// of each matched query word is kept. Phrases are looked for afterwards, only when all
    /// their words were seen.
    pub fn rank(&self, f: &Fields) -> Option<RankKey> {
        if self.clauses.is_empty() {
            return Some(RankKey { first: u32::MAX, ..RankKey::default() });
        }
        let ns = self.slots.len();
        // per slot: the best grade × 8 + field, so that the minimum is the best grade, then
        // the best field
        let mut best = [u8::MAX; MAX_WORDS];
        let mut present = 0u64;
        let mut first = u32::MAX;
        let track = self.positive > 1;
        let mut occ = if track { OCCURRENCES.with(|o| std::mem::take(&mut *o.borrow_mut())) } else { Vec::new() };
        occ.clear();
        // with one word clause and nothing else, the scan may stop once that word has its
        // best grade possible in the text: nothing later can rank the statement higher
        let can_stop = !track && self.not_words == 0 && !self.has_phrase;
        let mut at_floor = 0u64;
        let key = 'eval: {
            'fields: for field in Field::ALL {
                let allowed = self.allowed[field as usize];
                if allowed == 0 {
                    continue;
                }
                for (i, &lex) in f.get(field).lexes().iter().enumerate() {
                    let b = self.bits.get(lex as usize).copied().unwrap_or(0) & allowed;
                    if b == 0 {
                        continue;
                    }
                    if b & self.not_words != 0 {
                        break 'eval None;
                    }
                    present |= b;
                    let mut single = b & self.single;
                    let base = lex as usize * ns;
                    while single != 0 {
                        let s = single.trailing_zeros() as usize;
                        single &= single - 1;
                        best[s] = best[s].min(self.grades[base + s] * 8 + field as u8);
                        if field == Field::Text {
                            first = first.min(i as u32);
                            if track {
                                occ.push((self.clause_of[s], i as u32));
                            }
                            if can_stop && best[s] == self.floor[s] * 8 {
                                at_floor |= 1 << s;
                                if at_floor == self.single {
                                    break 'fields;
                                }
                            }
                        }
                    }
                }
            }
            if self.required & !present != 0 {
                break 'eval None;
            }
            for (ci, c) in self.clauses.iter().enumerate().filter(|(_, c)| c.len > 1) {
                let m = slot_mask(c.first_slot, c.len);
                if c.mode == Mode::Not {
                    if present & m == m && (0..f.text.len()).any(|i| self.occurrence(c, f.text, i) != NONE) {
                        break 'eval None;
                    }
                    continue;
                }
                for field in Field::ALL {
                    if self.allowed[field as usize] & m != m {
                        continue;
                    }
                    let words = f.get(field);
                    for i in 0..words.len() {
                        let code = self.occurrence(c, words, i);
                        if code == NONE {
                            continue;
                        }
                        best[c.first_slot] = best[c.first_slot].min(code * 8 + field as u8);
                        if field == Field::Text {
                            first = first.min(i as u32);
                            if track {
                                occ.push((ci as u16, i as u32));
                            }
                        }
                    }
                }
                if best[c.first_slot] == u8::MAX {
                    break 'eval None;
                }
            }
            let mut key = RankKey { first, ..RankKey::default() };
            for c in self.clauses.iter().filter(|c| c.mode != Mode::Not) {
                let b = best[c.first_slot];
                if b == u8::MAX {
                    break 'eval None;
                }
                let (grade, field) = (b / 8 - 1, b % 8);
                key.worst = key.worst.max(grade);
                key.total += u16::from(grade);
                key.field = key.field.max(field);
            }
            if track {
                if self.has_phrase {
                    occ.sort_unstable_by_key(|&(_, i)| i);
                }
                key.spread = spread(&occ, self.clauses.len());
            }
            Some(key)
        };
        if track {
            OCCURRENCES.with(|o| *o.borrow_mut() = occ);
        }
        key
    }

    /// The statement's match with its reasons and every matched word, when it matches.
    pub fn explain(&self, f: &Fields) -> Option<Match> {
        let rank = self.rank(f)?;
        let mut hits = Vec::new();
        let mut clauses = Vec::new();
        for (ci, c) in self.clauses.iter().enumerate() {
            if c.mode == Mode::Not {
                continue;
            }
            let m = slot_mask(c.first_slot, c.len);
            let mut best: Option<(u8, Field)> = None;
            for field in Field::ALL {
                if self.allowed[field as usize] & m != m {
                    continue;
                }
                let words = f.get(field);
                for i in 0..words.len() {
                    let code = self.occurrence(c, words, i);
                    if code == NONE {
                        continue;
                    }
                    if best.is_none_or(|b| (code, field) < b) {
                        best = Some((code, field));
                    }
                    for j in 0..c.len {
                        let w = words.get(i + j);
                        let (kind, typos) = kind_of(self.code(c.first_slot + j, w.lex));
                        hits.push(WordHit {
                            clause: ci,
                            field,
                            part: words.part_of(i + j),
                            start: w.start as usize,
                            end: w.end as usize,
                            kind,
                            typos,
                        });
                    }
                }
            }
            let (code, field) = best?;
            let (kind, typos) = kind_of(code);
            clauses.push(ClauseMatch { clause: ci, kind, typos, field });
        }
        hits.sort_by_key(|h| (h.field, h.part, h.start, h.clause));
        hits.dedup_by_key(|h| (h.field, h.part, h.start));
        Some(Match { rank, clauses, hits })
    }

    /// Query words every match needs a matching word for (those of `!` clauses excluded).
    pub(crate) fn required_slots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.slots.len()).filter(move |&s| self.required >> s & 1 == 1)
    }

    /// The lexicon words that match query word `slot`.
    pub(crate) fn matching_lexemes(&self, slot: usize) -> impl Iterator<Item = u32> + '_ {
        self.slots[slot].codes.iter().enumerate().filter(|&(_, &c)| c != NONE).map(|(i, _)| i as u32)
    }

    #[inline]
    fn code(&self, slot: usize, lex: u32) -> u8 {
        self.slots[slot].codes.get(lex as usize).copied().unwrap_or(NONE)
    }

    /// The grade of the occurrence of clause `c` starting at word `i` of `words`: the worst of
    /// its words' grades, or `NONE`.
    #[inline]
    fn occurrence(&self, c: &PClause, words: &Words, i: usize) -> u8 {
        let ws = words.lexes();
        if i + c.len > ws.len() {
            return NONE;
        }
        let mut worst = 0;
        for j in 0..c.len {
            if j > 0 && !words.adjacent(i + j - 1) {
                return NONE;
            }
            let code = self.code(c.first_slot + j, ws[i + j]);
            if code == NONE {
                return NONE;
            }
            worst = worst.max(code);
        }
        worst
    }
}

/// Bits of `len` slots from `first`.
fn slot_mask(first: usize, len: usize) -> u64 {
    let ones = if len >= 64 { !0 } else { (1u64 << len) - 1 };
    ones << first
}

/// The smallest stretch (last word index minus first) holding an occurrence of every clause
/// in `occ` (clause, word index; ascending by index), 0 when fewer than two clauses occur.
fn spread(occ: &[(u16, u32)], clauses: usize) -> u32 {
    let mut want = 0u64;
    for &(c, _) in occ {
        want |= 1 << c;
    }
    if want.count_ones() < 2 {
        return 0;
    }
    let mut last = [u32::MAX; 64];
    let mut best = u32::MAX;
    let mut seen = 0u64;
    for &(c, i) in occ {
        last[c as usize] = i;
        seen |= 1 << c;
        if seen == want {
            let lo = (0..clauses).filter(|&k| want >> k & 1 == 1).map(|k| last[k]).min().unwrap_or(i);
            best = best.min(i - lo);
        }
    }
    best
}

/// Grades every word of the lexicon against query word `w`, on all cores.
fn grade_all(w: &str, mode: Mode, lexicon: &Lexicon) -> Arc<[u8]> {
    let term = Term::new(w, mode);
    let entries = lexicon.entries();
    let mut codes = vec![NONE; entries.len()];
    codes.par_chunks_mut(4096).enumerate().for_each(|(k, chunk)| {
        let base = k * 4096;
        for (j, code) in chunk.iter_mut().enumerate() {
            let id = base + j;
            *code = term.grade(lexicon.word(id as u32), &entries[id], mode);
        }
    });
    codes.into()
}
