//! Where the reported content starts after a verb of saying.
//!
//! Between an English verb of saying and its content stand, in this order, the addressee of
//! a verb of telling (`told reporters`, `told local television`, `told Reuters`), adverbials
//! of time (`on Monday`, `late Thursday`, `Wednesday`), of the medium (`in a statement`, `in
//! an e-mail`, `at a news conference`, `on Twitter`, `in an interview with Reuters`) and of
//! the person spoken to (`to reporters`), and the complementizer `that`. The content is the
//! clause after them.

use super::is_joiner;
use super::words::{is_auxiliary, is_determiner, is_preposition, is_time_word, is_weekday};
use crate::text::Tokens;

/// The first token of the content after a verb of saying whose complement starts at `after`
/// (the sentence ends at `e`); `addressee` when the verb takes one (`told`).
pub(super) fn content_start(t: &Tokens, text: &str, after: usize, e: usize, addressee: bool) -> usize {
    if let Some(that) = that_after_adverbials(t, text, after, e, addressee) {
        return that + 1;
    }
    let mut c = after;
    if addressee {
        c = after_addressee(t, text, c, e);
    }
    while c < e {
        match adverbial_len(t, c, e) {
            Some(n) => c += n,
            None => break,
        }
    }
    if t.f(c) == "that" && c + 1 < e {
        c + 1
    } else {
        c
    }
}

/// The complementizer `that` after nothing but an addressee and adverbials — prepositional
/// phrases, time words, adverbs (`said in a statement posted on its website on Monday that`,
/// `told reporters on Monday that`, `said Wednesday that`): the content follows it. A phrase
/// that is not introduced by a preposition (`said the plan that …`) or holds a clause (a
/// subject pronoun, an auxiliary) stops the search.
fn that_after_adverbials(t: &Tokens, text: &str, after: usize, e: usize, addressee: bool) -> Option<usize> {
    let mut j = if addressee { after_addressee(t, text, after, e) } else { after };
    let mut in_pp = false;
    while j < e && j < after + 14 {
        let f = t.f(j);
        if f == "that" {
            return Some(j);
        }
        let word = t.punct(j).is_none();
        if !word && !is_joiner(t, j) {
            return None;
        }
        if word {
            // `said he`, `said the talks would`: the content has begun
            if is_subject_pronoun(f) || is_auxiliary(f) {
                return None;
            }
            if is_preposition(f) || matches!(f, "late" | "early" | "last" | "this") {
                in_pp = true;
            } else if !in_pp && !is_adverb(f) && !is_time_word(f) && !is_number(f) {
                return None;
            }
        }
        j += 1;
    }
    None
}

/// The token after the addressee of a verb of telling at `c`: a personal pronoun (`told him`),
/// or a noun phrase of up to six words (`reporters`, `local television`, `Reuters`, `a news
/// conference`, `CNN affiliate WUSA`) that ends where the content's clause opens: at `that`, a
/// determiner, a subject pronoun, a possessive (`Indonesia's`), a number, punctuation or a
/// preposition.
fn after_addressee(t: &Tokens, text: &str, c: usize, e: usize) -> usize {
    if c >= e || t.punct(c).is_some() || t.f(c) == "that" {
        return c;
    }
    let f = t.f(c);
    if matches!(f, "him" | "them" | "us" | "me" | "you") {
        return c + 1;
    }
    // `told her the plan` (her: the addressee) vs `told her staff the plan` (her: possessive)
    if f == "her" && (is_determiner(t.f(c + 1)) || is_subject_pronoun(t.f(c + 1))) {
        return c + 1;
    }
    let mut j = c + usize::from(is_determiner(f));
    let start = j;
    while j < e && j < start + 6 {
        let g = t.f(j);
        let possessive = t.punct(j + 1).is_some_and(|p| p == '\'' || p == '’') && t.f(j + 2) == "s";
        let opens_clause = g == "that"
            || is_determiner(g)
            || is_subject_pronoun(g)
            || is_number(g)
            || is_preposition(g)
            || is_auxiliary(g)
            || (possessive && j > start);
        if t.punct(j).is_some() && !is_joiner(t, j) || opens_clause {
            break;
        }
        j += 1;
    }
    let _ = text;
    if j == start {
        c
    } else {
        j
    }
}

