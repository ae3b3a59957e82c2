//! The Arabic clause scanner: finds verbs of saying in clause-initial position, reads the
//! subject and the complement after them, and turns each into a statement with a byte span.
//!
//! How Arabic wire copy is built, and so what the scanner relies on:
//! - the reporting verb opens its clause (VSO): `وقال X إن`, after a fronted phrase ending in
//!   a comma (`ومن جانبه، قال`), after `كما`/`فيما`, or as `أما X فأكد`/`وكان X قد قال`;
//! - the verb agrees with its subject in gender, so a subject-less `وأضافت` continues the
//!   latest female speaker;
//! - the content opens with a complementizer (`إن/أن/بأن/إلى أن`), a colon or a quotation,
//!   or a preposition fixed by the verb (`دعا إلى`, `أعرب عن`, `تعهد بـ`);
//! - participles (`مشيرا إلى أن`) continue the clause they close;
//! - verbs inside reported content follow a noun or a subordinator and are not the
//!   reporter's.

use super::entities::Registry;
use super::lexicon::{lexicon, Class, Cue, Gender, Tense};
use super::np::{self, Np, NpKind, Word};
use super::Found;
use crate::model::{Article, Attribution, Form};
use crate::text::Tokens;

/// Where the reported content begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Content {
    /// At token `at` (a complementizer with a pronoun, or the word after a bare one).
    Clause { at: usize },
    /// A quotation opening at token `open`.
    Quote { open: usize },
}

struct Clause {
    subject: Vec<usize>,
    /// Words before `عن` in `نقلت الوكالة عن المتحدث` / `نقلا عن`.
    channel: Vec<usize>,
    content: Content,
    /// Parenthesised short names in the subject (`(الأونروا)`).
    acronyms: Vec<(usize, usize)>,
    /// A role set off by commas after the name (`خالد عبد الغفار، وزير الصحة، أن`): first
    /// and last token.
    apposition: Option<(usize, usize)>,
}

const QUOTE_OPEN: [char; 4] = ['«', '“', '"', '„'];

fn closer(open: char) -> char {
    match open {
        '«' => '»',
        '“' | '„' => '”',
        _ => '"',
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

fn is_clause_punct(c: char) -> bool {
    matches!(c, '،' | ',' | '؛' | ';' | ':' | '»' | '"' | '”' | ')' | '-' | '–' | '(')
}

/// Per-paragraph view: tokens, quotation pairs and the quote depth of each token.
struct Para<'t> {
    t: &'t Tokens,
    /// For an opening quotation mark, the index of its closing mark (`usize::MAX` when it
    /// closes in a later paragraph or never).
    close: Vec<usize>,
    /// Whether each token lies inside quotation marks.
    inside: Vec<bool>,
    /// For each token, the first quotation left open (closing in a later paragraph or never)
    /// at or after it: `usize::MAX` when none. Lets a clause ask in constant time instead of
    /// scanning to the end of its sentence (a hostile paragraph can be megabytes long).
    next_unclosed: Vec<usize>,
}

impl<'t> Para<'t> {
    fn new(t: &'t Tokens) -> Self {
        let n = t.len();
        let mut close = vec![0usize; n];
        let mut stack: Vec<(usize, char)> = Vec::new();
        for i in 0..n {
            let Some(c) = t.punct(i) else { continue };
            if let Some(pos) = stack.iter().rposition(|&(_, o)| closer(o) == c) {
                if c != '"' || stack.last().is_some_and(|&(_, o)| o == '"') {
                    let (o, _) = stack[pos];
                    close[o] = i;
                    stack.truncate(pos);
                    continue;
                }
            }
            if QUOTE_OPEN.contains(&c) {
                stack.push((i, c));
            }
        }
        // An unmatched straight quote is a stray mark; an unmatched « or “ may close in a
        // later paragraph — unless the paragraph's own narration resumes after a full stop
        // (`«… نريد السلام. وأكد سموه أن …`): the mark was left open as published, and the
        // quotation ends at that full stop.
        let l = lexicon();
        // for each token, the next full stop after which narration resumes (one pass from the
        // end, so that many open marks cost no more than one)
        let mut resumes = vec![usize::MAX; n + 1];
        if !stack.is_empty() {
            for i in (0..n.saturating_sub(1)).rev() {
                let here = t.punct(i).is_some_and(is_sentence_end)
                    && l.cue(t.f(i + 1)).is_some_and(|(cue, prefix)| prefix == 1 && cue.tense == Tense::Past);
                resumes[i] = if here { i } else { resumes[i + 1] };
            }
        }
        for &(o, c) in &stack {
            close[o] = if c == '"' { 0 } else { usize::MAX };
            if c != '"' && resumes[o + 1] != usize::MAX {
                close[o] = resumes[o + 1];
            }
        }
        let mut inside = vec![false; n];
        let mut i = 0;
        while i < n {
            if close[i] > i {
                let end = close[i].min(n);
                for v in inside.iter_mut().take(end).skip(i + 1) {
                    *v = true;
                }
            }
            i += 1;
        }
        let mut next_unclosed = vec![usize::MAX; n + 1];
        for i in (0..n).rev() {
            next_unclosed[i] = if close[i] == usize::MAX { i } else { next_unclosed[i + 1] };
        }
        Para { t, close, inside, next_unclosed }
    }

    fn is_open(&self, i: usize) -> bool {
        self.close.get(i).is_some_and(|&c| c > i)
    }

    /// Sentences as token ranges: split at full stops outside quotations.
    fn sentences(&self, from: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut s = from;
        let n = self.t.len();
        let mut i = from;
        while i < n {
            // `د. فاطمة`: a full stop after a lone letter abbreviates a title or a name
            let abbreviation = self.t.punct(i) == Some('.')
                && i > 0
                && self.t.punct(i - 1).is_none()
                && self.t.f(i - 1).chars().count() == 1
                && self.t.f(i - 1).chars().all(crate::text::is_arabic);
            if !self.inside[i] && !abbreviation && self.t.punct(i).is_some_and(is_sentence_end) {
                // a run of stops ends one sentence
                let mut j = i;
                while j + 1 < n && self.t.punct(j + 1).is_some_and(is_sentence_end) {
                    j += 1;
                }
                // … unless it is an ellipsis the sentence goes on after: `الفيروس...وأن الخوف`
                let ellipsis = (i..=j).all(|x| matches!(self.t.punct(x), Some('.' | '…')))
                    && (j > i || self.t.punct(i) == Some('…'));
                let next = self.t.f(j + 1);
                let goes_on = matches!(lexicon().class_loose(next), Some(Class::Comp { .. }));
                if ellipsis && goes_on {
                    i = j + 1;
                    continue;
                }
                if i > s {
                    out.push((s, i));
                }
                s = j + 1;
                i = j + 1;
                continue;
            }
            i += 1;
        }
        if s < n {
            out.push((s, n));
        }
        out
    }
}

/// Statement under construction, in bytes of the article.
struct Open {
    idx: usize,
}

pub struct Scanner<'a> {
    article: &'a Article,
    pub reg: Registry,
    pub found: Vec<Found>,
    /// Bytes before this offset were consumed by a quotation that ran on from an earlier
    /// paragraph.
    skip_until: usize,
    /// The statement that ended the previous sentence, if it was a quotation: a paragraph
    /// that is only a quotation continues it.
    last_quote: Option<usize>,
    /// The reporter whose statement gave way to the words it reports (`أن X قال`): the
    /// channel of the next statement.
    relayed: Option<usize>,
    /// Whether each entity names a group, once known.
    groups: Vec<Option<bool>>,
}

impl<'a> Scanner<'a> {
    pub fn new(article: &'a Article) -> Self {
        Scanner {
            article,
            reg: Registry::default(),
            found: Vec::new(),
            skip_until: 0,
            last_quote: None,
            relayed: None,
            groups: Vec::new(),
        }
    }

    pub fn run(mut self) -> (Vec<Found>, Registry) {
        // tokenized once, read by both passes
        let paras: Vec<Tokens> =
            self.article.spans.iter().map(|&(ps, pe)| Tokens::new(&self.article.text, ps, pe)).collect();
        self.introduce_all(&paras);
        let mut rest = Tokens::default();
        for (pi, &(ps, pe)) in self.article.spans.iter().enumerate() {
            let toks = if self.skip_until > ps {
                // a quotation from an earlier paragraph ran into this one: scan what follows it
                if self.skip_until >= pe {
                    continue;
                }
                rest.fill(&self.article.text, self.skip_until, pe);
                &rest
            } else {
                &paras[pi]
            };
            if toks.is_empty() {
                continue;
            }
            let para = Para::new(toks);
            let mut from = 0;
            if Some(pi) == self.article.dateline_paragraph() {
                if let Some(d) = super::dateline(&self.article.text[ps..pe]) {
                    from = toks.toks.partition_point(|t| t.start < ps + d.len());
                }
            }
            let mut had_statement = false;
            for (s, e) in para.sentences(from) {
                had_statement |= self.sentence(&para, pi, s, e);
            }
            if !had_statement {
                self.last_quote = None;
            }
        }
        self.interview_answers();
        self.split_at_paragraphs();
        // reported speech that contains quoted words is mixed
        let text = &self.article.text;
        for f in &mut self.found {
            if f.form == Form::Indirect && text[f.start..f.end].contains(QUOTE_OPEN) {
                f.form = Form::Mixed;
            }
        }
        (self.found, self.reg)
    }

    /// A quotation running over several paragraphs (`وقال: «… .` / `… .` / `… »`) is one
    /// statement a paragraph: each paragraph is where a reader finds its part, and each part
    /// continues the same speaker.
    fn split_at_paragraphs(&mut self) {
        let a = self.article;
        let mut out = Vec::with_capacity(self.found.len());
        for f in std::mem::take(&mut self.found) {
            let first = a.spans.partition_point(|&(ps, _)| ps <= f.start).saturating_sub(1);
            let last = a.spans.partition_point(|&(ps, _)| ps < f.end).saturating_sub(1);
            if last <= first {
                out.push(f);
                continue;
            }
            for pi in first..=last {
                let (ps, pe) = a.spans[pi];
                let start = f.start.max(ps);
                let end = f.end.min(pe);
                if start >= end {
                    continue;
                }
                // a paragraph may reopen the quotation with its own mark
                let body = &a.text[start..end];
                let s = start + body.len()
                    - body.trim_start_matches(|c: char| c.is_whitespace() || QUOTE_OPEN.contains(&c)).len();
                let e = trim_end(&a.text, s, end);
                if e <= s {
                    continue;
                }
                let attribution = if pi == first { f.attribution } else { Attribution::Continuation };
                out.push(Found { start: s, end: e, para: pi, attribution, ..f.clone() });
            }
        }
        self.found = out;
    }

