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
