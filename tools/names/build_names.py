#!/usr/bin/env python3
"""Build ar_given.tsv / ar_given_ambiguous.tsv for saywho from the files under raw/.

Usage:  python3 build_names.py [--stats] [--no-maha] [--without SRC,...] [--out-dir DIR]

Only the Python 3.9+ standard library is needed.  Every input is a file under
raw/ (see SOURCES.md for where each one came from, its licence and checksum);
curated/*.txt are hand-written editorial lists that belong to this project.

Output (next to this script):
  ar_given.tsv            name<TAB>gender<TAB>source   (gender: m, f, u)
  ar_given_ambiguous.tsv  name<TAB>gender<TAB>source<TAB>note
  build_stats.txt         counts per source and per gender

The algorithm, in short (details in SOURCES.md, "Transformations"):
  1. Read Latin/Cyrillic/... given- and family-name lists with gender from Faker, faker-js,
     uinames and wikidata-person-names (evidence for classifying Wikidata groups).
  2. Read Arabic-script given-name lists that carry gender (Faker ar_AA/ar_DZ, faker-js ar,
     AKhateeb/arabic-names, uinames Egypt/Saudi Arabia/Tunisia).
  3. Read the Wikidata name-item groups shipped in rigour 1.8.2 (persons.txt) and the
     Wikipedia-mined Arabic-English pairs of google/transliteration (ar2en.txt).  An Arabic
     form is a given name when an Arabic list has it, when its non-Arabic forms are known
     given names and not known family names, or when the Wikidata-derived index of
     arabic-name-romanizer counts it as the given name of real people.
  4. Maha (CC BY 4.0, optional): gender votes, and new names only when the romanizer index
     corroborates them; 4b. names found only in the romanizer index (folded spelling).
  5. Vote on gender; 6. add the hamza-less spelling of names that start with أ/إ/آ.
  7. Apply curated/*.txt: drop blocklist entries, fix genders, and move names that are also
     common words / function words / titles into ar_given_ambiguous.tsv.
"""
from __future__ import annotations

import argparse
import ast
import csv
import gzip
import json
import re
import sqlite3
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
CURATED = HERE / "curated"

# ---------------------------------------------------------------------------
# Arabic text helpers
# ---------------------------------------------------------------------------
HARAKAT_RE = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
INVISIBLE_RE = re.compile("[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]")
TATWEEL = "\u0640"
# Letters of the basic Arabic alphabet as used for Arabic (no Persian/Urdu letters).
AR_LETTERS = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
ANY_ARABIC_SCRIPT_RE = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def clean_ar(text: str) -> str:
    """NFKC, drop harakat, tatweel and invisible marks, alef wasla -> alef, squash spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = INVISIBLE_RE.sub("", text)
    text = text.replace(TATWEEL, "")
    text = HARAKAT_RE.sub("", text)
    text = text.replace("\u0671", "\u0627")  # ٱ -> ا
    text = re.sub(r"\s+", " ", text).strip()
    return text


def is_plain_arabic(text: str) -> bool:
    """Only basic Arabic letters and single spaces (rejects Persian/Urdu letters, digits, Latin)."""
    return bool(text) and all(c in AR_LETTERS or c == " " for c in text)


FOLD_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def fold(text: str) -> str:
    """Aggressive key: hamza-on-alif, alef maqsura and ta marbuta folded; عبدالX split."""
    toks = []
    for tok in text.split():
        if tok.startswith("عبدال") and len(tok) >= 7:
            toks.extend(["عبد", tok[3:]])
        else:
            toks.append(tok)
    return " ".join(toks).translate(FOLD_MAP)


def latin_key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().lower()


def ascii_key(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Source readers.  Each returns records (surface, gender or None, tag).
# ---------------------------------------------------------------------------

def _as_names(value) -> list:
    """A Faker name container (tuple, list, dict of weights, list of pairs) -> list of names."""
    if isinstance(value, dict):
        return list(value.keys())
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            if isinstance(v, str):
                out.append(v)
            elif isinstance(v, (list, tuple)) and v and isinstance(v[0], str):
                out.append(v[0])  # (name, weight) pairs
        return out
    return []


def _eval_faker_expr(node, env):
    """Evaluate the few expression shapes Faker providers use to build name lists.
    Only literals, names bound earlier, '+', OrderedDict(...), X.copy(), tuple(), list(),
    sorted(set()), Counter()+Counter() and tuple(map(itemgetter(0), X)) are understood;
    anything else raises ValueError.  Nothing is ever executed."""
    try:
        return ast.literal_eval(node)
    except Exception:
        pass
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise ValueError(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _eval_faker_expr(node.left, env), _eval_faker_expr(node.right, env)
        return _as_names(a) + _as_names(b)
    if isinstance(node, ast.Call):
        fn = node.func
        fname = fn.id if isinstance(fn, ast.Name) else (fn.attr if isinstance(fn, ast.Attribute) else "")
        if fname == "copy" and isinstance(fn, ast.Attribute):
            return _eval_faker_expr(fn.value, env)
        if fname in ("OrderedDict", "tuple", "list", "sorted", "set", "Counter"):
            if not node.args:
                return []
            return _as_names(_eval_faker_expr(node.args[0], env))
        if fname == "map" and len(node.args) == 2:  # map(itemgetter(0), pairs)
            return _as_names(_eval_faker_expr(node.args[1], env))
    raise ValueError(ast.dump(node)[:80])


def read_py_tuple_assignments(path: Path) -> dict:
    """Name-list assignments of a Faker provider module (parsed with ast, never executed)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    env: dict = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
                    tgt = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
                    if isinstance(tgt, ast.Name):
                        try:
                            env[tgt.id] = _eval_faker_expr(stmt.value, env)
                        except (ValueError, RecursionError):
                            pass
    return env


