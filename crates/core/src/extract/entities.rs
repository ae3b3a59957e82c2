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
    /// Recency: where (byte offset of the scan, `cursor`) and in which order each entity was
    /// last referred to. English leaves the cursor at 0, so there the order alone counts.
    stamp: Vec<(usize, u64)>,
    clock: u64,
    /// Byte offset of the clause being read: names introduced before it count as mentioned.
    pub cursor: usize,
    /// Where the article names each entity outside statements (`introduce`), in text order.
    seen: Vec<Vec<usize>>,
    /// The honorific an entity was given (`معالي`, `سمو`), folded, for `معاليه`, `سموه`.
    honor: Vec<Option<String>>,
    /// Definite title phrases with no name the article used (`نائب خادم الحرمين الشريفين`),
    /// with where: who an honorific pronoun may stand for before they speak.
    dignitaries: Vec<(usize, Np)>,
    /// Mentions of a person as the subject of a verb of narration (`أرسلت كلينتون`), in text
    /// order: byte offset, entity, and the gender the verb shows.
    subjects: Vec<(usize, usize, Option<Gender>)>,
    /// Every word of a person's name, and the first word of an organisation's, with the
    /// entities named with it (`index_names`).
    name_index: rustc_hash::FxHashMap<String, Vec<usize>>,
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

