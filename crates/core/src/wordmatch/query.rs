//! The query language: space-separated clauses, all of which must match. A clause is a word
//! or a quoted phrase (`"…"`, `«…»`, `“…”`), optionally after one operator: `'` exact (the
//! whole word, clitics allowed, no prefix, no typos), `!` not (statements whose text has it
//! are left out), `@` speaker (matched against the speaker's name and aliases only).

use super::words::tokenize;

/// How a clause is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A plain word: any field; whole word, prefix, clitics stripped, or within the typo budget.
    Any,
    /// `'word`: any field; the whole word, or the word with its clitics stripped.
    Exact,
    /// `!word`: the statement's text must not have it (whole word, prefix or clitics; no typos).
    Not,
    /// `@name`: the speaker's name or an alias, with the rules of a plain word.
    Speaker,
}

/// One clause: a word, or a phrase of words that must follow each other.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Clause {
    pub mode: Mode,
    /// The folded words, at least one.
    pub words: Vec<String>,
}

impl Clause {
    pub fn is_phrase(&self) -> bool {
        self.words.len() > 1
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

/// Most words a query matches with; clauses beyond are dropped (one bit each per word).
pub const MAX_WORDS: usize = 64;

fn opens_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '“' | '„' | '”')
}

fn closes_quote(c: char) -> bool {
    matches!(c, '"' | '»' | '”' | '“')
}

impl Query {
    /// Parses query text. Never fails: an unclosed quote runs to the end (the user is still
    /// typing it), a clause that has no word (`'`, `!`, `""`) is dropped, and a word that
    /// holds separators (`kassym-jomart`) is a phrase of its parts.
    pub fn parse(s: &str) -> Query {
        let mut clauses = Vec::new();
        let mut used = 0;
        let mut rest = s;
        loop {
            rest = rest.trim_start();
            let Some(first) = rest.chars().next() else { break };
            let mode = match first {
                '\'' => Mode::Exact,
                '!' => Mode::Not,
                '@' => Mode::Speaker,
                _ => Mode::Any,
            };
            if mode != Mode::Any {
                rest = &rest[1..];
            }
            let body;
            match rest.chars().next() {
                Some(q) if opens_quote(q) => {
                    let inner = &rest[q.len_utf8()..];
                    match inner.char_indices().find(|&(_, c)| closes_quote(c)) {
                        Some((i, c)) => {
                            body = &inner[..i];
                            rest = &inner[i + c.len_utf8()..];
                        }
                        None => {
                            body = inner;
                            rest = "";
                        }
                    }
                }
                _ => {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    body = &rest[..end];
                    rest = &rest[end..];
                }
            }
            let words: Vec<String> = tokenize(body).folded().map(str::to_string).collect();
            if words.is_empty() || used + words.len() > MAX_WORDS {
                continue;
            }
            used += words.len();
            clauses.push(Clause { mode, words });
        }
        Query { clauses }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// Typos allowed in a query word: none under 4 letters, 1 from 4, 2 from 8; none in a word
/// with a digit (2024 is not 2025).
pub fn typo_budget(word: &str) -> u32 {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 0;
    }
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(mode: Mode, words: &[&str]) -> Clause {
        Clause { mode, words: words.iter().map(|w| w.to_string()).collect() }
    }

    #[test]
    fn operators_phrases_and_folding() {
        let q = Query::parse("الطاقه 'جديد !سعر @Xi «الطاقة الجديدة» \"Belt and\" “road”");
        assert_eq!(
            q.clauses,
            [
                clause(Mode::Any, &["الطاقه"]),
                clause(Mode::Exact, &["جديد"]),
                clause(Mode::Not, &["سعر"]),
                clause(Mode::Speaker, &["xi"]),
                clause(Mode::Any, &["الطاقه", "الجديده"]),
                clause(Mode::Any, &["belt", "and"]),
                clause(Mode::Any, &["road"]),
            ]
        );
    }

    #[test]
    fn unfinished_and_empty_clauses() {
        assert!(Query::parse("  ' @ ! \"\" «»").is_empty());
        assert_eq!(Query::parse("!\"a b").clauses, [clause(Mode::Not, &["a", "b"])]);
        assert_eq!(Query::parse("@kassym-jomart").clauses, [clause(Mode::Speaker, &["kassym", "jomart"])]);
        assert_eq!(Query::parse("company's").clauses, [clause(Mode::Any, &["company's"])]);
        assert_eq!(Query::parse("'أُعْـرب").clauses, [clause(Mode::Exact, &["اعرب"])]);
    }

    #[test]
    fn budget_boundaries() {
        assert_eq!(typo_budget("abc"), 0);
        assert_eq!(typo_budget("abcd"), 1);
        assert_eq!(typo_budget("abcdefg"), 1);
        assert_eq!(typo_budget("abcdefgh"), 2);
        assert_eq!(typo_budget("2024"), 0);
    }

    #[test]
    fn too_many_words_are_dropped_not_a_panic() {
        let text = vec!["w"; 100].join(" ");
        assert_eq!(Query::parse(&text).clauses.len(), MAX_WORDS);
    }
}
