//! The people and organisations of one article, and how a new mention finds the one it
//! refers to: by name (a short name joins the full name it is part of), by title (`الوزير`
//! is the minister the article introduced), or by agreement (`وأضافت` is the latest female
//! speaker).

use super::lexicon::{lexicon, Class, Gender};
use super::np::{Np, NpKind};
use crate::text::{contains_run, fold_words as words};

/// One speaker of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Fullest name found (for unnamed sources, their description).
    pub name: String,
    /// Every other way the article names them, as written.
    pub aliases: Vec<String>,
    pub role: String,
    pub kind: NpKind,
    pub gender: Option<Gender>,
}

#[derive(Default)]
pub struct Registry {
    pub ents: Vec<Entity>,
    /// Folded word lists of each entity's names (name and aliases), parallel to `ents`.
    keys: Vec<Vec<Vec<String>>>,
    /// Folded role words without the article prefix.
    roles: Vec<Vec<String>>,
    /// Recency: the order in which entities were last referred to.
    stamp: Vec<u64>,
    clock: u64,
    /// Recent speakers with the channel they spoke through and the gender their verb showed.
    speakers: Vec<(usize, Option<usize>, Gender)>,
}

/// Nouns that stand for an organisation in English (`the company`, `the ministry`).
const ORG_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "airline",
    "carrier",
    "ministry",
    "government",
    "agency",
    "union",
    "party",
    "bank",
    "organisation",
    "organization",
    "council",
    "office",
    "department",
    "embassy",
    "army",
    "navy",
    "police",
    "court",
    "commission",
];

/// The head noun of an English role (folded words): the word before its first prepositional
/// modifier, else its last word — `the head of the agency` is a head, `airline boss` a boss.
fn english_head(role: &[String]) -> Option<&String> {
    let end = role
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "at" | "with" | "in" | "from" | "to" | "on"))
        .unwrap_or(role.len());
    role[..end].last()
}

/// Whether an organisation named with the folded words `name` can be called `the HEAD`
/// (English): `the airline` or `the carrier` is an airline, a name headed by `Air`,
/// `Airlines`, `Airways`; `the company`, `the firm` or `the group` any business; `the bank` a
/// bank; `the ministry`, `the agency`, `the union` … a body whose name holds that noun. The
/// head of an English name is its last word: `Gulf Air` is an airline, `Indonesian Air Force`
/// a force.
fn is_called(head: &str, name: &[String]) -> bool {
    let last = name.last().map_or("", String::as_str);
    match head {
        "airline" | "carrier" => matches!(last, "air" | "airlines" | "airways" | "airline"),
        "company" | "firm" | "group" => is_business_head(last),
        "bank" | "lender" => name.iter().any(|w| w == "bank"),
        _ => name.iter().any(|w| w == head),
    }
}

/// Last words of business names (`Oceanic Shipping`, `Harbour Logistics`, `Acme Corp`).
fn is_business_head(w: &str) -> bool {
    matches!(
        w,
        "air"
            | "airlines"
            | "airways"
            | "shipping"
            | "group"
            | "corp"
            | "corporation"
            | "inc"
            | "ltd"
            | "plc"
            | "llc"
            | "co"
            | "company"
            | "holdings"
            | "industries"
            | "motors"
            | "energy"
            | "oil"
            | "bank"
            | "logistics"
            | "telecom"
            | "systems"
            | "technologies"
            | "railways"
            | "ports"
            | "media"
            | "press"
            | "partners"
            | "capital"
            | "securities"
            | "insurance"
            | "pharmaceuticals"
            | "foods"
            | "mining"
            | "steel"
            | "electric"
    )
}

/// Folded role words without the article prefix.
fn role_words(role: &str) -> Vec<String> {
    words(role)
        .into_iter()
        .map(|w| match strip_al(&w) {
            bare if bare.len() < w.len() => bare.to_string(),
            _ => w,
        })
        .collect()
}

