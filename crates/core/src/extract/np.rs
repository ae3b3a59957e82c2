//! Reads a speaker noun phrase (`وزير الخارجية الروسي سيرغي لافروف`, `المتحدث باسم الوزارة`,
//! `بيان لـ«الأونروا»`) into a name, a role and a kind, using only word classes: titles and
//! their definite dependents form the role, the first indefinite word starts the name.

use super::lexicon::{is_time_word, lexicon, Class};

/// What a speaker phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    /// A named person (`سيرغي لافروف`), possibly with a role.
    Person,
    /// An organisation (`وزارة الخارجية الروسية`).
    Org,
    /// A role or title with no name (`المتحدث باسم الوزارة`, `مسؤول تركي`).
    Role,
    /// An honorific standing for a person already named (`معاليه`).
    Pronoun,
}

/// A parsed speaker phrase. Strings are as written in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    pub kind: NpKind,
    /// The name (for roles, the role itself).
    pub name: String,
    pub role: String,
    /// Whether a role-only phrase is definite (`الوزير`), so it refers back to someone the
    /// article already introduced, rather than indefinite (`مسؤول تركي`).
    pub definite: bool,
}

/// One word of a speaker phrase: as written and folded.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub text: &'a str,
    pub folded: &'a str,
    /// The word stood inside quotation marks (`«الأونروا»`).
    pub quoted: bool,
}

fn is_def(f: &str) -> bool {
    // not the particle آل (folded ال) standing alone
    (f.starts_with("ال") || f.starts_with("لل")) && f.len() > "ال".len()
}

fn join(words: &[Word]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() {
            s.push(' ');
        }
        // the prefix preposition written with tatweel (لـ) joins the next word; the short
        // vowels and case endings of a vocalised text (`خالدٌ`) are no part of a name, nor is
        // a tatweel stretching a word
        s.extend(w.text.trim_end_matches('ـ').chars().filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}')));
    }
    s
}

fn stops_name(f: &str) -> bool {
    let l = lexicon();
    matches!(
        l.class(f),
        Some(
            Class::Title
                | Class::Prep
                | Class::Adverb
                | Class::Stop
                | Class::Comp { .. }
                | Class::Opener
                | Class::Subordinate
                | Class::According
                | Class::Filler
                | Class::Quantifier
        )
    ) || is_time_word(f)
        || l.cue(f).is_some()
        || f.chars().all(|c| c.is_ascii_digit())
        || fused_with_article(f)
}

/// A prepositional phrase of place (`بمحافظة جدة`, `في منطقة الرياض`, `بالمنطقة الشرقية`):
/// the index after it. Only heads that name an administrative place count, so that a verb's
/// own preposition (`وأشادت الوزارة بجهود الفرق`) stays outside the speaker.
fn place_pp(words: &[Word], i: usize) -> Option<usize> {
    let f = words[i].folded;
    let (head, mut j) = if matches!(f, "في") {
        (words.get(i + 1)?.folded, i + 2)
    } else {
        (f.strip_prefix('ب').or_else(|| f.strip_prefix("لل"))?, i + 1)
    };
    let head = head.strip_prefix("ال").unwrap_or(head);
    if !matches!(head, "منطقه" | "محافظه" | "مدينه" | "بلده" | "قريه" | "ولايه" | "اقليم" | "مقاطعه" | "امانه")
    {
        return None;
    }
    // the place's name: one or two words, definite adjectives after it
    let mut taken = 0;
    while j < words.len()
        && taken < 2
        && (is_def(words[j].folded) || name_word(&words[j]))
        && !lexicon().is_title(words[j].folded)
    {
        j += 1;
        taken += 1;
        if !words.get(j).is_some_and(|w| is_def(w.folded) && looks_adjective(w.folded))
            && taken == 1
            && !is_def(words[j - 1].folded)
        {
            break;
        }
    }
    Some(j)
}

/// A definite word that reads as an adjective after a noun: a nisba (`الدولية`, `السوري`), a
/// participle (`المتحدة`, `المستقلة`), an elative (`الأعلى`, `الكبرى`), or `العام`.
fn looks_adjective(f: &str) -> bool {
    let Some(stem) = f.strip_prefix("ال") else {
        return f.starts_with("لل");
    };
    stem.ends_with('ي')
        || stem.ends_with("يه")
        || stem.ends_with("يين")
        || stem.ends_with("يون")
        || stem.starts_with('م') && stem.chars().count() >= 4
        || stem.starts_with('ا') && stem.chars().count() == 4
        || matches!(stem, "عام" | "عامه" | "كبري" | "عليا" | "عظمي" | "وسطي")
        // the fixed adjectives of holy places and their institutions: `المسجد الحرام`,
        // `الأزهر الشريف`, `الحرمين الشريفين`
        || matches!(stem, "حرام" | "شريف" | "شريفين")
}

/// `أعده`, `أصدرته`, `نشره`: a verb of making a statement with the statement as its object
/// pronoun, between a statement noun and its author.
fn is_made_by(f: &str) -> bool {
    ["ه", "ها"].iter().any(|p| {
        f.strip_suffix(p).is_some_and(|v| {
            matches!(v, "اعد" | "اعدت" | "اصدر" | "اصدرت" | "نشر" | "نشرت" | "وضع" | "وضعت" | "اجري" | "اجرت")
        })
    })
}

/// `إمام` (imam), which folds to the letters of the preposition `أمام` (in front of): told
/// apart by its hamza as written.
fn is_imam(w: &Word) -> bool {
    w.folded == "امام" && w.text.starts_with('إ') || w.folded == "الامام" && w.text.starts_with("الإ")
}

