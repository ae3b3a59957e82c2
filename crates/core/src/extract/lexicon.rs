//! Word classes of Arabic news reporting: verbs of saying with their inflected forms, the
//! complements each verb takes, complementizers, titles, organisation heads and adverbs.
//! Everything is stored folded (see `text::fold`) so that spelling variants match.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::text::fold;

/// Grammatical gender (and number) marked on a verb or participle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Masc,
    Fem,
    Plural,
}

/// Which inflection of the verb a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Participle,
}

/// What may introduce the reported content after a verb, besides a complementizer or a
/// colon/quotation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// Prepositions that open the content: `دعا ... إلى`, `أعرب عن`, `تعهد بـ`. A prefix
    /// preposition (`ب`, `ل`) is written as itself and matched at the start of a word.
    pub preps: &'static [&'static str],
    /// The verb takes the content as a plain object (`أكد استمرار الدعم`).
    pub object: bool,
    /// The verb is ambiguous with common non-speech words and counts only with a
    /// complementizer, a colon or a quotation.
    pub strict: bool,
}

/// A cue token: a verb of saying or its participle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub en: &'static str,
    pub gender: Gender,
    pub tense: Tense,
    pub frame: Frame,
    /// `نقل عن`: the subject relays the words of the person after `عن`.
    pub relay: bool,
}

impl Cue {
    /// Verbs of calling on someone (`دعا`, `طالب`, `حث`, `ناشد`) take the person called on as
    /// an object before the content (`ودعا البلدين إلى`); other verbs have only their subject
    /// there (`وشدد الجانبان على`).
    pub fn takes_addressee(&self) -> bool {
        matches!(self.en, "called for" | "demanded" | "urged" | "appealed" | "recommended")
    }
}

const NONE: &[&str] = &[];
const ILA: &[&str] = &["الي"];
const AN: &[&str] = &["عن"];
const BI: &[&str] = &["ب"];
const ALA: &[&str] = &["علي"];
const MIN: &[&str] = &["من"];
const AN_BI: &[&str] = &["عن", "ب"];
const ILA_BI: &[&str] = &["الي", "ب"];
const ILA_ALA: &[&str] = &["الي", "علي"];
const ALA_ILA: &[&str] = &["علي", "الي"];

/// One verb of saying: past 3rd masculine, present 3rd masculine (or "" where the present is
/// too ambiguous to use), accusative participle (or ""), English meaning, frame.
struct Verb(&'static str, &'static str, &'static str, &'static str, Frame);

const fn fr(preps: &'static [&'static str], object: bool, strict: bool) -> Frame {
    Frame { preps, object, strict }
}