    /// An interview printed as questions and answers: a paragraph that is a question (ends
    /// with `؟`, or opens with `س:`) and holds no statement, followed by paragraphs that hold
    /// none either, which answer it (up to the next question, at most three). When an article
    /// has at least two such pairs, each answer is the words of the interviewee — the person
    /// quoted most in the rest of the article. One question alone may be rhetorical, so it
    /// makes no answers.
    fn interview_answers(&mut self) {
        let a = self.article;
        let n = a.spans.len();
        let mut with_statement = vec![false; n];
        for f in &self.found {
            with_statement[f.para] = true;
        }
        let has_statement = |_: &[Found], pi: usize| with_statement[pi];
        let text = |pi: usize| a.paragraph(pi).trim();
        let question = |pi: usize| {
            let t = text(pi);
            t.ends_with(['؟', '?']) || t.starts_with("س:") || t.starts_with("س/") || t.starts_with("سؤال:")
        };
        let first = usize::from(a.title.is_some());
        let pairs: Vec<(usize, Vec<usize>)> = (first..n)
            .filter(|&q| question(q) && !has_statement(&self.found, q))
            .map(|q| {
                let mut answers: Vec<usize> =
                    (q + 1..n.min(q + 4)).take_while(|&x| !question(x) && !has_statement(&self.found, x)).collect();
                // paragraphs after the first answer count only if another question follows
                let next = answers.last().map_or(q + 1, |&x| x + 1);
                if next >= n || !question(next) {
                    answers.truncate(1);
                }
                (q, answers)
            })
            .filter(|(_, answers)| !answers.is_empty())
            .collect();
        if pairs.len() < 2 {
            return;
        }
        // the interviewee: the entity with most statements, the first named on a tie
        let mut counts = vec![0usize; self.reg.ents.len()];
        for f in &self.found {
            counts[f.entity] += 1;
        }
        let Some(who) = (0..counts.len()).filter(|&i| counts[i] > 0).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        else {
            return;
        };
        for (_, answers) in pairs {
            for pi in answers {
                let (ps, pe) = a.spans[pi];
                let body = &a.text[ps..pe];
                // an answer marker: `ج:`, `ج/`
                let skip =
                    ["ج:", "ج/", "جواب:"].iter().find_map(|m| body.strip_prefix(m)).map_or(0, |r| body.len() - r.len());
                let start = skip_space(&a.text, ps + skip, pe);
                let end = trim_end(&a.text, start, pe);
                let end = start + a.text[start..end].trim_end_matches(['.', '。']).len();
                if end <= start {
                    continue;
                }
                self.found.push(Found {
                    start,
                    end,
                    para: pi,
                    cue: String::new(),
                    cue_en: "answered",
                    form: Form::Direct,
                    attribution: Attribution::Answer,
                    entity: who,
                    mention: self.reg.ents[who].name.clone(),
                    channel: None,
                });
            }
        }
        self.found.sort_by_key(|f| f.start);
    }

    /// Registers every "title + name" phrase and every named organisation of the article
    /// (`استقبل معالي وزير المالية الأستاذ سامي حداد`, `وزارة العدل`) with where it stands,
    /// so that `توكاييف` can join `قاسم جومارت توكاييف` introduced inside someone else's
    /// statement, `الوزير` and `الوزارة` the minister and ministry named most recently, and
    /// `معاليه` the person given that honorific; then notes every later mention of those
    /// names, so that recency follows the text.
    fn introduce_all(&mut self, paras: &[Tokens]) {
        let l = lexicon();
        for toks in paras {
            let n = toks.len();
            // what the word before was: a title or honorific, a given name (one lookup a word)
            let (mut prev_title, mut prev_given) = (false, false);
            let mut covered = 0;
            for i in 0..n {
                let (after_title, after_given) = (prev_title, prev_given);
                if toks.punct(i).is_some() {
                    (prev_title, prev_given) = (false, false);
                    continue;
                }
                let f = toks.f(i);
                let class = l.class(f);
                let given = class.is_none() && l.any_given_name(f).is_some_and(|g| !g.common_word);
                // (an organisation word right after another is inside its phrase: `مدير
                // برنامج المنظمة للشرق الأوسط` introduces no organisation of its own)
                prev_title = matches!(class, Some(Class::Honorific | Class::Title | Class::Org));
                prev_given = class.is_none() && (given || l.any_given_name(f).is_some());
                let opens = matches!(class, Some(Class::Title | Class::Honorific | Class::Org))
                    || given
                    || matches!(f, "صاحب" | "صاحبه");
                // a phrase starts at its first title or honorific; a given name only when no
                // title or other name word stands before it
                if !opens || after_title || given && after_given || i < covered {
                    continue;
                }
                let end = (i..n.min(i + 14)).find(|&j| toks.punct(j).is_some()).unwrap_or(n.min(i + 14));
                if (i..end).any(|j| toks.f(j).is_empty()) {
                    continue;
                }
                let article = self.article;
                let words: Vec<Word> = (i..end)
                    .map(|j| Word {
                        text: &article.text[toks.toks[j].start..toks.toks[j].end],
                        folded: toks.f(j),
                        quoted: false,
                    })
                    .collect();
                let Some((np, used)) = np::extent(&words) else { continue };
                // a phrase read whole is not read again from a word inside it
                covered = i + used;
                if !matches!(np.kind, NpKind::Person | NpKind::Org | NpKind::Role) {
                    continue;
                }
                let at = toks.toks[i].start;
                self.reg.introduce(&np, at);
                if let Some(h) = honorific_of(&words) {
                    if let Some(ent) = self.reg.find(&np.name) {
                        self.reg.honour(ent, h);
                    }
                }
            }
        }
        // later mentions by name (a surname alone included)
        self.reg.index_names();
        for toks in paras {
            for i in 0..toks.len() {
                if toks.punct(i).is_some() || !self.reg.is_name_word(toks.f(i)) {
                    continue;
                }
                let ws: Vec<&str> = (i..toks.len().min(i + 4)).map(|j| toks.f(j)).collect();
                let verb = if i > 0 && toks.punct(i - 1).is_none() { narration_verb(toks.f(i - 1)) } else { None };
                self.reg.note_mention(&ws, toks.toks[i].start, verb);
            }
        }
    }

    fn word<'x>(&'x self, t: &'x Tokens, i: usize, quoted: bool) -> Word<'x> {
        let tok = t.toks[i];
        Word { text: &self.article.text[tok.start..tok.end], folded: t.f(i), quoted }
    }

