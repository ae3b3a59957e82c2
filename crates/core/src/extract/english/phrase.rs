//! Reads an English speaker phrase into a name, a role and a kind.
//!
//! An English noun phrase puts its head last and its modifiers first. In `State Department
//! spokesman Jeff Rathke`, `Indonesian Air Force spokesman Hadi Tjahjanto` or `U.N.
//! Secretary-General Antonio Guterres` the organisation, the nationality and the title modify
//! the name that ends the phrase; in `the Scottish government` or `a GE spokesman` the phrase
//! ends in a common noun and is a description. An apposition (`X, the mayor of Y`) is read
//! apart by the scanner and joined to the name as its role.

use super::discourse::{Referent, Traits};
use super::words::{
    capitalised, cue, is_auxiliary, is_boundary_word, is_group_noun, is_name_particle, is_org_head, is_person_title,
    is_preposition, lower, pronoun_gender, title_gender,
};
use crate::extract::np::{Np, NpKind};

/// Reads an English subject phrase (without its apposition).
///
/// - a lone personal pronoun (`he`, `they`) is a pronoun;
/// - a preposition after a common noun makes the whole phrase a description (`a member of
///   GreatFire.org`, `a spokesman for Google`, `a source close to the probe`); after a name it
///   opens a modifier that belongs to the role (`Patrol Chief Mara Quint with the Lakeside Police
///   Department`), except `of` between capitals, which is inside a name (`Bank of England`);
/// - the name is the run of capitalised words that ends the phrase, after its last title
///   (`Finance Minister Ana Lopes`, `Mr. Reeves`, `Oceanographer Pattiaratchi`), and not
///   across a possessive, which closes the determiner slot (`American Airlines' Kent Powell`);
/// - a name whose head is an organisation noun is an organisation (`The Health Ministry`);
/// - a phrase ending in a common noun is a description: an unnamed source (`officials`,
///   `State media`), an organisation's unnamed spokesperson (`a GE spokesman` speaks for GE),
///   or, definite, a reference back (`the airline`, `the company's spokesman`).
pub(super) fn parse_np(words: &[&str]) -> Option<Np> {
    let owned: Vec<&str>;
    let words = if words.iter().any(|w| w.is_empty()) {
        owned = words.iter().copied().filter(|w| !w.is_empty()).collect();
        &owned[..]
    } else {
        words
    };
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    if words.len() == 1 && pronoun_gender(&lower(words[0])).is_some() {
        return Some(Np { kind: NpKind::Pronoun, name: words[0].to_string(), role: String::new(), definite: true });
    }
    if !is_noun_phrase(words) {
        return None;
    }
    // `a statement from the growers' association`, `a report by the agency`: a document
    // speaks for whoever issued it
    if let Some(owner) = document_owner(words) {
        return parse_np(owner);
    }
    let det = usize::from(matches!(&*lower(words[0]), "the" | "a" | "an"));
    let definite = lower(words[0]) == "the" || words.iter().any(|w| is_possessive(w));
    let head_end = match modifier_start(words, det) {
        Some(PrepAfter::CommonNoun) => return Some(description(words, definite)),
        Some(PrepAfter::Name(p)) => p,
        None => words.len(),
    };
    let head = &words[..head_end];
    let run = trailing_name_run(head, det);
    // `Officials`, `Critics` opening a sentence: a capital, but a common noun
    if run == head.len() || (run + 1 == head.len() && is_group_noun(head[run])) {
        return Some(described(words, head, det, definite));
    }
    // a name whose head is an organisation noun names the organisation, titles and all
    // (`Justice Department`, `Indonesian Air Force`)
    let last = head[head.len() - 1];
    let org = is_org_head(&lower(last));
    // `the Prime Minister`, `the Attorney General`: capitals, but a definite title
    if det > 0 && !org && is_person_title(last) {
        return Some(description(words, definite));
    }
    let name_start = if org { run } else { after_last_title(head, run) };
    if name_start >= head.len() {
        // a title with no name after it (`Secretary of State`): a description
        return Some(description(words, definite));
    }
    let name = head[name_start..].join(" ");
    let role: Vec<&str> = words[det.min(name_start)..name_start].iter().chain(&words[head_end..]).copied().collect();
    Some(Np {
        kind: if org { NpKind::Org } else { NpKind::Person },
        name,
        role: role.join(" ").trim_matches([',', ' ']).to_string(),
        definite: true,
    })
}

/// What a preposition in the phrase follows.
enum PrepAfter {
    /// A common noun: the prepositional phrase is part of a description.
    CommonNoun,
    /// A name ending before word `p`: the prepositional phrase from `p` modifies it.
    Name(usize),
}

