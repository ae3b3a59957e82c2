//! Makes untrusted text safe to show: control characters, escape sequences and bidi
//! overrides never reach the terminal. Article text is cleaned where it is displayed
//! (offsets in the data keep referring to the original bytes); a saved extraction, whose
//! every string could have been written by anyone, is cleaned as it is read (`clean`).

use std::borrow::Cow;

/// True for characters that must never be written to a terminal: C0 and C1 controls (ESC
/// starts CSI/OSC/DCS sequences, 0x9B is an 8-bit CSI), DEL, and the bidi embedding,
/// override and isolate controls that can make text read differently from what it is.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || matches!(c, '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Drops whole escape sequences, not just their ESC: CSI (`ESC [` … final byte, or the 8-bit
/// CSI U+009B), OSC (`ESC ]` … BEL or ST), DCS/SOS/PM/APC (`ESC P|X|^|_` … ST), and
/// two-character escapes. Feed it every character in order; it says which to keep.
#[derive(Debug, Default, Clone, Copy)]
pub struct EscFilter {
    state: Esc,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Esc {
    #[default]
    Text,
    /// Just after ESC.
    Escape,
    /// Inside a CSI: parameters until a final byte.
    Csi,
    /// Inside a string (OSC, DCS ...) until BEL or ST; `true` after an ESC inside it.
    Str(bool),
}

impl EscFilter {
    /// Outside any escape sequence.
    pub fn in_text(&self) -> bool {
        self.state == Esc::Text
    }

