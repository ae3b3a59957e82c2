//! Prints an extraction as JSON, JSON lines or readable text grouped by speaker.

use std::io::{self, Write};

use crate::model::Document;
use crate::sanitize::one_line;

/// The whole document as pretty JSON.
pub fn json(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)
}

/// One quote object per line.
pub fn jsonl(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    for q in &doc.quotes {
        serde_json::to_writer(&mut *out, q)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Quotes grouped by speaker, for reading in a terminal. Article text is cleaned of control
/// characters first.
pub fn text(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    for s in &doc.speakers {
        writeln!(
            out,
            "{} ({} statement{})",
            one_line(&s.name),
            s.quotes.len(),
            if s.quotes.len() == 1 { "" } else { "s" }
        )?;
        for qid in &s.quotes {
            let Some(q) = doc.quotes.iter().find(|q| &q.id == qid) else {
                continue;
            };
            writeln!(
                out,
                "  {}:¶{} {} — {}",
                one_line(&q.path),
                q.paragraph,
                q.cue_en,
                one_line(&q.text)
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} statements by {} speakers in {} articles",
        doc.quotes.len(),
        doc.speakers.len(),
        doc.articles.len()
    )
}

/// Each speaker with their number of statements.
pub fn speakers(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    for s in &doc.speakers {
        writeln!(out, "{:>5}  {}", s.quotes.len(), one_line(&s.name))?;
    }
    Ok(())
}

/// Search results: ranked, with score and match positions (char offsets in the statement
/// text).
pub fn search(
    doc: &Document,
    hits: &[crate::search::Hit],
    total: usize,
    format: crate::cli::Format,
    out: &mut (impl Write + ?Sized),
) -> io::Result<()> {
    use crate::cli::Format;
    #[derive(serde::Serialize)]
    struct Row<'a> {
        rank: usize,
        score: i64,
        positions: &'a [usize],
        #[serde(flatten)]
        quote: &'a crate::model::Quote,
    }
    let rows = hits.iter().enumerate().map(|(i, h)| Row {
        rank: i + 1,
        score: h.score,
        positions: &h.positions,
        quote: &doc.quotes[h.quote],
    });
    match format {
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Doc<'a> {
                total: usize,
                results: Vec<Row<'a>>,
            }
            serde_json::to_writer_pretty(
                &mut *out,
                &Doc {
                    total,
                    results: rows.collect(),
                },
            )?;
            writeln!(out)
        }
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut *out, &r)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Text => {
            for r in rows {
                writeln!(
                    out,
                    "{:>3}. [{}] {} — {} ({}:¶{})",
                    r.rank,
                    r.score,
                    one_line(&r.quote.speaker),
                    one_line(&r.quote.text),
                    one_line(&r.quote.path),
                    r.quote.paragraph
                )?;
            }
            writeln!(out, "{} of {total} matching statements", hits.len())
        }
    }
}
