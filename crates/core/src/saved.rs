//! Saved extractions: the `saywho extract --format json` document or its JSON-lines form,
//! read back without the articles — one file or several (runs over parts of a corpus, on
//! one machine or many, concatenated or not) — and regrouped as one extraction over all
//! their articles would have grouped them (`grouping::group`).
//!
//! A saved extraction is untrusted input: every string of it is cleaned of control
//! characters and escape sequences as it is read (`sanitize::clean`), so nothing read from
//! one can drive the terminal it is shown on.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::grouping::{Grouped, Said};
use crate::load::{json_error, LoadError};
use crate::model::{Article, Attribution, Document, Form, Quote, SharedStr, Who, FORMAT_VERSION};
use crate::sanitize::clean;

/// Reads a saved extraction.
pub fn read(path: &Path, limit: u64) -> Result<Document, LoadError> {
    read_many(&[path.to_path_buf()], limit)
}

/// Reads several saved extractions as one: the document one run over all their articles
/// gives (each file refused when over `limit` bytes).
pub fn read_many(paths: &[PathBuf], limit: u64) -> Result<Document, LoadError> {
    let bytes: Vec<Vec<u8>> = paths.iter().map(|p| crate::load::read_bytes(p, limit)).collect::<Result<_, _>>()?;
    let saved: Vec<Saved> = paths.iter().zip(&bytes).map(|(p, b)| read_saved(p, b)).collect::<Result<_, _>>()?;
    Ok(merge(&saved))
}

/// A saved extraction from its text; `path` names the file in errors.
pub fn parse(path: &Path, text: &str) -> Result<Document, LoadError> {
    Ok(merge(&[read_saved(path, text.as_bytes())?]))
}

/// A saved extraction as read: a whole document, or the rows of a JSON-lines file, which
/// borrow from its bytes.
pub(crate) enum Saved<'a> {
    Document(Document),
    Rows(Vec<QuoteRow<'a>>),
}

/// Reads a saved extraction from its bytes, every row checked.
pub(crate) fn read_saved<'a>(path: &Path, bytes: &'a [u8]) -> Result<Saved<'a>, LoadError> {
    use rayon::prelude::*;
    let name = path.display().to_string();
    fn utf8<'b>(name: &str, start: usize, b: &'b [u8]) -> Result<&'b str, LoadError> {
        // SIMD first: the lines are Arabic text, where the standard check goes a byte at
        // a time; the standard one says where an error is
        simdutf8::basic::from_utf8(b)
            .or_else(|_| std::str::from_utf8(b))
            .map_err(|e| LoadError::Utf8 { path: name.to_string(), offset: start + e.valid_up_to() })
    }
    // lines with their number and byte offset; checked as UTF-8 and parsed on all cores
    // (a JSON-lines index is tens of megabytes: one pass over it on one core is the cost of
    // a search)
    let mut lines: Vec<(usize, usize, &[u8])> = Vec::new();
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    for (ln, end) in ends.enumerate() {
        let l = &bytes[start..end];
        if !l.iter().all(u8::is_ascii_whitespace) {
            lines.push((ln, start, l));
        }
        start = end + 1;
    }
    let first = match lines.first() {
        Some(&(_, start, l)) => utf8(&name, start, l)?.trim(),
        None => "",
    };
    // a JSON document spans lines (pretty-printed) or carries the format field; a JSON-lines
    // file has one quote object per line
    let is_document = first.starts_with('{') && (!first.ends_with('}') || first.contains("\"format\""));
    if is_document {
        let text = utf8(&name, 0, bytes)?;
        #[derive(serde::Deserialize)]
        struct Version {
            format: Option<u32>,
        }
        let v: Version = serde_json::from_str(text).map_err(|e| json_error(path, 0, &e))?;
        match v.format {
            Some(FORMAT_VERSION) => {}
            found => return Err(LoadError::IndexVersion { path: name, found, expected: FORMAT_VERSION }),
        }
        return serde_json::from_str(text).map(Saved::Document).map_err(|e| json_error(path, 0, &e));
    }
    let parse = |&(ln, start, l): &(usize, usize, &'a [u8])| -> Option<Result<QuoteRow<'a>, LoadError>> {
        let line = match utf8(&name, start, l) {
            Ok(line) => line,
            Err(e) => return Some(Err(e)),
        };
        // a line of only (Unicode) white space is blank
        (!line.trim().is_empty())
            .then(|| serde_json::from_str(line).map(QuoteRow::cleaned).map_err(|e| json_error(path, ln, &e)))
    };
    let rows: Vec<QuoteRow> = match lines.par_iter().filter_map(parse).collect() {
        Ok(rows) => rows,
        // the cores report whichever broken line they met first: name the first in the file
        Err(e) => return Err(lines.iter().filter_map(parse).find_map(Result::err).unwrap_or(e)),
    };
    Ok(Saved::Rows(rows))
}

