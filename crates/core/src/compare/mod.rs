//! Topic alignment: which statements of speaker A and speaker B speak of the same thing.
//! Content words (folded, lightly stemmed, stop words removed) weighted by TF-IDF over the
//! loaded corpus, cosine similarity, and a one-to-one assignment that maximises the total
//! similarity (Hungarian algorithm, per connected group of similar statements) with a
//! minimum below which nothing is paired. No topic lists: it works for any corpus.

mod assign;
mod terms;
mod topics;
mod vectors;

pub use assign::{align, hungarian_max, Alignment, Pair, MIN_SIMILARITY};
pub use terms::{stem, term_positions, terms};
pub use topics::{topics, Topic, TOPIC_SIMILARITY};
pub use vectors::Vectors;

#[cfg(test)]
mod tests {
    use rustc_hash::FxHashMap;

    use super::*;
    use crate::text::fold;

    /// The topic grouping as first written: every statement against every group. `topics`
    /// must group exactly like it.
    fn topic_groups_by_scan(v: &Vectors, min: f32) -> Vec<Vec<usize>> {
        let mut groups: Vec<(FxHashMap<u32, f32>, f32, Vec<usize>)> = Vec::new();
        for (q, vec) in v.vecs.iter().enumerate().filter(|(_, vec)| !vec.is_empty()) {
            let mut best: Option<(usize, f32)> = None;
            for (gi, (sum, norm2, _)) in groups.iter().enumerate() {
                let dot: f32 = vec.iter().map(|&(t, w)| sum.get(&t).copied().unwrap_or(0.0) * w).sum();
                let cos = dot / norm2.sqrt().max(f32::EPSILON);
                if cos >= min && best.is_none_or(|(_, b)| cos > b) {
                    best = Some((gi, cos));
                }
            }
            let gi = best.map_or_else(
                || {
                    groups.push((FxHashMap::default(), 0.0, Vec::new()));
                    groups.len() - 1
                },
                |(gi, _)| gi,
            );
            let (sum, norm2, quotes) = &mut groups[gi];
            for &(t, w) in vec {
                let e = sum.entry(t).or_insert(0.0);
                *norm2 += (*e + w) * (*e + w) - *e * *e;
                *e += w;
            }
            quotes.push(q);
        }
        let mut out: Vec<Vec<usize>> = groups.into_iter().map(|g| g.2).filter(|q| q.len() > 1).collect();
        out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        out
    }

    #[test]
    fn topics_through_term_postings_group_like_a_full_scan() {
        let doc = crate::pipeline::extract(crate::testgen::articles(3, 60), &crate::testgen::speakers_file());
        let v = Vectors::new(&doc);
        for min in [TOPIC_SIMILARITY, 0.05, 0.5] {
            let fast: Vec<Vec<usize>> = topics(&v, &doc, min).into_iter().map(|t| t.quotes).collect();
            assert!(!fast.is_empty());
            assert_eq!(fast, topic_groups_by_scan(&v, min), "min {min}");
        }
    }

    #[test]
    fn stemming_strips_article_clitics_and_suffixes() {
        assert_eq!(stem(&fold("الطاقة")), stem(&fold("وطاقة")));
        assert_eq!(stem(&fold("التجارة")), stem(&fold("بالتجارة")));
        assert_eq!(stem(&fold("المشروعات")), stem(&fold("مشروع")));
        assert_eq!(stem("exports"), stem("export"));
    }

    #[test]
    fn stop_words_are_not_terms() {
        let t: Vec<String> = terms("قال إن الصين في هذا العام ستدعم الطاقة").into_iter().map(|x| x.0).collect();
        assert!(!t.iter().any(|w| w == "في" || w == "هذا"));
        assert!(t.contains(&stem(&fold("الطاقة"))));
    }

    #[test]
    fn topics_group_statements_of_several_speakers() {
        let text = "قالت الوزيرة ليلى حسن إن أسعار القمح ارتفعت هذا الشهر.\n\
                    وقال التاجر سامي نادر إن أسعار القمح ارتفعت بسبب الجفاف.\n\
                    وقال المدرب كريم يوسف إن الفريق سيفوز بالمباراة.";
        let doc =
            crate::pipeline::extract(vec![crate::model::Article::new("a1".into(), "t.txt".into(), text.into())], &[]);
        let v = Vectors::new(&doc);
        let t = topics(&v, &doc, TOPIC_SIMILARITY);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].quotes, [0, 1]);
        assert_eq!(t[0].speakers.len(), 2);
        assert!(t[0].label.iter().any(|w| w.contains("القمح")), "{:?}", t[0].label);
    }

    #[test]
    fn hungarian_finds_the_best_total_not_the_greedy_choice() {
        // greedy would take (0,0)=0.9 then (1,1)=0.1; best is (0,1)+(1,0) = 0.8+0.8
        let w = vec![vec![0.9, 0.8], vec![0.8, 0.1]];
        let mut m = hungarian_max(&w);
        m.sort();
        assert_eq!(m, [(0, 1), (1, 0)]);
        // rectangular, both ways
        let w = vec![vec![0.1, 0.9, 0.2]];
        assert_eq!(hungarian_max(&w), [(0, 1)]);
        let w = vec![vec![0.1], vec![0.7], vec![0.3]];
        assert_eq!(hungarian_max(&w), [(1, 0)]);
    }
}
