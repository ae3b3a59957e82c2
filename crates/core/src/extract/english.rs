//! The English clause scanner. English wire copy attributes with a verb of saying next to its
//! subject, before or after the content: `X said (that) ...`, `"...," X said`, `"...," said X,
//! the ministry's spokesman`, `..., officials said`, `X told reporters ...`, `according to X`,
//! `X was quoted as saying ...`; `he said` / `the spokesman added` continue an earlier speaker.
//! Subjects are read with capitalisation (names) and determiners (roles).

mod complement;
mod discourse;
mod phrase;
mod words;

use complement::content_start;
use discourse::{Discourse, Referent, Traits};
use phrase::{is_document_noun, parse_np, traits};
use words::*;

use super::entities::Registry;
use super::lexicon::Gender;
use super::np::NpKind;
use super::Found;
use crate::model::{Article, Attribution, Form};
use crate::text::Tokens;

const QUOTES: [char; 3] = ['"', '“', '”'];

fn is_open(c: char) -> bool {
    c == '"' || c == '“'
}

/// Whether the word at `j` is a finite verb (or an auxiliary) that can open a predicate:
/// the main verb after a relative clause (`..., lifted the alert`, `..., did not respond`).
fn opens_predicate(t: &Tokens, text: &str, j: usize) -> bool {
    let k = t.toks[j];
    if t.punct(j).is_some() || capitalised(&text[k.start..k.end]) {
        return false;
    }
    let w = t.f(j);
    // an adverb first: `..., later said`, `..., also faced`
    let w = if is_verb_adverb(w) && t.punct(j + 1).is_none() && j + 1 < t.toks.len() { t.f(j + 1) } else { w };
    is_auxiliary(w) || cue(w).is_some() || (w.len() > 4 && w.ends_with("ed")) || is_irregular_past(w)
}

/// Words after which a noun phrase starts, read backwards from a relative pronoun: the
/// antecedent of `who`/`which` is the phrase after the last of them (`was lifted by | the
/// weather service, which …`, `police arrested | the man, who …`).
fn ends_before_antecedent(t: &Tokens, text: &str, j: usize) -> bool {
    let w = t.f(j);
    is_boundary_word(w)
        || matches!(w, "by" | "to" | "from" | "with" | "for" | "against" | "about" | "at" | "in" | "on" | "than")
        || matches!(w, "or" | "like" | "between" | "among" | "including" | "into" | "over" | "under")
        || opens_predicate(t, text, j)
}

/// A verb of saying found in a clause.
struct Verb {
    /// Its normalised meaning (`said`, `called for`).
    en: &'static str,
    frame: Frame,
    /// The first token of its complement.
    after: usize,
    /// The last token of the cue (`quoted … as saying`, `ruled out`).
    cue_end: usize,
    /// The tokens of a channel that relays it (`quoted by Interfax as saying`).
    relayed_by: Option<(usize, usize)>,
}

/// The verb of saying at token `k` of a sentence ending at `e`: a word of the lexicon, or one
/// of the phrases whose meaning is saying — `quoted (by Y) as saying`, `expressed concern
/// (that, over …)`, `described X as …`, `called for …`, `called on X to …`, `called X
/// "…"`, `ruled out …`.
fn reporting_verb(t: &Tokens, k: usize, e: usize) -> Option<Verb> {
    let b = folded_bytes(t, k);
    let one = |en, frame| Some(Verb { en, frame, after: k + 1, cue_end: k, relayed_by: None });
    // the words of the lexicon first, then the few phrases (all of whose verbs start with one
    // of these letters): most words are turned away at once
    if let Some((en, frame)) = verb_of_bytes(b) {
        return one(en, frame);
    }
    if !matches!(b.first(), Some(b'q' | b'e' | b'd' | b'c' | b'r')) {
        return None;
    }
    let w = t.f(k);
    match w {
        "quoted" => {
            let by = t.f(k + 1) == "by";
            let from = if by { k + 2 } else { k + 1 };
            let a = (from..e.min(from + 10)).find(|&j| t.f(j) == "as" && t.f(j + 1) == "saying")?;
            if !by && a != k + 1 {
                return None;
            }
            Some(Verb {
                en: "said",
                frame: Frame::Any,
                after: a + 2,
                cue_end: a + 1,
                relayed_by: by.then_some((k + 2, a)),
            })
        }
        // an attitude, possibly qualified: `expressed (deep) concern`
        "expressed" | "expresses" if (k + 1..k + 3).any(|j| is_attitude_noun(t.f(j))) => one("expressed", Frame::Any),
        // `described the call as "improper"`: the object and what it was called
        "described" | "describes" => {
            (k + 2..e.min(k + 10)).find(|&j| t.f(j) == "as" && t.punct(j - 1).is_none_or(|c| QUOTES.contains(&c)))?;
            one("described", Frame::Any)
        }
        "called" | "calls" => match t.f(k + 1) {
            "for" => Some(Verb { en: "called for", frame: Frame::Any, after: k + 2, cue_end: k + 1, relayed_by: None }),
            "on" | "upon" => {
                Some(Verb { en: "called on", frame: Frame::Any, after: k + 2, cue_end: k + 1, relayed_by: None })
            }
            // `called the impact "minimal"`: an evaluation in quoted words
            _ => {
                (k + 2..e.min(k + 9)).find(|&j| t.punct(j).is_some_and(is_open))?;
                one("called", Frame::Any)
            }
        },
        "ruled" | "rules" if t.f(k + 1) == "out" => {
            Some(Verb { en: "ruled out", frame: Frame::Any, after: k + 2, cue_end: k + 1, relayed_by: None })
        }
        _ => None,
    }
}

/// Whether `s` is printable ASCII words separated by single spaces — a speaker phrase as
/// most articles give it, one clean line as it is (others go through `sanitize`).
fn is_plain_line(s: &str) -> bool {
    let b = s.as_bytes();
    let mut space = true;
    for &c in b {
        match c {
            b' ' if space => return false,
            b' ' => space = true,
            0x21..=0x7e => space = false,
            _ => return false,
        }
    }
    !space || b.is_empty()
}

/// The folded form of token `k` as bytes (empty past the end): the scanner's loops over every
/// word compare bytes, without the checks of slicing a string.
fn folded_bytes(t: &Tokens, k: usize) -> &[u8] {
    t.toks.get(k).and_then(|x| t.folded.as_bytes().get(x.fstart as usize..x.fend as usize)).unwrap_or(&[])
}

/// The subject of a verb of saying.
struct Subject {
    /// Its tokens (commas kept between a name and its apposition); empty when the verb
    /// comes first (`"…," said X`).
    idx: Vec<usize>,
    /// Where its clause starts.
    start: usize,
    /// The clause is subordinate (`which officials said | was leaked`, `after officials said
    /// …`): what came before it is not its content.
    embedded: bool,
}

impl Subject {
    fn new(idx: Vec<usize>, start: usize) -> Self {
        Subject { idx, start, embedded: false }
    }
}

/// A speaker phrase as written: the words that name the speaker and those of an apposition
/// that describes them (`Marta Quintero` + `the agency's director`).
struct Phrase<'a> {
    name: Vec<&'a str>,
    appos: Vec<&'a str>,
}

impl Phrase<'_> {
    /// The phrase as the article gives it, apposition included.
    fn mention(&self) -> String {
        let name = self.name.join(" ");
        if self.appos.is_empty() {
            name
        } else {
            format!("{name}, {}", self.appos.join(" "))
        }
    }
}

thread_local! {
    /// The token buffer of the articles read on this thread.
    static TOKENS: std::cell::RefCell<Tokens> = std::cell::RefCell::new(Tokens::default());
}

pub struct EnglishScanner<'a> {
    article: &'a Article,
    pub reg: Registry,
    pub found: Vec<Found>,
    last_quote: Option<usize>,
    skip_until: usize,
    discourse: Discourse,
    /// Byte offset of the sentence being read.
    at: usize,
    /// The channel that relays the statement being read (`quoted by Interfax`).
    relay: Option<usize>,
    /// Which tokens of the sentence being read are inside quotation marks (a reused buffer).
    inside: Vec<bool>,
}

impl<'a> EnglishScanner<'a> {
    pub fn new(article: &'a Article) -> Self {
        EnglishScanner {
            article,
            reg: Registry::default(),
            found: Vec::new(),
            last_quote: None,
            skip_until: 0,
            discourse: Discourse::default(),
            at: 0,
            relay: None,
            inside: Vec::new(),
        }
    }

