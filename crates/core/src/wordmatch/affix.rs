//! Clitics and endings: Arabic proclitics (و ف ب ل ك, the article ال and لل) and
//! possessive/object suffixes, English plural and possessive endings — on folded words, where
//! ة is ه and hamza forms are bare.

/// Proclitic chains, folded: a conjunction, then a preposition, then the article; or a
/// conjunction and لل (ل with the article, its alef dropped).
const PROCLITICS: &[&str] = &[
    "و", "ف", "ب", "ك", "ل", "ال", "لل", "وب", "وك", "ول", "فب", "فك", "فل", "وال", "فال", "بال", "كال", "ولل", "فلل",
    "وبال", "وكال", "فبال", "فكال",
];

/// Possessive and object suffixes, folded. The suffix ه is left out after a stem: folded, it
/// is also the ة that ends so many words (الطاق + ه would be الطاقة). After ت it is kept:
/// طاقته is طاقة + ه.
const SUFFIXES: &[&str] = &["ها", "هم", "هما", "كم", "كن", "نا", "ي", "ك"];

/// Fewest letters a stem keeps: shorter "stems" are mostly words that merely begin with a
/// clitic letter (ولد is not و + لد).
const MIN_STEM: usize = 2;
const MIN_SUFFIX_STEM: usize = 3;

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Byte offsets in folded word `w` after each proclitic chain it opens with, ascending,
/// leaving at least `MIN_STEM` letters; unused entries are 0.
pub(crate) fn proclitic_cuts(w: &str) -> [u8; 3] {
    let mut cuts = [0u8; 3];
    let mut n = 0;
    let mut lens: Vec<usize> =
        PROCLITICS.iter().filter(|p| w.starts_with(*p) && chars(&w[p.len()..]) >= MIN_STEM).map(|p| p.len()).collect();
    lens.sort_unstable();
    lens.dedup();
    for l in lens {
        if n < cuts.len() {
            cuts[n] = l as u8;
            n += 1;
        }
    }
    cuts
}

/// Whether `tail` is what an Arabic suffix adds after a stem; `after_t`: after the ت that a
/// final ة becomes before a suffix, where ه is a suffix too.
fn arabic_suffix(tail: &str, after_t: bool) -> bool {
    SUFFIXES.contains(&tail) || (after_t && tail == "ه")
}

/// Whether `tail` is what an English plural or possessive adds after a stem that ends as
/// `stem` does.
fn english_suffix(stem: &str, tail: &str) -> bool {
    match tail {
        "s" | "'s" | "'" => !stem.ends_with('s') || tail != "s",
        "es" | "es'" => stem.ends_with(['s', 'x', 'z']) || stem.ends_with("ch") || stem.ends_with("sh"),
        "s'" => true,
        _ => false,
    }
}

/// Whether folded `rest` (a word, or the word after a proclitic chain) is `stem` itself or
/// `stem` with a suffix: Arabic ه ها هم … (with the ة of the stem written ت before them:
/// طاقتها is طاقة + ها), English -s, -es, -'s, -ies for -y.
pub(crate) fn is_stem_of(rest: &str, stem: &str) -> bool {
    if rest == stem {
        return true;
    }
    if chars(stem) < MIN_SUFFIX_STEM {
        return false;
    }
    if let Some(tail) = rest.strip_prefix(stem) {
        if arabic_suffix(tail, false) || english_suffix(stem, tail) {
            return true;
        }
    }
    if let Some(base) = stem.strip_suffix('ه') {
        if let Some(tail) = rest.strip_prefix(base) {
            // طاقة: طاقتها, and the plural طاقات (طاقاتها)
            if let Some(after) = tail.strip_prefix('ت') {
                return arabic_suffix(after, true);
            }
            if let Some(after) = tail.strip_prefix("ات") {
                return after.is_empty() || arabic_suffix(after, true);
            }
        }
    }
    if let Some(base) = stem.strip_suffix('y') {
        if let Some(tail) = rest.strip_prefix(base) {
            return matches!(tail, "ies" | "ies'");
        }
    }
    false
}