def faker_py():
    """Yield (locale, kind, name, gender) for every Faker person provider.
    kind is 'given' or 'family'."""
    for path in sorted((RAW / "faker-py" / "person").glob("*.py")):
        loc = path.stem
        if loc.startswith("_"):
            continue
        data = read_py_tuple_assignments(path)
        for key, gender in (("first_names_male", "m"), ("first_names_female", "f"),
                            ("first_names_nonbinary", None), ("first_names", None)):
            vals = data.get(key)
            if isinstance(vals, dict):  # some locales use weighted OrderedDicts
                vals = list(vals.keys())
            if isinstance(vals, (list, tuple)):
                for v in vals:
                    if isinstance(v, str):
                        yield loc, "given", v, gender
        for key in ("last_names", "last_names_male", "last_names_female"):
            vals = data.get(key)
            if isinstance(vals, dict):
                vals = list(vals.keys())
            if isinstance(vals, (list, tuple)):
                for v in vals:
                    if isinstance(v, str):
                        yield loc, "family", v, None


TS_SECTION_RE = re.compile(r"(\w+)\s*:\s*\[(.*?)\]", re.S)
TS_STR_RE = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def ts_strings(block: str):
    for m in TS_STR_RE.finditer(block):
        s = m.group(1) if m.group(1) is not None else m.group(2)
        yield s.replace("\\'", "'").replace('\\"', '"')


def faker_js():
    """Yield (locale, kind, name, gender) from faker-js src/locales/*/person/{first,last}_name.ts."""
    for path in sorted((RAW / "faker-js" / "locales").glob("*.ts")):
        loc, kind = path.stem.split("__")
        text = path.read_text(encoding="utf-8")
        if kind == "first_name":
            for sec, block in TS_SECTION_RE.findall(text):
                g = {"male": "m", "female": "f"}.get(sec)
                for s in ts_strings(block):
                    yield loc, "given", s, g
        elif kind == "last_name":
            for s in ts_strings(text):
                yield loc, "family", s, None


def akhateeb():
    d = RAW / "akhateeb-arabic-names"
    for fn, g in (("male-first--names-in-arabic.txt", "m"), ("female-first-names-in-arabic.txt", "f")):
        for line in (d / fn).read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                yield line.strip(), g


