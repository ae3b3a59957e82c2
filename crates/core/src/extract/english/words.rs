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

/// The verbs of saying: (form, meaning, frame).
const VERBS: &[(&str, &str, Frame)] = {
    use Frame::*;
    &[
        ("acknowledged", "acknowledged", Clause),
        ("acknowledges", "acknowledged", Clause),
        ("add", "added", Clause),
        ("added", "added", Clause),
        ("adds", "added", Clause),
        ("admits", "acknowledged", Clause),
        ("admitted", "acknowledged", Clause),
        ("agreed", "agreed", Clause),
        ("alleged", "claimed", Clause),
        ("alleges", "claimed", Clause),
        ("announced", "announced", Any),
        ("announces", "announced", Any),
        ("answered", "replied", Clause),
        ("argue", "argued", Clause),
        ("argued", "argued", Clause),
        ("argues", "argued", Clause),
        ("asked", "said", Quote),
        ("asserted", "claimed", Clause),
        ("asserts", "claimed", Clause),
        ("assured", "told", Tell),
        ("assures", "told", Tell),
        ("boasted", "complained", Clause),
        ("cautioned", "warned", Clause),
        ("cautions", "warned", Clause),
        ("claim", "claimed", Clause),
        ("claimed", "claimed", Clause),
        ("claims", "claimed", Clause),
        ("commented", "noted", Clause),
        ("complained", "complained", Clause),
        ("complains", "complained", Clause),
        ("conceded", "acknowledged", Clause),
        ("concedes", "acknowledged", Clause),
        ("concluded", "agreed", Clause),
        ("confirmed", "confirmed", Any),
        ("confirms", "confirmed", Any),
        ("contended", "argued", Clause),
        ("contends", "argued", Clause),
        ("continued", "said", Quote),
        ("countered", "replied", Clause),
        ("declared", "stated", Clause),
        ("declares", "stated", Clause),
        ("denied", "denied", Any),
        ("denies", "denied", Any),
        ("deny", "denied", Any),
        ("disclosed", "revealed", Clause),
        ("discloses", "revealed", Clause),
        ("divulged", "revealed", Clause),
        ("emphasised", "stressed", Any),
        ("emphasized", "stressed", Any),
        ("estimate", "predicted", Any),
        ("estimated", "predicted", Any),
        ("estimates", "predicted", Any),
        ("exclaimed", "said", Quote),
        ("explained", "explained", Any),
        ("explains", "explained", Any),
        ("hinted", "indicated", Clause),
        ("indicated", "indicated", Clause),
        ("indicates", "indicated", Clause),
        ("informed", "told", Tell),
        ("insist", "insisted", Clause),
        ("insisted", "insisted", Clause),
        ("insists", "insisted", Clause),
        ("joked", "said", Quote),
        ("lamented", "complained", Clause),
        ("laughed", "said", Quote),
        ("maintained", "insisted", Clause),
        ("maintains", "insisted", Clause),
        ("mentioned", "indicated", Clause),
        ("note", "noted", Any),
        ("noted", "noted", Any),
        ("notes", "noted", Any),
        ("observed", "noted", Clause),
        ("pledged", "pledged", Any),
        ("pledges", "pledged", Any),
        ("posted", "tweeted", Clause),
        ("predict", "predicted", Any),
        ("predicted", "predicted", Any),
        ("predicts", "predicted", Any),
        ("promised", "pledged", Any),
        ("promises", "pledged", Any),
        ("quipped", "said", Quote),
        ("recalled", "recalled", Clause),
        ("recalls", "recalled", Clause),
        ("recounted", "recalled", Clause),
        ("reiterated", "stressed", Clause),
        ("remarked", "noted", Clause),
        ("reminded", "told", Tell),
        ("repeated", "stressed", Clause),
        ("replied", "replied", Clause),
        ("reported", "reported", Any),
        ("responded", "replied", Clause),
        ("retorted", "replied", Clause),
        ("revealed", "revealed", Clause),
        ("reveals", "revealed", Clause),
        ("said", "said", Any),
        ("say", "said", Any),
        ("says", "said", Any),
        ("shouted", "said", Quote),
        ("signaled", "indicated", Clause),
        ("signalled", "indicated", Clause),
        ("stated", "stated", Any),
        ("states", "stated", Any),
        ("stressed", "stressed", Any),
        ("stresses", "stressed", Any),
        ("suggested", "suggested", Clause),
        ("suggests", "suggested", Clause),
        ("tell", "told", Tell),
        ("tells", "told", Tell),
        ("testified", "testified", Clause),
        ("testifies", "testified", Clause),
        ("told", "told", Tell),
        ("tweeted", "tweeted", Clause),
        ("tweets", "tweeted", Clause),
        ("underlined", "stressed", Any),
        ("underscored", "stressed", Any),
        ("urged", "urged", Any),
        ("urges", "urged", Any),
        ("vowed", "pledged", Any),
        ("vows", "pledged", Any),
        ("warn", "warned", Any),
        ("warned", "warned", Any),
        ("warns", "warned", Any),
        ("whispered", "said", Quote),
        ("wondered", "said", Quote),
        ("writes", "wrote", Clause),
        ("wrote", "wrote", Clause),
        ("yelled", "said", Quote),
    ]
};

