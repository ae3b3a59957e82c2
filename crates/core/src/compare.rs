//! Topic alignment: which statements of speaker A and speaker B speak of the same thing.
//! Content words (folded, lightly stemmed, stop words removed) weighted by TF-IDF over the
//! loaded corpus, cosine similarity, and a one-to-one assignment that maximises the total
//! similarity (Hungarian algorithm, per connected group of similar statements) with a
//! minimum below which nothing is paired. No topic lists: it works for any corpus.

use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::model::Document;
use crate::text::{fold, is_word_char};

/// Pairs below this cosine similarity are not aligned.
pub const MIN_SIMILARITY: f32 = 0.12;

const STOP_AR: &str = "في من على الى إلى عن مع ان أن إن انه أنه انها أنها التي الذي الذين هذا هذه ذلك تلك كما بين \
    حول قد لا ما لم لن كل او أو ثم و ف ب ل ك هو هي هم نحن كان كانت يكون تكون اي أي بعد قبل عند حتى لدى منذ غير \
    ايضا أيضا مثل اذا إذا وقد فقد لقد به بها له لها لهم منه منها عليه عليها فيه فيها اليه إليه الا إلا بل لكن ولكن \
    وذلك وهذا وهذه ومن وفي وعلى والى وإلى ضمن خلال جميع بعض عدة اكثر أكثر اقل أقل عام العام يتم تم اطار إطار \
    بشكل نحو قال وقال اضاف وأضاف اكد وأكد ان حيث وان وأن بان بأن";
const STOP_EN: &str = "a an the and or but if of to in on at by for with from as is are was were be been being it its \
    this that these those he she they we you i his her their our your not no will would can could should may might \
    has have had do does did said says say added told also than then there here which who whom what when where how \
    all any each more most other some such into over after before about between during while up out so very just";

fn stop_words() -> &'static rustc_hash::FxHashSet<String> {
    static SET: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| STOP_AR.split_whitespace().chain(STOP_EN.split_whitespace()).map(fold).collect())
}

/// Light stemming of a folded word: the article and clitics in front, common suffixes at the
/// end (Arabic), plural and verb endings (English). Short words are left alone.
pub fn stem(w: &str) -> String {
    let n = w.chars().count();
    if w.is_ascii() {
        let mut s = w.to_string();
        for suf in ["ing", "ed", "es", "s"] {
            if s.len() > suf.len() + 3 && s.ends_with(suf) {
                s.truncate(s.len() - suf.len());
                break;
            }
        }
        return s;
    }
    if n <= 3 {
        return w.to_string();
    }
    let mut s: &str = w;
    for pre in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(r) = s.strip_prefix(pre) {
            if r.chars().count() >= 3 {
                s = r;
                break;
            }
        }
    }
    if s.chars().count() > 3 {
        if let Some(r) = s.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
            if r.chars().count() >= 3 && s == w {
                s = r;
            }
        }
    }
    let mut out = s.to_string();
    for suf in ["هما", "ها", "هم", "ات", "ون", "ين", "ان", "يه", "ه", "ي"] {
        if out.chars().count() > suf.chars().count() + 2 && out.ends_with(suf) {
            out.truncate(out.len() - suf.len());
            break;
        }
    }
    out
}

/// Content words of a text: folded, stemmed, stop words and numbers-only tokens kept out
/// (numbers are kept: "2025", "32" are what two sides often share).
pub fn terms(text: &str) -> Vec<(String, String)> {
    let stops = stop_words();
    let mut out = Vec::new();
    for raw in text.split(|c: char| !is_word_char(c)) {
        if raw.is_empty() {
            continue;
        }
        let f = fold(raw);
        if f.chars().count() < 2 || stops.contains(&f) {
            continue;
        }
        let s = stem(&f);
        if stops.contains(&s) || s.chars().count() < 2 {
            continue;
        }
        out.push((s, raw.to_string()));
    }
    out
}

/// TF-IDF vectors for every statement of a document.
pub struct Vectors {
    /// Per quote: (term id, weight), sorted by term id, unit length.
    pub vecs: Vec<Vec<(u32, f32)>>,
    /// Term id → the most frequent surface form (for labels).
    pub surface: Vec<String>,
    /// Term id → stem.
    pub stems: Vec<String>,
}

