//! saywho: who said what in news articles. The core (`saywho-core`: extraction, grouping,
//! search, comparison, loading) has no terminal dependency and is re-exported here; `ui` is a
//! thin layer on top, `output` prints, and `cli` wires both to the command line.
//!
//! ```
//! use saywho::model::Article;
//! let text = "قال وزير الصحة ماجد حسن إن اللقاح آمن.\nوأضاف أن التوزيع يبدأ غدا.";
//! let doc = saywho::pipeline::extract(vec![Article::new("a1".into(), "x.txt".into(), text.into())], &[]);
//! assert_eq!(doc.speakers[0].name, "ماجد حسن");
//! assert_eq!(doc.quotes[1].text, "التوزيع يبدأ غدا");
//! ```

pub use saywho_core::{
    align_n, compare, extract, grouping, ids, intern, load, model, oneshot, pipeline, provenance, romanize, sanitize,
    saved, search, termweights, text, unionfind, wordmatch,
};

pub mod atomic;
pub mod briefing;
pub mod cli;
pub mod output;
pub mod stream;
pub mod ui;
