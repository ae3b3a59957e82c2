//! Word-level matching (`saywho::wordmatch`) at 100,000 generated statements: building the
//! per-statement word lists, then queries typed a character at a time, each keystroke a full
//! scan — prepare the query against the lexicon (reusing the grades of words typed before),
//! rank every statement (or, with postings, the statements holding the query's rarest word),
//! sort the matches. Prints median and p99 per keystroke per query set, wall time and one-core
//! CPU time (wall time on a machine shared with other builds says more about them than about
//! this code); criterion then times the build and each whole typed query, with postings.

use std::time::{Duration, Instant};

use criterion::Criterion;
use rayon::prelude::*;
use saywho::model::Document;
use saywho::wordmatch::{tokenize, Fields, Lexicon, Postings, Prepared, Query, RankKey, Tokens, Words};

/// The statements' words as an index would keep them: shared fields once per speaker and
/// article.
struct Corpus {
    lexicon: Lexicon,
    texts: Vec<Words>,
    mentions: Vec<Words>,
    speaker_of: Vec<usize>,
    article_of: Vec<usize>,
    speakers: Vec<Words>,
    titles: Vec<Words>,
    datelines: Vec<Words>,
    empty: Words,
    /// Built after the words; `None` while building and for the full-scan runs.
    postings: Option<Postings>,
}

impl Corpus {
    fn fields(&self, i: usize) -> Fields<'_> {
        Fields {
            text: &self.texts[i],
            speaker: self.speakers.get(self.speaker_of[i]).unwrap_or(&self.empty),
            mention: &self.mentions[i],
            title: self.titles.get(self.article_of[i]).unwrap_or(&self.empty),
            dateline: self.datelines.get(self.article_of[i]).unwrap_or(&self.empty),
        }
    }
}

/// Builds the words of every field: tokenizing and folding on all cores, interning on one.
/// Returns the corpus and the time of each half.
fn build(doc: &Document) -> (Corpus, Duration, Duration) {
    let t = Instant::now();
    let tokens: Vec<(Tokens, Tokens)> =
        doc.quotes.par_iter().map(|q| (tokenize(&q.text), tokenize(&q.mention))).collect();
    let tokenized = t.elapsed();
    let t = Instant::now();
    let mut lexicon = Lexicon::new();
    let speakers: Vec<Words> = doc
        .speakers
        .iter()
        .map(|s| {
            let names: Vec<&str> =
                std::iter::once(s.name.as_str()).chain(s.aliases.iter().map(String::as_str)).collect();
            lexicon.words_of_parts(&names)
        })
        .collect();
    let titles = doc.articles.iter().map(|a| lexicon.words(a.title.as_deref().unwrap_or(""))).collect();
    let datelines = doc.articles.iter().map(|a| lexicon.words(a.dateline.as_deref().unwrap_or(""))).collect();
    let (mut texts, mut mentions) = (Vec::with_capacity(tokens.len()), Vec::with_capacity(tokens.len()));
    for (text, mention) in &tokens {
        texts.push(lexicon.intern(text));
        mentions.push(lexicon.intern(mention));
    }
    let speaker_ix: std::collections::HashMap<&str, usize> =
        doc.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let article_ix: std::collections::HashMap<&str, usize> =
        doc.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let speaker_of = doc.quotes.iter().map(|q| speaker_ix.get(&*q.speaker_id).copied().unwrap_or(usize::MAX)).collect();
    let article_of = doc.quotes.iter().map(|q| article_ix.get(&*q.article).copied().unwrap_or(usize::MAX)).collect();
    let interned = t.elapsed();
    let corpus = Corpus {
        lexicon,
        texts,
        mentions,
        speaker_of,
        article_of,
        speakers,
        titles,
        datelines,
        empty: Words::default(),
        postings: None,
    };
    (corpus, tokenized, interned)
}