impl Vectors {
    pub fn new(doc: &Document) -> Vectors {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut surfaces: Vec<HashMap<String, u32>> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut tfs: Vec<Vec<(u32, f32)>> = Vec::with_capacity(doc.quotes.len());
        for q in &doc.quotes {
            let mut tf: FxHashMap<u32, f32> = FxHashMap::default();
            for (stem, raw) in terms(&q.text) {
                let next = ids.len() as u32;
                let id = *ids.entry(stem).or_insert(next);
                if id as usize == surfaces.len() {
                    surfaces.push(HashMap::new());
                    df.push(0);
                }
                *surfaces[id as usize].entry(raw).or_default() += 1;
                *tf.entry(id).or_default() += 1.0;
            }
            for &id in tf.keys() {
                df[id as usize] += 1;
            }
            let mut v: Vec<(u32, f32)> = tf.into_iter().collect();
            v.sort_unstable_by_key(|x| x.0);
            tfs.push(v);
        }
        let n = doc.quotes.len().max(1) as f32;
        let vecs = tfs
            .into_iter()
            .map(|v| {
                let mut v: Vec<(u32, f32)> = v
                    .into_iter()
                    .map(|(id, tf)| (id, (1.0 + tf.ln()) * ((1.0 + n) / (1.0 + df[id as usize] as f32)).ln()))
                    .collect();
                let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for x in &mut v {
                        x.1 /= norm;
                    }
                }
                v
            })
            .collect();
        let surface = surfaces
            .into_iter()
            .map(|m| m.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|x| x.0).unwrap_or_default())
            .collect();
        let mut stems = vec![String::new(); ids.len()];
        for (stem, id) in ids {
            stems[id as usize] = stem;
        }
        Vectors { vecs, surface, stems }
    }

    /// Cosine similarity of two statements.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vecs[a], &self.vecs[b])
    }

    /// The terms two statements share, strongest first: (surface word, term id).
    pub fn shared(&self, a: usize, b: usize, max: usize) -> Vec<(String, u32)> {
        let (va, vb) = (&self.vecs[a], &self.vecs[b]);
        let (mut i, mut j) = (0, 0);
        let mut both = Vec::new();
        while i < va.len() && j < vb.len() {
            match va[i].0.cmp(&vb[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    both.push((va[i].1 * vb[j].1, va[i].0));
                    i += 1;
                    j += 1;
                }
            }
        }
        both.sort_by(|x, y| y.0.total_cmp(&x.0));
        both.into_iter().take(max).map(|(_, id)| (self.surface[id as usize].clone(), id)).collect()
    }
}

fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Character offsets (into `text`) of the words whose stem is one of `stems`: the shared
/// terms of a pair, to highlight in both statements.
pub fn term_positions(text: &str, stems: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<char> = text.chars().collect();
    for i in 0..=chars.len() {
        let inside = i < chars.len() && is_word_char(chars[i]);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w: String = chars[s..i].iter().collect();
                if stems.contains(&stem(&fold(&w))) {
                    out.extend(s..i);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// One aligned pair (quote indices) with its similarity and shared terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
    /// Shared terms as written, strongest first.
    pub shared: Vec<String>,
    /// The same terms as stems, for highlighting them in both texts.
    #[serde(skip)]
    pub stems: Vec<String>,
}

/// The alignment of two lists of statements.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alignment {
    /// Pairs in the article order of their first statement.
    pub pairs: Vec<Pair>,
    pub only_a: Vec<usize>,
    pub only_b: Vec<usize>,
}

/// Aligns statements `a` with statements `b` (quote indices), maximising total similarity.
pub fn align(v: &Vectors, a: &[usize], b: &[usize], min: f32) -> Alignment {
    use rayon::prelude::*;
    let (n, m) = (a.len(), b.len());
    // all similarities, a row at a time: A's vector scattered into a dense array, then one
    // lookup per term of each B statement
    let dims = v.surface.len();
    let sims: Vec<f32> = a
        .par_iter()
        .flat_map_iter(|&qa| {
            let mut dense = vec![0f32; dims];
            for &(t, w) in &v.vecs[qa] {
                dense[t as usize] = w;
            }
            b.iter()
                .map(move |&qb| {
                    let s: f32 = v.vecs[qb].iter().map(|&(t, w)| dense[t as usize] * w).sum();
                    if s >= min {
                        s
                    } else {
                        0.0
                    }
                })
                .collect::<Vec<f32>>()
        })
        .collect();
    let sim = |i: usize, j: usize| sims[i * m + j];
    // statements connected through similar pairs form groups, solved one by one
    let mut parent: Vec<usize> = (0..n + m).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for i in 0..n {
        for j in 0..m {
            if sim(i, j) > 0.0 {
                let (x, y) = (find(&mut parent, i), find(&mut parent, n + j));
                if x != y {
                    parent[x] = y;
                }
            }
        }
    }
    let mut groups: HashMap<usize, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for i in 0..n {
        if (0..m).any(|j| sim(i, j) > 0.0) {
            let r = find(&mut parent, i);
            groups.entry(r).or_default().0.push(i);
        }
    }
    for j in 0..m {
        if (0..n).any(|i| sim(i, j) > 0.0) {
            let r = find(&mut parent, n + j);
            groups.entry(r).or_default().1.push(j);
        }
    }
    let mut pairs = Vec::new();
    for (rows, cols) in groups.values() {
        let w: Vec<Vec<f32>> = rows.iter().map(|&i| cols.iter().map(|&j| sim(i, j)).collect()).collect();
        for (r, c) in hungarian_max(&w) {
            let s = w[r][c];
            if s >= min && s > 0.0 {
                let (qa, qb) = (a[rows[r]], b[cols[c]]);
                let shared = v.shared(qa, qb, 3);
                pairs.push(Pair {
                    a: qa,
                    b: qb,
                    similarity: s,
                    stems: shared.iter().map(|(_, id)| v.stems[*id as usize].clone()).collect(),
                    shared: shared.into_iter().map(|(w, _)| w).collect(),
                });
            }
        }
    }
    pairs.sort_by_key(|p| p.a.min(p.b));
    let paired_a: rustc_hash::FxHashSet<usize> = pairs.iter().map(|p| p.a).collect();
    let paired_b: rustc_hash::FxHashSet<usize> = pairs.iter().map(|p| p.b).collect();
    let only_a = a.iter().copied().filter(|q| !paired_a.contains(q)).collect();
    let only_b = b.iter().copied().filter(|q| !paired_b.contains(q)).collect();
    Alignment { pairs, only_a, only_b }
}

/// Statements that speak of the same thing, across speakers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Topic {
    /// The strongest terms of the group, as written.
    pub label: Vec<String>,
    /// Quote indices, in article order.
    pub quotes: Vec<usize>,
    /// Speaker ids of those quotes, most frequent first.
    pub speakers: Vec<String>,
}

/// Statements joining a topic must be at least this similar to it.
pub const TOPIC_SIMILARITY: f32 = 0.2;