/// The verbs of saying of Modern Standard Arabic news, by class (after the classes of
/// reporting verbs in the reference grammars: Ryding, *A Reference Grammar of Modern Standard
/// Arabic*, 2005, on verbs of saying and their complements; Badawi, Carter & Gully, *Modern
/// Written Arabic: A Comprehensive Grammar*, 2004, on reported speech and أنّ/إنّ clauses):
/// neutral saying, adding and continuing, asserting and emphasising, explaining and noting,
/// announcing and revealing, evaluating, expecting, wishing, denying and admitting, warning
/// and threatening, calling on someone, pledging, praising and condemning, expressing,
/// asking and answering, writing and publishing. Each verb is given as past 3rd masculine
/// singular, present 3rd masculine singular (or "" where the present is too ambiguous to
/// use), accusative participle (or ""), English meaning and frame; every other inflection
/// (feminine, plural, the و/ف conjunctions) is generated in `Lexicon::build`. Present forms
/// are kept only where they are common as reporting verbs with an explicit subject
/// (`وتقول الوكالة إن`); participles only where the accusative form is not also a common
/// noun or adverb (`مجددا` is "again", `مقرا` "headquarters"). Strict verbs are ambiguous
/// with narration (`كتب` wrote, `رد` replied, `نشر` published) and count only with a
/// complementizer, a colon or a quotation.
const VERBS: &[Verb] = &[
    // neutral saying
    Verb("قال", "يقول", "قائلا", "said", fr(NONE, false, false)),
    Verb("ذكر", "يذكر", "ذاكرا", "said", fr(NONE, false, false)),
    // ذكّر "reminded" (spelled as ذكر but for its shadda): its participle `مذكرا بأن`
    Verb("ذكّر", "", "مذكرا", "reminded", fr(BI, false, true)),
    Verb("صرح", "يصرح", "مصرحا", "stated", fr(NONE, false, false)),
    Verb("أفاد", "يفيد", "مفيدا", "reported", fr(AN_BI, false, false)),
    Verb("نقل", "", "", "said", fr(AN, false, true)),
    Verb("تحدث", "", "", "spoke", fr(AN, false, true)),
    // adding and continuing
    Verb("أضاف", "يضيف", "مضيفا", "added", fr(NONE, false, false)),
    Verb("تابع", "يتابع", "متابعا", "continued", fr(NONE, false, true)),
    Verb("استطرد", "", "مستطردا", "continued", fr(NONE, false, false)),
    Verb("أردف", "", "مردفا", "added", fr(NONE, false, false)),
    Verb("استدرك", "", "مستدركا", "added", fr(NONE, false, true)),
    Verb("اختتم", "", "مختتما", "concluded", fr(NONE, false, true)),
    // asserting and emphasising
    Verb("أكد", "يؤكد", "مؤكدا", "stressed", fr(ALA, true, false)),
    Verb("شدد", "يشدد", "مشددا", "stressed", fr(ALA, false, false)),
    Verb("جزم", "", "جازما", "asserted", fr(BI, false, true)),
    Verb("أصر", "", "", "insisted", fr(ALA, false, true)),
    // explaining and noting
    Verb("أوضح", "يوضح", "موضحا", "explained", fr(NONE, false, false)),
    Verb("بين", "يبين", "مبينا", "explained", fr(NONE, false, true)),
    Verb("أبان", "", "", "explained", fr(NONE, false, true)),
    Verb("شرح", "", "شارحا", "explained", fr(NONE, false, true)),
    Verb("أشار", "يشير", "مشيرا", "noted", fr(ILA, false, false)),
    Verb("لفت", "", "لافتا", "noted", fr(ILA, false, false)),
    Verb("نوه", "", "منوها", "noted", fr(ILA_BI, false, false)),
    Verb("ألمح", "", "ملمحا", "hinted", fr(ILA, false, true)),
    Verb("نبه", "", "منبها", "cautioned", fr(ILA_ALA, false, true)),
    // announcing and revealing
    Verb("أعلن", "يعلن", "معلنا", "announced", fr(AN, true, false)),
    // Maghrebi news style: أبرز "highlighted", سجل "noted" (also the elative "most
    // prominent" and the noun "record": only with a complementizer)
    Verb("أبرز", "يبرز", "مبرزا", "highlighted", fr(NONE, false, true)),
    Verb("سجل", "يسجل", "مسجلا", "noted", fr(NONE, false, true)),
    Verb("كشف", "يكشف", "كاشفا", "revealed", fr(AN, false, false)),
    Verb("أفصح", "", "", "disclosed", fr(AN, false, true)),
    Verb("أورد", "", "", "reported", fr(NONE, false, true)),
    Verb("أبلغ", "", "", "told", fr(NONE, false, true)),
    Verb("أخبر", "", "", "told", fr(NONE, false, true)),
    Verb("أعلم", "", "", "told", fr(NONE, false, true)),
    // evaluating and considering
    Verb("اعتبر", "يعتبر", "معتبرا", "considered", fr(NONE, false, false)),
    Verb("رأى", "يرى", "", "said", fr(NONE, false, false)),
    // believing, stated: `ويعتقد المحلل أن` (only with its complementizer)
    Verb("اعتقد", "يعتقد", "معتقدا", "believed", fr(NONE, false, true)),
    Verb("وصف", "يصف", "واصفا", "described", fr(BI, true, false)),
    Verb("علق", "", "معلقا", "commented", fr(ALA, false, true)),
    // expecting, estimating, wishing
    Verb("توقع", "يتوقع", "متوقعا", "predicted", fr(NONE, false, true)),
    Verb("رجح", "يرجح", "مرجحا", "said likely", fr(NONE, false, true)),
    Verb("استبعد", "يستبعد", "مستبعدا", "ruled out", fr(NONE, false, true)),
    Verb("قدر", "", "مقدرا", "estimated", fr(NONE, false, true)),
    Verb("أمل", "", "", "hoped", fr(NONE, false, true)),
    Verb("تمنى", "", "متمنيا", "hoped", fr(NONE, false, true)),
    // denying, admitting, claiming
    Verb("نفى", "ينفي", "نافيا", "denied", fr(NONE, true, false)),
    Verb("أنكر", "", "منكرا", "denied", fr(NONE, false, true)),
    Verb("اعترف", "", "معترفا", "admitted", fr(BI, false, false)),
    Verb("أقر", "", "", "acknowledged", fr(BI, false, true)),
    Verb("زعم", "يزعم", "زاعما", "claimed", fr(NONE, false, true)),
    Verb("ادعى", "", "", "claimed", fr(NONE, false, true)),
    Verb("تباهى", "", "", "boasted", fr(NONE, false, true)),
    // warning and threatening
    Verb("حذر", "يحذر", "محذرا", "warned", fr(MIN, false, false)),
    Verb("هدد", "", "", "threatened", fr(BI, false, true)),
    Verb("توعد", "", "متوعدا", "threatened", fr(BI, false, true)),
    // calling on someone (the addressee may stand before the content)
    Verb("دعا", "يدعو", "داعيا", "called for", fr(ILA, false, false)),
    Verb("طالب", "يطالب", "مطالبا", "demanded", fr(BI, false, false)),
    Verb("حث", "يحث", "حاثا", "urged", fr(ALA, false, false)),
    Verb("حض", "", "", "urged", fr(ALA_ILA, false, false)),
    Verb("ناشد", "يناشد", "مناشدا", "appealed", fr(BI, false, false)),
    Verb("أوصى", "يوصي", "موصيا", "recommended", fr(BI, false, false)),
    Verb("اقترح", "", "", "proposed", fr(NONE, false, true)),
    // pledging
    Verb("تعهد", "يتعهد", "متعهدا", "pledged", fr(BI, false, false)),
    Verb("وعد", "", "واعدا", "promised", fr(BI, false, false)),
    // praising, welcoming, condemning
    Verb("أشاد", "يشيد", "مشيدا", "praised", fr(BI, false, false)),
    Verb("رحب", "يرحب", "مرحبا", "welcomed", fr(BI, false, false)),
    Verb("ثمن", "", "مثمنا", "praised", fr(NONE, true, false)),
    Verb("انتقد", "ينتقد", "منتقدا", "criticized", fr(NONE, true, false)),
    Verb("أدان", "", "", "condemned", fr(NONE, true, false)),
    Verb("ندد", "", "مندد", "denounced", fr(BI, false, false)),
    Verb("شجب", "", "", "condemned", fr(NONE, true, true)),
    Verb("استنكر", "", "مستنكرا", "denounced", fr(NONE, true, true)),
    Verb("اتهم", "", "", "accused", fr(NONE, false, true)),
    // expressing
    Verb("أعرب", "يعرب", "معربا", "expressed", fr(AN, false, false)),
    // (also the preposition "via": the clause must reach its عن)
    Verb("عبر", "", "معبرا", "expressed", fr(AN, false, false)),
    Verb("أبدى", "", "مبديا", "expressed", fr(NONE, true, false)),
    // asking and answering
    Verb("تساءل", "يتساءل", "متسائلا", "asked", fr(NONE, false, false)),
    Verb("أجاب", "", "مجيبا", "answered", fr(NONE, false, true)),
    // `مكتفيا بالقول إن`: content with saying
    Verb("اكتفى", "", "مكتفيا", "said", fr(NONE, false, true)),
    Verb("رد", "", "", "replied", fr(NONE, false, true)),
    // light verbs with a statement noun: `وجه رسالة بأن`, `وجه نداء إلى`
    Verb("وجه", "", "", "addressed", fr(NONE, false, true)),
    // writing and publishing
    Verb("كتب", "", "", "wrote", fr(NONE, false, true)),
    Verb("غرد", "", "مغردا", "tweeted", fr(NONE, false, true)),
    Verb("نشر", "", "", "published", fr(NONE, false, true)),
];

