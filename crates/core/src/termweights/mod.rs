//! Term weights that know the language: which words of a statement say what it is about.
//!
//! A loaded corpus of a few dozen statements cannot tell a topic word from a common one, so
//! every term's document frequency in the corpus is smoothed with a background rate taken
//! from general Arabic and English text (a compiled-in stem table, built by
//! `tools/termweights/build_termweights.py` from wordfreq's lists; CC BY-SA 4.0, see
//! `tools/termweights/SOURCES.md`):
//!
//! ```text
//! p(t)   = (df_corpus(t) + PRIOR_STATEMENTS · bg(t)) / (N + PRIOR_STATEMENTS)
//! idf(t) = ln(1 / p(t))
//! bg(t)  = min(1, STATEMENT_WORDS · f(t))      f = background word frequency of the stem
//!                                              (BACKGROUND_FLOOR for a stem not in the table)
//! ```
//!
//! so a corpus of fewer than about a thousand statements leans on the background and a
//! larger one on itself. A feature met `tf` times in a statement weighs `tf · idf · damp`
//! (`Weighting` holds the constants; the defaults were chosen on the sample, see
//! `sample_tests`). Features are content
//! words (folded, stemmed as `compare::stem`) and pairs of adjacent content words
//! (`الطاقة الجديدة`, `new energy`); a pair's background rate is `PAIR_SHARE` of its rarer
//! word's. Reporting verbs and connectives are weighted by `DAMP_REPORTING` and make no
//! pairs; generic words of news prose (`تعزيز`, `إمكانات`, `للاستفادة`, `cooperation`) by
//! `DAMP_GENERIC`: their general frequency does not mark them (للاستفادة is rarer in general
//! text than الطاقة), their spread over every topic of the genre does.
//!
//! The result is a `compare::Vectors`, so `compare::align` and `compare::topics` take it as is.

use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::compare::{align, stem, Alignment, Vectors};
use crate::model::Document;
use crate::text::{fold, is_word_char};

/// The compiled-in background table (see the module doc for its format and origin).
pub const BACKGROUND_TSV: &str = include_str!("background.tsv");

/// Words in a typical statement: turns a word frequency into a per-statement rate.
pub const STATEMENT_WORDS: f32 = 30.0;
/// How many statements the background counts for when smoothed with the corpus.
pub const PRIOR_STATEMENTS: f32 = 1000.0;
/// Word frequency assumed for a stem the table does not hold (rarer than its last entries).
pub const BACKGROUND_FLOOR: f32 = 5e-7;
/// A pair of adjacent words is taken to occur this share of the times its rarer word does.
pub const PAIR_SHARE: f32 = 0.05;
/// Weight factor of a pair of adjacent words (see `Weighting::pair_boost`).
pub const PAIR_BOOST: f32 = 1.0;
/// Term frequency counts as `tf^TF_POWER` (see `Weighting::tf_power`).
pub const TF_POWER: f32 = 1.0;
/// Weight factor of reporting verbs and connectives.
pub const DAMP_REPORTING: f32 = 0.1;
/// Weight factor of generic words of news prose.
pub const DAMP_GENERIC: f32 = 0.2;
/// Pairs below this cosine similarity are not aligned (the weights differ from plain TF-IDF).
pub const MIN_SIMILARITY: f32 = 0.10;

/// Dropped outright: function words.
const STOP_AR: &str = "في من على الى إلى عن مع ان أن إن انه أنه انها أنها التي الذي الذين هذا هذه ذلك تلك كما بين \
    حول قد لا ما لم لن كل او أو ثم و ف ب ل ك هو هي هم نحن كان كانت يكون تكون اي أي بعد قبل عند حتى لدى منذ غير \
    ايضا أيضا مثل اذا إذا وقد فقد لقد به بها له لها لهم منه منها عليه عليها فيه فيها اليه إليه الا إلا بل لكن ولكن \
    وذلك وهذا وهذه ومن وفي وعلى والى وإلى ضمن خلال جميع بعض عدة اكثر أكثر اقل أقل يتم تم نحو هناك هنا \
    حيث وان وأن بان بأن بأنه لأن كي لكي سوف إنه إنها أنهما بينهما منهما كلا سواء عبر لدى دون";
