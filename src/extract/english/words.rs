//! English word classes the scanner reads clauses with: verbs of saying, auxiliaries, time
//! and place adverbials, titles, abbreviations.

use crate::extract::lexicon::Gender;

/// What a verb of saying takes as its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    /// A clause with or without `that`, a quotation, or a noun phrase that states something
    /// (`said`, `announced the closure`, `predicted snow`, `denied the claims`).
    Any,
    /// A `that`-clause, a finite clause, a colon or a quotation — never a bare noun phrase,
    /// with which the verb narrates (`added seats`, `claimed responsibility`, `wrote a book`).
    Clause,
    /// Only a quotation (`"…," she joked`, `"Why?" he asked`): a verb of the manner of speaking.
    Quote,
    /// An addressee, then the content (`told reporters (that) …`, `assured investors …`).
    Tell,
}

/// Verbs of saying as written (past, third person present and, for the commonest, the base
/// form), with their normalised meaning and frame. The classes are those of reporting verbs
/// in English grammars and verb classifications (say, tell, the manner of speaking, and the
/// speech acts of asserting, conceding, disclosing, predicting, warning, urging, promising,
/// denying, answering): a verb belongs by its meaning, not by a corpus.
pub(super) fn cue(w: &str) -> Option<&'static str> {
    verb(w).map(|(en, _)| en)
}

/// The frame of a verb of saying (`Frame::Any` for a word that is none).
pub(super) fn frame(w: &str) -> Frame {
    verb(w).map_or(Frame::Any, |(_, f)| f)
}

fn verb(w: &str) -> Option<(&'static str, Frame)> {
    use Frame::*;
    Some(match w {
        "said" | "says" | "say" => ("said", Any),
        "told" | "tells" | "tell" | "assured" | "assures" | "informed" | "reminded" => ("told", Tell),
        "added" | "adds" | "add" => ("added", Clause),
        "stated" | "states" | "declared" | "declares" => ("stated", Any),
        "announced" | "announces" => ("announced", Any),
        "reported" => ("reported", Any),
        "noted" | "notes" | "note" => ("noted", Any),
        "observed" | "remarked" | "commented" => ("noted", Clause),
        "explained" | "explains" => ("explained", Any),
        "stressed" | "stresses" | "emphasised" | "emphasized" | "underscored" | "underlined" => ("stressed", Any),
        "reiterated" | "repeated" => ("stressed", Clause),
        "wrote" | "writes" => ("wrote", Clause),
        "tweeted" | "tweets" | "posted" => ("tweeted", Clause),
        "testified" | "testifies" => ("testified", Clause),
        "recalled" | "recalls" | "recounted" => ("recalled", Clause),
        "revealed" | "reveals" | "disclosed" | "discloses" | "divulged" => ("revealed", Clause),
        "confirmed" | "confirms" => ("confirmed", Any),
        "acknowledged" | "acknowledges" | "admitted" | "admits" | "conceded" | "concedes" => ("acknowledged", Clause),
        "insisted" | "insists" | "insist" | "maintained" | "maintains" => ("insisted", Clause),
        "argued" | "argues" | "argue" | "contended" | "contends" => ("argued", Clause),
        "claimed" | "claims" | "claim" | "asserted" | "asserts" | "alleged" | "alleges" => ("claimed", Clause),
        "suggested" | "suggests" => ("suggested", Clause),
        "indicated" | "indicates" | "signalled" | "signaled" | "hinted" | "mentioned" => ("indicated", Clause),
        "predicted" | "predicts" | "predict" | "estimated" | "estimates" | "estimate" => ("predicted", Any),
        "warned" | "warns" | "warn" => ("warned", Any),
        "cautioned" | "cautions" => ("warned", Clause),
        "urged" | "urges" => ("urged", Any),
        "pledged" | "pledges" | "promised" | "promises" | "vowed" | "vows" => ("pledged", Any),
        "denied" | "denies" | "deny" => ("denied", Any),
        "complained" | "complains" | "lamented" | "boasted" => ("complained", Clause),
        "replied" | "responded" | "answered" | "countered" | "retorted" => ("replied", Clause),
        "agreed" | "concluded" => ("agreed", Clause),
        "joked" | "quipped" | "laughed" | "shouted" | "yelled" | "exclaimed" | "whispered" | "asked" | "wondered"
        | "continued" => ("said", Quote),
        _ => return None,
    })
}

/// Present participles of verbs of saying that open a second statement by the same speaker
/// after a comma (`…, adding that …`, `…, noting that …`, `…, saying …`).
pub(super) fn is_participle_cue(w: &str) -> bool {
    matches!(
        w,
        "adding"
            | "saying"
            | "noting"
            | "explaining"
            | "warning"
            | "stressing"
            | "insisting"
            | "arguing"
            | "claiming"
            | "acknowledging"
            | "admitting"
            | "conceding"
            | "urging"
            | "predicting"
            | "suggesting"
            | "telling"
            | "asserting"
            | "emphasising"
            | "emphasizing"
            | "denying"
            | "pledging"
            | "vowing"
            | "promising"
            | "calling"
            | "describing"
    )
}

