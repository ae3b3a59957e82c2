//! Where and when an article was published, read from what it carries: the date (ISO 8601),
//! the outlet and the place, from the JSON fields that came with it and from its dateline
//! (`أستانا 3 يوليو 2024 (شينخوا)`, `LONDON, Dec 29 (Reuters) -`). Only what is written is
//! read: where there is no date, outlet or place, there is none. Pure functions over plain
//! strings, so the model, the loader and the output can all use them.

pub mod date;
pub mod filter;
pub mod outlet;

use serde::{Deserialize, Serialize};

pub use date::{Calendar, Date, MonthDay};
pub use filter::{DateFilter, DateFilterError, OutletFilter};
pub use outlet::{known_outlet, outlet_display, outlet_in, outlet_matches, outlet_search_keys, KnownOutlet};

/// The language an article is cited in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    Arabic,
    English,
}

impl Lang {
    /// Arabic when the start of `text` has more Arabic letters than Latin ones.
    pub fn of(text: &str) -> Lang {
        let head = &text[..crate::text::floor_boundary(text, text.len().min(4096))];
        let (mut arabic, mut latin) = (0usize, 0usize);
        for c in head.chars() {
            if crate::text::is_arabic(c) && c.is_alphabetic() {
                arabic += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        if arabic > latin {
            Lang::Arabic
        } else {
            Lang::English
        }
    }
}

/// How an article's date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The JSON `date` field, a Gregorian date.
    Json,
    /// The JSON `date` field, a Hijri date converted (tabular Islamic calendar).
    JsonHijri,
    /// The dateline, a full Gregorian date (or a month and year).
    Dateline,
    /// The dateline, a Hijri date converted (tabular Islamic calendar).
    DatelineHijri,
    /// The month and day of the dateline, the year of the JSON `date` (the nearest).
    DatelineYearFromJson,
    /// The dateline gives a month and day, and nothing gives the year: `date` is `None`,
    /// `month_day` holds what is known.
    DatelineNoYear,
}

/// What the loader knows of an article, as plain strings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProvenanceInput<'a> {
    /// The JSON `date` field.
    pub json_date: Option<&'a str>,
    /// The JSON `source` field (an outlet's name; a URL there is not taken for one).
    pub json_source: Option<&'a str>,
    /// The dateline the extractor found (`crate::extract::dateline`).
    pub dateline: Option<&'a str>,
}

/// An article's date, outlet and place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The date, Gregorian: a day, or a month when no day is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<DateBasis>,
    /// The date as written, when that is not its ISO form: `3 يوليو 2024`,
    /// `15 رمضان 1445 هـ`, `Dec 29`, or a JSON `date` that could not be read (kept, not
    /// guessed at).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_written: Option<String>,
    /// A month and day with no year to put them in (`DateBasis::DatelineNoYear`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_day: Option<MonthDay>,
    /// The outlet's display name (`Xinhua` for `شينخوا`; an unknown one as written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The place of the dateline (`أستانا`, `London`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// The parts of a dateline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DatelineParts {
    /// The place, capitals made title case (`UNITED NATIONS` → `United Nations`).
    pub place: Option<String>,
    /// The agency as written (`شينخوا`, `Reuters`).
    pub agency: Option<String>,
    /// The date written in it.
    pub date: Option<date::Found>,
}

/// Reads a dateline: `أستانا 3 يوليو 2024 (شينخوا)`, `LONDON, Dec 29 (Reuters) -`,
/// `FRESNO, Calif. (AP) —`, `بكين 3 يوليو 2024 /شينخوا/`,
/// `الرياض 25 شعبان 1445 هـ الموافق 06 مارس 2024 م واس`.
pub fn read_dateline(dateline: &str) -> DatelineParts {
    let dates = date::find_dates(dateline);
    let found = date::best_date(&dates);
    let (agency, agency_at) = agency_in(dateline);
    // the place comes first: it ends where the first date, the agency or a dash begins
    let mut end = dateline.len();
    if let Some(f) = dates.first() {
        end = end.min(f.span.0);
    }
    if let Some(a) = agency_at {
        end = end.min(a);
    }
    for (i, c) in dateline.char_indices() {
        let dash = matches!(c, '-' | '–' | '—') && {
            let before = dateline[..i].chars().next_back();
            let after = dateline[i + c.len_utf8()..].chars().next();
            before.is_none_or(char::is_whitespace) || after.is_none_or(char::is_whitespace)
        };
        if matches!(c, '(' | '/' | ':') || dash {
            end = end.min(i);
            break;
        }
    }
    DatelineParts { place: place_of(&dateline[..end]), agency, date: found }
}

