//! Prints an extraction as JSON, JSON lines or readable text grouped by speaker.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::model::Document;
use crate::sanitize::one_line;

/// How an extraction or search results are printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Jsonl,
    Text,
}

/// How a list (speakers, a comparison) is printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Json,
    Text,
}

/// A JSON formatter that also escapes what serde_json leaves raw but a terminal would act
/// on: C1 controls (U+0080–U+009F, among them the 8-bit CSI U+009B), DEL, and the bidi
/// controls that make text read differently. The JSON means the same; it is only safe to
/// print.
struct Safe<F>(F);

impl<F: Formatter> Formatter for Safe<F> {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        // almost every string has nothing to escape: one pass over its bytes tells
        if crate::sanitize::is_safe(fragment.as_bytes(), false) {
            return w.write_all(fragment.as_bytes());
        }
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

/// Items written by one task when output is made on all cores.
const PIECE: usize = 1024;

/// Writes `items` in order, each made into bytes by `make`: on all cores, a batch of pieces
/// at a time, so that serialising is shared and memory holds two batches, not the output.
/// The next batch is made while the last one is written.
fn in_parallel<T: Sync>(
    items: &[T],
    out: &mut (impl Write + ?Sized),
    make: impl Fn(usize, &T, &mut Vec<u8>) -> io::Result<()> + Sync,
) -> io::Result<()> {
    let batch = PIECE * 4 * rayon::current_num_threads();
    let make_batch = |b: usize, items: &[T]| -> io::Result<Vec<Vec<u8>>> {
        items
            .par_chunks(PIECE)
            .enumerate()
            .map(|(p, piece)| {
                let mut buf = Vec::new();
                for (j, item) in piece.iter().enumerate() {
                    make(b * batch + p * PIECE + j, item, &mut buf)?;
                }
                Ok(buf)
            })
            .collect()
    };
    // the writer stays on this thread (standard output's lock cannot move); a scoped
    // thread has the pool make the next batch meanwhile
    std::thread::scope(|scope| {
        let mut made: Option<Vec<Vec<u8>>> = None;
        for (b, items) in items.chunks(batch).enumerate() {
            let next = scope.spawn(move || make_batch(b, items));
            let written = made.take().into_iter().flatten().try_for_each(|p| out.write_all(&p));
            let next = next.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            written?;
            made = Some(next?);
        }
        made.into_iter().flatten().try_for_each(|p| out.write_all(&p))
    })
}

/// The whole document as pretty JSON: the bytes `write_pretty` gives, made on all cores.
pub fn json(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    write!(out, "{{\n  \"format\": {},\n  \"articles\": ", doc.format)?;
    pretty_array(&doc.articles, out)?;
    out.write_all(b",\n  \"speakers\": ")?;
    pretty_array(&doc.speakers, out)?;
    out.write_all(b",\n  \"quotes\": ")?;
    pretty_array(&doc.quotes, out)?;
    out.write_all(b"\n}\n")
}

/// An array that is a field of the document, as `write_pretty` writes it there: each item
/// on lines of its own, indented by two levels. (A string in JSON never holds a raw line
/// break, so indenting after each one is exact.)
fn pretty_array<T: Serialize + Sync>(items: &[T], out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    in_parallel(items, out, |i, item, buf| {
        buf.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
        let mut one = Vec::new();
        write_pretty(&mut one, item)?;
        for line in one.split_inclusive(|&b| b == b'\n') {
            buf.extend_from_slice(line);
            if line.ends_with(b"\n") {
                buf.extend_from_slice(b"    ");
            }
        }
        Ok(())
    })?;
    out.write_all(b"\n  ]")
}

/// One quote object per line.
pub fn jsonl(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    in_parallel(&doc.quotes, out, |_, q, buf| {
        write_compact(&mut *buf, q)?;
        buf.push(b'\n');
        Ok(())
    })
}

/// Quotes grouped by speaker, for reading in a terminal. Article text is cleaned of control
/// characters first.
pub fn text(doc: &Document, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
    // speakers list their quotes by id: one lookup each, not a scan of all quotes
    let by_id: rustc_hash::FxHashMap<&str, &crate::model::Quote> =
        doc.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    // made on all cores in pieces of a speaker's statements (one speaker may hold most)
    let pieces: Vec<(usize, usize)> = doc
        .speakers
        .iter()
        .enumerate()
        .flat_map(|(si, s)| (0..s.quotes.len().max(1)).step_by(PIECE).map(move |from| (si, from)))
        .collect();
    in_parallel(&pieces, out, |_, &(si, from), buf| {
        let s = &doc.speakers[si];
        let n = s.quotes.len();
        if from == 0 {
            writeln!(buf, "{} ({} statement{})", one_line(&s.name), n, if n == 1 { "" } else { "s" })?;
        }
        let to = (from + PIECE).min(n);
        for qid in &s.quotes[from.min(to)..to] {
            let Some(q) = by_id.get(qid.as_str()) else {
                continue;
            };
            writeln!(buf, "  {}:¶{} {} — {}", one_line(&q.path), q.paragraph, one_line(&q.cue_en), one_line(&q.text))?;
        }
        if to == n {
            writeln!(buf)?;
        }
        Ok(())
    })?;
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
pub fn search(found: &crate::oneshot::Answer, format: Format, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
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
    format: ListFormat,
    out: &mut (impl Write + ?Sized),
) -> io::Result<()> {
    let q = |i: usize| &doc.quotes[i];
    match format {
        ListFormat::Json => {
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
        ListFormat::Text => {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<Document> {
        let l = crate::load::sample();
        let sample = crate::pipeline::extract(l.articles, &l.speakers);
        // enough statements for several pieces, and several batches on one thread: the
        // sample's, many times over
        let mut big = sample.clone();
        big.quotes = (0..150).flat_map(|_| sample.quotes.iter().cloned()).collect();
        for s in &mut big.speakers {
            s.quotes.clear();
        }
        for (k, q) in big.quotes.iter_mut().enumerate() {
            q.id = crate::ids::quote_id(k);
            let s = big.speakers.iter_mut().find(|s| *s.id == *q.speaker_id).unwrap();
            s.quotes.push(q.id.clone());
        }
        assert!(big.quotes.len() > PIECE * 4, "{}", big.quotes.len());
        let empty = crate::pipeline::extract(Vec::new(), &[]);
        let silent = crate::pipeline::extract(
            vec![crate::model::Article::new("a1".into(), "x.txt".into(), "لا تصريحات هنا".into())],
            &[],
        );
        vec![sample, big, empty, silent]
    }

    #[test]
    fn output_made_on_all_cores_is_byte_for_byte_the_serial_output() {
        let docs = docs();
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            pool.install(|| docs.iter().for_each(same_as_serial));
        }
    }

    fn same_as_serial(doc: &Document) {
        {
            let mut fast = Vec::new();
            json(doc, &mut fast).unwrap();
            let mut serial = Vec::new();
            write_pretty(&mut serial, doc).unwrap();
            serial.push(b'\n');
            assert!(fast == serial, "json of {} quotes", doc.quotes.len());

            let mut fast = Vec::new();
            jsonl(doc, &mut fast).unwrap();
            let mut serial = Vec::new();
            for q in &doc.quotes {
                write_compact(&mut serial, q).unwrap();
                serial.push(b'\n');
            }
            assert!(fast == serial, "jsonl of {} quotes", doc.quotes.len());

            let mut fast = Vec::new();
            text(doc, &mut fast).unwrap();
            let mut serial = String::new();
            let by_id: std::collections::HashMap<&str, &crate::model::Quote> =
                doc.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
            for s in &doc.speakers {
                let n = s.quotes.len();
                serial += &format!("{} ({} statement{})\n", one_line(&s.name), n, if n == 1 { "" } else { "s" });
                for id in &s.quotes {
                    let q = by_id[id.as_str()];
                    serial += &format!("  {}:¶{} {} — {}\n", q.path, q.paragraph, q.cue_en, one_line(&q.text));
                }
                serial += "\n";
            }
            serial += &format!(
                "{} statements by {} speakers in {} articles\n",
                doc.quotes.len(),
                doc.speakers.len(),
                doc.articles.len()
            );
            assert_eq!(String::from_utf8(fast).unwrap(), serial);
        }
    }
}
