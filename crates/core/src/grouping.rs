//! Groups the speakers of many articles into one list: the same name in two articles is one
//! speaker, a short name joins the one full name it is part of, and an optional speakers
//! file gives display names and extra aliases.
//!
//! Grouping is the reduce step of extraction: its result depends only on the *set* of
//! statements (each with its article's path and its speaker as that article knows them, a
//! `Who`), never on the order they come in, on how the articles were split between runs, or
//! on the number of threads. Statements, articles and candidates are put in one canonical
//! order first, and every choice (a display name, a tie in rank) is made in that order.

use std::cmp::Ordering;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::model::{Kind, SpeakerEntry, Who};
use crate::unionfind::UnionFind;

fn key(s: &str) -> String {
    crate::text::fold_words(s).join(" ")
}

/// A shorter name whose words run inside `long`'s (keys are words joined by single spaces).
fn contains_run(long: &str, short: &str) -> bool {
    let (l, s): (Vec<&str>, Vec<&str>) = (long.split(' ').collect(), short.split(' ').collect());
    s.len() < l.len() && crate::text::contains_run(&l, &s)
}

/// The entries of a speakers file by the folded form of each of their names and aliases.
pub struct Listing<'a> {
    file: &'a [SpeakerEntry],
    by_key: FxHashMap<String, Vec<usize>>,
}

impl<'a> Listing<'a> {
    pub fn new(file: &'a [SpeakerEntry]) -> Listing<'a> {
        let mut by_key: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, e) in file.iter().enumerate() {
            for k in std::iter::once(&e.name).chain(&e.aliases).map(|n| key(n)).filter(|k| !k.is_empty()) {
                let v = by_key.entry(k).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        Listing { file, by_key }
    }

    /// The entries a speaker called by `names` belongs to: those with one of the speaker's
    /// own names, not counting a shorter form of another (the surname of a full name, which
    /// several people share); only when none has, those with a shorter form. Sorted, so that
    /// the result does not depend on the order of the file.
    pub fn entries_for(&self, names: &[&str]) -> Vec<SpeakerEntry> {
        if self.file.is_empty() {
            return Vec::new();
        }
        let keys: Vec<String> = names.iter().map(|n| key(n)).collect();
        let (mut own, mut short): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        for k in &keys {
            let hits = self.by_key.get(k.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            let list = if keys.iter().any(|l| contains_run(l, k)) { &mut short } else { &mut own };
            list.extend_from_slice(hits);
        }
        let mut found: Vec<SpeakerEntry> =
            (if own.is_empty() { short } else { own }).into_iter().map(|i| self.file[i].clone()).collect();
        found.sort();
        found.dedup();
        found
    }
}

/// The canonical order of articles: by path, numbers in it compared by value
/// (`f.jsonl:2` before `f.jsonl:10`), then byte by byte.
pub fn path_order(a: &str, b: &str) -> Ordering {
    natural(a.as_bytes(), b.as_bytes()).then_with(|| a.cmp(b))
}

/// Compares runs of digits by their value and other bytes as they are.
fn natural(a: &[u8], b: &[u8]) -> Ordering {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].is_ascii_digit() && b[j].is_ascii_digit() {
            let run = |s: &[u8], mut k: usize| {
                while k < s.len() && s[k] == b'0' {
                    k += 1;
                }
                let start = k;
                while k < s.len() && s[k].is_ascii_digit() {
                    k += 1;
                }
                (start, k)
            };
            let ((sa, ea), (sb, eb)) = (run(a, i), run(b, j));
            let o = (ea - sa).cmp(&(eb - sb)).then_with(|| a[sa..ea].cmp(&b[sb..eb]));
            if o != Ordering::Equal {
                return o;
            }
            (i, j) = (ea, eb);
        } else {
            if a[i] != b[j] {
                return a[i].cmp(&b[j]);
            }
            (i, j) = (i + 1, j + 1);
        }
    }
    (a.len() - i).cmp(&(b.len() - j))
}

/// One statement as grouping reads it.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    /// Its article's path: what tells articles apart across runs.
    pub path: &'a str,
    /// Its speaker as the article knows them; `None` in rows saved by older builds, which
    /// are grouped by `speaker` alone.
    pub who: Option<&'a Who>,
    /// The display name it was saved with (read only without `who`).
    pub speaker: &'a str,
    /// The speaker as written where it is attributed (an alias, without `who`).
    pub mention: &'a str,
    pub start: usize,
    pub end: usize,
}

