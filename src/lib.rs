//! saywho: who said what in news articles. The core (`extract`, `speakers`, `search`,
//! `load`) has no terminal dependency; `ui` is a thin layer on top and `cli` wires both to
//! the command line.

pub mod cli;
pub mod extract;
pub mod load;
pub mod model;
pub mod output;
pub mod sanitize;
pub mod search;
pub mod speakers;
pub mod text;
pub mod ui;
