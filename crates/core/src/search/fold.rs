//! Folding for search: Arabic and Latin text in the one form queries match (hamza/alef
//! forms, ى/ي, ة/ه, no tashkeel or tatweel, Latin case and accents), with a map back to the
//! original characters for highlights, and the character-set masks that reject most
//! statements without reading them.

use crate::text::fold_char;

/// A string in folded form with a map from folded character positions back to original
/// ones. Folding drops characters (marks, tatweel) but never adds any, so the map is stored
/// as breakpoints: from folded position `at`, add `shift` to get the original position.
/// Most text has few marks, so this is a few entries instead of one per character.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// (folded position, shift), ascending; the shift before the first entry is 0.
    pub(super) shifts: Vec<(u32, u32)>,
    pub(super) len: u32,
}

impl Folded {
    pub fn new(s: &str) -> Self {
        Self::build(s, |_| {})
    }

    /// The folded form and the character-set mask of what it holds, in one pass.
    pub(super) fn with_mask(s: &str) -> (Self, u128) {
        let mut mask = 0;
        let f = Self::build(s, |c| mask |= char_bit(c));
        (f, mask)
    }

    /// Folds `s`, showing each character kept (after folding) to `kept`.
    #[inline]
    pub(super) fn build(s: &str, mut kept: impl FnMut(char)) -> Self {
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

/// Bit of a character in a 128-bit character-set mask.
#[inline]
pub(super) fn char_bit(c: char) -> u128 {
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