    /// Scans one sentence `[s, e)`; returns whether it produced or extended a statement.
    fn sentence(&mut self, p: &Para, pi: usize, s: usize, e: usize) -> bool {
        let l = lexicon();
        let t = p.t;
        let mut running: Option<Open> = None;
        let mut any = false;
        let topic = self.topic(p, s, e);
        let mut k = s;
        while k < e {
            if p.inside[k] || t.punct(k).is_some() {
                k += 1;
                continue;
            }
            let f = t.f(k);
            self.reg.cursor = t.toks[k].start;
            // `على حد قوله`: "as he put it"
            let as_put = f == "حد" && k > s && t.f(k - 1) == "علي";
            if l.class(f) == Some(Class::According) || f == "جاء" || f == "وجاء" || as_put {
                if let Some(next) = self.according(p, pi, s, e, k, &mut running) {
                    any = true;
                    k = next;
                    continue;
                }
                k += 1;
                continue;
            }
            let Some((cue, prefix)) = l.cue(f) else {
                k += 1;
                continue;
            };
            if k > s && relative_gender(t.f(k - 1)).is_some() {
                // `..., الذي قال إن ...`: the relative clause reports its antecedent
                if let Some(next) = self.relative(p, pi, s, k, e, &cue) {
                    any = true;
                    k = next;
                    continue;
                }
            }
            let participle = cue.tense == Tense::Participle;
            // a subject before its verb: `وكان X قال`, `ويذكر أن X نشرت أن`, `أن X قال:`
            let mut fronted = None;
            // `وأصدرت اللجنة بيانا أكدت فيه أن`, `في تغريدة قال فيها`: a statement in which
            let resumptive = if participle { None } else { self.statement_in_which(p, s, k) };
            // `، وكان X قد أعلن`: a new clause with its subject before the verb
            let after_kana = |b: usize| b > s && matches!(t.f(b - 1), "كان" | "وكان" | "كانت" | "وكانت");
            if resumptive.is_some() {
                fronted = resumptive.flatten();
            } else if k > s && t.f(k - 1) == "قد" && !participle {
                fronted = self.fronted_subject(p, s, k, &cue).filter(|&b| after_kana(b));
            }
            if resumptive.is_none()
                && fronted.is_none()
                && !self.valid_position(p, s, k, &cue, prefix, running.is_some())
            {
                fronted = if participle { None } else { self.fronted_subject(p, s, k, &cue) };
                // inside a running statement only as the words it reports (`أن X قال:`) or
                // as a new clause (`، وكان X قال`)
                let reported = |b: usize| {
                    after_kana(b) || running.as_ref().is_none_or(|o| self.found[o.idx].start == t.toks[b].start)
                };
                if !fronted.is_some_and(reported) {
                    k += 1;
                    continue;
                }
            }
            let Some(mut clause) = self.clause(p, k, e, &cue, participle) else {
                if !participle && fronted.is_none() {
                    if let Some(idx) = self.trailing_attribution(p, pi, s, k, e, &cue) {
                        running = Some(Open { idx });
                        any = true;
                    }
                }
                k += 1;
                continue;
            };
            // `… الوضع صعب وأضاف أن …` with no comma: inside a running statement a verb with no
            // subject of its own stays part of it; one with a subject is a new statement
            let mid_clause = k > s && t.punct(k - 1).is_none() && l.class(t.f(k - 1)) != Some(Class::Opener);
            if running.is_some()
                && mid_clause
                && !participle
                && fronted.is_none()
                && resumptive.is_none()
                && clause.subject.is_empty()
            {
                k += 1;
                continue;
            }
            if resumptive.is_none()
                && fronted.is_none()
                && clause.subject.is_empty()
                && prefix == 0
                && k > s
                && !participle
                && running.is_none()
            {
                // `صحيفة «لوموند» نشرت أن`: a verb after a quoted name has it as subject
                fronted = self.fronted_subject(p, s, k, &cue);
            }
            if let Some(b) = fronted {
                // what stands between the verb and its complement can only be adverbial
                // (`قال عند وصوله إلى الاجتماع:`)
                if clause.subject.first().is_some_and(|&j| l.class(t.f(j)) != Some(Class::Prep)) {
                    k += 1;
                    continue;
                }
                // (in `أصدرت اللجنة بيانا أكدت فيه`, the phrase ends before the noun)
                let end = if resumptive.is_some() { k - 1 } else { k };
                clause.subject = (b..end).filter(|&j| t.punct(j).is_none() && t.f(j) != "قد").collect();
                // `وكشفت الصحيفة أن X قال: «...»`: the statement running in this sentence is
                // only its speaker's report of X's words; X speaks, through the reporter
                if let Some(open) = &running {
                    let f = &self.found[open.idx];
                    if f.start == t.toks[b].start && clause.channel.is_empty() {
                        // only quoted words are relayed so (`أن X قال: «…»`); `إن المستشفى أعرب عن
                        // جاهزيته` stays the reporter's statement
                        if !matches!(clause.content, Content::Quote { .. }) {
                            k += 1;
                            continue;
                        }
                        let outer = f.entity;
                        self.found.pop();
                        running = None;
                        clause.channel = Vec::new();
                        self.relayed = Some(outer);
                    }
                }
            }
            let (start, end, form) = self.span(p, pi, &clause.content, e);
            if participle {
                if let Some(open) = &running {
                    // the participle closes the running statement: one statement
                    let f = &mut self.found[open.idx];
                    if f.end < end {
                        if f.form == Form::Direct {
                            // take in the opening mark so the text stays balanced
                            f.start = quote_open_before(&self.article.text, f.start);
                        }
                        f.end = end;
                        f.form = Form::Mixed;
                    }
                    any = true;
                    k = content_token(&clause.content) + 1;
                    continue;
                }
            }
            // who speaks
            // the speaker phrase, and how many of the subject's words it covers (the rest are
            // adverbials: `في تصريح للصحافيين`)
            let mut used = clause.subject.len();
            let subject: Option<Np> = if participle || clause.subject.is_empty() {
                None
            } else {
                let words: Vec<Word> = clause.subject.iter().map(|&j| self.word(t, j, p.inside[j])).collect();
                np::extent(&words).map(|(np, n)| {
                    if n > 0 && words.iter().all(|w| !w.folded.is_empty()) {
                        used = n.min(used);
                    }
                    np
                })
            };
            let channel_np: Option<Np> = if clause.channel.is_empty() {
                None
            } else {
                let words: Vec<Word> = clause.channel.iter().map(|&j| self.word(t, j, p.inside[j])).collect();
                np::parse(&words)
            };
            let gender = cue.gender;
            // `وتصف الوضع الحالي بأنه مقلق`: a masculine definite noun with no title, given name
            // or name the article gave cannot be the subject of a feminine verb — it is the
            // object, and the verb continues the speaker
            // (only for describing, `وصف X بأنه`, whose object stands where a subject would:
            // with other verbs a feminine verb and a masculine-looking noun is a broken plural,
            // `وأوردت الصحف`)
            let subject = subject.filter(|np| {
                if np.kind != NpKind::Person || cue.gender != Gender::Fem || cue.en != "described" {
                    return true;
                }
                let words: Vec<Word> = clause.subject[..used].iter().map(|&j| self.word(t, j, false)).collect();
                let first = crate::text::fold(np.name.split_whitespace().next().unwrap_or(""));
                !first.starts_with("ال")
                    || first.ends_with('ه')
                    || first.ends_with("ات")
                    || titled(&words)
                    || l.any_given_name(&first).is_some()
                    || self.reg.knows(&[first.as_str()])
            });
            let (entity, channel, attribution, mention) = match subject {
                Some(np) if np.kind != NpKind::Pronoun => {
                    let since = self.article.spans[pi.saturating_sub(1)].0;
                    let ent = match self.reg.adopt_unnamed(&np, cue.gender, since) {
                        Some(i) => i,
                        None => self.reg.resolve(&np),
                    };
                    let words: Vec<Word> = clause.subject.iter().map(|&j| self.word(t, j, false)).collect();
                    if let Some(h) = honorific_of(&words) {
                        let h = h.to_string();
                        self.reg.honour(ent, &h);
                    }
                    if let Some((a, b)) = clause.apposition {
                        let role = self.article.text[t.toks[a].start..t.toks[b].end].to_string();
                        self.reg.appose(ent, &role);
                    }
                    for &(a, b) in &clause.acronyms {
                        let s = &self.article.text[t.toks[a].start..t.toks[b].end];
                        self.reg.alias(ent, s);
                    }
                    let ch = channel_np.map(|c| self.reg.resolve(&c)).or(self.relayed.take());
                    // the mention is the phrase itself, not the adverbials after it
                    let mention = self.mention_text(t, &clause.subject[..used]);
                    (ent, ch, Attribution::Explicit, mention)
                }
                other => {
                    let verb = if prefix == 1 { f.strip_prefix(['و', 'ف']).unwrap_or(f) } else { f };
                    if cue.tense == Tense::Present && other.is_none() && topic.is_none() && impersonal(verb, t.f(k + 1))
                    {
                        // `ويذكر أن`, `ويتوقع أن`: a passive read alike is the reporter's voice
                        k += 1;
                        continue;
                    }
                    // `رفض متحدث باسم الجهة التعليق، مكتفيا بالقول إن`: a participle closing a
                    // narrated clause is its subject's
                    let narrated =
                        if participle && other.is_none() { self.narrated_subject(p, s, k, gender) } else { None };
                    let who = match (&other, topic) {
                        // `وقال معاليه`: the person given that honorific
                        (Some(np), _) => self.reg.by_honorific(&crate::text::fold(&np.name)).map(|i| (i, None)),
                        _ if narrated.is_some() => narrated.map(|i| (i, None)),
                        (None, Some((ent, g))) if g == gender => Some((ent, None)),
                        _ => self.continuation(gender, pi),
                    };
                    let Some((ent, ch)) = who else {
                        k += 1;
                        continue;
                    };
                    let attr = if participle { Attribution::Participle } else { Attribution::Continuation };
                    let mention = match other {
                        Some(np) => np.name,
                        None => self.reg.ents[ent].name.clone(),
                    };
                    (ent, ch, attr, mention)
                }
            };
            if !participle && attribution == Attribution::Explicit && clause.subject.is_empty() {
                k += 1;
                continue;
            }
            // a new reporting clause ends the statement running in this sentence, before the
            // punctuation and conjunction that open it (`، فيما قال`)
            if let Some(open) = running.take() {
                // (before a subject that stands first, and the كان that opens its clause)
                let mut cut = match fronted {
                    Some(b) if b > s && matches!(t.f(b - 1), "كان" | "وكان" | "كانت" | "وكانت") => {
                        b - 1
                    }
                    Some(b) => b,
                    None => k,
                };
                while cut > s
                    && (t.punct(cut - 1).is_some_and(|c| c != '»' && c != '"' && c != '”')
                        || l.class(t.f(cut - 1)) == Some(Class::Opener))
                {
                    cut -= 1;
                }
                self.truncate(open.idx, t.toks[cut].start);
            }
            // a group speaks with a singular verb before it (`وأكد المصابون`) but is continued
            // by plural ones (`وقالوا`, `مؤكدين`)
            let gender = if self.is_group(entity) { Gender::Plural } else { gender };
            self.reg.spoke(entity, channel, gender);
            let tok = t.toks[k];
            self.found.push(Found {
                start,
                end,
                para: pi,
                cue: self.article.text[tok.start..tok.end].to_string(),
                cue_en: cue.en,
                form,
                attribution,
                entity,
                mention,
                channel,
            });
            let idx = self.found.len() - 1;
            running = Some(Open { idx });
            any = true;
            if end > t.toks[e - 1].end {
                // a quotation running into later paragraphs
                self.skip_until = end;
                break;
            }
            k = content_token(&clause.content) + 1;
        }
        if !any {
            any = self.continued_quote(p, pi, s, e);
        }
        self.last_quote = running.map(|o| o.idx).filter(|&i| matches!(self.found[i].form, Form::Direct | Form::Mixed));
        if any {
            if let Some(i) = self.last_quote.or(self.found.len().checked_sub(1)) {
                if self.found[i].para != pi {
                    self.last_quote = None;
                }
            }
        }
        any
    }