/// Nouns of attitude that make `expressed` a verb of saying (`expressed concern that`,
/// `expressed hope for`).
pub(super) fn is_attitude_noun(w: &str) -> bool {
    matches!(
        w,
        "concern"
            | "concerns"
            | "hope"
            | "hopes"
            | "regret"
            | "confidence"
            | "doubt"
            | "doubts"
            | "support"
            | "sympathy"
            | "condolences"
            | "outrage"
            | "disappointment"
            | "frustration"
            | "optimism"
            | "pessimism"
            | "surprise"
            | "alarm"
            | "satisfaction"
            | "shock"
            | "sadness"
            | "gratitude"
            | "dismay"
            | "skepticism"
            | "scepticism"
            | "anger"
            | "fear"
            | "fears"
            | "reservations"
            | "opposition"
            | "solidarity"
            | "appreciation"
            | "willingness"
            | "readiness"
    )
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

/// The word lower-cased on the stack (ASCII words of up to 24 bytes; others as they are,
/// lower-cased), with a trailing abbreviation stop and possessive removed: `Spokesman's` →
/// `spokesman`, `Mr.` → `mr`.
pub(super) fn title_key(w: &str, buf: &mut [u8; 24]) -> Option<usize> {
    let w = w.trim_end_matches('.').trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’']);
    if w.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[..w.len()].make_ascii_lowercase();
    Some(w.len())
}

/// A word's lower-case form (for the few words of a subject phrase).
pub(super) fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// Words that make a phrase a person's title or role (`Finance Minister`, `airline boss`,
/// `Secretary-General`, `Mr.`): offices of state and of organisations, military and religious
/// ranks, honorifics, occupations and kinship — the nouns English news puts before a name or
/// after it in apposition. Agent nouns of science and the professions are known by their
/// ending (`oceanographer`, `epidemiologist`, `economist`, `physician`); a hyphenated title is
/// one if any part is (`Secretary-General`, `co-founder`).
pub(super) fn is_person_title(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(n) = title_key(w, &mut buf) else {
        return false;
    };
    let w = std::str::from_utf8(&buf[..n]).unwrap_or("");
    if w.contains('-') {
        return w.split('-').any(|part| part.len() > 2 && title_word(part));
    }
    title_word(w)
}

fn title_word(w: &str) -> bool {
    is_office(w)
        || is_honorific(w)
        || is_occupation(w)
        || is_kin(w)
        || (w.len() >= 8 && (w.ends_with("ologist") || w.ends_with("ographer") || w.ends_with("onomist")))
        || (w.len() >= 7 && w.ends_with("ician"))
}

/// Offices and ranks of state, organisations, armies and churches.
fn is_office(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "vice"
            | "premier"
            | "minister"
            | "chancellor"
            | "secretary"
            | "undersecretary"
            | "governor"
            | "mayor"
            | "senator"
            | "congressman"
            | "congresswoman"
            | "representative"
            | "lawmaker"
            | "legislator"
            | "mp"
            | "deputy"
            | "speaker"
            | "ambassador"
            | "envoy"
            | "diplomat"
            | "consul"
            | "commissioner"
            | "councillor"
            | "councilor"
            | "councilman"
            | "councilwoman"
            | "alderman"
            | "attorney"
            | "prosecutor"
            | "judge"
            | "justice"
            | "magistrate"
            | "sheriff"
            | "marshal"
            | "inspector"
            | "superintendent"
            | "official"
            | "officer"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "aide"
            | "adviser"
            | "advisor"
            | "counsel"
            | "chief"
            | "head"
            | "director"
            | "administrator"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "ceo"
            | "cfo"
            | "coo"
            | "founder"
            | "executive"
            | "manager"
            | "boss"
            | "leader"
            | "commander"
            | "general"
            | "admiral"
            | "colonel"
            | "major"
            | "captain"
            | "lieutenant"
            | "sergeant"
            | "corporal"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "sheikh"
            | "emir"
            | "sultan"
            | "pope"
            | "cardinal"
            | "archbishop"
            | "bishop"
            | "imam"
            | "rabbi"
            | "pastor"
            | "priest"
            | "reverend"
    )
}

/// Honorifics and their abbreviations (`Mr.`, `Dr.`, `Sen.`, `Gen.`).
fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "madam"
            | "madame"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "adm"
            | "cmdr"
            | "rev"
            | "hon"
            | "pres"
            | "amb"
            | "supt"
            | "insp"
            | "det"
    )
}

