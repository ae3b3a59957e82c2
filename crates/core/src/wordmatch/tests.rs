//! What a user searching would notice: which statements match, why, and in what order.

use proptest::prelude::*;

use super::*;
use crate::model::Document;

/// One statement with its fields as plain text.
#[derive(Default, Clone)]
struct Row {
    text: String,
    speaker: Vec<String>,
    mention: String,
    title: String,
    dateline: String,
}

fn row(text: &str) -> Row {
    Row { text: text.into(), ..Row::default() }
}

/// Statements with their words, as an index would hold them.
struct Corpus {
    lexicon: Lexicon,
    rows: Vec<Row>,
    words: Vec<[Words; 5]>,
}

impl Corpus {
    fn new(rows: Vec<Row>) -> Corpus {
        let mut lexicon = Lexicon::new();
        let words = rows
            .iter()
            .map(|r| {
                let speaker: Vec<&str> = r.speaker.iter().map(String::as_str).collect();
                [
                    lexicon.words(&r.text),
                    lexicon.words_of_parts(&speaker),
                    lexicon.words(&r.mention),
                    lexicon.words(&r.title),
                    lexicon.words(&r.dateline),
                ]
            })
            .collect();
        Corpus { lexicon, rows, words }
    }

    fn of_texts(texts: &[&str]) -> Corpus {
        Corpus::new(texts.iter().map(|t| row(t)).collect())
    }

    fn of_document(doc: &Document) -> Corpus {
        let rows = doc
            .quotes
            .iter()
            .map(|q| {
                let sp = doc.speakers.iter().find(|s| s.id == *q.speaker_id);
                let art = doc.articles.iter().find(|a| a.id == *q.article);
                Row {
                    text: q.text.to_string(),
                    speaker: sp
                        .map(|s| std::iter::once(s.name.clone()).chain(s.aliases.clone()).collect())
                        .unwrap_or_default(),
                    mention: q.mention.to_string(),
                    title: art.and_then(|a| a.title.clone()).unwrap_or_default(),
                    dateline: art.and_then(|a| a.dateline.clone()).unwrap_or_default(),
                }
            })
            .collect();
        Corpus::new(rows)
    }

    fn fields(&self, i: usize) -> Fields<'_> {
        let [text, speaker, mention, title, dateline] = &self.words[i];
        Fields { text, speaker, mention, title, dateline }
    }

    fn prepared(&self, q: &str) -> Prepared {
        Prepared::new(&Query::parse(q), &self.lexicon)
    }

    /// Indexes of the matching statements, in order.
    fn search(&self, q: &str) -> Vec<usize> {
        let p = self.prepared(q);
        (0..self.rows.len()).filter(|&i| p.matches(&self.fields(i))).collect()
    }

    /// Texts of the matching statements, best first.
    fn ranked(&self, q: &str) -> Vec<&str> {
        let p = self.prepared(q);
        let mut r: Vec<(RankKey, usize)> =
            (0..self.rows.len()).filter_map(|i| Some((p.rank(&self.fields(i))?, i))).collect();
        r.sort();
        r.iter().map(|&(_, i)| self.rows[i].text.as_str()).collect()
    }

    fn explain(&self, q: &str, i: usize) -> Option<Match> {
        self.prepared(q).explain(&self.fields(i))
    }

    /// Statements whose text contains `s` after folding (a substring test, to compare with).
    fn containing(&self, s: &str) -> Vec<usize> {
        let s = crate::text::fold(s);
        (0..self.rows.len()).filter(|&i| crate::text::fold(&self.rows[i].text).contains(&s)).collect()
    }
}

fn sample() -> (Document, Corpus) {
    let loaded = crate::load::sample();
    let doc = crate::pipeline::extract(loaded.articles, &loaded.speakers);
    let c = Corpus::of_document(&doc);
    (doc, c)
}

// ---- the acceptance cases of the issue, on the bundled sample

#[test]
fn sample_a_name_matches_only_statements_that_have_it() {
    let (_, c) = sample();
    assert_eq!(c.containing("لوبان").len(), 2);
    assert_eq!(c.search("لوبان"), c.containing("لوبان"));
    assert_eq!(c.containing("شانغهاي").len(), 2);
    assert_eq!(c.search("شانغهاي"), c.containing("شانغهاي"));
}

#[test]
fn sample_two_words_need_both() {
    let (_, c) = sample();
    let both: Vec<usize> = c.containing("الطاقة").into_iter().filter(|i| c.containing("الجديدة").contains(i)).collect();
    assert_eq!(both.len(), 4);
    assert_eq!(c.search("الطاقة الجديدة"), both);
}

