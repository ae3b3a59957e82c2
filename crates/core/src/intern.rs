//! One shared copy of each string that repeats across many statements (speaker, cue,
//! mention, path): a corpus of 100,000 statements holds a few thousand distinct ones.

use std::sync::Arc;

use rustc_hash::FxHashMap;

/// Shared copies of the strings seen so far, borrowed for as long as `'s`.
#[derive(Debug, Default)]
pub struct Interner<'s>(FxHashMap<&'s str, Arc<str>>);

impl<'s> Interner<'s> {
    pub fn new() -> Interner<'s> {
        Interner::default()
    }

    /// The shared copy of `s`, made the first time it is asked for.
    pub fn get(&mut self, s: &'s str) -> Arc<str> {
        if let Some(a) = self.0.get(s) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(s);
        self.0.insert(s, a.clone());
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_string_is_one_copy() {
        let again = String::from("said");
        let mut i = Interner::new();
        let (a, b) = (i.get("said"), i.get(&again));
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &i.get("added")));
    }
}