/// The first preposition of the phrase that opens a modifier, and what it follows. `of`
/// between capitalised words is inside a name (`University of Western Australia`, `Secretary
/// of State`).
fn modifier_start(words: &[&str], det: usize) -> Option<PrepAfter> {
    (det + 1..words.len()).find_map(|p| {
        let w = lower(words[p]);
        if !is_modifier_preposition(&w) {
            return None;
        }
        let prev_name = capitalised(words[p - 1]);
        let next_name = words.get(p + 1).is_some_and(|n| capitalised(n));
        if w == "of" && prev_name && next_name {
            return None;
        }
        // `Department for Energy Security`, `Office for the Coordination of …`: the remit of
        // an organisation is part of its name
        if w == "for" && prev_name && is_org_head(&lower(words[p - 1])) && names_after(words, p + 1) {
            return None;
        }
        Some(if prev_name { PrepAfter::Name(p) } else { PrepAfter::CommonNoun })
    })
}

/// Prepositions that open a modifier of a speaker (`a spokesman for`, `an official at`, `a
/// source close to`, `the head of`, `Mara Quint with`).
fn is_modifier_preposition(w: &str) -> bool {
    matches!(w, "of" | "for" | "at" | "with" | "from" | "in" | "to" | "on" | "near" | "inside" | "within")
}

/// The index where the run of capitalised words that ends `head` begins (`head.len()` if the
/// phrase ends in a lower-case word). The run holds name particles between or before
/// capitals (`Erik van Sebille`, `Mohammed bin Salman`) and `of` between capitals, and stops
/// at a possessive and at the determiner.
fn trailing_name_run(head: &[&str], det: usize) -> usize {
    let mut i = head.len();
    while i > det {
        let w = head[i - 1];
        let inside = i < head.len() && capitalised(head[i]);
        let after_cap = i >= 2 && capitalised(head[i - 2]) && !is_possessive(head[i - 2]);
        let ok = (capitalised(w) && !is_possessive(w))
            || (inside && is_name_particle(&lower(w)))
            || (inside && w == "of" && after_cap)
            // the remit of an organisation (`Office for the Coordination of …`)
            || (w == "for" && names_after(head, i) && i >= 2 && is_org_head(&lower(head[i - 2])))
            || (inside && w == "the" && i >= 2 && head[i - 2] == "for")
            // `Food and Allied Workers Union`, `Energy Security and Net Zero`: a coordination
            // inside the name of one organisation (one whose head or remit the run holds)
            || (inside && matches!(w, "and" | "&") && after_cap && org_run(&head[..i - 1], &head[i..]));
        if !ok {
            break;
        }
        i -= 1;
    }
    // a run that opens with a particle or `of` starts at the next capital
    while i < head.len() && !capitalised(head[i]) && !is_name_particle(&lower(head[i])) {
        i += 1;
    }
    i
}

/// Whether a name starts at `words[p]` (`the` and a capital, or a capital).
fn names_after(words: &[&str], p: usize) -> bool {
    let p = if words.get(p) == Some(&"the") { p + 1 } else { p };
    words.get(p).is_some_and(|w| capitalised(w))
}

/// Whether a coordination of capitalised words (`before and after`) names one organisation:
/// the run after it ends in an organisation noun (`… and Allied Workers Union`), or the run
/// before it holds one with its remit (`Department for Energy Security and …`).
fn org_run(before: &[&str], after: &[&str]) -> bool {
    after.last().is_some_and(|w| is_org_head(&lower(w)))
        || before.windows(2).any(|p| p[1] == "for" && is_org_head(&lower(p[0])))
}

/// Where the name starts inside the capitalised run `head[run..]`: after its last title and
/// the title's complement (`Secretary of Homeland Security Kirstjen Nielsen`), or at the run's
/// start. `head.len()` when nothing follows the title's complement.
fn after_last_title(head: &[&str], run: usize) -> usize {
    // a title that ends the run is a surname there (`Gary Player`, `Mark Judge`)
    let Some(t) = (run..head.len() - 1).rev().find(|&k| is_title_in_name(head, run, k)) else {
        return run;
    };
    let mut k = t + 1;
    // `of` and the domain words of the title (`Minister of Foreign Affairs Wang Yi`): the name
    // is the last one or two capitalised words
    if head.get(k).is_some_and(|w| *w == "of") {
        let rest = head.len() - (k + 1);
        k = if rest >= 3 {
            head.len() - 2
        } else if rest == 2 {
            head.len() - 1
        } else {
            head.len()
        };
    }
    k
}