/// A preposition or conjunction fused with the article: بالمستثمرين، للصحفيين، والوزير.
pub(crate) fn fused_with_article(f: &str) -> bool {
    f.starts_with("بال") || f.starts_with("لل") || f.starts_with("وال")
}

/// Like `stops_name`, but a word spelled as the name علي (with a final ya) is a name, not the
/// preposition على that folds to the same letters.
fn stops_name_word(w: &Word) -> bool {
    if w.folded == "علي" && w.text.ends_with('ي') {
        return false;
    }
    stops_name(w.folded)
}

/// Family and kinship particles inside a personal name: بن، بنت، ابن، آل، أبو، أبي، أم،
/// عبد (before a divine name), ولد. They never end a name and never start a role.
pub(crate) fn is_name_particle(f: &str) -> bool {
    matches!(f, "بن" | "بنت" | "ابن" | "ابنه" | "ال" | "ابو" | "ابي" | "ابا" | "ام" | "عبد" | "ولد" | "ذو")
}

/// Could `w` be a word of a personal name? Not a word of a closed class, a verb of saying, a
/// number, a word with a fused preposition and article, an organisation after ل, and not an
/// imperfect verb (`يلتقي`, `يبحث`: a ي prefix on four letters or more that no given name
/// has).
fn name_word(w: &Word) -> bool {
    let l = lexicon();
    let f = w.folded;
    if l.given_name(f).is_some() || is_name_particle(f) {
        return true;
    }
    if f.chars().count() < 2 {
        return false; // a detached prefix (`لـ`) or a letter
    }
    if stops_name_word(w) || l.is_org(f) && f.starts_with(['ل', 'ب']) {
        return false;
    }
    // an imperfect (`يلتقي`) or a future (`سيزور`) no given name spells so
    !(f.starts_with('ي') && f.chars().count() >= 4 || f.starts_with("سي") && f.chars().count() >= 5)
}

/// The word at `i`, after a name of two words or more, begins the verb's object rather than continuing the name
/// (`طالبت النائبة عالية نصيف الحكومة بـ`, `ودعا الوزير خالد سالم المجتمع الدولي إلى`,
/// `أبدى جورجي جيسوس رضاه`): a noun with a possessive pronoun as written (`رضاه`, `سعادته`),
/// an organisation noun, the verbal noun of a derived verb form (`التحكيم`, `التعاون`,
/// `الاستثمار`), or a definite noun that a definite adjective follows (`المجتمع الدولي`), none
/// of which is a surname; a nisba (`العلي النعيمي`) is one.
fn object_after_name(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let f = w.folded;
    let l = lexicon();
    if l.given_name(f).is_some() || words[i - 1].folded == "عبد" || is_name_particle(words[i - 1].folded) {
        return false;
    }
    if ["ته", "اه", "ها", "هم"].iter().any(|s| w.text.ends_with(s)) && !is_def(f) {
        return true;
    }
    let Some(stem) = f.strip_prefix("ال") else { return false };
    if l.is_org(f) || derived_masdar(stem) {
        return true;
    }
    !stem.ends_with('ي') && words.get(i + 1).is_some_and(|nx| is_def(nx.folded) && nx.folded.ends_with('ي'))
}

/// The verbal noun of a derived verb form, without the article: تفعيل (`تحكيم`), تفاعل
/// (`تعاون`), انفعال (`انسحاب`), افتعال (`اجتماع`), استفعال (`استثمار`).
fn derived_masdar(stem: &str) -> bool {
    let c: Vec<char> = stem.chars().collect();
    match c.len() {
        5 => c[0] == 'ت' && (c[3] == 'ي' || c[2] == 'ا') && !matches!(c[4], 'ي' | 'ه'),
        6 => c[0] == 'ا' && c[4] == 'ا' && (c[1] == 'ن' || c[2] == 'ت'),
        7 => c[..3] == ['ا', 'س', 'ت'] && c[5] == 'ا',
        _ => false,
    }
}

/// A prepositional phrase that is an adverbial of the verb, never part of a speaker: headed
/// by a preposition of time or circumstance (`خلال`, `عقب`, `عند`, `أمام`), by a noun of a
/// speech event or occasion (`في تصريح`, `في ختام اجتماع`), or the one spoken to
/// (`للصحافيين`; after a name also `لوكالة`, `لـ«عكاظ»`: before the name an organisation
/// after ل is the title's, `المتحدث الرسمي لوزارة الخارجية`). True when `words[i]` opens one.
fn adverbial_at(words: &[Word], i: usize, after_name: bool) -> bool {
    let l = lexicon();
    let f = words[i].folded;
    let next = words.get(i + 1).map(|w| w.folded);
    if is_imam(&words[i]) {
        return false;
    }
    match f {
        // (not لدى: `السفير لدى الكويت` is an affiliation, read as one)
        "خلال" | "عقب" | "اثناء" | "عند" | "امام" | "بعد" | "قبل" | "منذ" | "اثر" | "مع" | "ضمن" => {
            true
        }
        "في" | "علي" => next.is_some_and(|n| l.is_speech_event(n) || is_time_word(n)),
        // `مطلع الأسبوع`, `منتصف الشهر`, `أواخر يوليو`
        "مطلع" | "منتصف" | "اواخر" | "اوايل" => {
            next.is_some_and(|n| is_time_word(n) || matches!(n, "الاسبوع" | "الشهر" | "العام" | "السنه"))
        }
        // `لـ«عكاظ»`: a quoted newspaper after ل is spoken to wherever it stands
        "ل" => after_name || words.get(i + 1).is_some_and(|w| w.quoted),
        _ => {
            // a fused preposition: للصحافيين، لوكالة، بتصريح، في (as a prefix it is ب or ل)
            if let Some(rest) = f.strip_prefix('ل').or_else(|| f.strip_prefix('ب')) {
                if l.is_speech_event(rest) || l.is_speech_event(&format!("ا{rest}")) {
                    return true;
                }
                // `لرئيس الوفد`, `للوزير`: the person spoken to
                if f.starts_with('ل') && i > 0 && (l.is_title(rest) || l.is_title(&format!("ا{rest}"))) {
                    return true;
                }
                if f.starts_with('ل') && !words[i].quoted && (is_audience(rest) || after_name && l.is_org(f)) {
                    return true;
                }
            }
            false
        }
    }
}

