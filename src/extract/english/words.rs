//! English word classes the scanner reads clauses with: verbs of saying, auxiliaries, time
//! and place adverbials, titles, abbreviations.

use crate::extract::lexicon::Gender;

/// Verbs of saying as written, with their normalised meaning.
pub(super) fn cue(w: &str) -> Option<&'static str> {
    Some(match w {
        "said" | "says" | "say" => "said",
        "told" | "tells" => "told",
        "added" | "adds" => "added",
        "stressed" | "emphasised" | "emphasized" => "stressed",
        "warned" | "cautioned" => "warned",
        "noted" | "observed" => "noted",
        "denied" => "denied",
        "urged" => "urged",
        "explained" => "explained",
        "announced" => "announced",
        "stated" | "declared" => "stated",
        "insisted" => "insisted",
        "argued" | "contended" => "argued",
        "claimed" | "asserted" => "claimed",
        "confirmed" => "confirmed",
        "acknowledged" | "admitted" | "conceded" => "acknowledged",
        "tweeted" | "posted" => "tweeted",
        "wrote" => "wrote",
        "replied" | "responded" => "replied",
        "pledged" | "promised" | "vowed" => "pledged",
        "predicted" => "predicted",
        "suggested" => "suggested",
        "reported" => "reported",
        _ => return None,
    })
}

/// Lower-case words that end a subject phrase read backwards from the verb.
pub(super) fn is_boundary_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "that"
            | "which"
            | "who"
            | "while"
            | "as"
            | "because"
            | "after"
            | "before"
            | "when"
            | "if"
            | "although"
            | "though"
            | "since"
    )
}

/// Time and place adverbials between a verb and its content.
pub(super) fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "a"
            | "an"
            | "the"
            | "statement"
            | "email"
            | "interview"
            | "twitter"
            | "briefing"
            | "news"
            | "conference"
            | "also"
            | "previously"
            | "separately"
            | "reporters"
            | "journalists"
            | "us"
            | "him"
            | "her"
            | "them"
    )
}

/// Auxiliaries and modals: they stand between a subject and its verb, and are never a
/// subject themselves (`which had warned`, `who has said`).
pub(super) fn is_auxiliary(w: &str) -> bool {
    (is_be(w) && w != "being")
        || matches!(
            w,
            "has"
                | "have"
                | "had"
                | "did"
                | "does"
                | "do"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
        )
}

/// Forms of `be`: before a verb of saying they make it passive (`is said to`, `was told`).
pub(super) fn is_be(w: &str) -> bool {
    matches!(w, "is" | "was" | "were" | "are" | "be" | "been" | "being")
}

/// Adverbs that may stand between a subject and its verb (`who also said`, `which
/// repeatedly warned`); negation is not among them: `who has not said` reports nothing.
pub(super) fn is_verb_adverb(w: &str) -> bool {
    (w.len() > 3 && w.ends_with("ly") && w != "only")
        || matches!(w, "also" | "earlier" | "later" | "previously" | "once" | "then" | "since" | "already" | "often")
}

pub(super) fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" => Some(Gender::Masc),
        "she" => Some(Gender::Fem),
        "they" | "it" => Some(Gender::Plural),
        _ => None,
    }
}

/// Words that make a phrase a person's title or role (`Finance Minister`, `airline boss`).
pub(super) fn is_person_title(w: &str) -> bool {
    // lower-cased on the stack: this runs for every word of every subject
    let w = w.trim_end_matches('.').trim_end_matches("'s");
    let mut buf = [0u8; 16];
    if w.len() > buf.len() || !w.is_ascii() {
        return false;
    }
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[..w.len()].make_ascii_lowercase();
    let w = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
    matches!(
        w,
        "boss"
            | "minister"
            | "president"
            | "premier"
            | "chancellor"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "mayor"
            | "governor"
            | "senator"
            | "chief"
            | "head"
            | "director"
            | "chairman"
            | "chairwoman"
            | "ceo"
            | "secretary"
            | "ambassador"
            | "envoy"
            | "general"
            | "commander"
            | "leader"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "sheikh"
            | "judge"
            | "lawyer"
            | "analyst"
            | "economist"
            | "professor"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "officer"
            | "founder"
            | "executive"
            | "manager"
            | "captain"
            | "coach"
            | "pilot"
            | "witness"
            | "resident"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "deputy"
            | "vice"
            | "mp"
            | "lawmaker"
            | "representative"
            | "adviser"
            | "advisor"
            | "official"
            | "prosecutor"
            | "researcher"
    )
}

pub(super) fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Words (folded) whose full stop marks an abbreviation, not the end of a sentence: a single
/// letter (an initial, `U.S.`, `a.m.`) and the abbreviated titles and words that stand before
/// a name or a number (`Mr. Reeves`, `Gen. Hadi`, `No. 10`, `Sept. 3`).
pub(super) fn is_abbreviation(f: &str) -> bool {
    (f.len() == 1 && f.bytes().all(|b| b.is_ascii_alphabetic()))
        || matches!(
            f,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "prof"
                | "gen"
                | "lt"
                | "col"
                | "maj"
                | "capt"
                | "sgt"
                | "cpl"
                | "adm"
                | "cmdr"
                | "gov"
                | "sen"
                | "rep"
                | "rev"
                | "hon"
                | "pres"
                | "amb"
                | "supt"
                | "insp"
                | "det"
                | "st"
                | "mt"
                | "jr"
                | "sr"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "no"
                | "vs"
        )
}