    /// A statement in a relative clause: `وصل وزير الخارجية سيرغي لافروف، الذي قال أمس إن
    /// المحادثات بناءة، إلى بكين`. The relative pronoun before the verb at `k` agrees with it
    /// (الذي قال، التي أعلنت، الذين قالوا); the speaker is the noun phrase it follows, read
    /// back from the pronoun: the last phrase that opens with a title or an organisation
    /// (`التقى الرئيس X رئيس الوزراء Y، الذي` is Y: a title after a name opens a new phrase),
    /// or a name the article already introduced. The content ends at the comma where the
    /// main clause resumes (a preposition, `قد`, a conjunction) or at the end of the
    /// sentence. Returns the token to go on from.
    fn relative(&mut self, p: &Para, pi: usize, s: usize, k: usize, e: usize, cue: &Cue) -> Option<usize> {
        let l = lexicon();
        let t = p.t;
        if cue.tense == Tense::Participle || relative_gender(t.f(k - 1)) != Some(cue.gender) {
            return None;
        }
        let rel = k - 1;
        let end = if rel > s && t.punct(rel - 1).is_some_and(|c| c == '،' || c == ',') { rel - 1 } else { rel };
        // the words before the pronoun that can belong to a noun phrase
        let mut from = end;
        while from > s && end - from < 10 {
            let j = from - 1;
            let f = t.f(j);
            // a preposition fused with the article (`بالمنظمة`) makes an object, not a subject
            let np_word = t.punct(j).is_none()
                && !p.inside[j]
                && !np::fused_with_article(f)
                && l.cue(f).is_none()
                && !is_time(t, j)
                && !matches!(
                    l.class(f),
                    Some(
                        Class::Prep
                            | Class::Comp { .. }
                            | Class::Subordinate
                            | Class::Opener
                            | Class::Adverb
                            | Class::Stop
                            | Class::According
                            | Class::Pronoun
                    )
                );
            if !np_word {
                break;
            }
            from = j;
        }
        let heads = |j: usize| matches!(l.class(t.f(j)), Some(Class::Title | Class::Org | Class::Honorific));
        // the last phrase opening with a title or organisation: one opens where such a word
        // follows a word that is neither (a name ends the phrase before it), but not in
        // `المتحدث باسم وزارة` or `المتحدث لوزارة الخارجية`
        let mut start = None;
        for j in from..end {
            if heads(j) && (j == from || !heads(j - 1) && !l.is_org(t.f(j - 1)) && t.f(j - 1) != "باسم") {
                start = Some(j);
            }
        }
        let start = match start {
            Some(j) => j,
            None => {
                // a name introduced earlier in the article, ending at the pronoun
                let ws: Vec<&str> = (from..end).map(|j| t.f(j)).collect();
                (0..ws.len()).find(|&i| l.class(ws[i]).is_none() && self.reg.knows(&ws[i..]))? + from
            }
        };
        let clause = self.clause(p, k, e, cue, false)?;
        if !clause.subject.is_empty() {
            return None;
        }
        let words: Vec<Word> = (start..end).map(|j| self.word(t, j, false)).collect();
        let np = np::parse(&words).filter(|np| np.kind != NpKind::Pronoun)?;
        let (mut cs, mut ce, form) = self.span(p, pi, &clause.content, e);
        if let Content::Clause { at } = clause.content {
            // the main clause resumes after a comma: `، إلى بكين`, `، قد بدأت`, `، وأضاف`,
            // `، بالخطوة`
            let resumes = (at + 1..e).find(|&j| {
                let next = t.f(j + 1);
                t.punct(j).is_some_and(|c| c == '،' || c == ',')
                    && !p.inside[j]
                    && j + 1 < e
                    && (matches!(l.class(next), Some(Class::Prep | Class::Opener))
                        || l.cue(next).is_some()
                        || next.starts_with("بال")
                        || next.starts_with("لل")
                        || next.starts_with('و') && l.class_loose(next).is_some())
            });
            if let Some(j) = resumes {
                ce = trim_end(&self.article.text, cs, t.toks[j].start);
            }
            cs = cs.min(ce);
        }
        if ce <= cs {
            return None;
        }
        let entity = self.reg.resolve(&np);
        self.reg.spoke(entity, None, cue.gender);
        let tok = t.toks[k];
        self.found.push(Found {
            start: cs,
            end: ce,
            para: pi,
            cue: self.article.text[tok.start..tok.end].to_string(),
            cue_en: cue.en,
            form,
            attribution: Attribution::Explicit,
            entity,
            mention: self.mention_text(t, &(start..end).collect::<Vec<_>>()),
            channel: None,
        });
        Some(content_token(&clause.content) + 1)
    }

    /// A sentence that is nothing but a quotation, right after a quoted statement,
    /// continues it (`وأضاف: «...». «...»`).
    fn continued_quote(&mut self, p: &Para, pi: usize, s: usize, e: usize) -> bool {
        let Some(prev) = self.last_quote else {
            return false;
        };
        if !p.is_open(s) {
            return false;
        }
        let close = p.close[s];
        let end = if close == usize::MAX { e } else { close };
        if end + 2 < e {
            return false; // more than the quotation follows
        }
        let (start, stop, form) = self.span(p, pi, &Content::Quote { open: s }, e);
        let f = self.found[prev].clone();
        self.found.push(Found { start, end: stop, para: pi, form, attribution: Attribution::Continuation, ..f });
        if stop > p.t.toks[e - 1].end {
            self.skip_until = stop;
        }
        true
    }

    fn mention_text(&self, t: &Tokens, subject: &[usize]) -> String {
        let (Some(&a), Some(&b)) = (subject.first(), subject.last()) else {
            return String::new();
        };
        crate::sanitize::one_line(&self.article.text[t.toks[a].start..t.toks[b].end])
    }

    fn truncate(&mut self, idx: usize, before: usize) {
        let text = &self.article.text;
        let f = &mut self.found[idx];
        if before > f.start && before < f.end {
            f.end = trim_end(text, f.start, before);
        }
    }

    /// Is the verb at `k` the reporter's? It must open its clause.
    fn valid_position(&self, p: &Para, s: usize, k: usize, cue: &Cue, prefix: usize, running: bool) -> bool {
        let l = lexicon();
        let t = p.t;
        if k == s {
            return true;
        }
        if let Some(c) = t.punct(k - 1) {
            return is_clause_punct(c);
        }
        let prev = t.f(k - 1);
        // `«…»، هكذا قال X`
        if matches!(prev, "هكذا" | "وهكذا") && k >= s + 2 && t.punct(k - 2).is_some() {
            return true;
        }
        // `من جهته أوضح`, `من جانبها قالت`: the fronted phrase without its comma
        if k >= s + 2 && t.f(k - 2) == "من" && is_own_side(prev) {
            return true;
        }
        match l.class(prev) {
            Some(Class::Subordinate | Class::Comp { .. } | Class::Prep) => return false,
            Some(Class::Opener) => return true,
            _ => {}
        }
        if cue.tense == Tense::Participle {
            return true;
        }
        // `أما المستشارة ريم الحمادي فتؤكد أن`: the ف that answers أما opens the predicate,
        // in any tense
        if prefix == 1 && t.f(k).starts_with('ف') && matches!(t.f(s), "اما" | "واما") {
            return true;
        }
        if prefix == 1 && cue.tense == Tense::Past {
            // inside a running statement only with a subject of its own (`… وقالت الوزيرة
            // هدى سالم إن`), checked by the caller; a bare `وأضاف` stays part of it
            return true;
        }
        if running {
            return false;
        }
        // only adverbs before it: `وأخيرا تعهدت`
        (s..k).all(|j| matches!(l.class_loose(t.f(j)), Some(Class::Adverb | Class::Opener)))
    }

    /// The subject of the narrated clause that opens the sentence before the participle at
    /// `k` (`رفض متحدث باسم الجهة التعليق، مكتفيا …`, `ودافع المدرب عن خياراته، مؤكدا …`): a
    /// verb that is no verb of saying, then a speaker phrase — a person with a title, a given
    /// or known name, an organisation, or an unnamed source headed by a title — agreeing with
    /// the participle in gender.
    fn narrated_subject(&mut self, p: &Para, s: usize, k: usize, gender: Gender) -> Option<usize> {
        let l = lexicon();
        let t = p.t;
        let mut v = s;
        // a fronted phrase set off by a comma: `في المقابل،`, `ومن جانبه،`
        if matches!(l.class_loose(t.f(s)), Some(Class::Prep | Class::Opener)) {
            if let Some(c) = (s..k).find(|&x| matches!(t.punct(x), Some('،' | ','))) {
                if c - s <= 4 {
                    v = c + 1;
                }
            }
        }
        while v < k && matches!(l.class_loose(t.f(v)), Some(Class::Opener | Class::Adverb)) {
            v += 1;
        }
        let verb = t.f(v);
        // (a verb of saying counts: `تحدث X عن ...، مبينا أن` reports nothing before the
        // participle, whose subject is still X)
        if v + 1 >= k
            || t.punct(v).is_some()
            || l.class_loose(verb).is_some()
            || verb.starts_with("ال")
            || l.any_given_name(verb).is_some()
            || verb.chars().count() < 3
        {
            return None;
        }
        let mut idx = Vec::new();
        let mut j = v + 1;
        while j < k && idx.len() < 12 && t.punct(j).is_none() && !t.f(j).is_empty() {
            if matches!(l.class(t.f(j)), Some(Class::Comp { .. })) || l.cue(t.f(j)).is_some() {
                break;
            }
            idx.push(j);
            j += 1;
        }
        let words: Vec<Word> = idx.iter().map(|&j| self.word(t, j, p.inside[j])).collect();
        let (np, _) = np::extent(&words)?;
        let first = crate::text::fold(np.name.split_whitespace().next().unwrap_or(""));
        let speaker = match np.kind {
            NpKind::Person => titled(&words) || l.given_name(&first).is_some() || self.reg.knows(&[first.as_str()]),
            NpKind::Org => true,
            NpKind::Role => words.first().is_some_and(|w| l.is_title(w.folded)),
            NpKind::Pronoun => false,
        };
        if !speaker || np_gender(&np, &words).is_some_and(|g| gender != Gender::Plural && g != gender) {
            return None;
        }
        Some(self.reg.resolve(&np))
    }

    /// Whether entity `i` is a group (`ذوو الشهداء`, `المصابون`), remembered per entity.
    fn is_group(&mut self, i: usize) -> bool {
        if self.groups.len() <= i {
            self.groups.resize(i + 1, None);
        }
        if let Some(g) = self.groups[i] {
            return g;
        }
        let g = np::is_group(&self.reg.ents[i].name);
        self.groups[i] = Some(g);
        g
    }

    /// Who a verb without a subject continues: the latest speaker whose verb agreed with it,
    /// unless this paragraph, outside any statement, has since made someone else of that
    /// gender the subject of a narrated action (`أرسلت كلينتون ... وثيقة. وقالت إنها`).
    fn continuation(&self, gender: Gender, pi: usize) -> Option<(usize, Option<usize>)> {
        let latest = self.reg.latest(gender);
        let para_start = self.article.spans[pi].0;
        if latest.is_some_and(|(i, _)| self.reg.last_referred(i) >= para_start) {
            return latest;
        }
        // (only this paragraph's statements can hold a mention made in it)
        let outside =
            |at: usize| !self.found.iter().rev().take_while(|f| f.para >= pi).any(|f| f.start <= at && at < f.end);
        match self.reg.narrative_subject(gender, para_start, self.reg.cursor, outside) {
            Some(i) => Some((i, None)),
            None => latest,
        }
    }

