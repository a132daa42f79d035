#!/usr/bin/python3.11
"""Validate Parley's verb-pattern dictionary (data/dict/verbs.txt).

Checks, following docs/dictionaries.md ("Verbs"):
  * every record is `CODE  pattern`; CODE is `---` or a CAMEO event code that
    exists in the CAMEO event-code list (data/cameo/cameo_codes.tsv when the
    project has it, and/or LOOKUP-CAMEO.eventcodes.txt from the shared
    reference folder);
  * pattern elements are well formed: `word`, `word+`, `a|b|c` (each
    alternative may carry its own `+`) or `*`, optionally followed by a final
    `%` (reciprocal predicate); words are lower case, and a word that is a
    single punctuation token (`-`, `$`) is allowed because the tokenizer
    splits hyphens; the anchor (first element) and the last element are not
    `*`; no two `*` in a row; no empty or repeated alternatives in an element;
    an alternative must not contain a hyphen between letters ("cease-fire"):
    the tokenizer makes that three tokens, so write `cease - fire`;
  * no exact duplicate patterns (same elements, alternatives in any order);
  * two patterns that can match exactly the same token sequence but give
    different codes are reported: the coder tries longer patterns first and,
    among equally long ones, the earlier line, so the earlier line wins;
  * at least one pattern for each CAMEO root 01..20.
It also checks irregular_verbs.txt next to verbs.txt when present
(`lemma past past-participle [third-person]`, where the past and participle
fields may list variants separated by "/"; no repeated lemma).

Prints counts per root and exits 1 if any error was found (warnings do not
change the exit status; --strict makes them errors).

Usage: scripts/check_verbs.py [--verbs FILE] [--irregular FILE]
                               [--codes FILE]... [--strict] [--quiet]
"""

import argparse
import itertools
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("PARLEY_SHARED", os.path.join(ROOT, "..", "shared"))
DEFAULT_VERBS = os.path.join(ROOT, "data", "dict", "verbs.txt")
DEFAULT_IRREGULAR = os.path.join(ROOT, "data", "dict", "irregular_verbs.txt")
PROJECT_CODES = os.path.join(ROOT, "data", "cameo", "cameo_codes.tsv")
LOOKUP_CODES = os.path.join(SHARED, "reference", "cameo",
                            "LOOKUP-CAMEO.eventcodes.txt")

# A word: lower-case letters (any script), digits, and inner ' - . characters;
# `'s` is a token of its own, so a leading apostrophe is allowed.
WORD_RE = re.compile(r"^'?[^\W_A-Z](?:[^\W_A-Z]|['\-.])*$")
PUNCT_RE = re.compile(r"^[^\w\s*|+%]$")   # one punctuation/symbol token
HYPHENATED_RE = re.compile(r"[^\W\d_]-[^\W\d_]")
CODE_RE = re.compile(r"^\d{2,4}$")
# The shared LOOKUP file has one record glued to the previous line
# ("...engagement106:[-5.0] Demand withdrawal"); recover such codes too.
GLUED_RE = re.compile(r"(\d{2,4}):\[")
EXPANSION_LIMIT = 20000  # skip the tie check for patterns with more variants


def strip_comment(line):
    """Remove a comment: `#` at line start or preceded by whitespace."""
    if line.lstrip().startswith("#"):
        return ""
    m = re.search(r"\s#", line)
    return line[:m.start()] if m else line


def load_codes(paths):
    codes = set()
    used = []
    for path in paths:
        if not os.path.exists(path):
            continue
        used.append(path)
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                first = re.split(r"[\t ]", line.strip(), maxsplit=1)[0]
                if CODE_RE.match(first):
                    codes.add(first)
                codes.update(GLUED_RE.findall(line))
    return codes, used


class Report:
    def __init__(self, strict):
        self.errors = 0
        self.warnings = 0
        self.strict = strict

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: error: {msg}")

    def warn(self, where, msg):
        if self.strict:
            self.error(where, msg)
            return
        self.warnings += 1
        print(f"{where}: warning: {msg}")


