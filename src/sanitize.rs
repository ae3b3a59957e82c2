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
    fn whitespace_runs_fold_to_one_space() {
        assert_eq!(one_line("  a \r\n\t b  "), "a b");
        assert_eq!(multi_line("a\r\nb"), "a\nb");
    }
}