/// `للصحافيين`, `للمراسلين`: ل with a noun for the people a statement is made to.
pub(crate) fn is_audience_word(f: &str) -> bool {
    f.strip_prefix('ل').is_some_and(is_audience)
}

/// Nouns for the people a statement is made to (`للصحافيين`, `للصحفيين`, `للمراسلين`), after ل
/// with the article's alif dropped.
fn is_audience(rest: &str) -> bool {
    matches!(
        rest.strip_prefix('ل').unwrap_or(rest),
        "صحافيين"
            | "صحفيين"
            | "مراسلين"
            | "اعلاميين"
            | "صحافه"
            | "صحفيون"
            | "حضور"
            | "مشاركين"
            | "تلفزيون"
    )
}

/// Reads an organisation name starting at `i`: the head, then the chain of genitives and
/// adjectives (`لجنة تنظيم الأوراق المالية`), then trailing proper names (`... شينخوا`).
fn org_chain(words: &[Word], mut i: usize, trailing_names: bool) -> usize {
    let l = lexicon();
    let start = i;
    i += 1;
    while i < words.len() {
        let f = words[i].folded;
        // an indefinite word belongs to the name when the chain reaches a definite word
        // before anything else: `وكالة غوث وتشغيل اللاجئين`
        let next_def = words[i + 1..]
            .iter()
            .take(3)
            .find(|w| is_def(w.folded) || stops_name(w.folded) || w.quoted)
            .is_some_and(|w| is_def(w.folded) && !stops_name(w.folded));
        if matches!(
            l.class_loose(f),
            Some(
                Class::Prep
                    | Class::Adverb
                    | Class::Stop
                    | Class::Quantifier
                    | Class::Comp { .. }
                    | Class::Opener
                    | Class::Subordinate
                    | Class::According
                    | Class::Filler
                    | Class::Pronoun
            )
        ) || l.cue(f).is_some()
            || is_time_word(f)
            || adverbial_at(words, i, false)
            // `لوكالة الأنباء`: an indefinite organisation after ل is spoken to
            || f.starts_with('ل') && !is_def(f) && l.is_org(f)
        {
            break;
        }
        // a definite word closes a construct chain: after `وزارة الداخلية` an indefinite word
        // is no genitive of it (`... ماجد الشمري` is the next phrase); nor is a given name
        // `جامعة الملك سعود`: the name an institution bears
        if l.is_org(words[i - 1].folded) && !is_def(words[i - 1].folded) {
            if let Some(after) = named_after(words, i) {
                i = after;
                continue;
            }
        }
        let closed = words[start..i].iter().any(|w| is_def(w.folded));
        // after a complete name only adjectives follow: a definite noun or title opens the
        // next phrase (`وزارة العدل المفتش العام`, `وطالبت المنظمة الحكومة بـ`)
        if closed && (l.is_title(f) || is_def(f) && !looks_adjective(f)) {
            break;
        }
        // `المديرية العامة للشؤون الصحية بمحافظة جدة`: the place an organisation is in
        if let Some(after) = place_pp(words, i) {
            i = after;
            continue;
        }
        // `اللجنة الوطنية لحقوق الإنسان`: ل with a construct chain reaching a definite word
        if closed && f.starts_with('ل') && !is_def(f) && words.get(i + 1).is_some_and(|nx| is_def(nx.folded)) {
            i += 2;
            continue;
        }
        // `أمانة محافظة جدة`, `بلدية مدينة الخبر`: an administrative place and its name
        if !closed
            && matches!(f, "منطقه" | "محافظه" | "مدينه" | "ولايه" | "اقليم")
            && words.get(i + 1).is_some_and(|nx| l.any_given_name(nx.folded).is_none() && !stops_name(nx.folded))
        {
            i += 2;
            continue;
        }
        if is_def(f) || words[i].quoted || !closed && l.given_name(f).is_none() && (l.is_org(f) || next_def) {
            i += 1;
            continue;
        }
        break;
    }
    // proper names that close an organisation name whose chain has no definite word
    // (`وكالة أنباء شينخوا`, `مجموعة هايتونغ`); after `وزارة العدل` the name is complete
    if !trailing_names || words[start..i].iter().any(|w| is_def(w.folded)) {
        return i;
    }
    let mut k = 0;
    while i < words.len() && k < 3 && !stops_name(words[i].folded) && !is_def(words[i].folded) && name_word(&words[i]) {
        i += 1;
        k += 1;
    }
    i
}

/// Parses the words between a verb of saying and its complement.
pub fn parse(words: &[Word]) -> Option<Np> {
    parse_extent(words, true).map(|(np, _)| np)
}

/// Parses a subject that stands before its verb (`وكانت منظمة التحرير وجهت`): nothing after
/// an organisation's name is taken as part of it, since the verb follows.
pub fn parse_fronted(words: &[Word]) -> Option<Np> {
    parse_extent(words, false).map(|(np, _)| np)
}

