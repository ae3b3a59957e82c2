//! The extraction pipeline: every article on its own (`extract`, the map, on all cores), then
//! the speakers of all of them grouped as one (`grouping`, the reduce).

use std::cmp::Ordering;
use std::sync::Arc;

use rayon::prelude::*;

use crate::extract::{extract_article, heading, ArticleResult, Found, NpKind};
use crate::grouping::{self, Listing, Said};
use crate::ids::{article_id, quote_id, speaker_id};
use crate::intern::Interner;
use crate::model::{Article, Document, Kind, Quote, SharedStr, SpeakerEntry, Who, FORMAT_VERSION};

/// What one article yields, ready to be grouped with others: its statements and, for each
/// entity that speaks, the `Who` saved with its statements.
pub struct Mapped {
    pub result: ArticleResult,
    /// Per entity of `result`: its `Who`, if it speaks.
    pub whos: Vec<Option<Arc<Who>>>,
}

/// The map step: reads the article's heading into it, then finds its statements and their
/// speakers as the article knows them, with the speakers-file entries their names belong to.
pub fn map_article(article: &mut Article, listing: &Listing) -> Mapped {
    heading::read(article);
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
pub fn extract(mut articles: Vec<Article>, speakers_file: &[SpeakerEntry]) -> Document {
    let listing = Listing::new(speakers_file);
    let mapped: Vec<Mapped> = articles.par_iter_mut().map(|a| map_article(a, &listing)).collect();
    let doc = reduce(articles, &mapped);
    // what the articles yielded is freed on all cores, not after the rest on one
    mapped.into_par_iter().for_each(drop);
    doc
}

/// Groups the statements of mapped articles into a document (see `grouping::group`).
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
    // what `Said` does not hold, compared as `saved` compares saved rows
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
    let g = grouping::group(&said, rest);

    // articles: those with statements in path order, then the others in path order; one
    // article per path
    let with_statements: rustc_hash::FxHashSet<&str> = g.articles.iter().map(|&i| said[i].path).collect();
    let mut silent: Vec<usize> =
        (0..articles.len()).filter(|&i| !with_statements.contains(&*articles[i].path)).collect();
    silent.sort_by(|&a, &b| grouping::path_order(&articles[a].path, &articles[b].path));
    silent.dedup_by(|a, b| articles[*a].path == articles[*b].path);
    let listed: Vec<usize> = g.articles.iter().map(|&i| from[i].0 as usize).chain(silent).collect();

    let ids: Vec<Arc<str>> = (0..listed.len()).map(|n| Arc::from(article_id(n))).collect();
    let paths: Vec<Arc<str>> = listed.iter().map(|&i| Arc::from(&*articles[i].path)).collect();
    let names: Vec<Arc<str>> = g.speakers.iter().map(|s| Arc::from(s.name.as_str())).collect();
    let speaker_ids: Vec<Arc<str>> = (0..g.speakers.len()).map(|n| Arc::from(speaker_id(n))).collect();
    // on all cores, a piece of statements at a time; strings that repeat (cue, mention,
    // channel) are shared within a piece, which spans many articles: few copies in all
    let quotes: Vec<Quote> = g
        .order
        .par_chunks(grouping::PIECE)
        .enumerate()
        .flat_map_iter(|(p, piece)| {
            let mut interned = Interner::new();
            let mut out = Vec::with_capacity(piece.len());
            for (j, &i) in piece.iter().enumerate() {
                let k = p * grouping::PIECE + j;
                let (article, r, f) = found(i);
                let (a, s) = (g.article_of[k] as usize, g.speaker_of[k] as usize);
                out.push(Quote {
                    id: quote_id(k),
                    speaker: names[s].clone(),
                    speaker_id: speaker_ids[s].clone(),
                    mention: interned.get(&f.mention),
                    cue: interned.get(&f.cue),
                    cue_en: interned.get(f.cue_en),
                    form: f.form,
                    attribution: f.attribution,
                    channel: f.channel.map(|c| interned.get(&r.entities[c].name)),
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
    let speakers = grouping::speaker_list(&g.speakers, &g.speaker_of, &quotes);
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
