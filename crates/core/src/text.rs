//! Text primitives shared by the extractor and the search index: Arabic/Latin folding and a
//! zero-copy tokenizer that keeps byte offsets into the article.

/// Folds one character for matching: the hamza/alef family to bare alef, alef maqsura and
/// hamza-on-ya to ya, ta marbuta to ha, hamza-on-waw to waw, Latin to lower case (accents
/// dropped for the common Latin-1 letters). Returns `None` for characters that carry no
/// letter identity — tashkeel, tatweel, zero-width joiners — so they vanish from the folded
/// form. Why: Arabic news text spells the same word with and without hamza seats and
/// vowel marks, and readers type without them.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    let u = c as u32;
    // fast paths: Arabic letters and ASCII, nearly all of any article
    if (0x0621..=0x063A).contains(&u) || (0x0641..=0x064A).contains(&u) {
        return Some(match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            _ => c,
        });
    }
    if u < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    Some(match c {
        'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ی' => 'ي',
        'ک' => 'ك',
        // (and soft hyphens and word joiners, invisible inside a word: `Ne\u{AD}tan\u{AD}ya\u{AD}hu`)
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{2060}' => {
            return None
        }
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'ò'..='ö' | 'Ø' | 'ø' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        '\u{0600}'..='\u{06FF}' => c,
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    out.extend(s.chars().filter_map(fold_char));
}

/// The folded form of `s` as a new string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// True for characters that belong inside a word: letters, digits, Arabic marks, tatweel, and
/// the zero-width joiners and soft hyphens that some publishers leave inside words.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        c if c.is_ascii() => false,
        // Arabic letters, marks, digits and tatweel; the block's punctuation (، ؛ ؟ ٪) is not
        '\u{0621}'..='\u{065F}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' => true,
        '\u{06EE}'..='\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{2060}' => true,
        c => c.is_alphanumeric(),
    }
}

/// True for Arabic-script letters (used to tell an Arabic article from an English one).
#[inline]
pub fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A token of a paragraph: a word (letters and digits, with decimal points and thousands
/// separators kept inside numbers) or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the token in the text that was tokenized.
    pub start: usize,
    pub end: usize,
    /// Range of the folded form inside the tokenizer's folded buffer.
    pub fstart: u32,
    pub fend: u32,
    /// For punctuation, the character; `None` for words.
    pub punct: Option<char>,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
}

/// `ARABIC_FOLD` entries: not a word character, or a mark that folds to nothing.
const NOT_WORD: char = '\u{FFFF}';
const DROPPED: char = '\0';

/// The Arabic block U+0600–U+06FF as the tokenizer needs it: for each code point, what
/// `fold_char` makes of it, or `NOT_WORD` where `is_word_char` says no (، ؛ ؟ ٪), or `DROPPED`
/// for marks and tatweel. A table lookup a letter instead of decoding and two matches.
static ARABIC_FOLD: [char; 256] = {
    let mut t = ['\0'; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = arabic_fold_entry(0x600 + i as u32);
        i += 1;
    }
    t
};

const fn arabic_fold_entry(u: u32) -> char {
    let word = matches!(u, 0x0621..=0x065F | 0x0660..=0x0669 | 0x066E..=0x06D3 | 0x06D5 | 0x06EE..=0x06FF);
    if !word {
        return NOT_WORD;
    }
    let f = match u {
        0x0623 | 0x0625 | 0x0622 | 0x0671 | 0x0672 | 0x0673 => 0x0627, // أ إ آ ٱ ٲ ٳ → ا
        0x0649 | 0x0626 | 0x06CC => 0x064A,                            // ى ئ ی → ي
        0x0629 => 0x0647,                                              // ة → ه
        0x0624 => 0x0648,                                              // ؤ → و
        0x06A9 => 0x0643,                                              // ک → ك
        0x064B..=0x065F | 0x0670 | 0x0640 => return DROPPED,
        0x0660..=0x0669 => u - 0x0660 + '0' as u32,
        _ => u,
    };
    match char::from_u32(f) {
        Some(c) => c,
        None => NOT_WORD,
    }
}

/// ASCII letters and digits, as a table: the tokenizer's inner loop asks this of every byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits in `b` that starts at `i`.
#[inline]
pub fn ascii_alnum_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && ASCII_ALNUM[b[i] as usize] {
        i += 1;
    }
    i
}

/// A tokenized span of text: tokens plus one buffer holding every word's folded form, so that
/// tokenizing a paragraph costs two allocations rather than one per word.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    pub toks: Vec<Token>,
    pub folded: String,
}

impl Tokens {
    /// Tokenizes `text[range]`; token offsets are absolute within `text`.
    pub fn new(text: &str, start: usize, end: usize) -> Self {
        let mut t = Tokens::default();
        t.fill(text, start, end);
        t
    }

