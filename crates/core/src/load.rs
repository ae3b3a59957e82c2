//! Reads articles from files and folders (`.txt`, `.json`, `.jsonl`), the speakers file that
//! goes with them, and the sample bundled into the binary. Bad files are reported with the
//! reason, never silently dropped; inside a folder they are skipped so the rest still loads.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::model::Article;
use crate::model::SpeakerEntry;

/// The article saywho was first built for, compiled in so the tool works anywhere.
pub const SAMPLE_PATH: &str = "samples/xinhua-ar-2024-07-03-xi-tokayev.txt";
pub const SAMPLE_TEXT: &str = include_str!("../../../samples/xinhua-ar-2024-07-03-xi-tokayev.txt");
pub const SAMPLE_SPEAKERS: &str = include_str!("../../../samples/speakers.json");

/// Files larger than this are refused unless the limit is raised.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// Why a file could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    // the reason is part of the message, not an error source, so that a report of the
    // error chain (`{:#}`) does not give it twice
    #[error("{path}: cannot read: {reason}")]
    Io { path: String, reason: std::io::Error },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    Utf8 { path: String, offset: usize },
    #[error("{path}:{line}:{column}: {message}")]
    Json { path: String, line: usize, column: usize, message: String },
    #[error("{path}: article has no \"text\" field")]
    NoText { path: String },
    #[error("{path}: {size} bytes is over the size limit of {limit} bytes (raise it with --max-file-size)")]
    TooLarge { path: String, size: u64, limit: u64 },
    /// A pipe or device that gave more than the limit (its size is not known beforehand).
    #[error("{path}: more than the size limit of {limit} bytes (raise it with --max-file-size)")]
    StreamTooLarge { path: String, limit: u64 },
    #[error("{path}: not a regular file (a FIFO, socket or device); not read")]
    NotRegular { path: String },
    #[error("{path}: saved with index format {}, this saywho reads format {expected}; run `saywho extract` again", found.map_or("(none)".to_string(), |f| f.to_string()))]
    IndexVersion { path: String, found: Option<u32>, expected: u32 },
    #[error("{path}: not a .txt, .json or .jsonl file")]
    Unsupported { path: String },
}

/// Everything loaded from the paths given.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub speakers: Vec<SpeakerEntry>,
    /// Files inside folders that could not be loaded; the rest loaded.
    pub warnings: Vec<LoadError>,
}

/// Options for loading.
#[derive(Debug, Clone)]
pub struct Options {
    /// A speakers file that replaces any found beside the articles.
    pub speakers: Option<PathBuf>,
    pub max_file_size: u64,
    /// How to read standard input and the files named (not those found in folders, which
    /// are read by their extension): by default, standard input is text and a file is what
    /// its extension says.
    pub input_format: Option<InputFormat>,
}

impl Default for Options {
    fn default() -> Self {
        Options { speakers: None, max_file_size: DEFAULT_MAX_FILE_SIZE, input_format: None }
    }
}

/// How an input holds its articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// One article, a paragraph per line.
    Text,
    /// One article object, or an array of them.
    Json,
    /// One article object per line.
    Jsonl,
}

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// Whether `p` names standard input.
pub fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == STDIN
}

/// The bundled sample with its speakers file.
pub fn sample() -> Loaded {
    Loaded {
        articles: vec![Article::new("a1".into(), SAMPLE_PATH.into(), SAMPLE_TEXT.into())],
        speakers: parse_speakers(SAMPLE_SPEAKERS).expect("bundled speakers file is valid"),
        warnings: Vec::new(),
    }
}