/// A quote as read, borrowing from the file where the JSON has no escapes. Its ids (`id`,
/// `speaker_id`, `article`) are not read: they are given again when the rows are grouped.
#[derive(serde::Deserialize)]
pub(crate) struct QuoteRow<'a> {
    /// The display name saved; groups the row only when it has no `entity` (older builds).
    #[serde(borrow)]
    pub speaker: Cow<'a, str>,
    #[serde(borrow)]
    pub mention: Cow<'a, str>,
    #[serde(borrow)]
    cue: Cow<'a, str>,
    #[serde(borrow)]
    cue_en: Cow<'a, str>,
    form: Form,
    attribution: Attribution,
    #[serde(borrow)]
    channel: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(borrow)]
    pub path: Cow<'a, str>,
    paragraph: usize,
    start: usize,
    end: usize,
    #[serde(default)]
    entity: Option<Who>,
}

impl<'a> QuoteRow<'a> {
    /// The row of a quote of a saved document.
    fn of(q: &'a Quote) -> QuoteRow<'a> {
        QuoteRow {
            speaker: Cow::Borrowed(&q.speaker),
            mention: Cow::Borrowed(&q.mention),
            cue: Cow::Borrowed(&q.cue),
            cue_en: Cow::Borrowed(&q.cue_en),
            form: q.form,
            attribution: q.attribution,
            channel: q.channel.as_deref().map(Cow::Borrowed),
            text: Cow::Borrowed(&q.text),
            path: Cow::Borrowed(&q.path),
            paragraph: q.paragraph,
            start: q.start,
            end: q.end,
            entity: q.entity.as_deref().cloned(),
        }
    }

    /// The row with every string made safe to print.
    fn cleaned(self) -> QuoteRow<'a> {
        QuoteRow {
            speaker: clean(self.speaker, false),
            mention: clean(self.mention, false),
            cue: clean(self.cue, false),
            cue_en: clean(self.cue_en, false),
            channel: self.channel.map(|c| clean(c, false)),
            text: clean(self.text, true),
            path: clean(self.path, false),
            entity: self.entity.map(clean_who),
            ..self
        }
    }

    /// Orders rows that `Said` does not tell apart, as `extract::reduce` orders statements.
    fn rest_cmp(&self, o: &QuoteRow) -> Ordering {
        self.text
            .cmp(&o.text)
            .then_with(|| self.mention.cmp(&o.mention))
            .then_with(|| self.cue.cmp(&o.cue))
            .then_with(|| self.cue_en.cmp(&o.cue_en))
            .then_with(|| self.form.cmp(&o.form))
            .then_with(|| self.attribution.cmp(&o.attribution))
            .then_with(|| self.channel.cmp(&o.channel))
            .then_with(|| self.paragraph.cmp(&o.paragraph))
    }
}

fn clean_string(s: String) -> String {
    clean(Cow::Owned(s), false).into_owned()
}

fn clean_who(w: Who) -> Who {
    Who {
        name: clean_string(w.name),
        aliases: w.aliases.into_iter().map(clean_string).collect(),
        kind: w.kind,
        role: clean_string(w.role),
        listed: w
            .listed
            .into_iter()
            .map(|e| crate::model::SpeakerEntry {
                name: clean_string(e.name),
                aliases: e.aliases.into_iter().map(clean_string).collect(),
            })
            .collect(),
    }
}

fn clean_article(a: &Article) -> Article {
    let opt = |s: &Option<String>| s.clone().map(clean_string);
    let mut out = Article::new(String::new(), clean_string(a.path.clone()), String::new());
    out.title = opt(&a.title);
    out.dateline = opt(&a.dateline);
    out.date = opt(&a.date);
    out.source = opt(&a.source);
    out.paragraphs = a.paragraphs;
    out
}

/// Rows grouped: the rows, the distinct speakers they name (`Who`, shared) and the grouping.
pub(crate) struct Regrouped<'r> {
    pub rows: Vec<&'r QuoteRow<'r>>,
    who_of: Vec<Option<u32>>,
    whos: Vec<Arc<Who>>,
    pub g: Grouped,
}

/// Groups rows of possibly several runs.
pub(crate) fn regroup<'r>(rows: Vec<&'r QuoteRow<'r>>) -> Regrouped<'r> {
    // one shared copy of each distinct speaker (a few per article)
    let mut who_ix: FxHashMap<&Who, u32> = FxHashMap::default();
    let mut whos: Vec<Arc<Who>> = Vec::new();
    let mut prev: Option<(&Who, u32)> = None;
    let who_of: Vec<Option<u32>> = rows
        .iter()
        .map(|r| {
            let w = r.entity.as_ref()?;
            let ix = match prev {
                Some((p, ix)) if p == w => ix,
                _ => *who_ix.entry(w).or_insert_with(|| {
                    whos.push(Arc::new(w.clone()));
                    whos.len() as u32 - 1
                }),
            };
            prev = Some((w, ix));
            Some(ix)
        })
        .collect();
    let said: Vec<Said> = rows
        .iter()
        .zip(&who_of)
        .map(|(r, w)| Said {
            path: &r.path,
            who: w.map(|w| &*whos[w as usize]),
            speaker: &r.speaker,
            mention: &r.mention,
            start: r.start,
            end: r.end,
        })
        .collect();
    let g = crate::grouping::group(&said, |i, j| rows[i].rest_cmp(rows[j]));
    drop(said);
    Regrouped { rows, who_of, whos, g }
}