/// Occupations and the parts people play in a news story.
fn is_occupation(w: &str) -> bool {
    matches!(
        w,
        "analyst"
            | "economist"
            | "strategist"
            | "professor"
            | "lecturer"
            | "fellow"
            | "scholar"
            | "academic"
            | "researcher"
            | "scientist"
            | "expert"
            | "specialist"
            | "engineer"
            | "doctor"
            | "surgeon"
            | "nurse"
            | "teacher"
            | "student"
            | "lawyer"
            | "journalist"
            | "reporter"
            | "editor"
            | "correspondent"
            | "columnist"
            | "historian"
            | "activist"
            | "campaigner"
            | "organizer"
            | "organiser"
            | "volunteer"
            | "meteorologist"
            | "forecaster"
            | "investor"
            | "trader"
            | "banker"
            | "broker"
            | "consultant"
            | "critic"
            | "pilot"
            | "coach"
            | "player"
            | "farmer"
            | "worker"
            | "driver"
            | "owner"
            | "partner"
            | "resident"
            | "witness"
            | "survivor"
            | "victim"
            | "passenger"
            | "traveler"
            | "traveller"
            | "voter"
            | "protester"
            | "user"
            | "customer"
            | "negotiator"
            | "investigator"
            | "source"
            | "member"
    )
}

/// Kinship and neighbourhood: `his mother`, `a neighbour`.
fn is_kin(w: &str) -> bool {
    matches!(
        w,
        "mother"
            | "father"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "grandmother"
            | "grandfather"
            | "uncle"
            | "aunt"
            | "cousin"
            | "widow"
            | "widower"
            | "neighbour"
            | "neighbor"
            | "friend"
            | "relative"
    )
}

/// The sex a title, honorific or kinship noun gives its bearer (`spokeswoman`, `Mrs.`,
/// `chairman`, `Mr.`, `his widow`): what `he` and `she` agree with.
pub(super) fn title_gender(w: &str) -> Option<Gender> {
    let mut buf = [0u8; 24];
    let n = title_key(w, &mut buf)?;
    let w = std::str::from_utf8(&buf[..n]).unwrap_or("");
    match w {
        "spokeswoman" | "chairwoman" | "congresswoman" | "councilwoman" | "businesswoman" | "policewoman" | "mrs"
        | "ms" | "miss" | "madam" | "madame" | "dame" | "lady" | "queen" | "princess" | "duchess" | "actress"
        | "mother" | "wife" | "daughter" | "sister" | "grandmother" | "aunt" | "widow" | "niece" | "woman" | "girl" => {
            Some(Gender::Fem)
        }
        "spokesman" | "chairman" | "congressman" | "councilman" | "businessman" | "policeman" | "alderman" | "mr"
        | "sir" | "lord" | "king" | "prince" | "duke" | "father" | "husband" | "son" | "brother" | "grandfather"
        | "uncle" | "nephew" | "widower" | "man" | "boy" => Some(Gender::Masc),
        _ => None,
    }
}

/// A plural noun for a group of people or a body (`officials`, `Critics`, `analysts`,
/// `police`, `authorities`): written with a capital at the start of a sentence, still no name.
pub(super) fn is_group_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(n) = title_key(w, &mut buf) else {
        return false;
    };
    let w = std::str::from_utf8(&buf[..n]).unwrap_or("");
    if matches!(w, "police" | "authorities" | "people" | "media" | "staff" | "military" | "officials") {
        return true;
    }
    let singular = w
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| w.strip_suffix('s').filter(|s| s.len() > 2).map(str::to_string));
    singular.is_some_and(|s| title_word(&s) && !s.ends_with('s'))
}

/// Lower-case particles inside names (`Erik van Sebille`, `Mohammed bin Salman`, `Luiz Inacio
/// da Silva`).
pub(super) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "da"
            | "di"
            | "du"
            | "dos"
            | "das"
            | "del"
            | "la"
            | "le"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "abu"
            | "ter"
            | "ten"
    )
}