    pub fn run(mut self) -> (Vec<Found>, Registry) {
        // one token buffer per thread, kept from article to article
        let mut buf = TOKENS.with(|b| b.take());
        // room for the longest paragraph at once (about a token per four bytes of English),
        // so that the buffer does not grow paragraph by paragraph
        let longest = self.article.spans.iter().map(|&(s, e)| e - s).max().unwrap_or(0);
        buf.toks.reserve(longest / 3 + 8);
        buf.folded.reserve(longest + 8);
        self.found.reserve(self.article.text.len() / 256);
        // a paragraph that opened a quotation and left it open, and where its words start
        let mut open_quote: Option<(usize, usize)> = None;
        let dateline_paragraph = self.article.dateline_paragraph();
        for (pi, &(ps, pe)) in self.article.spans.iter().enumerate() {
            let start = ps.max(self.skip_until.min(pe));
            if start >= pe {
                continue;
            }
            // one token buffer for the whole article
            buf.fill(&self.article.text, start, pe);
            let toks = &buf;
            if toks.is_empty() {
                continue;
            }
            let mut from = 0;
            if Some(pi) == dateline_paragraph {
                if let Some(d) = super::dateline(&self.article.text[ps..pe]) {
                    from = toks.toks.partition_point(|t| t.start < ps + d.len());
                }
            }
            let before = self.found.len();
            if from == 0 && self.transcript_turn(toks, pi) {
                self.last_quote = None;
                continue;
            }
            for (s, e) in sentences(toks, from, &self.article.text) {
                let said = self.found.len();
                self.at = toks.toks[s].start;
                self.sentence(toks, pi, s, e);
                if self.found.len() == said {
                    self.narrative_subject(toks, s, e);
                }
            }
            // a quotation left open at the end of the paragraph before, with no speaker yet,
            // is the first part of the one this paragraph attributes (`"We had no warning. ¶
            // "By morning the street was underwater," said Ellen Park.`)
            if let Some((qpi, qstart)) = open_quote.take() {
                let opens = toks.punct(0).is_some_and(is_open) && toks.len() > 1;
                if let Some(f) = self.found.get(before).filter(|_| opens && qpi + 1 == pi) {
                    if f.para == pi && f.form == Form::Direct && f.start == toks.toks[1].start {
                        let qend = self.article.spans[qpi].1;
                        let end =
                            qstart + self.article.text[qstart..qend].trim_end_matches([' ', '"', '“', '”', '.']).len();
                        let first = Found { start: qstart, end, para: qpi, ..f.clone() };
                        self.found.insert(before, first);
                        if let Some(i) = self.last_quote.as_mut().filter(|i| **i >= before) {
                            *i += 1;
                        }
                    }
                }
            }
            if self.found.len() == before {
                // a paragraph that is only a quotation continues the quoted speaker
                if let Some(prev) = self.last_quote {
                    if self.whole_quote(toks, pi, prev) {
                        continue;
                    }
                }
                self.last_quote = None;
                let unclosed = toks.punct(0).is_some_and(is_open)
                    && toks.len() > 1
                    && !reports(toks, 0, toks.len())
                    && self.article.text[ps..pe].matches(['"', '“', '”']).count() % 2 == 1;
                if unclosed && from == 0 {
                    open_quote = Some((pi, toks.toks[1].start));
                }
            }
        }
        TOKENS.with(|b| *b.borrow_mut() = buf);
        (self.found, self.reg)
    }

    /// A turn of a transcript (`WHITMAN: Honestly, some of them for days.`): a paragraph that
    /// opens with a name in capitals and a colon is that person's words, when the article
    /// named them before (`Q:`, `NOTE:` or a place name in capitals are no one it named).
    fn transcript_turn(&mut self, t: &Tokens, pi: usize) -> bool {
        let text: &str = &self.article.text;
        let Some(colon) = (1..t.len().min(4)).find(|&j| t.punct(j) == Some(':')) else {
            return false;
        };
        let caps = (0..colon).all(|j| {
            let k = t.toks[j];
            k.punct.is_none() && k.end - k.start >= 2 && text[k.start..k.end].bytes().all(|b| b.is_ascii_uppercase())
        });
        if !caps || colon + 1 >= t.len() {
            return false;
        }
        let key: Vec<&str> = (0..colon).map(|j| t.f(j)).collect();
        if !self.reg.knows(&key) {
            return false;
        }
        let phrase = Phrase { name: self.words(t, 0..colon), appos: Vec::new() };
        let Some(who) = self.resolve(&phrase) else {
            return false;
        };
        let cue_tok = (t.toks[colon].start, t.toks[colon].end);
        let g = self.gender_of(&phrase.name);
        let before = self.found.len();
        self.push(pi, t.toks[colon + 1].start, t.toks[t.len() - 1].end, cue_tok, "said", who, g);
        self.found.len() > before
    }

