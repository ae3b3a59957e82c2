#!/usr/bin/env python3
"""Builds saywho's background term table (src/termweights/background.tsv) from wordfreq.

The table holds, for Arabic and English, the most frequent *stems* of general text with
their summed word frequency.  Words are folded and stemmed exactly as saywho's
`compare::stem(text::fold(word))` does (mirrored below: keep the two in step; the Rust
test `termweights::tests::table_stems_match_the_rust_stemmer` catches drift).

Usage (see SOURCES.md for the exact versions):
    pip install wordfreq==3.1.1 locate
    python3 tools/termweights/build_termweights.py > src/termweights/background.tsv

Output: UTF-8 text, lines starting with '#' are comments; every other line is
`<cB>\t<stem> <stem> ...` where cB = round(-100 * log10(frequency)) (centibels, as
wordfreq stores them), frequency being the summed frequency of all the words with that stem.
Deterministic: same wordfreq version, same bytes.
"""
import importlib.metadata
import math
import sys

import wordfreq

AR_TOP = 24000
EN_TOP = 15000

FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ة": "ه", "ؤ": "و", "ی": "ي", "ک": "ك"}
MARKS = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}


def fold(w):
    return "".join(FOLD.get(c, c) for c in w if c not in MARKS).lower()


def is_arabic_word(w):
    return all(0x0621 <= ord(c) <= 0x064A for c in w)


def stem(w):
    """Mirror of saywho's compare::stem on a folded word."""
    if w.isascii():
        for suf in ("ing", "ed", "es", "s"):
            if len(w) > len(suf) + 3 and w.endswith(suf):
                return w[: -len(suf)]
        return w
    if len(w) <= 3:
        return w
    s = w
    for pre in ("وال", "بال", "كال", "فال", "لل", "ال"):
        if s.startswith(pre) and len(s) - len(pre) >= 3:
            s = s[len(pre):]
            break
    if len(s) > 3 and s[0] in "وفبلك" and s == w and len(s) - 1 >= 3:
        s = s[1:]
    for suf in ("هما", "ها", "هم", "ات", "ون", "ين", "ان", "يه", "ه", "ي"):
        if len(s) > len(suf) + 2 and s.endswith(suf):
            s = s[: -len(suf)]
            break
    return s


def table(lang, keep, top):
    sums = {}
    for word, freq in wordfreq.get_frequency_dict(lang, "large").items():
        f = fold(word)
        if not keep(f) or len(f) < 2:
            continue
        s = stem(f)
        sums[s] = sums.get(s, 0.0) + freq
    best = sorted(sums.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return best


def main():
    out = sys.stdout
    out.write("# saywho background stem frequencies, built by tools/termweights/build_termweights.py\n")
    out.write(f"# from wordfreq {importlib.metadata.version('wordfreq')} "
              "'large' lists (data CC BY-SA 4.0, Robyn Speer et al.; see tools/termweights/SOURCES.md)\n")
    out.write("# this table is itself CC BY-SA 4.0. Line: centibels<TAB>stems with that summed frequency\n")
    rows = table("ar", is_arabic_word, AR_TOP) + table("en", lambda w: w.isascii() and w.isalpha(), EN_TOP)
    by_cb = {}
    for s, f in rows:
        cb = round(-100 * math.log10(f))
        by_cb.setdefault(cb, set()).add(s)
    for cb in sorted(by_cb):
        out.write(f"{cb}\t{' '.join(sorted(by_cb[cb]))}\n")


if __name__ == "__main__":
    main()