/// Head nouns of organisation names (`Oceanic Shipping`, `the Health Ministry`, `Indonesian Air
/// Force`, `Federal Aviation Administration`), and web addresses (`GreatFire.org`).
pub(super) fn is_org_head(w: &str) -> bool {
    w.ends_with(".org")
        || w.ends_with(".com")
        || w.ends_with(".net")
        || matches!(
            w,
            "airlines"
                | "airways"
                | "air"
                | "shipping"
                | "group"
                | "corp"
                | "corporation"
                | "inc"
                | "ltd"
                | "co"
                | "company"
                | "holdings"
                | "industries"
                | "motors"
                | "energy"
                | "oil"
                | "bank"
                | "logistics"
                | "media"
                | "news"
                | "times"
                | "post"
                | "reuters"
                | "press"
                | "union"
                | "party"
                | "council"
                | "commission"
                | "committee"
                | "authority"
                | "administration"
                | "organization"
                | "organisation"
                | "institute"
                | "institution"
                | "university"
                | "college"
                | "hospital"
                | "center"
                | "centre"
                | "fund"
                | "foundation"
                | "association"
                | "federation"
                | "agency"
                | "bureau"
                | "board"
                | "office"
                | "department"
                | "ministry"
                | "government"
                | "police"
                | "army"
                | "navy"
                | "force"
                | "forces"
                | "guard"
                | "military"
                | "court"
                | "embassy"
                | "service"
                | "services"
                | "systems"
                | "technologies"
                | "telecom"
                | "railways"
                | "railway"
                | "ports"
                | "port"
                | "observatory"
                | "network"
                | "television"
                | "radio"
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

/// Words that name a time (`Monday`, `Oct`, `morning`, `week`): the heads of time adverbials.
pub(super) fn is_time_word(f: &str) -> bool {
    is_weekday(f)
        || matches!(
            f,
            "today"
                | "yesterday"
                | "tonight"
                | "tomorrow"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "day"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
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
        )
}

/// The days of the week.
pub(super) fn is_weekday(f: &str) -> bool {
    matches!(f, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// Adverbs that open a sentence or clause and are set off by a comma (`Meanwhile,`,
/// `Separately,`): a capital that names no one.
pub(super) fn is_sentence_adverb(f: &str) -> bool {
    (f.len() > 4 && f.ends_with("ly"))
        || matches!(
            f,
            "meanwhile"
                | "however"
                | "still"
                | "also"
                | "instead"
                | "moreover"
                | "furthermore"
                | "nevertheless"
                | "nonetheless"
                | "yet"
                | "thus"
                | "therefore"
                | "besides"
                | "overall"
                | "likewise"
                | "indeed"
                | "now"
                | "then"
                | "later"
                | "earlier"
                | "today"
                | "yesterday"
                | "tonight"
                | "elsewhere"
                | "there"
                | "here"
                | "so"
                | "but"
                | "and"
                | "or"
                | "afterwards"
                | "again"
        )
}

/// Prepositions: they open an adverbial or a modifier, never a speaker's name.
pub(super) fn is_preposition(f: &str) -> bool {
    matches!(
        f,
        "in" | "on"
            | "at"
            | "to"
            | "of"
            | "for"
            | "from"
            | "with"
            | "by"
            | "about"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "into"
            | "over"
            | "under"
            | "between"
            | "among"
            | "against"
            | "through"
            | "across"
            | "near"
            | "via"
            | "without"
            | "within"
            | "despite"
            | "amid"
            | "like"
            | "than"
            | "as"
            | "per"
            | "upon"
            | "toward"
            | "towards"
    )
}

/// Determiners and quantifiers: a participle after one is an adjective (`no confirmed signs`).
pub(super) fn is_determiner(f: &str) -> bool {
    matches!(
        f,
        "the"
            | "a"
            | "an"
            | "no"
            | "any"
            | "some"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "every"
            | "each"
            | "many"
            | "several"
            | "unconfirmed"
    )
}

/// Connective adverbs and conjunctions that open a clause before its subject (`Then she
/// added`, `Still the agency said`).
pub(super) fn is_connective(f: &str) -> bool {
    matches!(
        f,
        "then"
            | "later"
            | "still"
            | "meanwhile"
            | "however"
            | "also"
            | "so"
            | "yet"
            | "now"
            | "instead"
            | "earlier"
            | "afterwards"
            | "again"
            | "and"
            | "but"
            | "separately"
            | "finally"
            | "initially"
    )
}

/// Past tenses of irregular verbs (leaving out those that are as often nouns or
/// adjectives: `cut`, `set`, `left`, `read`): a finite verb, so a clause has begun.
pub(super) fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "met"
            | "made"
            | "took"
            | "gave"
            | "held"
            | "won"
            | "lost"
            | "led"
            | "went"
            | "came"
            | "saw"
            | "found"
            | "sent"
            | "kept"
            | "became"
            | "began"
            | "fell"
            | "rose"
            | "ran"
            | "spoke"
            | "broke"
            | "brought"
            | "bought"
            | "built"
            | "caught"
            | "chose"
            | "dealt"
            | "drew"
            | "drove"
            | "ate"
            | "fought"
            | "flew"
            | "forgot"
            | "froze"
            | "got"
            | "grew"
            | "heard"
            | "hid"
            | "knew"
            | "meant"
            | "paid"
            | "rode"
            | "rang"
            | "sought"
            | "sold"
            | "shook"
            | "sang"
            | "sank"
            | "sat"
            | "slept"
            | "spent"
            | "stood"
            | "stole"
            | "struck"
            | "swore"
            | "swept"
            | "taught"
            | "thought"
            | "threw"
            | "understood"
            | "woke"
            | "wore"
            | "wrote"
    )
}