fn strip_al(w: &str) -> &str {
    w.strip_prefix("ال").or_else(|| w.strip_prefix("لل")).unwrap_or(w)
}

impl Registry {
    fn touch(&mut self, i: usize) {
        self.clock += 1;
        self.stamp[i] = self.clock;
    }

    /// A new entity for `np`, whose name's folded words are `key`.
    fn add(&mut self, np: &Np, key: Vec<String>) -> usize {
        self.ents.push(Entity {
            name: np.name.clone(),
            aliases: Vec::new(),
            role: np.role.clone(),
            kind: np.kind,
            gender: None,
        });
        self.keys.push(vec![key]);
        self.roles.push(role_words(&np.role));
        self.stamp.push(0);
        self.ents.len() - 1
    }

    /// The most recently referred-to entity that satisfies `pred` (the earlier one on a tie).
    fn most_recent(&self, pred: impl Fn(usize) -> bool) -> Option<usize> {
        (0..self.ents.len()).filter(|&i| pred(i)).min_by_key(|&i| (std::cmp::Reverse(self.stamp[i]), i))
    }

    /// Records a name the article introduces outside any statement (`مع الرئيس الكازاخي قاسم
    /// جومارت توكاييف`), so that later short names and titles can find it.
    pub fn introduce(&mut self, np: &Np) {
        let key = words(&np.name);
        match self.find_name(&key) {
            Some(i) => self.merge_name(i, np, key),
            None if np.kind == NpKind::Person => {
                self.add(np, key);
            }
            None => {}
        }
    }

    /// Whether the folded words are the name, or a run of the name, of someone this article
    /// has already named (`لافروف` after `سيرغي لافروف`; never more words than the name).
    pub fn knows(&self, ws: &[&str]) -> bool {
        let key: Vec<String> = ws.iter().map(|w| w.to_string()).collect();
        !key.is_empty() && self.keys.iter().flatten().any(|k| contains_run(k, &key))
    }

    fn find_name(&self, key: &[String]) -> Option<usize> {
        // exact first, then a short name inside a longer one, then the reverse
        self.most_recent(|i| self.keys[i].iter().any(|k| k == key))
            .or_else(|| self.most_recent(|i| self.keys[i].iter().any(|k| contains_run(k, key))))
            .or_else(|| self.most_recent(|i| key.len() > 1 && self.keys[i].iter().any(|k| contains_run(key, k))))
    }

    /// The entity named like `np` (folded words `key`), which takes the name and role, or a
    /// new one.
    fn by_name(&mut self, np: &Np, key: Vec<String>) -> usize {
        match self.find_name(&key) {
            Some(i) => {
                self.merge_name(i, np, key);
                i
            }
            None => self.add(np, key),
        }
    }

    /// Adds `np`'s name (folded words `key`) and role to entity `i`.
    fn merge_name(&mut self, i: usize, np: &Np, key: Vec<String>) {
        let e = &mut self.ents[i];
        if np.name.chars().count() > e.name.chars().count() && np.kind == e.kind {
            let old = std::mem::replace(&mut e.name, np.name.clone());
            e.aliases.push(old);
        } else if np.name != e.name && !e.aliases.contains(&np.name) {
            e.aliases.push(np.name.clone());
        }
        if e.role.is_empty() && !np.role.is_empty() {
            e.role = np.role.clone();
            self.roles[i] = role_words(&np.role);
        }
        if !self.keys[i].contains(&key) {
            self.keys[i].push(key);
        }
    }

    /// Adds a short name (an acronym in parentheses) to an entity.
    pub fn alias(&mut self, i: usize, alias: &str) {
        let k = words(alias);
        if k.is_empty() || self.keys[i].contains(&k) {
            return;
        }
        self.keys[i].push(k);
        self.ents[i].aliases.push(alias.to_string());
    }