    /// A verb of saying in a relative clause on a statement noun, with a resumptive pronoun:
    /// `وأصدرت اللجنة بيانا أكدت فيه أنها`, `كتب تغريدة قال فيها`, `في بيان أكد فيه`. Returns
    /// `None` when the verb at `k` is not one; else the first token of the speaker phrase when
    /// the clause that issued the statement names it (`أصدرت اللجنة بيانا`: the words between
    /// the sentence's first verb and the noun), `Some(None)` when it does not.
    fn statement_in_which(&self, p: &Para, s: usize, k: usize) -> Option<Option<usize>> {
        let l = lexicon();
        let t = p.t;
        if k == s || k + 1 >= t.len() || !matches!(t.f(k + 1), "فيه" | "فيها" | "فيهما" | "خلاله" | "خلالها")
        {
            return None;
        }
        let noun = k - 1;
        let nf = t.f(noun);
        let bare = nf.strip_suffix('ا').unwrap_or(nf);
        if !(l.is_speech_event(nf) || l.is_speech_event(bare)) {
            return None;
        }
        // the issuing clause: a verb opening the sentence, then its subject, then the noun
        if noun < s + 2 || t.f(noun - 1) == "في" || (s + 1..noun).any(|j| t.punct(j).is_some()) {
            return Some(None);
        }
        let idx: Vec<usize> = (s + 1..noun).collect();
        let words: Vec<Word> = idx.iter().map(|&j| self.word(t, j, p.inside[j])).collect();
        match np::extent(&words) {
            Some((np, used)) if used == words.len() && np.kind != NpKind::Pronoun => Some(Some(s + 1)),
            _ => Some(None),
        }
    }

    /// The subject of the verb at `k` when it stands before the verb (SVO, or VSO after كان):
    /// `وكان وزير الخارجية فيليب هاموند قال`, `وكانت الوزارة قد أعلنت`, `ويذكر أن صحيفة
    /// «نيويورك تايمز» نشرت أن`, `أن المفتش العام مايكل هيروفتس قال:`. The phrase runs back
    /// from the verb (over `قد`) to a clause boundary — the sentence start, a clause mark, a
    /// bare complementizer, كان or an opener — must be read whole as a person, an
    /// organisation or a definite title, and must agree with the verb in gender. Returns the
    /// phrase's first token.
    fn fronted_subject(&self, p: &Para, s: usize, k: usize, cue: &Cue) -> Option<usize> {
        let l = lexicon();
        let t = p.t;
        let mut end = k;
        if end > s && t.f(end - 1) == "قد" {
            end -= 1;
        }
        let mut b = end;
        while b > s {
            let j = b - 1;
            if let Some(c) = t.punct(j) {
                // a short quoted name inside the phrase: «نيويورك تايمز»
                if matches!(c, '»' | '”' | '"') {
                    if let Some(o) = (j.saturating_sub(5)..j).rev().find(|&o| p.close.get(o) == Some(&j)) {
                        b = o;
                        continue;
                    }
                }
                if !is_clause_punct(c) && c != ',' {
                    return None;
                }
                break;
            }
            let f = t.f(j);
            let boundary = matches!(l.class(f), Some(Class::Comp { bare: true } | Class::Opener))
                || matches!(f, "كان" | "وكان" | "كانت" | "وكانت" | "يذكر" | "ويذكر");
            if boundary {
                break;
            }
            if f.is_empty()
                || l.cue(f).is_some()
                || matches!(
                    l.class(f),
                    Some(Class::Subordinate | Class::Stop | Class::According | Class::Filler | Class::Comp { .. })
                )
            {
                return None;
            }
            b = j;
            if end - b > 14 {
                return None;
            }
        }
        if b == end {
            return None;
        }
        // a speaker phrase holds a title, an organisation, a name or a quoted name: a cheap
        // test before reading it
        let anchored = (b..end).any(|j| {
            let f = t.f(j);
            p.inside[j] || l.is_title(f) || l.is_org(f) || l.any_given_name(f).is_some() || self.reg.is_name_word(f)
        });
        if !anchored {
            return None;
        }
        let idx: Vec<usize> = (b..end).filter(|&j| t.punct(j).is_none()).collect();
        let words: Vec<Word> = idx.iter().map(|&j| self.word(t, j, p.inside[j])).collect();
        let (np, used) = np::extent(&words)?;
        let whole = used == words.len();
        // a person needs a title before the name, a given name or a name the article gave
        // (not `بلادها`)
        let kind_ok = match np.kind {
            NpKind::Person => {
                let first = crate::text::fold(np.name.split_whitespace().next().unwrap_or(""));
                titled(&words) || l.any_given_name(&first).is_some() || self.reg.knows(&[first.as_str()])
            }
            NpKind::Org => true,
            NpKind::Role => np.definite,
            NpKind::Pronoun => false,
        };
        if !whole || !kind_ok {
            return None;
        }
        match np_gender(&np, &words) {
            Some(g) if cue.gender != Gender::Plural && g != cue.gender => None,
            _ => Some(b),
        }
    }

    /// Reads subject and complement after the verb at `k`.
    fn clause(&self, p: &Para, k: usize, e: usize, cue: &Cue, participle: bool) -> Option<Clause> {
        self.clause_with_complement(p, k, e, cue, participle).or_else(|| self.object_clause(p, k, e, cue, participle))
    }

    /// A verb whose content is its object (`وثمن الوزير خالد السعد جهود الفرق`, `وأكد الوزير
    /// استمرار الدعم`) when no complementizer, colon or quotation follows: the subject is the
    /// speaker phrase read whole from after the verb, the object what follows it to the end
    /// of the sentence.
    fn object_clause(&self, p: &Para, k: usize, e: usize, cue: &Cue, participle: bool) -> Option<Clause> {
        let t = p.t;
        if participle || !cue.frame.object || cue.frame.strict {
            return None;
        }
        let mut idx = Vec::new();
        let mut j = k + 1;
        while j < e && j < k + 30 && t.punct(j).is_none() && !p.inside[j] {
            if t.f(j).is_empty() {
                return None;
            }
            idx.push(j);
            j += 1;
        }
        let words: Vec<Word> = idx.iter().map(|&j| self.word(t, j, false)).collect();
        let (np, used) = np::extent(&words)?;
        // with no complement to end it, the subject must show itself a speaker: a person with
        // a title, a given name or a name the article gave, an organisation, a definite title
        // (`وأكدت الصعوبات التي …` has another subject, left out)
        let l = lexicon();
        let named = match np.kind {
            NpKind::Person => {
                let first = crate::text::fold(np.name.split_whitespace().next().unwrap_or(""));
                titled(&words) || l.given_name(&first).is_some() || self.reg.knows(&[first.as_str()])
            }
            NpKind::Org | NpKind::Pronoun => true,
            // an unnamed source too (`مصدر في الوزارة`), when a title heads it
            NpKind::Role => words.first().is_some_and(|w| l.is_title(w.folded)),
        };
        if !named || used == 0 || used >= idx.len() {
            return None;
        }
        Some(Clause {
            subject: idx[..used].to_vec(),
            channel: Vec::new(),
            content: Content::Clause { at: idx[used] },
            acronyms: Vec::new(),
            apposition: None,
        })
    }

