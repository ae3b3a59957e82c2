//! One article in, its statements and the entities that make them out: `heading` reads the
//! title and dateline, `arabic` or `english` finds the statements and who makes them. Grouping
//! speakers across articles is `crate::grouping`'s; `crate::pipeline` runs both.

mod arabic;
mod english;
mod entities;
pub mod heading;
pub mod lexicon;
mod np;

pub use entities::Entity;
pub use heading::dateline;
pub use np::NpKind;

use crate::model::{Article, Attribution, Form};

/// A statement found in an article, before speakers are grouped across articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// 0-based paragraph.
    pub para: usize,
    pub cue: String,
    pub cue_en: &'static str,
    pub form: Form,
    pub attribution: Attribution,
    /// Index into the article's entities.
    pub entity: usize,
    pub mention: String,
    pub channel: Option<usize>,
}

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

#[cfg(test)]
mod rule_tests;

/// What the Arabic and English rule tests share: extract one article and check every span.
#[cfg(test)]
mod test_support {
    use crate::model::{Article, Quote};

    pub fn run(text: &str) -> Vec<Quote> {
        let a = Article::new("a1".into(), "t.txt".into(), text.to_string());
        let doc = crate::pipeline::extract(vec![a], &[]);
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