#[test]
fn sample_an_absent_word_matches_nothing() {
    let (_, c) = sample();
    assert!(c.containing("أعرب").is_empty());
    assert_eq!(c.search("اعرب"), Vec::<usize>::new());
}

#[test]
fn sample_a_typo_finds_every_statement_with_the_word() {
    let (_, c) = sample();
    let want = c.containing("كازاخستان");
    assert!(want.len() > 10);
    assert_eq!(c.search("كازاخستن"), want);
}

#[test]
fn sample_latin_typos_find_the_speaker_and_say_so() {
    let (doc, c) = sample();
    let tokayev: Vec<usize> =
        (0..c.rows.len()).filter(|&i| c.rows[i].speaker.iter().any(|n| n.contains("Tokayev"))).collect();
    assert_eq!(tokayev.len(), doc.quotes.iter().filter(|q| q.speaker.contains("Tokayev")).count());
    assert!(!tokayev.is_empty());
    for q in ["tokajev", "tokayve", "tokaev", "@tokajev", "@Tokayev"] {
        assert_eq!(c.search(q), tokayev, "{q}");
        let m = c.explain(q, tokayev[0]).unwrap();
        assert_eq!(m.clauses[0].field, Field::Speaker, "{q}");
        let hit = m.hits.iter().find(|h| h.field == Field::Speaker).unwrap();
        let part = &c.rows[tokayev[0]].speaker[hit.part];
        assert_eq!(&part[hit.start..hit.end], "Tokayev", "{q}");
    }
}

// ---- clitics, prefixes, kinds

#[test]
fn arabic_clitics_and_article() {
    let c = Corpus::of_texts(&[
        "وبالطاقة المتجددة نبني",
        "للتعاون آفاق",
        "طاقتها كبيرة",
        "لا شيء هنا",
        "فالتعاون مثمر",
        "بلادهم بعيدة",
    ]);
    assert_eq!(c.search("طاقة"), [0, 2]);
    assert_eq!(c.search("الطاقة"), [0, 2]);
    assert_eq!(c.search("تعاون"), [1, 4]);
    assert_eq!(c.search("بلاد"), [5]);
    assert_eq!(c.search("وتعاون"), [1, 4], "a clitic on the query word is stripped too");
    let m = c.explain("الطاقة", 0).unwrap();
    assert_eq!((m.clauses[0].kind, m.hits[0].start), (Kind::Stripped, 0));
    assert_eq!(&c.rows[0].text[m.hits[0].start..m.hits[0].end], "وبالطاقة");
}

#[test]
fn a_short_word_that_only_looks_like_a_clitic_is_kept_whole() {
    let c = Corpus::of_texts(&["ولد الطفل", "لد"]);
    // ول + د would leave one letter: ولد is not a clitic chain on د
    assert_eq!(c.search("'د"), Vec::<usize>::new());
}

#[test]
fn prefixes_match_word_beginnings_only() {
    let c = Corpus::of_texts(&["كازاخستان بلد كبير", "الكازاخستانية", "harbour strike", "the strikers"]);
    assert_eq!(c.search("كازاخ"), [0, 1]);
    assert_eq!(c.explain("كازاخ", 0).unwrap().clauses[0].kind, Kind::Prefix);
    assert_eq!(c.search("strike"), [2, 3]);
    assert_eq!(c.search("rike"), Vec::<usize>::new(), "not inside a word");
    assert_eq!(c.search("'strike"), [2], "exact: no prefix");
}

#[test]
fn best_kind_first() {
    let c = Corpus::of_texts(&["تحدث عن الطاقات", "تحدث عن الطاقة", "تحدث عن الطاقم", "تحدث عن وبالطاقة"]);
    // exact, then clitics stripped, then typos
    // (the plural الطاقات is the word with its ending; الطاقم is one typo away)
    let r = c.ranked("الطاقة");
    assert_eq!(r, ["تحدث عن الطاقة", "تحدث عن الطاقات", "تحدث عن وبالطاقة", "تحدث عن الطاقم"]);
    let c = Corpus::of_texts(&["the strikers met", "the strike ended", "a strik", "strikes"]);
    let r = c.ranked("strike");
    // exact, then prefixes (the earlier in the text first), then a typo
    assert_eq!(r, ["the strike ended", "strikes", "the strikers met", "a strik"]);
}

// ---- typo budget at each length boundary

