//! Articles in, statements and speakers out. `arabic` finds the statements of one article
//! and who makes them; `crate::speakers` then groups speakers across articles.

mod arabic;
mod english;
mod entities;
pub mod lexicon;
mod np;

pub use arabic::Found;
pub use entities::Entity;
pub use np::NpKind;

use rayon::prelude::*;

use crate::model::{Article, Document, FORMAT_VERSION};
use crate::speakers::{self, SpeakerEntry};

/// What one article yields: its statements and the entities they refer to.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    pub found: Vec<Found>,
    pub entities: Vec<Entity>,
}

/// Finds the statements of one article, with the Arabic or the English rules by script.
pub fn extract_article(article: &Article) -> ArticleResult {
    let (found, reg) = if is_arabic_text(&article.text) {
        arabic::Scanner::new(article).run()
    } else {
        english::EnglishScanner::new(article).run()
    };
    ArticleResult { found, entities: reg.ents }
}

/// Extracts every article (in parallel) and groups the speakers.
pub fn extract(articles: Vec<Article>, speakers_file: &[SpeakerEntry]) -> Document {
    let results: Vec<ArticleResult> = articles.par_iter().map(extract_article).collect();
    let (speakers, quotes) = speakers::group(&articles, &results, speakers_file);
    Document { format: FORMAT_VERSION, articles, speakers, quotes }
}

fn is_arabic_text(text: &str) -> bool {
    // bytes, not chars: Arabic-block letters start with 0xD8–0xDB in UTF-8; a look at the
    // first kilobyte is enough to tell
    let mut arabic = 0usize;
    let mut latin = 0usize;
    for &b in &text.as_bytes()[..text.len().min(1024)] {
        match b {
            0xD8..=0xDB => arabic += 1,
            b'a'..=b'z' | b'A'..=b'Z' => latin += 1,
            _ => {}
        }
    }
    // an Arabic letter is one lead byte, a Latin word several letters: weigh accordingly
    arabic > 0 && arabic * 4 >= latin
}

/// The dateline that opens a wire report — `أستانا 3 يوليو 2024 (شينخوا)`,
/// `LONDON (Reuters) -`, `القاهرة - ` — if the paragraph starts with one.
pub fn dateline(para: &str) -> Option<&str> {
    let head = &para[..para.char_indices().nth(120).map_or(para.len(), |(i, _)| i)];
    if let Some(open) = head.find('(') {
        let before = &head[..open];
        let close = open + head[open..].find(')')?;
        let inside = &head[open + 1..close];
        let words = before.split_whitespace().count();
        let ok = !before.trim().is_empty()
            && words <= 7
            && (words <= 3 || before.chars().any(|c| c.is_numeric()))
            && !before.split_whitespace().any(|w| lexicon::lexicon().cue(&crate::text::fold(w)).is_some())
            && !before.contains(['،', ':', '«', '"'])
            // a full stop only in an abbreviation: a short capitalised Latin word or an
            // initial (`FRESNO, Calif.`, `WASHINGTON, D.C.`)
            && before.match_indices('.').all(|(i, _)| {
                let word = before[..i].rsplit([' ', '.', ',']).next().unwrap_or("");
                (1..=5).contains(&word.len())
                    && word.starts_with(|c: char| c.is_ascii_uppercase())
                    && word.chars().all(|c| c.is_ascii_alphabetic())
            })
            && (1..=4).contains(&inside.split_whitespace().count());
        if ok {
            let mut end = close + 1;
            let rest = &para[end..];
            let trimmed = rest.trim_start();
            if let Some(r) = trimmed.strip_prefix(['-', '–', '—']) {
                end = para.len() - r.len();
            }
            return Some(para[..end].trim_end());
        }
    }
    for dash in [" - ", " – ", " — "] {
        if let Some(pos) = head.find(dash) {
            let before = &head[..pos];
            // an English dateline is in capitals (`LONDON —`), unlike a name (`Ted Marsh —`)
            let capitals = !before.chars().any(|c| c.is_ascii_lowercase());
            if (1..=3).contains(&before.split_whitespace().count())
                && !before.contains(['،', ',', '.', ':'])
                && capitals
            {
                return Some(&para[..pos + dash.trim_end().len()]);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(dateline("القاهرة 5 مايو 2023 (رويترز) قال الوزير إن"), Some("القاهرة 5 مايو 2023 (رويترز)"));
        assert_eq!(dateline("LONDON (Reuters) - A worker said"), Some("LONDON (Reuters) -"));
        assert_eq!(dateline("الرباط - أعلنت الحكومة"), Some("الرباط -"));
        assert_eq!(dateline("قال الوزير (في بيان) إن"), None);
        assert_eq!(dateline("FRESNO, Calif. (AP) — Reservoirs fell"), Some("FRESNO, Calif. (AP) —"));
        assert_eq!(dateline("Prices fell. Analysts (two of them) said"), None);
        assert_eq!(dateline("LONDON — Prices fell"), Some("LONDON —"));
        assert_eq!(dateline("Ted Marsh — who opposed the talks — said"), None);
    }
}

#[cfg(test)]
mod rule_tests;

/// What the Arabic and English rule tests share: extract one article and check every span.
#[cfg(test)]
mod test_support {
    use crate::model::{Article, Quote};

    pub fn run(text: &str) -> Vec<Quote> {
        let a = Article::new("a1".into(), "t.txt".into(), text.to_string());
        let doc = super::extract(vec![a], &[]);
        for q in &doc.quotes {
            assert_eq!(&text[q.start..q.end], &*q.text, "span must slice to the text");
        }
        doc.quotes
    }

    pub fn who(qs: &[Quote]) -> Vec<(usize, &str)> {
        qs.iter().map(|q| (q.paragraph, q.speaker.as_ref())).collect()
    }
}

#[cfg(test)]
mod english_tests;