/// Loads the given paths; with none, the bundled sample. A path named on the command line
/// that cannot be loaded is an error; a bad file found inside a folder is a warning.
pub fn load(paths: &[PathBuf], opts: &Options) -> Result<Loaded, LoadError> {
    let mut out = if paths.is_empty() { sample() } else { Loaded::default() };
    let mut found_speakers: Option<PathBuf> = None;
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for p in paths {
        if is_stdin(p) {
            files.push((p.clone(), true));
            continue;
        }
        let io = |e| LoadError::Io { path: p.display().to_string(), reason: e };
        let meta = fs::metadata(p).map_err(io)?;
        if meta.is_dir() {
            // a folder named on the command line that cannot be listed is an error, not an
            // empty folder (only folders found inside it are skipped with a warning)
            fs::read_dir(p).map_err(io)?;
            let mut seen = HashSet::new();
            walk(p, &mut seen, &mut files, &mut out.warnings);
            let s = p.join("speakers.json");
            if found_speakers.is_none() && s.is_file() {
                found_speakers = Some(s);
            }
        } else {
            files.push((p.clone(), true));
            let s = p.parent().unwrap_or(Path::new(".")).join("speakers.json");
            if found_speakers.is_none() && s.is_file() && p.file_name() != Some("speakers.json".as_ref()) {
                found_speakers = Some(s);
            }
        }
    }
    // read (and split into paragraphs) on all cores; ids are given in path order after
    use rayon::prelude::*;
    let read: Vec<(Result<Vec<Article>, LoadError>, bool)> = files
        .par_iter()
        .map(|(path, explicit)| {
            let r = match (is_stdin(path), explicit) {
                (true, _) => read_stdin(opts.max_file_size, opts.input_format.unwrap_or(InputFormat::Text)),
                (false, true) => read_text(path, opts.max_file_size).and_then(|text| match opts.input_format {
                    Some(f) => parse_as(path, text, 0, f),
                    None => parse_articles(path, text, 0),
                }),
                (false, false) => read_articles(path, 0, opts.max_file_size),
            };
            (r, *explicit)
        })
        .collect();
    for (r, explicit) in read {
        match r {
            Ok(arts) => {
                for mut a in arts {
                    a.id = crate::ids::article_id(out.articles.len());
                    out.articles.push(a);
                }
            }
            Err(e) if explicit => return Err(e),
            Err(e) => out.warnings.push(e),
        }
    }
    if let Some(s) = opts.speakers.as_ref().or(found_speakers.as_ref()) {
        let explicit = opts.speakers.is_some();
        match read_speakers(s, opts.max_file_size) {
            Ok(entries) => out.speakers = entries,
            Err(e) if explicit => return Err(e),
            Err(e) => out.warnings.push(e),
        }
    }
    Ok(out)
}

/// Reads a speakers file, refused when over `limit` bytes.
pub fn read_speakers(path: &Path, limit: u64) -> Result<Vec<SpeakerEntry>, LoadError> {
    let text = read_text(path, limit)?;
    parse_speakers(&text).map_err(|e| json_error(path, 0, &e))
}

/// Parses a speakers file (a JSON array of entries).
pub fn parse_speakers(text: &str) -> Result<Vec<SpeakerEntry>, serde_json::Error> {
    serde_json::from_str(text)
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, files: &mut Vec<(PathBuf, bool)>, warnings: &mut Vec<LoadError>) {
    // a symlinked folder that points back up the tree is visited once
    let Ok(canon) = fs::canonicalize(dir) else {
        return;
    };
    if !seen.insert(canon) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            warnings.push(LoadError::Io { path: dir.display().to_string(), reason: e });
            return;
        }
    };
    // the entry's type comes with the listing (no call per file); a link is followed
    let mut paths: Vec<(PathBuf, Option<fs::FileType>)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| (e.path(), e.file_type().ok().filter(|t| !t.is_symlink())))
        .collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, kind) in paths {
        let kind = kind.or_else(|| fs::metadata(&p).ok().map(|m| m.file_type()));
        if kind.is_some_and(|k| k.is_dir()) {
            walk(&p, seen, files, warnings);
        } else if p.file_name() == Some("speakers.json".as_ref()) {
            continue;
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "json" | "jsonl")) {
            // a FIFO would block the run until something writes to it, a device may never
            // end: only regular files are read from folders (a broken link is read, and
            // reported as unreadable)
            match kind {
                Some(k) if !k.is_file() => warnings.push(LoadError::NotRegular { path: p.display().to_string() }),
                _ => files.push((p, false)),
            }
        }
    }
}