const STOP_EN: &str = "a an the and or but if of to in on at by for with from as is are was were be been being it its \
    this that these those he she they we you i his her their our your not no will would can could should may might \
    has have had do does did than then there here which who whom what when where how all any each more most other \
    some such into over after before about between during while up out so very just them him us me my";

/// Weighted by `DAMP_REPORTING`, no pairs: verbs of saying and connectives.
const REPORTING: &str = "قال وقال قالت وقالت يقول تقول اضاف وأضاف أضاف اضافت وأضافت مضيفا مضيفة اكد وأكد أكد مؤكدا \
    أشار وأشار مشيرا اشار أوضح وأوضح موضحا تابع وتابع ذكر وذكر صرح وصرح أعلن وأعلن معلنا دعا ودعا داعيا \
    لافتا ولفت لفت شدد وشدد مشددا اعتبر واعتبر معتبرا رأى ورأى قائلا تعهد وتعهد أعرب وأعرب معربا أفاد وأفاد \
    بيان تصريحات تصريح كذلك بينما لذلك وبالتالي بالإضافة إضافة مجددا وفقا بحسب حسب نظرا باعتبار باعتبارها \
    said says say told added stated noted according also however therefore moreover meanwhile stressed \
    urged called asked announced explained insisted warned claimed argued believed thinks think";

/// Weighted by `DAMP_GENERIC`: the vocabulary every diplomatic or economic statement shares.
const GENERIC: &str = "للاستفادة الاستفادة استفادة إمكانات امكانات الإمكانات إمكانيات تعزيز لتعزيز وتعزيز التعاون تعاون \
    للتعاون وتعاون مجال مجالات مجالي المجالات الجانب الجانبين جانب جانبه الجانبان مستوى المستوى إطار الإطار \
    العمل للعمل عمل مستعد مستعدة الاستعداد استعداد بناء وبناء لبناء زيادة تحقيق لتحقيق مواصلة ومواصلة \
    استراتيجية الاستراتيجية استراتيجي شراكة الشراكة شريكة وشريكة شريك \
    البلدين بلاده البلد البلاد الدولة الدول الثنائي الثنائية المشترك المشتركة مشترك أهمية الأهمية مهمة المهمة \
    كبيرة كبير بشكل خاص الخاصة المزيد تطوير وتطوير لتطوير دعم الدعم يدعم تدعم العلاقات علاقات ثابتة ثابت \
    الجهود جهود نطاق توسيع وتوسيع الشامل الشاملة شامل تنفيذ وتنفيذ أجل مختلف المختلفة الممكنة \
    cooperation cooperate strengthen enhance further boost efforts ready willing potential area areas field \
    fields side sides level framework strategic partnership partner comprehensive important importance relations support promote continue work working \
    great major need needs new issue issues";

struct Lists {
    stop: FxHashSet<String>,
    reporting: FxHashSet<String>,
    generic: FxHashSet<String>,
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let folded = |s: &str| -> FxHashSet<String> { s.split_whitespace().map(fold).collect() };
        let stemmed =
            |s: &str| -> FxHashSet<String> { s.split_whitespace().flat_map(|w| [fold(w), stem(&fold(w))]).collect() };
        let mut stop = folded(STOP_AR);
        stop.extend(folded(STOP_EN));
        Lists { stop, reporting: stemmed(REPORTING), generic: stemmed(GENERIC) }
    })
}

/// How a term is treated before weighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum TermClass {
    /// A word that may name a topic.
    Content,
    /// A generic word of news prose: kept, weighted down, may be half of a pair.
    Generic,
    /// A reporting verb or connective: kept at a small weight, never half of a pair.
    Reporting,
}

/// The constants of the weighting, together, so that a caller (or a tuning test) can vary them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weighting {
    pub statement_words: f32,
    pub prior_statements: f32,
    pub pair_share: f32,
    pub damp_generic: f32,
    pub damp_reporting: f32,
    /// Weight factor of a pair over a single word: a shared phrase is stronger evidence than
    /// its two words shared apart.
    pub pair_boost: f32,
    /// Term frequency counts as `tf^tf_power`; 0 means `1 + ln tf`.
    pub tf_power: f32,
}

impl Default for Weighting {
    fn default() -> Weighting {
        Weighting {
            statement_words: STATEMENT_WORDS,
            prior_statements: PRIOR_STATEMENTS,
            pair_share: PAIR_SHARE,
            damp_generic: DAMP_GENERIC,
            damp_reporting: DAMP_REPORTING,
            pair_boost: PAIR_BOOST,
            tf_power: TF_POWER,
        }
    }
}

