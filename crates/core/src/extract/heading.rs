//! An article's heading: the headline its first line may be and the dateline that opens a
//! wire report. Read once per article, before its statements are looked for, and stored in
//! the article (`Article::title`, `Article::dateline`).

use crate::model::Article;

/// Reads the heading of `article` into it: the dateline, and the title unless one was given
/// (a JSON article's `title`). Reading it again changes nothing.
pub fn read(article: &mut Article) {
    let paragraph = |i: usize| article.spans.get(i).map(|&(s, e)| &article.text[s..e]);
    let first = paragraph(0).and_then(dateline);
    let guessed = if first.is_none() { guess_title(article) } else { None };
    // a headline first, then the dateline opens the body
    let dateline = first.or_else(|| if guessed.is_some() { paragraph(1).and_then(dateline) } else { None });
    article.dateline = dateline.map(str::to_string);
    if article.title.is_none() {
        article.title = guessed;
    }
}

/// `article` with its heading read (see `read`).
pub fn with_heading(mut article: Article) -> Article {
    read(&mut article);
    article
}

/// A first line counts as a headline when there is no dateline in it, more text follows,
/// and it reads like a headline: short, with no closing full stop.
fn guess_title(article: &Article) -> Option<String> {
    let &(s, e) = article.spans.first()?;
    let first = article.text[s..e].trim();
    if article.spans.len() < 2 || first.chars().count() > 200 {
        return None;
    }
    if first.ends_with(['.', '!', '؟', '?', '»', '"', '”']) {
        return None;
    }
    Some(first.to_string())
}

/// The dateline that opens a wire report — `أستانا 3 يوليو 2024 (شينخوا)`,
/// `LONDON (Reuters) -`, `القاهرة - ` — if the paragraph starts with one.
pub fn dateline(para: &str) -> Option<&str> {
    let head = &para[..para.char_indices().nth(120).map_or(para.len(), |(i, _)| i)];
    if let Some(open) = head.find('(') {
        let before = &head[..open];
        let close = open + head[open..].find(')')?;
        let inside = &head[open + 1..close];
        let words = before.split_whitespace().count();
        let ok = !before.trim().is_empty()
            && words <= 7
            && (words <= 3 || before.chars().any(|c| c.is_numeric()))
            && !before.split_whitespace().any(|w| super::lexicon::lexicon().cue(&crate::text::fold(w)).is_some())
            && !before.contains(['،', ':', '«', '"'])
            // a full stop only in an abbreviation: a short capitalised Latin word or an
            // initial (`FRESNO, Calif.`, `WASHINGTON, D.C.`)
            && before.match_indices('.').all(|(i, _)| {
                let word = before[..i].rsplit([' ', '.', ',']).next().unwrap_or("");
                (1..=5).contains(&word.len())
                    && word.starts_with(|c: char| c.is_ascii_uppercase())
                    && word.chars().all(|c| c.is_ascii_alphabetic())
            })
            && (1..=4).contains(&inside.split_whitespace().count());
        if ok {
            let mut end = close + 1;
            let rest = &para[end..];
            let trimmed = rest.trim_start();
            if let Some(r) = trimmed.strip_prefix(['-', '–', '—']) {
                end = para.len() - r.len();
            }
            return Some(para[..end].trim_end());
        }
    }
    for dash in [" - ", " – ", " — "] {
        if let Some(pos) = head.find(dash) {
            let before = &head[..pos];
            // an English dateline is in capitals (`LONDON —`), unlike a name (`Ted Marsh —`)
            let capitals = !before.chars().any(|c| c.is_ascii_lowercase());
            let is_cue = |w: &str| super::lexicon::lexicon().cue(&crate::text::fold(w)).is_some();
            if (1..=3).contains(&before.split_whitespace().count())
                && !before.contains(['،', ',', '.', ':'])
                && capitals
                && !before.split_whitespace().any(is_cue)
            {
                // `أبوظبي - «الخليج»`, `جدة - علي الزهراني`: a line that is only the place and
                // the outlet or the reporter is the dateline as a whole
                let rest = para[pos + dash.len()..].trim();
                let byline = rest.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
                    && (1..=4).contains(&rest.split_whitespace().count())
                    && !rest.contains(['.', '،', ',', ':', '؟', '?'])
                    && !rest.split_whitespace().any(is_cue);
                if byline {
                    return Some(para.trim_end());
                }
                return Some(&para[..pos + dash.trim_end().len()]);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(dateline("القاهرة 5 مايو 2023 (رويترز) قال الوزير إن"), Some("القاهرة 5 مايو 2023 (رويترز)"));
        assert_eq!(dateline("LONDON (Reuters) - A worker said"), Some("LONDON (Reuters) -"));
        assert_eq!(dateline("الرباط - أعلنت الحكومة"), Some("الرباط -"));
        assert_eq!(dateline("قال الوزير (في بيان) إن"), None);
        assert_eq!(dateline("FRESNO, Calif. (AP) — Reservoirs fell"), Some("FRESNO, Calif. (AP) —"));
        assert_eq!(dateline("Prices fell. Analysts (two of them) said"), None);
        assert_eq!(dateline("LONDON — Prices fell"), Some("LONDON —"));
        assert_eq!(dateline("Ted Marsh — who opposed the talks — said"), None);
        // a line of place and outlet or reporter is a dateline as a whole
        assert_eq!(dateline("أبوظبي - «الخليج»"), Some("أبوظبي - «الخليج»"));
        assert_eq!(dateline("جدة - سعاد الحربي"), Some("جدة - سعاد الحربي"));
        // a verb of saying before the dash: a sentence with a parenthesis, no dateline
        assert_eq!(dateline("وقال مسؤول - فضل عدم ذكر اسمه - إن"), None);
    }

    #[test]
    fn headline_is_the_short_unpunctuated_first_line() {
        let a = with_heading(Article::new("a1".into(), "x.txt".into(), "عنوان قصير\nنص المقال.".into()));
        assert_eq!(a.title.as_deref(), Some("عنوان قصير"));
        let b = with_heading(Article::new("a1".into(), "x.txt".into(), "جملة كاملة.\nنص المقال.".into()));
        assert_eq!(b.title, None);
    }

    #[test]
    fn a_given_title_is_kept_and_reading_twice_changes_nothing() {
        let mut a = Article::new("a1".into(), "x.txt".into(), "عنوان قصير\nالرباط - قال الوزير إن".into());
        a.title = Some("given".into());
        let once = with_heading(a);
        assert_eq!(once.title.as_deref(), Some("given"));
        assert_eq!(once.dateline.as_deref(), Some("الرباط -"));
        assert_eq!(with_heading(once.clone()), once);
    }
}