/// Titles and roles that stand before or after a name, by domain (government, legislature,
/// military and police, judiciary, religion, royalty, academia and professions, business,
/// media, sport, civil society, people in the news). `+` marks a base that also takes the
/// feminine ة; every base is also listed with the article.
const TITLES: &str = "\
    رئيس+ وزير+ نائب+ وكيل+ مساعد+ مستشار+ سفير+ قنصل مبعوث+ مندوب+ ممثل+ محافظ+ حاكم عمدة \
    أمين+ متحدث+ ناطق+ مدير+ مشرف+ منسق+ مفوض+ مسؤول+ مصدر مقرر+ مرشح+ قيادي+ \
    عضو+ برلماني+ سيناتور \
    قائد+ زعيم+ لواء عميد عقيد نقيب ملازم مشير جنرال ضابط \
    قاضي+ قاض مدعي محامي+ \
    شيخ+ إمام خطيب مفتي داعية بابا بطريرك مطران كاردينال حاخام \
    ملك+ أمير+ سلطان ولي \
    أستاذ+ دكتور+ باحث+ خبير+ محلل+ مهندس+ طبيب+ استشاري+ أخصائي+ أكاديمي+ \
    اقتصادي+ مستثمر+ مؤسس+ \
    مراسل+ صحفي+ صحافي+ كاتب+ محرر+ مذيع+ معلق+ \
    مدرب+ لاعب+ حارس خريج+ \
    ناشط+ حقوقي+ \
    مفتش+ محقق+ مراقب+ سكرتير+ ملحق موفد+ والي \
    محاضر+ مدرس+ معلم+ مؤرخ+ جراح+ ممرض+ فنان+ مخرج+ مطرب+ شاعر+ روائي+ \
    جندي شرطي مقاتل+ متظاهر+ محتج+ مزارع+ تاجر+ والد+ شقيق+ زوج+ رجل \
    سيد+ وسيط شاهد مواطن+ موظف+";