/// Parses a speaker phrase at the start of `words` (which must all have a folded form) and
/// says how many words it covers: what follows (`للصحافيين`, `كافة المترشحين`, `في ختام
/// الاجتماع`) is no part of the speaker.
pub fn extent(words: &[Word]) -> Option<(Np, usize)> {
    parse_extent(words, true)
}

/// A document that speaks for its issuer (`بيان لـX`, `تقرير للبنك الدولي`, `بلاغ لوزارة`).
pub(crate) fn is_statement_noun(f: &str) -> bool {
    matches!(
        f,
        "بيان"
            | "البيان"
            | "تقرير"
            | "التقرير"
            | "رساله"
            | "الرساله"
            | "دراسه"
            | "الدراسه"
            | "بلاغ"
            | "البلاغ"
    )
}

/// The honorifics that open a phrase: `معالي`, `صاحب السمو الملكي`, `فضيلة`. Returns the
/// index of the first word after them.
pub(crate) fn skip_honorifics(words: &[Word], mut i: usize) -> usize {
    let l = lexicon();
    loop {
        let Some(w) = words.get(i) else { return i };
        let f = w.folded;
        if l.class(f) == Some(Class::Honorific) {
            i += 1;
        } else if matches!(f, "صاحب" | "صاحبه")
            && words
                .get(i + 1)
                .is_some_and(|n| matches!(n.folded, "السمو" | "المعالي" | "الجلاله" | "الفخامه" | "السعاده"))
        {
            i += 2;
            if words.get(i).is_some_and(|n| matches!(n.folded, "الملكي" | "الملكيه")) {
                i += 1;
            }
        } else {
            return i;
        }
    }
}

fn parse_extent(words: &[Word], trailing_names: bool) -> Option<(Np, usize)> {
    let l = lexicon();
    let filtered: Vec<Word>;
    let words = if words.iter().any(|w| w.folded.is_empty()) {
        filtered = words.iter().copied().filter(|w| !w.folded.is_empty()).collect();
        &filtered[..]
    } else {
        words
    };
    let n = words.len();
    if n == 0 {
        return None;
    }
    if l.class(words[0].folded) == Some(Class::Pronoun) {
        let np = Np { kind: NpKind::Pronoun, name: words[0].text.to_string(), role: String::new(), definite: true };
        return Some((np, 1));
    }
    let i = skip_honorifics(words, 0);
    if i >= n || words[i].folded == "الله" {
        // `دعا الله أن`: the one prayed to
        return None;
    }
    let honorific = i > 0;
    // "a statement of X" speaks for X
    if is_statement_noun(words[i].folded) && i + 1 < n {
        let mut rest = &words[i + 1..];
        // `بيان صادر عن الوزارة`: issued by; `تقرير أعده «ساكسو بنك»`: prepared by
        if rest.len() > 2 && matches!(rest[0].folded, "صادر" | "الصادر") && matches!(rest[1].folded, "عن" | "من")
        {
            rest = &rest[2..];
        } else if rest.len() > 1 && is_made_by(rest[0].folded) {
            rest = &rest[1..];
        }
        // the statement's own adjectives come first: `البيان الختامي للقمة`, `البيان المشترك`
        while rest.len() > 1
            && rest[0].folded.starts_with("ال")
            && !l.is_org(rest[0].folded)
            && !l.is_title(rest[0].folded)
        {
            rest = &rest[1..];
        }
        // `للقمة` is ل + القمة: the article's alif is dropped after the preposition
        let (restored, restored_text);
        let owner: Vec<Word> = if rest[0].folded == "ل" {
            rest[1..].to_vec()
        } else if let Some(stripped) = rest[0].folded.strip_prefix('ل') {
            let mut v = rest.to_vec();
            if stripped.starts_with('ل') {
                restored = format!("ا{stripped}");
                restored_text = format!("ا{}", rest[0].text.strip_prefix('ل').unwrap_or(rest[0].text));
                v[0].folded = &restored;
                v[0].text = &restored_text;
            } else {
                v[0].folded = stripped;
                v[0].text = rest[0].text.trim_start_matches('ل');
            }
            v
        } else {
            rest.to_vec()
        };
        let owner: Vec<Word> = if owner.first().is_some_and(|w| w.quoted) {
            owner.iter().copied().take_while(|w| w.quoted).collect()
        } else {
            owner
        };
        if let Some((np, used)) = parse_extent(&owner, true) {
            return Some((np, n - owner.len() + used));
        }
    }
    if l.is_org(words[i].folded) && !l.is_title(words[i].folded) {
        let end = org_chain(words, i, trailing_names);
        let name = join(&words[i..end]);
        return Some((Np { kind: NpKind::Org, name, role: String::new(), definite: true }, end));
    }
    if words[i].quoted {
        // a quoted name standing alone: «الأونروا»
        let end = i + words[i..].iter().take_while(|w| w.quoted).count();
        return Some((Np { kind: NpKind::Org, name: join(&words[i..end]), role: String::new(), definite: true }, end));
    }
    // a group named by its members: `ذوو الشهداء`, `أهالي الضحايا`, `المصابون`, `المحتجون
    // الغاضبون` (a definite sound masculine plural in the nominative)
    if let Some(end) = group_phrase(words, i) {
        let phrase = join(&words[i..end]);
        return Some((Np { kind: NpKind::Role, name: phrase.clone(), role: phrase, definite: true }, end));
    }
    // a group or one of a group: `عدد من السيدات`, `بعض المسؤولين`, `أحد الشهود`
    if l.class(words[i].folded) == Some(Class::Quantifier) {
        let mut end = i + 1;
        // whether the noun of the group was read (`عدد من الأهالي`): after it only adjectives
        // follow, a definite noun is the verb's object (`وطالب عدد من الأهالي الجهات المختصة`)
        let mut noun = false;
        while end < n && end < i + 6 && !adverbial_at(words, end, true) {
            let f = words[end].folded;
            let ok = (end == i + 1 && f == "من") || is_def(f) || l.is_title(f) || (end > i + 1 && !stops_name(f));
            if !ok || (end > i + 2 && f == "في") || noun && is_def(f) && !looks_adjective(f) {
                break;
            }
            noun |= is_def(f);
            end += 1;
        }
        if end == i + 1 || words[end - 1].folded == "من" {
            return None;
        }
        let phrase = join(&words[i..end]);
        return Some((Np { kind: NpKind::Role, name: phrase.clone(), role: phrase, definite: false }, end));
    }
    let role_start = i;
    let (role_end, name_at) = role_chain(words, i);
    let role = &words[role_start..role_end];
    let Some(name_start) = name_at else {
        if role.is_empty() {
            // no title: the phrase is a name (`وقال شكري`) if its first word can be one
            return person_name(words, i, &[]);
        }
        // `شاهد عيان يدعى عبدالله المطيري`, `ولية أمر تدعى أم خالد`: an unnamed description
        // named by "who is called"
        if words.get(role_end).is_some_and(|w| matches!(w.folded, "يدعي" | "تدعي" | "اسمه" | "اسمها"))
        {
            if let Some(found) = person_name(words, role_end + 1, role) {
                if found.0.kind == NpKind::Person {
                    return Some(found);
                }
            }
        }
        let phrase = join(role);
        let np =
            Np { kind: NpKind::Role, name: phrase.clone(), role: phrase, definite: honorific || role_definite(role) };
        return Some((np, role_end));
    };
    person_name(words, name_start, role)
}

