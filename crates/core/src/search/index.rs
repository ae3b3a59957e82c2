//! The search index: every statement folded, with its character-set mask, speaker and
//! article, and the folded names of the speakers and the titles of the articles.

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::fold::{folded_mask, mask_of, Folded};
use super::query::{fold_str, Query, Term};
use crate::model::Document;

pub(super) struct Entry {
    pub(super) text: Folded,
    /// Characters of the text, the speaker's names and the source.
    pub(super) mask: u128,
    pub(super) speaker: u32,
    pub(super) source: u32,
}

/// The search index over a document's statements.
pub struct Index {
    pub(super) entries: Vec<Entry>,
    /// Speaker of each entry, dense for counting (entries are large, this is 4 bytes each).
    pub(super) speaker_of: Vec<u32>,
    /// Per speaker (index into `doc.speakers`): folded name and aliases.
    pub(super) speakers: Vec<Vec<String>>,
    pub(super) speaker_masks: Vec<u128>,
    /// Folded title and dateline per article.
    pub(super) sources: Vec<String>,
    pub(super) matcher: SkimMatcherV2,
}

/// What an index is built from, borrowed from wherever the statements are kept.
pub struct Parts<'a, S> {
    /// Per speaker: the name, then the aliases.
    pub speakers: Vec<Vec<&'a str>>,
    /// Per article: what is searched besides its statements (see `source_text`).
    pub sources: Vec<String>,
    /// Per statement: its text, its speaker (into `speakers`) and article (into `sources`);
    /// produced on all cores while the index is built, never held as a list.
    pub statements: S,
}

/// What `Parts::statements` yields: one statement's text, its speaker (into
/// `Parts::speakers`) and its article (into `Parts::sources`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement<'a> {
    pub text: &'a str,
    pub speaker: u32,
    pub article: u32,
}

/// The parts of a loaded document.
pub fn document_parts(doc: &Document) -> Parts<'_, impl IndexedParallelIterator<Item = Statement<'_>>> {
    let speaker_ix: rustc_hash::FxHashMap<&str, u32> =
        doc.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i as u32)).collect();
    let article_ix: rustc_hash::FxHashMap<&str, u32> =
        doc.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).collect();
    Parts {
        speakers: doc
            .speakers
            .iter()
            .map(|s| std::iter::once(s.name.as_str()).chain(s.aliases.iter().map(String::as_str)).collect())
            .collect(),
        sources: doc.articles.iter().map(|a| source_text(a.title.as_deref(), a.dateline.as_deref())).collect(),
        statements: doc.quotes.par_iter().map(move |q| {
            let speaker = speaker_ix.get(&*q.speaker_id).copied().unwrap_or(u32::MAX);
            let article = article_ix.get(&*q.article).copied().unwrap_or(u32::MAX);
            Statement { text: &q.text, speaker, article }
        }),
    }
}

/// The speakers (folded names, and their masks) that the `@` terms of `q` allow; `None`
/// when it has none.
pub(super) fn allowed_speakers(speakers: &[Vec<String>], masks: &[u128], q: &Query) -> Option<Vec<bool>> {
    let mut allowed: Option<Vec<bool>> = None;
    for t in &q.terms {
        if let Term::Speaker(name) = t {
            let m = mask_of(name);
            let these = speakers
                .iter()
                .zip(masks)
                .map(|(names, &sm)| sm & m == m && names.iter().any(|n| n.contains(name.as_str())));
            allowed = Some(match allowed {
                Some(prev) => prev.iter().zip(these).map(|(a, b)| *a && b).collect(),
                None => these.collect(),
            });
        }
    }
    allowed
}

/// What is searched of an article besides its statements: title and dateline.
pub fn source_text(title: Option<&str>, dateline: Option<&str>) -> String {
    format!("{} {}", title.unwrap_or(""), dateline.unwrap_or(""))
}

impl Index {
    pub fn new(doc: &Document) -> Index {
        Index::from_parts(document_parts(doc), None)
    }

    /// An index that answers `q` and the queries that narrow it (see `narrows`), and no
    /// others: statements that `q` cannot match (of a speaker its `@` terms leave out, or
    /// lacking a character of one of its terms) are left unfolded. Folding is most of the
    /// cost of building an index, and most statements lack a character of a typical query.
    pub fn for_query(doc: &Document, q: &Query) -> Index {
        Index::from_parts(document_parts(doc), Some(q))
    }

    /// Builds the index; with `only`, as for `for_query`.
    pub fn from_parts<'a>(
        parts: Parts<'a, impl IndexedParallelIterator<Item = Statement<'a>>>,
        only: Option<&Query>,
    ) -> Index {
        let speakers: Vec<Vec<String>> =
            parts.speakers.iter().map(|names| names.iter().map(|n| fold_str(n)).collect()).collect();
        let speaker_masks: Vec<u128> =
            speakers.iter().map(|names| names.iter().fold(0, |m, n| m | mask_of(n))).collect();
        let sources: Vec<String> = parts.sources.iter().map(|s| fold_str(s)).collect();
        let source_masks: Vec<u128> = sources.iter().map(|s| mask_of(s)).collect();
        // with a query, a statement of a speaker its `@` terms leave out, or whose text and
        // meta lack the characters of one of its fuzzy or exact terms, cannot match
        let allowed = only.and_then(|q| allowed_speakers(&speakers, &speaker_masks, q));
        let required: Vec<u128> = only
            .into_iter()
            .flat_map(|q| &q.terms)
            .filter_map(|t| match t {
                Term::Fuzzy(w) | Term::Exact(w) => Some(mask_of(w)),
                _ => None,
            })
            .collect();
        let entries: Vec<Entry> = parts
            .statements
            .map(|Statement { text, speaker, article: source }| {
                let meta = speaker_masks.get(speaker as usize).copied().unwrap_or(0)
                    | source_masks.get(source as usize).copied().unwrap_or(0);
                let speaker_allowed = allowed.as_ref().is_none_or(|a| a.get(speaker as usize) == Some(&true));
                let (text, mask) = if !speaker_allowed {
                    (Folded::default(), meta)
                } else if required.is_empty() {
                    let (f, m) = Folded::with_mask(text);
                    (f, m | meta)
                } else {
                    let mask = folded_mask(text) | meta;
                    let can_match = required.iter().all(|&r| r & mask == r);
                    (if can_match { Folded::new(text) } else { Folded::default() }, mask)
                };
                Entry { text, mask, speaker, source }
            })
            .collect();
        let speaker_of = entries.iter().map(|e: &Entry| e.speaker).collect();
        Index { entries, speaker_of, speakers, speaker_masks, sources, matcher: SkimMatcherV2::default().ignore_case() }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