/// A file's bytes, refused when over `limit`: a regular file by its size, before reading;
/// a pipe or device (`/dev/stdin`, `/dev/zero`), whose size says nothing, by reading at most
/// one byte more than the limit.
pub(crate) fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let io = |e| LoadError::Io { path: name.clone(), reason: e };
    let meta = fs::metadata(path).map_err(io)?;
    if !meta.is_file() && !meta.is_dir() {
        let f = fs::File::open(path).map_err(io)?;
        let bytes = read_capped(f, limit).map_err(io)?;
        return match bytes.len() as u64 > limit {
            true => Err(LoadError::StreamTooLarge { path: name, limit }),
            false => Ok(bytes),
        };
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge { path: name, size: meta.len(), limit });
    }
    let bytes = read_all(path, meta.len()).map_err(io)?;
    match bytes.len() as u64 > limit {
        // it grew after its size was taken
        true => Err(LoadError::TooLarge { path: name, size: bytes.len() as u64, limit }),
        false => Ok(bytes),
    }
}

/// Up to `limit + 1` bytes of a stream: one more than allowed tells that it is too long
/// without reading the rest.
pub(crate) fn read_capped(r: impl std::io::Read, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    r.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads a whole file of (about) `size` bytes. Large files are read in parallel pieces:
/// copying tens of megabytes out of the page cache is a fifth of a one-shot search, and
/// memory bandwidth is not used up by one core.
#[cfg(unix)]
fn read_all(path: &Path, size: u64) -> std::io::Result<Vec<u8>> {
    use rayon::prelude::*;
    use std::os::unix::fs::FileExt;
    const PIECE: usize = 4 << 20;
    let Ok(size) = usize::try_from(size) else { return fs::read(path) };
    if size < 2 * PIECE {
        return fs::read(path);
    }
    let file = fs::File::open(path)?;
    let mut buf = vec![0u8; size];
    let read =
        buf.par_chunks_mut(PIECE).enumerate().try_for_each(|(i, piece)| file.read_exact_at(piece, (i * PIECE) as u64));
    match read {
        // the file shrank or grew since its size was taken: read it again whole
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => fs::read(path),
        Err(e) => Err(e),
        Ok(()) if file.read_at(&mut [0], size as u64)? != 0 => fs::read(path),
        Ok(()) => Ok(buf),
    }
}

#[cfg(not(unix))]
fn read_all(path: &Path, _size: u64) -> std::io::Result<Vec<u8>> {
    fs::read(path)
}

/// A file's text, which must be UTF-8.
pub(crate) fn read_text(path: &Path, limit: u64) -> Result<String, LoadError> {
    String::from_utf8(read_bytes(path, limit)?)
        .map_err(|e| LoadError::Utf8 { path: path.display().to_string(), offset: e.utf8_error().valid_up_to() })
}

/// A JSON error with its file and position; `line_offset` places an error found in one line
/// of a JSON-lines file (where serde_json counts from 1 within the line).
pub(crate) fn json_error(path: &Path, line_offset: usize, e: &serde_json::Error) -> LoadError {
    let msg = e.to_string();
    // serde_json appends " at line L column C"; the location is given separately
    let message = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    LoadError::Json { path: path.display().to_string(), line: e.line() + line_offset, column: e.column(), message }
}

/// The articles standard input holds (none when it is empty), read to at most `limit` bytes.
fn read_stdin(limit: u64, format: InputFormat) -> Result<Vec<Article>, LoadError> {
    let io = |e| LoadError::Io { path: STDIN.into(), reason: e };
    let bytes = read_capped(std::io::stdin().lock(), limit).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::StreamTooLarge { path: STDIN.into(), limit });
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| LoadError::Utf8 { path: STDIN.into(), offset: e.utf8_error().valid_up_to() })?;
    if text.is_empty() {
        return Ok(Vec::new());
    }
    parse_as(Path::new(STDIN), text, 0, format)
}

