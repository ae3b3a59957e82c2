//! Articles in, statements and speakers out. `arabic` finds the statements of one article
//! and who makes them; `crate::speakers` then groups speakers across articles.

mod arabic;
mod english;
mod entities;
pub mod lexicon;
mod np;

pub use arabic::Found;
pub use entities::Entity;
pub use np::NpKind;

use std::cmp::Ordering;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::model::{Article, Document, Kind, Quote, SharedStr, Who, FORMAT_VERSION};
use crate::speakers::{self, Listing, Said, SpeakerEntry};

/// What one article yields: its statements and the entities they refer to.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    pub found: Vec<Found>,
    pub entities: Vec<Entity>,
}

/// Finds the statements of one article, with the Arabic or the English rules by script.
pub fn extract_article(article: &Article) -> ArticleResult {
    let (found, reg) = if is_arabic_text(&article.text) {
        arabic::Scanner::new(article).run()
    } else {
        english::EnglishScanner::new(article).run()
    };
    ArticleResult { found, entities: reg.ents }
}

/// What one article yields, ready to be grouped with others: its statements and, for each
/// entity that speaks, the `Who` saved with its statements.
pub struct Mapped {
    pub result: ArticleResult,
    /// Per entity of `result`: its `Who`, if it speaks.
    pub whos: Vec<Option<Arc<Who>>>,
}

/// The map step: the statements of one article and their speakers as the article knows
/// them, with the speakers-file entries their names belong to.
pub fn map_article(article: &Article, listing: &Listing) -> Mapped {
    let result = extract_article(article);
    let mut whos: Vec<Option<Arc<Who>>> = vec![None; result.entities.len()];
    for f in &result.found {
        if whos[f.entity].is_none() {
            let e = &result.entities[f.entity];
            let names: Vec<&str> =
                std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)).collect();
            whos[f.entity] = Some(Arc::new(Who {
                name: e.name.clone(),
                aliases: e.aliases.clone(),
                kind: match e.kind {
                    NpKind::Person => Kind::Person,
                    NpKind::Org => Kind::Org,
                    NpKind::Role => Kind::Role,
                    NpKind::Pronoun => Kind::Pronoun,
                },
                role: e.role.clone(),
                listed: listing.entries_for(&names),
            }));
        }
    }
    Mapped { result, whos }
}

/// Extracts every article (the map, on all cores) and groups the speakers (the reduce): the
/// document depends only on the set of articles, not on their order.
pub fn extract(articles: Vec<Article>, speakers_file: &[SpeakerEntry]) -> Document {
    let listing = Listing::new(speakers_file);
    let mapped: Vec<Mapped> = articles.par_iter().map(|a| map_article(a, &listing)).collect();
    let doc = reduce(articles, &mapped);
    // what the articles yielded is freed on all cores, not after the rest on one
    mapped.into_par_iter().for_each(drop);
    doc
}