def parse_element(elem, where, rep):
    """Return a frozenset of alternatives ('*' for the wildcard) or None."""
    if elem == "*":
        return frozenset(["*"])
    alts = elem.split("|")
    ok = True
    for alt in alts:
        if alt == "":
            rep.error(where, f"empty alternative in '{elem}'")
            ok = False
            continue
        word = alt[:-1] if alt.endswith("+") else alt
        if "*" in alt:
            rep.error(where, f"'*' must stand alone, found '{elem}'")
            ok = False
        elif word != word.lower():
            rep.error(where, f"'{alt}' is not lower case")
            ok = False
        elif PUNCT_RE.match(word):
            pass
        elif not WORD_RE.match(word):
            rep.error(where, f"malformed word '{alt}'")
            ok = False
        elif HYPHENATED_RE.search(word):
            rep.warn(where, f"'{alt}' never matches: the tokenizer splits "
                            f"hyphens (write '{word.replace('-', ' - ')}')")
    repeated = [a for a, n in Counter(alts).items() if n > 1 and a]
    if repeated:
        rep.warn(where, f"repeated alternative(s) {', '.join(repeated)} "
                        f"in '{elem}'")
    return frozenset(alts) if ok else None


def parse_pattern(text, where, rep):
    """Return (elements, reciprocal) or None."""
    elems = text.split()
    reciprocal = bool(elems) and elems[-1] == "%"
    if reciprocal:
        elems = elems[:-1]
    if "%" in elems:
        rep.error(where, "'%' is only allowed as the last element")
        return None
    parsed = []
    for e in elems:
        p = parse_element(e, where, rep)
        if p is None:
            return None
        parsed.append(p)
    if not parsed:
        rep.error(where, "empty pattern")
        return None
    if parsed[0] == {"*"}:
        rep.error(where, "pattern starts with '*' (the anchor must be a word)")
        return None
    if parsed[-1] == {"*"}:
        rep.error(where, "pattern ends with '*'")
        return None
    for a, b in zip(parsed, parsed[1:]):
        if a == {"*"} and b == {"*"}:
            rep.error(where, "two '*' in a row")
            return None
    return tuple(parsed), reciprocal


def variants(pattern):
    """All concrete element sequences of a pattern (one alternative each)."""
    return itertools.product(*[sorted(e) for e in pattern])


def size(pattern):
    n = 1
    for e in pattern:
        n *= len(e)
    return n