/// Titles written right before a personal name, which they never end: `الأستاذ عادل`,
/// `الدكتور`, `د.`, `المهندس`, `الشيخ`, military ranks.
const NAME_TITLES: &str = "الأستاذ الأستاذة الدكتور الدكتورة د المهندس المهندسة الشيخ الشيخة السيد السيدة \
    الأمير الأميرة اللواء العميد العقيد الفريق المشير النقيب الكابتن المستشار القاضي الحاج";

/// Nouns of a speech event or an occasion: a prepositional phrase headed by one (`في تصريح`,
/// `خلال مؤتمر`, `في ختام اجتماع`) is an adverbial of the verb, never part of the speaker.
const SPEECH_EVENTS: &str = "تصريح تصريحات بيان بيانه بيانها كلمة كلمته كلمتها مؤتمر حديث حديثه حديثها \
    مقابلة لقاء اجتماع تغريدة تغريدات رسالة خطاب ندوة جلسة تقرير منشور مداخلة حوار اتصال \
    ختام نهاية بداية هامش مستهل افتتاح أعقاب تعليق رده ردها مقال \
    معرض حفل احتفال ملتقى مهرجان منتدى ورشة فعالية فعاليات بطولة مباراة وفد زيارة";

pub struct Lexicon {
    /// Every form of every cue, also with a و/ف prefix and (for verbs that take a person as
    /// object) an object pronoun, mapped to the cue and the prefix length: one lookup a word.
    cues: HashMap<String, (Cue, usize)>,
    words: HashMap<String, Class>,
    prefixed_orgs: HashSet<String>,
    name_titles: HashSet<String>,
    speech_events: HashSet<String>,
    given: HashMap<String, GivenName>,
}

