//! The map step as a filter, for engines that pipe records through a command (GNU parallel,
//! Spark's `RDD.pipe`, a shell pipeline): JSON-lines articles in, statement rows out, in
//! input order, a chunk of articles at a time, so that the first rows come out as soon as
//! the first articles are done and memory stays bounded however long the input is.
//!
//! Each article is grouped on its own: a row's `speaker` is the name its article gives, and
//! its `speaker_id` (`a3.s1`) tells speakers apart within the stream, not across articles.
//! The rows carry what grouping across articles needs (`entity`), so `saywho merge` or
//! `saywho --index` over them gives what one run over all the articles gives.

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::sync::mpsc;

use rayon::prelude::*;
use thiserror::Error;

use crate::grouping::Listing;
use crate::load::LoadError;
use crate::model::{Article, Document, SpeakerEntry};

/// Articles extracted together: enough to keep every core busy, few enough that rows come
/// out soon and memory stays small.
const CHUNK_ARTICLES: usize = 64;
const CHUNK_BYTES: usize = 8 << 20;

/// Why a stream stopped.
#[derive(Debug, Error)]
pub enum StreamError {
    /// A line that is not an article (its line and column), or input that could not be read.
    #[error(transparent)]
    Input(#[from] LoadError),
    /// The output could not be written (a closed pipe among others).
    #[error("writing output: {0}")]
    Output(io::Error),
}

/// What went through.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Streamed {
    pub articles: usize,
    pub statements: usize,
}

/// Reads JSON-lines articles from `input` (named `name` in errors and in the paths of
/// articles without an `id`; a line over `max_line` bytes is refused) and writes the rows of
/// their statements to `out`, flushed after each chunk. A chunk is what has arrived, up to
/// `CHUNK_ARTICLES`: when input is slow each article's rows come out as soon as it is done;
/// when it is fast, all cores work on a chunk at a time.
pub fn jsonl_articles(
    input: impl io::Read + Send + 'static,
    out: &mut impl Write,
    name: &Path,
    speakers: &[SpeakerEntry],
    max_line: u64,
) -> Result<Streamed, StreamError> {
    let listing = Listing::new(speakers);
    // lines are read on a thread of their own, so that waiting for input never holds up
    // the articles that have arrived; the channel's bound is what memory holds
    let (tx, rx) = mpsc::sync_channel::<Result<(usize, Vec<u8>), LoadError>>(CHUNK_ARTICLES);
    let label = name.display().to_string();
    std::thread::spawn(move || {
        let mut input = io::BufReader::with_capacity(1 << 16, input);
        for line_no in 0.. {
            let mut line = Vec::new();
            let read = io::Read::take(&mut input, max_line.saturating_add(1)).read_until(b'\n', &mut line);
            let failed = read.is_err();
            let sent = match read {
                Ok(0) => break,
                Err(e) => tx.send(Err(LoadError::Io { path: label.clone(), reason: e })),
                Ok(_) if line.last() == Some(&b'\n') => {
                    line.pop();
                    tx.send(Ok((line_no, line)))
                }
                Ok(_) if line.len() as u64 > max_line => {
                    let path = format!("{label}:{}", line_no + 1);
                    tx.send(Err(LoadError::StreamTooLarge { path, limit: max_line }))
                }
                Ok(_) => tx.send(Ok((line_no, line))),
            };
            // stop at an error, or when nobody reads any more
            if sent.is_err() || failed {
                break;
            }
        }
    });
    let mut done = Streamed::default();
    // a chunk: the next line (waited for), then the lines already there
    while let Ok(first) = rx.recv() {
        let mut lines = vec![first?];
        let mut bytes = lines[0].1.len();
        while lines.len() < CHUNK_ARTICLES && bytes < CHUNK_BYTES {
            match rx.try_recv() {
                Ok(line) => {
                    let line = line?;
                    bytes += line.1.len();
                    lines.push(line);
                }
                Err(_) => break,
            }
        }
        // the articles, extracted and grouped each on its own on all cores
        let docs: Vec<Option<Document>> = lines
            .par_iter()
            .map(|(ln, line)| article(name, *ln, line).map(|a| a.map(|a| one_article(a, &listing))))
            .collect::<Result<_, _>>()?;
        let mut next_quote = done.statements;
        let mut numbered: Vec<Document> = Vec::with_capacity(docs.len());
        for (k, mut doc) in docs.into_iter().flatten().enumerate() {
            let a = crate::ids::article_id(done.articles + k);
            for q in &mut doc.quotes {
                q.id = crate::ids::quote_id(next_quote);
                next_quote += 1;
                q.article = a.as_str().into();
                q.speaker_id = format!("{a}.{}", q.speaker_id).into();
            }
            numbered.push(doc);
        }
        let rows: Vec<Vec<u8>> = numbered
            .par_iter()
            .map(|doc| {
                let mut buf = Vec::new();
                crate::output::jsonl(doc, &mut buf).map(|_| buf)
            })
            .collect::<io::Result<_>>()
            .map_err(StreamError::Output)?;
        for r in &rows {
            out.write_all(r).map_err(StreamError::Output)?;
        }
        out.flush().map_err(StreamError::Output)?;
        done.articles += numbered.len();
        done.statements = next_quote;
    }
    Ok(done)
}

/// The article on line `ln` (0-based), or nothing for a blank line.
fn article(name: &Path, ln: usize, line: &[u8]) -> Result<Option<Article>, LoadError> {
    let text = std::str::from_utf8(line)
        .map_err(|e| LoadError::Utf8 { path: format!("{}:{}", name.display(), ln + 1), offset: e.valid_up_to() })?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    crate::load::parse_line(name, ln, text, String::new()).map(Some)
}

/// One article extracted and grouped on its own.
fn one_article(mut a: Article, listing: &Listing) -> Document {
    let mapped = crate::pipeline::map_article(&mut a, listing);
    crate::pipeline::reduce(vec![a], &[mapped])
}