/// The length of the adverbial at `c`, if one stands there: a time (`Wednesday`, `on Monday`,
/// `late Thursday`, `last week`, `earlier`), an adverb of the act of saying (`publicly`,
/// `also`), or a prepositional phrase of the medium or the person spoken to (`in a
/// statement`, `in an e-mail`, `on Twitter`, `at a news conference`, `to reporters`, `in an
/// interview with Reuters`).
fn adverbial_len(t: &Tokens, c: usize, e: usize) -> Option<usize> {
    let f = t.f(c);
    if t.punct(c).is_some() {
        return None;
    }
    // a word joined to the next (`today's`) is not the adverb
    if t.punct(c + 1).is_some_and(|p| p == '\'' || p == '’') {
        return None;
    }
    if is_weekday(f) || matches!(f, "today" | "yesterday" | "tonight") || is_adverb(f) {
        return Some(1);
    }
    if matches!(f, "late" | "early" | "last" | "this" | "next") && is_time_word(t.f(c + 1)) {
        return Some(2 + usize::from(is_time_word(t.f(c + 2))));
    }
    if matches!(f, "on" | "in" | "at" | "by") && (is_time_word(t.f(c + 1)) || is_number(t.f(c + 1))) {
        return Some(2 + usize::from(!t.f(c + 1).is_empty() && is_number(t.f(c + 2))));
    }
    if matches!(f, "in" | "on" | "at" | "via" | "during" | "through" | "over" | "to") {
        return medium_len(t, c + 1, e).map(|n| n + 1);
    }
    None
}

/// The length of a noun phrase of the medium or the audience at `c` (`a statement`, `an
/// e-mail`, `a brief written statement`, `Twitter`, `state television`, `reporters`), with a
/// prepositional phrase of its own (`an interview with Reuters`, `a letter to shareholders`).
fn medium_len(t: &Tokens, c: usize, e: usize) -> Option<usize> {
    let mut j = c + usize::from(is_determiner(t.f(c)));
    let head = (j..(j + 4).min(e)).find(|&k| t.punct(k).is_none() && is_medium(t.f(k)) && !is_medium(t.f(k + 1)))?;
    // the words before the head are its modifiers (`a news conference`, `state television`)
    if (j..head).any(|k| t.punct(k).is_some() && !is_joiner(t, k) || is_subject_pronoun(t.f(k)) || t.f(k) == "that") {
        return None;
    }
    j = head + 1;
    // `with Reuters`, `to shareholders`, `with the BBC`
    if matches!(t.f(j), "with" | "to" | "from" | "on") && j + 1 < e {
        let k = j + 1 + usize::from(is_determiner(t.f(j + 1)));
        if k < e && t.punct(k).is_none() && t.f(k) != "that" && !is_subject_pronoun(t.f(k)) {
            j = k + 1;
        }
    }
    Some(j - c)
}

/// Nouns for the medium of a statement and for an audience: `statement`, `e-mail`,
/// `interview`, `television`, `Twitter`, `reporters`.
fn is_medium(f: &str) -> bool {
    matches!(
        f,
        "statement"
            | "statements"
            | "email"
            | "mail"
            | "interview"
            | "letter"
            | "tweet"
            | "post"
            | "posting"
            | "blog"
            | "video"
            | "speech"
            | "address"
            | "briefing"
            | "conference"
            | "television"
            | "tv"
            | "radio"
            | "broadcast"
            | "message"
            | "filing"
            | "hearing"
            | "testimony"
            | "website"
            | "memo"
            | "column"
            | "podcast"
            | "appearance"
            | "call"
            | "phone"
            | "telephone"
            | "twitter"
            | "facebook"
            | "instagram"
            | "x"
            | "reporters"
            | "journalists"
            | "lawmakers"
            | "legislators"
            | "parliament"
            | "congress"
            | "senators"
            | "supporters"
            | "crowd"
            | "audience"
    )
}

/// Adverbs of the act of saying that stand between the verb and its content.
fn is_adverb(f: &str) -> bool {
    matches!(
        f,
        "earlier"
            | "later"
            | "also"
            | "previously"
            | "separately"
            | "again"
            | "recently"
            | "publicly"
            | "privately"
            | "repeatedly"
            | "initially"
            | "subsequently"
            | "afterwards"
            | "afterward"
    )
}

/// Pronouns that open a clause as its subject.
fn is_subject_pronoun(f: &str) -> bool {
    matches!(f, "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there")
}

fn is_number(f: &str) -> bool {
    !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}