#[test]
fn typo_budget_boundaries() {
    // 3 letters: none
    let c = Corpus::of_texts(&["pat", "سلام"]);
    assert_eq!(c.search("pot"), Vec::<usize>::new());
    assert_eq!(c.search("سلم"), Vec::<usize>::new());
    // 4 letters: one
    let c = Corpus::of_texts(&["part", "pxrx", "سلم", "ساعة"]);
    assert_eq!(c.search("port"), [0]);
    assert_eq!(c.search("سلام"), [2]);
    // 7 letters: one (a swap is one)
    let c = Corpus::of_texts(&["harbor", "hrabour", "hrabor"]);
    assert_eq!(c.search("harbour"), [0, 1]);
    // 8 letters: two
    let c = Corpus::of_texts(&["ovartyme", "ovartyma", "kazakhstan"]);
    assert_eq!(c.search("overtime"), [0]);
    assert_eq!(c.search("kazakhtsan"), [2]);
    // digits: none
    let c = Corpus::of_texts(&["2024", "2025"]);
    assert_eq!(c.search("2025"), [1]);
}

// ---- phrases, exclusions, operators

#[test]
fn phrases_need_the_words_in_sequence() {
    let c = Corpus::of_texts(&["الطاقة الجديدة مهمة", "الجديدة الطاقة", "الطاقة هي الجديدة", "والطاقة الجديدة"]);
    assert_eq!(c.search("الطاقة الجديدة"), [0, 1, 2, 3]);
    for q in ["\"الطاقة الجديدة\"", "«الطاقة الجديدة»", "“الطاقة الجديدة”", "\"الطاقة الجديدة"]
    {
        assert_eq!(c.search(q), [0, 3], "{q}");
    }
    let m = c.explain("«الطاقة الجديدة»", 3).unwrap();
    let shown: Vec<&str> = m.hits.iter().map(|h| &c.rows[3].text[h.start..h.end]).collect();
    assert_eq!(shown, ["والطاقة", "الجديدة"]);
}

#[test]
fn a_phrase_does_not_run_from_one_name_to_the_next() {
    let c =
        Corpus::new(vec![Row { text: "x".into(), speaker: vec!["Xi Jinping".into(), "Tokayev".into()], ..row("") }]);
    assert_eq!(c.search("\"jinping tokayev\""), Vec::<usize>::new());
    assert_eq!(c.search("\"xi jinping\""), [0]);
}

#[test]
fn exclusions_and_exact_words() {
    let c = Corpus::of_texts(&["الطاقة الجديدة", "الطاقة التقليدية", "طاقة", "the strikes"]);
    assert_eq!(c.search("الطاقة !الجديدة"), [1, 2]);
    assert_eq!(c.search("!\"الطاقة الجديدة\""), [1, 2, 3]);
    assert_eq!(c.search("'طاقة"), [0, 1, 2], "exact allows the article");
    assert_eq!(c.search("'الطاق"), Vec::<usize>::new(), "exact: no prefix, no typo");
    assert_eq!(c.search("!strike"), [0, 1, 2]);
}

#[test]
fn speaker_clauses_look_at_the_speaker_only() {
    let c = Corpus::new(vec![
        Row { text: "قال إن Tokayev زار".into(), speaker: vec!["Xi Jinping".into()], ..row("") },
        Row {
            text: "قال".into(), speaker: vec!["Kassym-Jomart Tokayev".into(), "توكاييف".into()], ..row("")
        },
    ]);
    assert_eq!(c.search("tokayev"), [0, 1]);
    assert_eq!(c.search("@tokayev"), [1]);
    assert_eq!(c.search("@توكايف"), [1], "typo in Arabic");
    assert_eq!(c.search("@kassym-jomart"), [1]);
    // the text match ranks before the speaker match
    assert_eq!(c.ranked("tokayev")[0], "قال إن Tokayev زار");
}

#[test]
fn title_and_dateline_are_reasons() {
    let c = Corpus::new(vec![
        Row {
            title: "Harbour strike enters week two".into(),
            dateline: "ROTTERDAM, March 3".into(),
            ..row("Talks resume")
        },
        row("Nothing here"),
    ]);
    let m = c.explain("rotterdam", 0).unwrap();
    assert_eq!(m.clauses[0].field, Field::Dateline);
    assert_eq!(&c.rows[0].dateline[m.hits[0].start..m.hits[0].end], "ROTTERDAM");
    assert_eq!(c.explain("strike", 0).unwrap().clauses[0].field, Field::Title);
    assert_eq!(c.search("strike talks"), [0]);
}

// ---- English plural and possessive

