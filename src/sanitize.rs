//! Makes untrusted article text safe to show: control characters, escape sequences and
//! bidi overrides never reach the terminal. Offsets in the data keep referring to the
//! original bytes; only what is displayed is cleaned.

/// True for characters that must never be written to a terminal: C0 and C1 controls (ESC
/// starts CSI/OSC/DCS sequences, 0x9B is an 8-bit CSI), DEL, and the bidi embedding,
/// override and isolate controls that can make text read differently from what it is.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || matches!(c, '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Text for display on one line: unsafe characters dropped, any run of white space (tabs and
/// line breaks included) shown as one space.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if is_unsafe(c) {
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

/// Text for display keeping line breaks; other unsafe characters dropped.
pub fn multi_line(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
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
    fn whitespace_runs_fold_to_one_space() {
        assert_eq!(one_line("  a \r\n\t b  "), "a b");
        assert_eq!(multi_line("a\r\nb"), "a\nb");
    }
}
