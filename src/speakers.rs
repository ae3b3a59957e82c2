//! Groups the speakers of many articles into one list: the same name in two articles is one
//! speaker, a short name joins the one full name it is part of, and an optional speakers
//! file gives display names and extra aliases.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::extract::{ArticleResult, NpKind};
use crate::model::{Article, Quote, Speaker};

/// An entry of a speakers file: `{"name": "Xi Jinping", "aliases": ["شي جين بينغ", "شي"]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Parses a speakers file (a JSON array of entries).
pub fn parse_file(text: &str) -> Result<Vec<SpeakerEntry>, serde_json::Error> {
    serde_json::from_str(text)
}

fn key(s: &str) -> String {
    crate::text::fold_words(s).join(" ")
}

/// A shorter name whose words run inside `long`'s (keys are words joined by single spaces).
fn contains_run(long: &str, short: &str) -> bool {
    let (l, s): (Vec<&str>, Vec<&str>) = (long.split(' ').collect(), short.split(' ').collect());
    s.len() < l.len() && crate::text::contains_run(&l, &s)
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut i = i;
        while self.0[i] != r {
            let n = self.0[i];
            self.0[i] = r;
            i = n;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[b.max(a)] = a.min(b);
        }
    }
}

/// Builds the speaker list and the quotes, numbering both.
pub fn group(articles: &[Article], results: &[ArticleResult], file: &[SpeakerEntry]) -> (Vec<Speaker>, Vec<Quote>) {
    // one candidate per (article, entity) that speaks
    struct Cand {
        names: Vec<String>,
        keys: Vec<String>,
        role: String,
        kind: NpKind,
        first: (usize, usize),
    }
    let mut cands: Vec<Cand> = Vec::new();
    let mut cand_of: HashMap<(usize, usize), usize> = HashMap::new();
    for (ai, r) in results.iter().enumerate() {
        for f in &r.found {
            cand_of.entry((ai, f.entity)).or_insert_with(|| {
                let e = &r.entities[f.entity];
                let mut names = vec![e.name.clone()];
                names.extend(e.aliases.iter().cloned());
                let keys = names.iter().map(|n| key(n)).collect();
                let role = if e.kind == NpKind::Role { String::new() } else { crate::sanitize::one_line(&e.role) };
                cands.push(Cand { names, keys, role, kind: e.kind, first: (ai, f.start) });
                cands.len() - 1
            });
        }
    }
    let n = cands.len();
    let mut dsu = Dsu((0..n).collect());
    // the same name. A short form of the candidate's own name (the surname `نصار` of
    // `أحمد نصار`) is not a name of its own: two people may share it. It can still join
    // through the unambiguous short-name rule below.
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        for k in &c.keys {
            let short_form = c.keys.iter().any(|l| contains_run(l, k));
            match by_key.get(k.as_str()) {
                Some(&j) if !short_form => dsu.union(i, j),
                Some(_) => {}
                None => {
                    by_key.insert(k, i);
                }
            }
        }
    }
    // a short name inside exactly one longer name of a person. Works on distinct names (a
    // corpus repeats the same few thousand names), found through an index of the words of
    // multi-word names, so it stays linear in the corpus size.
    let mut person_keys: Vec<&str> = Vec::new();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for c in cands.iter().filter(|c| c.kind == NpKind::Person) {
        for k in &c.keys {
            if seen.insert(k.as_str(), ()).is_none() {
                person_keys.push(k);
            }
        }
    }
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, k) in person_keys.iter().enumerate().filter(|(_, k)| k.contains(' ')) {
        for w in k.split(' ') {
            let v = by_word.entry(w).or_default();
            if v.last() != Some(&j) {
                v.push(j);
            }
        }
    }
    for (i, s) in person_keys.iter().enumerate() {
        let first = s.split(' ').next().unwrap_or("");
        let mut hits: Vec<usize> = Vec::new();
        for &j in by_word.get(first).map(Vec::as_slice).unwrap_or(&[]) {
            if j != i && contains_run(person_keys[j], s) {
                let r = dsu.find(by_key[person_keys[j]]);
                if !hits.contains(&r) {
                    hits.push(r);
                }
            }
        }
        if hits.len() == 1 {
            let me = by_key[s];
            dsu.union(me, hits[0]);
        }
    }
    // the speakers file
    let mut entry_of_root: HashMap<usize, usize> = HashMap::new();
    for (ei, entry) in file.iter().enumerate() {
        let keys: Vec<String> = std::iter::once(&entry.name).chain(entry.aliases.iter()).map(|s| key(s)).collect();
        let mut first: Option<usize> = None;
        for (i, cand) in cands.iter().enumerate() {
            if cand.keys.iter().any(|k| keys.contains(k)) {
                match first {
                    Some(f) => dsu.union(f, i),
                    None => first = Some(i),
                }
            }
        }
        if let Some(f) = first {
            entry_of_root.insert(f, ei);
        }
    }
    let entry_of_root: HashMap<usize, usize> = entry_of_root.into_iter().map(|(i, e)| (dsu.find(i), e)).collect();

    // quotes, in article order, with their group; repeated strings are shared
    let mut interned: HashMap<String, Arc<str>> = HashMap::new();
    let mut intern = |s: &str| -> Arc<str> {
        if let Some(a) = interned.get(s) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(s);
        interned.insert(s.to_string(), a.clone());
        a
    };
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    let total: usize = results.iter().map(|r| r.found.len()).sum();
    let mut quotes = Vec::with_capacity(total);
    let empty: Arc<str> = Arc::from("");
    for (ai, r) in results.iter().enumerate() {
        let a = &articles[ai];
        let article_id = intern(&a.id);
        let path = intern(&a.path);
        let mut found: Vec<&crate::extract::Found> = r.found.iter().collect();
        found.sort_by_key(|f| f.start);
        for f in found {
            let g = dsu.find(cand_of[&(ai, f.entity)]);
            groups.entry(g).or_default().push(quotes.len());
            quotes.push(Quote {
                id: format!("q{}", quotes.len() + 1),
                speaker: empty.clone(),
                speaker_id: empty.clone(),
                mention: intern(&f.mention),
                cue: intern(&f.cue),
                cue_en: intern(f.cue_en),
                form: f.form,
                attribution: f.attribution,
                channel: f.channel.map(|c| intern(&r.entities[c].name)),
                text: crate::model::SharedStr::new(a.text.clone(), f.start, f.end),
                article: article_id.clone(),
                path: path.clone(),
                paragraph: f.para + 1,
                start: f.start,
                end: f.end,
            });
        }
    }
    // speakers: most quoted first, then by first appearance
    let mut members_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        members_of.entry(dsu.find(i)).or_default().push(i);
    }
    let mut roots: Vec<usize> = groups.keys().copied().collect();
    roots.sort_by_key(|r| {
        let first = members_of[r].iter().map(|&i| cands[i].first).min();
        (std::cmp::Reverse(groups[r].len()), first)
    });
    let mut speakers = Vec::new();
    for (si, r) in roots.iter().enumerate() {
        let members = &members_of[r];
        let mut names: Vec<String> = Vec::new();
        let mut name_keys: Vec<&str> = Vec::new();
        for &m in members {
            for (nm, k) in cands[m].names.iter().zip(&cands[m].keys) {
                if !name_keys.contains(&k.as_str()) {
                    name_keys.push(k);
                    names.push(nm.clone());
                }
            }
        }
        // the fullest name, preferring a person's name to a role
        let best = members
            .iter()
            .flat_map(|&m| cands[m].names.first().map(|nm| (cands[m].kind != NpKind::Role, nm.chars().count(), nm)))
            .max_by_key(|&(p, len, _)| (p, len))
            .map(|(_, _, nm)| nm.clone())
            .unwrap_or_default();
        let (name, mut aliases) = match entry_of_root.get(r) {
            Some(&e) => {
                let mut al = file[e].aliases.clone();
                for nm in &names {
                    if !al.iter().any(|x| key(x) == key(nm)) {
                        al.push(nm.clone());
                    }
                }
                (file[e].name.clone(), al)
            }
            None => (best.clone(), names.into_iter().filter(|x| *x != best).collect()),
        };
        aliases.retain(|a| *a != name);
        // every distinct role the articles give them (`the mayor of Surabaya`), in order
        let mut roles: Vec<String> = Vec::new();
        for &m in members {
            let role = &cands[m].role;
            if !role.is_empty() && !roles.iter().any(|r| key(r) == key(role)) {
                roles.push(role.clone());
            }
        }
        let id = format!("s{}", si + 1);
        let (shared_name, shared_id): (Arc<str>, Arc<str>) = (Arc::from(name.as_str()), Arc::from(id.as_str()));
        for &q in &groups[r] {
            quotes[q].speaker = shared_name.clone();
            quotes[q].speaker_id = shared_id.clone();
        }
        speakers.push(Speaker {
            id,
            name,
            aliases,
            roles,
            quotes: groups[r].iter().map(|&q| quotes[q].id.clone()).collect(),
        });
    }
    (speakers, quotes)
}

/// The speaker (index into `doc.speakers`) whose name or an alias contains `needle` after
/// folding; the most quoted one when several do.
pub fn find(doc: &crate::model::Document, needle: &str) -> Option<usize> {
    let n = crate::text::fold(needle);
    doc.speakers.iter().position(|s| {
        std::iter::once(&s.name).chain(s.aliases.iter()).any(|x| crate::text::fold(x).contains(n.as_str()))
    })
}

/// Quote indices of speaker `s`, in article order.
pub fn quotes_of(doc: &crate::model::Document, s: usize) -> Vec<usize> {
    let id = &doc.speakers[s].id;
    doc.quotes.iter().enumerate().filter(|(_, q)| *q.speaker_id == **id).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_file_parses_and_rejects_unknown_fields() {
        let ok = parse_file(r#"[{"name":"Xi Jinping","aliases":["شي"]}]"#).unwrap();
        assert_eq!(ok[0].aliases, ["شي"]);
        assert!(parse_file(r#"[{"nme":"x"}]"#).is_err());
    }

    #[test]
    fn runs_of_words() {
        assert!(contains_run("شي جين بينغ", "شي"));
        assert!(!contains_run("شي", "شي"));
        assert!(!contains_run("محمد علي", "علي محمد"));
    }
}
