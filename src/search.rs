//! The search index and matcher: Arabic/Latin folding with a map back to the original
//! characters (for highlights), the query language, and fuzzy scoring with fuzzy-matcher.
//!
//! Query language, as in fzf: space-separated terms must all match; `'word` is an exact
//! substring; `!word` excludes statements containing it; `@name` keeps only speakers whose
//! name or an alias contains `name`. Matching folds hamza/alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي,
//! drops tashkeel and tatweel, and folds Latin case and accents.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::model::Document;
use crate::text::fold_char;

/// A string in folded form with, for each folded character, the index of the original
/// character it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    pub origin: Vec<u32>,
}

impl Folded {
    pub fn new(s: &str) -> Self {
        let mut text = String::with_capacity(s.len());
        let mut origin = Vec::with_capacity(s.len() / 2);
        for (i, c) in s.chars().enumerate() {
            if let Some(f) = fold_char(c) {
                text.push(f);
                origin.push(i as u32);
            }
        }
        Folded { text, origin }
    }

    /// Maps folded character positions to original character positions.
    pub fn to_original(&self, folded: &[usize]) -> Vec<usize> {
        folded
            .iter()
            .filter_map(|&i| self.origin.get(i).map(|&o| o as usize))
            .collect()
    }
}

/// One term of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// Fuzzy: the characters in order, not necessarily adjacent.
    Fuzzy(String),
    /// `'word`: an exact (folded) substring.
    Exact(String),
    /// `!word`: statements containing this (folded) substring are left out.
    Not(String),
    /// `@name`: the speaker's name or an alias contains this.
    Speaker(String),
}

/// A parsed query; terms are folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    pub fn parse(s: &str) -> Query {
        let fold = |t: &str| -> String { t.chars().filter_map(fold_char).collect() };
        let terms = s
            .split_whitespace()
            .filter_map(|w| {
                let (kind, rest): (fn(String) -> Term, &str) = if let Some(r) = w.strip_prefix('\'')
                {
                    (Term::Exact, r)
                } else if let Some(r) = w.strip_prefix('!') {
                    (Term::Not, r)
                } else if let Some(r) = w.strip_prefix('@') {
                    (Term::Speaker, r)
                } else {
                    (Term::Fuzzy, w)
                };
                let f = fold(rest);
                (!f.is_empty()).then(|| kind(f))
            })
            .collect();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// A statement that matched, with its score and the matched characters of its text
/// (character offsets into the quote text, sorted, without duplicates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub quote: usize,
    pub score: i64,
    pub positions: Vec<usize>,
}

struct Entry {
    text: Folded,
    /// Speaker name and aliases, folded.
    speaker: Vec<String>,
    /// Article title and dateline, folded.
    source: String,
}