/// One keystroke: the query prepared (reusing `previous`), every statement ranked, the
/// matches sorted best first (by packed rank key, then document order). Also the time of
/// each of the three steps, in ms.
fn keystroke(c: &Corpus, text: &str, previous: Option<&Prepared>) -> (Prepared, Vec<(u64, u32)>, [f64; 3]) {
    let t = Instant::now();
    let p = Prepared::reusing(&Query::parse(text), &c.lexicon, previous);
    let prepared = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let rank = |i: usize| Some((p.rank(&c.fields(i)).as_ref().map(RankKey::packed)?, i as u32));
    let mut hits: Vec<(u64, u32)> = match c.postings.as_ref().and_then(|ps| ps.candidates(&p)) {
        Some(cands) => cands.par_iter().filter_map(|&i| rank(i as usize)).collect(),
        None => (0..c.texts.len()).into_par_iter().filter_map(rank).collect(),
    };
    let scanned = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    hits.par_sort_unstable();
    let sorted = t.elapsed().as_secs_f64() * 1e3;
    (p, hits, [prepared, scanned, sorted])
}

/// One keystroke as measured: total ms, the query so far, its steps and its matches.
type Keystroke = (f64, String, [f64; 3], usize);

/// Types `q` a character at a time; each keystroke measured.
fn type_query(c: &Corpus, q: &str) -> Vec<Keystroke> {
    let mut prev: Option<Prepared> = None;
    let mut out = Vec::new();
    for end in q.char_indices().map(|(i, ch)| i + ch.len_utf8()) {
        let t = Instant::now();
        let (p, hits, steps) = keystroke(c, &q[..end], prev.as_ref());
        out.push((t.elapsed().as_secs_f64() * 1e3, q[..end].to_string(), steps, hits.len()));
        std::hint::black_box(&hits);
        prev = Some(p);
    }
    out
}

/// CPU time of the calling thread in ns (Linux `schedstat`), which other processes on a
/// shared machine do not inflate; `None` where unavailable.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Types `q` on one thread, returning the CPU ms of each keystroke: the work a keystroke
/// costs one core, whatever else the machine is doing.
fn type_query_cpu(c: &Corpus, q: &str) -> Option<Vec<f64>> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().ok()?;
    pool.install(|| {
        let mut prev: Option<Prepared> = None;
        let mut out = Vec::new();
        for end in q.char_indices().map(|(i, ch)| i + ch.len_utf8()) {
            let t = thread_cpu_ns()?;
            let (p, hits, _) = keystroke(c, &q[..end], prev.as_ref());
            out.push((thread_cpu_ns()? - t) as f64 / 1e6);
            std::hint::black_box(&hits);
            prev = Some(p);
        }
        Some(out)
    })
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn report(name: &str, times: &mut [f64]) {
    times.sort_by(f64::total_cmp);
    eprintln!(
        "{name:<22} {:>4} keystrokes: median {:6.2} ms, p99 {:6.2} ms, max {:6.2} ms",
        times.len(),
        percentile(times, 0.5),
        percentile(times, 0.99),
        times[times.len() - 1]
    );
}

const SETS: &[(&str, &[&str])] = &[
    ("arabic words", &["الطاقة الجديدة", "مجتمع مصير مشترك", "التعاون الاقتصادي والتجاري", "كازاخستان"]),
    ("arabic typos, phrase", &["كازاخستن", "الاقتصدي", "\"طريق النقل الدولي\"", "«الطاقة الجديدة»"]),
    ("latin", &["ahmad", "nassar", "sami haddad", "tokajev"]),
    ("operators", &["@ahmad", "@layla التعاون", "الصين 'كازاخستان !الطاقة", "@nasar كازاخستان"]),
];

