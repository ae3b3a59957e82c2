//! Saved extractions: the `saywho extract --format json` document, or its JSON-lines form
//! (possibly several runs concatenated), read back without the articles.

use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::Arc;

use crate::load::{json_error, LoadError};
use std::borrow::Cow;

use crate::model::{Article, Attribution, Document, Form, Quote, SharedStr, Speaker, FORMAT_VERSION};

/// Reads a saved extraction.
pub fn read(path: &Path, limit: u64) -> Result<Document, LoadError> {
    let bytes = crate::load::read_bytes(path, limit)?;
    parse_bytes(path, &bytes)
}

/// A saved extraction from its text; `path` names the file in errors.
pub fn parse(path: &Path, text: &str) -> Result<Document, LoadError> {
    parse_bytes(path, text.as_bytes())
}

fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Document, LoadError> {
    Ok(match read_saved(path, bytes)? {
        Saved::Document(doc) => doc,
        Saved::Rows(rows) => from_rows(&rows),
    })
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
        (!line.trim().is_empty()).then(|| serde_json::from_str(line).map_err(|e| json_error(path, ln, &e)))
    };
    let rows: Vec<QuoteRow> = match lines.par_iter().filter_map(parse).collect() {
        Ok(rows) => rows,
        // the cores report whichever broken line they met first: name the first in the file
        Err(e) => return Err(lines.iter().filter_map(parse).find_map(Result::err).unwrap_or(e)),
    };
    Ok(Saved::Rows(rows))
}

/// The document of the rows of a JSON-lines file.
fn from_rows<'r>(rows: &'r [QuoteRow]) -> Document {
    use rayon::prelude::*;
    // strings that repeat (speaker, cue, path ...) become one shared copy each
    let mut interned: FxHashMap<&str, Arc<str>> = FxHashMap::default();
    let mut intern = |s: &'r str| -> Arc<str> {
        if let Some(a) = interned.get(s) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(s);
        interned.insert(s, a.clone());
        a
    };
    // the statement texts are most of the bytes: copied out on all cores
    let texts: Vec<SharedStr> = rows.par_iter().map(|r| r.shared_text()).collect();
    let quotes: Vec<Quote> = rows.iter().zip(texts).map(|(r, text)| r.to_quote(text, &mut intern)).collect();
    from_quotes(quotes)
}

/// A quote line as read, borrowing from the file where the JSON has no escapes.
#[derive(serde::Deserialize)]
pub(crate) struct QuoteRow<'a> {
    #[serde(borrow)]
    pub speaker: Cow<'a, str>,
    #[serde(borrow)]
    speaker_id: Cow<'a, str>,
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
    pub article: Cow<'a, str>,
    #[serde(borrow)]
    pub path: Cow<'a, str>,
    paragraph: usize,
    start: usize,
    end: usize,
}

impl QuoteRow<'_> {
    /// The statement text, in memory of its own.
    pub(crate) fn shared_text(&self) -> SharedStr {
        SharedStr::new(Arc::from(&*self.text), 0, self.text.len())
    }

    /// The quote of this row, its strings made by `intern`; its ids are those of the file
    /// until the rows are grouped (`from_quotes`, `Groups`).
    pub(crate) fn to_quote<'s>(&'s self, text: SharedStr, intern: &mut impl FnMut(&'s str) -> Arc<str>) -> Quote {
        Quote {
            id: String::new(),
            speaker: intern(&self.speaker),
            speaker_id: intern(&self.speaker_id),
            mention: intern(&self.mention),
            cue: intern(&self.cue),
            cue_en: intern(&self.cue_en),
            form: self.form,
            attribution: self.attribution,
            channel: self.channel.as_deref().map(&mut *intern),
            text,
            article: intern(&self.article),
            path: intern(&self.path),
            paragraph: self.paragraph,
            start: self.start,
            end: self.end,
        }
    }
}

/// How the quotes of possibly several runs group: into articles by (article, path) and
/// into speakers by name, each in order of first appearance.
pub(crate) struct Groups<'a> {
    /// Per quote: its article and its speaker.
    pub article_of: Vec<u32>,
    pub speaker_of: Vec<u32>,
    /// Per article: its path.
    pub articles: Vec<&'a str>,
    /// Per speaker: the name, then the aliases (the mentions other than the name).
    pub speakers: Vec<Vec<&'a str>>,
    /// Per speaker: its rank (most quoted first, as `extract` orders them), which is its id.
    pub rank: Vec<u32>,
}