/// A group named by kinship with others (`ذوو الشهداء`, `أسر الضحايا`) or by a definite sound
/// masculine plural (`المصابون`, `المشاركون`), with its definite adjectives and genitives:
/// the index after it.
fn group_phrase(words: &[Word], i: usize) -> Option<usize> {
    let l = lexicon();
    let f = words[i].folded;
    let kin = matches!(f, "ذوو" | "ذوي" | "اهالي" | "اسر" | "عائلات" | "اقارب" | "اولياء");
    let plural = is_def(f) && f.ends_with("ون") && f.chars().count() > 5 && !l.is_title(f);
    if !(kin || plural) {
        return None;
    }
    let mut end = i + 1;
    if kin && !words.get(end).is_some_and(|w| is_def(w.folded)) {
        return None;
    }
    while end < words.len() && end < i + 5 && is_def(words[end].folded) && !stops_name_word(&words[end]) {
        end += 1;
    }
    Some(end)
}

/// Whether a speaker phrase names a group (`ذوو الشهداء`, `المصابون`), which plural verbs
/// (`وقالوا`) and participles (`مؤكدين`) continue.
pub fn is_group(name: &str) -> bool {
    let folded: Vec<String> = name.split_whitespace().map(crate::text::fold).collect();
    let words: Vec<Word> = folded.iter().map(|f| Word { text: f, folded: f, quoted: false }).collect();
    !words.is_empty() && group_phrase(&words, 0).is_some()
}