/// Whether `head[k]` is a title inside a capitalised run starting at `run`. `General` and
/// `Major` are titles only after another title or abbreviated (`Attorney General`, `Maj.
/// Gen.`), for `General Electric` and `Major League` are names.
fn is_title_in_name(head: &[&str], run: usize, k: usize) -> bool {
    let w = head[k];
    if !is_person_title(w) {
        return false;
    }
    match &*lower(w) {
        "general" | "major" => k > run && is_person_title(head[k - 1]),
        _ => true,
    }
}

/// A phrase that ends in a common noun (`officials`, `the Scottish government`, `State
/// media`), or a title with no name after it: a description. An organisation's unnamed
/// spokesperson (`a GE spokesman`, `GE spokeswoman`) speaks for the organisation.
fn described(words: &[&str], head: &[&str], det: usize, definite: bool) -> Np {
    let last = head[head.len() - 1];
    let caps = head[det..head.len() - 1].iter().all(|w| capitalised(w) && !is_possessive(w));
    if !definite && head.len() - det >= 2 && caps && is_person_title(last) && !is_group_noun(last) {
        let org = head[det..head.len() - 1].join(" ");
        return Np { kind: NpKind::Org, name: org, role: words.join(" "), definite: true };
    }
    description(words, definite)
}

fn description(words: &[&str], definite: bool) -> Np {
    let phrase = words.join(" ");
    Np { kind: NpKind::Role, name: phrase.clone(), role: phrase, definite }
}

/// `company's`, `farmers'`, `Airlines'`: a possessive, which ends the determiner slot.
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’')
}

/// Whether a phrase of two or more words can be a speaker: a noun phrase, that is neither a
/// clause (`he was`, `There have been no`, `Sondland has` — a lower-case auxiliary or a
/// personal pronoun in it) nor a fragment that opens or ends with a preposition, a
/// conjunction or a verb of saying, or ends with a determiner. A speaker is a person, a title
/// or an organisation.
fn is_noun_phrase(words: &[&str]) -> bool {
    let is_lower = |w: &str| !capitalised(w);
    let inner_ok = words.iter().enumerate().all(|(i, w)| {
        let l = lower(w);
        let pronoun = matches!(&*l, "he" | "she" | "they" | "we" | "i" | "you" | "him" | "them" | "us" | "me");
        // `Corrêa do Lago`: a particle between the parts of a name, not the auxiliary `do`
        let particle = i > 0 && is_name_particle(&l) && words.get(i + 1).is_some_and(|n| capitalised(n));
        !pronoun && (!is_lower(w) || !is_auxiliary(&l) || particle)
    });
    let first = lower(words[0]);
    let last = lower(words[words.len() - 1]);
    let edge = |l: &str| {
        is_preposition(l)
            || is_boundary_word(l)
            || matches!(l, "and" | "or" | "nor" | "but" | "what" | "whatever" | "whether" | "how" | "why" | "where")
            || cue(l).is_some()
    };
    inner_ok
        && (words.len() == 1 || !matches!(&*first, "there" | "it" | "this" | "that" | "these" | "those"))
        && !edge(&first)
        && !edge(&last)
        && !matches!(&*last, "the" | "a" | "an" | "no" | "its" | "his" | "her" | "their" | "our" | "my")
}

/// What agreement knows of the speaker of a phrase read as `np` (its name words `name`, its
/// apposition `appos`): a named person, a group of people, an organisation, and the sex its
/// titles give (`spokeswoman`, `Mr.`). A single capitalised word with no title may be a
/// person or a body (`Yohannes`, `Amtrak`).
pub(super) fn traits(np: &Np, name: &[&str], appos: &[&str]) -> Traits {
    // the role and the apposition carry the titles (a name's own words do not tell a sex)
    // — the honorific that opens the role, the title right before the name, the head of the
    // apposition (`Mr.`, `Foreign Ministry spokeswoman`, `the company's chairwoman`)
    let first = np.role.split(' ').next().filter(|w| !w.is_empty());
    let before_name = np.role.rsplit(' ').next().filter(|w| !w.is_empty());
    let appos_head = (!appos.is_empty()).then(|| description_head(appos));
    let sex = [first, before_name, appos_head].into_iter().flatten().find_map(title_gender);
    // `The Israeli military body that oversees aid, COGAT,`: an apposition whose head is an
    // organisation noun shows a body
    if appos_head.is_some_and(|h| is_org_head(&lower(h)) || is_body_noun(&lower(h))) && np.kind != NpKind::Pronoun {
        return Traits { kind: Referent::Body, sex: None, bare: false, looks_female: false };
    }
    // a given name in -a is mostly a woman's (Romance, Slavic and many other languages): a
    // weak cue, for `she` only
    let looks_female = np.kind == NpKind::Person && sex.is_none() && given_name_looks_female(&np.name);
    match np.kind {
        NpKind::Person if np.name.contains(' ') || !np.role.is_empty() || !appos.is_empty() => {
            let bare = np.role.is_empty() && appos.is_empty() && sex.is_none();
            Traits { kind: Referent::Person, sex, bare, looks_female }
        }
        NpKind::Person | NpKind::Pronoun => Traits { kind: Referent::Unknown, sex, bare: false, looks_female: false },
        NpKind::Org => Traits { kind: Referent::Body, sex: None, bare: false, looks_female: false },
        NpKind::Role => {
            let head = lower(description_head(name));
            let kind = if is_org_head(&head) || is_body_noun(&head) {
                Referent::Body
            } else if is_group_noun(&head) || (head.ends_with('s') && !head.ends_with("ss")) {
                Referent::Group
            } else if is_person_title(&head) {
                Referent::Person
            } else {
                Referent::Unknown
            };
            let sex = if kind == Referent::Person { title_gender(&head) } else { None };
            Traits { kind, sex, bare: false, looks_female: false }
        }
    }
}