impl Weighting {
    /// The weight of a term met `tf` times in a statement.
    pub fn tf_weight(&self, tf: f32) -> f32 {
        if self.tf_power > 0.0 {
            tf.powf(self.tf_power)
        } else {
            1.0 + tf.ln()
        }
    }

    /// The factor a term's weight is multiplied by.
    pub fn damp(&self, class: TermClass) -> f32 {
        match class {
            TermClass::Content => 1.0,
            TermClass::Generic => self.damp_generic,
            TermClass::Reporting => self.damp_reporting,
        }
    }
}

/// The class of a folded word or its stem.
pub fn class_of(folded: &str, stemmed: &str) -> TermClass {
    let l = lists();
    if l.reporting.contains(folded) || l.reporting.contains(stemmed) {
        TermClass::Reporting
    } else if l.generic.contains(folded) || l.generic.contains(stemmed) {
        TermClass::Generic
    } else {
        TermClass::Content
    }
}

/// True if a feature key (a stem, or two stems joined by a space) is generic or reporting:
/// a pair made only of such features is no topic.
pub fn is_generic_key(key: &str) -> bool {
    let l = lists();
    key.split(' ').all(|k| l.reporting.contains(k) || l.generic.contains(k))
}

/// Background stem frequencies of general text.
pub struct Background {
    freq: FxHashMap<Box<str>, f32>,
}

impl Background {
    /// Reads a table in the `background.tsv` format; lines that do not parse are skipped.
    pub fn parse(text: &str) -> Background {
        let mut freq = FxHashMap::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((cb, stems)) = line.split_once('\t') else { continue };
            let Ok(cb) = cb.trim().parse::<u32>() else { continue };
            let f = 10f32.powf(-(cb as f32) / 100.0);
            for s in stems.split_whitespace() {
                freq.insert(Box::from(s), f);
            }
        }
        Background { freq }
    }

    /// The compiled-in table, parsed once.
    pub fn get() -> &'static Background {
        static B: OnceLock<Background> = OnceLock::new();
        B.get_or_init(|| Background::parse(BACKGROUND_TSV))
    }

    /// Number of stems in the table.
    pub fn len(&self) -> usize {
        self.freq.len()
    }

    /// True if the table is empty.
    pub fn is_empty(&self) -> bool {
        self.freq.is_empty()
    }

    /// Word frequency of a stem in general text, if the table has it.
    pub fn frequency(&self, stem: &str) -> Option<f32> {
        self.freq.get(stem).copied()
    }

    /// Share of statements expected to contain a feature (a stem, or two stems joined by a
    /// space) in general text, with the default weighting.
    pub fn statement_rate(&self, key: &str) -> f32 {
        self.statement_rate_with(key, &Weighting::default())
    }

    /// `statement_rate` with the given constants.
    pub fn statement_rate_with(&self, key: &str, w: &Weighting) -> f32 {
        let word = |s: &str| (w.statement_words * self.frequency(s).unwrap_or(BACKGROUND_FLOOR)).min(1.0);
        match key.split_once(' ') {
            Some((a, b)) => w.pair_share * word(a).min(word(b)),
            None => word(key),
        }
    }
}

/// Inverse document frequency of a feature found in `df` of `n` statements, smoothed with
/// its background rate (the module doc has the formula). Always finite and ≥ 0.
pub fn combined_idf(df: u32, n: usize, background_rate: f32) -> f32 {
    combined_idf_with(df, n, background_rate, PRIOR_STATEMENTS)
}

/// `combined_idf` with the background counting for `prior_statements` statements.
pub fn combined_idf_with(df: u32, n: usize, background_rate: f32, prior_statements: f32) -> f32 {
    let m = prior_statements.max(0.0);
    let p = (df as f32 + m * background_rate) / (n as f32 + m);
    (1.0 / p.clamp(f32::MIN_POSITIVE, 1.0)).ln()
}

/// One feature of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// Stem, or the two stems of a pair joined by a space.
    pub key: String,
    /// As written (a pair: both words with one space).
    pub surface: String,
    pub class: TermClass,
}

