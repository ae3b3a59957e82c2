//! Prints an extraction as JSON, JSON lines or readable text grouped by speaker.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::model::Document;
use crate::sanitize::one_line;

/// A JSON formatter that also escapes what serde_json leaves raw but a terminal would act
/// on: C1 controls (U+0080–U+009F, among them the 8-bit CSI U+009B), DEL, and the bidi
/// controls that make text read differently. The JSON means the same; it is only safe to
/// print.
struct Safe<F>(F);

impl<F: Formatter> Formatter for Safe<F> {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if crate::sanitize::is_unsafe(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Pretty JSON, safe to print to a terminal.
pub fn write_pretty(out: &mut (impl Write + ?Sized), value: &impl Serialize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Safe(PrettyFormatter::new()));
    // `From` keeps the kind of an I/O error (a closed pipe stays BrokenPipe, which the caller
    // treats as the end of the output, not as a failure)
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// One-line JSON, safe to print to a terminal.
pub fn write_compact(out: &mut (impl Write + ?Sized), value: &impl Serialize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Safe(CompactFormatter));
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// The whole document as pretty JSON.
pub fn json(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    write_pretty(&mut *out, doc)?;
    writeln!(out)
}

/// One quote object per line.
pub fn jsonl(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    for q in &doc.quotes {
        write_compact(&mut *out, q)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Quotes grouped by speaker, for reading in a terminal. Article text is cleaned of control
/// characters first.
pub fn text(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    // speakers list their quotes by id: one lookup each, not a scan of all quotes
    let by_id: rustc_hash::FxHashMap<&str, &crate::model::Quote> =
        doc.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    for s in &doc.speakers {
        writeln!(
            out,
            "{} ({} statement{})",
            one_line(&s.name),
            s.quotes.len(),
            if s.quotes.len() == 1 { "" } else { "s" }
        )?;
        for qid in &s.quotes {
            let Some(q) = by_id.get(qid.as_str()) else {
                continue;
            };
            writeln!(out, "  {}:¶{} {} — {}", one_line(&q.path), q.paragraph, one_line(&q.cue_en), one_line(&q.text))?;
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
    found: &crate::oneshot::Found,
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
    let (hits, total) = (&found.hits, found.total);
    let rows = hits.iter().zip(&found.quotes).enumerate().map(|(i, (h, quote))| Row {
        rank: i + 1,
        score: h.score,
        positions: &h.positions,
        quote,
    });
    match format {
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Doc<'a> {
                total: usize,
                results: Vec<Row<'a>>,
            }
            write_pretty(&mut *out, &Doc { total, results: rows.collect() })?;
            writeln!(out)
        }
        Format::Jsonl => {
            for r in rows {
                write_compact(&mut *out, &r)?;
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

/// A topic alignment of two speakers.
pub fn compare(
    doc: &Document,
    a: usize,
    b: usize,
    al: &crate::compare::Alignment,
    format: crate::cli::ListFormat,
    out: &mut (impl Write + ?Sized),
) -> io::Result<()> {
    let q = |i: usize| &doc.quotes[i];
    match format {
        crate::cli::ListFormat::Json => {
            #[derive(serde::Serialize)]
            struct P<'a> {
                similarity: f32,
                shared: &'a [String],
                a: &'a crate::model::Quote,
                b: &'a crate::model::Quote,
            }
            #[derive(serde::Serialize)]
            struct Doc<'a> {
                a: &'a str,
                b: &'a str,
                pairs: Vec<P<'a>>,
                only_a: Vec<&'a crate::model::Quote>,
                only_b: Vec<&'a crate::model::Quote>,
            }
            let d = Doc {
                a: &doc.speakers[a].name,
                b: &doc.speakers[b].name,
                pairs: al
                    .pairs
                    .iter()
                    .map(|p| P { similarity: p.similarity, shared: &p.shared, a: q(p.a), b: q(p.b) })
                    .collect(),
                only_a: al.only_a.iter().map(|&i| q(i)).collect(),
                only_b: al.only_b.iter().map(|&i| q(i)).collect(),
            };
            write_pretty(&mut *out, &d)?;
            writeln!(out)
        }
        crate::cli::ListFormat::Text => {
            let (na, nb) = (one_line(&doc.speakers[a].name), one_line(&doc.speakers[b].name));
            writeln!(out, "{na} ↔ {nb}: {} aligned pairs", al.pairs.len())?;
            for p in &al.pairs {
                writeln!(out, "\n[{:.2}] {}", p.similarity, one_line(&p.shared.join(", ")))?;
                writeln!(out, "  {na} ¶{}: {}", q(p.a).paragraph, one_line(&q(p.a).text))?;
                writeln!(out, "  {nb} ¶{}: {}", q(p.b).paragraph, one_line(&q(p.b).text))?;
            }
            for (name, list) in [(&na, &al.only_a), (&nb, &al.only_b)] {
                writeln!(out, "\nonly {name}: {}", list.len())?;
                for &i in list.iter() {
                    writeln!(out, "  ¶{}: {}", q(i).paragraph, one_line(&q(i).text))?;
                }
            }
            Ok(())
        }
    }
}