/// `VERBS` as an open-addressing hash table built at compile time: slot → index + 1 of the
/// form in `VERBS` (0 for none): a lookup hashes the word and, nearly always, compares it once.
const VERB_SLOTS: usize = 512;

const fn verb_hash(b: &[u8]) -> usize {
    // FNV-1a
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    (h ^ (h >> 16)) as usize % VERB_SLOTS
}

static VERB_TABLE: [u8; VERB_SLOTS] = {
    let mut table = [0u8; VERB_SLOTS];
    assert!(VERBS.len() < 255);
    let mut i = 0;
    while i < VERBS.len() {
        let mut h = verb_hash(VERBS[i].0.as_bytes());
        let mut probes = 0;
        while table[h] != 0 {
            h = (h + 1) % VERB_SLOTS;
            probes += 1;
        }
        // a short probe sequence keeps every lookup cheap
        assert!(probes < 4);
        table[h] = (i + 1) as u8;
        i += 1;
    }
    table
};

/// For each length of a form in `VERBS`, the letters its forms of that length start with and
/// end with (bit `c - b'a'`): most words are turned away by two bit tests, before hashing.
static VERB_EDGES: [(u32, u32); 16] = {
    let mut edges = [(0u32, 0u32); 16];
    let mut i = 0;
    while i < VERBS.len() {
        let b = VERBS[i].0.as_bytes();
        assert!(b.len() < 16);
        assert!(b[0].is_ascii_lowercase() && b[b.len() - 1].is_ascii_lowercase());
        edges[b.len()].0 |= 1 << (b[0] - b'a');
        edges[b.len()].1 |= 1 << (b[b.len() - 1] - b'a');
        i += 1;
    }
    edges
};

/// The meaning and frame of a verb of saying.
pub(super) fn verb(w: &str) -> Option<(&'static str, Frame)> {
    verb_of_bytes(w.as_bytes())
}

/// `verb` for a folded word given as bytes (the scanner reads every word through this).
pub(super) fn verb_of_bytes(b: &[u8]) -> Option<(&'static str, Frame)> {
    if b.len() < 3 || b.len() > 14 {
        return None;
    }
    let (first, last) = VERB_EDGES[b.len()];
    let bit = |c: u8| if c.is_ascii_lowercase() { 1u32 << (c - b'a') } else { 0 };
    if first & bit(b[0]) == 0 || last & bit(b[b.len() - 1]) == 0 {
        return None;
    }
    let mut h = verb_hash(b);
    loop {
        let slot = VERB_TABLE[h];
        if slot == 0 {
            return None;
        }
        let (form, en, frame) = VERBS[slot as usize - 1];
        if form.as_bytes() == b {
            return Some((en, frame));
        }
        h = (h + 1) % VERB_SLOTS;
    }
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
    // byte by byte, not with `trim_end_matches(&str)`: this runs for every word of every subject
    let mut b = w.as_bytes();
    while let [rest @ .., b'.'] = b {
        b = rest;
    }
    if let [rest @ .., b'\'', b's'] | [rest @ .., 0xE2, 0x80, 0x99, b's'] = b {
        b = rest;
    }
    if let [rest @ .., b'\''] | [rest @ .., 0xE2, 0x80, 0x99] = b {
        b = rest;
    }
    if b.len() > buf.len() || !b.is_ascii() {
        return None;
    }
    buf[..b.len()].copy_from_slice(b);
    buf[..b.len()].make_ascii_lowercase();
    Some(b.len())
}