/// The forms of a folded query word that a word's stem is compared with: the word, the word
/// without each proclitic chain, and each of these without a suffix or ending (with ت back
/// to ة, -ات and -ies back to the singular).
pub(crate) fn term_stems(t: &str) -> Vec<String> {
    let mut bare = vec![t.to_string()];
    for c in proclitic_cuts(t) {
        if c > 0 {
            bare.push(t[c as usize..].to_string());
        }
    }
    let mut stems = bare.clone();
    for b in &bare {
        for s in SUFFIXES.iter().chain(&["ه"]) {
            if let Some(stem) = b.strip_suffix(s) {
                if chars(stem) >= MIN_SUFFIX_STEM {
                    if let Some(base) = stem.strip_suffix('ت') {
                        stems.push(format!("{base}ه"));
                    }
                    if *s != "ه" {
                        stems.push(stem.to_string());
                    }
                }
            }
        }
        if let Some(base) = b.strip_suffix("ات") {
            if chars(base) >= MIN_SUFFIX_STEM - 1 {
                stems.push(format!("{base}ه"));
            }
        }
        for (ending, back) in [("'s", ""), ("s'", ""), ("ies", "y"), ("es", ""), ("s", "")] {
            if let Some(stem) = b.strip_suffix(ending) {
                let ok = chars(stem) >= MIN_SUFFIX_STEM
                    && stem.is_ascii()
                    && (ending != "es" || english_suffix(stem, "es"))
                    && (ending != "s" || !stem.ends_with('s'));
                if ok {
                    stems.push(format!("{stem}{back}"));
                }
            }
        }
    }
    stems.sort();
    stems.dedup();
    stems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitic_chains_are_cut_after_each_link() {
        let w = "وبالطاقه";
        let cuts: Vec<&str> = proclitic_cuts(w).iter().filter(|&&c| c > 0).map(|&c| &w[c as usize..]).collect();
        assert_eq!(cuts, ["بالطاقه", "الطاقه", "طاقه"]);
        let w = "للتعاون";
        let cuts: Vec<&str> = proclitic_cuts(w).iter().filter(|&&c| c > 0).map(|&c| &w[c as usize..]).collect();
        assert_eq!(cuts, ["لتعاون", "تعاون"]);
        // too little would be left
        assert_eq!(proclitic_cuts("ول"), [0, 0, 0]);
        assert_eq!(proclitic_cuts("tokayev"), [0, 0, 0]);
    }

    #[test]
    fn suffixes_and_endings() {
        assert!(is_stem_of("طاقتها", "طاقه"));
        assert!(is_stem_of("بلادها", "بلاد"));
        assert!(is_stem_of("strikes", "strike"));
        assert!(is_stem_of("company's", "company"));
        assert!(is_stem_of("companies", "company"));
        assert!(is_stem_of("boxes", "box"));
        assert!(!is_stem_of("strikers", "strike"));
        assert!(!is_stem_of("طاقم", "طاقه"));
        assert!(is_stem_of("طاقته", "طاقه"));
        assert!(is_stem_of("الطاقات", "الطاقه"));
        assert!(term_stems("الطاقات").contains(&"طاقه".to_string()));
        assert!(!is_stem_of("الطاقه", "الطاق"), "ة is no suffix");
        assert!(!term_stems("طاقه").contains(&"طاق".to_string()));
        assert!(term_stems("طاقته").contains(&"طاقه".to_string()));
        assert!(term_stems("workers").contains(&"worker".to_string()));
        assert!(!term_stems("press").contains(&"pres".to_string()));
        let f = term_stems("والطاقه");
        assert!(["والطاقه", "الطاقه", "طاقه"].iter().all(|s| f.contains(&s.to_string())));
    }
}
