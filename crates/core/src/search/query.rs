//! The query language, as in fzf: space-separated terms must all match; `'word` is an exact
//! substring; `!word` excludes statements containing it; `@name` keeps only speakers whose
//! name or an alias contains `name`.

use crate::text::fold_char;

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

pub(super) fn fold_str(t: &str) -> String {
    t.chars().filter_map(fold_char).collect()
}

impl Query {
    pub fn parse(s: &str) -> Query {
        let terms = s
            .split_whitespace()
            .filter_map(|w| {
                let (kind, rest): (fn(String) -> Term, &str) = if let Some(r) = w.strip_prefix('\'') {
                    (Term::Exact, r)
                } else if let Some(r) = w.strip_prefix('!') {
                    (Term::Not, r)
                } else if let Some(r) = w.strip_prefix('@') {
                    (Term::Speaker, r)
                } else {
                    (Term::Fuzzy, w)
                };
                let f = fold_str(rest);
                (!f.is_empty()).then(|| kind(f))
            })
            .collect();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Whether every match of query text `new` is a match of `old`, so that `new` can be
/// searched among `old`'s matches only: true when `new` extends `old`, unless the extended
/// word is an exclusion (`!ab` excludes less than `!a`).
pub fn narrows(old: &str, new: &str) -> bool {
    if !new.starts_with(old) {
        return false;
    }
    let last_old = old.rsplit(char::is_whitespace).next().unwrap_or("");
    let continues_word = !old.is_empty() && !old.ends_with(char::is_whitespace);
    !(continues_word && last_old.starts_with('!'))
}