/// What grouping reads of a quote: speaker, mention, article, path.
pub(crate) type GroupKey<'a> = (&'a str, &'a str, &'a str, &'a str);

impl<'a> Groups<'a> {
    pub fn new(keys: impl Iterator<Item = GroupKey<'a>>) -> Groups<'a> {
        let mut g = Groups {
            article_of: Vec::new(),
            speaker_of: Vec::new(),
            articles: Vec::new(),
            speakers: Vec::new(),
            rank: Vec::new(),
        };
        let mut article_ix: FxHashMap<(&str, &str), u32> = FxHashMap::default();
        let mut speaker_ix: FxHashMap<&str, u32> = FxHashMap::default();
        let mut counts: Vec<usize> = Vec::new();
        // quotes come article by article, and a speaker's statements follow each other:
        // most keys are those of the quote before, which needs no lookup
        let mut prev: Option<(GroupKey, u32, u32)> = None;
        for key in keys {
            let (speaker, mention, article, path) = key;
            let (a, s) = match prev {
                Some((p, a, s)) if p == key => (a, s),
                _ => {
                    let a = match prev {
                        Some((p, a, _)) if (p.2, p.3) == (article, path) => a,
                        _ => *article_ix.entry((article, path)).or_insert_with(|| {
                            g.articles.push(path);
                            g.articles.len() as u32 - 1
                        }),
                    };
                    let s = *speaker_ix.entry(speaker).or_insert_with(|| {
                        g.speakers.push(vec![speaker]);
                        counts.push(0);
                        g.speakers.len() as u32 - 1
                    });
                    let names = &mut g.speakers[s as usize];
                    if !mention.is_empty() && !names.contains(&mention) {
                        names.push(mention);
                    }
                    (a, s)
                }
            };
            prev = Some((key, a, s));
            counts[s as usize] += 1;
            g.article_of.push(a);
            g.speaker_of.push(s);
        }
        let mut order: Vec<usize> = (0..counts.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
        g.rank = vec![0; counts.len()];
        for (r, &i) in order.iter().enumerate() {
            g.rank[i] = r as u32;
        }
        g
    }

    /// The id of quote `i` (of the sequence grouped).
    pub fn quote_id(i: usize) -> String {
        format!("q{}", i + 1)
    }

    /// The id of article `a`.
    pub fn article_id(a: u32) -> String {
        format!("a{}", a + 1)
    }

    /// The id of speaker `s`.
    pub fn speaker_id(&self, s: u32) -> String {
        format!("s{}", self.rank[s as usize] + 1)
    }
}

/// Rebuilds a document from quotes of possibly several runs: ids are renumbered, speakers
/// regrouped by name, articles by path.
pub fn from_quotes(mut quotes: Vec<Quote>) -> Document {
    let g = Groups::new(quotes.iter().map(|q| (&*q.speaker, &*q.mention, &*q.article, &*q.path)));
    let articles: Vec<Article> = g
        .articles
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let mut a = Article::new(Groups::article_id(i as u32), path.to_string(), String::new());
            a.paragraphs = 0;
            a
        })
        .collect();
    let mut speakers: Vec<Speaker> = g
        .speakers
        .iter()
        .enumerate()
        .map(|(s, names)| Speaker {
            id: g.speaker_id(s as u32),
            name: names[0].to_string(),
            aliases: names[1..].iter().map(|a| a.to_string()).collect(),
            roles: Vec::new(),
            quotes: Vec::new(),
        })
        .collect();
    let article_ids: Vec<Arc<str>> = articles.iter().map(|a| Arc::from(a.id.as_str())).collect();
    let speaker_ids: Vec<Arc<str>> = speakers.iter().map(|s| Arc::from(s.id.as_str())).collect();
    let (article_of, speaker_of, rank) = (g.article_of, g.speaker_of, g.rank);
    for (i, q) in quotes.iter_mut().enumerate() {
        let s = speaker_of[i] as usize;
        q.id = Groups::quote_id(i);
        q.article = article_ids[article_of[i] as usize].clone();
        q.speaker_id = speaker_ids[s].clone();
        speakers[s].quotes.push(q.id.clone());
    }
    // most quoted first
    let mut sorted: Vec<Option<Speaker>> = (0..speakers.len()).map(|_| None).collect();
    for (s, speaker) in speakers.into_iter().enumerate() {
        sorted[rank[s] as usize] = Some(speaker);
    }
    Document { format: FORMAT_VERSION, articles, speakers: sorted.into_iter().flatten().collect(), quotes }
}