/// A word in lower case, on the stack (ASCII; other letters as they are): the words of a
/// subject phrase are looked up in the word classes one by one.
pub(super) enum Lower<'a> {
    /// The word itself: it has no capital to fold.
    Same(&'a str),
    /// The word folded into a buffer.
    Folded([u8; 32], usize),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Same(w) => w,
            Lower::Folded(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
        }
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

pub(super) fn lower(w: &str) -> Lower<'_> {
    let b = w.as_bytes();
    // most words of a phrase are in lower case already: no copy, no check of the copy
    if b.len() <= 32 && !b.iter().any(u8::is_ascii_uppercase) {
        return Lower::Same(w);
    }
    let mut buf = [0u8; 32];
    let mut len = 0;
    if b.len() <= buf.len() {
        buf[..b.len()].copy_from_slice(b);
        buf[..b.len()].make_ascii_lowercase();
        len = b.len();
    }
    Lower::Folded(buf, len)
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
    let w = &buf[..n];
    if w.contains(&b'-') {
        return w.split(|&c| c == b'-').any(|part| part.len() > 2 && title_word(part));
    }
    title_word(w)
}

fn title_word(w: &[u8]) -> bool {
    is_title_noun(w)
        || (w.len() >= 8 && (w.ends_with(b"ologist") || w.ends_with(b"ographer") || w.ends_with(b"onomist")))
        || (w.len() >= 7 && w.ends_with(b"ician"))
}

/// Offices and ranks of state, organisations, armies and churches (`president`, `spokesman`,
/// `general`, `imam`); honorifics and their abbreviations (`mr`, `dr`, `sen`, `gen`);
/// occupations and the parts people play in a news story (`economist`, `witness`,
/// `resident`); kinship and neighbourhood (`mother`, `neighbour`) — one table, looked up once.
fn is_title_noun(w: &[u8]) -> bool {
    matches!(
        w,
        b"president"
            | b"vice"
            | b"premier"
            | b"minister"
            | b"chancellor"
            | b"secretary"
            | b"undersecretary"
            | b"governor"
            | b"mayor"
            | b"senator"
            | b"congressman"
            | b"congresswoman"
            | b"representative"
            | b"lawmaker"
            | b"legislator"
            | b"mp"
            | b"deputy"
            | b"speaker"
            | b"ambassador"
            | b"envoy"
            | b"diplomat"
            | b"consul"
            | b"commissioner"
            | b"councillor"
            | b"councilor"
            | b"councilman"
            | b"councilwoman"
            | b"alderman"
            | b"attorney"
            | b"prosecutor"
            | b"judge"
            | b"justice"
            | b"magistrate"
            | b"sheriff"
            | b"marshal"
            | b"inspector"
            | b"superintendent"
            | b"official"
            | b"officer"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"aide"
            | b"adviser"
            | b"advisor"
            | b"counsel"
            | b"chief"
            | b"head"
            | b"director"
            | b"administrator"
            | b"chairman"
            | b"chairwoman"
            | b"chairperson"
            | b"chair"
            | b"ceo"
            | b"cfo"
            | b"coo"
            | b"founder"
            | b"executive"
            | b"manager"
            | b"boss"
            | b"leader"
            | b"commander"
            | b"general"
            | b"admiral"
            | b"colonel"
            | b"major"
            | b"captain"
            | b"lieutenant"
            | b"sergeant"
            | b"corporal"
            | b"king"
            | b"queen"
            | b"prince"
            | b"princess"
            | b"sheikh"
            | b"emir"
            | b"sultan"
            | b"pope"
            | b"cardinal"
            | b"archbishop"
            | b"bishop"
            | b"imam"
            | b"rabbi"
            | b"pastor"
            | b"priest"
            | b"reverend"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"miss"
            | b"dr"
            | b"prof"
            | b"sir"
            | b"dame"
            | b"lord"
            | b"lady"
            | b"madam"
            | b"madame"
            | b"sen"
            | b"rep"
            | b"gov"
            | b"gen"
            | b"lt"
            | b"col"
            | b"maj"
            | b"capt"
            | b"sgt"
            | b"adm"
            | b"cmdr"
            | b"rev"
            | b"hon"
            | b"pres"
            | b"amb"
            | b"supt"
            | b"insp"
            | b"det"
            | b"analyst"
            | b"economist"
            | b"strategist"
            | b"professor"
            | b"lecturer"
            | b"fellow"
            | b"scholar"
            | b"academic"
            | b"researcher"
            | b"scientist"
            | b"expert"
            | b"specialist"
            | b"engineer"
            | b"doctor"
            | b"surgeon"
            | b"nurse"
            | b"teacher"
            | b"student"
            | b"lawyer"
            | b"journalist"
            | b"reporter"
            | b"editor"
            | b"correspondent"
            | b"columnist"
            | b"historian"
            | b"activist"
            | b"campaigner"
            | b"organizer"
            | b"organiser"
            | b"volunteer"
            | b"meteorologist"
            | b"forecaster"
            | b"investor"
            | b"trader"
            | b"banker"
            | b"broker"
            | b"consultant"
            | b"critic"
            | b"pilot"
            | b"coach"
            | b"player"
            | b"goalkeeper"
            | b"goalie"
            | b"striker"
            | b"midfielder"
            | b"defender"
            | b"quarterback"
            | b"pitcher"
            | b"catcher"
            | b"shortstop"
            | b"linebacker"
            | b"receiver"
            | b"referee"
            | b"umpire"
            | b"farmer"
            | b"worker"
            | b"driver"
            | b"owner"
            | b"partner"
            | b"resident"
            | b"witness"
            | b"survivor"
            | b"victim"
            | b"passenger"
            | b"traveler"
            | b"traveller"
            | b"voter"
            | b"protester"
            | b"user"
            | b"customer"
            | b"negotiator"
            | b"investigator"
            | b"source"
            | b"member"
            | b"mother"
            | b"father"
            | b"wife"
            | b"husband"
            | b"son"
            | b"daughter"
            | b"brother"
            | b"sister"
            | b"grandmother"
            | b"grandfather"
            | b"uncle"
            | b"aunt"
            | b"cousin"
            | b"widow"
            | b"widower"
            | b"neighbour"
            | b"neighbor"
            | b"friend"
            | b"relative"
    )
}

