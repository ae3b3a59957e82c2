//! Topic alignment on the sample: the pairs a reader would draw come out, through the
//! library and the `saywho compare` command.

use std::process::Command;

use saywho::compare::{align, Vectors, MIN_SIMILARITY};

fn paired() -> (saywho::model::Document, Vec<(usize, usize, Vec<String>)>) {
    let loaded = saywho::load::sample();
    let doc = saywho::pipeline::extract(loaded.articles, &loaded.speakers);
    let v = Vectors::new(&doc);
    let xi = saywho::grouping::quotes_of(&doc, saywho::grouping::find(&doc, "xi").unwrap());
    let tk = saywho::grouping::quotes_of(&doc, saywho::grouping::find(&doc, "توكاييف").unwrap());
    let al = align(&v, &xi, &tk, MIN_SIMILARITY);
    let pairs =
        al.pairs.iter().map(|p| (doc.quotes[p.a].paragraph, doc.quotes[p.b].paragraph, p.shared.clone())).collect();
    (doc, pairs)
}

#[test]
fn trade_doubling_pairs_with_the_trade_doubling_commitment() {
    let (_, pairs) = paired();
    let p = pairs.iter().find(|p| p.0 == 15).expect("Xi ¶15 paired");
    assert_eq!(p.1, 28, "{pairs:?}");
    assert!(p.2.iter().any(|w| w.contains("التجارة") || w.contains("لمضاعفة")), "{:?}", p.2);
}

#[test]
fn tourism_year_and_luban_workshop_pair_up() {
    let (_, pairs) = paired();
    let p = pairs.iter().find(|p| p.0 == 18).expect("Xi ¶18 paired");
    assert_eq!(p.1, 29);
    assert!(p.2.iter().any(|w| w == "لوبان") && p.2.iter().any(|w| w == "2025" || w == "السياحة"), "{:?}", p.2);
}

#[test]
fn new_energy_and_multilateral_mechanisms_pair_with_xi_statements_on_them() {
    let (doc, pairs) = paired();
    let text = |para: usize| doc.quotes.iter().find(|q| q.paragraph == para).unwrap().text.to_string();
    // Tokayev ¶10 (energy, minerals, new energy) goes with a Xi statement on new energy
    let p = pairs.iter().find(|p| p.1 == 10).expect("Tokayev ¶10 paired");
    assert!(text(p.0).contains("الطاقة الجديدة"), "paired with ¶{}", p.0);
    // Tokayev ¶30 (China–Central Asia mechanism, SCO, UN) with Xi on those frameworks
    let p = pairs.iter().find(|p| p.1 == 30).expect("Tokayev ¶30 paired");
    assert!([21, 22, 23].contains(&p.0), "paired with ¶{}", p.0);
    // one-to-one
    let mut a: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    let mut b: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    a.sort();
    a.dedup();
    b.sort();
    b.dedup();
    assert_eq!((a.len(), b.len()), (pairs.len(), pairs.len()));
}

#[test]
fn compare_command_prints_pairs_and_the_unmatched() {
    let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["compare", "xi", "توكاييف", saywho::load::SAMPLE_PATH, "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["a"], "Xi Jinping");
    let pairs = v["pairs"].as_array().unwrap();
    assert!(pairs.len() >= 5);
    let paired = pairs.len() * 2 + v["only_a"].as_array().unwrap().len() + v["only_b"].as_array().unwrap().len();
    assert_eq!(paired, 29, "every statement appears once");
    assert!(pairs.iter().all(|p| p["similarity"].as_f64().unwrap() >= MIN_SIMILARITY as f64));
    let bad = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["compare", "xi", "nobody", saywho::load::SAMPLE_PATH])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no speaker matches \"nobody\""));
}

#[test]
fn english_speakers_align_and_an_arabic_speaker_meets_an_english_one_on_numbers_and_names() {
    use saywho::model::Article;
    let en = "Ana Lopes said the port of Halden would reopen in 2025 after repairs.\n\
              Ana Lopes said wages for dockers must rise.\n\
              Sam Okafor said dockers' wages had not risen in ten years.\n\
              Sam Okafor said the harbour repairs could not finish before 2025.";
    let ar = "وقال الوزير خالد ناصر إن الميناء سيفتح في 2025 بعد إصلاحات Halden.";
    let doc = saywho::pipeline::extract(
        vec![
            Article::new("a1".into(), "en.txt".into(), en.into()),
            Article::new("a2".into(), "ar.txt".into(), ar.into()),
        ],
        &[],
    );
    let v = Vectors::new(&doc);
    let of = |name: &str| saywho::grouping::quotes_of(&doc, saywho::grouping::find(&doc, name).unwrap());
    let al = align(&v, &of("Ana Lopes"), &of("Sam Okafor"), MIN_SIMILARITY);
    let pairs: Vec<(usize, usize)> =
        al.pairs.iter().map(|p| (doc.quotes[p.a].paragraph, doc.quotes[p.b].paragraph)).collect();
    assert_eq!(pairs, [(1, 4), (2, 3)], "wages with wages, 2025 repairs with 2025 repairs");
    let cross = align(&v, &of("خالد ناصر"), &of("Ana Lopes"), 0.05);
    assert_eq!(cross.pairs.len(), 1);
    assert_eq!(doc.quotes[cross.pairs[0].b].paragraph, 1, "the statement that shares 2025");
    assert!(cross.pairs[0].shared.contains(&"2025".to_string()));
}