def check_verbs(path, codes, rep, quiet):
    per_root = Counter()
    per_code = Counter()
    blocks = 0
    seen = {}                        # normalised pattern -> (line, code)
    by_variant = defaultdict(list)   # concrete sequence -> [(line, code)]
    records = 0
    n_reciprocal = 0
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"{os.path.relpath(path)}:{lineno}"
            line = strip_comment(raw.rstrip("\n")).strip()
            if not line:
                continue
            parts = line.split(None, 1)
            if len(parts) < 2:
                rep.error(where, "expected 'CODE  pattern'")
                continue
            code, text = parts
            if code != "---":
                if not CODE_RE.match(code):
                    rep.error(where, f"bad code '{code}'")
                    continue
                if codes and code not in codes:
                    rep.error(where, f"code {code} is not a CAMEO event code")
                    continue
            parsed = parse_pattern(text, where, rep)
            if parsed is None:
                continue
            pattern, reciprocal = parsed
            if reciprocal and code == "---":
                rep.warn(where, "'%' has no effect on a '---' pattern")
            records += 1
            n_reciprocal += reciprocal
            if code == "---":
                blocks += 1
            else:
                per_root[code[:2]] += 1
                per_code[code] += 1
            key = tuple(tuple(sorted(e)) for e in pattern)
            if key in seen:
                first_line, first_code = seen[key]
                what = "duplicate" if first_code == code else "conflicting"
                rep.error(where, f"{what} pattern (line {first_line}, "
                                 f"code {first_code})")
                continue
            seen[key] = (lineno, code)
            if size(pattern) <= EXPANSION_LIMIT:
                for v in variants(pattern):
                    by_variant[v].append((lineno, code))
            else:
                rep.warn(where, f"{size(pattern)} variants; tie check skipped")
    # Ties: the same concrete sequence under two different codes.
    reported = set()
    for v, hits in by_variant.items():
        codes_here = {c for _, c in hits}
        if len(codes_here) < 2:
            continue
        lines = tuple(sorted({ln for ln, _ in hits}))
        if lines in reported:
            continue
        reported.add(lines)
        desc = ", ".join(f"line {ln} ({c})" for ln, c in sorted(set(hits)))
        rep.warn(f"{os.path.relpath(path)}:{lines[-1]}",
                 f"'{' '.join(v)}' is matched by {desc}; line {lines[0]} wins")
    missing = [f"{r:02d}" for r in range(1, 21) if per_root[f"{r:02d}"] == 0]
    for r in missing:
        rep.error(os.path.relpath(path), f"no pattern for root {r}")
    if not quiet:
        print(f"\n{records} patterns: {sum(per_root.values())} coded, "
              f"{blocks} '---', {n_reciprocal} reciprocal; "
              f"{len(per_code)} distinct codes")
        print("root  patterns  codes")
        for r in range(1, 21):
            key = f"{r:02d}"
            n_codes = len([c for c in per_code if c[:2] == key])
            print(f"  {key}  {per_root[key]:8d}  {n_codes:5d}")
        if codes:
            unused = sorted(c for c in codes if len(c) > 2 and c not in per_code)
            print(f"CAMEO codes without a pattern ({len(unused)}): "
                  f"{' '.join(unused)}")
    return records


def check_irregular(path, rep, quiet):
    lemmas = {}
    n = 0
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"{os.path.relpath(path)}:{lineno}"
            line = strip_comment(raw.rstrip("\n")).strip()
            if not line:
                continue
            fields = line.split()
            if len(fields) not in (3, 4):
                rep.error(where, "expected 'lemma past past-participle "
                                 "[third-person]'")
                continue
            forms = [fields[0], fields[-1]] if len(fields) == 4 else [fields[0]]
            forms += [v for f in fields[1:3] for v in f.split("/")]
            bad = [w for w in forms if not re.match(r"^[a-z][a-z\-]*$", w)]
            if bad:
                rep.error(where, f"malformed word(s): {' '.join(bad)}")
                continue
            if fields[0] in lemmas:
                rep.error(where, f"lemma '{fields[0]}' already on line "
                                 f"{lemmas[fields[0]]}")
                continue
            lemmas[fields[0]] = lineno
            n += 1
    if not quiet:
        print(f"{os.path.relpath(path)}: {n} verbs")
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbs", default=DEFAULT_VERBS)
    ap.add_argument("--irregular", default=DEFAULT_IRREGULAR)
    ap.add_argument("--codes", action="append",
                    help="code list(s); default: project list and LOOKUP")
    ap.add_argument("--strict", action="store_true",
                    help="treat warnings as errors")
    ap.add_argument("--quiet", action="store_true", help="only report problems")
    args = ap.parse_args()

    rep = Report(args.strict)
    codes, used = load_codes(args.codes or [PROJECT_CODES, LOOKUP_CODES])
    if not used:
        rep.warn("codes", "no CAMEO code list found; codes not checked")
    elif not args.quiet:
        print("code lists: " + ", ".join(os.path.relpath(p) for p in used))
    if not os.path.exists(args.verbs):
        rep.error(args.verbs, "file not found")
    else:
        check_verbs(args.verbs, codes, rep, args.quiet)
    if os.path.exists(args.irregular):
        check_irregular(args.irregular, rep, args.quiet)
    print(f"{rep.errors} error(s), {rep.warnings} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
