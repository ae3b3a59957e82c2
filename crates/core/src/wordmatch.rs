//! Word-level search matching for Arabic and English prose: a query word matches a *word* of
//! a statement — the whole word, its beginning, the word without its clitics, article or
//! ending, or a word within a typo budget — never letters scattered across a sentence.
//!
//! Pure and self-contained: no index, no terminal. Build a [`Lexicon`] and the [`Words`] of
//! every field once (tokenizing with [`tokenize`] may run on any thread, interning is
//! sequential), then per query: [`Query::parse`], [`Prepared::new`] (grades each distinct
//! word once), and per statement [`Prepared::matches`], [`Prepared::rank`] or
//! [`Prepared::explain`] (positions and the field that matched, for highlighting and JSON).
//! [`Postings`] (built once, after interning) narrows a query needing a rare word to the
//! statements that have one.
//!
//! Folding is `text::fold_char` (hamza/alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي, tashkeel and tatweel
//! dropped, Latin case and accents), the same as the search index uses, and word characters
//! are `text::is_word_char`; both are called, not copied.

mod affix;
mod distance;
mod matcher;
mod postings;
mod query;
mod words;

#[cfg(test)]
mod tests;

pub use matcher::{ClauseMatch, Field, Fields, Kind, Match, Prepared, RankKey, WordHit};
pub use postings::Postings;
pub use query::{typo_budget, Clause, Mode, Query, MAX_WORDS};
pub use words::{tokenize, Lexicon, Tokens, WordAt, Words};