    /// Re-fills this buffer with the tokens of `text[start..end]`, reusing its allocations.
    pub fn fill(&mut self, text: &str, start: usize, end: usize) {
        self.toks.clear();
        self.folded.clear();
        let s = &text[start..end];
        let b = s.as_bytes();
        // about one token per four bytes of English (words and punctuation); fewer in Arabic
        self.toks.reserve(s.len() / 4);
        self.folded.reserve(s.len());
        let mut i = 0;
        while i < b.len() {
            // fast paths for most of English text: a space, and a word of ASCII letters and
            // digits that ends at ASCII which does not continue it (`.` or `,` between digits
            // does: 0.3, 32,000)
            let c0 = b[i];
            if c0 == b' ' {
                i += 1;
                continue;
            }
            if ASCII_ALNUM[c0 as usize] {
                let j = ascii_alnum_run(b, i);
                let continues_number = matches!(b.get(j), Some(b'.' | b','))
                    && b[j - 1].is_ascii_digit()
                    && b.get(j + 1).is_some_and(u8::is_ascii_digit);
                if b.get(j).is_none_or(|&d| d < 0x80) && !continues_number {
                    let fstart = self.folded.len() as u32;
                    self.folded.push_str(&s[i..j]);
                    self.folded[fstart as usize..].make_ascii_lowercase();
                    let fend = self.folded.len() as u32;
                    self.toks.push(Token { start: start + i, end: start + j, fstart, fend, punct: None });
                    i = j;
                    continue;
                }
            }
            // one character: ASCII directly from the byte, an Arabic letter by table (a word
            // starts: no whitespace in the block), the rest decoded
            let arabic = (0xD8..=0xDB).contains(&c0) && b.get(i + 1).is_some_and(|&c| c & 0xC0 == 0x80);
            let arabic_letter = arabic && {
                let u = ((u32::from(c0) & 0x1F) << 6) | (u32::from(b[i + 1]) & 0x3F);
                if ARABIC_FOLD[(u - 0x600) as usize] == NOT_WORD {
                    // Arabic punctuation (، ؛ ؟): a token of its own, no whitespace in the block
                    let fstart = self.folded.len() as u32;
                    let c = char::from_u32(u).unwrap_or('\u{FFFD}');
                    self.toks.push(Token {
                        start: start + i,
                        end: start + i + 2,
                        fstart,
                        fend: fstart,
                        punct: Some(c),
                    });
                    i += 2;
                    continue;
                }
                true
            };
            let (c, clen) = if b[i] < 0x80 {
                (b[i] as char, 1)
            } else if arabic_letter {
                ('\u{0627}', 2) // any letter: only its being a word character matters below
            } else {
                let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
                (c, c.len_utf8())
            };
            if !arabic_letter && (c.is_whitespace() || c == '\u{FEFF}') {
                i += clen;
                continue;
            }
            if !arabic_letter && !is_word_char(c) {
                let fstart = self.folded.len() as u32;
                self.toks.push(Token { start: start + i, end: start + i + clen, fstart, fend: fstart, punct: Some(c) });
                i += clen;
                continue;
            }
            let fstart = self.folded.len() as u32;
            let mut j = i;
            let mut prev_digit = false;
            while j < b.len() {
                let d0 = b[j];
                if d0 < 0x80 {
                    if ASCII_ALNUM[d0 as usize] {
                        // a run of ASCII letters and digits in one copy, lowercased in place
                        let run = j;
                        j = ascii_alnum_run(b, j);
                        let n = self.folded.len();
                        self.folded.push_str(&s[run..j]);
                        self.folded[n..].make_ascii_lowercase();
                        prev_digit = b[j - 1].is_ascii_digit();
                        continue;
                    }
                    // keep 0.3 and 32,000 as one number
                    if (d0 == b'.' || d0 == b',') && prev_digit && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
                        self.folded.push(d0 as char);
                        j += 1;
                        continue;
                    }
                    break;
                }
                // Arabic letters (two bytes, lead 0xD8–0xDB): folded by table, no decoding
                if (0xD8..=0xDB).contains(&d0) && b.get(j + 1).is_some_and(|&c| c & 0xC0 == 0x80) {
                    let u = ((u32::from(d0) & 0x1F) << 6) | (u32::from(b[j + 1]) & 0x3F);
                    match ARABIC_FOLD[(u - 0x600) as usize] {
                        NOT_WORD => break,
                        DROPPED => {}
                        f => self.folded.push(f),
                    }
                    prev_digit = false;
                    j += 2;
                    continue;
                }
                let d = s[j..].chars().next().unwrap_or('\u{FFFD}');
                if !is_word_char(d) {
                    break;
                }
                if let Some(f) = fold_char(d) {
                    self.folded.push(f);
                }
                prev_digit = false;
                j += d.len_utf8();
            }
            self.toks.push(Token {
                start: start + i,
                end: start + j,
                fstart,
                fend: self.folded.len() as u32,
                punct: None,
            });
            i = j;
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The folded form of token `i` (empty for punctuation and past the end, so that
    /// look-ahead needs no bounds checks).
    #[inline]
    pub fn f(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.folded[t.fstart as usize..t.fend as usize],
            None => "",
        }
    }

    #[inline]
    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).and_then(|t| t.punct)
    }
}

