//! The pairs a reader draws on the sample (Xi–Tokayev, Xinhua Arabic) under these weights.

use super::*;

/// (Xi paragraph, Tokayev paragraph, shared terms) of every aligned pair.
fn sample_pairs() -> Vec<(usize, usize, Vec<String>, Vec<String>)> {
    let loaded = crate::load::sample();
    let doc = crate::pipeline::extract(loaded.articles, &loaded.speakers);
    let xi = crate::grouping::quotes_of(&doc, crate::grouping::find(&doc, "xi").unwrap());
    let tk = crate::grouping::quotes_of(&doc, crate::grouping::find(&doc, "توكاييف").unwrap());
    let v = vectors(&doc);
    let al = align(&v, &xi, &tk, 0.05);
    al.pairs
        .iter()
        .map(|p| {
            let keys = v.shared(p.a, p.b, usize::MAX).into_iter().map(|(_, id)| v.stems[id as usize].clone()).collect();
            (doc.quotes[p.a].paragraph, doc.quotes[p.b].paragraph, p.shared.clone(), keys)
        })
        .collect()
}

fn partner(pairs: &[(usize, usize, Vec<String>, Vec<String>)], tokayev: usize) -> Option<usize> {
    pairs.iter().find(|p| p.1 == tokayev).map(|p| p.0)
}

#[test]
fn energy_pairs_with_energy_not_with_e_commerce() {
    let pairs = sample_pairs();
    assert_eq!(partner(&pairs, 10), Some(7), "{pairs:?}");
    let p = pairs.iter().find(|p| p.1 == 10).unwrap();
    assert!(p.2.iter().any(|w| w.contains("الطاقة")), "{:?}", p.2);
}

#[test]
fn the_thousand_year_friendship_statements_pair() {
    let pairs = sample_pairs();
    assert_eq!(partner(&pairs, 25), Some(12), "{pairs:?}");
}

#[test]
fn trade_tourism_and_un_pairs_stay() {
    let pairs = sample_pairs();
    assert_eq!(partner(&pairs, 28), Some(15), "trade doubling: {pairs:?}");
    assert_eq!(partner(&pairs, 29), Some(18), "tourism year: {pairs:?}");
    assert!(partner(&pairs, 30).is_some_and(|x| [21, 22, 23].contains(&x)), "UN, SCO: {pairs:?}");
}

#[test]
fn no_pair_shares_only_generic_words() {
    for (a, b, shared, keys) in sample_pairs() {
        assert!(keys.iter().any(|k| !is_generic_key(k)), "¶{a} ↔ ¶{b} share only {shared:?}");
    }
}
