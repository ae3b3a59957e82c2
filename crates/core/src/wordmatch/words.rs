//! The words of a field: tokenizing and folding (on any thread), then interning into a
//! lexicon shared by every field, so that a query is matched once per distinct word and a
//! statement is matched by table lookups.

use rustc_hash::FxHashMap;

use super::affix;
use crate::text::{fold_char, is_word_char};

/// One word of a field: its entry in the lexicon and its byte range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordAt {
    pub lex: u32,
    pub start: u32,
    pub end: u32,
}

/// The words of one field, in order. A field may have several parts (a speaker's name and
/// aliases); positions are then relative to the part, and a phrase never spans two parts.
///
/// Stored as one block: the lexicon ids of all words, then their (start, end) byte ranges, so
/// that a scan, which reads only the ids, reads 4 bytes a word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    /// `n` ids, then `2n` positions.
    data: Box<[u32]>,
    /// Index of the first word of each part after the first, ascending.
    part_starts: Box<[u32]>,
}

impl Words {
    fn from_words(words: &[WordAt], part_starts: Vec<u32>) -> Words {
        let mut data = Vec::with_capacity(words.len() * 3);
        data.extend(words.iter().map(|w| w.lex));
        for w in words {
            data.extend([w.start, w.end]);
        }
        Words { data: data.into_boxed_slice(), part_starts: part_starts.into_boxed_slice() }
    }

    pub fn len(&self) -> usize {
        self.data.len() / 3
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The lexicon ids of the words, in order.
    #[inline]
    pub fn lexes(&self) -> &[u32] {
        &self.data[..self.len()]
    }

    /// Word `i`.
    pub fn get(&self, i: usize) -> WordAt {
        let n = self.len();
        WordAt { lex: self.data[i], start: self.data[n + 2 * i], end: self.data[n + 2 * i + 1] }
    }

    pub fn iter(&self) -> impl Iterator<Item = WordAt> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The part (0-based) that word `i` belongs to.
    pub fn part_of(&self, i: usize) -> usize {
        self.part_starts.partition_point(|&s| s as usize <= i)
    }

    /// Whether words `i` and `i + 1` are in the same part.
    #[inline]
    pub(crate) fn adjacent(&self, i: usize) -> bool {
        self.part_starts.is_empty() || !self.part_starts.contains(&((i + 1) as u32))
    }
}

/// The words of a text before interning: folded forms back to back, and per word the end of
/// its folded form and its original byte range. Built without the lexicon, so on any thread.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    folded: String,
    /// (end of the folded form in `folded`, original start, original end)
    words: Vec<(u32, u32, u32)>,
}

