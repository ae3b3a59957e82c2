//! The terms statements are compared by: content words, folded and lightly stemmed, stop
//! words left out.

use std::sync::OnceLock;

use crate::text::{fold, is_word_char};

const STOP_AR: &str = "في من على الى إلى عن مع ان أن إن انه أنه انها أنها التي الذي الذين هذا هذه ذلك تلك كما بين \
    حول قد لا ما لم لن كل او أو ثم و ف ب ل ك هو هي هم نحن كان كانت يكون تكون اي أي بعد قبل عند حتى لدى منذ غير \
    ايضا أيضا مثل اذا إذا وقد فقد لقد به بها له لها لهم منه منها عليه عليها فيه فيها اليه إليه الا إلا بل لكن ولكن \
    وذلك وهذا وهذه ومن وفي وعلى والى وإلى ضمن خلال جميع بعض عدة اكثر أكثر اقل أقل عام العام يتم تم اطار إطار \
    بشكل نحو قال وقال اضاف وأضاف اكد وأكد ان حيث وان وأن بان بأن";
const STOP_EN: &str = "a an the and or but if of to in on at by for with from as is are was were be been being it its \
    this that these those he she they we you i his her their our your not no will would can could should may might \
    has have had do does did said says say added told also than then there here which who whom what when where how \
    all any each more most other some such into over after before about between during while up out so very just";

fn stop_words() -> &'static rustc_hash::FxHashSet<String> {
    static SET: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| STOP_AR.split_whitespace().chain(STOP_EN.split_whitespace()).map(fold).collect())
}

/// Light stemming of a folded word: the article and clitics in front, common suffixes at the
/// end (Arabic), plural and verb endings (English). Short words are left alone.
pub fn stem(w: &str) -> String {
    let n = w.chars().count();
    if w.is_ascii() {
        let mut s = w.to_string();
        for suf in ["ing", "ed", "es", "s"] {
            if s.len() > suf.len() + 3 && s.ends_with(suf) {
                s.truncate(s.len() - suf.len());
                break;
            }
        }
        return s;
    }
    if n <= 3 {
        return w.to_string();
    }
    let mut s: &str = w;
    for pre in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(r) = s.strip_prefix(pre) {
            if r.chars().count() >= 3 {
                s = r;
                break;
            }
        }
    }
    if s.chars().count() > 3 {
        if let Some(r) = s.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
            if r.chars().count() >= 3 && s == w {
                s = r;
            }
        }
    }
    let mut out = s.to_string();
    for suf in ["هما", "ها", "هم", "ات", "ون", "ين", "ان", "يه", "ه", "ي"] {
        if out.chars().count() > suf.chars().count() + 2 && out.ends_with(suf) {
            out.truncate(out.len() - suf.len());
            break;
        }
    }
    out
}

/// Content words of a text: folded, stemmed, stop words and numbers-only tokens kept out
/// (numbers are kept: "2025", "32" are what two sides often share).
pub fn terms(text: &str) -> Vec<(String, String)> {
    let stops = stop_words();
    let mut out = Vec::new();
    for raw in text.split(|c: char| !is_word_char(c)) {
        if raw.is_empty() {
            continue;
        }
        let f = fold(raw);
        if f.chars().count() < 2 || stops.contains(&f) {
            continue;
        }
        let s = stem(&f);
        if stops.contains(&s) || s.chars().count() < 2 {
            continue;
        }
        out.push((s, raw.to_string()));
    }
    out
}

/// Character offsets (into `text`) of the words whose stem is one of `stems`: the shared
/// terms of a pair, to highlight in both statements.
pub fn term_positions(text: &str, stems: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<char> = text.chars().collect();
    for i in 0..=chars.len() {
        let inside = i < chars.len() && is_word_char(chars[i]);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w: String = chars[s..i].iter().collect();
                if stems.contains(&stem(&fold(&w))) {
                    out.extend(s..i);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}
