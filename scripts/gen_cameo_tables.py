#!/usr/bin/python3.11
"""Generate data/cameo/cameo_codes.tsv: one row per CAMEO event code.

Columns: code, name, goldstein, quad_class, plover_type, plover_mode.

Sources (facts only: code numbers, short code labels, weights, crosswalk values;
see docs/data-sources.md):
  reference/cameo/CAMEO.goldsteinscale.txt     GDELT Goldstein weight per code
  reference/cameo/LOOKUP-CAMEO.eventcodes.txt  GDELT code -> label list
  reference/cameo/chapter_6_cameo_event_codes.md  CAMEO 1.1b3 code list (labels)
  reference/plover/CAMEO2PLOVER-2021.txt        CAMEO -> PLOVER crosswalk (Draft 0.8)

Decisions:
  * The set of codes is the union of the Goldstein, LOOKUP and chapter-6 lists.
    Goldstein and LOOKUP agree except that LOOKUP lost code 106 inside the line of
    1056 (recovered). Chapter 6 (CAMEO 1.1b3) adds 155, 176, 1834, 1951, 1952, which
    GDELT's tables lack and the verb codebook uses; their Goldstein weight is
    inherited from the parent code and they are listed in the TSV's header comment.
    Chapter 6 misprints 183 as 1883 (fixed by CODE_TYPOS).
  * Labels: the CAMEO 1.1b3 codebook list (chapter 6) wins where it has the code,
    because GDELT's LOOKUP file carries older labels for several 10x codes
    (e.g. it calls 105 "Demand mediation" while CAMEO 1.1b3 and the PLOVER
    crosswalk say 105 is "Demand that target yields" and 108 is mediation).
    LOOKUP is the fallback and is cleaned: mojibake quotes (Mac Roman smart quotes
    read as Latin-1, e.g. 'Ò...Ó') become plain quotes, trivial typos are fixed.
  * quad_class follows GDELT: roots 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.
  * PLOVER: the crosswalk's own category names are kept (Draft 0.8 uses ACCUSE for
    CAMEO 09/11 and REQUEST for 10). PLOVER drops CAMEO 01 and 02: those rows have
    empty plover columns. A code without a crosswalk row inherits its parent's
    (0256 -> 025 -> 02). Where the crosswalk lists a code twice (08 appears as the
    heading of both CONCEDE and RETREAT; 175 twice) the first row wins.
    The crosswalk's 'mode' column is written as plover_mode; a mode value that is
    really a context word (175: 'pro_autocracy') is dropped.

Run: /usr/bin/python3.11 scripts/gen_cameo_tables.py [--shared DIR] [--out FILE]
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SHARED = os.environ.get("PARLEY_SHARED", os.path.join(REPO, "..", "shared"))

GOLDSTEIN = "reference/cameo/CAMEO.goldsteinscale.txt"
LOOKUP = "reference/cameo/LOOKUP-CAMEO.eventcodes.txt"
CHAPTER6 = "reference/cameo/chapter_6_cameo_event_codes.md"
PLOVER = "reference/plover/CAMEO2PLOVER-2021.txt"

CODE_RE = re.compile(r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$")

# Mojibake: Mac Roman typographic quotes decoded as Latin-1/UTF-8 code points.
MOJIBAKE = {
    "\u00d2": '"', "\u00d3": '"',   # Ò Ó  <- “ ”
    "\u00d4": "'", "\u00d5": "'",   # Ô Õ  <- ‘ ’
    "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
}
# Misprinted code numbers in chapter 6.
CODE_TYPOS = {"1883": "183"}

# Trivial typos in the label sources (whole-word replacements).
TYPOS = {
    '"hird"': '"third"',          # the 't' was eaten with the opening quote
    '"third"location': '"third" location',
    "matyerial": "material",
    "radiologicalweapons": "radiological weapons",
    "Threate n": "Threaten",      # PDF-to-markdown artefact in chapter 6
    "Apolgize": "Apologize",
}


def read_text(path):
    """Read a text file as UTF-8; bytes that are not UTF-8 fall back to cp1252
    (then Latin-1), line by line, so one bad byte never loses a line."""
    with open(path, "rb") as f:
        raw = f.read()
    lines = []
    for bline in raw.split(b"\n"):
        bline = bline.rstrip(b"\r")
        for enc in ("utf-8", "cp1252", "latin-1"):
            try:
                lines.append(bline.decode(enc))
                break
            except UnicodeDecodeError:
                continue
    return lines


def clean_label(s):
    for k, v in MOJIBAKE.items():
        s = s.replace(k, v)
    for k, v in TYPOS.items():
        s = s.replace(k, v)
    s = re.sub(r"\s+", " ", s).strip()
    s = s.replace(" ,", ",")
    # Any remaining non-ASCII character in a label is noise: drop it.
    s = "".join(ch for ch in s if ord(ch) < 128)
    return s


def parse_goldstein(path):
    out = {}
    for n, line in enumerate(read_text(path), 1):
        parts = line.strip().split()
        if len(parts) < 2 or not CODE_RE.match(parts[0]):
            continue
        try:
            out[parts[0]] = float(parts[1])
        except ValueError:
            print(f"{path}:{n}: bad weight {parts[1]!r}", file=sys.stderr)
    return out


def parse_lookup(path):
    """code<TAB>label. Some lines carry a second record glued on in the form
    'CODE:[weight] label' (1056 ... 106:[-5.0] Demand withdrawal)."""
    out = {}
    glued = re.compile(r"(?<![0-9])([0-9]{3,4}):\[(-?[0-9.]+)\]\s*")
    for n, line in enumerate(read_text(path), 1):
        line = line.strip()
        m = re.match(r"^([0-9]{2,4})\s+(.*)$", line)
        if not m or not CODE_RE.match(m.group(1)):
            continue
        code, rest = m.group(1), m.group(2)
        pieces = glued.split(rest)
        out.setdefault(code, clean_label(pieces[0]))
        # pieces = [label, code2, weight2, label2, ...]
        for i in range(1, len(pieces) - 2, 3):
            if CODE_RE.match(pieces[i]):
                out.setdefault(pieces[i], clean_label(pieces[i + 2]))
    return out


def parse_chapter6(path):
    """Lines '## 01: NAME', '010: label', '- 0253: label'; a label broken over
    several following lines (PDF artefact) is joined until the next code."""
    out = {}
    cur = None
    head = re.compile(r"^(?:##\s*|-\s*)?([0-9]{2,4}):\s*(.*)$")
    for line in read_text(path):
        s = line.strip()
        if not s:
            continue
        m = head.match(s)
        if m and CODE_RE.match(m.group(1)):
            cur = CODE_TYPOS.get(m.group(1), m.group(1))
            out[cur] = m.group(2)
        elif s.startswith("#"):
            cur = None
        elif cur is not None and re.match(r"^[a-z,]", s):
            out[cur] += " " + s
    return {k: clean_label(v) for k, v in out.items()}


def parse_plover(path):
    """'CODE: TYPE, mode, context # description'. Returns code -> (type, mode)."""
    rows = {}
    contexts = set()
    raw = []
    for n, line in enumerate(read_text(path), 1):
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^([0-9]{2,4})\s*:\s*(.*)$", body)
        if not m or not CODE_RE.match(m.group(1)):
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        ptype = fields[0].upper() if fields else ""
        mode = fields[1] if len(fields) > 1 else ""
        ctx = fields[2] if len(fields) > 2 else ""
        for c in ctx.split(";"):
            if c.strip():
                contexts.add(c.strip())
        if not re.match(r"^[A-Z]+$", ptype):
            print(f"{path}:{n}: bad PLOVER type {ptype!r}", file=sys.stderr)
            continue
        raw.append((m.group(1), ptype, mode))
    for code, ptype, mode in raw:
        if mode in contexts:
            mode = ""
        if code not in rows:           # first row wins
            rows[code] = (ptype, mode)
    return rows


def quad_class(code):
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def sort_key(code):
    return (code[:2], code[2:3] or "", code[3:] or "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=DEFAULT_SHARED)
    ap.add_argument("--out", default=os.path.join(REPO, "data", "cameo", "cameo_codes.tsv"))
    args = ap.parse_args()
    sh = lambda p: os.path.join(args.shared, p)

    gold = parse_goldstein(sh(GOLDSTEIN))
    lookup = parse_lookup(sh(LOOKUP))
    ch6 = parse_chapter6(sh(CHAPTER6))
    plover = parse_plover(sh(PLOVER))

    codes = set(gold) | set(lookup)
    for c in ch6:
        parent = c[:3] if len(c) == 4 else c[:2]
        if c not in codes and parent not in codes and parent not in ch6:
            print(f"{CHAPTER6}: code {c} has no parent; skipped", file=sys.stderr)
            continue
        codes.add(c)
    codes = sorted(codes, key=sort_key)
    gold_inherited = []
    rows = []
    problems = 0
    differ = []
    for code in codes:
        name = ch6.get(code) or lookup.get(code, "")
        if code in ch6 and code in lookup:
            a = re.sub(r"[^a-z ]", "", ch6[code].lower()).split()
            b = re.sub(r"[^a-z ]", "", lookup[code].lower()).split()
            if (set(a) ^ set(b)) - {"not", "specified", "below", "an", "make", "or", "request", "the"}:
                differ.append(code)
        if not name:
            print(f"no label for code {code}", file=sys.stderr)
            problems += 1
        g = gold.get(code)
        if g is None:
            p = code[:-1] if len(code) == 4 else code[:2]
            while p not in gold and len(p) > 2:
                p = p[:-1]
            g = gold.get(p)
            if g is None:
                print(f"no Goldstein weight for code {code}", file=sys.stderr)
                problems += 1
            else:
                gold_inherited.append(code)
        p = code
        while p not in plover and len(p) > 2:
            p = p[:-1]
        ptype, pmode = plover.get(p, ("", ""))
        rows.append((code, name, "" if g is None else f"{g:.1f}", str(quad_class(code)), ptype, pmode))

    # Validate.
    seen = set()
    for r in rows:
        assert CODE_RE.match(r[0]) and r[0] not in seen, r
        seen.add(r[0])
        assert r[1] and "\t" not in r[1] and all(ord(c) < 128 for c in r[1]), r
        if r[2]:
            assert -10.0 <= float(r[2]) <= 10.0, r
        if len(r[0]) > 2:
            parent = r[0][:-1] if len(r[0]) == 4 else r[0][:2]
            assert parent in seen, f"parent of {r[0]} missing"

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by scripts/gen_cameo_tables.py; do not edit.\n")
        f.write(f"# Sources (shared/): {GOLDSTEIN}, {LOOKUP}, {CHAPTER6}, {PLOVER}\n")
        f.write("# quad_class: 1 verbal cooperation, 2 material cooperation, "
                "3 verbal conflict, 4 material conflict (GDELT).\n")
        if gold_inherited:
            f.write("# Not in GDELT's tables; goldstein inherited from the parent code: "
                    + " ".join(gold_inherited) + "\n")
        f.write("# plover_* empty: PLOVER drops CAMEO 01 and 02.\n")
        f.write("code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    by_len = {n: sum(1 for r in rows if len(r[0]) == n) for n in (2, 3, 4)}
    inherited = sum(1 for r in rows if r[0] not in plover and r[4])
    print(f"goldstein inherited from parent: {' '.join(gold_inherited)}")
    print(f"wrote {args.out}: {len(rows)} codes "
          f"({by_len[2]} roots, {by_len[3]} 3-digit, {by_len[4]} 4-digit); "
          f"{sum(1 for r in rows if r[4])} with PLOVER type ({inherited} inherited); "
          f"{len(differ)} labels taken from the codebook over LOOKUP: {' '.join(differ)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