#[test]
fn english_plural_and_possessive() {
    let c = Corpus::of_texts(&["the company's offer", "two companies", "one company", "many boxes", "a box"]);
    assert_eq!(c.search("company"), [0, 1, 2]);
    assert_eq!(c.search("companies"), [0, 1, 2]);
    assert_eq!(c.search("company's"), [0, 1, 2]);
    assert_eq!(c.search("boxes"), [3, 4]);
    assert_eq!(c.search("'box"), [3, 4]);
    let m = c.explain("company", 0).unwrap();
    assert_eq!(&c.rows[0].text[m.hits[0].start..m.hits[0].end], "company's");
}

// ---- positions and ranking details

#[test]
fn positions_cover_the_original_word_with_its_marks() {
    let c = Corpus::of_texts(&["وقد أُعْـرِبَ عن أمله"]);
    let m = c.explain("اعرب", 0).unwrap();
    assert_eq!(m.hits.len(), 1);
    assert_eq!(&c.rows[0].text[m.hits[0].start..m.hits[0].end], "أُعْـرِبَ");
    assert_eq!(m.clauses[0].kind, Kind::Exact);
}

#[test]
fn closer_terms_rank_first() {
    let c = Corpus::of_texts(&["energy a b c d e f g new", "energy new", "new x energy"]);
    assert_eq!(c.ranked("energy new"), ["energy new", "new x energy", "energy a b c d e f g new"]);
}

#[test]
fn an_empty_query_matches_everything() {
    let c = Corpus::of_texts(&["a", "b"]);
    assert_eq!(c.search(""), [0, 1]);
    assert_eq!(c.search("  ' ! "), [0, 1]);
}

#[test]
fn reusing_grades_gives_the_same_answers() {
    let (_, c) = sample();
    let q1 = Query::parse("الطاقة الج");
    let q2 = Query::parse("الطاقة الجد");
    let p1 = Prepared::new(&q1, &c.lexicon);
    let p2 = Prepared::reusing(&q2, &c.lexicon, Some(&p1));
    let fresh = Prepared::new(&q2, &c.lexicon);
    for i in 0..c.rows.len() {
        assert_eq!(p2.explain(&c.fields(i)), fresh.explain(&c.fields(i)));
    }
}

#[test]
fn words_added_after_preparing_match_nothing_rather_than_panic() {
    let mut c = Corpus::of_texts(&["alpha"]);
    let p = c.prepared("beta");
    let extra = c.lexicon.words("beta gamma");
    let e = Words::default();
    let f = Fields { text: &extra, speaker: &e, mention: &e, title: &e, dateline: &e };
    assert!(!p.matches(&f));
}

// ---- properties

/// Fold-stable letters (each folds to itself): plain Arabic letters and Latin lowercase.
const LETTERS: &[char] = &[
    'ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ك', 'ل',
    'م', 'ن', 'ه', 'و', 'ي', 'a', 'b', 'c', 'd', 'e', 'k', 'o', 's', 't', 'y',
];

fn word_from(letters: &[char], picks: &[usize]) -> String {
    picks.iter().map(|&k| letters[k % letters.len()]).collect()
}

proptest! {
    #[test]
    fn a_text_with_every_query_word_matches(
        terms in prop::collection::vec(prop::collection::vec(0usize..100, 1..10), 1..4),
        filler in prop::collection::vec(prop::collection::vec(0usize..100, 1..8), 0..12),
        at in prop::collection::vec(0usize..20, 4),
    ) {
        let terms: Vec<String> = terms.iter().map(|t| word_from(LETTERS, t)).collect();
        let mut words: Vec<String> = filler.iter().map(|w| word_from(LETTERS, w)).collect();
        for (k, t) in terms.iter().enumerate() {
            let i = at[k] % (words.len() + 1);
            words.insert(i, t.clone());
        }
        let text = words.join(" ");
        let c = Corpus::of_texts(&[&text]);
        let q = terms.join(" ");
        prop_assert_eq!(c.search(&q), [0], "{} in {}", q, text);
        prop_assert!(c.explain(&q, 0).unwrap().rank.worst == 0);
    }

    #[test]
    fn a_text_without_a_query_words_letters_never_matches(
        term in prop::collection::vec(0usize..100, 1..10),
        filler in prop::collection::vec(prop::collection::vec(0usize..100, 1..8), 0..12),
    ) {
        let term = word_from(LETTERS, &term);
        let others: Vec<char> = LETTERS.iter().copied().filter(|c| !term.contains(*c)).collect();
        let text = filler.iter().map(|w| word_from(&others, w)).collect::<Vec<_>>().join(" ");
        let c = Corpus::of_texts(&[&text]);
        prop_assert_eq!(c.search(&term), Vec::<usize>::new(), "{} in {}", term, text);
    }
}