impl Regrouped<'_> {
    /// The `k`-th statement of the grouping, its text copied out of the file (repeated
    /// strings made by `intern`).
    pub fn quote<'s>(&'s self, k: usize, intern: &mut impl FnMut(&'s str) -> Arc<str>) -> Quote {
        let i = self.g.order[k];
        let r = self.rows[i];
        let s = &self.g.speakers[self.g.speaker_of[k] as usize];
        Quote {
            id: crate::ids::quote_id(k),
            speaker: intern(&s.name),
            speaker_id: crate::ids::speaker_id(self.g.speaker_of[k] as usize).into(),
            mention: intern(&r.mention),
            cue: intern(&r.cue),
            cue_en: intern(&r.cue_en),
            form: r.form,
            attribution: r.attribution,
            channel: r.channel.as_deref().map(&mut *intern),
            text: SharedStr::from(r.text.to_string()),
            article: crate::ids::article_id(self.g.article_of[k] as usize).into(),
            path: intern(&r.path),
            paragraph: r.paragraph,
            start: r.start,
            end: r.end,
            entity: self.who_of[i].map(|w| self.whos[w as usize].clone()),
        }
    }
}

/// The document of saved extractions: their statements regrouped, their articles (with
/// what documents say of them) listed once per path.
pub(crate) fn merge(saved: &[Saved]) -> Document {
    let doc_rows: Vec<Vec<QuoteRow>> = saved
        .iter()
        .map(|s| match s {
            Saved::Document(d) => d.quotes.par_iter().map(|q| QuoteRow::of(q).cleaned()).collect(),
            Saved::Rows(_) => Vec::new(),
        })
        .collect();
    let rows: Vec<&QuoteRow> = saved
        .iter()
        .zip(&doc_rows)
        .flat_map(|(s, d)| match s {
            Saved::Rows(rows) => rows.iter(),
            Saved::Document(_) => d.iter(),
        })
        .collect();
    let r = regroup(rows);
    // what the documents say of their articles; of two for one path, the fuller
    let mut known: FxHashMap<String, Article> = FxHashMap::default();
    for s in saved {
        if let Saved::Document(d) = s {
            for a in d.articles.iter().map(clean_article) {
                let fuller = |b: &Article| {
                    (b.paragraphs, &b.title, &b.dateline, &b.date, &b.source)
                        > (a.paragraphs, &a.title, &a.dateline, &a.date, &a.source)
                };
                match known.get(&a.path) {
                    Some(b)
                        if fuller(b)
                            || (b.paragraphs, &b.title, &b.dateline, &b.date, &b.source)
                                == (a.paragraphs, &a.title, &a.dateline, &a.date, &a.source) => {}
                    _ => {
                        known.insert(a.path.clone(), a);
                    }
                }
            }
        }
    }
    let paths: Vec<&str> = r.g.articles.iter().map(|&i| &*r.rows[i].path).collect();
    let with_statements: rustc_hash::FxHashSet<&str> = paths.iter().copied().collect();
    let mut silent: Vec<&str> = known.keys().map(String::as_str).filter(|p| !with_statements.contains(p)).collect();
    silent.sort_by(|a, b| crate::grouping::path_order(a, b));
    let articles: Vec<Article> = paths
        .into_iter()
        .chain(silent)
        .enumerate()
        .map(|(n, path)| {
            let mut a = match known.get(path) {
                Some(a) => a.clone(),
                None => {
                    let mut a = Article::new(String::new(), path.to_string(), String::new());
                    a.paragraphs = 0;
                    a
                }
            };
            a.id = crate::ids::article_id(n);
            a
        })
        .collect();
    // on all cores, a piece at a time; repeated strings are shared within a piece
    let quotes: Vec<Quote> =
        r.g.order
            .par_chunks(crate::grouping::PIECE)
            .enumerate()
            .flat_map_iter(|(p, piece)| {
                let mut interned = crate::intern::Interner::new();
                let mut intern = |s| interned.get(s);
                (0..piece.len()).map(|j| r.quote(p * crate::grouping::PIECE + j, &mut intern)).collect::<Vec<_>>()
            })
            .collect();
    let speakers = crate::grouping::speaker_list(&r.g.speakers, &r.g.speaker_of, &quotes);
    Document { format: FORMAT_VERSION, articles, speakers, quotes }
}