    /// A definite title or organisation word standing alone (`الوزير`, `الوكالة`,
    /// `المتحدث باسم الوزارة`): the latest entity whose role or name has that head word.
    fn find_by_title(&self, np: &Np) -> Option<usize> {
        let l = lexicon();
        let ws = words(&np.name);
        let head =
            ws.iter().find(|w| !matches!(l.class(w), Some(Class::Honorific)) && (l.is_title(w) || l.is_org(w)))?;
        let head = strip_al(head);
        self.most_recent(|i| {
            self.ents[i].kind != NpKind::Role
                && (self.roles[i].iter().any(|r| r == head)
                    || (self.ents[i].kind == NpKind::Org
                        && self.keys[i].iter().any(|k| k.iter().any(|w| strip_al(w) == head))))
        })
    }

    /// The entity a speaker phrase refers to, created if new.
    pub fn resolve(&mut self, np: &Np) -> usize {
        let key = words(&np.name);
        let i = match np.kind {
            NpKind::Role if np.definite => match self.find_by_title(np).or_else(|| self.find_name(&key)) {
                Some(i) => i,
                None => self.add(np, key),
            },
            NpKind::Org if key.len() == 1 => match self.find_name(&key).or_else(|| self.find_by_title(np)) {
                Some(i) => i,
                None => self.add(np, key),
            },
            _ => self.by_name(np, key),
        };
        self.touch(i);
        i
    }

    /// The entity an English speaker phrase refers to: names as in Arabic; a definite role
    /// (`the airline`, `the spokesman`) is the latest entity whose name or role has its last
    /// word.
    pub fn resolve_english(&mut self, np: &Np) -> usize {
        let key = words(&np.name);
        let i = match np.kind {
            NpKind::Role if np.definite => {
                // the head noun of a role is its last word: `airline boss` is a boss
                let head = key.last().cloned().unwrap_or_default();
                let hit = self
                    .most_recent(|i| {
                        // a named speaker with that role or name, or an unnamed one described
                        // with that head noun (`the rail operator` … `the operator`)
                        (self.ents[i].kind != NpKind::Role && english_head(&self.roles[i]) == Some(&head))
                            || self.keys[i].iter().any(|k| k.last() == Some(&head))
                    })
                    .or_else(|| {
                        // `the company`, `the ministry`: the latest speaker named without a
                        // person's title or a pronoun is the organisation meant
                        let org_head = ORG_HEADS.contains(&head.as_str());
                        if !org_head {
                            return None;
                        }
                        // … that the noun can name: `the airline` is not `Indonesian Air Force`,
                        // `the company` not `Police`, `the office` not `the Health Ministry`
                        self.speakers.iter().rev().map(|s| s.0).find(|&i| {
                            self.ents[i].kind != NpKind::Role
                                && self.ents[i].gender.is_none_or(|g| g == Gender::Plural)
                                && self.keys[i].iter().any(|k| is_called(&head, k))
                        })
                    });
                match hit.or_else(|| self.find_name(&key)) {
                    Some(i) => i,
                    None => self.add(np, key),
                }
            }
            // an unnamed source joins only the same description: `officials` are not
            // `U.S. security officials`
            NpKind::Role => match self.keys.iter().position(|ks| ks.contains(&key)) {
                Some(i) => i,
                None => self.add(np, key),
            },
            // a name joins a named entity, never the description of an unnamed source that
            // holds it (`Thames Water` is not `a spokesperson for Thames Water`)
            _ => match self.find_named(&key) {
                Some(i) => {
                    self.merge_name(i, np, key);
                    i
                }
                None => self.add(np, key),
            },
        };
        self.touch(i);
        i
    }

    /// As `find_name`, among the entities that have a name (English).
    fn find_named(&self, key: &[String]) -> Option<usize> {
        let named = |i: usize| self.ents[i].kind != NpKind::Role;
        self.most_recent(|i| named(i) && self.keys[i].iter().any(|k| k == key))
            .or_else(|| self.most_recent(|i| named(i) && self.keys[i].iter().any(|k| contains_run(k, key))))
            .or_else(|| {
                self.most_recent(|i| named(i) && key.len() > 1 && self.keys[i].iter().any(|k| contains_run(key, k)))
            })
    }

