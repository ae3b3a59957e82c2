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
    f.starts_with("ال") || f.starts_with("لل")
}

fn join(words: &[Word]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() {
            s.push(' ');
        }
        // the prefix preposition written with tatweel (لـ) joins the next word
        s.push_str(w.text.trim_end_matches('ـ'));
    }
    s
}

fn stops_name(f: &str) -> bool {
    let l = lexicon();
    matches!(l.class(f), Some(Class::Title | Class::Prep | Class::Adverb | Class::Stop | Class::Comp { .. }))
        || is_time_word(f)
        || l.cue(f).is_some()
        || f.chars().all(|c| c.is_ascii_digit())
        || fused_with_article(f)
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

/// Reads an organisation name starting at `i`: the head, then the chain of genitives and
/// adjectives (`لجنة تنظيم الأوراق المالية`), then trailing proper names (`... شينخوا`).
fn org_chain(words: &[Word], mut i: usize, trailing_names: bool) -> usize {
    let l = lexicon();
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
        if matches!(l.class(f), Some(Class::Prep | Class::Adverb | Class::Stop)) || is_time_word(f) {
            break;
        }
        if is_def(f) || words[i].quoted || l.is_org(f) || next_def {
            i += 1;
            continue;
        }
        break;
    }
    if !trailing_names {
        return i;
    }
    // proper names that close an organisation name
    let mut k = 0;
    while i < words.len() && k < 3 && !stops_name(words[i].folded) && !is_def(words[i].folded) {
        i += 1;
        k += 1;
    }
    i
}

/// Parses the words between a verb of saying and its complement.
pub fn parse(words: &[Word]) -> Option<Np> {
    parse_with(words, true)
}

/// Parses a subject that stands before its verb (`وكانت منظمة التحرير وجهت`): nothing after
/// an organisation's name is taken as part of it, since the verb follows.
pub fn parse_fronted(words: &[Word]) -> Option<Np> {
    parse_with(words, false)
}

fn parse_with(words: &[Word], trailing_names: bool) -> Option<Np> {
    let l = lexicon();
    let words: Vec<Word> = words.iter().copied().filter(|w| !w.folded.is_empty()).collect();
    let n = words.len();
    if n == 0 {
        return None;
    }
    if l.class(words[0].folded) == Some(Class::Pronoun) {
        return Some(Np {
            kind: NpKind::Pronoun,
            name: words[0].text.to_string(),
            role: String::new(),
            definite: true,
        });
    }
    let mut i = 0;
    while i < n && l.class(words[i].folded) == Some(Class::Honorific) {
        i += 1;
    }
    let honorific = i > 0;
    // "a statement of X" speaks for X
    if matches!(words[i].folded, "بيان" | "البيان" | "تقرير" | "التقرير" | "رساله" | "الرساله") && i + 1 < n
    {
        let mut rest = &words[i + 1..];
        // the statement's own adjectives come first: `البيان الختامي للقمة`, `البيان المشترك`
        while rest.len() > 1 && is_def(rest[0].folded) && !l.is_org(rest[0].folded) && !l.is_title(rest[0].folded) {
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
        if let Some(np) = parse(&owner) {
            return Some(np);
        }
    }
    if l.is_org(words[i].folded) && !l.is_title(words[i].folded) {
        let end = org_chain(&words, i, trailing_names);
        let name = join(&words[i..end]);
        return Some(Np { kind: NpKind::Org, name, role: String::new(), definite: true });
    }
    if words[i].quoted {
        // a quoted name standing alone: «الأونروا»
        let end = i + words[i..].iter().take_while(|w| w.quoted).count();
        return Some(Np { kind: NpKind::Org, name: join(&words[i..end]), role: String::new(), definite: true });
    }
    // role: titles with their definite dependents
    let role_start = i;
    let mut in_pp = false;
    while i < n {
        let w = words[i];
        let f = w.folded;
        if l.is_title(f) {
            i += 1;
            continue;
        }
        if i == role_start {
            break;
        }
        if l.class(f) == Some(Class::Prep) {
            // `المحلل في مجموعة هايتونغ`: a role qualified by a phrase; no name follows.
            in_pp = true;
            i = n;
            break;
        }
        if f == "باسم" {
            i += 1;
            if i < n && l.is_org(words[i].folded) {
                i = org_chain(&words, i, false);
            }
            continue;
        }
        if is_def(f) || w.quoted || l.is_org(f) {
            i += 1;
            continue;
        }
        break;
    }
    let role = &words[role_start..i];
    // an indefinite title followed by an indefinite word is an unnamed source: مسؤول تركي
    let unnamed = !role.is_empty()
        && !is_def(role[0].folded)
        && role.len() == 1
        && i < n
        && !is_def(words[i].folded)
        && !l.is_title(words[i].folded);
    if in_pp || unnamed || i == n {
        let end = if unnamed { i + words[i..].iter().take_while(|w| !stops_name(w.folded)).count().min(3) } else { i };
        if role.is_empty() && end == role_start {
            return None;
        }
        let phrase = join(&words[role_start..end]);
        return Some(Np {
            kind: NpKind::Role,
            name: phrase.clone(),
            role: phrase,
            definite: honorific || is_def(words[role_start].folded),
        });
    }
    let name_start = i;
    while i < n && i - name_start < 5 && !stops_name_word(&words[i]) {
        if i > name_start && l.is_org(words[i].folded) && words[i].folded.starts_with('ل') {
            break; // `... لوكالة الأنباء`: the addressee, not the name
        }
        i += 1;
    }
    if i == name_start {
        if role.is_empty() {
            return None;
        }
        let phrase = join(role);
        return Some(Np {
            kind: NpKind::Role,
            name: phrase.clone(),
            role: phrase,
            definite: honorific || is_def(role[0].folded),
        });
    }
    let name = join(&words[name_start..i]);
    // an apposition after the name: `وليد العوض عضو المكتب السياسي`
    let mut role_text = join(role);
    if i < n && l.is_title(words[i].folded) {
        let app_end = (i + 8).min(n);
        if !role_text.is_empty() {
            role_text.push_str("، ");
        }
        role_text.push_str(&join(&words[i..app_end]));
    }
    Some(Np { kind: NpKind::Person, name, role: role_text, definite: true })
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