/// What stands in a dateline's brackets without being an agency (folded).
const NOT_AGENCIES: &[&str] = &[
    "خاص",
    "حصري",
    "محدث",
    "محدثه",
    "عاجل",
    "exclusive",
    "updated",
    "update",
    "corrected",
    "refile",
    "repeat",
    "urgent",
    "breaking",
    "analysis",
    "wrapup",
];

/// Days of the week, folded, which a dateline may give after its place (`القاهرة الأحد`).
const WEEKDAYS: &[&str] = &[
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The agency of a dateline and where it begins: inside parentheses or slashes, or a known
/// agency's name standing alone at its end (`... 2024 م واس`).
fn agency_in(dateline: &str) -> (Option<String>, Option<usize>) {
    for (open, close) in [('(', ')'), ('/', '/')] {
        if let Some(o) = dateline.find(open) {
            let inner_at = o + open.len_utf8();
            if let Some(len) = dateline[inner_at..].find(close) {
                let inner = dateline[inner_at..inner_at + len].trim();
                let words = inner.split_whitespace().count();
                // by a dateline's convention what is in brackets is the agency; a date or a
                // long phrase there is something else
                let is_agency = known_outlet(inner).is_some()
                    || ((1..=4).contains(&words)
                        && !inner.chars().any(|c| c.is_numeric())
                        && inner.chars().any(char::is_alphabetic)
                        && !NOT_AGENCIES.contains(&outlet::outlet_key(inner).as_str()));
                if is_agency {
                    return (Some(crate::sanitize::one_line(inner)), Some(o));
                }
            }
        }
    }
    // a known name as the last one to three words
    let trimmed =
        dateline.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '،' | ','));
    let starts: Vec<usize> = trimmed
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || trimmed[..i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    for &s in starts.iter().rev().take(3).rev() {
        let tail = &trimmed[s..];
        if s > 0 && known_outlet(tail).is_some() {
            return (Some(crate::sanitize::one_line(tail)), Some(s));
        }
    }
    (None, None)
}

/// The place before the date or agency: trimmed of punctuation and a closing `في`; none
/// when it has digits, is more than five words, or is itself an agency.
fn place_of(head: &str) -> Option<String> {
    let trim = |s: &str| {
        s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '-' | '–' | '—' | ':' | ';' | '؛'))
            .to_string()
    };
    let mut p = trim(head);
    // `القاهرة في`, `القاهرة يوم الأحد`, `LONDON, Monday`
    loop {
        let last = p.rsplit(char::is_whitespace).next().unwrap_or("");
        let folded = outlet::outlet_key(last);
        let drop = last.len() < p.len()
            && (matches!(folded.as_str(), "في" | "يوم" | "on" | "in") || WEEKDAYS.contains(&folded.as_str()));
        if !drop {
            break;
        }
        p = trim(&p[..p.len() - last.len()]);
    }
    let words = p.split_whitespace().count();
    if p.is_empty() || words > 5 || p.chars().any(|c| c.is_numeric()) || known_outlet(&p).is_some() {
        return None;
    }
    if !p.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(crate::sanitize::one_line(&title_case_capitals(&p)))
}

/// `UNITED NATIONS` → `United Nations`; words not all in capitals (`Calif.`) and
/// abbreviations with dots (`D.C.`) are left as they are.
fn title_case_capitals(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.trim_end_matches([',', '،']);
        let capitals = letters.chars().count() >= 2
            && letters.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
            && letters.chars().any(char::is_uppercase);
        if capitals {
            // by parts, so that `SAINT-DENIS` is `Saint-Denis`
            let mut first = true;
            for c in word.chars() {
                if first && c.is_alphabetic() {
                    out.push(c);
                    first = false;
                } else if c.is_alphabetic() {
                    out.extend(c.to_lowercase());
                } else {
                    out.push(c);
                    first = c == '-' || c == '\'';
                }
            }
        } else {
            out.push_str(word);
        }
    }
    out
}