/// Groups statements by topic with the same vectors: each statement joins the most similar
/// topic so far (cosine with the topic's centroid) if it is similar enough, else starts one.
/// Topics of a single statement are dropped; the largest come first. `min` must be above 0.
pub fn topics(v: &Vectors, doc: &Document, min: f32) -> Vec<Topic> {
    struct Group {
        sum: FxHashMap<u32, f32>,
        norm2: f32,
        quotes: Vec<usize>,
    }
    let mut groups: Vec<Group> = Vec::new();
    // which groups hold each term: a statement is compared only with groups it shares a term
    // with (the others have cosine 0), so the cost follows the overlaps, not statements × groups
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    let mut dots: Vec<f32> = Vec::new();
    let mut seen_by: Vec<usize> = Vec::new(); // the statement that last touched each group
    let mut touched: Vec<usize> = Vec::new();
    for (q, vec) in v.vecs.iter().enumerate() {
        if vec.is_empty() {
            continue;
        }
        for &(t, w) in vec {
            for &gi in postings.get(&t).map(Vec::as_slice).unwrap_or(&[]) {
                if seen_by[gi] != q {
                    seen_by[gi] = q;
                    touched.push(gi);
                }
                dots[gi] += groups[gi].sum[&t] * w;
            }
        }
        // the earliest group wins a tie, as in a scan of all groups
        touched.sort_unstable();
        let mut best: Option<(usize, f32)> = None;
        for &gi in &touched {
            let cos = dots[gi] / groups[gi].norm2.sqrt().max(f32::EPSILON);
            if cos >= min && best.is_none_or(|(_, b)| cos > b) {
                best = Some((gi, cos));
            }
            dots[gi] = 0.0;
        }
        touched.clear();
        let gi = match best {
            Some((gi, _)) => gi,
            None => {
                groups.push(Group { sum: FxHashMap::default(), norm2: 0.0, quotes: Vec::new() });
                dots.push(0.0);
                seen_by.push(usize::MAX);
                groups.len() - 1
            }
        };
        let g = &mut groups[gi];
        for &(t, w) in vec {
            let e = g.sum.entry(t).or_insert_with(|| {
                postings.entry(t).or_default().push(gi);
                0.0
            });
            g.norm2 += (*e + w) * (*e + w) - *e * *e;
            *e += w;
        }
        g.quotes.push(q);
    }
    let mut out: Vec<Topic> = groups
        .into_iter()
        .filter(|g| g.quotes.len() > 1)
        .map(|g| {
            // label terms: what the statements have in common, not what one says alone
            let mut members: FxHashMap<u32, f32> = FxHashMap::default();
            for &q in &g.quotes {
                for &(t, _) in &v.vecs[q] {
                    *members.entry(t).or_default() += 1.0;
                }
            }
            let mut terms: Vec<(u32, f32)> = g.sum.into_iter().map(|(t, w)| (t, w * members[&t])).collect();
            terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let label = terms.iter().take(3).map(|(t, _)| v.surface[*t as usize].clone()).collect();
            let mut counts: Vec<(String, usize)> = Vec::new();
            for &q in &g.quotes {
                let id = doc.quotes[q].speaker_id.to_string();
                match counts.iter_mut().find(|c| c.0 == id) {
                    Some(c) => c.1 += 1,
                    None => counts.push((id, 1)),
                }
            }
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            Topic { label, quotes: g.quotes, speakers: counts.into_iter().map(|c| c.0).collect() }
        })
        .collect();
    out.sort_by(|a, b| b.quotes.len().cmp(&a.quotes.len()).then(a.quotes[0].cmp(&b.quotes[0])));
    out
}