/// The title phrase that opens a subject, and where the name after it starts (if one does).
///
/// A title (`وزير`, `المتحدث`) takes as dependents: definite words (genitives and adjectives:
/// `وزير الخارجية الروسي`); indefinite nouns in a construct chain, which only an indefinite
/// word can head (`وزيرة خارجية الاتحاد`, `رئيسة إدارة مسابقة ...`: after a definite word an
/// indefinite one cannot be a genitive, so it starts the name: `الرئيس بشار`); `باسم` with an
/// organisation; prepositional phrases of place and affiliation (`لحقوق الإنسان`, `في
/// المنطقة الشرقية`, `بمجلس النواب`) when a name follows them. A title of address (`الأستاذ`,
/// `الدكتور`) and a given name always start the name.
fn role_chain(words: &[Word], from: usize) -> (usize, Option<usize>) {
    let l = lexicon();
    let n = words.len();
    let mut i = from;
    // whether the last word of the role was definite (an indefinite word after it is a name)
    let mut last_def = true;
    // whether the role ended with a prepositional phrase of affiliation
    let mut after_pp = false;
    while i < n {
        let w = words[i];
        let f = w.folded;
        if i > from && (adverbial_at(words, i, false) || is_time_word(f)) {
            return (i, None);
        }
        // `إمام وخطيب المسجد الحرام`: a coordinated title; `... المسجد الحرام فضيلة الشيخ`: an
        // honorific before the titles of address
        let honorific_of_address =
            l.class(f) == Some(Class::Honorific) && words.get(i + 1).is_some_and(|nx| l.is_name_title(nx.folded));
        if i > from && (f.strip_prefix('و').is_some_and(|r| l.is_title(r)) || honorific_of_address) {
            i += 1;
            last_def = false;
            continue;
        }
        // `مدير مستشفى الملك فهد ناصر القحطاني`: the name an institution bears is the role's
        if i > from && l.is_org(words[i - 1].folded) && !is_def(words[i - 1].folded) {
            if let Some(after) = named_after(words, i) {
                i = after;
                last_def = true;
                continue;
            }
        }
        // `خادم الحرمين الشريفين`, the king's title (خادم alone is a servant or a server)
        if f == "خادم" && words.get(i + 1).is_some_and(|nx| nx.folded == "الحرمين") {
            i += 2;
            if words.get(i).is_some_and(|nx| nx.folded == "الشريفين") {
                i += 1;
            }
            last_def = true;
            continue;
        }
        if l.is_title(f) || l.is_name_title(f) || is_imam(&w) {
            i += 1;
            // (`الدكتور سلطان الجابر`: after one, a given name that is also a word or a title
            // is the name)
            let named = |w: &Word| name_word(w) || l.any_given_name(w.folded).is_some();
            if l.is_name_title(f) && i < n && named(&words[i]) && !is_def(words[i].folded) {
                // a title of address (`الأستاذ`, `الدكتور`) belongs to neither role nor name
                return (if i - 1 > from { i - 1 } else { i }, Some(i));
            }
            last_def = is_def(f);
            continue;
        }
        if i == from {
            return (i, None);
        }
        // `مصدر مطلع` (an informed source), not `مطلع` "the beginning of"
        if matches!(f, "مطلع" | "مطلعه") && l.is_title(words[i - 1].folded) {
            i += 1;
            last_def = false;
            continue;
        }
        if f == "باسم" {
            i += 1;
            if i < n && l.is_org(words[i].folded) {
                i = org_chain(words, i, false);
            } else if i < n && is_def(words[i].folded) {
                // `باسم الجهة الحكومية`: the body spoken for, with its adjectives
                i += 1;
                while i < n && is_def(words[i].folded) && looks_adjective(words[i].folded) {
                    i += 1;
                }
            }
            last_def = true;
            continue;
        }
        // (the name علي, written with its final ya, folds to the letters of على)
        if l.given_name(f).is_some() && !is_def(f) || f == "علي" && w.text.ends_with('ي') {
            return (i, Some(i));
        }
        // after a definite word only adjectives follow (`المتحدث الرسمي`; in `رفض متحدث باسم
        // الجهة الحكومية التعليق` the last word is the verb's object)
        if last_def && is_def(f) && !looks_adjective(f) && !l.is_org(f) {
            return (i, None);
        }
        // (`الشؤون البلدية والقروية`: a coordinated definite word)
        if is_def(f) || w.quoted || l.is_org(f) && !f.starts_with('ل') || f.starts_with("وال") && i > from + 1 {
            i += 1;
            last_def = is_def(f) || w.quoted || f.starts_with("وال");
            continue;
        }
        if let Some(after) = affiliation_pp(words, i) {
            // keep it only if a name follows: otherwise it qualifies a role with no name
            // (`الخبير في مركز الدراسات`), which the caller keeps whole
            i = after;
            last_def = true;
            after_pp = true;
            continue;
        }
        if stops_name_word(&w) {
            return (i, None);
        }
        // an indefinite word: a construct-chain noun after an indefinite role word when the
        // chain goes on to a definite word or another such noun; else the name's first word
        if !last_def && words.get(i + 1).is_some_and(|nx| is_def(nx.folded) || chain_noun(nx) || l.is_title(nx.folded))
        {
            i += 1;
            last_def = false;
            continue;
        }
        if !last_def && !name_word(&w) {
            return (i, None);
        }
        if name_word(&w) {
            // an indefinite adjective after an indefinite title is an unnamed source
            // (`مسؤول تركي`, `مصدر مسؤول`): a nisba or a word no name follows
            if !last_def && i == from + 1 && !words.get(i + 1).is_some_and(name_word) {
                return (i + 1, None);
            }
            // after a prepositional phrase the verb's object may follow as well as a name
            // (`ونفى مصدر في الوزارة وجود نية`): only a given name or a family particle shows a
            // name there
            // (or a short run of name words that ends the phrase: `... شارلز ماكولو`)
            let ends_phrase = n - i <= 3 && words[i..].iter().all(|w| name_word(w) || is_def(w.folded));
            if after_pp
                && l.any_given_name(f).is_none()
                && !ends_phrase
                && !words.get(i + 1).is_some_and(|nx| matches!(nx.folded, "ال" | "بن" | "ابو" | "بنت"))
            {
                return (i, None);
            }
            return (i, Some(i));
        }
        return (i, None);
    }
    (i, None)
}

/// Whether a role refers to someone definite: its head has the article (`المتحدث`), or a
/// construct chain of nouns leads from it to a definite genitive (`وزير الخارجية`, `وزيرة
/// خارجية الاتحاد`). A prepositional phrase leaves it indefinite: `متحدث باسم الهيئة` is "a
/// spokesman for the authority", `مسؤول في الوزارة` "an official".
fn role_definite(role: &[Word]) -> bool {
    let l = lexicon();
    for w in role {
        if is_def(w.folded) && !w.folded.starts_with("لل") {
            return true;
        }
        if !(l.is_title(w.folded) || chain_noun(w))
            || w.folded == "باسم"
            || l.is_org(w.folded) && w.folded.starts_with(['ل', 'ب'])
        {
            return false;
        }
    }
    false
}

/// A surname that is also a title (`وليد المعلم`, `محمد الشيخ`, `سعد الحاكم`): a definite
/// title right after a given name, not followed by a genitive or adjective of its own (a
/// definite word other than a time word).
fn title_surname(words: &[Word], start: usize, i: usize) -> bool {
    let l = lexicon();
    let f = words[i].folded;
    i == start + 1
        && is_def(f)
        && l.is_title(f)
        && !l.is_name_title(f)
        && l.any_given_name(words[start].folded).is_some()
        && words.get(i + 1).is_none_or(|nx| !is_def(nx.folded) || is_time_word(nx.folded))
}

/// A noun of a speech event, also in the accusative (`بيانا`, `تغريدة`): the object of the
/// verb after a name, never part of it.
fn is_speech_noun(f: &str) -> bool {
    let l = lexicon();
    l.is_speech_event(f) || f.strip_suffix('ا').is_some_and(|b| l.is_speech_event(b))
}

