//! The UI's background work and what goes between it and the UI: a search (the latest query
//! wins) and the finding of topics run off the UI thread. `App::update` asks for them with an
//! `Effect`; their answers come back as `Action::SearchDone` and `Action::TopicsReady`.

use std::sync::Arc;

use crate::compare::{Topic, Vectors};
use crate::model::Document;
use crate::search::{Results, Searcher};

/// How many ranked matches a search returns to the list (the count shown is of all matches).
pub const RANKED_LIMIT: usize = 100;

/// A search for the worker: the query text and the speaker whose best matches to rank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub query: String,
    pub speaker: Option<usize>,
}

/// Runs a search request (on the worker thread, or inline in tests).
pub fn run_search(searcher: &mut Searcher, req: &SearchRequest) -> Results {
    searcher.run(&req.query, req.speaker, RANKED_LIMIT)
}

/// TF-IDF vectors and the topics found with them.
#[derive(Clone)]
pub struct TopicsFound {
    pub vectors: Arc<Vectors>,
    pub topics: Vec<Topic>,
}

impl PartialEq for TopicsFound {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.vectors, &other.vectors) && self.topics == other.topics
    }
}

impl Eq for TopicsFound {}

impl std::fmt::Debug for TopicsFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TopicsFound({} topics)", self.topics.len())
    }
}

/// The corpus's TF-IDF vectors (reusing `vectors` when already built) and its topics: the
/// work of the topic worker. Seconds on a season of reports.
pub fn find_topics(doc: &Document, vectors: Option<Arc<Vectors>>) -> TopicsFound {
    let v = vectors.unwrap_or_else(|| Arc::new(Vectors::new(doc)));
    let topics = crate::compare::topics(&v, doc, crate::compare::TOPIC_SIMILARITY);
    TopicsFound { vectors: v, topics }
}