    /// The words of a phrase as written: tokens that touch across an apostrophe or a hyphen
    /// (`company's`, `farmers'`, `al-Assad`) are one word, not three.
    fn words(&self, t: &Tokens, idx: impl IntoIterator<Item = usize>) -> Vec<&'a str> {
        let text: &'a str = &self.article.text;
        let mut out: Vec<&'a str> = Vec::with_capacity(8);
        // the word being built, as a byte range
        let mut word: Option<(usize, usize)> = None;
        let mut after_joiner = false;
        for j in idx {
            let k = t.toks[j];
            // a full stop written against a word inside a phrase is an abbreviation's (`Inc.`)
            let joiner = is_joiner(t, j);
            match &mut word {
                Some(w) if w.1 == k.start && (after_joiner || joiner || k.punct == Some('.')) => w.1 = k.end,
                _ => {
                    if let Some((s, e)) = word {
                        out.push(&text[s..e]);
                    }
                    word = Some((k.start, k.end));
                }
            }
            after_joiner = joiner;
        }
        if let Some((s, e)) = word {
            out.push(&text[s..e]);
        }
        out
    }

    fn whole_quote(&mut self, t: &Tokens, pi: usize, prev: usize) -> bool {
        if !t.punct(0).is_some_and(is_open) || reports(t, 0, t.len()) {
            return false;
        }
        let (ps, pe) = self.article.spans[pi];
        let body = &self.article.text[ps..pe];
        let inner = body.trim_start_matches(['"', '“']).trim_end_matches(['"', '”', '.', ' ']);
        if inner.is_empty() {
            return false;
        }
        let start = ps + (body.len() - body.trim_start_matches(['"', '“']).len());
        let end = start + inner.len();
        // a quotation left open at the end of the previous paragraph runs on into this one:
        // one statement
        let prev_para = self.article.paragraph(self.found[prev].para);
        if self.found[prev].para + 1 == pi && prev_para.matches(['"', '“', '”']).count() % 2 == 1 {
            self.found[prev].end = end;
            self.found[prev].form = Form::Direct;
            return true;
        }
        let f = self.found[prev].clone();
        self.found.push(Found {
            start,
            end,
            para: pi,
            form: Form::Direct,
            attribution: Attribution::Continuation,
            ..f
        });
        self.last_quote = Some(self.found.len() - 1);
        true
    }

    /// Reads tokens `idx` (commas kept) as a speaker phrase: of two parts set off by a
    /// comma, the description is the apposition of the other, the name (`Marta Quintero, the
    /// agency's director`, `the mayor, Lina Haddad`, `Jane Doe, chief economist at ING`); an
    /// age between commas belongs to neither (`Mary Jones, 45`).
    fn phrase(&self, t: &Tokens, idx: impl IntoIterator<Item = usize>) -> Phrase<'a> {
        // the tokens of every part in one vector, and where each part ends (up to 8 parts)
        let mut toks: Vec<usize> = Vec::new();
        let mut ends = [0usize; 8];
        let mut parts = 1;
        // an acronym or aside in brackets is no part of the phrase (`… Humanitarian Affairs
        // (OCHA)`)
        let mut bracket = false;
        for j in idx {
            match t.punct(j) {
                Some('(') => bracket = true,
                Some(')') => bracket = false,
                _ if bracket => {}
                Some(',') => {
                    if parts < ends.len() {
                        ends[parts - 1] = toks.len();
                        parts += 1;
                    }
                }
                // a full stop written against a word is an abbreviation's (`Inc.`)
                Some('.') if j > 0 && t.toks[j - 1].end == t.toks[j].start => toks.push(j),
                Some(_) if !is_joiner(t, j) => {}
                _ => toks.push(j),
            }
        }
        ends[parts - 1] = toks.len();
        // an age between commas is no part of either (`Mary Jones, 45,`)
        let age = |p: &[usize]| p.len() == 1 && t.f(p[0]).bytes().all(|b| b.is_ascii_digit());
        let mut kept: [&[usize]; 8] = [&[]; 8];
        let mut n = 0;
        let mut from = 0;
        for &end in &ends[..parts] {
            let p = &toks[from..end];
            from = end;
            if !p.is_empty() && !age(p) {
                kept[n] = p;
                n += 1;
            }
        }
        let part = |p: &[usize]| self.words(t, p.iter().copied());
        let describes = |p: &[usize]| is_description(t, &self.article.text, p[0]);
        match kept[..n] {
            [a, b] if describes(b) && !describes(a) => Phrase { name: part(a), appos: part(b) },
            [a, b] if describes(a) && !describes(b) => Phrase { name: part(b), appos: part(a) },
            [] => Phrase { name: Vec::new(), appos: Vec::new() },
            [a] => Phrase { name: part(a), appos: Vec::new() },
            _ => Phrase { name: part(&kept[..n].concat()), appos: Vec::new() },
        }
    }

    /// The speaker of a subject phrase, or `None` if it names nobody.
    fn resolve(&mut self, phrase: &Phrase) -> Option<(usize, Attribution, String)> {
        let mut np = parse_np(&phrase.name)?;
        // what the titles before the name and the apposition tell (`Mr.`, `spokeswoman`)
        let mut traits = traits(&np, &phrase.name, &phrase.appos);
        if !phrase.appos.is_empty() && np.kind != NpKind::Pronoun {
            np.role = phrase.appos.join(" ");
        }
        let mention = phrase.mention();
        if np.kind == NpKind::Pronoun {
            let pronoun = np.name.to_ascii_lowercase();
            let ent = self.discourse.antecedent(&pronoun)?;
            let sex = match pronoun.as_str() {
                "he" => Some(Gender::Masc),
                "she" => Some(Gender::Fem),
                _ => None,
            };
            self.discourse.mention(ent, Traits { kind: Referent::Unknown, sex, bare: false, looks_female: false });
            if pronoun == "it" {
                self.discourse.is_body(ent);
            }
            return Some((ent, Attribution::Continuation, mention));
        }
        if np.kind == NpKind::Role && np.definite {
            // `the statement said`: a document speaks for the body that issued it, the one
            // `it` would be
            if phrase.name.len() == 2 && phrase.name.last().is_some_and(|w| is_document_noun(&lower(w))) {
                if let Some(ent) = self.discourse.antecedent("it") {
                    return Some((ent, Attribution::Continuation, mention));
                }
            }
            // `Bachelet's office`: a description anchored by a named possessor is that
            // possessor's, not a reference back to another office
            if phrase.name.first().is_some_and(|w| capitalised(w) && (w.ends_with("'s") || w.ends_with("’s"))) {
                np.definite = false;
            }
        }
        let known = self.reg.ents.len();
        let ent = self.reg.resolve_english(&np);
        // (a search of the text so far, needless for who is known to be a person)
        if traits.kind == Referent::Unknown
            && np.kind == NpKind::Person
            && !self.discourse.is_known_person(ent)
            && self.ends_a_name_before(&np.name)
        {
            traits.kind = Referent::Person;
        }
        self.discourse.mention(ent, traits);
        // `the company` that refers back to a speaker already named continues it
        let attr = if np.kind == NpKind::Role && np.definite && ent < known {
            Attribution::Continuation
        } else {
            Attribution::Explicit
        };
        Some((ent, attr, mention))
    }

    /// Whether the single word `name` ended a name of two capitalised words earlier in the
    /// article (`people like Latasha Abney` … `Abney said`): a surname, so a person.
    fn ends_a_name_before(&self, name: &str) -> bool {
        let before = &self.article.text[..self.at];
        !name.contains(' ')
            && before.match_indices(name).any(|(i, _)| {
                let prev = before[..i].strip_suffix(' ').and_then(|p| p.rsplit([' ', '\n']).next());
                prev.is_some_and(|w| capitalised(w) && w.len() > 1 && !w.ends_with(['.', ',']))
                    && !before[i + name.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
    }

    /// A subject pronoun opening the reported clause of entity `ent` (`he`, `she`) refers to
    /// the speaker, as pronouns in indirect speech do by default: it gives a person's sex.
    fn logophoric(&mut self, ent: usize, first: &str) {
        let sex = match first {
            "he" => Gender::Masc,
            "she" => Gender::Fem,
            _ => return,
        };
        self.discourse
            .mention(ent, Traits { kind: Referent::Unknown, sex: Some(sex), bare: false, looks_female: false });
    }

    /// The entity that relays a statement (`according to the TASS news agency` after an
    /// attribution, `quoted by Interfax`, `other media quoted X as saying`).
    fn channel(&mut self, phrase: &Phrase) -> Option<usize> {
        let np = parse_np(&phrase.name)?;
        (np.kind != NpKind::Pronoun).then(|| self.reg.resolve_english(&np))
    }

    /// A person named as the subject of a sentence `[s, e)` that reports nothing is who a
    /// later `he` or `she` most likely is (`The mayor, Tri Rismaharini, comforted relatives.`,
    /// `At Harbor Freight, Dana Whitcomb called the delay minor.`). The subject opens the
    /// sentence or follows a fronted adverbial set off by a comma; it is a name of two or more
    /// capitalised words (or one the article gave before), or a description and a name in
    /// apposition.
    fn narrative_subject(&mut self, t: &Tokens, s: usize, e: usize) {
        let text: &str = &self.article.text;
        let mut from = s;
        if is_preposition(t.f(s)) || is_sentence_adverb(t.f(s)) {
            match (s..e.min(s + 6)).find(|&j| t.punct(j) == Some(',')) {
                Some(comma) => from = comma + 1,
                None => return,
            }
        }
        // a person's name, or the title or description before it, opens with a capital
        if from >= e || t.punct(from).is_some() || !capitalised(&text[t.toks[from].start..t.toks[from].end]) {
            return;
        }
        // the subject — capitals, with the determiners, titles, particles and punctuation of a
        // name and its apposition — runs to the verb of its predicate
        let mut verb = from + 1;
        while verb < e.min(from + 16) {
            let k = t.toks[verb];
            let f = t.f(verb);
            let part_of_name = match k.punct {
                Some(',' | '.') => true,
                Some(_) => is_joiner(t, verb),
                None => {
                    text.as_bytes()[k.start].is_ascii_uppercase()
                        || matches!(f, "the" | "a" | "an" | "of")
                        || is_name_particle(f)
                        || is_person_title(f)
                }
            };
            if !part_of_name {
                break;
            }
            verb += 1;
        }
        // `Rivera, who missed last season, finished …`: a relative clause set off after the
        // subject, the predicate after it
        let mut subject_end = verb;
        if verb > from && verb < e && t.f(verb) == "who" && t.punct(verb - 1) == Some(',') {
            let Some(close) =
                (verb + 1..e.min(verb + 30)).find(|&j| t.punct(j) == Some(',') && opens_predicate(t, text, j + 1))
            else {
                return;
            };
            subject_end = verb - 1;
            verb = close + 1;
        }
        if verb >= e || !opens_predicate(t, text, verb) {
            return;
        }
        let verb = subject_end;
        if (from..verb).any(|j| t.punct(j).is_some_and(|c| c != ',') && !is_joiner(t, j) || t.f(j) == "and") {
            return;
        }
        // the name ends the subject (`Dockers' leader Sam Okafor`, `The mayor, Grace Mbeki,`),
        // and a lone capitalised word is a name only if it is no common noun (`Residents`)
        let words: Vec<usize> = (from..verb).filter(|&j| t.punct(j).is_none()).collect();
        let last = words.last().map(|&j| &text[t.toks[j].start..t.toks[j].end]);
        if !last.is_some_and(capitalised) || (words.len() == 1 && is_group_noun(t.f(from))) {
            return;
        }
        let phrase = self.phrase(t, from..verb);
        if phrase.name.len() < 2 {
            let key = crate::text::fold_words(&phrase.name.join(" "));
            if !self.reg.knows(&key.iter().map(String::as_str).collect::<Vec<_>>()) {
                return;
            }
        }
        let Some(np) = parse_np(&phrase.name) else {
            return;
        };
        if np.kind == NpKind::Person {
            let ent = self.reg.resolve_english(&np);
            self.discourse.mention(ent, traits(&np, &phrase.name, &phrase.appos));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        pi: usize,
        start: usize,
        end: usize,
        cue_tok: (usize, usize),
        cue_en: &'static str,
        who: (usize, Attribution, String),
        gender: Gender,
    ) {
        let text = &self.article.text;
        let Some((s, e, form)) = content_span(text, start, end) else {
            return;
        };
        self.reg.spoke(who.0, None, gender);
        self.found.push(Found {
            start: s,
            end: e,
            para: pi,
            cue: text[cue_tok.0..cue_tok.1].to_string(),
            cue_en,
            form,
            attribution: who.1,
            entity: who.0,
            mention: if is_plain_line(&who.2) { who.2 } else { crate::sanitize::into_one_line(who.2) },
            channel: self.relay,
        });
        if matches!(form, Form::Direct | Form::Mixed) {
            self.last_quote = Some(self.found.len() - 1);
        }
    }

    fn sentence(&mut self, t: &Tokens, pi: usize, s: usize, e: usize) {
        let before = self.found.len();
        self.relay = None;
        // `..., although other media quoted X as saying ...`: a second statement, by X
        let mut e = e;
        if let Some(kq) = (s..e).find(|&k| folded_bytes(t, k) == b"quoted" && t.f(k + 1) != "as") {
            if let Some(ka) = (kq + 1..e.min(kq + 30)).find(|&k| t.f(k) == "as" && t.f(k + 1) == "saying") {
                let phrase = self.phrase(t, kq + 1..ka);
                let c = if t.f(ka + 2) == "that" { ka + 3 } else { ka + 2 };
                if c < e {
                    // the subject of `quoted` relays the statement: `other media later quoted`
                    let from = (s..kq).rev().find(|&j| sets_off(t, j) || is_boundary_word(t.f(j))).map_or(s, |j| j + 1);
                    let mut by = kq;
                    while by > from && is_verb_adverb(t.f(by - 1)) {
                        by -= 1;
                    }
                    let relay = self.phrase(t, from..by);
                    self.relay = if relay.name.is_empty() { None } else { self.channel(&relay) };
                    if let Some(who) = self.resolve(&phrase) {
                        let cue_tok = (t.toks[kq].start, t.toks[ka + 1].end);
                        self.push(pi, t.toks[c].start, t.toks[e - 1].end, cue_tok, "said", who, Gender::Plural);
                        // the clause before it is a sentence of its own
                        e = (s..kq).rev().find(|&j| t.punct(j) == Some(',')).unwrap_or(s);
                    }
                }
            }
        }
        if e > s {
            self.clauses(t, pi, s, e);
        }
        // a quotation standing alone after a quoted statement continues it; one with its own
        // verb of saying (whose subject named no one) does not
        if self.found.len() == before && t.punct(s).is_some_and(is_open) && !reports(t, s, e) {
            if let Some(prev) = self.last_quote.filter(|&i| self.found[i].para == pi) {
                let f = self.found[prev].clone();
                let text = &self.article.text;
                let a = t.toks[s].end;
                let b = t.toks[e - 1].start;
                if b > a {
                    let b = a + text[a..b].trim_end_matches([' ', ',', '.', '"', '”']).len();
                    self.found.push(Found {
                        start: a,
                        end: b,
                        para: pi,
                        form: Form::Direct,
                        attribution: Attribution::Continuation,
                        ..f
                    });
                    self.last_quote = Some(self.found.len() - 1);
                }
            }
        }
    }

    fn clauses(&mut self, t: &Tokens, pi: usize, s: usize, e: usize) {
        // one buffer for the quotation marks of every sentence (a nested call makes its own)
        let mut inside = std::mem::take(&mut self.inside);
        quote_depth(t, s, e, &mut inside);
        self.clauses_in(t, pi, s, e, &inside);
        self.inside = inside;
    }

    fn clauses_in(&mut self, t: &Tokens, pi: usize, s: usize, e: usize, inside: &[bool]) {
        // where to look for a verb of saying: after an `according to` source only for a
        // relative clause on it (`according to the agency, which had warned that …`)
        let mut verbs_from = s;
        // `according to X, ...` / `..., according to X`
        for k in s..e {
            if folded_bytes(t, k) != b"according" || t.f(k + 1) != "to" || inside[k - s] {
                continue;
            }
            let src_start = k + 2;
            let src_end = (src_start..e).find(|&j| t.punct(j).is_some() && !is_joiner(t, j)).unwrap_or(e);
            let phrase = self.phrase(t, src_start..src_end);
            // `"…," X said, according to the TASS news agency`: after an attribution of its
            // own, the source is the channel that relayed the statement
            if k > s + 1 && t.punct(k - 1) == Some(',') && reports(t, s, k - 1) {
                let Some(channel) = self.channel(&phrase) else {
                    continue;
                };
                let first = self.found.len();
                self.clauses(t, pi, s, k - 1);
                for f in &mut self.found[first..] {
                    f.channel = Some(channel);
                }
                return;
            }
            let Some(who) = self.resolve(&phrase) else {
                continue;
            };
            let cue_tok = (t.toks[k].start, t.toks[k + 1].end);
            let (cs, ce) = if k == s {
                let c = if src_end < e { src_end + 1 } else { e };
                if c >= e {
                    continue;
                }
                (t.toks[c].start, t.toks[e - 1].end)
            } else {
                (t.toks[s].start, t.toks[k - 1].end)
            };
            self.push(pi, cs, ce, cue_tok, "according to", who.clone(), Gender::Plural);
            // `The deal, according to X, is off`: set off inside its content, which resumes
            // after it with a predicate
            if k > s
                && t.punct(k - 1) == Some(',')
                && t.punct(src_end) == Some(',')
                && src_end + 2 < e
                && opens_predicate(t, &self.article.text, src_end + 1)
            {
                self.push(
                    pi,
                    t.toks[src_end + 1].start,
                    t.toks[e - 1].end,
                    cue_tok,
                    "according to",
                    who,
                    Gender::Plural,
                );
                return;
            }
            if t.punct(src_end) == Some(',') && matches!(t.f(src_end + 1), "who" | "which") {
                verbs_from = src_end + 1;
                break;
            }
            return;
        }
        let mut k = verbs_from;
        while k < e {
            if inside[k - s] || t.punct(k).is_some() {
                k += 1;
                continue;
            }
            // a capital inside a sentence makes a name, not a verb (`the United States`)
            let capital = |k: usize| {
                let k0 = t.toks[k];
                k > s && t.punct(k - 1).is_none_or(|c| !is_open(c)) && capitalised(&self.article.text[k0.start..k0.end])
            };
            let Some(verb) = reporting_verb(t, k, e).filter(|_| !capital(k)) else {
                k += 1;
                continue;
            };
            let Verb { en, frame, after, cue_end, relayed_by } = verb;
            let quoted_as = t.f(k) == "quoted";
            // `no confirmed signs`, `the reported death`: a participle after a determiner is an
            // adjective, not a verb
            if k > s && is_determiner(t.f(k - 1)) {
                k += 1;
                continue;
            }
            // `said in a statement that` vs. a verb inside a relative clause: the subject is
            // right before the verb (SVO) or right after it (inverted)
            let clause_start = (s..k)
                .rev()
                .find(|&j| t.punct(j).is_some_and(|c| matches!(c, ',' | ';' | ':' | '—' | '"' | '“' | '”')))
                .map_or(s, |j| j + 1);
            // `is said to be`, `was told of the decision`: a passive verb of saying reports
            // nothing by its subject (`was quoted as saying` is read above)
            let before_verb = (s..k).rev().find(|&j| !is_verb_adverb(t.f(j)));
            if !quoted_as && before_verb.is_some_and(|j| is_be(t.f(j))) {
                k += 1;
                continue;
            }
            let cue_tok = (t.toks[k].start, t.toks[cue_end].end);
            self.relay = relayed_by.and_then(|(a, b)| {
                let phrase = self.phrase(t, a..b);
                self.channel(&phrase)
            });
            // `X, who said last week that ..., faced questions`, `..., which had warned that
            // ...`: a relative clause reports what its antecedent said
            let relative = clause_start > s
                && t.punct(clause_start - 1) == Some(',')
                && matches!(t.f(clause_start), "who" | "which")
                && (clause_start + 1..k).all(|j| is_auxiliary(t.f(j)) || is_verb_adverb(t.f(j)));
            if relative && self.relative_clause(t, pi, (s, e, inside), clause_start - 1, (after, frame), cue_tok, en) {
                return;
            }
            let Some(Subject { idx: subj, start: clause_start, embedded }) =
                self.subject(t, (s, inside), clause_start, k)
            else {
                k += 1;
                continue;
            };
            // a subject is a name or description of up to 12 words, with its apposition
            let phrase = self.phrase(t, subj.iter().copied());
            if !subj.is_empty() && phrase.name.len() <= 12 && phrase.appos.len() <= 16 {
                // SVO: `X said (that) CONTENT` or `CONTENT, X said.`
                let text: &str = &self.article.text;
                let c = content_start(t, text, after, e, frame == Frame::Tell);
                // `adding that ...` closes the content of this statement, and so does a second
                // clause of saying coordinated with it (`…, and he noted that …`)
                let stop = (c..e).find(|&j| t.punct(j - 1) == Some(',') && !inside[j - s] && is_participle_cue(t.f(j)));
                let coordinated = (c + 1..stop.unwrap_or(e))
                    .find_map(|j| (!inside[j - s]).then(|| coordinated_saying(t, j, e)).flatten().map(|v| (j, v)));
                let content_end = match (&coordinated, stop) {
                    (Some((j, _)), _) => *j - usize::from(t.punct(*j - 1) == Some(',')),
                    (None, Some(st)) => st - 1,
                    (None, None) => e,
                };
                let complement = (c..content_end).any(|j| t.punct(j).is_none());
                let has_words = complement
                    && is_content(t, text, c, frame)
                    && frame_admits(t, text, frame, (after, c, content_end));
                // `"...," X told reporters outside the gate`: a sentence that opens with a
                // quotation closed right before the subject reports that quotation
                let quote_first = clause_start > s
                    && t.punct(s).is_some_and(is_open)
                    && t.punct(clause_start - 1).is_some_and(|c| c == '"' || c == '”');
                // the content follows the verb (`X said (that) …`, `X said: "…"`) or came first
                // (`"…," X said.`, `…, officials said.`); a comma right after the verb closes
                // the attribution (`…, X said, shaking his head`) unless the content resumes
                let before = !embedded
                    && clause_start > s
                    && (s..clause_start - 1).any(|j| t.punct(j).is_none())
                    && (frame != Frame::Quote || quote_first)
                    && !opens_with_adjunct_of_asking(t, s);
                let comma_after = t.punct(c) == Some(',');
                let follows = has_words && !quote_first && (!comma_after || !before);
                // `The talks, he said, would resume` / `"The port," X said, "will stay open."`:
                // an attribution set off inside its content, which resumes after it with a
                // predicate or a quotation: two parts, the attribution in neither
                let resumes = before
                    && comma_after
                    && c + 1 < content_end
                    && (t.punct(c + 1).is_some_and(is_open) || opens_predicate(t, &self.article.text, c + 1));
                // a complement the verb cannot report (`said nothing`) leaves no statement; what
                // came before is content only for a verb with no complement of its own
                let no_complement = !complement || t.punct(c) == Some(',') || quote_first;
                let content = if resumes || (before && !follows && no_complement) {
                    Some((t.toks[s].start, t.toks[clause_start - 1].end))
                } else if follows {
                    Some((t.toks[c].start, t.toks[content_end - 1].end))
                } else {
                    None
                };
                if let Some((cs, ce)) = content {
                    if let Some(who) = self.resolve(&phrase) {
                        let g = self.gender_of(&phrase.name);
                        // `Park said she would meet growers`: a pronoun opening reported speech is
                        // its speaker's own, and tells the speaker's sex
                        if follows && !resumes {
                            self.logophoric(who.0, t.f(c));
                        }
                        self.push(pi, cs, ce, cue_tok, en, who.clone(), g);
                        if resumes {
                            self.push(pi, t.toks[c + 1].start, t.toks[content_end - 1].end, cue_tok, en, who, g);
                        }
                        if let Some((_, verb)) = coordinated {
                            let next = stop.map_or(e, |st| st - 1);
                            self.coordinated(t, pi, &verb, next);
                        }
                        if let Some(st) = stop {
                            self.adding(t, pi, st, e, s);
                        }
                        return;
                    }
                }
            } else if clause_start > s && clause_start == k {
                // inverted: `"...," said X, the spokesman.` / `..., said a source, adding that`
                let subj_end = (after..e)
                    .find(|&j| t.punct(j).is_some() && !is_joiner(t, j) || is_participle_cue(t.f(j)))
                    .unwrap_or(e);
                let mut phrase_end = subj_end;
                let text: &str = &self.article.text;
                // `said one resident, Ana Ruiz, 62`: a description, then the name it belongs to
                let name_end = (subj_end + 1..e.min(subj_end + 7)).find(|&j| t.punct(j).is_some() && !is_joiner(t, j));
                if t.punct(subj_end) == Some(',') && is_description(t, text, after) {
                    if let Some(ne) = name_end.filter(|&ne| is_apposition(t, text, after..subj_end, subj_end + 1..ne)) {
                        phrase_end = ne;
                    }
                }
                // `said Marta Quintero, the agency's director, …`: the apposition is the role
                if phrase_end == subj_end
                    && t.punct(subj_end) == Some(',')
                    && subj_end + 1 < e
                    && is_description(t, text, subj_end + 1)
                {
                    let app = subj_end + 1;
                    let app_end = (app..e)
                        .find(|&j| {
                            t.punct(j).is_some() && !is_joiner(t, j)
                                || is_participle_cue(t.f(j))
                                || t.f(j) == "speaking"
                        })
                        .unwrap_or(e);
                    if app_end - app <= 12 {
                        phrase_end = app_end;
                    }
                }
                let phrase = self.phrase(t, after..phrase_end);
                let quote_first = t.punct(s).is_some_and(is_open);
                // an inverted subject is a noun phrase: a verb after a noun in it makes a clause
                // (`…, said the spills broke the law`)
                let clause = (after + 1..subj_end)
                    .any(|j| opens_predicate(t, text, j) && !is_determiner(t.f(j - 1)) && !is_verb_adverb(t.f(j - 1)));
                let resolved =
                    if (frame != Frame::Quote || quote_first) && !clause { self.resolve(&phrase) } else { None };
                if let Some(who) = resolved {
                    let g = self.gender_of(&phrase.name);
                    self.push(pi, t.toks[s].start, t.toks[clause_start - 1].end, cue_tok, en, who, g);
                    if let Some(st) = (subj_end..e).find(|&j| is_participle_cue(t.f(j))) {
                        self.adding(t, pi, st, e, s);
                    }
                    return;
                }
            }
            k += 1;
        }
    }

    /// The subject of the verb of saying at `k`, whose clause starts at `clause_start` in
    /// the sentence starting at `s`, and where the subject phrase starts (earlier than
    /// `clause_start` when the subject is set off before it). `None` when the verb reports
    /// nothing: negated (`did not say`), or with no subject but an auxiliary (`which had`).
    /// An empty subject means the verb comes first (`"…," said X`).
    ///
    /// Between the subject and the verb stand the verb group's auxiliaries and adverbs (`have
    /// argued`, `initially said`) and time adverbials (`The World Health Organization on
    /// Monday said`); they are not part of the subject. A subject set off by commas before the
    /// verb is a name with its apposition in either order (`Tri Rismaharini, the mayor of
    /// Surabaya, said`, `the mayor, Tri Rismaharini, said`, `Jane Doe, chief economist at ING,
    /// said`), or the antecedent of a relative clause or an age (`Harbour Logistics, which
    /// operates the terminal, said`, `Mary Jones, 45, said`).
    fn subject(&self, t: &Tokens, (s, inside): (usize, &[bool]), clause_start: usize, k: usize) -> Option<Subject> {
        let mut subj: Vec<usize> = (clause_start..k).collect();
        // the verb group: adverbs, perfect auxiliaries and time adverbials before the verb
        while let Some(&j) = subj.last() {
            let f = t.f(j);
            // (a passive `is said` was turned down before: a form of `be` here is `was quoted`)
            if is_verb_adverb(f) || is_be(f) || matches!(f, "has" | "have" | "had" | "first" | "now" | "again") {
                subj.pop();
            } else if let Some(n) = time_adverbial_before(t, &subj) {
                subj.truncate(subj.len() - n);
            } else {
                break;
            }
        }
        // `Holt presented the trophy and told the crowd …`, `She declined to comment, but
        // estimated that …`: a predicate coordinated with the sentence's first one shares its
        // subject
        if let Some(&j) = subj.last() {
            if matches!(t.f(j), "and" | "but") && !inside[j - s] {
                return self.shared_subject(t, s, j).map(|idx| Subject { idx, start: clause_start, embedded: true });
            }
        }
        // `did not say`, `has never said`: a denial of saying reports nothing
        if subj.last().is_some_and(|&j| matches!(t.f(j), "not" | "never") || t.f(j).ends_with("n't")) {
            return None;
        }
        if subj.is_empty() && clause_start > s + 1 && !inside[k - s] && t.punct(clause_start - 1) == Some(',') {
            return Some(self.subject_set_off(t, s, clause_start - 1).unwrap_or(Subject::new(subj, clause_start)));
        }
        // `Marsh — who has opposed the talks — said`: an aside between dashes
        if subj.is_empty() && clause_start > s + 2 && matches!(t.punct(clause_start - 1), Some('—' | '–')) {
            let close = clause_start - 1;
            if let Some(open) = (s..close).rev().find(|&j| t.punct(j) == t.punct(close)) {
                let from = (s..open).rev().find(|&j| sets_off(t, j)).map_or(s, |j| j + 1);
                if from < open && open - from <= 8 {
                    return Some(Subject::new((from..open).collect(), from));
                }
            }
        }
        // `which had warned` read as far as the subject goes is `had`: no one
        if !subj.is_empty() && subj.iter().all(|&j| is_auxiliary(t.f(j)) || t.f(j) == "not") {
            return None;
        }
        // `X, an oceanographer at the University of Y told Reuters`: an indefinite
        // description whose closing comma is missing, after a name set off before it
        if subj.first().is_some_and(|&j| is_indefinite_description(t, j)) && clause_start > s + 1 {
            let comma = clause_start - 1;
            let name_start = (s..comma).rev().find(|&j| sets_off(t, j)).map_or(s, |j| j + 1);
            if t.punct(comma) == Some(',') && is_apposition(t, &self.article.text, name_start..comma, clause_start..k) {
                return Some(Subject::new((name_start..k).collect(), name_start));
            }
        }
        // a subordinator or relative pronoun (not `and`, `but`) makes the clause subordinate
        let mut embedded = false;
        while let Some(&j) = subj.first().filter(|&&j| is_boundary_word(t.f(j))) {
            embedded |= !matches!(t.f(j), "and" | "but");
            subj.remove(0);
        }
        // `Then she added`, `Still, officials said`: a connective adverb opens the clause
        while subj.len() > 1 && subj.first().is_some_and(|&j| is_connective(t.f(j))) {
            subj.remove(0);
        }
        // `The Norwegian Food and Allied Workers Union said`: `and` inside the name of one
        // organisation joins no clauses
        let text: &str = &self.article.text;
        let raw = |j: usize| &text[t.toks[j].start..t.toks[j].end];
        let inside_name = |p: usize| {
            matches!(t.f(subj[p]), "and" | "&")
                && p > 0
                && p + 1 < subj.len()
                && capitalised(raw(subj[p - 1]))
                && capitalised(raw(subj[p + 1]))
                && (is_org_head(t.f(subj[subj.len() - 1]))
                    || subj[..p].windows(2).any(|w| t.f(w[1]) == "for" && is_org_head(t.f(w[0]))))
        };
        if let Some(p) = subj.iter().enumerate().rposition(|(p, &j)| is_boundary_word(t.f(j)) && !inside_name(p)) {
            embedded |= !matches!(t.f(subj[p]), "and" | "but");
            // `A woman who answered the phone said`: a restrictive relative clause inside the
            // subject; its antecedent is the subject
            let from = subj[..p].iter().rposition(|&j| is_boundary_word(t.f(j))).map_or(0, |q| q + 1);
            if t.f(subj[p]) == "who" && p > from && p + 1 < subj.len() {
                subj.truncate(p);
                subj.drain(..from);
            } else {
                subj.drain(..=p);
            }
        }
        Some(Subject { idx: subj, start: clause_start, embedded })
    }

    /// The subject of the first predicate of the sentence starting at `s`, for a predicate
    /// coordinated with it at `and`: a noun phrase of up to eight words opening the sentence,
    /// right before a finite verb (`League commissioner Andrea Holt presented …`, `She
    /// declined …`). A sentence that opens otherwise (a quotation, a fronted adverbial set off
    /// by a comma) gives none.
    fn shared_subject(&self, t: &Tokens, s: usize, and: usize) -> Option<Vec<usize>> {
        let text: &str = &self.article.text;
        let verb = (s + 1..and.min(s + 9)).find(|&j| opens_predicate(t, text, j))?;
        let phrase = (s..verb).all(|j| t.punct(j).is_none_or(|c| c == '.') || is_joiner(t, j));
        (phrase && t.punct(s).is_none()).then(|| (s..verb).collect())
    }

    /// A subject set off by commas before its verb, the last of them at `comma`: reading back
    /// over the comma-separated segments, parentheticals — a relative clause (`, which
    /// operates the terminal,`), a participle phrase (`, speaking to reporters,`), an age (`,
    /// 58,`) — are skipped, and the subject is the phrase before them or a name and its
    /// apposition (`Tri Rismaharini, the mayor of Surabaya,`, `Tom Reyes, 58, a grower from
    /// Kerman,`). A lone phrase with no parenthetical is the content of an inverted
    /// attribution (`…, said X`), not a subject.
    fn subject_set_off(&self, t: &Tokens, s: usize, comma: usize) -> Option<Subject> {
        let text: &str = &self.article.text;
        let mut phrases: Vec<std::ops::Range<usize>> = Vec::new();
        let mut parenthetical = false;
        let mut end = comma;
        while phrases.len() < 2 {
            let start = (s..end).rev().find(|&j| sets_off(t, j)).map_or(s, |j| j + 1);
            if start >= end {
                return None;
            }
            let f = t.f(start);
            let raw = &text[t.toks[start].start..t.toks[start].end];
            // (a prepositional phrase too: `Tomás Ibarra, in his second season, said`)
            let aside = matches!(f, "which" | "who" | "whose" | "including")
                || (end - start == 1 && is_number(f))
                || (f.len() > 4 && f.ends_with("ing") && !capitalised(raw))
                || (is_preposition(f) && !capitalised(raw) && start > s);
            if aside {
                parenthetical = true;
            } else {
                phrases.push(start..end);
            }
            if start == s || t.punct(start - 1) != Some(',') {
                break;
            }
            end = start - 1;
        }
        let (idx, from): (Vec<usize>, usize) = match phrases.as_slice() {
            [b, a] if is_apposition(t, text, a.clone(), b.clone()) => {
                (a.clone().chain(std::iter::once(a.end)).chain(b.clone()).collect(), a.start)
            }
            [b, ..] if parenthetical => (b.clone().collect(), b.start),
            _ => return None,
        };
        Some(Subject::new(idx, from))
    }

    /// A statement reported in a relative clause of sentence `[s, e)` (with `inside`, its
    /// tokens within quotation marks): `comma` is the comma before `who`/`which`,
    /// `(after, told)` where the verb's complement starts and whether the verb is `told`.
    /// The speaker is the noun phrase before the comma, with an apposition set off before it
    /// (`the agency's director, Paul Grant, who …`); the content runs to the comma before
    /// the main clause's verb when the speaker is that clause's subject, else to the end of
    /// the sentence.
    #[allow(clippy::too_many_arguments)]
    fn relative_clause(
        &mut self,
        t: &Tokens,
        pi: usize,
        (s, e, inside): (usize, usize, &[bool]),
        comma: usize,
        (after, frame): (usize, Frame),
        cue_tok: (usize, usize),
        en: &'static str,
    ) -> bool {
        let text: &str = &self.article.text;
        let from = (s..comma).rev().find(|&j| sets_off(t, j)).map_or(s, |j| j + 1);
        let np = (from..comma).rev().find(|&j| ends_before_antecedent(t, text, j)).map_or(from, |j| j + 1);
        if np >= comma || comma - np > 8 {
            return false;
        }
        let mut idx: Vec<usize> = (np..comma).collect();
        if np == from && from > s + 1 && t.punct(from - 1) == Some(',') {
            let app = (s..from - 1).rev().find(|&j| sets_off(t, j)).map_or(s, |j| j + 1);
            if is_apposition(t, text, app..from - 1, from..comma) {
                idx = (app..comma).collect();
            }
        }
        // an antecedent that opens its part of the sentence is the main clause's subject: the
        // relative clause ends at the comma before that clause's verb; one after a verb or a
        // preposition (`was delayed by the office, which said …`) runs to the end
        let subject = np == from;
        let c = content_start(t, text, after, e, frame == Frame::Tell);
        let end = (c + 1..e)
            .rev()
            .find(|&j| {
                subject && !inside[j - s] && t.punct(j) == Some(',') && j + 1 < e && opens_predicate(t, text, j + 1)
            })
            .unwrap_or(e);
        if !(c..end).any(|j| t.punct(j).is_none())
            || !is_content(t, text, c, frame)
            || !frame_admits(t, text, frame, (after, c, end))
        {
            return false;
        }
        let phrase = self.phrase(t, idx);
        let Some(who) = self.resolve(&phrase) else {
            return false;
        };
        let g = self.gender_of(&phrase.name);
        self.push(pi, t.toks[c].start, t.toks[end - 1].end, cue_tok, en, who, g);
        true
    }

    /// `…, and he noted that …`: a second statement by the speaker of the last one, whose
    /// complement runs to `e`.
    fn coordinated(&mut self, t: &Tokens, pi: usize, verb: &Verb, e: usize) {
        let Some(last) = self.found.last().cloned() else {
            return;
        };
        let text = &self.article.text;
        let c = content_start(t, text, verb.after, e, verb.frame == Frame::Tell);
        if c >= e || !is_content(t, text, c, verb.frame) {
            return;
        }
        let Some((start, end, form)) = content_span(text, t.toks[c].start, t.toks[e - 1].end) else {
            return;
        };
        let cue_start = t.toks[verb.after - 1].start.min(t.toks[verb.cue_end].start);
        self.found.push(Found {
            start,
            end,
            form,
            attribution: Attribution::Continuation,
            cue: text[cue_start..t.toks[verb.cue_end].end].to_string(),
            cue_en: verb.en,
            para: pi,
            ..last
        });
    }

    /// `..., adding that ...`: a second statement by the same speaker, extending the first.
    fn adding(&mut self, t: &Tokens, pi: usize, st: usize, e: usize, _s: usize) {
        let Some(last) = self.found.last().cloned() else {
            return;
        };
        let mut c = st + 1;
        if t.f(c) == "that" {
            c += 1;
        }
        if c >= e {
            return;
        }
        // `adding that …`, `adding: "…"`
        let text = &self.article.text;
        let Some((start, end, form)) = content_span(text, t.toks[c].start, t.toks[e - 1].end) else {
            return;
        };
        if form != Form::Indirect {
            self.last_quote = Some(self.found.len());
        }
        self.found.push(Found {
            start,
            end,
            form,
            attribution: Attribution::Participle,
            cue: text[t.toks[st].start..t.toks[st].end].to_string(),
            cue_en: "added",
            para: pi,
            ..last
        });
    }

    fn gender_of(&self, words: &[&str]) -> Gender {
        match words.first() {
            Some(w) if w.eq_ignore_ascii_case("she") => Gender::Fem,
            Some(w) if w.eq_ignore_ascii_case("he") => Gender::Masc,
            _ => Gender::Plural,
        }
    }
}

/// The number of tokens at the end of `idx` that make a time adverbial (`on Monday`, `late
/// Thursday`, `earlier this week`, `on Oct. 26`), if they do and something stands before
/// them: it stands between a subject and its verb (`The agency on Monday said`).
fn time_adverbial_before(t: &Tokens, idx: &[usize]) -> Option<usize> {
    let timeish = |j: usize| is_time_word(t.f(j)) || is_number(t.f(j)) || is_joiner(t, j);
    let mut m = idx.iter().rev().take_while(|&&j| timeish(j)).count();
    if !idx[idx.len() - m..].iter().any(|&j| is_time_word(t.f(j))) {
        return None;
    }
    if m < idx.len()
        && matches!(t.f(idx[idx.len() - m - 1]), "on" | "in" | "late" | "early" | "last" | "this" | "earlier" | "later")
    {
        m += 1;
    }
    (m < idx.len()).then_some(m)
}

fn is_number(f: &str) -> bool {
    !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Whether tokens `a` then `b` (comma-separated) are a name and a description of the same
/// speaker, in either order: `Tri Rismaharini` + `the mayor of Surabaya`, `the mayor` +
/// `Tri Rismaharini`. Both are short phrases of words, without quotation marks; the name
/// starts with a capital.
fn is_apposition(t: &Tokens, text: &str, a: std::ops::Range<usize>, b: std::ops::Range<usize>) -> bool {
    let phrase = |r: &std::ops::Range<usize>, max: usize| {
        !r.is_empty() && r.len() <= max && r.clone().all(|j| t.punct(j).is_none_or(|c| c == '.') || is_joiner(t, j))
    };
    if !phrase(&a, 14) || !phrase(&b, 14) {
        return false;
    }
    let description = |r: &std::ops::Range<usize>| is_description(t, text, r.start);
    // a name: capitalised words (and particles: `Erik van Sebille`), not a fronted adverbial
    // (`Separately,`, `In Washington,`)
    let name = |r: &std::ops::Range<usize>| {
        let raw = |j: usize| &text[t.toks[j].start..t.toks[j].end];
        r.len() <= 6
            && !description(r)
            && !is_sentence_adverb(t.f(r.start))
            && !is_preposition(t.f(r.start))
            && r.clone().all(|j| {
                t.punct(j).is_some()
                    || capitalised(raw(j))
                    || is_name_particle(t.f(j))
                    // `Susan Whitfield of Maine`: a name with where its bearer is from
                    || (t.f(j) == "of" && j > r.start && j + 1 < r.end)
            })
    };
    (name(&a) && description(&b)) || (description(&a) && name(&b))
}

/// Whether the sentence starting at `s` opens with a non-finite adjunct whose understood
/// subject is the speaker (`Asked whether the aid would return, Harlow said, "…"`, `Pressed
/// on the cost, she said …`, `Speaking to reporters, …`): the circumstances of the statement,
/// not its content.
fn opens_with_adjunct_of_asking(t: &Tokens, s: usize) -> bool {
    matches!(
        t.f(s),
        "asked"
            | "pressed"
            | "questioned"
            | "quizzed"
            | "challenged"
            | "speaking"
            | "responding"
            | "reached"
            | "interviewed"
    )
}

/// Whether tokens `j..` are a party affiliation after a legislator's name: a party initial,
/// a hyphen and a state (`R-Utah`, `D-Wash.`, `I-Vt.`).
fn is_party_affiliation(t: &Tokens, text: &str, j: usize) -> bool {
    matches!(t.f(j), "r" | "d" | "i")
        && t.punct(j + 1) == Some('-')
        && t.toks[j].end == t.toks[j + 1].start
        && touches_next_word(t, j + 1)
        && t.toks.get(j + 2).is_some_and(|k| k.punct.is_none() && text.as_bytes()[k.start].is_ascii_uppercase())
}

/// Whether the phrase starting at token `j` describes rather than names: it opens with a
/// determiner or a possessive pronoun (`the mayor of Surabaya`, `an oceanographer at …`,
/// `its chief executive`), `one of` (`one of the leading voices on Sudan`), a title or
/// occupation without determiner (`head of the search agency`, `chief economist at ING`), a
/// possessive (`Google's spokesman`) or a number (an age).
fn is_description(t: &Tokens, text: &str, j: usize) -> bool {
    let f = t.f(j);
    matches!(f, "the" | "a" | "an" | "his" | "her" | "its" | "their")
        || (f == "one" && (t.f(j + 1) == "of" || next_is_lowercase(t, text, j)))
        || (t.punct(j).is_none()
            && text.as_bytes()[t.toks[j].start].is_ascii_lowercase()
            && is_person_title(f)
            && t.punct(j + 1) != Some('\''))
        // a possessive: `Google's spokesman`, `Rivers' lawyer` (not `O'Brien`), also after a
        // name of two or three words (`Saudi Arabia's lead negotiator`)
        || (j..j + 3).take_while(|&w| t.punct(w).is_none()).any(|w| {
            matches!(t.punct(w + 1), Some('\'' | '’')) && (t.f(w + 2) == "s" || next_is_lowercase(t, text, w + 1))
        })
        || (!f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        || is_party_affiliation(t, text, j)
}

/// Whether the complement that starts at token `c` after the verb `verb` reports content. Not
/// when it is a pronoun of quantity (`said little`, `said nothing`), a clause whose subject
/// has moved out of it (`the report, which officials said | was leaked`) or, after `told`,
/// an order (`told him | to leave`).
fn is_content(t: &Tokens, text: &str, c: usize, frame: Frame) -> bool {
    let f = t.f(c);
    let quantity = matches!(f, "little" | "nothing" | "much" | "anything" | "something" | "so" | "otherwise");
    let gapped = is_auxiliary(f) && !capitalised(&text[t.toks[c].start..t.toks[c].end]);
    let order = frame == Frame::Tell && f == "to";
    !(quantity || gapped || order)
}

/// Whether the complement `[c, end)` of a verb of frame `frame` (its complement position at
/// `after`) is content the verb can take: any for `said`; for a verb that also narrates with a
/// noun phrase (`added seats`, `wrote a book`) a `that`-clause, a colon, a quotation or a
/// finite clause (a subject pronoun, or an auxiliary or modal near its start); for a verb of
/// the manner of speaking (`joked`) a quotation only.
fn frame_admits(t: &Tokens, text: &str, frame: Frame, (after, c, end): (usize, usize, usize)) -> bool {
    let quoted = t.punct(c).is_some_and(is_open) || (t.punct(c) == Some(':') && t.punct(c + 1).is_some_and(is_open));
    let introduced = quoted || t.punct(after) == Some(':') || (c > after && t.f(c - 1) == "that");
    match frame {
        Frame::Any | Frame::Tell => true,
        Frame::Quote => quoted,
        Frame::Clause => introduced || is_finite_clause(t, text, c, end),
    }
}

/// Whether `[c, end)` opens with a finite clause: a subject pronoun, or an auxiliary or modal
/// among its first words (`the search would be widened`, `it was safe`).
fn is_finite_clause(t: &Tokens, text: &str, c: usize, end: usize) -> bool {
    matches!(t.f(c), "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there")
        || (c + 1..end.min(c + 8)).any(|j| {
            let k = t.toks[j];
            k.punct.is_none() && !capitalised(&text[k.start..k.end]) && is_auxiliary(t.f(j))
        })
}

/// An indefinite description (`a physical oceanographer at …`, `one of the leading voices`):
/// how an apposition introduces a person a name has just been given to.
fn is_indefinite_description(t: &Tokens, j: usize) -> bool {
    matches!(t.f(j), "a" | "an") || (t.f(j) == "one" && t.f(j + 1) == "of")
}

/// The content in `text[start..end]` without the punctuation around it, and its form: a
/// quotation (closed here, or running on into the next paragraph) without its marks, reported
/// speech holding quoted words, or reported speech.
fn content_span(text: &str, start: usize, end: usize) -> Option<(usize, usize, Form)> {
    let s = start + (text[start..end].len() - text[start..end].trim_start_matches([' ', ',', ':']).len());
    let e = s + text[s..end].trim_end_matches([' ', ',', '.', ':', ';']).len();
    if e <= s {
        return None;
    }
    let inner = &text[s..e];
    let marks = quote_marks(inner);
    let form = if inner.starts_with(QUOTES) && (inner.ends_with(QUOTES) && marks == 2 || marks == 1) {
        Form::Direct
    } else if marks > 0 {
        Form::Mixed
    } else {
        Form::Indirect
    };
    let (s, e) = if form == Form::Direct {
        let close = if marks == 2 { inner.chars().last().map_or(0, char::len_utf8) } else { 0 };
        (s + inner.chars().next().map_or(0, char::len_utf8), e - close)
    } else {
        (s, e)
    };
    let e = s + text[s..e].trim_end_matches([' ', ',', '.']).len();
    if e <= s {
        return None;
    }
    Some((s, e + usize::from(ends_in_abbreviation(&text[s..e]) && text[e..].starts_with('.')), form))
}

/// The number of quotation marks (`"`, `“`, `”`) in `s`, found with a SIMD search.
fn quote_marks(s: &str) -> usize {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, b)
        .filter(|&i| b[i] == b'"' || matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D])))
        .count()
}

/// A clause of saying coordinated at token `j` with the one before it, its subject a pronoun
/// for the same speaker (`…, and he noted that …`, `but she added …`): its verb.
fn coordinated_saying(t: &Tokens, j: usize, e: usize) -> Option<Verb> {
    if !matches!(folded_bytes(t, j), b"and" | b"but") || !matches!(t.f(j + 1), "he" | "she" | "they" | "it") {
        return None;
    }
    let k = j + 2 + usize::from(is_verb_adverb(t.f(j + 2)));
    let verb = reporting_verb(t, k, e)?;
    (verb.frame != Frame::Quote && verb.after < e).then_some(verb)
}

/// Whether `s` ends with the last letter of a dotted abbreviation (`3 a.m`, `the U.S`), whose
/// full stop belongs to it.
fn ends_in_abbreviation(s: &str) -> bool {
    let mut rev = s.chars().rev();
    matches!((rev.next(), rev.next()), (Some(l), Some('.')) if l.is_alphabetic())
}

/// An apostrophe or hyphen written against the word before it (`company's`, `farmers'`,
/// `al-Assad`), or the full stop of an abbreviation (`U.S.`, `Mr.`, `Robert M. Danin`,
/// `GreatFire.org`): part of that word.
fn is_joiner(t: &Tokens, j: usize) -> bool {
    let touches_before = j > 0 && t.punct(j - 1).is_none() && t.toks[j - 1].end == t.toks[j].start;
    match t.punct(j) {
        Some('\'' | '’' | '-') => touches_before,
        Some('.') => touches_before && (touches_next_word(t, j) || is_abbreviation(t.f(j - 1))),
        _ => false,
    }
}

/// Whether the token after `j` is a word written against it (`GreatFire.org`, `U.S`).
fn touches_next_word(t: &Tokens, j: usize) -> bool {
    j + 1 < t.len() && t.punct(j + 1).is_none() && t.toks[j].end == t.toks[j + 1].start
}

/// Punctuation that sets a phrase off: where a subject phrase read backwards begins.
fn sets_off(t: &Tokens, j: usize) -> bool {
    t.punct(j).is_some_and(|c| matches!(c, ',' | ';' | ':' | '"' | '“' | '”'))
}

/// Whether tokens `[s, e)` hold a verb of saying outside quotation marks: a quotation with
/// its own attribution (whose subject may name no one) does not continue the one before.
fn reports(t: &Tokens, s: usize, e: usize) -> bool {
    let mut open = false;
    (s..e).any(|k| match t.punct(k) {
        Some('"') => {
            open = !open;
            false
        }
        Some('“') => {
            open = true;
            false
        }
        Some('”') => {
            open = false;
            false
        }
        Some(_) => false,
        None => !open && cue(t.f(k)).is_some(),
    })
}

/// Marks tokens inside quotation marks (straight quotes pair in order).
fn quote_depth(t: &Tokens, s: usize, e: usize, out: &mut Vec<bool>) {
    out.clear();
    let mut open = false;
    out.extend(t.toks[s..e].iter().map(|k| {
        match k.punct {
            Some('"') => open = !open,
            Some('“') => open = true,
            Some('”') => open = false,
            _ => return open,
        }
        false
    }));
}

/// Sentences as token ranges: full stops outside quotations, not after abbreviations or
/// initials (`U.S.`, `Mr.`), not inside a word (`GreatFire.org`) and not before a lower-case
/// word (`Apple Inc. said`): an English sentence opens with a capital.
fn sentences(t: &Tokens, from: usize, text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = from;
    let mut open = false;
    let n = t.len();
    let mut k = from;
    while k < n {
        let closes = matches!(t.punct(k), Some('”')) || (open && t.punct(k) == Some('"'));
        // `He said: "We are ready." Then he left.`: a quotation that ends its own sentence,
        // followed by a new one (a capital or another quotation), ends this one too
        if closes && k > from && t.punct(k - 1) == Some('.') && !is_joiner(t, k - 1) && opens_sentence(t, text, k + 1) {
            out.push((s, k + 1));
            s = k + 1;
            open = false;
            k += 1;
            continue;
        }
        match t.punct(k) {
            Some('"') => open = !open,
            Some('“') => open = true,
            Some('”') => open = false,
            Some('.' | '?' | '!') if !open => {
                // (a comma or a semicolon right after a full stop shows the stop an abbreviation's:
                // `Rep. Nina Patel, D-Wash., wrote`)
                let abbrev = t.punct(k) == Some('.')
                    && k > 0
                    && (is_joiner(t, k) || next_is_lowercase(t, text, k) || matches!(t.punct(k + 1), Some(',' | ';')))
                    && t.punct(k - 1).is_none();
                if !abbrev {
                    // a closing curly quote right after the stop belongs to this sentence (a straight
                    // one there opens the next: the stop stood outside quotation marks)
                    let end = if t.punct(k + 1) == Some('”') { k + 2 } else { k + 1 };
                    let end = end.min(n);
                    if end > s {
                        out.push((s, end));
                    }
                    s = end;
                    k = end;
                    continue;
                }
            }
            _ => {}
        }
        k += 1;
    }
    if s < n {
        out.push((s, n));
    }
    out
}

/// Whether token `j` can open a sentence: a capitalised word or an opening quotation mark.
fn opens_sentence(t: &Tokens, text: &str, j: usize) -> bool {
    t.toks.get(j).is_some_and(|k| match k.punct {
        None => text.as_bytes()[k.start].is_ascii_uppercase(),
        Some(c) => c == '“' || c == '"',
    })
}

/// Whether the word after token `j` starts with a lower-case letter.
fn next_is_lowercase(t: &Tokens, text: &str, j: usize) -> bool {
    t.toks.get(j + 1).is_some_and(|k| k.punct.is_none() && text.as_bytes()[k.start].is_ascii_lowercase())
}
