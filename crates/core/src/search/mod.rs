//! The search index and matcher: Arabic/Latin folding with a map back to the original
//! characters (for highlights), the query language, and ranking with fuzzy-matcher.
//!
//! Query language, as in fzf: space-separated terms must all match; `'word` is an exact
//! substring; `!word` excludes statements containing it; `@name` keeps only speakers whose
//! name or an alias contains `name`. Matching folds hamza/alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي,
//! drops tashkeel and tatweel, and folds Latin case and accents.
//!
//! Speed at 100,000 statements comes from the index, not the matcher: a per-statement
//! character-set mask rejects most statements without looking at their text, a subsequence
//! scan decides the rest, a growing query only re-examines the previous query's matches, and
//! fuzzy-matcher scores only until the best `limit` results are certain — candidates are
//! scored in document order in parallel blocks, and scoring stops once `limit` results reach
//! the highest score the query can have.

mod fold;
mod index;
mod query;
mod rank;
mod typing;

pub use fold::{folded_mask, mask_of, Folded};
pub use index::{document_parts, source_text, Index, Parts, Statement};
pub use query::{narrows, Query, Term};
pub use rank::{Candidate, Hit, Results};
pub use typing::Searcher;

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::query::fold_str;
    use super::*;
    use crate::model::{Article, Document};

    fn doc() -> Document {
        let text = "قال وزير الطاقة سامي فارس إن مشاريع الطاقة الجديدة ستكتمل.\n\
                    وقالت الوزيرة ليلى حسن إن المستشفى أُعرب عن جاهزيته.\n\
                    وأكد فارس أن الأسعار مستقرة.";
        crate::pipeline::extract(vec![Article::new("a1".into(), "t.txt".into(), text.into())], &[])
    }

    fn texts(d: &Document, hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| d.quotes[h.quote].text.to_string()).collect()
    }

    #[test]
    fn folded_positions_map_back_past_dropped_marks() {
        let s = "أُعْـرب ما";
        let f = Folded::new(s);
        assert_eq!(f.text, "اعرب ما");
        let orig: Vec<char> = s.chars().collect();
        let back: String = f.to_original(&(0..7).collect::<Vec<_>>()).iter().map(|&i| orig[i]).collect();
        assert_eq!(back, "أعرب ما");
        assert_eq!(f.origin(7), None);
    }

    #[test]
    fn the_mask_built_while_folding_is_the_mask_of_the_folded_text() {
        for s in ["أُعْـرب ما", "Ahmad SAID 42 times", "ڱ\u{a0}\u{7};ّz", "", "éÉ الطاقة"] {
            let (f, mask) = Folded::with_mask(s);
            assert_eq!(f, Folded::new(s));
            assert_eq!(mask, mask_of(&f.text), "{s:?}");
        }
    }

    #[test]
    fn query_syntax() {
        let q = Query::parse("الطاقه 'جديد !سعر @Xi");
        assert_eq!(
            q.terms,
            [
                Term::Fuzzy("الطاقه".into()),
                Term::Exact("جديد".into()),
                Term::Not("سعر".into()),
                Term::Speaker("xi".into())
            ]
        );
        assert!(Query::parse("  ' @ ").is_empty());
    }

    #[test]
    fn folding_finds_spelling_variants() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("الطاقه الجديده"));
        assert_eq!(h.first().map(|h| h.quote), Some(0));
        let h = idx.search(&Query::parse("'اعرب"));
        assert_eq!(texts(&d, &h), ["المستشفى أُعرب عن جاهزيته"]);
        let h = idx.search(&Query::parse("'مستشفي"));
        assert_eq!(h.len(), 1, "ى/ي fold");
    }

    #[test]
    fn highlights_map_back_to_the_original_characters() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("'اعرب"));
        let text: Vec<char> = d.quotes[h[0].quote].text.chars().collect();
        let shown: String = h[0].positions.iter().map(|&p| text[p]).collect();
        // the damma on the alef is not highlighted (it folds away), the letters are
        assert_eq!(shown, "أعرب");
    }

    #[test]
    fn speaker_filter_and_exclusion() {
        let d = doc();
        let idx = Index::new(&d);
        let h = idx.search(&Query::parse("@فارس"));
        assert_eq!(h.len(), 2);
        let h = idx.search(&Query::parse("@فارس !اسعار"));
        assert_eq!(texts(&d, &h), ["مشاريع الطاقة الجديدة ستكتمل"]);
        assert!(idx.search(&Query::parse("@nobody")).is_empty());
    }

    #[test]
    fn all_terms_must_match() {
        let d = doc();
        let idx = Index::new(&d);
        assert_eq!(idx.search(&Query::parse("'الطاقه 'الاسعار")).len(), 0);
        assert_eq!(idx.search(&Query::parse("")).len(), 3);
    }

    #[test]
    fn narrowing_rules() {
        assert!(narrows("الط", "الطا"));
        assert!(narrows("a", "a b"));
        assert!(narrows("a !b ", "a !b c"));
        assert!(!narrows("a !b", "a !bc"), "a longer exclusion excludes less");
        assert!(!narrows("ab", "a"));
    }

    fn sample_index() -> (Document, Index) {
        let loaded = crate::load::sample();
        let doc = crate::pipeline::extract(loaded.articles, &loaded.speakers);
        let idx = Index::new(&doc);
        (doc, idx)
    }

    /// Types `query` a character at a time and checks each result against a fresh search.
    fn typing_equals_fresh(idx: &Arc<Index>, query: &str, limit: usize) {
        let mut typed = Searcher::new(idx.clone());
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let text = &query[..end];
            let narrowed = typed.run(text, None, limit);
            let fresh = Searcher::new(idx.clone()).run(text, None, limit);
            assert_eq!(narrowed, fresh, "after typing {text:?}");
        }
    }

    #[test]
    fn narrowed_search_equals_a_fresh_search() {
        let (_, idx) = sample_index();
        typing_equals_fresh(&Arc::new(idx), "الصين مستعد @xi !قزوين", 10);
    }

    #[test]
    fn an_exclusion_after_a_no_break_space() {
        // a pasted U+00A0 is white space two bytes wide (found by the query fuzz target)
        let (_, idx) = sample_index();
        typing_equals_fresh(&Arc::new(idx), "الصين\u{a0}!قزوين", 10);
    }

    #[test]
    fn typing_on_a_generated_corpus_gives_what_a_fresh_search_gives() {
        let loaded = crate::testgen::articles(3, 25);
        let doc = crate::pipeline::extract(loaded, &crate::testgen::speakers_file());
        let idx = Arc::new(Index::new(&doc));
        for query in ["الطاقة الجديدة", "تعاون 'الصين مس", "@ahmad كازا", "شراكةً !الطاقة ال", "ahmad nas"]
        {
            typing_equals_fresh(&idx, query, 20);
        }
    }

    #[test]
    fn exact_occurrences_rank_first_and_word_starts_before_mid_word() {
        let (doc, idx) = sample_index();
        for text in ["الطاقة الجديدة", "التجارة", "شانغهاي", "مصير مشترك"] {
            let q = Query::parse(text);
            let r = idx.run(&q, text, None, None, 5);
            let first = &doc.quotes[r.hits[0].quote].text;
            let folded = fold_str(first);
            for w in text.split(' ') {
                assert!(folded.contains(&fold_str(w)), "{text}: best result lacks {w}: {first}");
            }
        }
    }

    #[test]
    fn ranking_is_by_fuzzy_matcher_score_within_the_preselection() {
        let (_, idx) = sample_index();
        let q = Query::parse("تعاون");
        let r = idx.run(&q, "تعاون", None, None, 10);
        assert!(r.hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(r.ranked_from >= r.hits.len());
    }
}
