//! Searching as the user types: each query starts from what the previous ones found.

use std::sync::Arc;

use rayon::prelude::*;

use super::index::Index;
use super::query::{fold_str, Term};
use super::query::{narrows, Query};
use super::rank::{find_str, Candidate, Results, Step, NO};
use crate::text::fold_char;

/// What a search starts from.
pub(super) enum Plan {
    /// The previous matches, moved on by one step.
    Step(Arc<Vec<Candidate>>, Step),
    /// Evaluate among these matches of an earlier query.
    Among(Arc<Vec<Candidate>>),
    /// These matches less those containing the word; `true` when the query they matched
    /// ended in a fuzzy term (which the exclusion now follows).
    Exclude(Arc<Vec<Candidate>>, String, bool),
    /// Everything.
    Fresh,
}

/// Runs queries one after another as they are typed: a query that adds one character to
/// the last term moves the previous matches on by that character; one that otherwise only
/// adds to the previous query is evaluated among the previous matches; anything else
/// searches everything.
pub struct Searcher {
    pub index: Arc<Index>,
    pub(super) last: Option<(String, Arc<Vec<Candidate>>)>,
    /// The last results with the speaker they ranked: a keystroke that leaves the parsed
    /// query as it was (a space, a mark that folds away) reuses them.
    pub(super) last_results: Option<(Option<usize>, Results)>,
    /// Earlier queries of this typing session with their matches, newest last: when the new
    /// query does not narrow the previous one (a longer `!word` excludes less), an earlier
    /// one it does narrow still bounds the candidates.
    pub(super) history: Vec<(String, Arc<Vec<Candidate>>)>,
}

impl Searcher {
    pub fn new(index: Arc<Index>) -> Self {
        Searcher { index, last: None, last_results: None, history: Vec::new() }
    }

    /// Matches of the newest earlier query that `text` narrows.
    pub(super) fn bound_by_history(&self, text: &str) -> Option<Vec<u32>> {
        self.history
            .iter()
            .rev()
            .find(|(old, _)| narrows(old, text) && !Query::parse(old).is_empty())
            .map(|(_, state)| state.iter().map(|c| c.quote).collect())
    }

    pub fn run(&mut self, text: &str, speaker: Option<usize>, limit: usize) -> Results {
        let q = Query::parse(text);
        if let (Some((old, _)), Some((sp, r))) = (&self.last, &self.last_results) {
            if *sp == speaker && Query::parse(old) == q && r.hits.len() <= limit {
                // a space, or a mark that folds away: the same query
                let mut r = r.clone();
                r.query = text.to_string();
                self.last = Some((text.to_string(), r.state.clone()));
                return r;
            }
        }
        let ix = self.index.clone();
        let r = match self.plan(text, &q) {
            Plan::Step(state, step) => ix.run_with(&q, text, None, Some((&state, step)), speaker, limit),
            Plan::Among(state) => {
                let quotes: Vec<u32> = state.iter().map(|c| c.quote).collect();
                ix.run(&q, text, Some(&quotes), speaker, limit)
            }
            Plan::Exclude(base, w, last_was_fuzzy) => {
                // the fuzzy term that ended the earlier query is no longer last: like any
                // other term it counts towards the tier where it occurs exactly
                let state: Vec<Candidate> = base
                    .par_iter()
                    .filter(|c| find_str(&ix.entries[c.quote as usize].text.text, &w).is_none())
                    .map(|c| Candidate {
                        fpos: NO,
                        xpos: NO,
                        tier: c.tier + u8::from(last_was_fuzzy && c.xpos != NO),
                        ..*c
                    })
                    .collect();
                ix.finish(&ix.prepare(&q), text, state, speaker, limit)
            }
            Plan::Fresh => ix.run(&q, text, None, speaker, limit),
        };
        self.remember(text, speaker, r)
    }

    /// How to get from the previous query to `text` with the least work.
    pub(super) fn plan(&self, text: &str, q: &Query) -> Plan {
        let last_word = |s: &str| s.rsplit(char::is_whitespace).next().unwrap_or("").to_string();
        if let Some((old, state)) = &self.last {
            let oldq = Query::parse(old);
            if narrows(old, text) && !oldq.is_empty() {
                let added = &text[old.len()..];
                let mut chars = added.chars();
                let one = match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_whitespace() => Some(c),
                    _ => None,
                };
                let old_word = last_word(old);
                // the last word must have made the last term: a word of marks alone (`ً`)
                // folds to nothing, and the last term is then an earlier word's
                let continues = !old.ends_with(char::is_whitespace)
                    && !fold_str(old_word.trim_start_matches(['\'', '!', '@'])).is_empty();
                match (one, continues, oldq.terms.last()) {
                    // one more letter of an exact word: `'الطا` → `'الطاق`
                    (Some(c), true, Some(Term::Exact(prev)))
                        if old_word.starts_with('\'') && fold_char(c).is_some() =>
                    {
                        return Plan::Step(state.clone(), Step::Exact(prev.clone()));
                    }
                    // one more letter of a fuzzy word: the previous matches move on
                    (Some(c), true, _) if !old_word.starts_with(['\'', '!', '@']) => {
                        return match fold_char(c) {
                            Some(fc) => Plan::Step(state.clone(), Step::Char(fc)),
                            None => Plan::Among(state.clone()),
                        };
                    }
                    _ => {}
                }
                let known = oldq.terms.len();
                if !continues && q.terms.len() >= known && q.terms[..known] == oldq.terms[..] {
                    // new words after the previous ones: only they need checking
                    let last_was_fuzzy = Index::last_fuzzy(&oldq).is_some();
                    return Plan::Step(state.clone(), Step::Terms { known, last_was_fuzzy });
                }
                return Plan::Among(state.clone());
            }
        }
        // typing an exclusion: the matches before it, less those containing it
        // the last word starts after the last white space, which may be wider than a byte
        // (a no-break space)
        let start = text.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
        if let (Some(Term::Not(w)), true) = (q.terms.last(), text[start..].starts_with('!')) {
            let before = &text[..start];
            if let Some((_, base)) = self.history.iter().rev().find(|(h, _)| h == before && !Query::parse(h).is_empty())
            {
                let last_was_fuzzy = Index::last_fuzzy(&Query::parse(before)).is_some();
                return Plan::Exclude(base.clone(), w.clone(), last_was_fuzzy);
            }
        }
        match self.bound_by_history(text) {
            Some(bound) => Plan::Among(Arc::new(
                bound.into_iter().map(|quote| Candidate { quote, fpos: NO, xpos: NO, tier: 0 }).collect(),
            )),
            None => Plan::Fresh,
        }
    }

    pub(super) fn remember(&mut self, text: &str, speaker: Option<usize>, r: Results) -> Results {
        self.last = Some((text.to_string(), r.state.clone()));
        self.last_results = Some((speaker, r.clone()));
        if self.history.len() >= 64 {
            self.history.remove(0);
        }
        self.history.push((text.to_string(), r.state.clone()));
        r
    }
}