/// An indefinite noun that can go on a construct chain (not a given name, a closed-class word
/// or a verb).
fn chain_noun(w: &Word) -> bool {
    let l = lexicon();
    !is_def(w.folded)
        && w.folded.chars().count() > 1
        && l.given_name(w.folded).is_none()
        && !stops_name_word(w)
        && !is_name_particle(w.folded)
}

/// Whether a construct chain goes on from `rest` to a definite word within three indefinite
/// nouns (`سيدة جمال الأخلاق`).
fn chain_reaches_def(rest: &[Word]) -> bool {
    let l = lexicon();
    for w in rest.iter().take(3) {
        if is_def(w.folded) {
            return !stops_name_word(w);
        }
        if !(chain_noun(w) || l.is_title(w.folded)) {
            return false;
        }
    }
    false
}

/// The name an institution bears after its head (`جامعة|الملك سعود`, `مستشفى|الأمير محمد بن
/// عبدالعزيز`): a royal or religious title, a given name and its `بن` chain. Returns the index
/// after it.
fn named_after(words: &[Word], j: usize) -> Option<usize> {
    let l = lexicon();
    let w = words.get(j)?;
    if !(matches!(w.folded, "الملك" | "الامير" | "الشيخ") || is_imam(w)) {
        return None;
    }
    let mut k = j + 1;
    words.get(k).filter(|n| l.any_given_name(n.folded).is_some())?;
    k += 1;
    while k + 1 < words.len()
        && matches!(words[k].folded, "بن" | "ابن")
        && l.any_given_name(words[k + 1].folded).is_some()
    {
        k += 2;
    }
    Some(k)
}

/// A prepositional phrase of place or affiliation inside a role: `لحقوق الإنسان`, `في المنطقة
/// الشرقية`, `بمجلس النواب`, `لدى الأمم المتحدة`. Returns the index after it.
fn affiliation_pp(words: &[Word], i: usize) -> Option<usize> {
    let l = lexicon();
    let f = words[i].folded;
    let mut j = if matches!(f, "في" | "لدي" | "عن") {
        i + 1
    } else if (f.starts_with('ل') || f.starts_with('ب')) && f.chars().count() > 3 && l.given_name(f).is_none() {
        // the fused preposition's own noun: لحقوق، بمجلس، لوزارة
        i + 1
    } else {
        return None;
    };
    if f == "في" || f == "لدي" || f == "عن" {
        // the object: a construct chain ending in a definite word
        let first = words.get(j)?;
        if !(is_def(first.folded) || l.is_org(first.folded) || chain_noun(first)) || l.is_speech_event(first.folded) {
            return None;
        }
        j += 1;
    }
    // the rest of the object: definite words, and indefinite chain nouns before a definite one
    // (a definite word closes a construct chain: after it only adjectives follow)
    let mut closed = is_def(words[j - 1].folded);
    while j < words.len() {
        let w = &words[j];
        // an institution named after someone: `جامعة الملك سعود`, `مستشفى الأمير محمد بن
        // عبدالعزيز`, `جامعة الإمام عبدالرحمن بن فيصل`
        if j > i + 1 && l.is_org(words[j - 1].folded) && !is_def(words[j - 1].folded) {
            if let Some(after) = named_after(words, j) {
                j = after;
                closed = true;
                continue;
            }
        }
        if is_def(w.folded) && !stops_name_word(w) || l.is_org(w.folded) && !w.folded.starts_with('ل') {
            closed |= is_def(w.folded);
            j += 1;
        } else if !closed && (chain_noun(w) || l.is_title(w.folded)) && chain_reaches_def(&words[j + 1..]) {
            j += 1;
        } else {
            break;
        }
    }
    // a place name ends the object before a given name or a title of address: `بمحافظة جدة
    // خالد العمري`, `في تعز المهندس نبيل جامل`
    let name_next =
        |x: usize| words.get(x).is_some_and(|nx| l.given_name(nx.folded).is_some() || l.is_name_title(nx.folded));
    if !closed && j < words.len() && chain_noun(&words[j]) && name_next(j + 1) {
        return Some(j + 1);
    }
    // `لأمانة محافظة جدة محمد البقمي`: an administrative place with its name, then the name
    if !closed
        && j + 1 < words.len()
        && matches!(words[j].folded, "منطقه" | "محافظه" | "مدينه" | "ولايه" | "اقليم")
        && name_next(j + 2)
    {
        return Some(j + 2);
    }
    if !closed && j == i + 2 && f == "في" && chain_noun(&words[i + 1]) && name_next(j) {
        return Some(j);
    }
    // it must reach a definite word (the object is a specific place or body)
    let reaches_def = (i + 1..j).any(|k| is_def(words[k].folded));
    if !(reaches_def || f.starts_with(['ل', 'ب']) && j > i + 1) {
        return None;
    }
    Some(j)
}

