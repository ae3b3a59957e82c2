//! Who `he`, `she`, `they` and `it` are.
//!
//! A pronoun refers to the most recently mentioned entity it agrees with — in number, in
//! sex and in being a person or a body (Centering: the subject of the sentence before is the
//! likeliest antecedent). The mentions that count are the speakers of statements and the
//! people named as the subject of a sentence that reports nothing (`Dana Whitcomb called the
//! delay minor. … he said`). What agreement knows of an entity comes from how it was named
//! (`spokeswoman`, `Mr.`, `officials`, `the company`) and from the pronouns already used for it.

use crate::extract::lexicon::Gender;

/// What an entity can be referred to with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Referent {
    /// Nothing known: a single capitalised word may be a person (`Yohannes`) or a body
    /// (`Amtrak`).
    #[default]
    Unknown,
    /// One person (`Hua Chunying`, `a source close to the probe`, `the spokesman`): `he`, `she`.
    Person,
    /// People in the plural (`officials`, `critics`, `State media`): `they`.
    Group,
    /// An organisation (`the company`, `Harbour Logistics`, `the Scottish government`): `it`,
    /// and `they` when no group was mentioned.
    Body,
}

/// What agreement knows of an entity.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Traits {
    pub kind: Referent,
    pub sex: Option<Gender>,
    /// Named by a name alone, with no title, role or sex to tell a person (`Thames Water`
    /// may be a company): `it` may still refer to it.
    pub bare: bool,
    /// A person of unknown sex whose given name is mostly a woman's (`Susana Muhamad`): `she`
    /// may refer to them as to a known woman.
    pub looks_female: bool,
}

/// The entities of one article in the order of their latest mention.
#[derive(Default)]
pub(super) struct Discourse {
    traits: Vec<Traits>,
    /// Entity ids, the latest mention last.
    recent: Vec<usize>,
}

impl Discourse {
    /// Entity `ent` is mentioned now, with what its phrase tells (unknown traits keep what
    /// was known).
    pub fn mention(&mut self, ent: usize, t: Traits) {
        if self.traits.len() <= ent {
            self.traits.resize(ent + 1, Traits::default());
        }
        let known = &mut self.traits[ent];
        if known.kind == Referent::Unknown {
            known.kind = t.kind;
            known.bare = t.bare;
        }
        if known.sex.is_none() {
            known.sex = t.sex;
        }
        known.looks_female |= t.looks_female;
        // a title or a sex shows a person
        if t.sex.is_some() || (t.kind == Referent::Person && !t.bare) {
            known.bare = false;
        }
        self.recent.retain(|&e| e != ent);
        self.recent.push(ent);
    }

    /// Whether entity `ent` is known to be a person by a title, a role or a sex (what a new
    /// mention as a person would not change).
    pub fn is_known_person(&self, ent: usize) -> bool {
        self.traits.get(ent).is_some_and(|t| t.kind == Referent::Person && !t.bare)
    }

    /// Entity `ent` was referred to with `it`: a body, whatever its name suggested.
    pub fn is_body(&mut self, ent: usize) {
        if let Some(t) = self.traits.get_mut(ent) {
            if t.bare {
                t.kind = Referent::Body;
                t.bare = false;
            }
        }
    }

    /// The entity a personal pronoun (folded) refers to, if any agrees with it.
    pub fn antecedent(&self, pronoun: &str) -> Option<usize> {
        let latest = |ok: &dyn Fn(&Traits) -> bool| {
            self.recent.iter().rev().copied().find(|&e| self.traits.get(e).is_some_and(ok))
        };
        let person = |t: &Traits, sex: Gender| {
            (t.kind == Referent::Person && t.sex.is_none_or(|s| s == sex))
                || (t.kind == Referent::Unknown && t.sex == Some(sex))
        };
        match pronoun {
            "he" => latest(&|t| person(t, Gender::Masc)),
            // most people quoted in the news are men: a woman known as such among the last
            // three people mentioned is likelier than a more recent person of unknown sex
            "she" => {
                let people = self.recent.iter().rev().copied().filter(|&e| {
                    self.traits.get(e).is_some_and(|t| matches!(t.kind, Referent::Person | Referent::Unknown))
                });
                people
                    .take(3)
                    .find(|&e| {
                        let t = &self.traits[e];
                        t.sex == Some(Gender::Fem) || (t.sex.is_none() && t.looks_female)
                    })
                    .or_else(|| latest(&|t| person(t, Gender::Fem)))
            }
            "they" => latest(&|t| t.kind == Referent::Group).or_else(|| latest(&|t| t.kind == Referent::Body)),
            // `it` is never a person: the last mention if it is a body or a name given alone,
            // which may be a company's (`Thames Water said … It added`), else a body among the
            // last three mentions, else a name given alone
            "it" => {
                let body = |t: &Traits| matches!(t.kind, Referent::Body | Referent::Unknown);
                let last =
                    self.recent.last().copied().filter(|&e| self.traits.get(e).is_some_and(|t| body(t) || t.bare));
                last.or_else(|| {
                    self.recent.iter().rev().take(3).copied().find(|&e| self.traits.get(e).is_some_and(body))
                })
                .or_else(|| latest(&|t| body(t) || t.bare))
            }
            _ => None,
        }
    }
}
