//! Reads an English speaker phrase into a name, a role and a kind.

use super::words::{capitalised, is_person_title, pronoun_gender};
use crate::extract::np::{Np, NpKind};

/// Reads an English subject phrase: the capitalised run is the name; the rest is the role.
/// `Tri Rismaharini, the mayor of Surabaya` → name and role; `a navy spokesman` → a role;
/// `the airline` → a definite role that refers back.
pub(super) fn parse_np(words: &[&str]) -> Option<Np> {
    let words: Vec<&str> = words.iter().copied().filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    let first = words[0].to_ascii_lowercase();
    if words.len() == 1 {
        if let Some(_g) = pronoun_gender(&first) {
            return Some(Np { kind: NpKind::Pronoun, name: words[0].to_string(), role: String::new(), definite: true });
        }
    }
    // the longest run of capitalised words (allowing "of", "al-", "bin") is the name
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < words.len() {
        if capitalised(words[i]) && !(i == 0 && matches!(first.as_str(), "the" | "a" | "an")) {
            let s = i;
            while i < words.len()
                && (capitalised(words[i])
                    || (i > s && matches!(words[i], "of" | "bin" | "al" | "de" | "van" | "von"))
                    // `al-Masri`, `el-Sisi`, `bin-Salman`: a particle joined to a capitalised name
                    || (i > s && words[i].split_once('-').is_some_and(|(_, rest)| capitalised(rest))))
            {
                i += 1;
            }
            let len = i - s;
            if best.is_none_or(|(bs, be)| len > be - bs) {
                best = Some((s, i));
            }
        } else {
            i += 1;
        }
    }
    let definite = matches!(first.as_str(), "the") || words.iter().any(|w| w.ends_with("'s"));
    let lowercase_role =
        words.iter().all(|w| !capitalised(w) || ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a)));
    match best {
        // an unnamed spokesperson speaks for their organisation: "a GE spokesman" is GE
        Some((s, e)) if s > 0 && e + 1 == words.len() && is_person_title(words[e]) && !definite => {
            Some(Np { kind: NpKind::Org, name: words[s..e].join(" "), role: words.join(" "), definite: true })
        }
        // a capitalised word inside a description: "the Scottish government" is the phrase,
        // and so is "State media" or "Israeli police" (capitals first, a common noun last)
        Some((s, e)) if e < words.len() && !capitalised(words[e]) && (s > 0 || common_noun_tail(&words[e..])) => {
            Some(Np { kind: NpKind::Role, name: words.join(" "), role: words.join(" "), definite })
        }
        Some((s0, e)) => {
            // titles written with capitals belong to the role: `Finance Minister Ana Lopes`
            let s = match (s0..e).rev().find(|&k| is_person_title(words[k])) {
                Some(k) if k + 1 < e => k + 1,
                _ => s0,
            };
            let name = words[s..e].join(" ");
            let role: Vec<&str> =
                words.iter().enumerate().filter(|(k, _)| *k < s || *k >= e).map(|(_, w)| *w).collect();
            let org = matches!(
                words[e - 1].to_ascii_lowercase().as_str(),
                "government"
                    | "ministry"
                    | "organization"
                    | "organisation"
                    | "agency"
                    | "company"
                    | "navy"
                    | "army"
                    | "police"
                    | "office"
                    | "council"
                    | "commission"
                    | "bank"
                    | "group"
                    | "airline"
                    | "airlines"
                    | "department"
            );
            Some(Np {
                kind: if org { NpKind::Org } else { NpKind::Person },
                name,
                role: role.join(" ").trim_matches([',', ' ']).to_string(),
                definite: true,
            })
        }
        None if lowercase_role => {
            Some(Np { kind: NpKind::Role, name: words.join(" "), role: words.join(" "), definite })
        }
        None => None,
    }
}

/// The lowercase end of `State media`, `Israeli police`: one or two common nouns, no
/// determiner (`Marta Quintero, the agency's director` is a name and a role) and no
/// person's title (`GE spokesman` is GE's).
fn common_noun_tail(tail: &[&str]) -> bool {
    tail.len() <= 2
        && tail.iter().all(|w| !capitalised(w) && !matches!(*w, "the" | "a" | "an") && !w.ends_with("'s"))
        && tail.last().is_some_and(|w| !is_person_title(w))
}