/// An article's date, outlet and place from its JSON fields and dateline: the JSON `date`
/// when it names a day, else the dateline's full date, else the dateline's month and day in
/// the year of the JSON date, else the JSON month; the JSON `source`, else the dateline's
/// agency; the dateline's place.
pub fn provenance(input: &ProvenanceInput<'_>) -> Provenance {
    let mut p = Provenance::default();
    let parts = input.dateline.map(read_dateline).unwrap_or_default();
    p.place = parts.place;
    let json_source = input.json_source.map(str::trim).filter(|s| !s.is_empty() && !looks_like_url(s));
    p.outlet = json_source.and_then(outlet_display).or_else(|| parts.agency.as_deref().and_then(outlet_display));

    let json_date = input.json_date.map(str::trim).filter(|s| !s.is_empty());
    let json = json_date.and_then(date::parse_date_field).and_then(|f| match f.reading {
        date::Reading::Date(d) => Some((d, f.calendar)),
        date::Reading::MonthDay(_) => None,
    });
    let written = |s: &str, d: &Date| (s != d.iso()).then(|| crate::sanitize::one_line(s));
    let dateline_written = |f: &date::Found| input.dateline.map(|d| crate::sanitize::one_line(f.written(d)));
    let json_basis = |cal| if cal == Calendar::Hijri { DateBasis::JsonHijri } else { DateBasis::Json };
    let dateline_day =
        matches!(&parts.date, Some(f) if matches!(f.reading, date::Reading::Date(Date { day: Some(_), .. })));
    match (json, parts.date) {
        (Some((d, cal)), _) if d.day.is_some() => {
            p.date = Some(d);
            p.date_basis = Some(json_basis(cal));
            p.date_written = json_date.and_then(|s| written(s, &d));
        }
        (Some((month, cal)), Some(f)) if !dateline_day => {
            // a JSON month, and a dateline that may give the day
            match f.reading {
                date::Reading::MonthDay(md) if date::with_year_near(md, month).is_some() => {
                    p.date = date::with_year_near(md, month);
                    p.date_basis = Some(DateBasis::DatelineYearFromJson);
                    p.date_written = dateline_written(&f);
                }
                _ => {
                    p.date = Some(month);
                    p.date_basis = Some(json_basis(cal));
                    p.date_written = json_date.and_then(|s| written(s, &month));
                }
            }
        }
        (_, Some(f)) => {
            match f.reading {
                date::Reading::Date(d) => {
                    p.date = Some(d);
                    p.date_basis = Some(if f.calendar == Calendar::Hijri {
                        DateBasis::DatelineHijri
                    } else {
                        DateBasis::Dateline
                    });
                }
                // (a JSON date would have given the year above)
                date::Reading::MonthDay(md) => {
                    p.month_day = Some(md);
                    p.date_basis = Some(DateBasis::DatelineNoYear);
                }
            }
            p.date_written = dateline_written(&f);
        }
        (Some((d, cal)), None) => {
            p.date = Some(d);
            p.date_basis = Some(json_basis(cal));
            p.date_written = json_date.and_then(|s| written(s, &d));
        }
        (None, None) => {
            // a JSON date that could not be read is kept as written, not guessed at
            p.date_written = json_date.map(crate::sanitize::one_line);
        }
    }
    p
}