    /// Reads subject and complement after the verb at `k`, up to a complementizer, a colon, a
    /// quotation or the preposition of the verb's frame.
    fn clause_with_complement(&self, p: &Para, k: usize, e: usize, cue: &Cue, participle: bool) -> Option<Clause> {
        let l = lexicon();
        let t = p.t;
        let mut subject: Vec<usize> = Vec::new();
        let mut channel: Vec<usize> = Vec::new();
        let mut acronyms = Vec::new();
        let mut parenthetical = false;
        // a role in apposition: where it starts after the comma, and its extent once closed
        let mut appo_from: Option<usize> = None;
        let mut apposition: Option<(usize, usize)> = None;
        // the subject is followed by the one spoken to
        let mut addressed = false;
        let mut j = k + 1;
        if j < e && matches!(t.f(j), "فيه" | "فيها" | "فيهما" | "خلاله" | "خلالها") {
            j += 1; // the resumptive pronoun of `بيانا أكد فيه`
        }
        // `قال لـ«عكاظ» الدكتور …`, `وقال لوكالة الأنباء مسؤول …`: the one spoken to may
        // stand between the verb and its subject
        j = self.skip_addressee(p, j, e);
        // `مؤكدا سموه أن`: an honorific pronoun after a participle is the running speaker
        if participle && j < e && l.class(t.f(j)) == Some(Class::Pronoun) {
            j += 1;
        }
        let limit = e.min(k + 40);
        while j < limit {
            if let Some(c) = t.punct(j) {
                match c {
                    ':' => {
                        let mut next = j + 1;
                        // `وقالت السلطان: إن …`: a bare complementizer after the colon
                        if next + 1 < e && l.class(t.f(next)) == Some(Class::Comp { bare: true }) {
                            next += 1;
                        }
                        if next < e && p.is_open(next) {
                            return Some(Clause {
                                subject,
                                channel,
                                content: Content::Quote { open: next },
                                acronyms,
                                apposition,
                            });
                        }
                        if next < e {
                            return Some(Clause {
                                subject,
                                channel,
                                content: Content::Clause { at: next },
                                acronyms,
                                apposition,
                            });
                        }
                        return None;
                    }
                    // `مسؤول إسرائيلي -طلب عدم الكشف عن هويته- قوله إن`: a clause set off by
                    // dashes after the subject describes it
                    '-' | '–' | '—' if !subject.is_empty() => {
                        if let Some(close) =
                            (j + 2..e.min(j + 16)).find(|&x| matches!(t.punct(x), Some('-' | '–' | '—')))
                        {
                            j = close + 1;
                            continue;
                        }
                    }
                    '(' => {
                        let close = (j + 1..e.min(j + 8)).find(|&x| t.punct(x) == Some(')'));
                        if let Some(cl) = close {
                            if !parenthetical && !subject.is_empty() && cl == j + 2 && !is_time(t, j + 1) {
                                acronyms.push((j + 1, j + 1));
                            }
                            j = cl + 1;
                            continue;
                        }
                    }
                    c if p.is_open(j) && QUOTE_OPEN.contains(&c) => {
                        let close = p.close[j];
                        let short = close != usize::MAX && close - j <= 4;
                        let after = close.saturating_add(1);
                        let name_like = short
                            && after < e
                            && t.punct(after).is_none_or(|c| !is_sentence_end(c))
                            && !participle
                            && !parenthetical;
                        if name_like {
                            subject.extend(j + 1..close);
                            j = close + 1;
                            continue;
                        }
                        // `، في تصريح لـ«السومرية نيوز»، إن`: a short quotation after the
                        // preposition ل names the one spoken to, in an adverbial set off by commas
                        let addressee =
                            short && j > k + 1 && matches!(t.f(j - 1), "ل" | "لـ") && t.punct(j - 1).is_none();
                        if addressee && parenthetical && after < e && t.punct(after).is_none_or(|c| !is_sentence_end(c))
                        {
                            j = after;
                            continue;
                        }
                        // `وقال الوزير في كلمة ألقاها أمام «المنتدى …» الذي أقيم في عمان: «…»`: a
                        // quoted name inside an adverbial, when a colon and a quotation follow
                        let colon_later = close != usize::MAX
                            && (close + 1..e.min(close + 16))
                                .take_while(|&x| !t.punct(x).is_some_and(is_sentence_end))
                                .any(|x| t.punct(x) == Some(':') && p.is_open(x + 1));
                        if colon_later && !subject.is_empty() {
                            j = close + 1;
                            continue;
                        }
                        if parenthetical && !cue.frame.object && subject.is_empty() && !participle {
                            return None;
                        }
                        return Some(Clause {
                            subject,
                            channel,
                            content: Content::Quote { open: j },
                            acronyms,
                            apposition,
                        });
                    }
                    '،' | ',' => {
                        if let Some(from) = appo_from.filter(|&f| apposition.is_none() && f < j) {
                            apposition = Some((from, j - 1));
                        }
                        if !parenthetical && !subject.is_empty() && j + 1 < e && starts_role(t, j + 1) {
                            appo_from = Some(j + 1);
                        }
                        if parenthetical && cue.frame.object && j + 1 < e && !subject.is_empty() {
                            // `أكد X، وزير الصحة، أن`: the complementizer after the comma opens the content
                            let at = match l.class(t.f(j + 1)) {
                                Some(Class::Comp { bare: true }) if j + 2 < e => j + 2,
                                _ => j + 1,
                            };
                            return Some(Clause {
                                subject,
                                channel,
                                content: Content::Clause { at },
                                acronyms,
                                apposition,
                            });
                        }
                        parenthetical = true;
                    }
                    // `د. هند`: the full stop of an abbreviation
                    '.' if j > 0 && t.f(j - 1).chars().count() == 1 && t.punct(j - 1).is_none() => {}
                    c if is_sentence_end(c) || c == '؛' || c == ';' => return None,
                    _ => {}
                }
                j += 1;
                continue;
            }
            let f = t.f(j);
            match l.class(f) {
                Some(Class::Comp { bare }) => {
                    let at = if bare { j + 1 } else { j };
                    if at >= e {
                        return None;
                    }
                    // `قال إن “الوضع كارثي”.`: the content is a quotation to the sentence's end
                    if bare && p.is_open(at) && p.close[at] != usize::MAX && p.close[at] + 1 >= e {
                        return Some(Clause {
                            subject,
                            channel,
                            content: Content::Quote { open: at },
                            acronyms,
                            apposition,
                        });
                    }
                    return Some(Clause { subject, channel, content: Content::Clause { at }, acronyms, apposition });
                }
                Some(Class::Filler) => {
                    j += 1;
                    continue;
                }
                Some(Class::According) if f == "نقلا" && t.f(j + 1) == "عن" => {
                    channel = std::mem::take(&mut subject);
                    j += 2;
                    continue;
                }
                Some(Class::Adverb) => {
                    j += 1;
                    continue;
                }
                _ => {}
            }
            if is_time(t, j) || f.chars().all(|c| c.is_ascii_digit()) {
                j += 1;
                continue;
            }
            // `مطلع الأسبوع`, `منتصف الشهر`: a time adverbial
            if matches!(f, "مطلع" | "منتصف" | "اواخر" | "اوايل")
                && (is_time(t, j + 1) || matches!(t.f(j + 1), "الاسبوع" | "الشهر" | "العام" | "السنه"))
            {
                j += 2;
                continue;
            }
            // `أشار إلى أن`, `أكد على أن`: the complementizer follows the verb's preposition
            // (`حذر من أن`: the same after من)
            if matches!(f, "الي" | "علي" | "من") && j + 1 < e && matches!(l.class(t.f(j + 1)), Some(Class::Comp { .. }))
            {
                j += 1;
                continue;
            }
            if cue.relay && f == "عن" && channel.is_empty() {
                channel = std::mem::take(&mut subject);
                j += 1;
                continue;
            }
            // `وقالت المهندسة أمل سعيد`: after a title of address a given name is no verb
            let named = j > k + 1 && l.is_name_title(t.f(j - 1)) && l.any_given_name(f).is_some();
            if let Some((inner, _)) = l.cue(f).filter(|_| !named) {
                // `متحدث باسم الهيئة لم تذكر اسمه`: a negated verb describes the subject; in
                // `عدم ذكر اسمها` the word is the noun "mentioning"
                if is_negation(t.f(j - 1)) || t.f(j - 1) == "عدم" {
                    j += 1;
                    continue;
                }
                if inner.tense == Tense::Participle && !parenthetical {
                    // `وأضاف مؤكدا نية ...`: the participle carries the complement
                    let mut c = self.clause(p, j, e, &inner, true)?;
                    c.subject = subject;
                    return Some(c);
                }
                return None;
            }
            if !cue.relay
                && !cue.frame.strict
                && self.is_prep_complement(f, cue, subject.is_empty())
                && !self.subject_runs_past(p, &subject, j, e)
            {
                let at = if matches!(f, "الي" | "عن" | "علي" | "من") { j + 1 } else { j };
                if at >= e {
                    return None;
                }
                // `ودعا البلدين إلى`: before the preposition of a verb of calling on someone
                // stands the object unless it names a speaker; before that of any other verb,
                // the subject (`وشدد الجانبان على`، `وحذر الخبراء من`)
                if cue.takes_addressee() && !self.looks_like_speaker(t, &subject, cue) {
                    subject.clear();
                }
                return Some(Clause { subject, channel, content: Content::Clause { at }, acronyms, apposition });
            }
            if participle && cue.frame.object && subject.is_empty() && !parenthetical {
                return Some(Clause { subject, channel, content: Content::Clause { at: j }, acronyms, apposition });
            }
            // `وصرح وزير الخارجية سامح شكري لوكالة أنباء شينخوا بأن`: an organisation after a
            // name, with the preposition ل, is the one spoken to, not part of the subject
            // (after a title or its adjective it is the title's: `المتحدث الرسمي لوزارة`)
            let after_name = || {
                subject.last().is_some_and(|&p| {
                    let w = t.f(p);
                    !w.starts_with("ال") && l.class(w).is_none() && l.cue(w).is_none() && !np::is_statement_noun(w)
                })
            };
            if addressed || (f.starts_with('ل') && !f.starts_with("لل") && l.is_org(f) && after_name()) {
                addressed = true;
                j += 1;
                continue;
            }
            if !parenthetical {
                if participle && !cue.frame.preps.is_empty() {
                    // a participle has no subject: these words are its object
                    subject.push(j);
                } else if participle {
                    return None;
                } else {
                    subject.push(j);
                    if subject.len() > 24 {
                        return None;
                    }
                    // `وأكد كيري استمرار الدعم`: a verb with an object, after a known name
                    if cue.frame.object && subject.len() == 1 {
                        let ws: Vec<&str> = (j..e.min(j + 6)).map(|x| t.f(x)).collect();
                        if let Some((n, _)) = self.reg.known_prefix(&ws) {
                            let at = j + n;
                            if at < e && t.punct(at).is_none() && l.class(t.f(at)).is_none() {
                                subject.extend(j + 1..at);
                                return Some(Clause {
                                    subject,
                                    channel,
                                    content: Content::Clause { at },
                                    acronyms,
                                    apposition,
                                });
                            }
                        }
                    }
                }
            }
            j += 1;
        }
        None
    }

    /// The token after an addressee standing at `j` right after the verb: `لـ«عكاظ»`, `لوكالة
    /// الأنباء الألمانية`, `للصحافيين`; `j` when there is none.
    fn skip_addressee(&self, p: &Para, j: usize, e: usize) -> usize {
        let l = lexicon();
        let t = p.t;
        if j >= e || t.punct(j).is_some() {
            return j;
        }
        let f = t.f(j);
        if f == "ل" && j + 1 < e && p.is_open(j + 1) && p.close[j + 1] < e && p.close[j + 1] - (j + 1) <= 5 {
            return p.close[j + 1] + 1;
        }
        if f.starts_with('ل') && (l.is_org(f) || np::is_audience_word(f)) {
            // the organisation's name: its genitives and adjectives
            let mut x = j + 1;
            while x < e
                && t.punct(x).is_none()
                && (t.f(x).starts_with("ال") || p.inside[x])
                && l.class(t.f(x)).is_none()
            {
                x += 1;
            }
            // only if a subject still follows before the complement
            if x < e && t.punct(x).is_none() && l.class(t.f(x)) != Some(Class::Comp { bare: true }) {
                return x;
            }
        }
        j
    }

    /// Whether the speaker phrase begun by `subject` goes on past token `j`: a preposition of
    /// place or affiliation inside a role before the name (`وطالبت نائبة العلاقات العامة
    /// بمشروع سيدة الأخلاق فوزية المبارك ... بضرورة`) is not the verb's complement.
    fn subject_runs_past(&self, p: &Para, subject: &[usize], j: usize, e: usize) -> bool {
        let l = lexicon();
        let t = p.t;
        if subject.is_empty() {
            return false;
        }
        let mut idx: Vec<usize> = subject.to_vec();
        let mut x = j;
        while x < e.min(j + 12) && t.punct(x).is_none() && !p.inside[x] {
            let f = t.f(x);
            if f.is_empty() || matches!(l.class(f), Some(Class::Comp { .. })) || x > j && l.cue(f).is_some() {
                break;
            }
            idx.push(x);
            x += 1;
        }
        if idx.iter().any(|&i| t.f(i).is_empty()) {
            return false;
        }
        let words: Vec<Word> = idx.iter().map(|&i| self.word(t, i, p.inside[i])).collect();
        np::extent(&words).is_some_and(|(np, used)| np.kind == NpKind::Person && used > subject.len())
    }

