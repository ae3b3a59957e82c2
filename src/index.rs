//! Saved extractions: the `saywho extract --format json` document, or its JSON-lines form
//! (possibly several runs concatenated), read back without the articles, and written
//! atomically (a temporary file renamed into place, so an interrupted run leaves no half file).

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::load::{json_error, LoadError};
use std::borrow::Cow;

use crate::model::{Article, Attribution, Document, Form, Quote, SharedStr, Speaker, FORMAT_VERSION};

/// Reads a saved extraction.
pub fn read(path: &Path, limit: u64) -> Result<Document, LoadError> {
    let text = crate::load::read_text(path, limit)?;
    parse(path, &text)
}

/// A saved extraction from its text; `path` names the file in errors.
pub fn parse(path: &Path, text: &str) -> Result<Document, LoadError> {
    let name = path.display().to_string();
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    // a JSON document spans lines (pretty-printed) or carries the format field; a JSON-lines
    // file has one quote object per line
    let is_document =
        text.trim_start().starts_with('{') && (!first.trim_end().ends_with('}') || first.contains("\"format\""));
    if is_document {
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
    // lines parse independently: on all cores, keeping their order
    use rayon::prelude::*;
    let lines: Vec<(usize, &str)> = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).collect();
    let rows: Vec<QuoteRow> = lines
        .par_iter()
        .map(|&(ln, line)| serde_json::from_str(line).map_err(|e| json_error(path, ln, &e)))
        .collect::<Result<_, _>>()?;
    // strings that repeat (speaker, cue, path ...) become one shared copy each
    let mut interned: HashMap<String, Arc<str>> = HashMap::new();
    let mut intern = |s: &Cow<'_, str>| -> Arc<str> {
        if let Some(a) = interned.get(s.as_ref()) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(s.as_ref());
        interned.insert(s.to_string(), a.clone());
        a
    };
    let quotes: Vec<Quote> = rows
        .iter()
        .map(|r| Quote {
            id: r.id.to_string(),
            speaker: intern(&r.speaker),
            speaker_id: intern(&r.speaker_id),
            mention: intern(&r.mention),
            cue: intern(&r.cue),
            cue_en: intern(&r.cue_en),
            form: r.form,
            attribution: r.attribution,
            channel: r.channel.as_ref().map(&mut intern),
            text: SharedStr::from(r.text.to_string()),
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
    id: Cow<'a, str>,
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
    let mut article_of: HashMap<(Arc<str>, Arc<str>), Arc<str>> = HashMap::new();
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_of: HashMap<Arc<str>, usize> = HashMap::new();
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
        let mention = q.mention.to_string();
        if *q.mention != *q.speaker && !mention.is_empty() && !speakers[si].aliases.contains(&mention) {
            speakers[si].aliases.push(mention);
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