impl Tokens {
    /// The folded words, in order.
    pub fn folded(&self) -> impl Iterator<Item = &str> + '_ {
        let mut from = 0usize;
        self.words.iter().map(move |&(fend, _, _)| {
            let w = &self.folded[from..fend as usize];
            from = fend as usize;
            w
        })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Apostrophes that belong inside a Latin word (`company's`, `don't`).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Splits `text` into words (letters and digits, as `text::is_word_char` says, plus an
/// apostrophe between two Latin letters) and folds each. Words that fold to nothing (a run of
/// marks) are left out. Texts beyond 4 GiB are read up to there.
pub fn tokenize(text: &str) -> Tokens {
    let text = &text[..crate::text::floor_boundary(text, u32::MAX as usize)];
    let mut out = Tokens { folded: String::with_capacity(text.len()), words: Vec::new() };
    let mut word_start: Option<usize> = None;
    let mut word_end = 0usize;
    let mut fstart = 0usize;
    let mut prev_latin = false;
    let mut it = text.char_indices().peekable();
    let close = |out: &mut Tokens, start: Option<usize>, end: usize, fstart: usize| {
        if let Some(s) = start {
            if out.folded.len() > fstart {
                out.words.push((out.folded.len() as u32, s as u32, end as u32));
            }
        }
    };
    while let Some((i, c)) = it.next() {
        let inside = is_word_char(c)
            || (is_apostrophe(c)
                && word_start.is_some()
                && prev_latin
                && it.peek().is_some_and(|&(_, n)| n.is_ascii_alphabetic()));
        if !inside {
            close(&mut out, word_start.take(), word_end, fstart);
            prev_latin = false;
            continue;
        }
        if word_start.is_none() {
            word_start = Some(i);
            fstart = out.folded.len();
        }
        word_end = i + c.len_utf8();
        prev_latin = c.is_ascii_alphabetic();
        if is_apostrophe(c) {
            out.folded.push('\'');
        } else if let Some(f) = fold_char(c) {
            out.folded.push(f);
        }
    }
    close(&mut out, word_start, word_end, fstart);
    out
}

/// A distinct folded word and what matching needs of it, computed once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lexeme {
    start: usize,
    end: usize,
    pub chars: u16,
    /// Which characters it holds (see `char_mask`).
    pub mask: u64,
    /// Byte offsets after each proclitic chain it opens with (0: none), ascending.
    pub cuts: [u8; 3],
}

/// Every distinct folded word seen, numbered in order of first appearance.
#[derive(Debug, Default)]
pub struct Lexicon {
    ids: FxHashMap<Box<str>, u32>,
    entries: Vec<Lexeme>,
    text: String,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The id of folded word `w`, adding it when new.
    pub fn id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.entries.len() as u32;
        let start = self.text.len();
        self.text.push_str(w);
        self.entries.push(Lexeme {
            start,
            end: self.text.len(),
            chars: w.chars().count().min(u16::MAX as usize) as u16,
            mask: word_mask(w),
            cuts: affix::proclitic_cuts(w),
        });
        self.ids.insert(w.into(), id);
        id
    }

    /// The words of tokenized text, interned.
    pub fn intern(&mut self, t: &Tokens) -> Words {
        let words: Vec<WordAt> =
            t.folded().zip(&t.words).map(|(w, &(_, start, end))| WordAt { lex: self.id(w), start, end }).collect();
        Words::from_words(&words, Vec::new())
    }

    /// The words of `text`.
    pub fn words(&mut self, text: &str) -> Words {
        self.intern(&tokenize(text))
    }

    /// The words of a field made of several texts (a name and its aliases): positions are
    /// relative to each part.
    pub fn words_of_parts(&mut self, parts: &[&str]) -> Words {
        let mut words = Vec::new();
        let mut part_starts = Vec::new();
        for (k, p) in parts.iter().enumerate() {
            if k > 0 {
                part_starts.push(words.len() as u32);
            }
            words.extend(self.words(p).iter());
        }
        Words::from_words(&words, part_starts)
    }

    /// The folded form of word `id`.
    pub fn word(&self, id: u32) -> &str {
        let e = &self.entries[id as usize];
        &self.text[e.start..e.end]
    }

    pub(crate) fn entries(&self) -> &[Lexeme] {
        &self.entries
    }
}

/// Bit of a (folded) character in a 64-bit set: the Arabic letters have one each, everything
/// else shares the rest. Sharing only makes the set larger, so a test "has every bit of the
/// term" never rejects a word holding the term's characters.
#[inline]
pub(crate) fn char_bit(c: char) -> u64 {
    let u = c as u32;
    let b = match u {
        0x0621..=0x064A => u - 0x0621,
        _ => 42 + (u.wrapping_mul(2_654_435_761) >> 16) % 22,
    };
    1u64 << b
}

/// The character set of folded text.
pub(crate) fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |m, c| m | char_bit(c))
}

/// The character set of a word, with the letters a stem may get back: ه when it has ت (the
/// ة of طاقتها) and y when it has i (the y of companies).
fn word_mask(w: &str) -> u64 {
    let mut m = char_mask(w);
    if m & char_bit('ت') != 0 {
        m |= char_bit('ه');
    }
    if m & char_bit('i') != 0 {
        m |= char_bit('y');
    }
    m
}
