//! Synthetic corpora for benchmarks and tests: articles built by recombining the sample's
//! paragraphs with varied speaker names and reshuffled content words, deterministic from a
//! seed. The reporting structure (verb, subject, complementizer) of each paragraph is kept,
//! so extraction finds statements in them; names and content vary, so search has real work.

use crate::load::SAMPLE_TEXT;
use crate::model::Article;
use crate::model::SpeakerEntry;

/// xorshift64*: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

const GIVEN: &[(&str, &str)] = &[
    ("أحمد", "Ahmad"),
    ("سامي", "Sami"),
    ("ليلى", "Layla"),
    ("خالد", "Khaled"),
    ("منى", "Mona"),
    ("يوسف", "Yousef"),
    ("هدى", "Huda"),
    ("كريم", "Karim"),
    ("رامي", "Rami"),
    ("سلمى", "Salma"),
    ("عمر", "Omar"),
    ("نادية", "Nadia"),
    ("طارق", "Tareq"),
    ("ريم", "Reem"),
    ("فادي", "Fadi"),
    ("جمال", "Jamal"),
    ("سعاد", "Suad"),
    ("ماجد", "Majed"),
    ("دينا", "Dina"),
    ("وليد", "Walid"),
    ("حسام", "Hossam"),
    ("نور", "Nour"),
    ("باسم", "Basem"),
    ("عادل", "Adel"),
    ("لينا", "Lina"),
];

const FAMILY: &[(&str, &str)] = &[
    ("الحسيني", "al-Husseini"),
    ("نصار", "Nassar"),
    ("العمري", "al-Omari"),
    ("حداد", "Haddad"),
    ("الخطيب", "al-Khatib"),
    ("منصور", "Mansour"),
    ("الزعبي", "al-Zoubi"),
    ("سليمان", "Suleiman"),
    ("القاسم", "al-Qasem"),
    ("عيسى", "Issa"),
    ("الشامي", "al-Shami"),
    ("يونس", "Younes"),
    ("البدري", "al-Badri"),
    ("جابر", "Jaber"),
    ("الراشد", "al-Rashed"),
    ("عثمان", "Othman"),
    ("المصري", "al-Masri"),
    ("فارس", "Fares"),
    ("الأيوبي", "al-Ayoubi"),
    ("ناصر", "Nasser"),
];

/// Speaker `i` of the pool: Arabic full name, surname, Latin display name.
pub fn person(i: usize) -> (String, String, String) {
    let (g, gl) = GIVEN[i % GIVEN.len()];
    let (f, fl) = FAMILY[(i / GIVEN.len()) % FAMILY.len()];
    (format!("{g} {f}"), f.to_string(), format!("{gl} {fl}"))
}

/// Number of distinct speakers the generator uses.
pub const PEOPLE: usize = 500;

/// A speakers file for the pool: Latin display names with the Arabic names as aliases.
pub fn speakers_file() -> Vec<SpeakerEntry> {
    (0..PEOPLE)
        .map(|i| {
            let (full, _, latin) = person(i);
            SpeakerEntry { name: latin, aliases: vec![full] }
        })
        .collect()
}

/// The text of article `n` of the corpus for `seed`.
pub fn article_text(seed: u64, n: usize) -> String {
    let mut rng = Rng::new(seed ^ (n as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let paras: Vec<&str> = SAMPLE_TEXT.lines().filter(|l| !l.trim().is_empty()).collect();
    let vocab: Vec<&str> = SAMPLE_TEXT.split_whitespace().filter(|w| w.chars().count() > 3).collect();
    // two people per article; the surname pool is small, so pick people whose surnames differ
    let a = rng.below(PEOPLE);
    let mut b = rng.below(PEOPLE);
    while person(b).1 == person(a).1 {
        b = rng.below(PEOPLE);
    }
    let (a_full, a_short, _) = person(a);
    let (b_full, b_short, _) = person(b);
    let mut out = String::new();
    for (i, p) in paras.iter().enumerate() {
        // keep the opening and most of the rest, in order
        if i > 0 && rng.below(10) == 0 {
            continue;
        }
        // vary the content words first, never the reporting frame or the names
        const NAME_WORDS: &[&str] = &["شي", "جين", "بينغ", "قاسم", "جومارت", "توكاييف", "وتوكاييف"];
        let mut varied: Vec<&str> = Vec::new();
        for (k, w) in p.split(' ').enumerate() {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            let keep = k <= 10 || NAME_WORDS.contains(&core) || w.contains(['"', '«', '»', '(', ')']);
            if !keep && rng.below(10) < 3 {
                varied.push(vocab[rng.below(vocab.len())].trim_matches(|c: char| !c.is_alphanumeric()));
            } else {
                varied.push(w);
            }
        }
        let p = varied.join(" ").replace("شي جين بينغ", &a_full).replace("قاسم جومارت توكاييف", &b_full);
        let words: Vec<String> = p
            .split(' ')
            .map(|w| match w.trim_matches(|c: char| !c.is_alphanumeric()) {
                "شي" => w.replace("شي", &a_short),
                "توكاييف" | "وتوكاييف" => w.replace("توكاييف", &b_short),
                _ => w.to_string(),
            })
            .collect();
        out.push_str(&words.join(" "));
        out.push('\n');
    }
    out
}

/// `count` articles of the corpus for `seed`, in memory.
pub fn articles(seed: u64, count: usize) -> Vec<Article> {
    (0..count)
        .map(|n| Article::new(crate::ids::article_id(n), format!("gen/{n:05}.txt"), article_text(seed, n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        assert_eq!(article_text(7, 3), article_text(7, 3));
        assert_ne!(article_text(7, 3), article_text(7, 4));
        assert_ne!(article_text(7, 3), article_text(8, 3));
    }

    #[test]
    fn generated_articles_yield_statements_by_many_speakers() {
        let doc = crate::pipeline::extract(articles(1, 60), &speakers_file());
        assert!(doc.quotes.len() > 60 * 10, "{}", doc.quotes.len());
        assert!(doc.speakers.len() > 60, "{}", doc.speakers.len());
        assert!(doc.speakers.iter().any(|s| s.name.is_ascii()), "display names from the speakers file");
    }
}