/// The titles (folded, without the article) that each honorific goes with: معالي a minister,
/// سمو a prince, فخامة a president, جلالة a king, فضيلة and سماحة a cleric, سعادة an
/// ambassador or official.
fn honorific_titles(h: &str) -> &'static [&'static str] {
    match h {
        "معالي" => &["وزير", "وزيره", "امين", "رييس", "نايب", "وكيل"],
        "سمو" => &["امير", "اميره", "ولي", "شيخ", "شيخه", "نايب", "رييس"],
        "فخامه" => &["رييس", "رييسه"],
        "جلاله" => &["ملك", "ملكه", "سلطان"],
        "فضيله" | "سماحه" => &["شيخ", "امام", "مفتي", "قاضي"],
        "سعاده" => &["سفير", "سفيره", "مدير", "مديره", "محافظ", "وكيل", "رييس", "رييسه", "عضو"],
        _ => &[],
    }
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
        self.stamp[i] = (self.cursor, self.clock);
    }

    /// How recently entity `i` was referred to, as of the cursor: by a statement or
    /// resolution, or by a mention in the text before the cursor.
    fn recency(&self, i: usize) -> (usize, u64) {
        // mentions are in text order: the last one before the cursor by binary search (a
        // paragraph of a million statements must not make this linear)
        let n = self.seen[i].partition_point(|&m| m < self.cursor);
        let seen = n.checked_sub(1).map(|k| (self.seen[i][k] + 1, 0));
        self.stamp[i].max(seen.unwrap_or((0, 0)))
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
        self.stamp.push((0, 0));
        self.seen.push(Vec::new());
        self.honor.push(None);
        self.ents.len() - 1
    }

    /// The most recently referred-to entity that satisfies `pred` (the earlier one on a tie).
    fn most_recent(&self, pred: impl Fn(usize) -> bool) -> Option<usize> {
        (0..self.ents.len()).filter(|&i| pred(i)).min_by_key(|&i| (std::cmp::Reverse(self.recency(i)), i))
    }

    /// Records a name the article introduces outside any statement (`مع الرئيس الكازاخي قاسم
    /// جومارت توكاييف`, `وزارة العدل`) at byte offset `at`, so that later short names and
    /// titles can find it, the most recently named first.
    pub fn introduce(&mut self, np: &Np, at: usize) {
        let key = words(&np.name);
        let i = match self.find_name(&key) {
            Some(i) if self.ents[i].kind == np.kind || np.kind == NpKind::Person => {
                self.merge_name(i, np, key);
                i
            }
            None if np.kind == NpKind::Person || np.kind == NpKind::Org && key.len() > 1 => self.add(np, key),
            // a definite title phrase with no name (`نائب خادم الحرمين الشريفين`) is kept
            // aside for the honorific pronouns that refer back to it
            None if np.kind == NpKind::Role && np.definite && key.len() > 1 => {
                self.dignitaries.push((at, np.clone()));
                return;
            }
            _ => return,
        };
        if self.seen[i].last().is_none_or(|&m| m < at) {
            self.seen[i].push(at);
        }
    }

    /// The entity named `name` (as written), if any.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.find_name(&words(name))
    }

    /// Indexes the names known so far for `note_mention`.
    pub fn index_names(&mut self) {
        let l = lexicon();
        self.name_index.clear();
        for (i, keys) in self.keys.iter().enumerate() {
            for k in keys {
                let person = self.ents[i].kind == NpKind::Person;
                for (j, w) in k.iter().enumerate() {
                    if (person || j == 0) && w.chars().count() > 2 && l.class(w).is_none() {
                        let list = self.name_index.entry(w.clone()).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
            }
        }
    }

    /// Whether `w` (folded) is a word of a name `index_names` indexed.
    #[inline]
    pub fn is_name_word(&self, w: &str) -> bool {
        self.name_index.contains_key(w)
    }

    /// Notes a mention at byte offset `at` of a name this article gave someone, if `ws`
    /// (folded words from there on) starts with one, or is one word of exactly one person's
    /// name: recency then follows the text.
    ///
    /// `verb` is the gender a verb just before the name shows (`Some` only after a verb): the
    /// mention is then that verb's subject, which a later subject-less verb may continue.
    pub fn note_mention(&mut self, ws: &[&str], at: usize, verb: Option<Option<Gender>>) {
        let Some(first) = ws.first() else { return };
        let Some(list) = self.name_index.get(*first) else { return };
        let i = match self.known_prefix(ws) {
            Some((_, i)) => i,
            None if list.len() == 1 && self.ents[list[0]].kind == NpKind::Person => list[0],
            None => return,
        };
        if self.seen[i].last().is_none_or(|&m| m < at) {
            self.seen[i].push(at);
        }
        if let Some(g) = verb {
            if self.ents[i].kind == NpKind::Person {
                self.subjects.push((at, i, g));
            }
        }
    }

    /// The person last mentioned as the subject of a narrated action in `[from, to)` whose
    /// gender (from a verb of theirs or their given name) is `g`, at a position `ok` accepts.
    pub fn narrative_subject(&self, g: Gender, from: usize, to: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        let l = lexicon();
        let upto = self.subjects.partition_point(|&(at, _, _)| at < to);
        self.subjects[..upto].iter().rev().take_while(|&&(at, _, _)| at >= from).filter(|&&(at, _, _)| ok(at)).find_map(
            |&(_, i, verb)| {
                let given = || {
                    self.keys[i]
                        .iter()
                        .find_map(|k| k.first().and_then(|f| l.given_name(f)))
                        .filter(|&g| g != Gender::Plural)
                };
                (self.ents[i].gender.or(verb).or_else(given) == Some(g)).then_some(i)
            },
        )
    }

    /// Where entity `i` last spoke or was resolved (byte offset of the scan).
    pub fn last_referred(&self, i: usize) -> usize {
        self.stamp[i].0
    }

    /// A person named with a role (`وقالت الباحثة فاطمة السلمي`) who is the unnamed source
    /// the article quoted just before with that role (`حذرت باحثة متخصصة`): the unnamed
    /// entity, spoken since byte offset `since` and of the same gender, becomes the person.
    /// Only a person not named before, and a description headed by the same title.
    pub fn adopt_unnamed(&mut self, np: &Np, gender: Gender, since: usize) -> Option<usize> {
        let l = lexicon();
        if np.kind != NpKind::Person || np.role.is_empty() {
            return None;
        }
        let key = words(&np.name);
        // a person who already spoke is no new name for the unnamed source
        if self.find_name(&key).is_some_and(|p| self.stamp[p].1 > 0) {
            return None;
        }
        let head = words(&np.role).into_iter().find(|w| l.is_title(w))?;
        let head = strip_al(&head).to_string();
        let i = self.most_recent(|i| {
            self.ents[i].kind == NpKind::Role
                && self.stamp[i].0 >= since
                && self.ents[i].gender.is_none_or(|g| g == gender)
                && self.keys[i].first().and_then(|k| k.first()).is_some_and(|w| strip_al(w) == head)
        })?;
        let e = &mut self.ents[i];
        let old = std::mem::replace(&mut e.name, np.name.clone());
        e.aliases.push(old);
        e.kind = NpKind::Person;
        e.role = np.role.clone();
        self.roles[i] = role_words(&np.role);
        self.keys[i].push(key);
        self.touch(i);
        Some(i)
    }

    /// Gives entity `i` the role set off after its name (`X، وزير الصحة والسكان،`) when the
    /// role it has is at most a title of address (`الدكتور`), so that `الوزير` later refers to it.
    pub fn appose(&mut self, i: usize, role: &str) {
        let l = lexicon();
        let has_office = words(&self.ents[i].role).iter().any(|w| !l.is_name_title(w) && l.is_title(strip_al(w)));
        if has_office || self.ents[i].kind != NpKind::Person {
            return;
        }
        let e = &mut self.ents[i];
        e.role = if e.role.is_empty() { role.to_string() } else { format!("{} {role}", e.role) };
        self.roles[i] = role_words(role);
    }

    /// Records that entity `i` was given the honorific `h` (folded: `معالي`, `سمو`).
    pub fn honour(&mut self, i: usize, h: &str) {
        self.honor[i] = Some(h.to_string());
    }

    /// The person an honorific pronoun stands for (`معاليه`, `سموه`, `فضيلتها`, folded): the
    /// latest one given that honorific, else the latest with a title that takes it (`معالي`
    /// a minister, `سمو` a prince), else the latest speaker of the pronoun's gender.
    pub fn by_honorific(&mut self, pronoun: &str) -> Option<usize> {
        let (base, gender) = match pronoun.strip_suffix("ها") {
            Some(b) => (b, Gender::Fem),
            None => (pronoun.strip_suffix('ه').unwrap_or(pronoun), Gender::Masc),
        };
        // `فخامته` → `فخامه` (the ة of the noun is a ت before the pronoun)
        let base = match base.strip_suffix('ت') {
            Some(stem) => format!("{stem}ه"),
            None => base.to_string(),
        };
        let agrees = |i: usize| self.ents[i].gender.is_none_or(|g| g == gender);
        // (a person, or a dignitary named only by title: `نائب خادم الحرمين الشريفين`)
        let dignitary = |i: usize| matches!(self.ents[i].kind, NpKind::Person | NpKind::Role);
        let head = |i: usize| {
            let r = if self.ents[i].kind == NpKind::Role {
                self.keys[i].first()?.first()?
            } else {
                self.roles[i].first()?
            };
            Some(strip_al(r).to_string())
        };
        let titles = honorific_titles(&base);
        if let Some(i) = self.most_recent(|i| self.honor[i].as_deref() == Some(base.as_str()) && agrees(i)) {
            return Some(i);
        }
        let titled =
            self.most_recent(|i| dignitary(i) && agrees(i) && head(i).is_some_and(|h| titles.contains(&h.as_str())));
        // a dignitary named by title alone, more recently than any entity with that title
        let cursor = self.cursor;
        let aside = self
            .dignitaries
            .iter()
            .rev()
            .find(|(at, np)| {
                *at < cursor
                    && words(&np.name).first().is_some_and(|w| titles.contains(&strip_al(w)))
                    && titled.is_none_or(|i| self.recency(i).0 <= *at)
            })
            .map(|(_, np)| np.clone());
        if let Some(np) = aside {
            return Some(self.resolve(&np));
        }
        titled
            .or_else(|| self.latest(gender).map(|(i, _)| i))
            .or_else(|| self.most_recent(|i| dignitary(i) && agrees(i) && self.recency(i) > (0, 0)))
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
        // a role with an office replaces one that is only a title of address (`الأمير` from a
        // headline, then `رئيس نادي الهلال الأمير …`), so that `رئيس الهلال` finds the person
        let l = lexicon();
        let office = |r: &str| words(r).iter().any(|w| !l.is_name_title(w) && l.is_title(strip_al(w)));
        if !np.role.is_empty() && (e.role.is_empty() || !office(&e.role) && office(&np.role)) {
            e.role = np.role.clone();
            self.roles[i] = role_words(&np.role);
        }
        // a run of a name it already has (`المبارك` of `خضراء المبارك`) is no key of its own:
        // kept, it would make the bare surname an exact match for this person only, where
        // another person of that surname may have been named since
        if !self.keys[i].iter().any(|k| k == &key || contains_run(k, &key)) {
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

    /// A definite title or organisation standing alone (`الوزير`, `الوزارة`, `المتحدث باسم
    /// الوزارة`): for an organisation word, the latest organisation named with it; for a
    /// title, the latest person whose role is headed by it, the closest role first
    /// (`وزير الخارجية` is the minister introduced so, not `وزير خارجية روسيا`).
    fn find_by_title(&self, np: &Np) -> Option<usize> {
        let l = lexicon();
        let ws = words(&np.name);
        let head =
            ws.iter().find(|w| !matches!(l.class(w), Some(Class::Honorific)) && (l.is_title(w) || l.is_org(w)))?;
        let is_org = l.is_org(head) && !l.is_title(head);
        let head = strip_al(head);
        if is_org {
            return self.most_recent(|i| {
                self.ents[i].kind == NpKind::Org && self.keys[i].iter().any(|k| k.iter().any(|w| strip_al(w) == head))
            });
        }
        let mine = role_words(&np.name);
        let candidates: Vec<usize> = (0..self.ents.len())
            .filter(|&i| self.ents[i].kind != NpKind::Role && self.roles[i].first().is_some_and(|r| r == head))
            .collect();
        // the role that is the phrase itself, else the one sharing most words with it; then
        // the most recent (`المفتش العام` is the inspector general named last)
        let score = |i: usize| {
            let r = &self.roles[i];
            (*r == mine, mine.iter().filter(|w| r.contains(w)).count())
        };
        let best = candidates.iter().map(|&i| score(i)).max()?;
        self.most_recent(|i| candidates.contains(&i) && score(i) == best)
    }

    /// The unnamed source a definite description refers back to by its head noun: `المصدر`
    /// after `مصدر دبلوماسي` (or `مصدر آخر`, the latest), `المصادر` after `مصادر أمنية`.
    fn find_unnamed_by_head(&self, key: &[String]) -> Option<usize> {
        let head = strip_al(key.first()?);
        if head.len() == key[0].len() {
            return None; // an indefinite head is a description of its own
        }
        self.most_recent(|i| {
            self.ents[i].kind == NpKind::Role
                && self.keys[i].iter().any(|k| k.len() > 1 && k.first().is_some_and(|w| w == head))
        })
    }

    /// The entity a speaker phrase refers to, created if new.
    pub fn resolve(&mut self, np: &Np) -> usize {
        let key = words(&np.name);
        let i = match np.kind {
            NpKind::Role if np.definite => match self
                .find_by_title(np)
                .or_else(|| self.find_unnamed_by_head(&key))
                .or_else(|| self.find_name(&key))
            {
                Some(i) => i,
                None => self.add(np, key),
            },
            NpKind::Org if key.len() == 1 => match self.find_name(&key).or_else(|| self.find_by_title(np)) {
                Some(i) => i,
                None => self.add(np, key),
            },
            // an unnamed source (`متحدث باسم الهيئة`, `مسؤول تركي`) joins only the same
            // description, never a named entity whose name shares a word
            NpKind::Role => match self.keys.iter().position(|ks| ks.contains(&key)) {
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
        r.introduce(&person("أحمد سالم", "وزير المالية"), 0);
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