    /// Records that entity `i` spoke (through `channel`) with a verb of `gender`.
    pub fn spoke(&mut self, i: usize, channel: Option<usize>, gender: Gender) {
        if self.ents[i].gender.is_none() && channel.is_none() {
            self.ents[i].gender = Some(gender);
        }
        self.touch(i);
        self.speakers.push((i, channel, gender));
    }

    /// The latest speaker whose verb agreed with `gender` — for a subject-less verb. The
    /// channel of a relayed statement counts too: after `نقلت الوكالة عن المتحدث أن`, a
    /// feminine `وأضافت` continues the agency's report.
    pub fn latest(&self, gender: Gender) -> Option<(usize, Option<usize>)> {
        self.speakers.iter().rev().find_map(|&(i, ch, g)| if g == gender { Some((i, ch)) } else { None })
    }

    /// The latest speaker of any gender.
    pub fn last_speaker(&self) -> Option<(usize, Option<usize>)> {
        self.speakers.last().map(|&(i, ch, _)| (i, ch))
    }

    /// Whether the folded words start with a name this article has already given someone.
    /// Returns the number of words matched and the entity.
    pub fn known_prefix(&self, ws: &[&str]) -> Option<(usize, usize)> {
        let mut best = None;
        for (i, keys) in self.keys.iter().enumerate() {
            for k in keys {
                if k.len() <= ws.len() && best.is_none_or(|(n, _)| k.len() > n) && k.iter().zip(ws).all(|(a, b)| a == b)
                {
                    best = Some((k.len(), i));
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, role: &str) -> Np {
        Np { kind: NpKind::Person, name: name.into(), role: role.into(), definite: true }
    }

    #[test]
    fn words_are_folded_and_split_at_anything_but_letters_and_digits() {
        assert_eq!(
            words("Ahmed al-Masri, the Port's DIRECTOR"),
            ["ahmed", "al", "masri", "the", "port", "s", "director"]
        );
        assert_eq!(words("الرئيسُ الصينيّ شي"), ["الرييس", "الصيني", "شي"].map(crate::text::fold));
        assert_eq!(words("José 2024ـ"), ["jose", "2024"]);
        assert_eq!(role_words("الرئيس الصيني"), ["رييس", "صيني"].map(crate::text::fold));
    }

    #[test]
    fn short_name_joins_full_name() {
        let mut r = Registry::default();
        let a = r.resolve(&person("محمود عباس", "الرئيس الفلسطيني"));
        let b = r.resolve(&person("عباس", ""));
        assert_eq!(a, b);
        assert_eq!(r.ents[a].name, "محمود عباس");
    }

    #[test]
    fn title_alone_joins_the_person_introduced_with_it() {
        let mut r = Registry::default();
        r.introduce(&person("أحمد سالم", "وزير المالية"));
        let other = r.resolve(&person("ليلى حسن", "النائبة"));
        let role = Np { kind: NpKind::Role, name: "الوزير".into(), role: "الوزير".into(), definite: true };
        let m = r.resolve(&role);
        assert_ne!(m, other);
        assert_eq!(r.ents[m].name, "أحمد سالم");
    }

    #[test]
    fn continuation_follows_gender_of_the_latest_speaker() {
        let mut r = Registry::default();
        let she = r.resolve(&person("ليلى حسن", ""));
        r.spoke(she, None, Gender::Fem);
        let he = r.resolve(&person("سمير نادر", ""));
        r.spoke(he, None, Gender::Masc);
        assert_eq!(r.latest(Gender::Fem), Some((she, None)));
        assert_eq!(r.latest(Gender::Masc), Some((he, None)));
    }
}