    fn is_prep_complement(&self, f: &str, cue: &Cue, _no_subject: bool) -> bool {
        cue.frame.preps.iter().any(|&pr| {
            if pr.chars().count() > 1 {
                f == pr
            } else {
                // an attached preposition: `بالصين`, `باستثمار`
                f.starts_with(pr) && f.chars().count() > 3 && (f.starts_with("بال") || f.starts_with("لل"))
                    || f == pr
                    // `ندد بما اعتبره`, `أشاد بما حققته`: the preposition on a relative ما
                    || pr == "ب" && f == "بما"
            }
        }) || (cue.frame.preps == ["ب"] && f.starts_with('ب') && f.chars().count() > 4 && !f.starts_with("بي"))
    }

    fn looks_like_speaker(&self, t: &Tokens, subject: &[usize], cue: &Cue) -> bool {
        let l = lexicon();
        if subject.is_empty() {
            return false;
        }
        let ws: Vec<&str> = subject.iter().map(|&j| t.f(j)).collect();
        if let Some((_, ent)) = self.reg.known_prefix(&ws) {
            // the verb agrees with its subject: `وطالب «الأونروا» بـ` (masculine verb,
            // feminine agency) makes the agency the object
            return self.reg.ents[ent].gender.is_none_or(|g| g == cue.gender);
        }
        ws.iter().any(|w| l.is_title(w) || l.is_org(w) || matches!(l.class(w), Some(Class::Pronoun | Class::Honorific)))
            || !ws[0].starts_with("ال")
    }

    /// The byte span of the content, and its form.
    fn span(&mut self, p: &Para, _pi: usize, content: &Content, e: usize) -> (usize, usize, Form) {
        let t = p.t;
        let text = &self.article.text;
        match *content {
            Content::Quote { open } => {
                let close = p.close[open];
                let start = t.toks[open].end;
                let end = if close != usize::MAX && close < t.len() {
                    t.toks[close].start
                } else {
                    // runs on into later paragraphs: find the closing mark there
                    let c = closer(t.punct(open).unwrap_or('«'));
                    let from = t.toks[t.len() - 1].end;
                    match find_close_later(text, from, c) {
                        Some(pos) => pos,
                        None => t.toks[e - 1].end,
                    }
                };
                let s = skip_space(text, start, end);
                (s, trim_end(text, s, end), Form::Direct)
            }
            Content::Clause { at } => {
                let start = t.toks[at].start;
                let end = trim_end(text, start, t.toks[e - 1].end);
                // the content is a quotation that runs on into later paragraphs
                let open = p.next_unclosed[at];
                if open < e {
                    let c = closer(t.punct(open).unwrap_or('«'));
                    if let Some(pos) = find_close_later(text, t.toks[t.len() - 1].end, c) {
                        return (start, pos + c.len_utf8(), Form::Mixed);
                    }
                }
                // indirect for now; the form is settled on the final span (see `run`)
                (start, end, Form::Indirect)
            }
        }
    }

    /// `«...»، قال X`: the attribution follows the quotation.
    fn trailing_attribution(&mut self, p: &Para, pi: usize, s: usize, k: usize, e: usize, cue: &Cue) -> Option<usize> {
        let t = p.t;
        let mut c = k.checked_sub(1)?;
        // `«…»، هكذا قال X`: "so said X"
        if c > s && matches!(t.f(c), "هكذا" | "وهكذا") {
            c -= 1;
        }
        while c > s && matches!(t.punct(c), Some('،' | ',')) {
            c -= 1;
        }
        let open = (s..c).find(|&o| p.close[o] == c && p.is_open(o))?;
        if open != s {
            return None;
        }
        // `«أدنوك» تتوقع نمو الطلب`: a quoted name of a word or two right before the verb, with
        // no comma, is its fronted subject, not words it reports
        if c + 1 == k && c - open <= 3 {
            return None;
        }
        // the subject runs from the verb to the sentence end
        let subject: Vec<usize> = (k + 1..e).filter(|&j| t.punct(j).is_none()).collect();
        let words: Vec<Word> = subject.iter().map(|&j| self.word(t, j, false)).collect();
        let (np, used) = np::extent(&words)?;
        // the mention is the phrase, not the adverbials after it (`خلال زيارته`)
        let used = if used == 0 { subject.len() } else { used.min(subject.len()) };
        let (ent, attr) = if np.kind == NpKind::Pronoun {
            (self.reg.latest(cue.gender)?.0, Attribution::Continuation)
        } else {
            (self.reg.resolve(&np), Attribution::Explicit)
        };
        self.reg.spoke(ent, None, cue.gender);
        let (start, end, form) = self.span(p, pi, &Content::Quote { open }, e);
        let tok = t.toks[k];
        self.found.push(Found {
            start,
            end,
            para: pi,
            cue: self.article.text[tok.start..tok.end].to_string(),
            cue_en: cue.en,
            form,
            attribution: attr,
            entity: ent,
            mention: self.mention_text(t, &subject[..used]),
            channel: None,
        });
        Some(self.found.len() - 1)
    }

    /// `بحسب X`, `وفقا لـX`, `حسبما أفاد X`, `نقلا عن X`, `وجاء في بيان ... أن`.
    /// Returns the token to continue from when it produced or ended a statement.
    fn according(
        &mut self,
        p: &Para,
        pi: usize,
        s: usize,
        e: usize,
        k: usize,
        running: &mut Option<Open>,
    ) -> Option<usize> {
        let l = lexicon();
        let t = p.t;
        let f = t.f(k);
        // `وجاء في بيان (لـX) أن`
        if f == "جاء" || f == "وجاء" {
            if t.f(k + 1) != "في" || !matches!(t.f(k + 2), "بيان" | "البيان" | "تقرير" | "التقرير" | "رساله" | "تصريح")
            {
                return None;
            }
            let comp = (k + 3..e.min(k + 14)).find(|&j| matches!(l.class(t.f(j)), Some(Class::Comp { .. })))?;
            let at = if l.class(t.f(comp)) == Some(Class::Comp { bare: true }) { comp + 1 } else { comp };
            if at >= e {
                return None;
            }
            let words: Vec<Word> =
                (k + 2..comp).filter(|&j| t.punct(j).is_none()).map(|j| self.word(t, j, p.inside[j])).collect();
            let np = np::parse(&words);
            let ent = match np {
                Some(np) if words.len() > 1 => self.reg.resolve(&np),
                _ => self.reg.last_speaker()?.0,
            };
            let (start, end, form) = self.span(p, pi, &Content::Clause { at }, e);
            self.reg.spoke(ent, None, Gender::Masc);
            let tok = t.toks[k];
            self.found.push(Found {
                start,
                end,
                para: pi,
                cue: self.article.text[tok.start..tok.end].to_string(),
                cue_en: "said",
                form,
                attribution: Attribution::Explicit,
                entity: ent,
                mention: self.mention_text(t, &(k + 2..comp).collect::<Vec<_>>()),
                channel: None,
            });
            if let Some(o) = running.take() {
                self.truncate(o.idx, t.toks[k].start);
            }
            *running = Some(Open { idx: self.found.len() - 1 });
            return Some(at);
        }
        // the source: after `ل`/`عن`, skipping `ما` and a verb (`حسبما أفاد`, `بحسب ما ذكر`)
        let mut j = k + 1;
        if matches!(f, "وفقا" | "ووفقا" | "طبقا" | "وطبقا") {
            if t.f(j) == "ل" {
                j += 1;
            }
        } else if f == "نقلا" {
            match t.f(j) {
                "عن" => j += 1,
                "عما" => {}
                _ => return None,
            }
        }
        // `بحسب ما ذكر`, `طبقا لما نشر`, `نقلا عما قالته`
        let mut via_verb = f == "حسبما" || f == "وحسبما";
        if matches!(t.f(j), "ما" | "لما" | "عما" | "بما") {
            j += 1;
        }
        // the verb, also with an object pronoun: `نشرته`, `قالته`
        let verb_form = |w: &str| {
            l.cue(w).is_some()
                || ["ه", "ها", "هم"].iter().any(|p| w.strip_suffix(p).is_some_and(|v| l.cue(v).is_some()))
        };
        if j < e && verb_form(t.f(j)) {
            via_verb = true;
            j += 1;
        }
        let src_start = j;
        while j < e && j < src_start + 12 {
            if t.punct(j).is_some() {
                if p.is_open(j) && p.close[j] < e && p.close[j] - j <= 4 {
                    j = p.close[j] + 1;
                    continue;
                }
                break;
            }
            if matches!(l.class(t.f(j)), Some(Class::Comp { .. })) || t.f(j).starts_with('ف') && j > src_start {
                break;
            }
            j += 1;
        }
        let src: Vec<usize> = (src_start..j).filter(|&x| t.punct(x).is_none()).collect();
        if src.is_empty() {
            return None;
        }
        let mut words: Vec<Word> = src.iter().map(|&x| self.word(t, x, p.inside[x])).collect();
        if matches!(f, "وفقا" | "ووفقا" | "طبقا" | "وطبقا") {
            if let Some(w) = words.first_mut() {
                if let Some(r) = w.folded.strip_prefix('ل') {
                    w.folded = r;
                    w.text = w.text.trim_start_matches('ل').trim_start_matches('ـ');
                }
            }
        }
        // `بحسب قوله`, `وفق تعبيرها`, `على حد قوله`: the words of the latest speaker of that
        // gender
        let own_words = words.first().and_then(|w| own_words_gender(w.folded));
        let np = match own_words {
            Some(_) => None,
            None => Some(np::parse(&words)?),
        };
        // `وفقا لبنود الاتفاق` is "in accordance with": only a speaker-like source counts
        let ws: Vec<&str> = words.iter().map(|w| w.folded).collect();
        let speaker_like = via_verb
            || own_words.is_some()
            || self.reg.known_prefix(&ws).is_some()
            || ws.iter().any(|w| l.is_title(w) || l.is_org(w))
            || words.iter().any(|w| w.quoted);
        if !speaker_like || np.as_ref().is_some_and(|np| np.kind == NpKind::Pronoun) {
            return None;
        }
        let owner = match own_words {
            Some(g) => Some(self.reg.latest(g)?.0),
            None => None,
        };
        let initial = (s..k).all(|x| matches!(l.class_loose(t.f(x)), Some(Class::Adverb | Class::Opener)));
        if let Some(o) = running.take() {
            // a tail on a running statement: the statement ends before it
            let mut cut = if f == "حد" { k - 1 } else { k };
            while cut > s && matches!(t.punct(cut - 1), Some('،' | ',')) {
                cut -= 1;
            }
            self.truncate(o.idx, t.toks[cut].start);
            return Some(j);
        }
        let (cs, ce) = if initial {
            // `وبحسب X، فإن ...`
            let mut at = j;
            while at < e && (t.punct(at).is_some() || matches!(l.class(t.f(at)), Some(Class::Comp { bare: true }))) {
                at += 1;
            }
            if at >= e {
                return None;
            }
            (t.toks[at].start, t.toks[e - 1].end)
        } else {
            // `... ، بحسب X`: the content is what came before
            let mut from = s;
            while from < k && matches!(l.class_loose(t.f(from)), Some(Class::Adverb | Class::Opener)) {
                from += 1;
            }
            // `… على حد قوله`: the content ends before على
            let last = if f == "حد" { k.checked_sub(2)? } else { k - 1 };
            if from > last || from >= k {
                return None;
            }
            (t.toks[from].start, t.toks[last].end)
        };
        let end = trim_end(&self.article.text, cs, ce);
        if end <= cs {
            return None;
        }
        let ent = match (owner, &np) {
            (Some(i), _) => i,
            (None, Some(np)) => self.reg.resolve(np),
            (None, None) => return None,
        };
        self.reg.spoke(ent, None, own_words.unwrap_or(Gender::Masc));
        let tok = t.toks[k];
        let cue_start = if f == "حد" { t.toks[k - 1].start } else { tok.start };
        self.found.push(Found {
            start: cs,
            end,
            para: pi,
            cue: self.article.text[cue_start..tok.end].to_string(),
            cue_en: "according to",
            form: if self.article.text[cs..end].contains(QUOTE_OPEN) { Form::Mixed } else { Form::Indirect },
            attribution: Attribution::AccordingTo,
            entity: ent,
            mention: self.mention_text(t, &src),
            channel: None,
        });
        *running = Some(Open { idx: self.found.len() - 1 });
        Some(if initial { j } else { e })
    }