fn looks_like_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Some(Date::parse_iso(s).unwrap())
    }

    fn from_dateline(dl: &str) -> Provenance {
        provenance(&ProvenanceInput { dateline: Some(dl), ..Default::default() })
    }

    #[test]
    fn the_sample_article_s_arabic_dateline() {
        let a = crate::extract::heading::with_heading(crate::model::Article::new(
            "a1".into(),
            "x.txt".into(),
            crate::load::SAMPLE_TEXT.into(),
        ));
        let dl = a.dateline.as_deref().expect("the sample has a dateline");
        let p = from_dateline(dl);
        assert_eq!(p.date, d("2024-07-03"));
        assert_eq!(p.date_basis, Some(DateBasis::Dateline));
        assert_eq!(p.date_written.as_deref(), Some("3 يوليو 2024"));
        assert_eq!(p.outlet.as_deref(), Some("Xinhua"));
        assert_eq!(p.place.as_deref(), Some("أستانا"));
        assert_eq!(Lang::of(&a.text), Lang::Arabic);
    }

    #[test]
    fn the_english_sample_s_dateline_under_its_headline() {
        let text = include_str!("../../../../samples/en-harbour-strike.txt");
        let a = crate::extract::heading::with_heading(crate::model::Article::new(
            "a1".into(),
            "en.txt".into(),
            text.into(),
        ));
        let p = provenance(&ProvenanceInput { dateline: a.dateline.as_deref(), ..Default::default() });
        assert_eq!((p.place.as_deref(), p.outlet.as_deref()), (Some("Port Halden"), Some("Saywho Wire")));
        assert_eq!((p.date, p.date_basis, p.month_day), (None, None, None), "the sample gives no date");
        assert_eq!(Lang::of(&a.text), Lang::English);
    }

    #[test]
    fn an_english_wire_dateline_takes_its_year_from_the_json_date_or_says_it_has_none() {
        let dl = "LONDON, Dec 29 (Reuters) -";
        let p = from_dateline(dl);
        assert_eq!((p.date, p.month_day), (None, Some(MonthDay { month: 12, day: 29 })));
        assert_eq!(p.date_basis, Some(DateBasis::DatelineNoYear));
        assert_eq!(p.date_written.as_deref(), Some("Dec 29"));
        assert_eq!((p.outlet.as_deref(), p.place.as_deref()), (Some("Reuters"), Some("London")));
        // published just after midnight on New Year's Day
        let p = provenance(&ProvenanceInput { json_date: Some("2015-01"), dateline: Some(dl), ..Default::default() });
        assert_eq!((p.date, p.date_basis), (d("2014-12-29"), Some(DateBasis::DatelineYearFromJson)));
        // a full JSON date wins
        let p = provenance(&ProvenanceInput {
            json_date: Some("2014-12-30T01:00:00Z"),
            dateline: Some(dl),
            ..Default::default()
        });
        assert_eq!(
            (p.date, p.date_basis, p.date_written.as_deref()),
            (d("2014-12-30"), Some(DateBasis::Json), Some("2014-12-30T01:00:00Z"))
        );
    }

    #[test]
    fn json_fields_come_first_and_are_normalised() {
        let p = provenance(&ProvenanceInput {
            json_date: Some("Dec 29, 2014"),
            json_source: Some("REUTERS"),
            dateline: Some("UNITED NATIONS (AP) -"),
        });
        assert_eq!((p.date, p.date_basis), (d("2014-12-29"), Some(DateBasis::Json)));
        assert_eq!(p.date_written.as_deref(), Some("Dec 29, 2014"));
        assert_eq!(p.outlet.as_deref(), Some("Reuters"));
        assert_eq!(p.place.as_deref(), Some("United Nations"));
        let p = provenance(&ProvenanceInput { json_date: Some("2014-12-29"), ..Default::default() });
        assert_eq!((p.date, p.date_written), (d("2014-12-29"), None));
        // a URL in `source` is no outlet; the dateline's agency is
        let p = provenance(&ProvenanceInput {
            json_source: Some("https://example.com/a"),
            dateline: Some("غزة 5 مايو 2024 (الأناضول)"),
            ..Default::default()
        });
        assert_eq!((p.outlet.as_deref(), p.place.as_deref()), (Some("Anadolu"), Some("غزة")));
    }

    #[test]
    fn hijri_datelines_are_converted_and_keep_their_written_form() {
        let p = from_dateline("الرياض 15 رمضان 1445 هـ (واس)");
        assert_eq!((p.date, p.date_basis), (d("2024-03-25"), Some(DateBasis::DatelineHijri)));
        assert_eq!(p.date_written.as_deref(), Some("15 رمضان 1445 هـ"));
        assert_eq!((p.outlet.as_deref(), p.place.as_deref()), (Some("SPA"), Some("الرياض")));
        let p = from_dateline("الرياض 25 شعبان 1445 هـ الموافق 06 مارس 2024 م واس");
        assert_eq!((p.date, p.date_basis), (d("2024-03-06"), Some(DateBasis::Dateline)));
        assert_eq!((p.outlet.as_deref(), p.place.as_deref()), (Some("SPA"), Some("الرياض")));
        let p = provenance(&ProvenanceInput { json_date: Some("١٥ رمضان ١٤٤٥ هـ"), ..Default::default() });
        assert_eq!((p.date, p.date_basis), (d("2024-03-25"), Some(DateBasis::JsonHijri)));
        assert_eq!(p.date_written.as_deref(), Some("١٥ رمضان ١٤٤٥ هـ"));
    }

    #[test]
    fn datelines_of_several_agencies_and_styles() {
        for (dl, place, outlet, date) in [
            ("القاهرة 5 مايو 2023 (رويترز)", Some("القاهرة"), Some("Reuters"), d("2023-05-05")),
            ("بكين 3 يوليو 2024 /شينخوا/", Some("بكين"), Some("Xinhua"), d("2024-07-03")),
            ("دبي في 2 يناير 2024 (وام) -", Some("دبي"), Some("WAM"), d("2024-01-02")),
            ("الدوحة ٢ يناير ٢٠٢٤ (قنا)", Some("الدوحة"), Some("QNA"), d("2024-01-02")),
            ("باريس 7 تشرين الأول 2023 (أ ف ب)", Some("باريس"), Some("AFP"), d("2023-10-07")),
            ("عمان 1 آب 2023 (بترا)", Some("عمان"), Some("Petra"), d("2023-08-01")),
            ("FRESNO, Calif. (AP) —", Some("Fresno, Calif."), Some("AP"), None),
            ("BEIJING, July 3 (Xinhua) --", Some("Beijing"), Some("Xinhua"), None),
            ("PORT HALDEN (Saywho Wire) -", Some("Port Halden"), Some("Saywho Wire"), None),
            ("الرباط -", Some("الرباط"), None, None),
            ("LONDON —", Some("London"), None, None),
            ("(Reuters) -", None, Some("Reuters"), None),
            ("القاهرة يوم الأحد 5 مايو 2023 (رويترز)", Some("القاهرة"), Some("Reuters"), d("2023-05-05")),
            ("NEW YORK, Monday, Dec 29, 2014 (AP) -", Some("New York"), Some("AP"), d("2014-12-29")),
            ("القاهرة (خاص) -", Some("القاهرة"), None, None),
        ] {
            let p = from_dateline(dl);
            assert_eq!((p.place.as_deref(), p.outlet.as_deref(), p.date), (place, outlet, date), "{dl}");
        }
    }

    #[test]
    fn none_where_there_is_none() {
        assert_eq!(provenance(&ProvenanceInput::default()), Provenance::default());
        let a = crate::model::Article::new(
            "a1".into(),
            "x.txt".into(),
            "قال الوزير إن الاتفاق قريب.\nوأضاف أنه متفائل.".into(),
        );
        let p = provenance(&ProvenanceInput { dateline: a.dateline.as_deref(), ..Default::default() });
        assert_eq!(p, Provenance::default());
        // an unreadable JSON date is kept as written, with no date made of it
        let p = provenance(&ProvenanceInput { json_date: Some("last Tuesday"), ..Default::default() });
        assert_eq!((p.date, p.date_basis, p.date_written.as_deref()), (None, None, Some("last Tuesday")));
        assert_eq!(from_dateline("قال الوزير (في بيان)").date, None);
    }

    #[test]
    fn provenance_serializes_iso_dates_and_skips_what_is_missing() {
        let p = from_dateline("أستانا 3 يوليو 2024 (شينخوا)");
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"date":"2024-07-03","date_basis":"dateline","date_written":"3 يوليو 2024","outlet":"Xinhua","place":"أستانا"}"#
        );
        assert_eq!(serde_json::from_str::<Provenance>(&json).unwrap(), p);
        assert_eq!(serde_json::to_string(&Provenance::default()).unwrap(), "{}");
    }

    /// Pieces of datelines, in any order: dates, agencies, brackets, digits of every script.
    fn dateline_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("29".to_string()),
            Just("٣".to_string()),
            Just("۱۴۴۵".to_string()),
            Just("2024".to_string()),
            Just("Dec".to_string()),
            Just("كانون الأول".to_string()),
            Just("رمضان".to_string()),
            Just("هـ".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("/".to_string()),
            Just("-".to_string()),
            Just("—".to_string()),
            Just("(شينخوا)".to_string()),
            Just("Reuters".to_string()),
            Just("في".to_string()),
            Just("2024-07-03T".to_string()),
            Just("12/29/2014".to_string()),
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|v| v.join(" "))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Any text as a dateline or a JSON date: a reading or none, never a panic; what is
        /// read is a real date, its written form is a piece of the text, and what is shown
        /// is on one line with nothing a terminal would act on.
        #[test]
        fn any_text_reads_cleanly(dl in dateline_like(), json in dateline_like()) {
            for f in date::find_dates(&dl) {
                proptest::prop_assert!(dl.get(f.span.0..f.span.1).is_some());
                if let date::Reading::Date(d) = f.reading {
                    proptest::prop_assert_eq!(Date::parse_iso(&d.iso()), Some(d));
                }
            }
            let p = provenance(&ProvenanceInput { json_date: Some(&json), json_source: Some(&json), dateline: Some(&dl) });
            for shown in [&p.date_written, &p.outlet, &p.place].into_iter().flatten() {
                proptest::prop_assert!(!shown.chars().any(|c| c.is_control() || crate::sanitize::is_unsafe(c)), "{:?}", shown);
            }
        }
    }
}