/// Closed classes of words that the clause parser branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// إن، أن، بأن، فإن and their forms with attached pronouns; `bare` when the word has
    /// no pronoun and so carries nothing of the content.
    Comp { bare: bool },
    /// Person titles and roles: الرئيس، وزير، المتحدث.
    Title,
    /// Heads of organisation names: وزارة، وكالة، لجنة.
    Org,
    /// Honorific titles placed before a title or name: معالي، فخامة.
    Honorific,
    /// Honorifics standing for a person: معاليه، سموه.
    Pronoun,
    /// Adverbs and time words that sit between verb and complement: مجددا، اليوم، أمس.
    Adverb,
    /// Prepositions and particles that end a name.
    Prep,
    /// Words that open a clause and may precede a reporting verb: كما، ثم، فيما.
    Opener,
    /// Relative pronouns and subordinators after which a verb is never the reporter's:
    /// الذي، التي، أن، مما.
    Subordinate,
    /// According-to openers: بحسب، حسب، وفقا، طبقا، نقلا.
    According,
    /// بقوله: "by saying", a filler between subject and content.
    Filler,
    /// Demonstratives and function words that cannot be part of a name.
    Stop,
    /// Quantifiers and partitives that open a group or an unnamed member of one: عدد من،
    /// بعض، أحد.
    Quantifier,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::build)
}

