//! Property tests: whatever the input, extraction never panics and every span slices the
//! article to exactly the quote text on character boundaries.

use proptest::prelude::*;
use saywho::model::Article;

fn arabic_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "وقال",
        "وأضاف",
        "أن",
        "إن",
        "إنه",
        "بأن",
        "الرئيس",
        "وزير",
        "الخارجية",
        "شي",
        "«",
        "»",
        "\"",
        ":",
        "،",
        ".",
        "\n",
        " ",
        "مشيرا",
        "إلى",
        "بحسب",
        "وفقا",
        "لـ",
        "(",
        ")",
        "نقلا",
        "عن",
        "وكانت",
        "قد",
        "أما",
        "فأكد",
        "معاليه",
        "ودعا",
        "الوزارة",
        "وجاء",
        "في",
        "بيان",
        "\u{1b}[31m",
        "\u{202e}",
        "\r\n",
        "ـ",
        "\u{FEFF}",
        "0.3",
        "x",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.join(" "))
}

fn check(text: String) {
    let a = Article::new("a1".into(), "p.txt".into(), text.clone());
    let doc = saywho::pipeline::extract(vec![a], &[]);
    if let Err(e) = saywho_core::invariants::extraction(&text, &doc) {
        panic!("{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn spans_slice_exactly_for_reporting_like_text(text in arabic_like()) {
        check(text);
    }

    #[test]
    fn spans_slice_exactly_for_any_text(text in any::<String>()) {
        check(text);
    }

    /// Folding any text keeps a map back to original characters that fold to each one.
    #[test]
    fn folded_positions_map_back(text in any::<String>(), arabic in arabic_like()) {
        for t in [text, arabic] {
            if let Err(e) = saywho_core::invariants::folding(&t, &saywho::search::Folded::new(&t)) {
                panic!("{t:?}: {e}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any bytes as a .json, .jsonl or speakers file: a clean error or articles, never a panic.
    #[test]
    fn loaders_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), kind in 0usize..4) {
        let dir = std::env::temp_dir().join(format!("saywho-prop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let name = ["a.json", "a.jsonl", "a.txt", "speakers.json"][kind];
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let _ = saywho::load::read_articles(&path, 1, 1 << 20);
        let _ = saywho::load::read_speakers(&path, 1 << 20);
        let _ = saywho::saved::read(&path, 1 << 20);
    }

    /// Any query over the sample: no panic, results in range, highlight positions inside the
    /// statement's text, and narrowing equal to a fresh search.
    #[test]
    fn any_query_is_safe(query in "[ا-ي 'a-z@!ًٌّ]{0,12}") {
        use std::sync::OnceLock;
        static IX: OnceLock<(saywho::model::Document, std::sync::Arc<saywho::search::Index>)> = OnceLock::new();
        let (doc, ix) = IX.get_or_init(|| {
            let l = saywho::load::sample();
            let doc = saywho::pipeline::extract(l.articles, &l.speakers);
            let ix = std::sync::Arc::new(saywho::search::Index::new(&doc));
            (doc, ix)
        });
        let q = saywho::search::Query::parse(&query);
        if let Err(e) = saywho_core::invariants::search(doc, ix, &q, &query) {
            panic!("{e}");
        }
        let mut typed = saywho::search::Searcher::new(ix.clone());
        let mut last = None;
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            last = Some(typed.run(&query[..end], None, 10));
        }
        if let Some(narrowed) = last {
            prop_assert_eq!(narrowed, saywho::search::Searcher::new(ix.clone()).run(&query, None, 10));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Typing and deleting in any order, as at the keyboard: every step's results equal a
    /// fresh search of the same text (and nothing panics on the way).
    #[test]
    fn editing_a_query_gives_what_a_fresh_search_gives(edits in prop::collection::vec(
        prop::sample::select(vec!["ا", "ل", "ص", "ي", "ن", "ة", "x", "a", "1", "'", "!", "@", " ", "\u{a0}", "ً", "ّ", "ـ", "<bs>"]),
        0..40,
    )) {
        use std::sync::OnceLock;
        static IX: OnceLock<std::sync::Arc<saywho::search::Index>> = OnceLock::new();
        let ix = IX.get_or_init(|| {
            let l = saywho::load::sample();
            std::sync::Arc::new(saywho::search::Index::new(&saywho::pipeline::extract(l.articles, &l.speakers)))
        });
        let mut typed = saywho::search::Searcher::new(ix.clone());
        let mut text = String::new();
        for e in edits {
            if e == "<bs>" {
                text.pop();
            } else {
                text.push_str(e);
            }
            let a = typed.run(&text, None, 10);
            let b = saywho::search::Searcher::new(ix.clone()).run(&text, None, 10);
            prop_assert_eq!(a, b, "after {:?}", text);
        }
    }
}

/// One saved row: speaker, mention, article and path from small pools (so rows group), any
/// text, written plainly or with every non-ASCII character escaped (as Python writes JSON).
fn saved_row() -> impl Strategy<Value = String> {
    let names = ["Ahmad al-Omari", "أحمد العمري", "شي جين بينغ", "شي", ""];
    (0..4usize, 0..5usize, 0..3usize, 0..3usize, arabic_like(), any::<bool>(), 0..3usize).prop_map(
        move |(s, m, a, p, text, escape, form)| {
            let form = ["indirect", "direct", "mixed"][form];
            let row = serde_json::json!({
                "id": "q1", "speaker": names[s], "speaker_id": "s9", "mention": names[m], "cue": "قال",
                "cue_en": "said", "form": form, "attribution": "explicit",
                "channel": null, "text": text, "article": format!("a{a}"), "path": format!("p{p}.txt"),
                "paragraph": 1, "start": 0, "end": text.len(),
            });
            let line = row.to_string();
            if !escape {
                return line;
            }
            line.chars()
                .map(|c| match c.is_ascii() {
                    true => c.to_string(),
                    false => c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("\\u{u:04x}")).collect(),
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A one-shot search of any saved rows (some broken by a cut) prints what searching the
    /// loaded document prints, or fails with the same message.
    #[test]
    fn one_shot_search_equals_searching_the_loaded_document(
        rows in prop::collection::vec(saved_row(), 0..12),
        cut in any::<prop::sample::Index>(),
        broken in any::<bool>(),
        query in "[ا-ي 'a-z@!ًٌّ]{0,8}",
    ) {
        let mut text = rows.join("\n");
        if broken && !text.is_empty() {
            let at = saywho::text::floor_boundary(&text, cut.index(text.len()));
            text.truncate(at);
        }
        if let Err(e) = saywho_core::invariants::one_shot(&text, &query) {
            panic!("{e}");
        }
    }
}
