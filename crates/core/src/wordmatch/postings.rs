//! Which statements hold each word of the lexicon: lets a query that needs a rare word rank
//! only the statements that have it, instead of scanning all of them.

use super::matcher::{Fields, Prepared};

/// Per lexicon word, the statements (numbered in the order given) that have it in any field.
#[derive(Debug, Default)]
pub struct Postings {
    /// Per lexicon word, the start of its list in `statements`; one more entry at the end.
    starts: Vec<u32>,
    statements: Vec<u32>,
    count: usize,
}

impl Postings {
    /// Builds the lists for `count` statements whose fields `fields` gives (it is called twice
    /// per statement), over a lexicon of `lexicon_len` words. Words interned later have no list.
    pub fn new<'a>(lexicon_len: usize, count: usize, fields: impl Fn(usize) -> Fields<'a>) -> Postings {
        // a statement is listed once per word however often it has it: `last` is the last
        // statement counted for each word
        let mut last = vec![u32::MAX; lexicon_len];
        let mut lens = vec![0u32; lexicon_len + 1];
        let each = |sid: usize, last: &mut [u32], mut f: Box<dyn FnMut(usize) + '_>| {
            let fs = fields(sid);
            for field in super::Field::ALL {
                for &lex in fs.get(field).lexes() {
                    let lex = lex as usize;
                    if lex < last.len() && last[lex] != sid as u32 {
                        last[lex] = sid as u32;
                        f(lex);
                    }
                }
            }
        };
        for sid in 0..count {
            each(sid, &mut last, Box::new(|lex| lens[lex] += 1));
        }
        let mut starts = Vec::with_capacity(lexicon_len + 1);
        let mut total = 0u32;
        for l in &lens[..lexicon_len] {
            starts.push(total);
            total += l;
        }
        starts.push(total);
        let mut fill: Vec<u32> = starts.clone();
        let mut statements = vec![0u32; total as usize];
        last.fill(u32::MAX);
        for sid in 0..count {
            each(
                sid,
                &mut last,
                Box::new(|lex| {
                    statements[fill[lex] as usize] = sid as u32;
                    fill[lex] += 1;
                }),
            );
        }
        Postings { starts, statements, count }
    }

    fn list(&self, lex: usize) -> &[u32] {
        match (self.starts.get(lex), self.starts.get(lex + 1)) {
            (Some(&a), Some(&b)) => &self.statements[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The statements that may match `p`, ascending: those that have a word matching the
    /// query word that is rarest by these lists. `None` when that would be most statements
    /// (scanning all is then as fast) or the query has no word every match needs.
    pub fn candidates(&self, p: &Prepared) -> Option<Vec<u32>> {
        let (best_cost, best_slot) = p
            .required_slots()
            .map(|s| {
                let cost: usize = p.matching_lexemes(s).map(|lex| self.list(lex as usize).len()).sum();
                (cost, s)
            })
            .min()?;
        if best_cost > self.count / 2 {
            return None;
        }
        let mut seen = vec![0u64; self.count.div_ceil(64)];
        for lex in p.matching_lexemes(best_slot) {
            for &sid in self.list(lex as usize) {
                seen[sid as usize / 64] |= 1 << (sid % 64);
            }
        }
        let mut out = Vec::with_capacity(best_cost);
        for (k, &word) in seen.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                out.push((k * 64) as u32 + w.trailing_zeros());
                w &= w - 1;
            }
        }
        Some(out)
    }
}