    pub fn keep(&mut self, c: char) -> bool {
        self.state = match (self.state, c) {
            (Esc::Text, '\u{1b}') => Esc::Escape,
            (Esc::Text, '\u{9b}') => Esc::Csi,
            (Esc::Text, '\u{90}' | '\u{9d}' | '\u{98}' | '\u{9e}' | '\u{9f}') => Esc::Str(false),
            (Esc::Text, _) => return !is_unsafe(c),
            (Esc::Escape, '[') => Esc::Csi,
            (Esc::Escape, ']' | 'P' | 'X' | '^' | '_') => Esc::Str(false),
            (Esc::Escape, _) => Esc::Text,
            // a CSI ends at a byte in @..~; anything not a parameter also ends it
            (Esc::Csi, '\u{40}'..='\u{7e}') => Esc::Text,
            (Esc::Csi, '\u{20}'..='\u{3f}') => Esc::Csi,
            (Esc::Csi, _) => Esc::Text,
            (Esc::Str(_), '\u{7}' | '\u{9c}') => Esc::Text,
            (Esc::Str(true), '\\') => Esc::Text,
            (Esc::Str(_), '\u{1b}') => Esc::Str(true),
            (Esc::Str(_), _) => Esc::Str(false),
        };
        false
    }
}

/// Text for display on one line: escape sequences and unsafe characters dropped, any run of
/// white space (tabs and line breaks included) shown as one space.
pub fn one_line(s: &str) -> String {
    if is_one_clean_line(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut esc = EscFilter::default();
    for c in s.chars() {
        if !c.is_whitespace() && !esc.keep(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// `one_line` of an owned string, which is kept as it is when already clean.
pub fn into_one_line(s: String) -> String {
    if is_one_clean_line(&s) {
        s
    } else {
        one_line(&s)
    }
}

/// Most text is already one clean line: words separated by single spaces, nothing unsafe.
fn is_one_clean_line(s: &str) -> bool {
    !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && s.chars().all(|c| c == ' ' || !(c.is_whitespace() || is_unsafe(c)))
}

/// Text for display keeping line breaks; other unsafe characters dropped.
pub fn multi_line(s: &str) -> String {
    let mut esc = EscFilter::default();
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if !esc.keep(c) => None,
            c => Some(c),
        })
        .collect()
}

/// A string read from a saved extraction, made safe: escape sequences and unsafe
/// characters dropped, a tab or other white-space control as a space, and line breaks kept
/// with `keep_lines` (a statement's text) or as spaces. Returned as it is when already safe,
/// which is almost always, after one pass over its bytes.
pub fn clean(s: Cow<'_, str>, keep_lines: bool) -> Cow<'_, str> {
    if is_safe(s.as_bytes(), keep_lines) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut esc = EscFilter::default();
    for c in s.chars() {
        if keep_lines && c == '\n' {
            out.push(c);
            continue;
        }
        let text = esc.in_text();
        if esc.keep(c) {
            out.push(c);
        } else if text && c.is_whitespace() && !(keep_lines && c == '\r') {
            out.push(' ');
        }
    }
    Cow::Owned(out)
}

/// Whether `clean` would keep `b` as it is: no character `is_unsafe` finds (line feeds
/// allowed with `keep_lines`). Works on UTF-8 bytes and stops only at the few bytes those
/// characters contain: C0, DEL, 0x9C (the second byte of U+061C, rare in Arabic text, unlike
/// its lead byte), and the lead bytes C2 (C1 controls), E2 (bidi controls) and EF (U+FEFF,
/// U+FFF9–U+FFFB). Printing JSON runs it over every string, so it must cost little.
pub fn is_safe(b: &[u8], keep_lines: bool) -> bool {
    const STOP: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 0x20 {
            t[i] = true;
            i += 1;
        }
        t[0x7f] = true;
        t[0x9c] = true;
        t[0xc2] = true;
        t[0xe2] = true;
        t[0xef] = true;
        t
    };
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| STOP[c as usize]) {
        let j = i + off;
        let at = |k: usize| b.get(j + k).copied();
        let bad = match b[j] {
            b'\n' => !keep_lines,
            // a continuation byte: U+061C when it follows D8
            0x9c => j > 0 && b[j - 1] == 0xd8,
            0xc2 => matches!(at(1), Some(0x80..=0x9f)),
            0xe2 => matches!(
                (at(1), at(2)),
                (Some(0x80), Some(0x8e | 0x8f | 0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
            ),
            0xef => matches!((at(1), at(2)), (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xb9..=0xbb))),
            _ => true,
        };
        if bad {
            return false;
        }
        i = j + 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_overrides_are_removed() {
        let s = "a\u{1b}[31mred\u{1b}]0;title\u{7}\u{9b}2J\u{202E}txt\u{0}";
        let out = one_line(s);
        assert!(!out.chars().any(is_unsafe), "{out:?}");
        assert!(out.contains("red"));
    }

    #[test]
    fn whole_sequences_leave_no_residue() {
        assert_eq!(one_line("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(one_line("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(one_line("x\u{1b}]52;c;aGk=\u{1b}\\y"), "xy");
        assert_eq!(one_line("x\u{1b}P1;2|data\u{1b}\\y"), "xy");
        assert_eq!(one_line("x\u{9b}2Jy"), "xy");
        assert_eq!(one_line("قال \u{1b}[1mإن\u{1b}[m"), "قال إن");
    }

    #[test]
    fn the_byte_check_finds_exactly_the_unsafe_characters() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            // alone, and between other characters (no allocation: a million of them)
            let mut buf = [b'a'; 6];
            let n = c.encode_utf8(&mut buf[1..]).len();
            assert_eq!(is_safe(&buf[1..n + 1], false), !is_unsafe(c), "{c:?}");
            assert_eq!(is_safe(&buf[..n + 2], c == '\n'), c == '\n' || !is_unsafe(c), "{c:?}");
        }
    }

    #[test]
    fn saved_strings_are_cleaned_of_whole_sequences() {
        let clean = |s: &str, lines| clean(Cow::Borrowed(s), lines).into_owned();
        assert_eq!(clean("said\u{1b}]0;pwned\u{7}\u{1b}[2J", false), "said");
        assert_eq!(clean("a\u{1b}]52;c;aGk=\u{1b}\\b\u{9b}31m\u{202e}c", false), "abc");
        assert_eq!(clean("one\ttwo\r\nthree", false), "one two  three");
        assert_eq!(clean("one\ttwo\r\nthree", true), "one two\nthree");
        assert!(matches!(super::clean(Cow::Borrowed("قال  إن"), false), Cow::Borrowed(_)));
    }

    #[test]
    fn whitespace_runs_fold_to_one_space() {
        assert_eq!(one_line("  a \r\n\t b  "), "a b");
        assert_eq!(multi_line("a\r\nb"), "a\nb");
    }
}