/// The features of a text in order: each content, generic or reporting word, and after the
/// second word of two adjacent words (no punctuation or function word between them, neither
/// a reporting word nor a number) the pair, generic unless both its words are content words.
pub fn features(text: &str) -> Vec<Feature> {
    let l = lists();
    let mut out = Vec::new();
    // the previous word, if it can start a pair: (stem, surface, class)
    let mut prev: Option<(String, String, TermClass)> = None;
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest.find(is_word_char).unwrap_or(rest.len());
        let gap = &rest[..start];
        // punctuation between two words breaks a pair; spaces, hyphens and quotes do not
        if gap.chars().any(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '"' | '«' | '»')) {
            prev = None;
        }
        rest = &rest[start..];
        let end = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        let raw = &rest[..end];
        rest = &rest[end..];
        if raw.is_empty() {
            continue;
        }
        let f = fold(raw);
        if f.chars().count() < 2 || l.stop.contains(&f) {
            prev = None;
            continue;
        }
        let s = stem(&f);
        if l.stop.contains(&s) || s.chars().count() < 2 {
            prev = None;
            continue;
        }
        let class = class_of(&f, &s);
        out.push(Feature { key: s.clone(), surface: raw.to_string(), class });
        let pairable = class != TermClass::Reporting && !s.chars().all(|c| c.is_ascii_digit());
        if let (true, Some((ps, praw, pclass))) = (pairable, prev.take()) {
            let pair_class = if pclass == TermClass::Content && class == TermClass::Content {
                TermClass::Content
            } else {
                TermClass::Generic
            };
            out.push(Feature { key: format!("{ps} {s}"), surface: format!("{praw} {raw}"), class: pair_class });
        }
        prev = pairable.then(|| (s, raw.to_string(), class));
    }
    out
}

/// Weighted vectors of texts: `tf · combined_idf · damp` (`Weighting` says how), unit length, in the shape
/// `compare::align` and `compare::topics` take. A pair's `stems` entry is its two stems
/// joined by a space.
pub fn vectors_of<S: AsRef<str> + Sync>(texts: &[S]) -> Vectors {
    vectors_with(texts, &Weighting::default())
}

/// `vectors_of` with the given constants.
pub fn vectors_with<S: AsRef<str> + Sync>(texts: &[S], w: &Weighting) -> Vectors {
    use rayon::prelude::*;
    let bg = Background::get();
    let per_text: Vec<Vec<Feature>> = texts.par_iter().map(|t| features(t.as_ref())).collect();
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut surfaces: Vec<HashMap<String, u32>> = Vec::new();
    let mut damp: Vec<f32> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    let mut tfs: Vec<Vec<(u32, f32)>> = Vec::with_capacity(texts.len());
    for feats in per_text {
        let mut tf: FxHashMap<u32, f32> = FxHashMap::default();
        for f in feats {
            let next = ids.len() as u32;
            let is_pair = f.key.contains(' ');
            let id = *ids.entry(f.key).or_insert(next);
            if id as usize == surfaces.len() {
                surfaces.push(HashMap::new());
                df.push(0);
                damp.push(w.damp(f.class) * if is_pair { w.pair_boost } else { 1.0 });
            }
            *surfaces[id as usize].entry(f.surface).or_default() += 1;
            *tf.entry(id).or_default() += 1.0;
        }
        for &id in tf.keys() {
            df[id as usize] += 1;
        }
        let mut v: Vec<(u32, f32)> = tf.into_iter().collect();
        v.sort_unstable_by_key(|x| x.0);
        tfs.push(v);
    }
    let mut stems = vec![String::new(); ids.len()];
    for (key, id) in ids {
        stems[id as usize] = key;
    }
    let n = texts.len();
    let idf: Vec<f32> = stems
        .iter()
        .zip(&df)
        .zip(&damp)
        .map(|((key, &d), &k)| combined_idf_with(d, n, bg.statement_rate_with(key, w), w.prior_statements) * k)
        .collect();
    let vecs = tfs
        .into_iter()
        .map(|v| {
            let mut v: Vec<(u32, f32)> =
                v.into_iter().map(|(id, tf)| (id, w.tf_weight(tf) * idf[id as usize])).collect();
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in &mut v {
                    x.1 /= norm;
                }
            }
            v
        })
        .collect();
    let surface = surfaces
        .into_iter()
        .map(|m| m.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|x| x.0).unwrap_or_default())
        .collect();
    Vectors { vecs, surface, stems }
}