fn feminine_past(m: &str) -> String {
    // دعا → دعت, رأى → رأت, نفى → نفت: a final weak letter drops before the feminine ت.
    match m.strip_suffix(['ا', 'ي']) {
        Some(stem) => format!("{stem}ت"),
        None => format!("{m}ت"),
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut cues: HashMap<String, Cue> = HashMap::default();
        for Verb(past, present, participle, en, frame) in VERBS {
            let mut add = |form: String, gender, tense| {
                let relay = *past == "نقل";
                cues.entry(form).or_insert(Cue { en, gender, tense, frame: *frame, relay });
            };
            let p = fold(past);
            add(feminine_past(&p), Gender::Fem, Tense::Past);
            // قالوا; a final weak letter drops before the plural ending: دعوا، نفوا، رأوا
            add(format!("{}وا", p.strip_suffix(['ا', 'ي']).unwrap_or(&p)), Gender::Plural, Tense::Past);
            add(p, Gender::Masc, Tense::Past);
            if !present.is_empty() {
                let pr = fold(present);
                let stem = pr.strip_prefix('ي').unwrap_or(&pr);
                add(format!("ت{stem}"), Gender::Fem, Tense::Present);
                // يقولون، يرون، يدعون
                add(format!("{}ون", pr.strip_suffix(['ا', 'ي', 'و']).unwrap_or(&pr)), Gender::Plural, Tense::Present);
                add(pr, Gender::Masc, Tense::Present);
            }
            if !participle.is_empty() {
                let pa = fold(participle);
                // مؤكدا → مؤكدة، مؤكدين; داعيا → داعية، داعين (not the feminine plural in
                // ات, which is also the plural noun: متابعات "follow-ups", مطالبات "demands")
                let stem = pa.strip_suffix('ا').unwrap_or(&pa);
                add(format!("{stem}ه"), Gender::Fem, Tense::Participle);
                add(format!("{}ين", stem.strip_suffix('ي').unwrap_or(stem)), Gender::Plural, Tense::Participle);
                add(pa, Gender::Masc, Tense::Participle);
            }
        }
        let mut all: HashMap<String, (Cue, usize)> = HashMap::default();
        for (form, cue) in &cues {
            all.insert(form.clone(), (*cue, 0));
        }
        for (form, cue) in &cues {
            for p in ['و', 'ف'] {
                all.entry(format!("{p}{form}")).or_insert((*cue, 1));
            }
            // `طالبتها`, `دعاهم`: call verbs take the person called on as an attached object
            // `وصفها بأنها`, `تصفه بأنه`: describing takes the one described as a pronoun too
            if cue.tense == Tense::Past && cue.takes_addressee()
                || cue.en == "described" && cue.tense != Tense::Participle
            {
                for suffix in ["ها", "هم", "هما", "ه", "نا", "كم"] {
                    all.entry(format!("{form}{suffix}")).or_insert((*cue, 0));
                    for p in ['و', 'ف'] {
                        all.entry(format!("{p}{form}{suffix}")).or_insert((*cue, 1));
                    }
                }
            }
        }
        let cues = all;
        let mut words = HashMap::default();
        let mut put = |list: &str, class: Class| {
            for w in list.split_whitespace() {
                words.insert(fold(w), class);
            }
        };
        // titles and roles, by domain; each base also with the feminine ة and the article
        // where the base is marked `+` (and `*` for the article alone)
        for base in TITLES.split_whitespace() {
            let (b, fem) = match base.strip_suffix('+') {
                Some(b) => (b, true),
                None => (base, false),
            };
            let mut forms = vec![b.to_string(), format!("ال{b}")];
            if fem {
                forms.push(format!("{b}ة"));
                forms.push(format!("ال{b}ة"));
            }
            for f in forms {
                put(&f, Class::Title);
            }
        }
        put("إن أن أنّ إنّ بأن فإن وإن وأن لأن", Class::Comp { bare: true });
        // `بألا` (that … not) carries the negation of the content: kept in it
        put("بألا", Class::Comp { bare: false });
        for base in ["إن", "أن", "بأن", "فإن"] {
            for suffix in ["ه", "ها", "هم", "هما", "هن", "نا", "ني", "كم"] {
                put(&format!("{base}{suffix}"), Class::Comp { bare: false });
            }
        }
        put("مسؤولون مسؤولو مسؤولين متحدثون خبراء محللون مراقبون مصادر شهود رئيسا عام العام عامة", Class::Title);
        // the same plurals with the article, which refer back to the group (`المصادر`)
        put("المسؤولون المسؤولين المتحدثون الخبراء المحللون المراقبون المصادر الشهود", Class::Title);
        put(
            "وزارة الوزارة وكالة الوكالة لجنة اللجنة منظمة المنظمة هيئة الهيئة حكومة الحكومة \
             مجلس المجلس جيش الجيش الشرطة شرطة بنك البنك مصرف المصرف شركة الشركة حزب الحزب \
             حركة الحركة جبهة الجبهة اتحاد الاتحاد مكتب المكتب بيان البيان تقرير التقرير \
             جامعة الجامعة محكمة المحكمة الرئاسة رئاسة الخارجية الداخلية سلطة السلطة السلطات \
             بعثة البعثة صندوق الصندوق برنامج البرنامج مؤسسة المؤسسة مركز المركز مرصد المرصد \
             مجموعة المجموعة تحالف التحالف قوات القوات ائتلاف الائتلاف كتلة الكتلة برلمان \
             البرلمان الكنيست الكرملين البيت دائرة الدائرة إدارة الإدارة الأمم بلدية البلدية \
             مفوضية المفوضية القيادة قيادة التلفزيون صحيفة الصحيفة مستشفى المستشفى مدرسة \
             المدرسة مطار المطار نادي النادي مسجد المسجد معهد المعهد كلية الكلية مديرية \
             المديرية أمانة الأمانة جمعية الجمعية غرفة الغرفة نقابة النقابة رابطة الرابطة \
             سفارة السفارة قنصلية القنصلية قناة القناة إذاعة الإذاعة مجلة المجلة جريدة \
             الجريدة فرع الفرع قسم القسم شعبة الشعبة مجمع المجمع مصنع المصنع وحدة الوحدة \
             محكمة المحكمة نيابة النيابة ديوان الديوان منتخب المنتخب مملكة المملكة جمهورية \
             الجمهورية سلطنة السلطنة إمارة الإمارة",
            Class::Org,
        );
        put("معالي فخامة سمو جلالة سيادة حضرة سعادة فضيلة سماحة نيافة غبطة", Class::Honorific);
        for h in ["معالي", "فخامت", "سمو", "جلالت", "سيادت", "سعادت", "فضيلت", "سماحت", "نيافت", "غبطت"]
        {
            put(&format!("{h}ه {h}ها"), Class::Pronoun);
        }
        put("عدد بعض كافة جميع كل معظم أغلب غالبية مختلف عشرات مئات آلاف أحد إحدى", Class::Quantifier);
        put(
            "مجددا أيضا كذلك اليوم أمس غدا الليلة حاليا مؤخرا لاحقا سابقا أخيرا وأخيرا صراحة \
             بدوره بدورها بدورهم مرة أخرى الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس \
             الجمعة السبت صباح مساء صباحا مساء مساءً ظهر اليوم الماضي الماضية هذا الأسبوع \
             كذلك ذلك",
            Class::Adverb,
        );
        put(
            "في خلال لدى أمام عقب بعد قبل أثناء على عن إلى من مع حول بشأن عبر ضمن وسط تجاه \
             إزاء خلف داخل خارج منذ حتى أو ثم عند إثر جراء بين نحو دون ضد حيال قرب لدى",
            Class::Prep,
        );
        put(
            "كما ثم فيما بينما وقد فقد لقد قد وكان كان كانت وكانت حين عندما وعندما بدوره \
             بدورها وبدوره وبدورها إلى ذلك",
            Class::Opener,
        );
        put("الذي التي الذين اللذين اللتين اللواتي اللاتي مما ما مثلما لما كي لكي", Class::Subordinate);
        // `حيث أكد الوزير أن`, `إذ أوضح أن`: connectives that open a clause of their own
        put("حيث وحيث إذ", Class::Opener);
        put("بحسب حسب حسبما وبحسب وحسب وحسبما وفقا ووفقا طبقا وطبقا نقلا وفق ووفق", Class::According);
        put("بقوله بقولها بقولهم قوله بالقول", Class::Filler);
        put(
            "هذا هذه ذلك تلك هؤلاء بهذا بهذه بذلك بتلك لهذا لهذه لذلك هنا هناك الذي التي \
             وهو وهي هو هي الذين هم هما نحن وهم",
            Class::Stop,
        );
        // particles of negation, exception and restriction: never part of a name
        put(
            "لم ولم فلم لن ولن لا ولا فلا ما وما ليس ليست وليس وليست لكن ولكن إذ إذا وإذا لو ولو \
             غير سوى إلا وإلا إنما كلا بل هل وهل أي",
            Class::Stop,
        );
        // `لكنه أشار إلى أن`: but + a subject pronoun opens a clause whose verb has no other subject
        put("لكنه لكنها ولكنه ولكنها", Class::Opener);
        // `لوزارة`, `بالوزارة`, `للوزارة`: organisation heads after a fused preposition
        let mut prefixed_orgs = HashSet::default();
        for (w, c) in &words {
            if *c == Class::Org {
                for p in ["ل", "ب"] {
                    prefixed_orgs.insert(format!("{p}{w}"));
                }
                if let Some(stem) = w.strip_prefix('ا') {
                    prefixed_orgs.insert(format!("ل{stem}"));
                    prefixed_orgs.insert(format!("ب{stem}"));
                }
            }
        }
        let set = |s: &str| s.split_whitespace().map(fold).collect::<HashSet<String>>();
        let given = given_names(&cues, &words);
        Lexicon { cues, words, prefixed_orgs, name_titles: set(NAME_TITLES), speech_events: set(SPEECH_EVENTS), given }
    }

    /// The cue that token `w` (folded) is, trying it whole, then without a leading و/ف
    /// conjunction, then without an attached object pronoun (`طالبتها`, `دعاهم`).
    #[inline]
    pub fn cue(&self, w: &str) -> Option<(Cue, usize)> {
        self.cues.get(w).copied()
    }

    #[inline]
    pub fn class(&self, w: &str) -> Option<Class> {
        self.words.get(w).copied()
    }

    /// Class of `w`, also trying it without a leading و conjunction.
    pub fn class_loose(&self, w: &str) -> Option<Class> {
        self.class(w).or_else(|| w.strip_prefix('و').and_then(|r| self.class(r)))
    }

    pub fn is_title(&self, w: &str) -> bool {
        self.class(w) == Some(Class::Title)
    }

    /// The gender of a given name (`فوزية`, `فيديريكا`) that is not also a common word, if `w`
    /// is one: `Plural` stands for a name given to both or of unknown gender.
    #[inline]
    pub fn given_name(&self, w: &str) -> Option<Gender> {
        self.given.get(w).filter(|g| !g.common_word).map(|g| g.gender)
    }

    /// Any given name, also one that is a common word (`عادل`, `أمل`): a name only where the
    /// phrase shows one (after a title, before a surname or a family particle).
    #[inline]
    pub fn any_given_name(&self, w: &str) -> Option<GivenName> {
        self.given.get(w).copied()
    }

    /// A title written right before a personal name (`الأستاذ`, `د`, `اللواء`).
    pub fn is_name_title(&self, w: &str) -> bool {
        self.name_titles.contains(w)
    }

    /// A noun of a speech event or occasion (`تصريح`, `مؤتمر`, `ختام`), with or without the
    /// article.
    pub fn is_speech_event(&self, w: &str) -> bool {
        self.speech_events.contains(w) || w.strip_prefix("ال").is_some_and(|b| self.speech_events.contains(b))
    }

    /// True for organisation heads, with or without a leading ل/ب preposition.
    pub fn is_org(&self, w: &str) -> bool {
        self.class(w) == Some(Class::Org) || self.prefixed_orgs.contains(w)
    }
}

