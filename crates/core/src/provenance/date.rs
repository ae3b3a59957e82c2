//! Calendar dates read from what articles write: ISO forms, English and Arabic month names
//! (the Egyptian/Gulf, Levantine and Maghreb names), Arabic-Indic and Persian digits, and
//! Hijri dates, which are converted with the tabular Islamic calendar. A date is read only
//! when it is written; nothing is inferred but a missing year taken from a date given with
//! the article (`with_year_near`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Gregorian date as precise as it was written: a day, or only a month.
/// Orders by time (a month before the days in it); shows and serializes as ISO 8601
/// (`2024-07-03`, `2024-07`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31; `None` when only the month is known.
    pub day: Option<u8>,
}

impl Date {
    /// A full date, when it exists in the Gregorian calendar (no 31 June, 29 February only in
    /// a leap year).
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        (valid_year(year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day: Some(day) })
    }

    /// A month of a year.
    pub fn ym(year: i32, month: u8) -> Option<Date> {
        (valid_year(year) && (1..=12).contains(&month)).then_some(Date { year, month, day: None })
    }

    /// `2024-07-03` or `2024-07`.
    pub fn iso(&self) -> String {
        self.to_string()
    }

    /// Reads exactly `YYYY-MM-DD` or `YYYY-MM` (what `iso` writes, and what a `date:` filter
    /// holds); anything else is `None`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
        };
        match b.len() {
            7 if b[4] == b'-' => Date::ym(num(0..4)? as i32, num(5..7)? as u8),
            10 if b[4] == b'-' && b[7] == b'-' => Date::ymd(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8),
            _ => None,
        }
    }

    /// Whether this date falls in `from..=to` (inclusive, each a day or a month: a month
    /// bound takes in all of its days). A date known only to its month is in the range when
    /// its whole month is.
    pub fn within(&self, from: Option<Date>, to: Option<Date>) -> bool {
        let (first, last) = self.first_last_day();
        from.is_none_or(|f| first >= f.first_last_day().0) && to.is_none_or(|t| last <= t.first_last_day().1)
    }

    /// The first and last day this date covers, as (year, month, day).
    fn first_last_day(&self) -> ((i32, u8, u8), (i32, u8, u8)) {
        (self.first_day(), self.last_day())
    }

    /// The first day this date covers (a month's first), as (year, month, day).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month, self.day.unwrap_or(1))
    }

    /// The last day this date covers (a month's last), as (year, month, day).
    pub fn last_day(&self) -> (i32, u8, u8) {
        (self.year, self.month, self.day.unwrap_or_else(|| days_in_month(self.year, self.month)))
    }

    /// The day `days` after 1 January 1970 (a Unix time divided by 86,400, floored).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        jdn_to_gregorian(days.checked_add(2_440_588)?)
    }

    /// Days since an epoch (the Julian day number), for a full date; a month counts as its
    /// first day.
    pub(crate) fn julian_day(&self) -> i64 {
        gregorian_to_jdn(self.year, self.month, self.day.unwrap_or(1))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, d),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD or YYYY-MM): {s:?}")))
    }
}

/// A month and day written without a year (`LONDON, Dec 29 (Reuters) -`); serializes as
/// ISO 8601's `--12-29`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

impl MonthDay {
    /// ISO 8601's form for a date without a year: `--12-29`.
    pub fn iso(&self) -> String {
        format!("--{:02}-{:02}", self.month, self.day)
    }

    /// Reads `--MM-DD`.
    pub fn parse_iso(s: &str) -> Option<MonthDay> {
        let d = Date::parse_iso(&format!("2000{}", s.strip_prefix('-')?))?;
        Some(MonthDay { month: d.month, day: d.day? })
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<MonthDay, D::Error> {
        let s = String::deserialize(d)?;
        MonthDay::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a month and day (--MM-DD): {s:?}")))
    }
}

/// The calendar a date was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    Gregorian,
    /// Converted to Gregorian with the tabular (arithmetical) Islamic calendar, which may be
    /// a day or two off the calendar of sighting or of Umm al-Qura.
    Hijri,
}

