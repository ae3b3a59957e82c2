//! Turns article text into terminal lines: unsafe characters dropped, highlights applied,
//! wrapped by display width at word boundaries in logical order, then — in `app` mode —
//! shaped to Arabic presentation forms and reordered to visual order per line.
//!
//! Why per line: the Unicode bidi algorithm reorders within a line, so a paragraph must be
//! wrapped first (logical order) and each wrapped line reordered on its own; reordering a
//! whole paragraph and then wrapping would put its end on the first line.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_bidi::{BidiInfo, Level};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthChar;

/// How Arabic is put on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BidiMode {
    /// saywho shapes and reorders (for terminals that draw Arabic unjoined, left to right).
    App,
    /// Logical order; the terminal reorders (Konsole, mlterm).
    Terminal,
    /// Logical order, no shaping.
    Off,
}

impl BidiMode {
    pub fn next(self) -> BidiMode {
        match self {
            BidiMode::App => BidiMode::Terminal,
            BidiMode::Terminal => BidiMode::Off,
            BidiMode::Off => BidiMode::App,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            BidiMode::App => "app",
            BidiMode::Terminal => "terminal",
            BidiMode::Off => "off",
        }
    }

    /// The default for this environment: terminals known to reorder by themselves get
    /// logical order.
    pub fn detect(env: impl Fn(&str) -> Option<String>) -> BidiMode {
        let term = env("TERM").unwrap_or_default();
        if env("KONSOLE_VERSION").is_some() || env("MLTERM").is_some() || term.starts_with("mlterm") {
            BidiMode::Terminal
        } else {
            BidiMode::App
        }
    }
}

/// A character with its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SChar {
    pub c: char,
    pub style: Style,
}

fn width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Styled characters of `text`: unsafe characters dropped, white space shown as a space,
/// the character at each `marks` index (char offsets into `text`, sorted) patched with that
/// mark's style. A combining mark takes its base letter's style so the two stay one cell.
pub fn styled(text: &str, base: Style, marks: &[(usize, Style)]) -> Vec<SChar> {
    let mut out: Vec<SChar> = Vec::with_capacity(text.len() / 2);
    let mut m = 0;
    let mut esc = crate::sanitize::EscFilter::default();
    for (i, c) in text.chars().enumerate() {
        let mut style = base;
        let mut marked = false;
        while m < marks.len() && marks[m].0 < i {
            m += 1;
        }
        let mut k = m;
        while k < marks.len() && marks[k].0 == i {
            style = style.patch(marks[k].1);
            marked = true;
            k += 1;
        }
        if c == '\n' || c == '\t' || c == '\r' {
            out.push(SChar { c: ' ', style });
            continue;
        }
        if !esc.keep(c) {
            continue;
        }
        if width(c) == 0 {
            if let Some(prev) = out.last_mut() {
                if marked {
                    // highlight the whole cell
                    prev.style = style;
                } else {
                    style = prev.style;
                }
            }
        }
        out.push(SChar { c, style });
    }
    out
}

/// Wraps styled text to `max` cells in logical order, breaking at spaces; a word longer than
/// a line is cut. Spaces at a break are dropped.
pub fn wrap(chars: &[SChar], max: usize) -> Vec<Vec<SChar>> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line: Vec<SChar> = Vec::new();
    let mut line_w = 0;
    // split into words (runs of non-space) and spaces
    let mut i = 0;
    while i < chars.len() {
        if chars[i].c == ' ' {
            if line_w < max && !line.is_empty() {
                line.push(chars[i]);
                line_w += 1;
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].c != ' ' {
            i += 1;
        }
        let word = &chars[start..i];
        let ww: usize = word.iter().map(|c| width(c.c)).sum();
        if line_w + ww > max && !line.is_empty() {
            trim_trailing_space(&mut line);
            lines.push(std::mem::take(&mut line));
            line_w = 0;
        }
        if ww > max {
            // cut a word that cannot fit on any line
            for &c in word {
                let cw = width(c.c);
                if line_w + cw > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push(c);
                line_w += cw;
            }
        } else {
            line.extend_from_slice(word);
            line_w += ww;
        }
    }
    trim_trailing_space(&mut line);
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn trim_trailing_space(line: &mut Vec<SChar>) {
    while line.last().is_some_and(|c| c.c == ' ') {
        line.pop();
    }
}

/// True when the paragraph's first strong character is right-to-left.
pub fn is_rtl(text: &str) -> bool {
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => return true,
            unicode_bidi::BidiClass::L => return false,
            _ => {}
        }
    }
    false
}

fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        c => c,
    }
}

/// Shapes Arabic letters to their contextual presentation forms, one character for one
/// (ligatures off, marks kept), so styles stay on their characters.
fn shape(line: &[SChar]) -> Vec<SChar> {
    use ar_reshaper::{ArabicReshaper, ReshaperConfig};
    use std::sync::OnceLock;
    static RESHAPER: OnceLock<ArabicReshaper> = OnceLock::new();
    if !line.iter().any(|c| crate::text::is_arabic(c.c)) {
        return line.to_vec();
    }
    let reshaper = RESHAPER.get_or_init(|| {
        let cfg = ReshaperConfig {
            delete_harakat: false,
            support_ligatures: false,
            shift_harakat_position: false,
            delete_tatweel: false,
            ..Default::default()
        };
        ArabicReshaper::new(cfg)
    });
    let s: String = line.iter().map(|c| c.c).collect();
    let shaped = reshaper.reshape(&s);
    if shaped.chars().count() != line.len() {
        // not one-to-one: keep the letters unshaped rather than misplace highlights
        return line.to_vec();
    }
    shaped.chars().zip(line).map(|(c, sc)| SChar { c, style: sc.style }).collect()
}

/// Reorders one line to visual order (Unicode bidi algorithm), reversing right-to-left runs
/// by grapheme cluster so that marks stay on their letters, and mirroring paired brackets.
fn reorder(line: &[SChar], rtl: bool) -> Vec<SChar> {
    let s: String = line.iter().map(|c| c.c).collect();
    if !s
        .chars()
        .any(|c| matches!(unicode_bidi::bidi_class(c), unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL))
    {
        return line.to_vec();
    }
    // byte offset → index in `line`
    let mut at = vec![0usize; s.len() + 1];
    for (i, (b, _)) in s.char_indices().enumerate() {
        at[b] = i;
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(&s, Some(level));
    let Some(para) = info.paragraphs.first() else {
        return line.to_vec();
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    let mut out = Vec::with_capacity(line.len());
    for run in runs {
        let odd = levels[run.start].is_rtl();
        let text = &s[run.clone()];
        if odd {
            let clusters: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
            for (off, g) in clusters.into_iter().rev() {
                let first = at[run.start + off];
                for (k, _) in g.chars().enumerate() {
                    let sc = line[first + k];
                    out.push(SChar { c: if k == 0 { mirror(sc.c) } else { sc.c }, style: sc.style });
                }
            }
        } else {
            let first = at[run.start];
            out.extend_from_slice(&line[first..first + text.chars().count()]);
        }
    }
    out
}

/// One wrapped line as it goes on screen. In `app` mode right-to-left paragraphs are shaped,
/// reordered and right-aligned within `max` cells.
pub fn to_line(line: &[SChar], mode: BidiMode, rtl: bool, max: usize) -> Line<'static> {
    let chars = match mode {
        BidiMode::App => reorder(&shape(line), rtl),
        BidiMode::Terminal | BidiMode::Off => line.to_vec(),
    };
    let mut spans: Vec<Span<'static>> = Vec::new();
    if mode == BidiMode::App && rtl {
        let w: usize = chars.iter().map(|c| width(c.c)).sum();
        if w < max {
            spans.push(Span::raw(" ".repeat(max - w)));
        }
    }
    let mut cur = String::new();
    let mut style = chars.first().map(|c| c.style).unwrap_or_default();
    for c in &chars {
        if c.style != style && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), style));
        }
        style = c.style;
        cur.push(c.c);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, style));
    }
    Line::from(spans)
}

/// A text (paragraphs separated by `\n`) as screen lines of at most `max` cells.
pub fn lines(text: &str, base: Style, marks: &[(usize, Style)], max: usize, mode: BidiMode) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for para in text.split('\n') {
        let n = para.chars().count();
        let local: Vec<(usize, Style)> =
            marks.iter().filter(|m| m.0 >= offset && m.0 < offset + n).map(|&(p, st)| (p - offset, st)).collect();
        let chars = styled(para, base, &local);
        let rtl = is_rtl(para);
        for l in wrap(&chars, max) {
            out.push(to_line(&l, mode, rtl, max));
        }
        offset += n + 1;
    }
    out
}

