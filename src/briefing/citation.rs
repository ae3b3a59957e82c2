//! Citations in the form a briefing uses: `«text» — Speaker (role), Outlet, 3 July 2024, URL`,
//! in the article's language, with the file and paragraph only when there is no URL. Built
//! from plain strings, never from a dateline (which would leave `UNITED NATIONS (Reuters) -`
//! dangling in it).

use crate::provenance::{Date, Lang};
use crate::sanitize::one_line;

/// A statement with everything it is cited by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citable<'a> {
    /// The statement's words (several paragraphs are joined on one line).
    pub text: &'a str,
    /// The speaker's display name.
    pub speaker: &'a str,
    /// The role the article gives the speaker (`الرئيس الصيني`), if any.
    pub role: Option<&'a str>,
    /// The outlet's display name (`Xinhua`); cited in Arabic for an Arabic article.
    pub outlet: Option<&'a str>,
    pub date: Option<Date>,
    pub url: Option<&'a str>,
    /// The file (or JSON item) the article was read from, cited when there is no URL.
    pub path: &'a str,
    /// 1-based paragraph of the statement.
    pub paragraph: usize,
    /// The article's language: month names, the outlet's name and separators follow it.
    pub lang: Lang,
}

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// As Egypt and the Gulf, and Xinhua's Arabic service, write them.
const ARABIC_MONTHS: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/// `3 July 2024` / `3 يوليو 2024`; a month alone is `July 2024` / `يوليو 2024`.
pub fn format_date(d: Date, lang: Lang) -> String {
    let names = match lang {
        Lang::Arabic => &ARABIC_MONTHS,
        Lang::English => &ENGLISH_MONTHS,
    };
    let month = names[usize::from(d.month.clamp(1, 12)) - 1];
    match d.day {
        Some(day) => format!("{day} {month} {}", d.year),
        None => format!("{month} {}", d.year),
    }
}

/// The parts of an attribution, each on one line and cleaned for display: the speaker with
/// their role, the outlet, the date, and the URL (or `file ¶N`).
pub fn attribution_parts(c: &Citable<'_>) -> Vec<String> {
    let mut parts = Vec::with_capacity(4);
    let speaker = one_line(c.speaker.trim());
    let role = c.role.map(|r| one_line(r.trim())).filter(|r| !r.is_empty() && !speaker.contains(r.as_str()));
    match (speaker.is_empty(), role) {
        (false, Some(r)) => parts.push(format!("{speaker} ({r})")),
        (false, None) => parts.push(speaker),
        (true, Some(r)) => parts.push(r),
        (true, None) => {}
    }
    if let Some(o) = c.outlet.map(|o| one_line(o.trim())).filter(|o| !o.is_empty()) {
        parts.push(crate::provenance::outlet_in(&o, c.lang).to_string());
    }
    if let Some(d) = c.date {
        parts.push(format_date(d, c.lang));
    }
    match c.url.map(|u| one_line(u.trim())).filter(|u| !u.is_empty()) {
        Some(u) => parts.push(u),
        None => parts.push(format!("{} ¶{}", one_line(c.path), c.paragraph)),
    }
    parts
}

/// The separator between parts: `، ` in Arabic, `, ` in English.
pub fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Arabic => "، ",
        Lang::English => ", ",
    }
}

/// `Speaker (role), Outlet, 3 July 2024, URL`.
pub fn attribution(c: &Citable<'_>) -> String {
    attribution_parts(c).join(separator(c.lang))
}

/// `«text» — Speaker (role), Outlet, 3 July 2024, URL`, on one line.
pub fn citation(c: &Citable<'_>) -> String {
    format!("«{}» — {}", one_line(c.text.trim()), attribution(c))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn guterres() -> Citable<'static> {
        Citable {
            text: "The world cannot afford another war.",
            speaker: "Antonio Guterres",
            role: Some("UN Secretary-General"),
            outlet: Some("Reuters"),
            date: Date::ymd(2014, 12, 29),
            url: Some("https://example.com/un-guterres"),
            path: "wire.json#2",
            paragraph: 1,
            lang: Lang::English,
        }
    }

    pub(crate) fn xi() -> Citable<'static> {
        Citable {
            text: "الجانب الصيني ينظر دائما إلى علاقاته مع كازاخستان من منظور استراتيجي",
            speaker: "شي جين بينغ",
            role: Some("الرئيس الصيني"),
            outlet: Some("Xinhua"),
            date: Date::ymd(2024, 7, 3),
            url: None,
            path: "samples/xinhua-ar-2024-07-03-xi-tokayev.txt",
            paragraph: 4,
            lang: Lang::Arabic,
        }
    }

    #[test]
    fn a_citation_with_a_url_names_no_file() {
        assert_eq!(
            citation(&guterres()),
            "«The world cannot afford another war.» — Antonio Guterres (UN Secretary-General), Reuters, 29 December 2014, https://example.com/un-guterres"
        );
    }

    #[test]
    fn a_citation_without_a_url_falls_back_to_file_and_paragraph_in_the_article_s_language() {
        assert_eq!(
            citation(&xi()),
            "«الجانب الصيني ينظر دائما إلى علاقاته مع كازاخستان من منظور استراتيجي» — شي جين بينغ (الرئيس الصيني)، شينخوا، 3 يوليو 2024، samples/xinhua-ar-2024-07-03-xi-tokayev.txt ¶4"
        );
    }

    #[test]
    fn what_is_missing_is_left_out_never_a_dangling_fragment() {
        let c = Citable { role: None, outlet: None, date: None, url: Some("  "), ..guterres() };
        assert_eq!(citation(&c), "«The world cannot afford another war.» — Antonio Guterres, wire.json#2 ¶1");
        let month = Citable { date: Date::ym(2024, 7), role: Some("Antonio Guterres"), ..guterres() };
        assert_eq!(attribution(&month), "Antonio Guterres, Reuters, July 2024, https://example.com/un-guterres");
        assert_eq!(format_date(Date::ym(2024, 7).unwrap(), Lang::Arabic), "يوليو 2024");
        // control characters and line breaks never reach the terminal or the document
        let hostile = Citable { text: "a\nb\u{1b}[2J c", speaker: "X\u{7}Y", ..guterres() };
        assert_eq!(
            citation(&hostile),
            "«a b c» — XY (UN Secretary-General), Reuters, 29 December 2014, https://example.com/un-guterres"
        );
    }
}