/// The sex a title, honorific or kinship noun gives its bearer (`spokeswoman`, `Mrs.`,
/// `chairman`, `Mr.`, `his widow`): what `he` and `she` agree with.
pub(super) fn title_gender(w: &str) -> Option<Gender> {
    let mut buf = [0u8; 24];
    let n = title_key(w, &mut buf)?;
    match &buf[..n] {
        b"spokeswoman" | b"chairwoman" | b"congresswoman" | b"councilwoman" | b"businesswoman" | b"policewoman"
        | b"mrs" | b"ms" | b"miss" | b"madam" | b"madame" | b"dame" | b"lady" | b"queen" | b"princess" | b"duchess"
        | b"actress" | b"mother" | b"wife" | b"daughter" | b"sister" | b"grandmother" | b"aunt" | b"widow"
        | b"niece" | b"woman" | b"girl" => Some(Gender::Fem),
        b"spokesman" | b"chairman" | b"congressman" | b"councilman" | b"businessman" | b"policeman" | b"alderman"
        | b"mr" | b"sir" | b"lord" | b"king" | b"prince" | b"duke" | b"father" | b"husband" | b"son" | b"brother"
        | b"grandfather" | b"uncle" | b"nephew" | b"widower" | b"man" | b"boy" => Some(Gender::Masc),
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
    let w = &buf[..n];
    if matches!(w, b"police" | b"authorities" | b"people" | b"media" | b"staff" | b"military" | b"officials") {
        return true;
    }
    // the singular, in the same buffer: `-ies` → `-y`, else without the `-s`
    let singular = if w.ends_with(b"ies") {
        buf[n - 3] = b'y';
        n - 2
    } else if w.ends_with(b"s") && n > 3 {
        n - 1
    } else {
        return false;
    };
    let s = &buf[..singular];
    !s.ends_with(b"s") && title_word(s)
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
            | "do"
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_of_the_table_is_found_and_other_words_are_not() {
        for &(form, en, frame) in VERBS {
            assert_eq!(verb(form), Some((en, frame)), "{form}");
        }
        for w in ["the", "and", "was", "sad", "tolled", "saidx", "", "Said", "2024", "élan"] {
            assert_eq!(verb(w), None, "{w}");
        }
    }
}
