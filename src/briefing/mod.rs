//! From lookup to briefing: citations in the form a briefing uses, the statements a user
//! marked (kept in a small state file), and Markdown of the marked statements or of a
//! comparison. Pure, over plain strings, with no terminal dependency.

pub mod citation;
pub mod markdown;
pub mod marks;

pub use citation::{attribution, citation, format_date, Citable};
pub use markdown::{briefing, compare, default_file_name, Column};
pub use marks::{ArticleKey, Mark, Marks, MarksError, Match, Resolution, StatementRef};