/// What a piece of text says the date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A Gregorian date (converted when written in the Hijri calendar).
    Date(Date),
    /// A month and day with no year.
    MonthDay(MonthDay),
}

/// A date found in a text, with where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub reading: Reading,
    pub calendar: Calendar,
    /// Byte range of the date in the text searched (`3 يوليو 2024`, `15 رمضان 1445 هـ`).
    pub span: (usize, usize),
}

impl Found {
    /// The date as written in `text` (the text that was searched).
    pub fn written<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.0..self.span.1).unwrap_or("")
    }
}

/// The date a field of its own holds (a JSON `date`): ISO 8601 with or without a time and
/// zone (the date as written, not moved to UTC), `YYYYMMDD`, `2014/12/29`, `29/12/2014` when
/// the day cannot be taken for the month, `Dec 29, 2014`, `29 December 2014`,
/// `Mon, 29 Dec 2014 10:00:00 GMT`, Arabic month names, Hijri dates. A month and day with no
/// year is not a date here (`None`).
pub fn parse_date_field(s: &str) -> Option<Found> {
    let t = s.trim();
    let lead = s.len() - s.trim_start().len();
    if let Some((d, len)) = iso_prefix(t) {
        // the date may be followed by a time and zone, never by more digits
        let rest = &t[len..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ', '_']) {
            return Some(Found { reading: Reading::Date(d), calendar: Calendar::Gregorian, span: (lead, lead + len) });
        }
    }
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| t[r].parse::<u32>().ok();
        let year = n(0..4)? as i32;
        if let Some(d) = Date::ymd(year, n(4..6)? as u8, n(6..8)? as u8).filter(|_| year >= NUMERIC_YEARS_FROM) {
            return Some(Found { reading: Reading::Date(d), calendar: Calendar::Gregorian, span: (lead, lead + 8) });
        }
    }
    find_dates(s).into_iter().find(|f| matches!(f.reading, Reading::Date(_)))
}

/// The best date written in a dateline or other short text: a full Gregorian date first
/// (a dateline giving both calendars is read by its Gregorian date, which is exact), then a
/// Hijri one, then a month with its year, then a month and day.
pub fn find_date(s: &str) -> Option<Found> {
    best_date(&find_dates(s))
}

/// The best of the dates found in a text, as `find_date` chooses.
pub fn best_date(all: &[Found]) -> Option<Found> {
    let rank = |f: &Found| match (&f.reading, f.calendar) {
        (Reading::Date(Date { day: Some(_), .. }), Calendar::Gregorian) => 0,
        (Reading::Date(Date { day: Some(_), .. }), Calendar::Hijri) => 1,
        (Reading::Date(_), _) => 2,
        (Reading::MonthDay(_), _) => 3,
    };
    all.iter().copied().min_by_key(|f| (rank(f), f.span.0))
}

/// The year for a month and day written without one, taken from a date that came with the
/// article (its metadata date): of the year before, the same year and the year after, the
/// one that puts the day nearest to it (a report dated `Dec 31` published on 1 January).
pub fn with_year_near(md: MonthDay, near: Date) -> Option<Date> {
    let target = match near.day {
        Some(_) => near.julian_day(),
        // a month: its middle
        None => near.julian_day() + 14,
    };
    (near.year - 1..=near.year + 1)
        .filter_map(|y| Date::ymd(y, md.month, md.day))
        .min_by_key(|d| (d.julian_day() - target).abs())
}