/// A speaker as grouping describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

/// The statements grouped: in canonical order, with their articles and speakers.
#[derive(Debug)]
pub struct Grouped {
    /// The statements (indices into the input) in order: by article, then place in it.
    /// Duplicates (the same statement given twice) are left out.
    pub order: Vec<usize>,
    /// Per statement of `order`: its article (into `paths`) and its speaker (into `speakers`).
    pub article_of: Vec<u32>,
    pub speaker_of: Vec<u32>,
    /// The articles in order, each as one of its statements (an index into the input,
    /// which gives the path); the article's id is `a` and its place from 1.
    pub articles: Vec<usize>,
    /// The speakers, most quoted first (then by first statement); the id is `s` and the
    /// place from 1.
    pub speakers: Vec<Group>,
}

/// One speaker of one article (an entity, or for rows without one, a saved name).
struct ArticleSpeaker<'a> {
    who: Option<&'a Who>,
    speaker: &'a str,
    /// Without `who`: the mentions of its statements, shown as aliases.
    mentions: Vec<&'a str>,
}

impl<'a> ArticleSpeaker<'a> {
    fn names(&self) -> Vec<&'a str> {
        match self.who {
            Some(w) => std::iter::once(w.name.as_str()).chain(w.aliases.iter().map(String::as_str)).collect(),
            None => std::iter::once(self.speaker).chain(self.mentions.iter().copied()).collect(),
        }
    }
    /// A name that is not a role: preferred as the display name.
    fn named(&self) -> bool {
        self.who.is_none_or(|w| w.kind != Kind::Role)
    }
}