/// Groups the statements of mapped articles into a document (see `speakers::group`).
pub fn reduce(articles: Vec<Article>, mapped: &[Mapped]) -> Document {
    // every statement, with where it came from
    let mut said: Vec<Said> = Vec::new();
    let mut from: Vec<(u32, u32)> = Vec::new();
    for (ai, (a, m)) in articles.iter().zip(mapped).enumerate() {
        for (fi, f) in m.result.found.iter().enumerate() {
            said.push(Said {
                path: &a.path,
                who: m.whos[f.entity].as_deref(),
                speaker: "",
                mention: &f.mention,
                start: f.start,
                end: f.end,
            });
            from.push((ai as u32, fi as u32));
        }
    }
    let found = |i: usize| {
        let (ai, fi) = from[i];
        (&articles[ai as usize], &mapped[ai as usize].result, &mapped[ai as usize].result.found[fi as usize])
    };
    // what `Said` does not hold, compared as `index` compares saved rows
    let rest = |i: usize, j: usize| -> Ordering {
        let ((aa, ra, a), (ab, rb, b)) = (found(i), found(j));
        let channel = |r: &'_ ArticleResult, f: &Found| f.channel.map(|c| r.entities[c].name.clone());
        aa.text[a.start..a.end]
            .cmp(&ab.text[b.start..b.end])
            .then_with(|| a.mention.cmp(&b.mention))
            .then_with(|| a.cue.cmp(&b.cue))
            .then_with(|| a.cue_en.cmp(b.cue_en))
            .then_with(|| a.form.cmp(&b.form))
            .then_with(|| a.attribution.cmp(&b.attribution))
            .then_with(|| channel(ra, a).cmp(&channel(rb, b)))
            .then_with(|| a.para.cmp(&b.para))
    };
    let g = speakers::group(&said, rest);

    // articles: those with statements in path order, then the others in path order; one
    // article per path
    let with_statements: rustc_hash::FxHashSet<&str> = g.articles.iter().map(|&i| said[i].path).collect();
    let mut silent: Vec<usize> =
        (0..articles.len()).filter(|&i| !with_statements.contains(&*articles[i].path)).collect();
    silent.sort_by(|&a, &b| speakers::path_order(&articles[a].path, &articles[b].path));
    silent.dedup_by(|a, b| articles[*a].path == articles[*b].path);
    let listed: Vec<usize> = g.articles.iter().map(|&i| from[i].0 as usize).chain(silent).collect();

    let ids: Vec<Arc<str>> = (1..=listed.len()).map(|n| Arc::from(format!("a{n}"))).collect();
    let paths: Vec<Arc<str>> = listed.iter().map(|&i| Arc::from(&*articles[i].path)).collect();
    let names: Vec<Arc<str>> = g.speakers.iter().map(|s| Arc::from(s.name.as_str())).collect();
    let speaker_ids: Vec<Arc<str>> = (1..=g.speakers.len()).map(|n| Arc::from(format!("s{n}"))).collect();
    // on all cores, a piece of statements at a time; strings that repeat (cue, mention,
    // channel) are shared within a piece, which spans many articles: few copies in all
    let quotes: Vec<Quote> = g
        .order
        .par_chunks(speakers::PIECE)
        .enumerate()
        .flat_map_iter(|(p, piece)| {
            let mut interned: FxHashMap<&str, Arc<str>> = FxHashMap::default();
            let mut out = Vec::with_capacity(piece.len());
            for (j, &i) in piece.iter().enumerate() {
                let k = p * speakers::PIECE + j;
                let (article, r, f) = found(i);
                let (a, s) = (g.article_of[k] as usize, g.speaker_of[k] as usize);
                out.push(Quote {
                    id: format!("q{}", k + 1),
                    speaker: names[s].clone(),
                    speaker_id: speaker_ids[s].clone(),
                    mention: intern(&mut interned, &f.mention),
                    cue: intern(&mut interned, &f.cue),
                    cue_en: intern(&mut interned, f.cue_en),
                    form: f.form,
                    attribution: f.attribution,
                    channel: f.channel.map(|c| intern(&mut interned, &r.entities[c].name)),
                    text: SharedStr::new(article.text.clone(), f.start, f.end),
                    article: ids[a].clone(),
                    path: paths[a].clone(),
                    paragraph: f.para + 1,
                    start: f.start,
                    end: f.end,
                    entity: mapped[from[i].0 as usize].whos[f.entity].clone(),
                });
            }
            out
        })
        .collect();
    let speakers = speakers::speaker_list(&g.speakers, &g.speaker_of, &quotes);
    let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
    let articles: Vec<Article> = listed
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let mut a = slots[i].take().expect("each article listed once");
            a.id = ids[n].to_string();
            a
        })
        .collect();
    Document { format: FORMAT_VERSION, articles, speakers, quotes }
}

/// One shared copy of a string that repeats.
pub(crate) fn intern<'s>(interned: &mut FxHashMap<&'s str, Arc<str>>, s: &'s str) -> Arc<str> {
    if let Some(a) = interned.get(s) {
        return a.clone();
    }
    let a: Arc<str> = Arc::from(s);
    interned.insert(s, a.clone());
    a
}

fn is_arabic_text(text: &str) -> bool {
    // bytes, not chars: Arabic-block letters start with 0xD8–0xDB in UTF-8; a look at the
    // first kilobyte is enough to tell
    let mut arabic = 0usize;
    let mut latin = 0usize;
    for &b in &text.as_bytes()[..text.len().min(1024)] {
        match b {
            0xD8..=0xDB => arabic += 1,
            b'a'..=b'z' | b'A'..=b'Z' => latin += 1,
            _ => {}
        }
    }
    // an Arabic letter is one lead byte, a Latin word several letters: weigh accordingly
    arabic > 0 && arabic * 4 >= latin
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
            && !before.split_whitespace().any(|w| lexicon::lexicon().cue(&crate::text::fold(w)).is_some())
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
            if (1..=3).contains(&before.split_whitespace().count())
                && !before.contains(['،', ',', '.', ':'])
                && capitals
            {
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
    }
}

#[cfg(test)]
mod rule_tests;

/// What the Arabic and English rule tests share: extract one article and check every span.
#[cfg(test)]
mod test_support {
    use crate::model::{Article, Quote};

    pub fn run(text: &str) -> Vec<Quote> {
        let a = Article::new("a1".into(), "t.txt".into(), text.to_string());
        let doc = super::extract(vec![a], &[]);
        for q in &doc.quotes {
            assert_eq!(&text[q.start..q.end], &*q.text, "span must slice to the text");
        }
        doc.quotes
    }

    pub fn who(qs: &[Quote]) -> Vec<(usize, &str)> {
        qs.iter().map(|q| (q.paragraph, q.speaker.as_ref())).collect()
    }
}

#[cfg(test)]
mod english_tests;