#[derive(Deserialize)]
struct JsonArticle {
    /// Names the article wherever it is read from (its `path` in the output).
    id: Option<serde_json::Value>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// The article of one JSON object; `path` names it unless it has an `id`.
fn from_json(a: JsonArticle, id: String, path: String) -> Result<Article, LoadError> {
    let path = match a.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => path,
        Some(v) => v.to_string(),
    };
    let text = a.text.ok_or_else(|| LoadError::NoText { path: path.clone() })?;
    let mut art = Article::new(id, path, text);
    if a.title.is_some() {
        art.title = a.title;
    }
    art.date = a.date;
    art.source = a.source.or(a.url);
    Ok(art)
}

/// Reads the articles of one file; ids are numbered from `first_id`.
pub fn read_articles(path: &Path, first_id: usize, limit: u64) -> Result<Vec<Article>, LoadError> {
    let text = read_text(path, limit)?;
    parse_articles(path, text, first_id)
}

/// The articles in one file's text, read as the file's extension says; `path` names the file
/// in errors and in each article's source.
pub fn parse_articles(path: &Path, text: String, first_id: usize) -> Result<Vec<Article>, LoadError> {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "json" => parse_as(path, text, first_id, InputFormat::Json),
        "jsonl" => parse_as(path, text, first_id, InputFormat::Jsonl),
        "txt" | "" => parse_as(path, text, first_id, InputFormat::Text),
        _ => Err(LoadError::Unsupported { path: path.display().to_string() }),
    }
}

/// One line of a JSON-lines input (`line`: 0-based) as an article named `NAME:LINE` (or by
/// its `id`).
pub fn parse_line(path: &Path, line: usize, text: &str, id: String) -> Result<Article, LoadError> {
    let a: JsonArticle = serde_json::from_str(text).map_err(|e| json_error(path, line, &e))?;
    from_json(a, id, format!("{}:{}", path.display(), line + 1))
}

/// The articles in a text read as `format`.
pub fn parse_as(path: &Path, text: String, first_id: usize, format: InputFormat) -> Result<Vec<Article>, LoadError> {
    let name = path.display().to_string();
    match format {
        InputFormat::Json => {
            // an array of articles or one article; parsed as the shape the first character
            // announces so that errors keep their line and column
            let list: Vec<JsonArticle> = if text.trim_start().starts_with('[') {
                serde_json::from_str(&text).map_err(|e| json_error(path, 0, &e))?
            } else {
                vec![serde_json::from_str(&text).map_err(|e| json_error(path, 0, &e))?]
            };
            let many = list.len() > 1;
            list.into_iter()
                .enumerate()
                .map(|(i, a)| {
                    let p = if many { format!("{name}#{}", i + 1) } else { name.clone() };
                    from_json(a, format!("a{}", first_id + i), p)
                })
                .collect()
        }
        InputFormat::Jsonl => {
            let mut out = Vec::new();
            for (ln, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                out.push(parse_line(path, ln, line, format!("a{}", first_id + out.len()))?);
            }
            Ok(out)
        }
        InputFormat::Text => Ok(vec![Article::new(format!("a{first_id}"), name, text)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_file_parses_and_rejects_unknown_fields() {
        let ok = parse_speakers(r#"[{"name":"Xi Jinping","aliases":["شي"]}]"#).unwrap();
        assert_eq!(ok[0].aliases, ["شي"]);
        assert!(parse_speakers(r#"[{"nme":"x"}]"#).is_err());
    }

    #[test]
    fn a_large_file_read_in_pieces_comes_back_byte_for_byte() {
        // over two pieces and not a whole number of them, every byte telling its offset
        let bytes: Vec<u8> = (0..(9 << 20) + 5).map(|i: usize| (i % 251) as u8).collect();
        let f = std::env::temp_dir().join(format!("saywho-large-{}.bin", std::process::id()));
        fs::write(&f, &bytes).unwrap();
        let back = read_bytes(&f, u64::MAX).unwrap();
        fs::remove_file(&f).unwrap();
        assert!(back == bytes, "{} bytes read of {}", back.len(), bytes.len());
    }
}
