//! A briefing as Markdown: the marked statements grouped by speaker (a heading per speaker,
//! their roles, each statement a block quote closed by its citation), or the two columns of
//! a comparison as a section per speaker. The same input always gives the same bytes, and
//! nothing from an article can open a heading, a list, a link or raw HTML.

use super::citation::{attribution_parts, separator, Citable};
use crate::sanitize::one_line;

/// One column of a comparison: a speaker and the statements shown under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column<'a> {
    pub speaker: &'a str,
    pub statements: &'a [Citable<'a>],
}

/// The marked statements, in the order given, grouped by speaker (speakers in the order they
/// first appear):
///
/// ```text
/// # Briefing
///
/// 2 statements by 1 speaker
///
/// ## Xi Jinping
///
/// *Chinese President*
///
/// > …
/// >
/// > — Xi Jinping (Chinese President), Xinhua, 3 July 2024, <https://…>
/// ```
pub fn briefing(title: &str, statements: &[Citable<'_>]) -> String {
    let mut out = String::new();
    heading(&mut out, "#", title);
    let mut speakers: Vec<&str> = Vec::new();
    for s in statements {
        if !speakers.contains(&s.speaker) {
            speakers.push(s.speaker);
        }
    }
    let n = statements.len();
    out.push_str(&format!("{n} statement{} by {} speaker{}\n", plural(n), speakers.len(), plural(speakers.len())));
    for speaker in speakers {
        let theirs: Vec<&Citable<'_>> = statements.iter().filter(|s| s.speaker == speaker).collect();
        section(&mut out, speaker, &theirs);
    }
    out
}

/// A comparison of two speakers: a section each, their statements in column order.
pub fn compare(title: &str, left: Column<'_>, right: Column<'_>) -> String {
    let mut out = String::new();
    heading(&mut out, "#", title);
    out.push_str(&format!(
        "{} and {}: {} and {} statement{}\n",
        inline(left.speaker),
        inline(right.speaker),
        left.statements.len(),
        right.statements.len(),
        plural(right.statements.len())
    ));
    for col in [left, right] {
        let theirs: Vec<&Citable<'_>> = col.statements.iter().collect();
        section(&mut out, col.speaker, &theirs);
    }
    out
}

/// The file a briefing is written to by default, stamped with the time given (seconds since
/// 1970, UTC: `saywho-briefing-2024-07-03-0915.md`).
pub fn default_file_name(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let secs = unix_seconds.rem_euclid(86_400);
    let date = crate::provenance::Date::from_unix_days(days).map_or_else(|| "0000-00-00".to_string(), |d| d.iso());
    format!("saywho-briefing-{date}-{:02}{:02}.md", secs / 3600, secs % 3600 / 60)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A heading line, with a blank line after it.
fn heading(out: &mut String, level: &str, text: &str) {
    let text = inline(text);
    let text = if text.is_empty() { "(unnamed)".to_string() } else { text };
    out.push_str(&format!("{level} {text}\n\n"));
}

/// A speaker's heading, roles and statements.
fn section(out: &mut String, speaker: &str, statements: &[&Citable<'_>]) {
    out.push('\n');
    heading(out, "##", speaker);
    let mut roles: Vec<String> = Vec::new();
    for s in statements {
        if let Some(r) = s.role.map(|r| one_line(r.trim())).filter(|r| !r.is_empty() && !roles.contains(r)) {
            roles.push(r);
        }
    }
    if !roles.is_empty() {
        let sep =
            statements.first().map_or("; ", |s| if s.lang == crate::provenance::Lang::Arabic { "؛ " } else { "; " });
        out.push_str(&format!("*{}*\n\n", inline(&roles.join(sep))));
    }
    if statements.is_empty() {
        out.push_str("No statements.\n\n");
    }
    for s in statements {
        quote(out, s);
    }
    // one blank line between blocks, none at the end
    while out.ends_with("\n\n") {
        out.pop();
    }
}

/// A statement as a block quote, a line per paragraph, its citation last.
fn quote(out: &mut String, s: &Citable<'_>) {
    let paragraphs: Vec<String> =
        s.text.split(['\n', '\r']).map(|p| inline(p.trim())).filter(|p| !p.is_empty()).collect();
    for p in &paragraphs {
        out.push_str(&format!("> {p}\n>\n"));
    }
    let mut parts = attribution_parts(s);
    // the URL (or file) is last: a URL as a link, anything else as text
    if let Some(last) = parts.pop() {
        let link = s.url.map(|u| one_line(u.trim())).filter(|u| *u == last && is_linkable(u));
        let mut shown: Vec<String> = parts.iter().map(|p| inline(p)).collect();
        shown.push(match link {
            Some(u) => format!("<{u}>"),
            None => inline(&last),
        });
        out.push_str(&format!("> — {}\n\n", shown.join(separator(s.lang))));
    }
}

/// A URL that Markdown shows as a link between `<` and `>`: a web address with no space or
/// angle bracket in it.
fn is_linkable(u: &str) -> bool {
    let l = u.to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://"))
        && !u.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'))
}

/// Text on one line with every character Markdown would act on escaped.
pub fn inline(s: &str) -> String {
    let s = one_line(s);
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.char_indices() {
        let at_start = i == 0;
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => true,
            // a line opening with these starts a list or an underline
            '-' | '+' | '=' => at_start,
            // `1. ` opens a numbered list: its full stop is escaped
            '.' | ')' => s[..i].chars().all(|d| d.is_ascii_digit()) && i > 0,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::citation::tests::{guterres, xi};
    use super::*;
    use crate::provenance::{Date, Lang};

    #[test]
    fn marked_statements_grouped_by_speaker_line_by_line() {
        let xi2 = Citable {
            text: "إرادة الصين ثابتة\nولن تتغير",
            paragraph: 5,
            url: Some("https://example.com/xi?id=1&lang=ar"),
            ..xi()
        };
        let md = briefing("Briefing 2024-07-03", &[xi(), guterres(), xi2]);
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(
            lines,
            [
                "# Briefing 2024-07-03",
                "",
                "3 statements by 2 speakers",
                "",
                "## شي جين بينغ",
                "",
                "*الرئيس الصيني*",
                "",
                "> الجانب الصيني ينظر دائما إلى علاقاته مع كازاخستان من منظور استراتيجي",
                ">",
                "> — شي جين بينغ (الرئيس الصيني)، شينخوا، 3 يوليو 2024، samples/xinhua-ar-2024-07-03-xi-tokayev.txt ¶4",
                "",
                "> إرادة الصين ثابتة",
                ">",
                "> ولن تتغير",
                ">",
                "> — شي جين بينغ (الرئيس الصيني)، شينخوا، 3 يوليو 2024، <https://example.com/xi?id=1&lang=ar>",
                "",
                "## Antonio Guterres",
                "",
                "*UN Secretary-General*",
                "",
                "> The world cannot afford another war.",
                ">",
                "> — Antonio Guterres (UN Secretary-General), Reuters, 29 December 2014, <https://example.com/un-guterres>",
            ]
        );
        assert!(md.ends_with("guterres>\n"), "one line break at the end: {md:?}");
    }

    #[test]
    fn a_comparison_is_a_section_per_speaker() {
        let a = [xi()];
        let b: [Citable<'_>; 0] = [];
        let md = compare(
            "Xi and Guterres",
            Column { speaker: "شي جين بينغ", statements: &a },
            Column { speaker: "Antonio Guterres", statements: &b },
        );
        insta::assert_snapshot!(md, @r"
        # Xi and Guterres

        شي جين بينغ and Antonio Guterres: 1 and 0 statements

        ## شي جين بينغ

        *الرئيس الصيني*

        > الجانب الصيني ينظر دائما إلى علاقاته مع كازاخستان من منظور استراتيجي
        >
        > — شي جين بينغ (الرئيس الصيني)، شينخوا، 3 يوليو 2024، samples/xinhua-ar-2024-07-03-xi-tokayev.txt ¶4

        ## Antonio Guterres

        No statements.
        ");
    }

    #[test]
    fn article_text_cannot_make_markdown_or_reach_the_terminal() {
        let hostile = Citable {
            text: "# Heading\n- item\n1. first <script>alert(1)</script> [link](x) *bold* \u{1b}]52;c;AAAA\u{7}",
            speaker: "**Boss**",
            role: None,
            outlet: None,
            date: Date::ymd(2024, 7, 3),
            url: Some("javascript:alert(1)"),
            path: "x.txt",
            paragraph: 1,
            lang: Lang::English,
        };
        let md = briefing("t", &[hostile]);
        assert_eq!(
            md,
            "# t\n\n1 statement by 1 speaker\n\n## \\*\\*Boss\\*\\*\n\n\
             > \\# Heading\n>\n> \\- item\n>\n> 1\\. first \\<script\\>alert(1)\\</script\\> \\[link\\](x) \\*bold\\*\n>\n\
             > — \\*\\*Boss\\*\\*, 3 July 2024, javascript:alert(1)\n"
        );
        assert!(!md.contains('\u{1b}') && !md.contains('\u{7}'));
    }

    #[test]
    fn the_default_file_name_is_stamped_with_the_utc_time() {
        assert_eq!(default_file_name(19_907 * 86_400 + 9 * 3600 + 15 * 60 + 59), "saywho-briefing-2024-07-03-0915.md");
        assert_eq!(default_file_name(-60), "saywho-briefing-1969-12-31-2359.md");
        assert!(default_file_name(i64::MAX).starts_with("saywho-briefing-0000-00-00-"), "out of range, no panic");
    }

    #[test]
    fn the_same_marks_give_the_same_bytes() {
        let list = [guterres(), xi(), guterres()];
        assert_eq!(briefing("b", &list), briefing("b", &list));
        assert_eq!(briefing("Empty", &[]), "# Empty\n\n0 statements by 0 speakers\n");
    }
}