/// The search index over a document's statements.
pub struct Index {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

impl Index {
    pub fn new(doc: &Document) -> Index {
        let speakers: std::collections::HashMap<&str, Vec<String>> = doc
            .speakers
            .iter()
            .map(|s| {
                let names = std::iter::once(&s.name)
                    .chain(s.aliases.iter())
                    .map(|n| Folded::new(n).text)
                    .collect();
                (s.id.as_str(), names)
            })
            .collect();
        let entries = doc
            .quotes
            .iter()
            .map(|q| {
                let article = doc.articles.iter().find(|a| a.id == q.article);
                let source = article
                    .map(|a| {
                        let t = a.title.as_deref().unwrap_or("");
                        let d = a.dateline.as_deref().unwrap_or("");
                        Folded::new(&format!("{t} {d}")).text
                    })
                    .unwrap_or_default();
                Entry {
                    text: Folded::new(&q.text),
                    speaker: speakers
                        .get(q.speaker_id.as_str())
                        .cloned()
                        .unwrap_or_default(),
                    source,
                }
            })
            .collect();
        Index {
            entries,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Matches one statement against every term; `None` if any term fails.
    pub fn match_one(&self, i: usize, q: &Query) -> Option<Hit> {
        let e = &self.entries[i];
        let mut score = 0i64;
        let mut positions = Vec::new();
        for term in &q.terms {
            match term {
                Term::Speaker(name) => {
                    if !e.speaker.iter().any(|s| s.contains(name.as_str())) {
                        return None;
                    }
                }
                Term::Not(w) => {
                    if e.text.text.contains(w.as_str()) {
                        return None;
                    }
                }
                Term::Exact(w) => {
                    if let Some(byte) = e.text.text.find(w.as_str()) {
                        let start = e.text.text[..byte].chars().count();
                        let n = w.chars().count();
                        positions
                            .extend(e.text.to_original(&(start..start + n).collect::<Vec<_>>()));
                        score += 100 + 16 * n as i64;
                    } else if e.speaker.iter().any(|s| s.contains(w.as_str()))
                        || e.source.contains(w.as_str())
                    {
                        score += 50;
                    } else {
                        return None;
                    }
                }
                Term::Fuzzy(w) => {
                    let in_text = self.matcher.fuzzy_indices(&e.text.text, w);
                    let in_meta = e
                        .speaker
                        .iter()
                        .chain(std::iter::once(&e.source))
                        .filter_map(|s| self.matcher.fuzzy_match(s, w))
                        .max();
                    match (in_text, in_meta) {
                        (Some((s, idx)), m) if m.is_none_or(|m| s >= m) => {
                            score += s;
                            positions.extend(e.text.to_original(&idx));
                        }
                        (_, Some(m)) => score += m,
                        (Some((s, idx)), None) => {
                            score += s;
                            positions.extend(e.text.to_original(&idx));
                        }
                        (None, None) => return None,
                    }
                }
            }
        }
        positions.sort_unstable();
        positions.dedup();
        Some(Hit {
            quote: i,
            score,
            positions,
        })
    }

    /// Every matching statement, best first (ties in document order). An empty query
    /// matches everything with score 0.
    pub fn search(&self, q: &Query) -> Vec<Hit> {
        let mut hits: Vec<Hit> = (0..self.entries.len())
            .filter_map(|i| self.match_one(i, q))
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.quote.cmp(&b.quote)));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Document};

    fn doc() -> Document {
        let text = "قال وزير الطاقة سامي فارس إن مشاريع الطاقة الجديدة ستكتمل.\n\
                    وقالت الوزيرة ليلى حسن إن المستشفى أُعرب عن جاهزيته.\n\
                    وأكد فارس أن الأسعار مستقرة.";
        crate::extract::extract(
            vec![Article::new("a1".into(), "t.txt".into(), text.into())],
            &[],
        )
    }

    fn texts(d: &Document, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| d.quotes[h.quote].text.clone())
            .collect()
    }

    #[test]
    fn query_syntax() {
        let q = Query::parse("الطاقه 'جديد !سعر @Xi");
        assert_eq!(
            q.terms,
            [
                Term::Fuzzy("الطاقه".into()),
                Term::Exact("جديد".into()),
                Term::Not("سعر".into()),
                Term::Speaker("xi".into())
            ]
        );
        assert!(Query::parse("  ' @ ").is_empty());
    }

    #[test]
    fn folding_finds_spelling_variants() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("الطاقه الجديده"));
        assert_eq!(h.first().map(|h| h.quote), Some(0));
        let h = idx.search(&Query::parse("'اعرب"));
        assert_eq!(texts(&d, &h), ["المستشفى أُعرب عن جاهزيته"]);
        let h = idx.search(&Query::parse("'مستشفي"));
        assert_eq!(h.len(), 1, "ى/ي fold");
    }

    #[test]
    fn highlights_map_back_to_the_original_characters() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("'اعرب"));
        let text: Vec<char> = d.quotes[h[0].quote].text.chars().collect();
        let shown: String = h[0].positions.iter().map(|&p| text[p]).collect();
        // the damma on the alef is not highlighted (it folds away), the letters are
        assert_eq!(shown, "أعرب");
    }

    #[test]
    fn speaker_filter_and_exclusion() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("@فارس"));
        assert_eq!(h.len(), 2);
        let h = idx.search(&Query::parse("@فارس !اسعار"));
        assert_eq!(texts(&d, &h), ["مشاريع الطاقة الجديدة ستكتمل"]);
        assert!(idx.search(&Query::parse("@nobody")).is_empty());
    }

    #[test]
    fn all_terms_must_match() {
        let d = doc();
        let idx = Index::new(&d);
        assert_eq!(idx.search(&Query::parse("'الطاقه 'الاسعار")).len(), 0);
        assert_eq!(idx.search(&Query::parse("")).len(), 3);
    }
}