    /// The subject of a sentence that opens `وكانت X قد ...`, `أما X ف...`, so that a verb
    /// or participle without its own subject in that sentence refers to X.
    fn topic(&mut self, p: &Para, s: usize, e: usize) -> Option<(usize, Gender)> {
        let l = lexicon();
        let t = p.t;
        let first = t.f(s);
        let gender = match first {
            "كان" | "وكان" => Gender::Masc,
            "كانت" | "وكانت" => Gender::Fem,
            "اما" | "واما" => Gender::Masc,
            _ => return None,
        };
        let mut j = s + 1;
        let mut words = Vec::new();
        while j < e && j < s + 10 {
            if t.punct(j).is_some() {
                if p.is_open(j) {
                    j += 1;
                    continue;
                }
                break;
            }
            let f = t.f(j);
            if f == "قد" || l.cue(f).is_some() || (first.ends_with("اما") && f.starts_with('ف')) {
                break;
            }
            words.push(self.word(t, j, p.inside[j]));
            j += 1;
        }
        let np = np::parse_fronted(&words)?;
        if np.kind == NpKind::Pronoun {
            return None;
        }
        // after أما the verb carries the gender: `أما المصرف فأكد`
        let gender = if first.ends_with("اما") {
            match l.cue(t.f(j)) {
                Some((c, _)) => c.gender,
                None => gender,
            }
        } else {
            gender
        };
        let ent = self.reg.resolve(&np);
        Some((ent, gender))
    }
}

/// The grammatical gender of a speaker phrase, where its words show it: a given name's,
/// else the feminine ة of its head (`الوزيرة`, `وزارة`, `صحيفة`).
fn np_gender(np: &Np, words: &[Word]) -> Option<Gender> {
    let l = lexicon();
    if np.kind == NpKind::Person {
        let first = crate::text::fold(np.name.split_whitespace().next()?);
        if let Some(g) = l.given_name(&first).filter(|&g| g != Gender::Plural) {
            return Some(g);
        }
    }
    let head = words.iter().find(|w| l.is_title(w.folded) || l.is_org(w.folded))?;
    Some(if head.folded.ends_with('ه') { Gender::Fem } else { Gender::Masc })
}

/// Whether a speaker phrase opens with a title or an honorific (`الوزير …`, `معالي …`): a role
/// after the name (`اغتيال | النائب العام`) is no evidence of a person.
fn titled(words: &[Word]) -> bool {
    let l = lexicon();
    words.first().is_some_and(|w| {
        l.is_title(w.folded)
            || l.is_name_title(w.folded)
            || l.class(w.folded) == Some(Class::Honorific)
            || matches!(w.folded, "صاحب" | "صاحبه")
    })
}

/// The honorific that opens a phrase (`معالي`, `صاحب السمو` → `سمو`), folded.
fn honorific_of<'w>(words: &[Word<'w>]) -> Option<&'w str> {
    let l = lexicon();
    let first = words.first()?;
    if l.class(first.folded) == Some(Class::Honorific) {
        return Some(first.folded);
    }
    if matches!(first.folded, "صاحب" | "صاحبه") {
        return words.get(1).map(|w| w.folded.strip_prefix("ال").unwrap_or(w.folded));
    }
    None
}

/// The gender a word before a name shows if it is a verb of narration with that name as
/// subject: a perfect with the feminine ت (`أرسلت`, `زارت`), an imperfect with ي (`يزور`), or
/// a verb of saying; `Some(None)` for a masculine perfect, which carries no mark, cannot be
/// told and is not taken. Nouns in ات (`تصريحات`) and closed-class words are no verbs.
fn narration_verb(f: &str) -> Option<Option<Gender>> {
    let l = lexicon();
    if let Some((c, _)) = l.cue(f) {
        return Some(Some(c.gender));
    }
    if l.class_loose(f).is_some() || f.starts_with("ال") || f.chars().count() < 3 || f.ends_with("ات") {
        return None;
    }
    if f.ends_with('ت') {
        return Some(Some(Gender::Fem));
    }
    if f.starts_with('ي') && f.chars().count() >= 4 {
        return Some(Some(Gender::Masc));
    }
    None
}

/// Present forms read alike as active and as impersonal passive (`يُذكر أن` "it is
/// mentioned that", `يُتوقع أن` "it is expected"): with no subject and a complementizer right
/// after, they are the reporter's voice, not a speaker continuing.
fn impersonal(verb: &str, next: &str) -> bool {
    matches!(verb, "يذكر" | "يتوقع" | "يرجح" | "يستبعد" | "يعتبر" | "يري")
        && matches!(lexicon().class(next), Some(Class::Comp { .. }))
}

/// `قوله`, `تعبيرها`, `وصفه`: a noun of saying with the pronoun of its speaker (after
/// `بحسب`, `وفق`, `على حد`), and the gender the pronoun shows.
fn own_words_gender(f: &str) -> Option<Gender> {
    let stem = |s: &str| matches!(s, "قول" | "تعبير" | "وصف" | "روايت" | "كلام" | "حديث" | "تاكيد" | "تصريح" | "تقدير");
    if let Some(s) = f.strip_suffix("ها") {
        return stem(s).then_some(Gender::Fem);
    }
    if let Some(s) = f.strip_suffix("هم") {
        return stem(s).then_some(Gender::Plural);
    }
    f.strip_suffix('ه').filter(|s| stem(s)).map(|_| Gender::Masc)
}

/// A role opens at `j`: a title, bare or with the article (`وزير الصحة`, `المتحدث الرسمي`,
/// `نائبة الوزير`), so that the words a comma sets off after a name are its apposition.
fn starts_role(t: &Tokens, j: usize) -> bool {
    let f = t.f(j);
    let l = lexicon();
    t.punct(j).is_none() && (l.is_title(f) || f.strip_prefix("ال").is_some_and(|b| l.is_title(b)))
}

/// `جهته`, `جانبها`, `ناحيتهم`: "his side" after من, the fronted "for his part".
fn is_own_side(f: &str) -> bool {
    ["جهت", "جانب", "ناحيت"].iter().any(|s| {
        f.strip_prefix(s).is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما")) || *s == "جانب" && f == "جانبه"
    })
}

/// Particles that negate the verb after them: a negated verb of saying reports nothing.
fn is_negation(f: &str) -> bool {
    matches!(f, "لم" | "ولم" | "فلم" | "لن" | "ولن" | "لا" | "ولا" | "ما" | "وما")
}

/// The gender a relative pronoun agrees in (folded forms).
fn relative_gender(f: &str) -> Option<Gender> {
    match f {
        "الذي" => Some(Gender::Masc),
        "التي" => Some(Gender::Fem),
        "الذين" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي" => Some(Gender::Plural),
        _ => None,
    }
}

fn is_time(t: &Tokens, j: usize) -> bool {
    super::lexicon::is_time_word(t.f(j))
}

fn content_token(c: &Content) -> usize {
    match *c {
        Content::Clause { at } => at,
        Content::Quote { open } => open,
    }
}

/// The first closing mark `c` after byte `from`, at most five paragraphs on.
/// A closing mark that an opening mark of its own kind, met on the way, already answers
/// does not close the quotation: a mark left open as published (`وأكد أن «مواقف إيران …
/// «قدمت … ذلك».`) must not swallow the next paragraphs up to their own `«لأسباب أمنية»`.
fn find_close_later(text: &str, from: usize, c: char) -> Option<usize> {
    let rest = &text[from..];
    let mut lines = 0;
    let mut depth = 0usize;
    for (i, ch) in rest.char_indices() {
        if ch == '\n' {
            lines += 1;
            if lines > 6 {
                return None;
            }
        }
        if ch == c {
            if depth == 0 {
                return Some(from + i);
            }
            depth -= 1;
        } else if c != '"' && closer(ch) == c && QUOTE_OPEN.contains(&ch) {
            depth += 1;
        }
    }
    None
}

fn skip_space(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + (s.len() - s.trim_start().len())
}

/// Moves `end` back over white space and trailing clause punctuation.
pub(crate) fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | ':' | ';' | '؛' | '-' | '–'));
    start + t.len()
}

/// The byte offset of the quotation mark just before `start` (or `start` itself).
fn quote_open_before(text: &str, start: usize) -> usize {
    let before = text[..start].trim_end();
    match before.chars().next_back() {
        Some(c) if QUOTE_OPEN.contains(&c) => before.len() - c.len_utf8(),
        _ => start,
    }
}