/// The start of `text` on one row of exactly `max` cells (for list rows), in display order.
/// A right-to-left text in `app` mode is right-aligned when `align` is set.
pub fn fit(
    text: &str,
    base: Style,
    marks: &[(usize, Style)],
    max: usize,
    mode: BidiMode,
    align: bool,
) -> Vec<Span<'static>> {
    // only the start can show: style no more than a row's worth (texts can be megabytes)
    let head = match text.char_indices().nth(max.saturating_mul(4) + 16) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let mut chars = styled(head, base, marks);
    let mut w = 0;
    let mut cut = chars.len();
    for (i, c) in chars.iter().enumerate() {
        let cw = width(c.c);
        if w + cw > max {
            cut = i;
            break;
        }
        w += cw;
    }
    chars.truncate(cut);
    while chars.last().is_some_and(|c| c.c == ' ') {
        chars.pop();
    }
    let rtl = is_rtl(head);
    let line = to_line(&chars, mode, rtl && align, if align { max } else { 0 });
    let mut spans = line.spans;
    let used: usize = spans.iter().map(|s| s.content.chars().map(width).sum::<usize>()).sum();
    if used < max {
        spans.push(Span::styled(" ".repeat(max - used), base));
    }
    spans
}

/// Display width of a string, cell by cell (`لا` is two cells on a terminal grid, though
/// `UnicodeWidthStr` counts the pair as one).
pub fn cells(s: &str) -> usize {
    s.chars().map(width).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn plain(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn wrap_breaks_at_spaces_by_display_width() {
        let chars = styled("aa bbb cccc d", Style::default(), &[]);
        let lines: Vec<String> = wrap(&chars, 6).iter().map(|l| l.iter().map(|c| c.c).collect()).collect();
        assert_eq!(lines, ["aa bbb", "cccc d"]);
        let long = styled("abcdefgh", Style::default(), &[]);
        assert_eq!(wrap(&long, 3).len(), 3);
    }

    #[test]
    fn control_characters_never_reach_the_line() {
        let chars = styled("a\u{1b}[31mb\u{202e}c\u{9b}", Style::default(), &[]);
        let s: String = chars.iter().map(|c| c.c).collect();
        assert_eq!(s, "abc", "whole escape sequences go, not just ESC");
    }

    #[test]
    fn app_mode_reverses_arabic_and_keeps_marks_on_their_letter() {
        let text = "قالَ";
        let line = to_line(&styled(text, Style::default(), &[]), BidiMode::Off, true, 10);
        assert_eq!(plain(&line), text, "off mode keeps logical order");
        let app = to_line(&styled(text, Style::default(), &[]), BidiMode::App, true, 0);
        let s = plain(&app);
        let chars: Vec<char> = s.chars().collect();
        // visual order: the last letter (lam, shaped, with its fatha) comes first
        assert_eq!(chars.len(), 4);
        assert_eq!(chars[1], '\u{064E}', "the fatha follows its lam: {s:?}");
        assert!(chars.iter().all(|c| !('\u{0621}'..='\u{064A}').contains(c)), "letters are shaped: {s:?}");
    }

    #[test]
    fn app_mode_keeps_numbers_and_latin_left_to_right_and_mirrors_guillemets() {
        let text = "قال «UN Security Council 2024»";
        let line = to_line(&styled(text, Style::default(), &[]), BidiMode::App, true, 0);
        let s = plain(&line);
        assert!(s.contains("UN Security Council") && s.contains("2024"), "{s:?}");
        assert!(s.starts_with('«'), "the closing guillemet is drawn as an opening one on the left: {s:?}");
    }

    #[test]
    fn highlights_survive_shaping_and_reordering() {
        let hl = Style::default().add_modifier(Modifier::REVERSED);
        let text = "الطاقة الجديدة";
        let marks: Vec<(usize, Style)> = (7..14).map(|i| (i, hl)).collect(); // الجديدة
        let line = to_line(&styled(text, Style::default(), &marks), BidiMode::App, true, 0);
        let marked: usize = line.spans.iter().filter(|s| s.style == hl).map(|s| s.content.chars().count()).sum();
        assert_eq!(marked, 7);
        // the highlighted word is the second word logically, so the first visually
        assert_eq!(line.spans[0].style, hl);
    }
}