/// Every date written in `s`, in order.
pub fn find_dates(s: &str) -> Vec<Found> {
    let toks = tokenize(s);
    let mut out = numeric_dates(s);
    let mut i = 0;
    while i < toks.len() {
        // a month after a day that made no date with it (`31 June 2024`) is no date either
        let after_bad_day =
            i > 0 && num_at(&toks, i - 1).and_then(|(v, n)| day_of(v, n)).is_some() && month_at(&toks, i).is_some();
        if after_bad_day {
            i += 1;
            continue;
        }
        if let Some((f, next)) = date_at(&toks, i) {
            out.push(f);
            i = next;
        } else {
            i += 1;
        }
    }
    out.sort_by_key(|f| f.span.0);
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TokKind {
    /// Digits (any script) with their value and count.
    Num(u32, usize),
    /// Letters, folded (Arabic letter forms unified, Latin lower case).
    Word(String),
}

#[derive(Debug, Clone)]
struct Tok {
    kind: TokKind,
    start: usize,
    end: usize,
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Numbers and words with their byte ranges; everything else separates them.
fn tokenize(s: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(v) = digit_value(c) {
            let (mut val, mut n, mut end) = (v, 1usize, i + c.len_utf8());
            while let Some(&(j, c2)) = chars.peek() {
                let Some(v2) = digit_value(c2) else { break };
                val = val.saturating_mul(10).saturating_add(v2);
                n += 1;
                end = j + c2.len_utf8();
                chars.next();
            }
            out.push(Tok { kind: TokKind::Num(val, n), start: i, end });
        } else if is_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, c2)) = chars.peek() {
                if !is_letter(c2) {
                    break;
                }
                end = j + c2.len_utf8();
                chars.next();
            }
            let word = crate::text::fold(&s[i..end]);
            // an ordinal's ending belongs to its number (`29th`)
            let ordinal = matches!(word.as_str(), "st" | "nd" | "rd" | "th")
                && out.last().is_some_and(|t| matches!(t.kind, TokKind::Num(..)) && t.end == i);
            if ordinal {
                if let Some(t) = out.last_mut() {
                    t.end = end;
                }
            } else if !word.is_empty() {
                out.push(Tok { kind: TokKind::Word(word), start: i, end });
            }
        }
    }
    out
}

/// Month names, folded, with their number; a name of two words is two entries.
const GREGORIAN_MONTHS: &[(&str, u8)] = &[
    // English, in full and abbreviated
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // Arabic, as Egypt and the Gulf write them (folded: أ→ا, ة→ه)
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // the Levant and Iraq
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
    // the Maghreb: Algeria and Tunisia, then Morocco
    ("جانفي", 1),
    ("فيفري", 2),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويليه", 7),
    ("اوت", 8),
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
];

const HIJRI_MONTHS: &[(&str, u8)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الاول", 3),
    ("ربيع اول", 3),
    ("ربيع الثاني", 4),
    ("ربيع الاخر", 4),
    ("ربيع ثاني", 4),
    ("جمادي الاولي", 5),
    ("جمادي الاول", 5),
    ("جمادي الثانيه", 6),
    ("جمادي الاخره", 6),
    ("جمادي الثاني", 6),
    ("جمادي الاخر", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعده", 11),
    ("ذي القعده", 11),
    ("ذو الحجه", 12),
    ("ذي الحجه", 12),
];

/// The month named at token `i` (one word or two): its number, calendar and the index
/// after it.
fn month_at(toks: &[Tok], i: usize) -> Option<(u8, Calendar, usize)> {
    let TokKind::Word(w) = &toks.get(i)?.kind else { return None };
    let two = match toks.get(i + 1).map(|t| &t.kind) {
        Some(TokKind::Word(w2)) => Some(format!("{w} {w2}")),
        _ => None,
    };
    for (table, cal) in [(GREGORIAN_MONTHS, Calendar::Gregorian), (HIJRI_MONTHS, Calendar::Hijri)] {
        if let Some(two) = &two {
            if let Some(&(_, m)) = table.iter().find(|(n, _)| n == two) {
                return Some((m, cal, i + 2));
            }
        }
        if let Some(&(_, m)) = table.iter().find(|(n, _)| n == w) {
            return Some((m, cal, i + 1));
        }
    }
    None
}

fn num_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    match toks.get(i)?.kind {
        TokKind::Num(v, n) => Some((v, n)),
        TokKind::Word(_) => None,
    }
}

fn word_at(toks: &[Tok], i: usize) -> Option<&str> {
    match &toks.get(i)?.kind {
        TokKind::Word(w) => Some(w),
        TokKind::Num(..) => None,
    }
}

/// A year of four digits (Gregorian) or of three or four (Hijri).
fn year_at(toks: &[Tok], i: usize, cal: Calendar) -> Option<u32> {
    let (v, n) = num_at(toks, i)?;
    match cal {
        Calendar::Gregorian => (n == 4).then_some(v),
        Calendar::Hijri => ((3..=4).contains(&n) && v >= 1).then_some(v),
    }
}