/// Groups statements into speakers. `rest` orders two statements (indices into `said`)
/// that `Said` does not tell apart, by the fields it does not hold (text, cue, form …);
/// statements it finds equal as well are one statement given twice.
pub fn group(said: &[Said], rest: impl Fn(usize, usize) -> Ordering + Sync) -> Grouped {
    // articles: distinct paths, in path order
    let mut article_ix: FxHashMap<&str, u32> = FxHashMap::default();
    // per distinct path: its first statement
    let mut distinct: Vec<usize> = Vec::new();
    let mut art: Vec<u32> = Vec::with_capacity(said.len());
    let mut prev: Option<(&str, u32)> = None;
    for (i, s) in said.iter().enumerate() {
        let a = match prev {
            // a run's statements come article by article: most need no lookup
            Some((p, a)) if p == s.path => a,
            _ => *article_ix.entry(s.path).or_insert_with(|| {
                distinct.push(i);
                distinct.len() as u32 - 1
            }),
        };
        prev = Some((s.path, a));
        art.push(a);
    }
    let mut by_path: Vec<u32> = (0..distinct.len() as u32).collect();
    by_path.par_sort_by(|&a, &b| path_order(said[distinct[a as usize]].path, said[distinct[b as usize]].path));
    let mut rank = vec![0u32; distinct.len()];
    for (r, &d) in by_path.iter().enumerate() {
        rank[d as usize] = r as u32;
    }
    let articles: Vec<usize> = by_path.iter().map(|&d| distinct[d as usize]).collect();

    // statements: by article, span, speaker, then the rest; a statement given twice once
    let cmp = |&i: &usize, &j: &usize| -> Ordering {
        let (a, b) = (&said[i], &said[j]);
        rank[art[i] as usize]
            .cmp(&rank[art[j] as usize])
            .then(a.start.cmp(&b.start))
            .then(a.end.cmp(&b.end))
            .then_with(|| match (a.who, b.who) {
                (Some(x), Some(y)) if std::ptr::eq(x, y) => Ordering::Equal,
                (x, y) => x.cmp(&y),
            })
            .then_with(|| if a.who.is_none() { a.speaker.cmp(b.speaker) } else { Ordering::Equal })
            .then_with(|| rest(i, j))
    };
    let mut order: Vec<usize> = (0..said.len()).collect();
    order.par_sort_by(cmp);
    order.dedup_by(|j, i| cmp(i, j) == Ordering::Equal);

    // candidates: one per speaker of an article, numbered by first statement
    #[derive(PartialEq, Eq, Hash, Clone, Copy)]
    enum CandKey<'a> {
        Who(u32, &'a Who),
        Saved(u32, &'a str),
    }
    let mut cands: Vec<ArticleSpeaker> = Vec::new();
    let mut cand_ix: FxHashMap<CandKey, u32> = FxHashMap::default();
    let mut cand_of: Vec<u32> = Vec::with_capacity(order.len());
    let mut prev: Option<(CandKey, u32)> = None;
    for &i in &order {
        let s = &said[i];
        let k = match s.who {
            Some(w) => CandKey::Who(art[i], w),
            None => CandKey::Saved(art[i], s.speaker),
        };
        let c = match prev {
            Some((CandKey::Who(pa, pw), c)) if matches!(k, CandKey::Who(a, w) if a == pa && std::ptr::eq(w, pw)) => c,
            _ => *cand_ix.entry(k).or_insert_with(|| {
                cands.push(ArticleSpeaker { who: s.who, speaker: s.speaker, mentions: Vec::new() });
                cands.len() as u32 - 1
            }),
        };
        prev = Some((k, c));
        let cand = &mut cands[c as usize];
        if cand.who.is_none() && !s.mention.is_empty() && s.mention != s.speaker && !cand.mentions.contains(&s.mention)
        {
            cand.mentions.push(s.mention);
        }
        cand_of.push(c);
    }
    let n = cands.len();
    let names: Vec<Vec<&str>> = cands.iter().map(ArticleSpeaker::names).collect();
    // folded names; a name that is a shorter form of another of the same speaker (the
    // surname of a full name) is not their own: others may share it
    let keys: Vec<Vec<(String, bool)>> = names
        .par_iter()
        .zip(&cands)
        .map(|(names, c)| {
            let ks: Vec<String> = match c.who {
                Some(_) => names.iter().map(|n| key(n)).collect(),
                // a saved name groups by itself; its mentions are only shown
                None => vec![key(c.speaker)],
            };
            ks.iter().map(|k| (k.clone(), !ks.iter().any(|l| contains_run(l, k)))).collect()
        })
        .collect();

    let mut dsu = UnionFind::new(n);
    // the same name (of their own)
    let mut by_key: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, ks) in keys.iter().enumerate() {
        for (k, own) in ks {
            if *own && !k.is_empty() {
                match by_key.get(k.as_str()) {
                    Some(&j) => dsu.union(i, j),
                    None => {
                        by_key.insert(k, i);
                    }
                }
            }
        }
    }
    // a short name of a person inside the names of exactly one other person. Decided for
    // all names on the groups as they stand now, then applied, so that no join depends on
    // which was decided first. Works on distinct names (a corpus repeats the same few
    // thousand) through an index of the words of multi-word names: linear in the corpus.
    let root: Vec<usize> = (0..n).map(|i| dsu.find(i)).collect();
    let mut person_keys: Vec<&str> = Vec::new();
    // per person key: the group having it as a name of its own, and every group having it
    let mut key_groups: FxHashMap<&str, (Option<usize>, Vec<usize>)> = FxHashMap::default();
    for (i, ks) in keys.iter().enumerate() {
        if cands[i].who.is_none_or(|w| w.kind != Kind::Person) {
            continue;
        }
        for (k, own) in ks.iter().filter(|(k, _)| !k.is_empty()) {
            let e = key_groups.entry(k).or_insert_with(|| {
                person_keys.push(k);
                (None, Vec::new())
            });
            if *own {
                e.0 = Some(root[i]);
            }
            if !e.1.contains(&root[i]) {
                e.1.push(root[i]);
            }
        }
    }
    let mut by_word: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (j, k) in person_keys.iter().enumerate().filter(|(_, k)| k.contains(' ')) {
        for w in k.split(' ') {
            let v = by_word.entry(w).or_default();
            if v.last() != Some(&j) {
                v.push(j);
            }
        }
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for s in &person_keys {
        let Some(me) = key_groups[s].0 else { continue };
        let first = s.split(' ').next().unwrap_or("");
        // the groups of the longer names it is in; two are enough to leave it alone
        let mut hits: Vec<usize> = Vec::new();
        for &j in by_word.get(first).map(Vec::as_slice).unwrap_or(&[]) {
            let long = person_keys[j];
            if long != *s && contains_run(long, s) {
                for &g in &key_groups[long].1 {
                    if !hits.contains(&g) {
                        hits.push(g);
                    }
                }
                if hits.len() > 1 {
                    break;
                }
            }
        }
        if let [only] = hits[..] {
            joins.push((me, only));
        }
    }
    for (a, b) in joins {
        dsu.union(a, b);
    }

    // the speakers file: a group whose names belong to one entry is that entry's (and all
    // groups of one entry are one speaker); a group whose names belong to several entries
    // is split: each member naming one entry goes to it, the others stay together unlisted.
    // Two entries are never one speaker.
    let mut entries: Vec<&crate::model::SpeakerEntry> = Vec::new();
    let mut entry_ix: FxHashMap<&crate::model::SpeakerEntry, usize> = FxHashMap::default();
    let listed: Vec<Vec<usize>> = cands
        .iter()
        .map(|c| {
            let list: &[crate::model::SpeakerEntry] = c.who.map_or(&[], |w| &w.listed);
            let mut ix: Vec<usize> = list
                .iter()
                .map(|e| {
                    *entry_ix.entry(e).or_insert_with(|| {
                        entries.push(e);
                        entries.len() - 1
                    })
                })
                .collect();
            ix.sort_unstable();
            ix.dedup();
            ix
        })
        .collect();
    let root: Vec<usize> = (0..n).map(|i| dsu.find(i)).collect();
    let mut group_entries: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, l) in listed.iter().enumerate() {
        let g = &mut group_entries[root[i]];
        for &e in l {
            if !g.contains(&e) {
                g.push(e);
            }
        }
    }
    #[derive(PartialEq, Eq, Hash, Clone, Copy)]
    enum Label {
        Entry(usize),
        Group(usize),
    }
    let label = |i: usize| match (&group_entries[root[i]][..], &listed[i][..]) {
        ([e], _) => Label::Entry(*e),
        ([_, _, ..], [e]) => Label::Entry(*e),
        _ => Label::Group(root[i]),
    };
    // speakers, numbered by first statement (candidates are)
    let mut speaker_ix: FxHashMap<Label, usize> = FxHashMap::default();
    let mut members: Vec<(Label, Vec<usize>)> = Vec::new();
    let mut speaker_of_cand: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        let l = label(i);
        let s = *speaker_ix.entry(l).or_insert_with(|| {
            members.push((l, Vec::new()));
            members.len() - 1
        });
        members[s].1.push(i);
        speaker_of_cand.push(s);
    }
    let mut counts = vec![0usize; members.len()];
    for &c in &cand_of {
        counts[speaker_of_cand[c as usize]] += 1;
    }
    // most quoted first, then by first statement
    let mut ranked: Vec<usize> = (0..members.len()).collect();
    ranked.sort_by_key(|&s| (std::cmp::Reverse(counts[s]), s));
    let mut rank_of = vec![0u32; members.len()];
    for (r, &s) in ranked.iter().enumerate() {
        rank_of[s] = r as u32;
    }
    let speakers: Vec<Group> = ranked
        .par_iter()
        .map(|&s| {
            let (l, m) = &members[s];
            let entry = match l {
                Label::Entry(e) => Some(entries[*e]),
                Label::Group(_) => None,
            };
            describe(m, &cands, &names, &keys, entry)
        })
        .collect();
    Grouped {
        article_of: order.iter().map(|&i| rank[art[i] as usize]).collect(),
        speaker_of: cand_of.iter().map(|&c| rank_of[speaker_of_cand[c as usize]]).collect(),
        order,
        articles,
        speakers,
    }
}