/// Whether the first of the words of a person's name `name` (of two or more) is a given name
/// ending in -a that is not one of the frequent men's names that do (`Susana Muhamad`, `Maya
/// Rivera`; not `Luca Rossi`, `Mustafa Kemal`).
fn given_name_looks_female(name: &str) -> bool {
    let mut words = name.split(' ');
    let (Some(given), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    let l = lower(given);
    l.len() > 2
        && l.ends_with('a')
        && !matches!(
            &*l,
            "luca"
                | "joshua"
                | "nikita"
                | "ilya"
                | "mustafa"
                | "musa"
                | "isa"
                | "hamza"
                | "yahya"
                | "attila"
                | "sasha"
                | "misha"
                | "kuba"
                | "elia"
                | "jonah"
                | "ezra"
                | "noah"
                | "issa"
                | "oba"
                | "juma"
                | "idrissa"
                | "moussa"
                | "akira"
                | "andrea"
                | "nicola"
                | "costa"
                | "garcia"
        )
}

/// The head noun of a description: the word before its first prepositional modifier or
/// relative clause, else its last word (`a member` of GreatFire.org, `the Scottish
/// government`, `the military body` that oversees aid).
fn description_head<'w>(words: &[&'w str]) -> &'w str {
    let end = (1..words.len())
        .find(|&p| {
            let w = lower(words[p]);
            is_modifier_preposition(&w) || matches!(&*w, "that" | "which" | "who")
        })
        .unwrap_or(words.len());
    // an adjective between the head and its preposition: `a source close to the probe`,
    // `officials familiar with the matter`
    let noun = |w: &&&str| is_person_title(w) || is_group_noun(w) || is_org_head(&lower(w));
    words[end.saturating_sub(2)..end].iter().rev().find(noun).unwrap_or(&words[end - 1])
}

/// Common nouns for a business or public body that are not organisation-name heads
/// (`the firm`, `the carrier`, `the operator`, `the utility`).
fn is_body_noun(w: &str) -> bool {
    matches!(
        w,
        "firm" | "carrier" | "operator" | "utility" | "regulator" | "insurer" | "lender" | "broadcaster" | "body"
    )
}

/// The issuer of a document named as a source (`a statement from X`, `a report by X`, `a
/// letter issued by X`, `X's statement` is read as a possessive role): the words of X.
fn document_owner<'w>(words: &'w [&'w str]) -> Option<&'w [&'w str]> {
    let det = usize::from(matches!(&*lower(words[0]), "the" | "a" | "an"));
    let doc = lower(words.get(det)?);
    let is_document = is_document_noun(&doc);
    let mut p = det + 1;
    if lower(words.get(p)?) == "issued" {
        p += 1;
    }
    (is_document && matches!(&*lower(words.get(p)?), "from" | "by" | "of") && p + 1 < words.len())
        .then(|| &words[p + 1..])
}

/// Nouns for a document that states something for whoever issued it (`statement`, `report`).
pub(super) fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "report"
            | "letter"
            | "e-mail"
            | "email"
            | "memo"
            | "release"
            | "filing"
            | "post"
            | "tweet"
            | "document"
            | "notice"
            | "announcement"
            | "communique"
            | "study"
            | "survey"
            | "analysis"
            | "assessment"
            | "documents"
            | "poll"
            | "data"
            | "figures"
            | "estimates"
            | "records"
    )
}
