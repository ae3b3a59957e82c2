//! Saved extractions: the `saywho extract --format json` document, or its JSON-lines form
//! (possibly several runs concatenated), read back without the articles, and written
//! atomically (a temporary file renamed into place, so an interrupted run leaves no half file).

use rustc_hash::FxHashMap;
use std::fs;
use std::io::Write;
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
    use rayon::prelude::*;
    let name = path.display().to_string();
    fn utf8<'b>(name: &str, start: usize, b: &'b [u8]) -> Result<&'b str, LoadError> {
        std::str::from_utf8(b).map_err(|e| LoadError::Utf8 { path: name.to_string(), offset: start + e.valid_up_to() })
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
        return serde_json::from_str(text).map_err(|e| json_error(path, 0, &e));
    }
    let rows: Vec<QuoteRow> = lines
        .par_iter()
        .filter_map(|&(ln, start, l)| {
            let line = match utf8(&name, start, l) {
                Ok(line) => line,
                Err(e) => return Some(Err(e)),
            };
            // a line of only (Unicode) white space is blank
            (!line.trim().is_empty()).then(|| serde_json::from_str(line).map_err(|e| json_error(path, ln, &e)))
        })
        .collect::<Result<_, _>>()?;
    // strings that repeat (speaker, cue, path ...) become one shared copy each
    let mut interned: FxHashMap<String, Arc<str>> = FxHashMap::default();
    let mut intern = |s: &Cow<'_, str>| -> Arc<str> {
        if let Some(a) = interned.get(s.as_ref()) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(s.as_ref());
        interned.insert(s.to_string(), a.clone());
        a
    };
    // the statement texts are most of the bytes: copied out on all cores
    let texts: Vec<SharedStr> = rows
        .par_iter()
        .map(|r| {
            let end = r.text.len();
            SharedStr::new(Arc::from(r.text.as_ref()), 0, end)
        })
        .collect();
    let quotes: Vec<Quote> = rows
        .iter()
        .zip(texts)
        .map(|(r, text)| Quote {
            id: String::new(), // numbered by `from_quotes`
            speaker: intern(&r.speaker),
            speaker_id: intern(&r.speaker_id),
            mention: intern(&r.mention),
            cue: intern(&r.cue),
            cue_en: intern(&r.cue_en),
            form: r.form,
            attribution: r.attribution,
            channel: r.channel.as_ref().map(&mut intern),
            text,
            article: intern(&r.article),
            path: intern(&r.path),
            paragraph: r.paragraph,
            start: r.start,
            end: r.end,
        })
        .collect();
    Ok(from_quotes(quotes))
}

/// A quote line as read, borrowing from the file where the JSON has no escapes.
#[derive(serde::Deserialize)]
struct QuoteRow<'a> {
    #[serde(borrow)]
    speaker: Cow<'a, str>,
    #[serde(borrow)]
    speaker_id: Cow<'a, str>,
    #[serde(borrow)]
    mention: Cow<'a, str>,
    #[serde(borrow)]
    cue: Cow<'a, str>,
    #[serde(borrow)]
    cue_en: Cow<'a, str>,
    form: Form,
    attribution: Attribution,
    #[serde(borrow)]
    channel: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow)]
    article: Cow<'a, str>,
    #[serde(borrow)]
    path: Cow<'a, str>,
    paragraph: usize,
    start: usize,
    end: usize,
}

/// Rebuilds a document from quotes of possibly several runs: ids are renumbered, speakers
/// regrouped by name, articles by path.
pub fn from_quotes(quotes: Vec<Quote>) -> Document {
    let mut articles: Vec<Article> = Vec::new();
    let mut article_of: FxHashMap<(Arc<str>, Arc<str>), Arc<str>> = FxHashMap::default();
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_of: FxHashMap<Arc<str>, usize> = FxHashMap::default();
    let mut out = Vec::with_capacity(quotes.len());
    for mut q in quotes {
        let akey = (q.article.clone(), q.path.clone());
        let aid = article_of
            .entry(akey)
            .or_insert_with(|| {
                let id = format!("a{}", articles.len() + 1);
                let mut a = Article::new(id.clone(), q.path.to_string(), String::new());
                a.paragraphs = 0;
                articles.push(a);
                id.into()
            })
            .clone();
        let si = *speaker_of.entry(q.speaker.clone()).or_insert_with(|| {
            speakers.push(Speaker {
                id: format!("s{}", speakers.len() + 1),
                name: q.speaker.to_string(),
                aliases: Vec::new(),
                roles: Vec::new(),
                quotes: Vec::new(),
            });
            speakers.len() - 1
        });
        q.id = format!("q{}", out.len() + 1);
        q.article = aid;
        let aliases = &mut speakers[si].aliases;
        if *q.mention != *q.speaker && !q.mention.is_empty() && !aliases.iter().any(|a| **a == *q.mention) {
            aliases.push(q.mention.to_string());
        }
        speakers[si].quotes.push(q.id.clone());
        out.push((si, q));
    }
    // most quoted first, as `extract` orders them
    let mut order: Vec<usize> = (0..speakers.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(speakers[i].quotes.len()));
    let mut rank = vec![0; speakers.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let ids: Vec<Arc<str>> = (0..speakers.len()).map(|r| Arc::from(format!("s{}", r + 1))).collect();
    let quotes = out
        .into_iter()
        .map(|(si, mut q)| {
            q.speaker_id = ids[rank[si]].clone();
            q
        })
        .collect();
    let mut sorted: Vec<Speaker> = Vec::with_capacity(speakers.len());
    let mut speakers: Vec<Option<Speaker>> = speakers.into_iter().map(Some).collect();
    for (r, &i) in order.iter().enumerate() {
        let mut s = speakers[i].take().expect("each speaker once");
        s.id = ids[r].to_string();
        sorted.push(s);
    }
    Document { format: FORMAT_VERSION, articles, speakers: sorted, quotes }
}

/// Writes `contents` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.saywho-{}.tmp", std::process::id()));
    let result = (|| {
        let f = fs::File::create(&tmp)?;
        let mut w = std::io::BufWriter::new(f);
        write(&mut w)?;
        w.flush()?;
        w.get_ref().sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
