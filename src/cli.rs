//! Command-line interface: the argument structs (what the user typed, validated by clap) and
//! `run`, which dispatches to the core and to the UI.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use crate::load::{self, LoadError};
use crate::model::Document;
use crate::output::{Format, ListFormat};

#[derive(Debug, Parser)]
#[command(name = "saywho", version, about = "Who said what: attributed statements in news articles, by speaker")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles to open in the interactive UI (files or folders); the bundled sample if none.
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Arabic display: app (saywho shapes and reorders), terminal (the terminal reorders), off.
    /// Default: app, or terminal in Konsole and mlterm.
    #[arg(long, value_enum)]
    pub bidi: Option<Bidi>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Bidi {
    App,
    Terminal,
    Off,
}

#[derive(Debug, clap::Args, Clone)]
pub struct InputArgs {
    /// Speakers file with display names and aliases (replaces a speakers.json found beside the articles).
    #[arg(long, global = true, value_name = "FILE")]
    pub speakers: Option<PathBuf>,
    /// Open a saved extraction (`saywho extract --format json|jsonl` output) instead of
    /// articles; repeat to open several as one.
    #[arg(long, global = true, value_name = "FILE", conflicts_with = "speakers")]
    pub index: Vec<PathBuf>,
    /// Refuse files larger than this many bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = load::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// How standard input (`-`) and the files named hold articles; by default standard
    /// input is one text article and a file is read as its extension says.
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// One article, a paragraph per line.
    Text,
    /// One article object, or an array of them.
    Json,
    /// One article object per line (from standard input, rows stream out as articles are done).
    Jsonl,
}

