//! The ids of an extraction: `a1`, `a2`… for articles, `s1`… for speakers, `q1`… for
//! statements, numbered from 1 in the order they are listed. The one place they are made.

/// The id of the article listed at `index` (0-based).
pub fn article_id(index: usize) -> String {
    format!("a{}", index + 1)
}

/// The id of the speaker listed at `index` (0-based).
pub fn speaker_id(index: usize) -> String {
    format!("s{}", index + 1)
}

/// The id of the statement listed at `index` (0-based).
pub fn quote_id(index: usize) -> String {
    format!("q{}", index + 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_count_from_one() {
        assert_eq!(
            (super::article_id(0), super::speaker_id(1), super::quote_id(41)),
            ("a1".into(), "s2".into(), "q42".into())
        );
    }
}