/// The day a number gives: one or two digits, 1–31.
fn day_of(v: u32, n: usize) -> Option<u8> {
    ((1..=2).contains(&n) && (1..=31).contains(&v)).then_some(v as u8)
}

/// A date starting at token `i`: `3 يوليو 2024`, `29 December`, `Dec 29, 2014`,
/// `July 2024`, `15 رمضان 1445 هـ`; with the index after it.
fn date_at(toks: &[Tok], i: usize) -> Option<(Found, usize)> {
    // day first
    if let Some(day) = num_at(toks, i).and_then(|(v, n)| day_of(v, n)) {
        // `3 من يوليو`
        let m_at = if word_at(toks, i + 1) == Some("من") { i + 2 } else { i + 1 };
        if let Some((month, cal, after)) = month_at(toks, m_at) {
            if let Some(year) = year_at(toks, after, cal) {
                let end = after + 1 + usize::from(era_marker(toks, after + 1, cal));
                let reading = to_gregorian(year as i32, month, Some(day), cal)?;
                return Some((found(toks, i, end, reading, cal), end));
            }
            // a Hijri date is read only with its year (it cannot be placed without one)
            if cal == Calendar::Gregorian && Date::ymd(2000, month, day).is_some() {
                return Some((found(toks, i, after, Reading::MonthDay(MonthDay { month, day }), cal), after));
            }
        }
    }
    // month first
    if let Some((month, cal, after)) = month_at(toks, i) {
        if let Some(day) = num_at(toks, after).and_then(|(v, n)| day_of(v, n)) {
            if cal == Calendar::Gregorian {
                if let Some(year) = year_at(toks, after + 1, cal) {
                    let end = after + 2 + usize::from(era_marker(toks, after + 2, cal));
                    let d = Date::ymd(year as i32, month, day)?;
                    return Some((found(toks, i, end, Reading::Date(d), cal), end));
                }
                if Date::ymd(2000, month, day).is_some() {
                    let md = Reading::MonthDay(MonthDay { month, day });
                    return Some((found(toks, i, after + 1, md, cal), after + 1));
                }
            }
        }
        if cal == Calendar::Gregorian {
            if let Some(year) = year_at(toks, after, cal) {
                let d = Date::ym(year as i32, month)?;
                return Some((found(toks, i, after + 1, Reading::Date(d), cal), after + 1));
            }
        }
    }
    None
}

/// Whether token `i` marks the era after a year (`هـ`, `هجرية`, `م`, `ميلادي`, `AD`).
fn era_marker(toks: &[Tok], i: usize, cal: Calendar) -> bool {
    matches!(
        (word_at(toks, i), cal),
        (Some("ه" | "هجريه" | "هجري"), Calendar::Hijri)
            | (Some("م" | "ميلاديه" | "ميلادي" | "ad" | "ce"), Calendar::Gregorian)
    )
}

fn found(toks: &[Tok], from: usize, to: usize, reading: Reading, calendar: Calendar) -> Found {
    Found { reading, calendar, span: (toks[from].start, toks[to - 1].end) }
}

fn to_gregorian(year: i32, month: u8, day: Option<u8>, cal: Calendar) -> Option<Reading> {
    match cal {
        Calendar::Gregorian => Some(Reading::Date(match day {
            Some(d) => Date::ymd(year, month, d)?,
            None => Date::ym(year, month)?,
        })),
        Calendar::Hijri => Some(Reading::Date(hijri_to_gregorian(year, month, day?)?)),
    }
}

