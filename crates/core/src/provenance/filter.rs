//! The `date:` and `outlet:` terms of the query language, read and matched without the
//! search engine: `date:2024-07`, `date:2024`, `date:2024-07-01..2024-07-31`, `date:2024-06..`,
//! `date:..2024-06-30`; `outlet:xinhua`, `outlet:شينخوا`.

use thiserror::Error;

use super::date::Date;
use super::outlet::outlet_key;

/// A `date:` term that is not a date or a range of dates.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("date:{0}: expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM..TO of them (either end may be left out)")]
pub struct DateFilterError(pub String);

/// An inclusive range of days: the dates a `date:` term takes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFilter {
    /// First day or month in the range (a month takes in all of its days); `None`: no bound.
    pub from: Option<Date>,
    /// Last day or month in the range.
    pub to: Option<Date>,
}

impl DateFilter {
    /// Reads the value of a `date:` term.
    pub fn parse(s: &str) -> Result<DateFilter, DateFilterError> {
        let err = || DateFilterError(crate::sanitize::one_line(s));
        let s = s.trim();
        let (from, to) = match s.split_once("..") {
            Some((a, b)) => {
                let a = if a.is_empty() { None } else { Some(bound(a).ok_or_else(err)?) };
                let b = if b.is_empty() { None } else { Some(bound(b).ok_or_else(err)?) };
                match (a, b) {
                    (None, None) => return Err(err()),
                    // a range given backwards is the same range
                    (Some(a), Some(b)) if a.0.first_day() > b.1.last_day() => (Some(b.0), Some(a.1)),
                    (a, b) => (a.map(|a| a.0), b.map(|b| b.1)),
                }
            }
            None => {
                let (a, b) = bound(s).ok_or_else(err)?;
                (Some(a), Some(b))
            }
        };
        Ok(DateFilter { from, to })
    }

    /// Whether an article's date is in the range; an article with no date never is.
    pub fn matches(&self, date: Option<Date>) -> bool {
        date.is_some_and(|d| d.within(self.from, self.to))
    }
}

/// A day, month or year as the first and last day or month it covers.
fn bound(s: &str) -> Option<(Date, Date)> {
    if let Some(d) = Date::parse_iso(s) {
        return Some((d, d));
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s.parse().ok()?;
        return Some((Date::ym(y, 1)?, Date::ym(y, 12)?));
    }
    None
}

/// An `outlet:` term, folded once, matched against the keys an article's outlet was given
/// (`super::outlet_search_keys`, computed once per article): a known outlet by any of its
/// names in either script, any outlet by a word of its name or the start of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletFilter {
    key: String,
}

impl OutletFilter {
    /// `None` for a term with no letters or digits.
    pub fn new(term: &str) -> Option<OutletFilter> {
        let key = outlet_key(term);
        (!key.is_empty()).then_some(OutletFilter { key })
    }

    pub fn matches_keys(&self, keys: &[String]) -> bool {
        keys.iter().any(|k| k.starts_with(&self.key) || k.split(' ').any(|w| w.starts_with(&self.key)))
    }

    /// Whether it names `outlet` (computing its keys: for one-off use).
    pub fn matches(&self, outlet: Option<&str>) -> bool {
        outlet.is_some_and(|o| self.matches_keys(&super::outlet_search_keys(o)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    #[test]
    fn date_terms_take_in_days_months_years_and_ranges() {
        let july = DateFilter::parse("2024-07").unwrap();
        assert!(july.matches(d("2024-07-01")) && july.matches(d("2024-07-31")) && july.matches(d("2024-07")));
        assert!(!july.matches(d("2024-08-01")) && !july.matches(None));
        let range = DateFilter::parse("2024-07-01..2024-07-31").unwrap();
        assert!(range.matches(d("2024-07-03")) && !range.matches(d("2024-06-30")));
        assert!(range.matches(d("2024-07")), "a month within the range");
        let year = DateFilter::parse("2024").unwrap();
        assert!(year.matches(d("2024-12-31")) && !year.matches(d("2025-01-01")));
        let open = DateFilter::parse("2024-06..").unwrap();
        assert!(open.matches(d("2030-01-01")) && open.matches(d("2024-06-01")) && !open.matches(d("2024-05-31")));
        let until = DateFilter::parse("..2024-06-30").unwrap();
        assert!(until.matches(d("1999-01-01")) && !until.matches(d("2024-07-01")));
        assert_eq!(DateFilter::parse("2024-07-31..2024-07-01"), DateFilter::parse("2024-07-01..2024-07-31"));
        assert_eq!(DateFilter::parse("2025..2024"), DateFilter::parse("2024..2025"));
        assert!(DateFilter::parse("2025..2024").unwrap().matches(d("2025-12-31")));
        assert_eq!(
            DateFilter::parse(" 2024-07-03 ").unwrap(),
            DateFilter { from: d("2024-07-03"), to: d("2024-07-03") }
        );
    }

    #[test]
    fn a_bad_date_term_says_what_is_expected() {
        for s in ["", "..", "july", "2024-13", "2024-07-32", "24-07", "2024-07-01..soon", "2024-07\u{1b}[2J"] {
            let e = DateFilter::parse(s).unwrap_err().to_string();
            assert!(e.contains("expected YYYY, YYYY-MM, YYYY-MM-DD") && !e.contains('\u{1b}'), "{s:?}: {e}");
        }
    }

    #[test]
    fn outlet_terms_in_either_script() {
        let xinhua = super::super::outlet_search_keys("Xinhua");
        for term in ["xinhua", "XINHUA", "شينخوا", "xin"] {
            assert!(OutletFilter::new(term).unwrap().matches_keys(&xinhua), "{term}");
        }
        assert!(!OutletFilter::new("reuters").unwrap().matches_keys(&xinhua));
        assert!(OutletFilter::new("wire").unwrap().matches(Some("Saywho Wire")));
        assert!(!OutletFilter::new("wire").unwrap().matches(None));
        assert_eq!(OutletFilter::new(" ,. "), None);
    }
}