/// Maximum-weight assignment (rows to distinct columns) on a dense matrix: the Hungarian
/// algorithm with potentials (shortest augmenting paths), O(n²·m). Returns (row, column)
/// pairs; with more rows than columns, some rows stay unassigned.
pub fn hungarian_max(w: &[Vec<f32>]) -> Vec<(usize, usize)> {
    let rows = w.len();
    let cols = w.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return Vec::new();
    }
    // minimise cost = max - w on a square-ish problem with n <= m (transpose if needed)
    let transpose = rows > cols;
    let (n, m) = if transpose { (cols, rows) } else { (rows, cols) };
    let maxw = w.iter().flatten().copied().fold(0.0f32, f32::max);
    // costs (max − weight) in one flat row-major array, rows being the smaller side
    let cost: Vec<f32> = (0..n)
        .flat_map(|i| (0..m).map(move |j| (i, j)))
        .map(|(i, j)| maxw - if transpose { w[j][i] } else { w[i][j] })
        .collect();
    let inf = f32::INFINITY;
    let mut u = vec![0.0f32; n + 1];
    let mut v = vec![0.0f32; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            let row = &cost[(i0 - 1) * m..i0 * m];
            for j in 1..=m {
                if !used[j] {
                    let cur = row[j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut out = Vec::new();
    for (j, &row) in p.iter().enumerate().skip(1) {
        if row != 0 {
            let (r, c) = (row - 1, j - 1);
            out.push(if transpose { (c, r) } else { (r, c) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The topic grouping as first written: every statement against every group. `topics`
    /// must group exactly like it.
    fn topic_groups_by_scan(v: &Vectors, min: f32) -> Vec<Vec<usize>> {
        let mut groups: Vec<(FxHashMap<u32, f32>, f32, Vec<usize>)> = Vec::new();
        for (q, vec) in v.vecs.iter().enumerate().filter(|(_, vec)| !vec.is_empty()) {
            let mut best: Option<(usize, f32)> = None;
            for (gi, (sum, norm2, _)) in groups.iter().enumerate() {
                let dot: f32 = vec.iter().map(|&(t, w)| sum.get(&t).copied().unwrap_or(0.0) * w).sum();
                let cos = dot / norm2.sqrt().max(f32::EPSILON);
                if cos >= min && best.is_none_or(|(_, b)| cos > b) {
                    best = Some((gi, cos));
                }
            }
            let gi = best.map_or_else(
                || {
                    groups.push((FxHashMap::default(), 0.0, Vec::new()));
                    groups.len() - 1
                },
                |(gi, _)| gi,
            );
            let (sum, norm2, quotes) = &mut groups[gi];
            for &(t, w) in vec {
                let e = sum.entry(t).or_insert(0.0);
                *norm2 += (*e + w) * (*e + w) - *e * *e;
                *e += w;
            }
            quotes.push(q);
        }
        let mut out: Vec<Vec<usize>> = groups.into_iter().map(|g| g.2).filter(|q| q.len() > 1).collect();
        out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        out
    }

    #[test]
    fn topics_through_term_postings_group_like_a_full_scan() {
        let doc = crate::pipeline::extract(crate::testgen::articles(3, 60), &crate::testgen::speakers_file());
        let v = Vectors::new(&doc);
        for min in [TOPIC_SIMILARITY, 0.05, 0.5] {
            let fast: Vec<Vec<usize>> = topics(&v, &doc, min).into_iter().map(|t| t.quotes).collect();
            assert!(!fast.is_empty());
            assert_eq!(fast, topic_groups_by_scan(&v, min), "min {min}");
        }
    }

    #[test]
    fn stemming_strips_article_clitics_and_suffixes() {
        assert_eq!(stem(&fold("الطاقة")), stem(&fold("وطاقة")));
        assert_eq!(stem(&fold("التجارة")), stem(&fold("بالتجارة")));
        assert_eq!(stem(&fold("المشروعات")), stem(&fold("مشروع")));
        assert_eq!(stem("exports"), stem("export"));
    }

    #[test]
    fn stop_words_are_not_terms() {
        let t: Vec<String> = terms("قال إن الصين في هذا العام ستدعم الطاقة").into_iter().map(|x| x.0).collect();
        assert!(!t.iter().any(|w| w == "في" || w == "هذا"));
        assert!(t.contains(&stem(&fold("الطاقة"))));
    }

    #[test]
    fn topics_group_statements_of_several_speakers() {
        let text = "قالت الوزيرة ليلى حسن إن أسعار القمح ارتفعت هذا الشهر.\n\
                    وقال التاجر سامي نادر إن أسعار القمح ارتفعت بسبب الجفاف.\n\
                    وقال المدرب كريم يوسف إن الفريق سيفوز بالمباراة.";
        let doc =
            crate::pipeline::extract(vec![crate::model::Article::new("a1".into(), "t.txt".into(), text.into())], &[]);
        let v = Vectors::new(&doc);
        let t = topics(&v, &doc, TOPIC_SIMILARITY);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].quotes, [0, 1]);
        assert_eq!(t[0].speakers.len(), 2);
        assert!(t[0].label.iter().any(|w| w.contains("القمح")), "{:?}", t[0].label);
    }

    #[test]
    fn hungarian_finds_the_best_total_not_the_greedy_choice() {
        // greedy would take (0,0)=0.9 then (1,1)=0.1; best is (0,1)+(1,0) = 0.8+0.8
        let w = vec![vec![0.9, 0.8], vec![0.8, 0.1]];
        let mut m = hungarian_max(&w);
        m.sort();
        assert_eq!(m, [(0, 1), (1, 0)]);
        // rectangular, both ways
        let w = vec![vec![0.1, 0.9, 0.2]];
        assert_eq!(hungarian_max(&w), [(0, 1)]);
        let w = vec![vec![0.1], vec![0.7], vec![0.3]];
        assert_eq!(hungarian_max(&w), [(1, 0)]);
    }
}
