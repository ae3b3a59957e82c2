//! saywho-core: who said what in news articles, with no terminal or command-line
//! dependency. `extract` finds the statements of one article, `grouping` groups their
//! speakers across articles, `pipeline` runs both over a corpus; `search` and `compare` work
//! on the resulting `model::Document`; `load` reads articles and `saved` saved extractions.
//!
//! ```
//! use saywho_core::model::Article;
//! let text = "قال وزير الصحة ماجد حسن إن اللقاح آمن.\nوأضاف أن التوزيع يبدأ غدا.";
//! let doc = saywho_core::pipeline::extract(vec![Article::new("a1".into(), "x.txt".into(), text.into())], &[]);
//! assert_eq!(doc.speakers[0].name, "ماجد حسن");
//! assert_eq!(doc.quotes[1].text, "التوزيع يبدأ غدا");
//! ```

pub mod align_n;
pub mod compare;
pub mod extract;
pub mod grouping;
pub mod ids;
pub mod intern;
pub mod load;
pub mod model;
pub mod oneshot;
pub mod pipeline;
pub mod provenance;
pub mod romanize;
pub mod sanitize;
pub mod saved;
pub mod search;
pub mod termweights;
pub mod text;
pub mod unionfind;
pub mod wordmatch;

// Test support, for this crate's tests and, with the `testkit` feature, for the app's tests,
// the benchmarks and the fuzz targets; not part of the library otherwise.
#[cfg(feature = "testkit")]
pub mod invariants;
#[cfg(any(test, feature = "testkit"))]
pub mod testgen;
