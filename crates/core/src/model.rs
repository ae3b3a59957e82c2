//! Plain data passed between the core and its users: articles, quotes, speakers, and the
//! extraction document that `saywho extract --format json` prints.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Version of the JSON document; bumped on any incompatible change of the contract.
pub const FORMAT_VERSION: u32 = 1;

/// One loaded article. `text` is exactly what the file (or the JSON `text` field) held, so
/// byte offsets of quotes refer to it unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub dateline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Number of paragraphs (non-blank lines).
    pub paragraphs: usize,
    #[serde(skip)]
    pub text: Arc<str>,
    /// Byte ranges of the paragraphs in `text`, in order.
    #[serde(skip)]
    pub spans: Vec<(usize, usize)>,
}

impl Article {
    /// Builds an article from its text, finding paragraphs (non-blank lines). The title and
    /// dateline are read by extraction (`extract::heading`), or given.
    pub fn new(id: String, path: String, text: String) -> Self {
        let spans = paragraph_spans(&text);
        let text: Arc<str> = Arc::from(text);
        Article {
            id,
            path,
            title: None,
            dateline: None,
            date: None,
            source: None,
            paragraphs: spans.len(),
            text,
            spans,
        }
    }

    /// The paragraph (0-based) that opens with the dateline, if any.
    pub fn dateline_paragraph(&self) -> Option<usize> {
        let d = self.dateline.as_deref()?;
        (0..self.spans.len().min(2)).find(|&i| self.paragraph(i).starts_with(d))
    }

    /// The text of paragraph `i` (0-based).
    pub fn paragraph(&self, i: usize) -> &str {
        let (s, e) = self.spans[i];
        &self.text[s..e]
    }

    /// The 0-based paragraph holding byte offset `pos`.
    pub fn paragraph_at(&self, pos: usize) -> usize {
        self.spans.partition_point(|&(_, e)| e <= pos).min(self.spans.len().saturating_sub(1))
    }
}

/// Byte ranges of the non-blank lines of `text`, without their line ending or surrounding
/// white space.
pub fn paragraph_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    // lines end at LF, CRLF, or a lone CR (old Mac files)
    for line in text.split(['\n', '\r']) {
        let trimmed_start = line.len() - line.trim_start_matches(is_space).len();
        let body = line.trim_matches(is_space);
        if !body.is_empty() {
            let s = pos + trimmed_start;
            out.push((s, s + body.len()));
        }
        pos += line.len() + 1;
    }
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Reported speech: `قال إن ...`.
    Indirect,
    /// Quoted words: `قال: «...»`.
    Direct,
    /// Reported speech that contains quoted words.
    Mixed,
}

/// How the speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// The speaker is named with the verb.
    Explicit,
    /// A verb with no named subject (`وأضاف أن`), or a pronoun/honorific subject.
    Continuation,
    /// A participle clause (`مشيرا إلى أن`).
    Participle,
    /// `بحسب X`, `وفقا لـX`, `نقلا عن X`.
    AccordingTo,
    /// An answer in an interview: the paragraphs after a question, the interviewee's words.
    Answer,
}

/// What a speaker phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A named person, possibly with a role.
    Person,
    /// An organisation.
    Org,
    /// A role or title with no name (`المتحدث باسم الوزارة`, `a senior official`).
    Role,
    /// An honorific standing for someone already named (`معاليه`).
    Pronoun,
}

/// An entry of a speakers file: `{"name": "Xi Jinping", "aliases": ["شي جين بينغ", "شي"]}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// The speaker of a statement as its own article knows them: everything grouping across
/// articles reads. Saved with each statement, so that statements extracted apart (in shards,
/// in a stream) group as they would have in one run.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Who {
    /// The fullest name the article gives (for unnamed sources, their description).
    pub name: String,
    /// The other names the article uses for them.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: Kind,
    /// The role the article gives them (`الرئيس الصيني`), or empty.
    #[serde(default)]
    pub role: String,
    /// The speakers-file entries one of these names belongs to (normally none or one; two
    /// or more when the names are shared, and then none is applied).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub listed: Vec<SpeakerEntry>,
}

/// One attributed statement. Strings that repeat across many statements (speaker, cue,
/// article, path) are shared, not copied: a corpus of 100,000 statements holds a few
/// thousand distinct ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    /// Display name of the speaker.
    pub speaker: Arc<str>,
    pub speaker_id: Arc<str>,
    /// The speaker as written where the statement is attributed (or resolved to).
    pub mention: Arc<str>,
    /// The cue as written (`وأضاف`, `مشيرا`).
    pub cue: Arc<str>,
    /// Its meaning in English (`said`, `added`, `noted` ...).
    pub cue_en: Arc<str>,
    pub form: Form,
    pub attribution: Attribution,
    /// The outlet that relayed the statement, for nested attribution.
    pub channel: Option<Arc<str>>,
    pub text: SharedStr,
    pub article: Arc<str>,
    pub path: Arc<str>,
    /// 1-based paragraph (non-blank line) where the statement starts.
    pub paragraph: usize,
    /// Byte span in the article text: `text == article[start..end]`.
    pub start: usize,
    pub end: usize,
    /// The speaker as the article knows them; absent in saved extractions of older builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<Arc<Who>>,
}

/// A piece of a shared text: a statement's words are a slice of its article, which is kept
/// in memory anyway, so they are not copied. Reads as a `str`; serializes as a string.
#[derive(Clone)]
pub struct SharedStr {
    src: Arc<str>,
    start: usize,
    end: usize,
}

impl SharedStr {
    /// `src[start..end]`; the range must lie on char boundaries.
    pub fn new(src: Arc<str>, start: usize, end: usize) -> SharedStr {
        assert!(src.is_char_boundary(start) && src.is_char_boundary(end) && start <= end);
        SharedStr { src, start, end }
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        let end = s.len();
        SharedStr { src: Arc::from(s), start: 0, end }
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.src[self.start..self.end]
    }
}

impl std::fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == **other
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == &**other
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == &**other
    }
}

impl Serialize for SharedStr {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SharedStr, D::Error> {
        String::deserialize(d).map(SharedStr::from)
    }
}

/// A speaker with the ids of their quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// Roles the articles give the speaker (`the mayor of Surabaya`, `وزير الخارجية`); absent
    /// from saved extractions of older builds.
    #[serde(default)]
    pub roles: Vec<String>,
    pub quotes: Vec<String>,
}

/// The whole extraction result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub format: u32,
    pub articles: Vec<Article>,
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_non_blank_lines_without_line_endings() {
        let text = "title\r\n\n  first para \r\nsecond\n\n";
        let spans = paragraph_spans(text);
        let paras: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(paras, ["title", "first para", "second"]);
        let cr = "one\rtwo\r\rthree";
        let paras: Vec<&str> = paragraph_spans(cr).iter().map(|&(s, e)| &cr[s..e]).collect();
        assert_eq!(paras, ["one", "two", "three"]);
    }
}