/// The folded words of `s`: `fold(s)` split at anything but letters and digits.
pub fn fold_words(s: &str) -> Vec<String> {
    // as `fold(s)` split at non-word characters, without building the folded string first
    let mut out = Vec::new();
    let mut word = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // runs of ASCII letters and digits in one copy (English names are all of them)
        if b[i].is_ascii_alphanumeric() {
            let run = i;
            i = ascii_alnum_run(b, i);
            let n = word.len();
            word.push_str(&s[run..i]);
            word[n..].make_ascii_lowercase();
            continue;
        }
        let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
        i += c.len_utf8();
        match fold_char(c) {
            Some(f) if is_word_char(f) => word.push(f),
            Some(_) if !word.is_empty() => out.push(std::mem::take(&mut word)),
            _ => {}
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// True when `short` occurs as a contiguous run inside `long` (a short name inside a longer
/// one, word by word).
pub fn contains_run<T: PartialEq>(long: &[T], short: &[T]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// The nearest character boundary at or before byte `i` of `s` (`s.len()` past the end).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after byte `i` of `s` (`s.len()` past the end).
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_soft_hyphen_inside_a_word_is_part_of_it_and_folds_away() {
        let text = "Ne\u{AD}tan\u{AD}ya\u{AD}hu said";
        let t = super::Tokens::new(text, 0, text.len());
        assert_eq!(t.len(), 2);
        assert_eq!(t.f(0), "netanyahu");
        assert_eq!(&text[t.toks[0].start..t.toks[0].end], "Ne\u{AD}tan\u{AD}ya\u{AD}hu");
    }

    #[test]
    fn the_arabic_table_folds_as_fold_char_does() {
        for u in 0x600..0x700u32 {
            let c = char::from_u32(u).unwrap();
            let want =
                if !super::is_word_char(c) { super::NOT_WORD } else { super::fold_char(c).unwrap_or(super::DROPPED) };
            assert_eq!(super::ARABIC_FOLD[(u - 0x600) as usize], want, "U+{u:04X}");
        }
    }

    #[test]
    fn boundaries_round_to_whole_characters() {
        let s = "aقb"; // ق is bytes 1..3
        assert_eq!((floor_boundary(s, 2), ceil_boundary(s, 2)), (1, 3));
        assert_eq!((floor_boundary(s, 3), ceil_boundary(s, 3)), (3, 3));
        assert_eq!((floor_boundary(s, 99), ceil_boundary(s, 99)), (4, 4));
    }

    use super::*;

    #[test]
    fn folding_merges_spelling_variants() {
        assert_eq!(fold("أعرب"), fold("اعرب"));
        assert_eq!(fold("إن"), "ان");
        assert_eq!(fold("آسيا"), "اسيا");
        assert_eq!(fold("ٱلله"), fold("الله"));
        assert_eq!(fold("مسؤول"), fold("مسوول"));
        assert_eq!(fold("رئيس"), fold("رييس"));
        assert_eq!(fold("الطاقة الجديدة"), fold("الطاقه الجديده"));
        assert_eq!(fold("مستشفى"), fold("مستشفي"));
        assert_eq!(fold("مسؤول"), "مسوول");
        assert_eq!(fold("رئيس"), "رييس");
        assert_eq!(fold("قالـــت"), "قالت");
        assert_eq!(fold("مُحَمَّدٌ"), "محمد");
        assert_eq!(fold("Xi JINPING"), "xi jinping");
        assert_eq!(fold("Krähenbühl"), "krahenbuhl");
    }

    #[test]
    fn tokenizer_keeps_offsets_numbers_and_punctuation() {
        let text = "قال، إن 0.3 في «المائة».";
        let t = Tokens::new(text, 0, text.len());
        let words: Vec<&str> = t.toks.iter().map(|k| &text[k.start..k.end]).collect();
        assert_eq!(words, ["قال", "،", "إن", "0.3", "في", "«", "المائة", "»", "."]);
        assert_eq!(t.f(2), "ان");
        assert_eq!(t.punct(1), Some('،'));
    }

    #[test]
    fn english_words_numbers_and_mixed_scripts() {
        let text = "Prices rose 2.5% to $32,000, Café-owners said.\tIn 2024, U.S. data: 7,a 3.";
        let t = Tokens::new(text, 0, text.len());
        let words: Vec<&str> = t.toks.iter().map(|k| &text[k.start..k.end]).collect();
        assert_eq!(
            words,
            [
                "Prices", "rose", "2.5", "%", "to", "$", "32,000", ",", "Café", "-", "owners", "said", ".", "In",
                "2024", ",", "U", ".", "S", ".", "data", ":", "7", ",", "a", "3", "."
            ]
        );
        let folded: Vec<&str> = (0..t.len()).map(|i| t.f(i)).collect();
        assert_eq!(&folded[..4], ["prices", "rose", "2.5", ""]);
        assert_eq!(folded[8], "cafe");
        // offsets count from the start of the text even for a slice of it
        let t = Tokens::new(text, 7, 11);
        assert_eq!((t.toks[0].start, t.toks[0].end, t.f(0)), (7, 11, "rose"));
    }
}