def uinames():
    """Yield (region, kind, name, gender)."""
    data = json.loads((RAW / "uinames" / "names.json").read_text(encoding="utf-8"))
    for reg in data:
        for n in reg.get("male", []):
            yield reg["region"], "given", n, "m"
        for n in reg.get("female", []):
            yield reg["region"], "given", n, "f"
        for n in reg.get("surnames", []):
            yield reg["region"], "family", n, None


def wikidata_person_names():
    """Yield (list, name): lists MALE, FEMALE, UNISEX, FAMILY (English labels of Wikidata items)."""
    text = (RAW / "wikidata-person-names" / "index.mjs").read_text(encoding="utf-8")
    for m in re.finditer(r"export const (\w+) = \[(.*?)\];", text, re.S):
        for s in ts_strings(m.group(2)):
            yield m.group(1), s


MAHA_M_RE = re.compile(r"مذكر|للذكور|على الذكور|يطلق على الذكر|للأولاد|للصبيان|للولد")
MAHA_F_RE = re.compile(r"مؤنث|للإناث|على الإناث|يطلق على الأنثى|للبنات|للفتيات")


def maha():
    """Yield (name, gender, description_kind) for Maha names whose description states a gender."""
    csv.field_size_limit(1 << 30)
    with gzip.open(RAW / "maha" / "names.tsv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            desc = row["Description"] or ""
            m, f = bool(MAHA_M_RE.search(desc)), bool(MAHA_F_RE.search(desc))
            if not (m or f):
                continue
            g = "u" if (m and f) else ("m" if m else "f")
            yield row["Name"].strip().rstrip("."), g


def romanizer_units():
    """Folded key -> Counter(role -> number of people) from arabic-name-romanizer's index."""
    with gzip.open(RAW / "arabic-name-romanizer" / "names.sqlite3.gz", "rb") as fh:
        blob = fh.read()
    with tempfile.NamedTemporaryFile(suffix=".sqlite3") as tmp:
        tmp.write(blob)
        tmp.flush()
        con = sqlite3.connect(tmp.name)
        out: dict[str, Counter] = defaultdict(Counter)
        latin: dict[str, set] = defaultdict(set)
        for key, latin_form, role, cnt, source, country in con.execute(
                "SELECT arabic_key, latin, role, count, source, country FROM units"):
            if country in ("IR", "PK", "AF"):  # Persian/Urdu-script rows
                continue
            if not is_plain_arabic(key):
                continue
            out[fold(key)][role] += cnt
            if role == "given":
                latin[fold(key)].add(latin_form)
        con.close()
    return out, latin


def google_ar2en():
    """Yield (arabic, english) pairs from google/transliteration ar2en.txt."""
    for line in (RAW / "google-transliteration" / "ar2en.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            yield parts[0].strip(), parts[1].strip()


def rigour_groups():
    """Yield (qid, [forms]) from rigour's persons.txt (Wikidata name items)."""
    with gzip.open(RAW / "rigour" / "persons.txt.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if " => " not in line:
                continue
            forms, qid = line.rsplit(" => ", 1)
            yield qid, forms.split(", ")


# ---------------------------------------------------------------------------
# Curated lists
# ---------------------------------------------------------------------------

def read_curated(name: str) -> dict[str, str]:
    """word<TAB>note lines; '#' comments.  Returns {word: note}."""
    out = {}
    path = CURATED / name
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""
        if not line.strip():
            continue
        parts = line.split("\t")
        out[clean_ar(parts[0])] = parts[1].strip() if len(parts) > 1 else ""
    return out


# ---------------------------------------------------------------------------
# Shape rules for a candidate Arabic given name
# ---------------------------------------------------------------------------
COMPOUND_FIRST = {"عبد", "أبو", "ابو", "أبي", "ابي", "أم", "ام", "أمة", "امة"}
COMPOUND_LAST = {"الله", "الدين", "الإسلام", "الاسلام", "الرحمن", "الحق", "الزمان", "النبي"}


def shape_ok(s: str, attested_arabic: bool) -> tuple[bool, str]:
    """Is s a plausible given-name string?  attested_arabic: found in an Arabic given-name list."""
    if not is_plain_arabic(s):
        return False, "non-arabic-letters"
    toks = s.split(" ")
    if len(toks) > 3:
        return False, "too-long"
    if len(toks) > 1:
        ok = toks[0] in COMPOUND_FIRST or toks[-1] in COMPOUND_LAST
        if not ok and not attested_arabic:
            return False, "multiword"
        if toks[0] in ("أم", "ام", "أبو", "ابو", "أبي", "ابي") and not attested_arabic:
            return False, "kunya"  # kunyas are not given names (rigour has many)
    if len(s.replace(" ", "")) < 2:
        return False, "too-short"
    if toks[0].startswith("ال") and not attested_arabic and toks[0] not in ("الله",):
        return False, "article"
    if re.search(r"(.)\1\1", s):
        return False, "triple-letter"
    return True, ""


# ---------------------------------------------------------------------------
# Main build
# ---------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-maha", action="store_true", help="do not use the Maha (CC-BY-4.0) dataset at all")
    ap.add_argument("--stats", action="store_true", help="print statistics")
    ap.add_argument("--without", default="",
                    help="comma-separated sources to leave out (faker-py, faker-js, uinames, "
                         "wikidata-person-names, akhateeb, maha, romanizer, rigour, google-ar2en); "
                         "for leave-one-out counts.  Implies --out-dir if given.")
    ap.add_argument("--out-dir", default=None, help="write the outputs here instead of next to the script")
    args = ap.parse_args()

    # evidence[surface] = {"votes": Counter(gender -> weight), "tags": set()}
    votes: dict[str, Counter] = defaultdict(Counter)
    tags: dict[str, set] = defaultdict(set)
    rejected: Counter = Counter()

    # ---- 1. Latin/Cyrillic/... given and family lists (for classifying Wikidata groups)
    # Evidence is counted once per (source, locale) list, so that a locale that repeats its
    # male list as a generic first_names list does not count twice.
    given_lists: dict[str, set] = defaultdict(set)    # key -> {(src, loc)} listing it as a given name
    gender_lists: dict[str, dict] = defaultdict(dict)  # key -> {(src, loc): set of m/f/U}
    family_lists: dict[str, set] = defaultdict(set)   # key -> {(src, loc)} listing it as a family name
    ar_direct: list[tuple[str, str | None, str]] = []  # (surface, gender, tag)

    def note_latin(src, loc, kind, name, g):
        for k in {latin_key(name), ascii_key(latin_key(name))}:
            if kind == "family":
                family_lists[k].add((src, loc))
                continue
            if g != "U":  # wikidata-person-names UNISEX: see below
                given_lists[k].add((src, loc))
            if g:
                gender_lists[k].setdefault((src, loc), set()).add(g)

    without = {x.strip() for x in args.without.split(",") if x.strip()}
    if "maha" in without:
        args.no_maha = True
    out_dir = Path(args.out_dir) if args.out_dir else HERE
    out_dir.mkdir(parents=True, exist_ok=True)

    def src(name, it):
        return () if name in without else it

    for loc, kind, name, g in src("faker-py", faker_py()):
        if ANY_ARABIC_SCRIPT_RE.search(name):
            if kind == "given" and loc.startswith("ar_"):
                ar_direct.append((name, g, "faker-py"))
            continue
        note_latin("faker-py", loc, kind, name, g)
    for loc, kind, name, g in src("faker-js", faker_js()):
        if ANY_ARABIC_SCRIPT_RE.search(name):
            if kind == "given" and loc == "ar":
                ar_direct.append((name, g, "faker-js"))
            continue
        note_latin("faker-js", loc, kind, name, g)
    for region, kind, name, g in src("uinames", uinames()):
        if ANY_ARABIC_SCRIPT_RE.search(name):
            if kind == "given" and region in ("Egypt", "Saudi Arabia", "Tunisia"):
                ar_direct.append((name, g, "uinames"))
            continue
        note_latin("uinames", region, kind, name, g)
    for lst, name in src("wikidata-person-names", wikidata_person_names()):
        # UNISEX is noisy (it holds many surname-like items such as "Blackburn"), so it
        # never makes a group "given" by itself; it only adds a 'u' gender vote.
        note_latin("wikidata-person-names", lst, "family" if lst == "FAMILY" else "given", name,
                   {"MALE": "m", "FEMALE": "f", "UNISEX": "U", "FAMILY": None}[lst])
    for name, g in src("akhateeb", akhateeb()):
        ar_direct.append((name, g, "akhateeb"))

    # ---- 2. Arabic direct lists
    direct_surfaces: set[str] = set()
    for raw_name, g, tag in ar_direct:
        s = clean_ar(raw_name)
        ok, why = shape_ok(s, True)
        if not ok:
            rejected[(tag, why)] += 1
            continue
        direct_surfaces.add(s)
        tags[s].add(tag)
        if g:
            votes[s][g] += 2

    maha_g: dict[str, str] = {}
    if not args.no_maha:
        for raw_name, g in maha():
            s = clean_ar(raw_name)
            if is_plain_arabic(s):
                maha_g.setdefault(s, g)
                if maha_g[s] != g:
                    maha_g[s] = "u"

    roman, roman_latin = romanizer_units() if "romanizer" not in without else ({}, {})

    def roman_given(s: str) -> tuple[int, int]:
        c = roman.get(fold(s))
        if not c:
            return 0, 0
        return c.get("given", 0), c.get("surname", 0)

    # ---- 3. Wikidata groups (rigour persons.txt) and Wikipedia-mined pairs (google ar2en)
    def classify_group(tag, ar_forms, others, min_given=1):
        g_votes = Counter()
        g_lists, f_lists = set(), set()
        for o in others:
            g_lists |= given_lists.get(o, set())
            f_lists |= family_lists.get(o, set())
            for lst, gs in gender_lists.get(o, {}).items():
                for gg in gs:
                    g_votes[(lst, gg)] = 1
        given_hits, family_hits = len(g_lists), len(f_lists)
        g_votes = Counter(gg if gg != "U" else "u" for (_lst, gg) in g_votes)
        for s in sorted(set(ar_forms)):
            attested = s in direct_surfaces
            ok, why = shape_ok(s, attested)
            if not ok:
                rejected[(tag, why)] += 1
                continue
            rg, rs = roman_given(s)
            if attested:
                accept = True
            elif given_hits >= min_given and not family_hits:
                accept = True
            elif given_hits >= min_given and family_hits:
                accept = given_hits > family_hits or (rg >= 2 and rg >= rs)
            else:
                accept = rg >= 2 and rg >= 2 * rs
            if not accept:
                rejected[(tag, "not-given")] += 1
                continue
            tags[s].add(tag)
            if rg:
                tags[s].add("wikidata-romanizer")
            # gender from the group's given-name evidence: one vote per gender seen
            m, f = g_votes.get("m", 0), g_votes.get("f", 0)
            if g_votes.get("u") and not (m or f):
                votes[s]["u"] += 1
            elif m and not f:
                votes[s]["m"] += 1
            elif f and not m:
                votes[s]["f"] += 1
            elif m and f:
                if m >= 3 * f:
                    votes[s]["m"] += 1
                elif f >= 3 * m:
                    votes[s]["f"] += 1
                else:
                    votes[s]["u"] += 1

    n_groups = 0
    for qid, forms in src("rigour", rigour_groups()):
        ar_forms = [clean_ar(f) for f in forms if ANY_ARABIC_SCRIPT_RE.search(f)]
        others = [latin_key(f) for f in forms if not ANY_ARABIC_SCRIPT_RE.search(f)]
        if ar_forms:
            n_groups += 1
            classify_group("wikidata-rigour", ar_forms, others)
    for ar, en in src("google-ar2en", google_ar2en()):
        # ar2en holds every kind of Wikipedia title word (places too), so a pair needs the
        # English word in at least three given-name lists before it counts as a given name.
        classify_group("google-ar2en", [clean_ar(ar)], [latin_key(en)], min_given=3)

    # ---- 4. Maha as corroboration, and (restricted) as a source of new names
    if maha_g:
        for s, g in maha_g.items():
            if s in tags:
                tags[s].add("maha")
                votes[s][g if g != "u" else "u"] += 1
            else:
                rg, rs = roman_given(s)
                ok, why = shape_ok(s, False)
                if ok and rg >= 1 and rg >= rs:
                    tags[s].update({"maha", "wikidata-romanizer"})
                    votes[s][g] += 1
                else:
                    rejected[("maha", why or "uncorroborated")] += 1

    # ---- 4b. given names attested only by the Wikidata-derived romanizer index
    # Its keys are folded (أ/إ/آ -> ا, ى -> ي, ة -> ه), so a key is added only when no
    # spelling of it is already present; a final ه is written back as ة (the standard
    # spelling of these feminine names) and alef is left without hamza (a common news
    # spelling).  Gender comes from the Latin spellings that the index pairs with the key.
    have_fold = {fold(x) for x in tags}
    maha_fold = {fold(k): g for k, g in maha_g.items()}
    for key, c in sorted(roman.items()):
        rg, rs = c.get("given", 0), c.get("surname", 0)
        if key in have_fold or rg < 3 or rg < rs:
            continue
        toks = key.split(" ")
        if toks[0].startswith("ال") and rg < 10:
            rejected[("wikidata-romanizer", "article<10")] += 1
            continue
        if toks[0] in ("بن", "بنت", "ابن", "ابو", "ام", "ولد", "ايت", "اولاد", "بني", "سيدي", "سي", "حاج", "الحاج"):
            rejected[("wikidata-romanizer", "particle")] += 1
            continue
        surface = " ".join(t[:-1] + "ة" if (t.endswith("ه") and len(t) > 2 and t != "الله") else t
                           for t in toks)
        ok, why = shape_ok(surface, True)
        if not ok:
            rejected[("wikidata-romanizer", why)] += 1
            continue
        tags[surface].update({"wikidata-romanizer", "romanizer-only"})
        gv = Counter()
        for lf in roman_latin.get(key, ()):
            for lst, gs in gender_lists.get(latin_key(lf), {}).items():
                for gg in gs:
                    if gg in ("m", "f"):
                        gv[gg] += 1
        if key in maha_fold:
            gv[maha_fold[key]] += 1
        if gv.get("m", 0) >= 2 * gv.get("f", 0) and gv.get("m"):
            votes[surface]["m"] += 1
        elif gv.get("f", 0) >= 2 * gv.get("m", 0) and gv.get("f"):
            votes[surface]["f"] += 1
        elif gv:
            votes[surface]["u"] += 1

    # ---- 5. gender decision
    def decide(c: Counter) -> str:
        m, f, u = c.get("m", 0), c.get("f", 0), c.get("u", 0)
        if m == f == u == 0:
            return "?"
        if m >= 2 * (f + u) and m > 0:
            return "m"
        if f >= 2 * (m + u) and f > 0:
            return "f"
        return "u"

    entries: dict[str, tuple[str, set]] = {}
    gender_changed: dict[str, tuple[str, str]] = {}
    for s, t in tags.items():
        entries[s] = (decide(votes[s]), set(t))

    # ---- 6. hamza-less variants of initial أ/إ/آ
    variants: dict[str, list] = defaultdict(list)
    for s in sorted(entries):
        if s[0] in "أإآ":
            v = "ا" + s[1:]
            if v not in entries:
                variants[v].append(s)
    for v, bases in variants.items():
        gs = {entries[b][0] for b in bases} - {"?"}
        g = gs.pop() if len(gs) == 1 else ("u" if gs else "?")
        entries[v] = (g, {"variant:" + b for b in bases})

    # ---- 7. curated lists
    blocklist = read_curated("blocklist.txt")
    ambiguous = read_curated("ambiguous.txt")
    function_words = read_curated("function_words.txt")
    gender_over = read_curated("gender_overrides.txt")
    for s, (g, t) in list(entries.items()):
        vbases = sorted(tag[len("variant:"):] for tag in t if tag.startswith("variant:"))
        new_g = gender_over.get(s) or next((gender_over[b] for b in vbases if b in gender_over), None)
        if not new_g and (s.startswith("عبد") or s.endswith(" الدين") or s.endswith(" الله")) \
                and not s.startswith("أمة") and not s.startswith("امة") and g in ("u", "?"):
            new_g = "m"  # theophoric compounds عبد X / X الدين / X الله are masculine
        if new_g and new_g != g:
            entries[s] = (new_g, t | {"gender:curated"})
            gender_changed[s] = (g, new_g)
        # two-letter forms that no Arabic given-name list attests are too risky to use alone
        if len(s.replace(" ", "")) <= 2 and s not in direct_surfaces and s not in function_words \
                and s not in blocklist and s not in ambiguous:
            ambiguous[s] = "two-letter form; collides with particles and abbreviations"

    out_main, out_amb = [], []
    for s in sorted(entries):
        g, t = entries[s]
        bases = {x[len("variant:"):] for x in t if x.startswith("variant:")}
        if s in blocklist or (bases and bases <= set(blocklist)):
            rejected[("curated", "blocklist")] += 1
            continue
        gender = "u" if g == "?" else g
        src = ";".join(sorted(x for x in t if x != "gender:curated")) + ("" if g != "?" else ";gender-unattested")
        if "gender:curated" in t:
            src += ";gender-curated"
        for b in sorted(bases):  # a hamza-less variant inherits its base's ambiguity
            if s not in ambiguous and s not in function_words and (b in ambiguous or b in function_words):
                ambiguous[s] = "hamza-less " + b + ": " + (ambiguous.get(b) or function_words.get(b) or "")
        note = function_words.get(s) or ambiguous.get(s)
        if s in function_words and not note:
            note = "function word"
        if s in ambiguous and not note:
            note = "common word"
        if note is not None and (s in function_words or s in ambiguous):
            out_amb.append((s, gender, src, note))
        else:
            out_main.append((s, gender, src))

    with open(out_dir / "ar_given.tsv", "w", encoding="utf-8", newline="") as fh:
        for row in out_main:
            fh.write("\t".join(row) + "\n")
    with open(out_dir / "ar_given_ambiguous.tsv", "w", encoding="utf-8", newline="") as fh:
        for row in out_amb:
            fh.write("\t".join(row) + "\n")

    # ---- 8. statistics
    st = []
    st.append(f"wikidata groups with Arabic labels: {n_groups}")
    st.append(f"ar_given.tsv rows: {len(out_main)}")
    st.append("  by gender: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r[1] for r in out_main).items())))
    st.append("  gender unattested (written as u): %d" % sum(1 for r in out_main if "gender-unattested" in r[2]))
    st.append("  hamza-less variants added: %d" % sum(1 for r in out_main if r[2].startswith("variant:")))
    st.append(f"ar_given_ambiguous.tsv rows: {len(out_amb)}")
    st.append("  by gender: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r[1] for r in out_amb).items())))
    per_src = Counter()
    only_src = Counter()
    for r in out_main + [a[:3] for a in out_amb]:
        ts = [x for x in r[2].split(";") if not x.startswith("gender-")]
        base = {("variant" if x.startswith("variant:") else x) for x in ts}
        for x in base:
            per_src[x] += 1
        if len(base) == 1:
            only_src[next(iter(base))] += 1
    st.append("rows (both files) per source tag (a row may carry several tags):")
    for k, v in sorted(per_src.items()):
        st.append(f"  {k}: {v} (only this source: {only_src.get(k, 0)})")
    st.append(f"gender set by curated/gender_overrides.txt or the عبد/الدين/الله rule: {len(gender_changed)}")
    st.append("rejected candidates (source, reason):")
    for (src, why), v in sorted(rejected.items()):
        st.append(f"  {src} / {why}: {v}")
    (out_dir / "build_stats.txt").write_text("\n".join(st) + "\n", encoding="utf-8")
    if args.stats:
        print("\n".join(st))
    return 0


if __name__ == "__main__":
    sys.exit(main())
