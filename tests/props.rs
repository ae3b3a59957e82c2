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
    let doc = saywho::extract::extract(vec![a], &[]);
    for q in &doc.quotes {
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        assert!(q.start <= q.end && q.end <= text.len());
        assert_eq!(&text[q.start..q.end], q.text);
        assert!(q.paragraph >= 1);
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
}