impl From<InputFormat> for load::InputFormat {
    fn from(f: InputFormat) -> load::InputFormat {
        match f {
            InputFormat::Text => load::InputFormat::Text,
            InputFormat::Json => load::InputFormat::Json,
            InputFormat::Jsonl => load::InputFormat::Jsonl,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract attributed statements and print them.
    Extract {
        /// Articles: .txt (one paragraph per line), .json or .jsonl files, folders, or `-`
        /// for standard input (also read when no path is given and it is not a terminal).
        paths: Vec<PathBuf>,
        /// Read standard input, as `-` does.
        #[arg(long)]
        stdin: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Write to this file (atomically: a temporary file renamed into place) instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Merge saved extractions (of parts of a corpus) into the extraction of all their articles.
    Merge {
        /// Saved extractions: `saywho extract --format json|jsonl` output.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Write to this file (atomically) instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// List speakers with their number of statements.
    Speakers {
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Align what two speakers said by topic: pairs of statements on the same subject, then the rest.
    Compare {
        /// First speaker: part of a name or alias (`xi`, `توكاييف`).
        a: String,
        /// Second speaker.
        b: String,
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Pairs less similar than this (cosine, 0–1) are not aligned.
        #[arg(long, default_value_t = crate::compare::MIN_SIMILARITY)]
        min_similarity: f32,
    },
    /// Search statements: terms AND-ed, 'exact, !exclude, @speaker; ranked best first.
    Search {
        /// The query (quote it as one argument).
        query: String,
        paths: Vec<PathBuf>,
        /// At most this many results.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// Loads a saved extraction (`--index`) or reads and extracts articles, returning the
/// warnings about skipped files.
pub fn load_quietly(paths: &[PathBuf], input: &InputArgs) -> Result<(Document, Vec<LoadError>)> {
    if !input.index.is_empty() {
        if !paths.is_empty() {
            anyhow::bail!("give either --index or article paths, not both");
        }
        return Ok((crate::saved::read_many(&input.index, input.max_file_size)?, Vec::new()));
    }
    let opts = load::Options {
        speakers: input.speakers.clone(),
        max_file_size: input.max_file_size,
        input_format: input.input_format.map(Into::into),
    };
    let loaded = load::load(paths, &opts)?;
    let doc = crate::pipeline::extract(loaded.articles, &loaded.speakers);
    Ok((doc, loaded.warnings))
}

/// The inputs of a command: those named, or standard input when none is named (nor an
/// index) and it is not a terminal. The bundled sample is only for a person at a terminal:
/// a job that runs `saywho extract` with its input piped, redirected or closed never gets it.
fn with_stdin(paths: &[PathBuf], input: &InputArgs) -> Vec<PathBuf> {
    use std::io::IsTerminal;
    if paths.is_empty() && input.index.is_empty() && !io::stdin().is_terminal() {
        return vec![PathBuf::from(load::STDIN)];
    }
    paths.to_vec()
}

/// Like `load_quietly` over `with_stdin(paths)`, with each warning printed to stderr.
pub fn load_document(paths: &[PathBuf], input: &InputArgs) -> Result<Document> {
    let (doc, warnings) = load_quietly(&with_stdin(paths, input), input)?;
    for w in &warnings {
        eprintln!("saywho: warning: {}", crate::sanitize::one_line(&w.to_string()));
    }
    Ok(doc)
}

/// Runs the command; returns the exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Some(Command::Extract { mut paths, stdin, format, output }) => {
            if stdin {
                paths.push(PathBuf::from(load::STDIN));
            }
            let paths = with_stdin(&paths, &cli.input);
            let only_stdin = matches!(&paths[..], [p] if load::is_stdin(p));
            if only_stdin && cli.input.input_format == Some(InputFormat::Jsonl) && format == Format::Jsonl {
                stream(&cli.input, output.as_deref())?;
            } else {
                emit(|| load_document(&paths, &cli.input), format, output.as_deref())?;
            }
            Ok(0)
        }
        Some(Command::Merge { files, format, output }) => {
            emit(|| Ok(crate::saved::read_many(&files, cli.input.max_file_size)?), format, output.as_deref())?;
            Ok(0)
        }
        Some(Command::Speakers { paths, format }) => {
            let doc = load_document(&paths, &cli.input)?;
            print(|out| match format {
                ListFormat::Json => {
                    crate::output::write_pretty(&mut *out, &doc.speakers)?;
                    writeln!(out)
                }
                ListFormat::Text => crate::output::speakers(&doc, out),
            })?;
            Ok(0)
        }
        Some(Command::Search { query, paths, limit, format }) => {
            let found = match &cli.input.index[..] {
                [_, ..] if paths.is_empty() => {
                    crate::oneshot::in_saved(&cli.input.index, cli.input.max_file_size, &query, limit)?
                }
                _ => crate::oneshot::in_document(&load_document(&paths, &cli.input)?, &query, limit),
            };
            print(|out| crate::output::search(&found, format, out))?;
            Ok(0)
        }
        Some(Command::Compare { a, b, paths, format, min_similarity }) => {
            let doc = load_document(&paths, &cli.input)?;
            let sa = crate::grouping::find(&doc, &a).with_context(|| format!("no speaker matches {a:?}"))?;
            let sb = crate::grouping::find(&doc, &b).with_context(|| format!("no speaker matches {b:?}"))?;
            let v = crate::compare::Vectors::new(&doc);
            let qa = crate::grouping::quotes_of(&doc, sa);
            let qb = crate::grouping::quotes_of(&doc, sb);
            let al = crate::compare::align(&v, &qa, &qb, min_similarity);
            print(|out| crate::output::compare(&doc, sa, sb, &al, format, out))?;
            Ok(0)
        }
        None => {
            use std::io::IsTerminal;
            if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
                eprintln!(
                    "saywho: the interactive UI needs a terminal; for output to a pipe or file use \
                     `saywho extract --format json|jsonl|text`"
                );
                return Ok(2);
            }
            let bidi = match cli.bidi {
                Some(Bidi::App) => crate::ui::BidiMode::App,
                Some(Bidi::Terminal) => crate::ui::BidiMode::Terminal,
                Some(Bidi::Off) => crate::ui::BidiMode::Off,
                None => crate::ui::BidiMode::detect(|k| std::env::var(k).ok()),
            };
            let (paths, input) = (cli.paths.clone(), cli.input.clone());
            crate::ui::run(
                move || {
                    let (doc, warnings) = load_quietly(&paths, &input)?;
                    Ok(crate::ui::Corpus::new(doc, warnings.iter().map(|w| w.to_string()).collect()))
                },
                bidi,
            )?;
            Ok(0)
        }
    }
}

/// JSON-lines articles on standard input, rows out as they are done (`stream`).
fn stream(input: &InputArgs, output: Option<&std::path::Path>) -> Result<()> {
    use crate::stream::{jsonl_articles, StreamError};
    let file = output
        .map(|path| crate::atomic::AtomicFile::create(path).with_context(|| format!("writing {}", path.display())))
        .transpose()?;
    let speakers = match &input.speakers {
        Some(p) => load::read_speakers(p, input.max_file_size)?,
        None => Vec::new(),
    };
    let name = std::path::Path::new(load::STDIN);
    match (file, output) {
        (Some(mut f), Some(path)) => {
            let written = |r: Result<_, StreamError>| match r {
                Err(StreamError::Output(e)) => {
                    Err(anyhow::Error::new(e).context(format!("writing {}", path.display())))
                }
                Err(e) => Err(e.into()),
                Ok(_) => Ok(()),
            };
            written(jsonl_articles(io::stdin(), &mut f, name, &speakers, input.max_file_size))?;
            f.commit().with_context(|| format!("writing {}", path.display()))
        }
        _ => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            match jsonl_articles(io::stdin(), &mut out, name, &speakers, input.max_file_size) {
                // a closed pipe (`| head`) ends the output, not in an error
                Err(StreamError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(e.into()),
                Ok(_) => Ok(()),
            }
        }
    }
}

/// Prints the document `load` gives in `format`, to stdout or atomically to `output`.
fn emit(load: impl FnOnce() -> Result<Document>, format: Format, output: Option<&std::path::Path>) -> Result<()> {
    // the output file first: one that cannot be written fails before the work
    let file = output
        .map(|path| crate::atomic::AtomicFile::create(path).with_context(|| format!("writing {}", path.display())))
        .transpose()?;
    let doc = load()?;
    let write = |out: &mut dyn Write| match format {
        Format::Json => crate::output::json(&doc, out),
        Format::Jsonl => crate::output::jsonl(&doc, out),
        Format::Text => crate::output::text(&doc, out),
    };
    let done = match (file, output) {
        (Some(mut f), Some(path)) => {
            write(&mut f).and_then(|_| f.commit()).with_context(|| format!("writing {}", path.display()))
        }
        _ => print(write),
    };
    // the process ends here: freeing a corpus's statements one by one, on one core, is
    // work the system does at once on exit
    std::mem::forget(doc);
    done
}

/// Writes to stdout through a buffer; a closed pipe (`saywho extract | head`) is not an error.
fn print(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let r = f(&mut out).and_then(|_| out.flush());
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("writing output"),
    }
}