#[test]
fn the_packed_rank_key_orders_as_the_key() {
    let keys = [
        RankKey { worst: 0, total: 0, spread: 0, field: 0, first: 0 },
        RankKey { worst: 0, total: 0, spread: 0, field: 0, first: 7 },
        RankKey { worst: 0, total: 0, spread: 0, field: 1, first: u32::MAX },
        RankKey { worst: 0, total: 0, spread: 3, field: 0, first: 0 },
        RankKey { worst: 0, total: 1, spread: 0, field: 0, first: 0 },
        RankKey { worst: 1, total: 1, spread: 0, field: 0, first: 0 },
        RankKey { worst: 5, total: 900, spread: u32::MAX, field: 4, first: u32::MAX },
    ];
    assert!(keys.windows(2).all(|w| w[0] < w[1] && w[0].packed() < w[1].packed()));
}

#[test]
fn postings_narrow_to_a_superset_of_the_matches() {
    let (_, c) = sample();
    let postings = Postings::new(c.lexicon.len(), c.rows.len(), |i| c.fields(i));
    for q in ["لوبان", "الطاقة الجديدة", "tokajev", "@tokajev", "«مصير مشترك»", "كازاخستن !الطاقة", "ا", "!ا"]
    {
        let p = c.prepared(q);
        let all: Vec<u32> = c.search(q).into_iter().map(|i| i as u32).collect();
        match postings.candidates(&p) {
            Some(cands) => {
                let kept: Vec<u32> = cands.iter().copied().filter(|&i| p.matches(&c.fields(i as usize))).collect();
                assert_eq!(kept, all, "{q}");
                assert!(cands.windows(2).all(|w| w[0] < w[1]));
            }
            None => assert!(matches!(q, "ا" | "!ا" | "كازاخستن !الطاقة"), "{q}: a rare word narrows"),
        }
    }
    assert_eq!(postings.candidates(&c.prepared("لوبان")).map(|v| v.len()), Some(2));
}

#[test]
fn the_explanation_agrees_with_the_rank() {
    let (_, c) = sample();
    let queries = [
        "الطاقة الجديدة",
        "كازاخستن تعاون",
        "«الطاقة الجديدة» الصين",
        "tokajev الصين",
        "@xi !كازاخستان",
        "'الصين \"مصير مشترك\"",
        "ال",
    ];
    for q in queries {
        let p = c.prepared(q);
        for i in 0..c.rows.len() {
            let f = c.fields(i);
            let (rank, m) = (p.rank(&f), p.explain(&f));
            assert_eq!(rank, m.as_ref().map(|m| m.rank), "{q} #{i}");
            let Some(m) = m else { continue };
            // grades: 0 exact, 1 prefix, 2 and 3 clitics stripped (whole word, beginning), 4 on typos
            let worst = match m.rank.worst {
                0 => Kind::Exact,
                1 => Kind::Prefix,
                2 | 3 => Kind::Stripped,
                _ => Kind::Typo,
            };
            assert_eq!(Some(worst), m.clauses.iter().map(|k| k.kind).max(), "{q} #{i}");
            assert_eq!(m.rank.field, m.clauses.iter().map(|k| k.field as u8).max().unwrap_or(0), "{q} #{i}");
            assert!(m.clauses.iter().all(|k| m.hits.iter().any(|h| h.clause == k.clause && h.field == k.field)));
        }
    }
}

proptest! {
    #[test]
    fn any_query_on_any_text_is_answered_consistently(
        query in "[ '!@\"«»a-cابتة\u{64e}\u{640}-]{0,16}",
        text in "[ .,'a-cابتةوالهي\u{64e}\u{640}\u{200d}-]{0,40}",
    ) {
        let c = Corpus::new(vec![Row { speaker: vec![text.clone(), "x".into()], ..row(&text) }]);
        let p = c.prepared(&query);
        let f = c.fields(0);
        let m = p.explain(&f);
        prop_assert_eq!(p.rank(&f), m.as_ref().map(|m| m.rank));
        for h in m.iter().flat_map(|m| &m.hits) {
            // every position is a word of the original text
            prop_assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end) && h.start < h.end);
        }
    }
}

#[test]
fn stopping_early_on_the_best_possible_word_ranks_as_a_full_scan() {
    // a `!` clause that matches nothing turns the early stop off and changes nothing else
    let (_, c) = sample();
    for q in ["ا", "ال", "كازاخستان", "كازاخستن", "الطاق", "tokajev", "'الصين"] {
        let (fast, full) = (c.prepared(q), c.prepared(&format!("{q} !qqqqzzzz")));
        for i in 0..c.rows.len() {
            assert_eq!(fast.rank(&c.fields(i)), full.rank(&c.fields(i)), "{q} #{i}");
        }
    }
}