/// Statements handled together by one task when work is split over the cores.
pub(crate) const PIECE: usize = 4096;

/// The speakers of a grouping, with the ids of their quotes (`quotes` in grouping order).
pub fn speaker_list(
    groups: &[Group],
    speaker_of: &[u32],
    quotes: &[crate::model::Quote],
) -> Vec<crate::model::Speaker> {
    let mut of_speaker: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (k, &s) in speaker_of.iter().enumerate() {
        of_speaker[s as usize].push(k);
    }
    groups
        .par_iter()
        .zip(of_speaker)
        .enumerate()
        .map(|(s, (g, own))| crate::model::Speaker {
            id: crate::ids::speaker_id(s),
            name: g.name.clone(),
            aliases: g.aliases.clone(),
            roles: g.roles.clone(),
            quotes: own.iter().map(|&k| quotes[k].id.clone()).collect(),
        })
        .collect()
}

/// Name, aliases and roles of the speaker made of candidates `members` (in order).
/// `keys` are the folded `names` (for a saved name, of the name alone).
fn describe(
    members: &[usize],
    cands: &[ArticleSpeaker],
    names: &[Vec<&str>],
    keys: &[Vec<(String, bool)>],
    entry: Option<&SpeakerEntry>,
) -> Group {
    // every distinct name, in order (a speaker of thousands of articles has a few)
    let mut all: Vec<&str> = Vec::new();
    let mut all_keys: rustc_hash::FxHashSet<std::borrow::Cow<str>> = Default::default();
    for &m in members {
        for (i, nm) in names[m].iter().enumerate() {
            let k = match keys[m].get(i) {
                Some((k, _)) => std::borrow::Cow::Borrowed(k.as_str()),
                None => std::borrow::Cow::Owned(key(nm)),
            };
            if all_keys.insert(k) {
                all.push(nm);
            }
        }
    }
    // the fullest name, preferring a name to a role; the first of equals
    let mut best: Option<(bool, usize, &str)> = None;
    for &m in members {
        let nm = names[m][0];
        let score = (cands[m].named(), nm.chars().count());
        if best.is_none_or(|(p, len, _)| score > (p, len)) {
            best = Some((score.0, score.1, nm));
        }
    }
    let best = best.map_or("", |b| b.2);
    let (name, mut aliases) = match entry {
        Some(e) => {
            let mut al = e.aliases.clone();
            let al_keys: Vec<String> = al.iter().map(|a| key(a)).collect();
            for nm in &all {
                if !al_keys.contains(&key(nm)) {
                    al.push(nm.to_string());
                }
            }
            (e.name.clone(), al)
        }
        None => (best.to_string(), all.iter().filter(|x| **x != best).map(|x| x.to_string()).collect()),
    };
    aliases.retain(|a| *a != name);
    // every distinct role the articles give them (`the mayor of Surabaya`), in order
    let mut roles: Vec<String> = Vec::new();
    let mut role_keys: Vec<String> = Vec::new();
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    for &m in members {
        let Some(w) = cands[m].who.filter(|w| w.kind != Kind::Role && !w.role.is_empty()) else { continue };
        // most members repeat a role already seen, as written: no need to fold it again
        if !seen.insert(&w.role) {
            continue;
        }
        let role = crate::sanitize::one_line(&w.role);
        let k = key(&role);
        if !role.is_empty() && !role_keys.contains(&k) {
            role_keys.push(k);
            roles.push(role);
        }
    }
    Group { name, aliases, roles }
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
    fn runs_of_words() {
        assert!(contains_run("شي جين بينغ", "شي"));
        assert!(!contains_run("شي", "شي"));
        assert!(!contains_run("محمد علي", "علي محمد"));
    }
}
