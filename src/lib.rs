//! saywho: who said what in news articles. The core (`extract`, `speakers`, `search`,
//! `load`) has no terminal dependency; `ui` is a thin layer on top and `cli` wires both to
//! the command line.
//!
//! ```
//! use saywho::model::Article;
//! let text = "قال وزير الصحة ماجد حسن إن اللقاح آمن.\nوأضاف أن التوزيع يبدأ غدا.";
//! let doc = saywho::extract::extract(vec![Article::new("a1".into(), "x.txt".into(), text.into())], &[]);
//! assert_eq!(doc.speakers[0].name, "ماجد حسن");
//! assert_eq!(doc.quotes[1].text, "التوزيع يبدأ غدا");
//! ```

pub mod align_n;
pub mod atomic;
pub mod briefing;
pub mod cli;
pub mod compare;
pub mod extract;
pub mod index;
pub mod invariants;
pub mod load;
pub mod model;
pub mod oneshot;
pub mod output;
pub mod provenance;
pub mod romanize;
pub mod sanitize;
pub mod search;
pub mod speakers;
pub mod stream;
pub mod termweights;
pub mod testgen;
pub mod text;
pub mod ui;
pub mod wordmatch;