fn main() {
    let target = 100_000;
    let t = Instant::now();
    let mut count = target / 25;
    let doc = loop {
        let doc =
            saywho::pipeline::extract(saywho_core::testgen::articles(1, count), &saywho_core::testgen::speakers_file());
        if doc.quotes.len() >= target {
            break doc;
        }
        count = count * target / doc.quotes.len().max(1) + 10;
    };
    let bytes: usize = doc.quotes.iter().map(|q| q.text.len()).sum();
    eprintln!(
        "corpus: {} articles, {} statements, {:.1} MB of statement text, {} speakers; generated in {:.1} s",
        count,
        doc.quotes.len(),
        bytes as f64 / 1e6,
        doc.speakers.len(),
        t.elapsed().as_secs_f64()
    );
    let (mut corpus, tokenized, interned) = build(&doc);
    let words: usize = corpus.texts.iter().map(Words::len).sum();
    eprintln!(
        "build: tokenize+fold {:.0} ms (all cores), intern {:.0} ms (one core); {} words, {} distinct",
        tokenized.as_secs_f64() * 1e3,
        interned.as_secs_f64() * 1e3,
        words,
        corpus.lexicon.len()
    );
    eprintln!("-- every keystroke a full scan of all statements");
    run_sets(&corpus);
    let t = Instant::now();
    let postings = Postings::new(corpus.lexicon.len(), corpus.texts.len(), |i| corpus.fields(i));
    eprintln!(
        "-- with postings (built in {:.0} ms): a query needing a rare word ranks only the statements that have one",
        t.elapsed().as_secs_f64() * 1e3
    );
    corpus.postings = Some(postings);
    run_sets(&corpus);
    large_lexicon();

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    c.bench_function("wordmatch/build 100k statements", |b| b.iter(|| build(&doc)));
    for q in ["الطاقة الجديدة", "كازاخستن", "sami haddad", "@layla التعاون"] {
        c.bench_function(&format!("wordmatch/type {q}"), |b| b.iter(|| type_query(&corpus, q)));
    }
    c.final_summary();
}

/// The generated corpus has few distinct words; real news has hundreds of thousands, and
/// preparing a query grades each once. Times preparing alone against 300,000 made-up words.
fn large_lexicon() {
    const LETTERS: &[char] = &[
        'ا', 'ب', 'ت', 'ج', 'ح', 'د', 'ر', 'س', 'ش', 'ع', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'a', 'e', 'k',
        'n', 'o', 's', 't',
    ];
    let mut rng = saywho_core::testgen::Rng::new(7);
    let mut lexicon = Lexicon::new();
    while lexicon.len() < 300_000 {
        let n = 3 + rng.below(8);
        let w: String = (0..n).map(|_| LETTERS[rng.below(LETTERS.len())]).collect();
        lexicon.id(&w);
    }
    let mut times = Vec::new();
    for q in ["الطاقة الجديدة", "كازاخستن", "sami haddad", "@layla التعاون"] {
        let mut prev: Option<Prepared> = None;
        for end in q.char_indices().map(|(i, ch)| i + ch.len_utf8()) {
            let t = Instant::now();
            let p = Prepared::reusing(&Query::parse(&q[..end]), &lexicon, prev.as_ref());
            times.push(t.elapsed().as_secs_f64() * 1e3);
            prev = Some(p);
        }
    }
    report("prepare, 300k words", &mut times);
}

/// Types every query of `SETS`, reporting wall time per set and over all, one-core CPU time
/// over all, and the slowest keystrokes.
fn run_sets(corpus: &Corpus) {
    let mut all = Vec::new();
    let mut slowest: Vec<Keystroke> = Vec::new();
    for (name, queries) in SETS {
        let mut times = Vec::new();
        let mut counts = Vec::new();
        for q in *queries {
            let keys = type_query(corpus, q);
            times.extend(keys.iter().map(|k| k.0));
            counts.push(format!("{q} → {}", keys.last().map_or(0, |k| k.3)));
            slowest.extend(keys);
        }
        all.extend_from_slice(&times);
        report(name, &mut times);
        eprintln!("    matches: {}", counts.join(", "));
    }
    report("all keystrokes", &mut all);
    let mut cpu = Vec::new();
    for (_, queries) in SETS {
        for q in *queries {
            cpu.extend(type_query_cpu(corpus, q).unwrap_or_default());
        }
    }
    if !cpu.is_empty() {
        report("CPU, one core", &mut cpu);
    }
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, q, [p, s, o], n) in slowest.iter().take(4) {
        eprintln!("    slow: {q:?} {ms:.1} ms = prepare {p:.1} + scan {s:.1} + sort {o:.1}; {n} matches");
    }
}