/// The first year read from a date written only in numbers: a year from about 1300 to 1500
/// written so is far more likely Hijri (1445 AH is 2024) than a news report of the 15th
/// century, and which it is cannot be told, so such a date is not read.
const NUMERIC_YEARS_FROM: i32 = 1600;

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` or `YYYY-MM` at the start of `s` (ASCII digits,
/// as ISO forms are written), with its length.
fn iso_prefix(s: &str) -> Option<(Date, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        let part = b.get(from..from + n)?;
        part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |v, d| v * 10 + u32::from(d - b'0')))
    };
    let year = digits(0, 4)? as i32;
    if year < NUMERIC_YEARS_FROM {
        return None;
    }
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let month = digits(5, 2)? as u8;
    let more_digits = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.get(7) == Some(&sep) {
        let day = digits(8, 2)? as u8;
        if more_digits(10) {
            return None;
        }
        return Some((Date::ymd(year, month, day)?, 10));
    }
    if sep != b'-' || more_digits(7) {
        return None;
    }
    Some((Date::ym(year, month)?, 7))
}

/// Dates written in numbers inside a text: `2014-12-29`, `2014/12/29`, and `29/12/2014` or
/// `12/29/2014` when only one reading is a date (`05/06/2024` could be either: not read).
fn numeric_dates(s: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let starts_number = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit());
        if !starts_number {
            i += 1;
            continue;
        }
        if let Some((d, len)) = iso_prefix(&s[i..]) {
            out.push(Found { reading: Reading::Date(d), calendar: Calendar::Gregorian, span: (i, i + len) });
            i += len;
            continue;
        }
        if let Some((d, len)) = day_month_year(&s[i..]) {
            out.push(Found { reading: Reading::Date(d), calendar: Calendar::Gregorian, span: (i, i + len) });
            i += len;
            continue;
        }
        i += 1;
    }
    out
}

/// `D/M/YYYY` or `M/D/YYYY` (also with `-` or `.`) when exactly one of the two is a date.
fn day_month_year(s: &str) -> Option<(Date, usize)> {
    let b = s.as_bytes();
    let run = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n1 = run(0);
    let sep = *b.get(n1)?;
    if !(1..=2).contains(&n1) || !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let n2 = run(n1 + 1);
    if !(1..=2).contains(&n2) || b.get(n1 + 1 + n2) != Some(&sep) {
        return None;
    }
    let y_at = n1 + 2 + n2;
    if run(y_at) != 4 {
        return None;
    }
    let a: u8 = s[..n1].parse().ok()?;
    let c: u8 = s[n1 + 1..n1 + 1 + n2].parse().ok()?;
    let y: i32 = s[y_at..y_at + 4].parse().ok()?;
    if y < NUMERIC_YEARS_FROM {
        return None;
    }
    let day_first = Date::ymd(y, c, a);
    let month_first = Date::ymd(y, a, c);
    let d = match (day_first, month_first) {
        (Some(d), None) | (None, Some(d)) => d,
        (Some(d), Some(e)) if d == e => d,
        _ => return None,
    };
    Some((d, y_at + 4))
}

fn valid_year(y: i32) -> bool {
    (1..=9999).contains(&y)
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a Gregorian month (0 for a month that is not 1–12).
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The Julian day number of a Gregorian date.
fn gregorian_to_jdn(y: i32, m: u8, d: u8) -> i64 {
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let a = (14 - m) / 12;
    let y2 = y + 4800 - a;
    let m2 = m + 12 * a - 3;
    d + (153 * m2 + 2) / 5 + 365 * y2 + y2 / 4 - y2 / 100 + y2 / 400 - 32045
}

/// The Gregorian date of a Julian day number (Fliegel and Van Flandern).
fn jdn_to_gregorian(jd: i64) -> Option<Date> {
    let mut l = jd + 68569;
    let n = 4 * l / 146097;
    l -= (146097 * n + 3) / 4;
    let i = 4000 * (l + 1) / 1461001;
    l = l - 1461 * i / 4 + 31;
    let j = 80 * l / 2447;
    let d = l - 2447 * j / 80;
    l = j / 11;
    let m = j + 2 - 12 * l;
    let y = 100 * (n - 49) + i + l;
    Date::ymd(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

/// Whether a Hijri year is a leap year of the tabular calendar (eleven in thirty: years
/// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each cycle, the most used arrangement).
fn hijri_leap(y: i32) -> bool {
    (14 + 11 * i64::from(y)).rem_euclid(30) < 11
}

/// Days in a month of the tabular Islamic calendar: 30 and 29 in turn, the last month 30 in
/// a leap year.
fn hijri_month_days(y: i32, m: u8) -> u8 {
    match m {
        12 if hijri_leap(y) => 30,
        m if m % 2 == 1 => 30,
        _ => 29,
    }
}

/// The Gregorian date of a Hijri date by the tabular Islamic calendar with the civil epoch
/// (1 Muharram 1 AH = 16 July 622 Julian). `None` for a day the month does not have.
pub fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > hijri_month_days(y, m) {
        return None;
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let jd = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1948439;
    jdn_to_gregorian(jd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn field(s: &str) -> Option<String> {
        parse_date_field(s).map(|f| match f.reading {
            Reading::Date(d) => d.iso(),
            Reading::MonthDay(md) => md.iso(),
        })
    }

    #[test]
    fn json_date_fields_in_the_forms_publishers_use() {
        for (s, want) in [
            ("2014-12-29", "2014-12-29"),
            ("2014-12-29T10:31:00Z", "2014-12-29"),
            ("2014-12-29T23:59:59+03:00", "2014-12-29"),
            ("2014-12-29 08:00:00", "2014-12-29"),
            ("2014-12", "2014-12"),
            ("20141229", "2014-12-29"),
            ("2014/12/29", "2014-12-29"),
            ("Dec 29, 2014", "2014-12-29"),
            ("December 29th, 2014", "2014-12-29"),
            ("29 December 2014", "2014-12-29"),
            ("Mon, 29 Dec 2014 10:00:00 GMT", "2014-12-29"),
            ("Monday, December 29, 2014 5:04 PM", "2014-12-29"),
            ("29/12/2014", "2014-12-29"),
            ("12/29/2014", "2014-12-29"),
            ("  3 يوليو 2024 ", "2024-07-03"),
            ("٣ يوليو ٢٠٢٤", "2024-07-03"),
            ("۳ تموز ۲۰۲۴", "2024-07-03"),
            ("July 2024", "2024-07"),
        ] {
            assert_eq!(field(s).as_deref(), Some(want), "{s:?}");
        }
    }

    #[test]
    fn no_date_where_none_is_written_or_it_could_be_two() {
        for s in [
            "",
            "yesterday",
            "2014-13-01",
            "2014-02-30",
            "2014-12-291",
            "05/06/2024",
            // no year: a field holding only a month and day is not a date
            "Dec 29",
            "31 June 2024",
            "قال الوزير",
            "May I ask",
            // Hijri or Gregorian? Not told in numbers alone
            "1445-09-15",
            "15/09/1445",
            "14450915",
        ] {
            assert_eq!(field(s), None, "{s:?}");
        }
    }

    #[test]
    fn arabic_month_names_of_every_region() {
        for (s, want) in [
            ("القاهرة 5 أغسطس 2023", "2023-08-05"),
            ("بيروت 5 آب 2023", "2023-08-05"),
            ("بغداد 1 كانون الثاني 2024", "2024-01-01"),
            ("دمشق 31 كانون الأول 2023", "2023-12-31"),
            ("عمان 10 تشرين الأول 2023", "2023-10-10"),
            ("الجزائر 14 جويلية 2024", "2024-07-14"),
            ("تونس 1 جانفي 2024", "2024-01-01"),
            ("الرباط 20 غشت 2024", "2024-08-20"),
            ("الرياض 2 إبريل 2024", "2024-04-02"),
            ("الدوحة ١٥ يونيه ٢٠٢٤", "2024-06-15"),
            ("أبوظبي في 3 من مايو 2024", "2024-05-03"),
        ] {
            let f = find_date(s).unwrap_or_else(|| panic!("{s:?}"));
            assert_eq!(f.reading, Reading::Date(date(want)), "{s:?}");
        }
    }

    #[test]
    fn hijri_dates_are_converted_by_the_tabular_calendar() {
        // reference values of the tabular (type II, civil epoch) calendar
        assert_eq!(hijri_to_gregorian(1, 1, 1), Some(date("0622-07-19")), "Julian 16 July 622");
        assert_eq!(hijri_to_gregorian(1445, 9, 1), Some(date("2024-03-11")));
        assert_eq!(hijri_to_gregorian(1445, 9, 15), Some(date("2024-03-25")));
        // 1445 is a leap year of the tabular calendar (Dhu al-Hijjah of 30 days), so its
        // new year falls a day after Umm al-Qura's 7 July
        assert_eq!(hijri_to_gregorian(1446, 1, 1), Some(date("2024-07-08")));
        assert_eq!(hijri_to_gregorian(1445, 2, 30), None, "Safar has 29 days");
        let s = "الرياض 15 رمضان 1445 هـ (واس)";
        let f = find_date(s).unwrap();
        assert_eq!((f.reading, f.calendar), (Reading::Date(date("2024-03-25")), Calendar::Hijri));
        assert_eq!(f.written(s), "15 رمضان 1445 هـ");
        let f = find_date("مكة المكرمة ١٠ ذو الحجة ١٤٤٥هـ").unwrap();
        assert_eq!(f.reading, Reading::Date(hijri_to_gregorian(1445, 12, 10).unwrap()));
        // both calendars: the Gregorian date is the exact one
        let both = "الرياض 25 شعبان 1445 هـ الموافق 06 مارس 2024 م واس";
        let f = find_date(both).unwrap();
        assert_eq!(
            (f.reading, f.calendar, f.written(both)),
            (Reading::Date(date("2024-03-06")), Calendar::Gregorian, "06 مارس 2024 م")
        );
        // a Hijri month with no year is not placed
        assert_eq!(find_date("في 15 رمضان"), None);
    }

    #[test]
    fn unix_days_are_utc_days() {
        assert_eq!(Date::from_unix_days(0), Some(date("1970-01-01")));
        assert_eq!(Date::from_unix_days(19_907), Some(date("2024-07-03")));
        assert_eq!(Date::from_unix_days(-1), Some(date("1969-12-31")));
        assert_eq!(Date::from_unix_days(i64::MAX), None);
    }

    #[test]
    fn a_missing_year_comes_from_the_nearest_date() {
        let md = MonthDay { month: 12, day: 29 };
        assert_eq!(with_year_near(md, date("2014-12-30")), Some(date("2014-12-29")));
        assert_eq!(with_year_near(md, date("2015-01-02")), Some(date("2014-12-29")));
        assert_eq!(with_year_near(MonthDay { month: 1, day: 1 }, date("2014-12-31")), Some(date("2015-01-01")));
        assert_eq!(with_year_near(md, date("2014-12")), Some(date("2014-12-29")));
        assert_eq!(with_year_near(MonthDay { month: 2, day: 29 }, date("2023-06-01")), Some(date("2024-02-29")));
    }

    #[test]
    fn iso_form_round_trips_and_ranges_take_in_whole_months() {
        for s in ["2024-07-03", "2024-07", "0622-07-19"] {
            assert_eq!(Date::parse_iso(s).unwrap().iso(), s);
        }
        for s in ["2024-7-3", "2024", "2024-07-03T00:00", "２０２４-07"] {
            assert_eq!(Date::parse_iso(s), None, "{s}");
        }
        let d = date("2024-07-03");
        assert!(d.within(Some(date("2024-07")), Some(date("2024-07"))));
        assert!(d.within(Some(date("2024-07-01")), Some(date("2024-07-03"))));
        assert!(!d.within(Some(date("2024-07-04")), None));
        assert!(date("2024-07").within(Some(date("2024-06-15")), Some(date("2024-07-31"))));
        assert!(!date("2024-07").within(Some(date("2024-07-02")), None));
        assert!(date("2024-06-30") < date("2024-07") && date("2024-07") < date("2024-07-01"));
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"2024-07-03\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
        assert!(serde_json::from_str::<Date>("\"soon\"").is_err());
    }

    #[test]
    fn nothing_read_from_hostile_text_panics() {
        for s in [
            "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠ ديسمبر",
            "9999999999/12/2014",
            "31 ذو الحجة 99999999999 هـ",
            "\u{0640}هـ ٠ صفر ٠",
            "29th",
        ] {
            let _ = find_dates(s);
            let _ = parse_date_field(s);
        }
    }
}