/// A given name: its gender (`Plural` for a name given to both or of unknown gender) and
/// whether it is also a common word (`عادل` "just", `عالية` "high", `أمل` "hope"), which makes
/// it a name only with other evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GivenName {
    pub gender: Gender,
    pub common_word: bool,
}

/// The given-name list compiled in (`data/ar_given_names.tsv`, built by
/// `tools/names/build_names.py`; sources and licences in `tools/names/SOURCES.md`), folded.
/// A name that folds to a verb of saying or a closed-class word of this lexicon (`علي` and
/// the preposition على) counts as a common word.
fn given_names(cues: &HashMap<String, (Cue, usize)>, words: &HashMap<String, Class>) -> HashMap<String, GivenName> {
    let mut out = HashMap::default();
    for line in include_str!("data/ar_given_names.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(name), Some(g)) = (cols.next(), cols.next()) else { continue };
        let gender = match g {
            "m" => Gender::Masc,
            "f" => Gender::Fem,
            _ => Gender::Plural,
        };
        let f = fold(name);
        let common_word = cols.next() == Some("a") || cues.contains_key(&f) || words.contains_key(&f);
        out.insert(f, GivenName { gender, common_word });
    }
    out
}

/// Day and month names and the like that a dateline or a subject may carry.
pub fn is_time_word(w: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر \
         كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين اليوم أمس الأحد الاثنين الإثنين \
         الثلاثاء الأربعاء الخميس الجمعة السبت يوم ليلة صباح مساء ظهر الماضي الماضية المقبل \
         المقبلة الحالي الجاري"
            .split_whitespace()
            .map(fold)
            .collect()
    })
    .contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_are_generated_for_gender_and_tense() {
        let l = lexicon();
        let (c, p) = l.cue(&fold("وأضافت")).unwrap();
        assert_eq!((c.en, c.gender, c.tense, p), ("added", Gender::Fem, Tense::Past, 1));
        assert_eq!(l.cue(&fold("دعت")).unwrap().0.gender, Gender::Fem);
        assert_eq!(l.cue(&fold("تقول")).unwrap().0.tense, Tense::Present);
        assert_eq!(l.cue(&fold("مشيرةً")).unwrap().0.gender, Gender::Fem);
        assert_eq!(l.cue(&fold("أكدوا")).unwrap().0.gender, Gender::Plural);
        assert_eq!(l.cue(&fold("وطالبتها")).unwrap().0.en, "demanded");
        assert!(l.cue(&fold("مجددا")).is_none(), "'again' is an adverb, not a participle");
        assert_eq!(l.cue(&fold("ووصف")).unwrap().0.en, "described");
        assert_eq!(l.cue(&fold("مؤكدين")).unwrap().0.gender, Gender::Plural);
        assert_eq!(l.cue(&fold("يقولون")).unwrap().0.gender, Gender::Plural);
        assert_eq!(l.cue(&fold("نفوا")).unwrap().0.gender, Gender::Plural);
        assert!(l.cue(&fold("متابعات")).is_none(), "'follow-ups' is a noun");
    }

    #[test]
    fn closed_classes() {
        let l = lexicon();
        assert_eq!(l.class(&fold("إنه")), Some(Class::Comp { bare: false }));
        assert_eq!(l.class(&fold("بأن")), Some(Class::Comp { bare: true }));
        assert!(l.is_title(&fold("وزيرة")));
        assert!(l.is_org(&fold("لوزارة")));
        assert_eq!(l.class(&fold("معاليه")), Some(Class::Pronoun));
    }
}