/// Weighted vectors of every statement of a document (indexed like `doc.quotes`).
pub fn vectors(doc: &Document) -> Vectors {
    let texts: Vec<&str> = doc.quotes.iter().map(|q| &*q.text).collect();
    vectors_of(&texts)
}

/// The one-to-one alignment of statements `a` with statements `b` (quote indices) under
/// these weights, at `MIN_SIMILARITY`.
pub fn align_weighted(doc: &Document, a: &[usize], b: &[usize]) -> Alignment {
    align(&vectors(doc), a, b, MIN_SIMILARITY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_stems_match_the_rust_stemmer() {
        let bg = Background::get();
        assert!(bg.len() > 30_000, "{}", bg.len());
        for w in ["الطاقة", "التعاون", "السياحة", "التجارة", "الصداقة", "والطاقة", "energy", "exports", "friendship"]
        {
            let s = stem(&fold(w));
            assert!(bg.frequency(&s).is_some(), "{w} → {s} not in the table");
        }
        // common words are more frequent than topic words
        let f = |w: &str| bg.frequency(&stem(&fold(w))).unwrap();
        assert!(f("قال") > f("الطاقة") && f("الطاقة") > f("السياحة"));
        assert!(f("the") > f("energy"));
    }

    #[test]
    fn corrupt_table_lines_are_skipped_not_fatal() {
        let bg = Background::parse("# c\n300\tطاق energy\nxx\tfoo\n\n500 bar\n-3\tbaz\n");
        assert_eq!(bg.len(), 2);
        assert!((bg.frequency("energy").unwrap() - 1e-3).abs() < 1e-6);
        assert!(bg.frequency("foo").is_none());
    }

    #[test]
    fn rare_words_weigh_more_than_common_ones_and_idf_is_finite() {
        let bg = Background::get();
        let common = combined_idf(1, 10, bg.statement_rate(&stem(&fold("الصين"))));
        let rare = combined_idf(1, 10, bg.statement_rate(&stem(&fold("لوبان"))));
        assert!(rare > common, "{rare} {common}");
        for (df, n, r) in [(0, 0, 0.0), (5, 5, 1.0), (0, 1_000_000, 0.0), (3, 2, 2.0)] {
            let x = combined_idf(df, n, r);
            assert!(x.is_finite() && x >= 0.0, "{df} {n} {r} → {x}");
        }
    }

    #[test]
    fn adjacent_content_words_make_pairs_punctuation_and_function_words_break_them() {
        let keys = |t: &str| -> Vec<String> { features(t).into_iter().map(|f| f.key).collect() };
        let k = keys("توسيع التعاون في مجال الطاقة الجديدة، والسياحة");
        let pair = format!("{} {}", stem(&fold("الطاقة")), stem(&fold("الجديدة")));
        assert!(k.contains(&pair), "{k:?}");
        assert!(!k.iter().any(|x| x.ends_with(&format!(" {}", stem(&fold("والسياحة"))))), "{k:?}");
        let k = keys("He said new energy is in demand");
        assert!(k.contains(&"new energy".to_string()), "{k:?}");
        assert!(!k.iter().any(|x| x.starts_with("said ")), "{k:?}");
        assert!(features("").is_empty() && features("، . !").is_empty());
    }

    #[test]
    fn generic_genre_words_are_weighted_down() {
        for w in ["للاستفادة", "إمكانات", "تعزيز", "cooperation"] {
            let f = fold(w);
            assert_eq!(class_of(&f, &stem(&f)), TermClass::Generic, "{w}");
        }
        for w in ["قال", "وأضاف", "said"] {
            let f = fold(w);
            assert_eq!(class_of(&f, &stem(&f)), TermClass::Reporting, "{w}");
        }
        let f = fold("الطاقة");
        assert_eq!(class_of(&f, &stem(&f)), TermClass::Content);
        // two statements sharing only generic words are less similar than two sharing a topic
        let v = vectors_of(&[
            "مستعدة للاستفادة من إمكانات التعاون في التجارة الإلكترونية",
            "مستعدة للاستفادة من إمكانات التعاون في المعادن",
            "توسيع التعاون في الطاقة الجديدة والمعادن",
        ]);
        assert!(v.cosine(1, 2) > v.cosine(0, 1), "{} {}", v.cosine(1, 2), v.cosine(0, 1));
    }
}

#[cfg(test)]
mod sample_tests;