/// The personal name that starts at `start`: given names, family particles and surnames
/// (`سامي بن أحمد الحداد`, `عالية آل فريد`, `خضراء المبارك`), at most six words, then an
/// apposition with a title (`وليد العوض عضو المكتب السياسي`) as more of the role.
fn person_name(words: &[Word], start: usize, role: &[Word]) -> Option<(Np, usize)> {
    let l = lexicon();
    let n = words.len();
    let mut i = start;
    while i < n
        && i - start < 6
        && (name_word(&words[i])
            || title_surname(words, start, i)
            || i == start && role.last().is_some_and(|r| l.is_name_title(r.folded)) && l.any_given_name(words[i].folded).is_some()
            // `ماركو سيلفا`, `خوان سيرجيو`: a foreign name after a given name, not the future
            // verb its first letters spell (a verb of the future ends on a consonant or ي)
            || i > start && words[i].folded.starts_with("سي") && words[i].folded.ends_with(['ا', 'و'])
            // after a family particle any word is the name: `آل الشيخ`, `عبد الله`
            || i > start && matches!(words[i - 1].folded, "ال" | "بن" | "بنت" | "ابن" | "ابو" | "عبد") && words[i].folded.chars().count() > 1)
        && !is_speech_noun(words[i].folded)
        && !(i > start && adverbial_at(words, i, true))
        && !(i >= start + 2 && object_after_name(words, i))
    {
        if i > start && l.is_org(words[i].folded) && words[i].folded.starts_with('ل') {
            break; // `... لوكالة الأنباء`: the addressee, not the name
        }
        i += 1;
        // a surname with the article ends the name (`فهد المالكي وفد المنظمة`), unless it
        // follows عبد (`عبد الرحمن الراشد`) or a particle follows it (`محمد الفيصل بن ...`)
        let w = words[i - 1].folded;
        if i - 1 > start
            && is_def(w)
            && !(i >= 2 && words[i - 2].folded == "عبد")
            && !words.get(i).is_some_and(|nx| matches!(nx.folded, "بن" | "بنت" | "ال" | "ابن"))
        {
            break;
        }
    }
    // a name does not end on a particle (`محمد بن` before a title)
    while i > start && is_name_particle(words[i - 1].folded) {
        i -= 1;
    }
    if i == start {
        if role.is_empty() {
            return None;
        }
        let phrase = join(role);
        let np = Np { kind: NpKind::Role, name: phrase.clone(), role: phrase, definite: role_definite(role) };
        return Some((np, start));
    }
    // `مدير مستشفى الملك فهد الدكتور ناصر القحطاني`: a name that a title of address and
    // another name follow was part of the role (an institution named after someone)
    if i + 1 < n && l.is_name_title(words[i].folded) && name_word(&words[i + 1]) && !is_def(words[i + 1].folded) {
        let role_start = role.first().map_or(start, |r| {
            // `role` is a run of `words`; find where it begins
            words.iter().position(|w| std::ptr::eq(w, r)).unwrap_or(start)
        });
        return person_name(words, i + 1, &words[role_start..i]);
    }
    let name = join(&words[start..i]);
    let mut end = i;
    // an apposition after the name: `وليد العوض عضو المكتب السياسي`
    let mut role_text = join(role);
    if i < n && l.is_title(words[i].folded) {
        // the apposition is a role phrase of its own (it ends where a role does: `أمير منطقة
        // القصيم | اليوم`), and never names another person
        let (role_end, _) = role_chain(words, i);
        let app_end = role_end.min(i + 8).max(i + 1);
        if !role_text.is_empty() {
            role_text.push_str("، ");
        }
        role_text.push_str(&join(&words[i..app_end]));
        end = app_end;
    }
    Some((Np { kind: NpKind::Person, name, role: role_text, definite: true }, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn np(s: &str) -> Np {
        let folded: Vec<String> = s.split_whitespace().map(fold).collect();
        let words: Vec<Word> =
            s.split_whitespace().zip(&folded).map(|(t, f)| Word { text: t, folded: f, quoted: false }).collect();
        parse(&words).expect("a speaker phrase")
    }

    #[test]
    fn title_nisba_and_name() {
        let p = np("وزير الدفاع الفرنسي جان لوران");
        assert_eq!((p.kind, p.name.as_str(), p.role.as_str()), (NpKind::Person, "جان لوران", "وزير الدفاع الفرنسي"));
        let p = np("الرئيسة البرازيلية ديلما روسيف");
        assert_eq!(p.name, "ديلما روسيف");
    }

    #[test]
    fn definite_surname_stays_in_the_name() {
        assert_eq!(np("وزير الإعلام الأردني محمد المومني").name, "محمد المومني");
    }

    #[test]
    fn apposition_after_the_name_is_the_role() {
        let p = np("سمير الحسن عضو اللجنة المركزية للحزب");
        assert_eq!(p.name, "سمير الحسن");
        assert!(p.role.contains("عضو اللجنة"));
    }

    #[test]
    fn spokesman_of_an_organisation_then_name() {
        let p = np("المتحدث باسم هيئة الطيران المدني خالد سعيد");
        assert_eq!(p.name, "خالد سعيد");
        let r = np("المتحدث باسم الوزارة");
        assert_eq!((r.kind, r.definite), (NpKind::Role, true));
    }

    #[test]
    fn organisations_and_unnamed_sources() {
        let o = np("وزارة الصحة الفلسطينية");
        assert_eq!((o.kind, o.name.as_str()), (NpKind::Org, "وزارة الصحة الفلسطينية"));
        let u = np("مسؤول أوروبي");
        assert_eq!((u.kind, u.definite), (NpKind::Role, false));
        assert_eq!(u.name, "مسؤول أوروبي");
        let s = np("بيان لوزارة الزراعة");
        assert_eq!((s.kind, s.name.as_str()), (NpKind::Org, "وزارة الزراعة"));
    }

    #[test]
    fn honorific_pronoun_and_honorific_title() {
        assert_eq!(np("معاليه").kind, NpKind::Pronoun);
        let t = np("معالي الوزير");
        assert_eq!((t.kind, t.definite), (NpKind::Role, true));
    }

    #[test]
    fn a_role_qualified_by_a_phrase_has_no_name() {
        let p = np("الخبير في مركز الدراسات الاستراتيجية");
        assert_eq!(p.kind, NpKind::Role);
        assert_eq!(p.name, "الخبير في مركز الدراسات الاستراتيجية");
    }
}
