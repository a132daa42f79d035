#!/usr/bin/env bash
# Story grouping against gold: ingests the ECB+ corpus (982 news documents in 43 topics, each
# topic split into two seminal events, the "ecb" and the "ecbplus" halves: 86 gold clusters)
# into a fresh store, runs `parley stories --format jsonl` and prints B-cubed precision,
# recall and F1 of the stories against the gold clusters (Bagga & Baldwin 1998: per
# document, the share of its story that is in its gold cluster and the share of its gold
# cluster that is in its story, averaged over documents).
#
# The documents are read by path from the shared data (PARLEY_SHARED, default ../shared):
# ECB+/<topic>/<topic>_<n>ecb[plus].xml, tokens with sentence numbers. Each becomes one
# JSONL article: id = file name, text = its sentences one per line (tokens joined by spaces,
# no detokenizing); an ecbplus document whose first sentence is its URL gets it as `url`.
# ECB+ gives no publication dates, so the grouping runs without time damping. A document
# whose text is a copy of another's is stored once (content hash) and scored in that one's
# story (6 of the 982 are such copies once cleaned up: they differ only in lines the cleanup
# drops, so copies are found on the texts `parley extract` gives); a document missing from
# the stories otherwise counts as a singleton.
#
# Usage: bench/story_bcubed.sh [ECB+_DIR]   (build first)
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-${PARLEY_SHARED:-$(cd .. && pwd)/shared}/corpus/stories/ecbplus/ECB+}"
bin=build/parley
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$dir" > "$tmp/ecb.jsonl" <<'PY'
import json, os, re, sys
root = sys.argv[1]
token = re.compile(r'<token[^>]*\bsentence="(\d+)"[^>]*>([^<]*)</token>')
def unescape(s):
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
             .replace("&apos;", "'").replace("&amp;", "&"))
for topic in sorted(os.listdir(root), key=lambda t: (len(t), t)):
    folder = os.path.join(root, topic)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            xml = f.read()
        sentences = {}
        for s, t in token.findall(xml):
            sentences.setdefault(int(s), []).append(unescape(t))
        lines = [" ".join(sentences[k]) for k in sorted(sentences)]
        rec = {"id": name}
        if lines and lines[0].startswith("http"):
            rec["url"] = lines.pop(0).replace(" ", "")
        rec["text"] = "\n".join(lines)
        print(json.dumps(rec))
PY
echo "documents: $(wc -l < "$tmp/ecb.jsonl")"
"$bin" code -q -j 2 "$tmp/ecb.jsonl" --store "$tmp/ecb.db" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
grep "parley: store" "$tmp/err"
"$bin" stories --store "$tmp/ecb.db" --format jsonl > "$tmp/stories.jsonl"
"$bin" extract "$tmp/ecb.jsonl" > "$tmp/clean.jsonl" 2> /dev/null  # the texts as stored

python3 - "$tmp/clean.jsonl" "$tmp/stories.jsonl" <<'PY'
import json, re, sys
from collections import Counter
records = [json.loads(l) for l in open(sys.argv[1])]
for r in records:  # an empty text is keyed by the article itself (docs/store.md)
    r["text"] = r["text"] or "\x01" + r["id"]
docs = [r["id"] for r in records]
first_with_text = {}  # the store keeps one article per text: a copy joins its story
for r in records:
    first_with_text.setdefault(r["text"], r["id"])
copy_of = {r["id"]: first_with_text[r["text"]] for r in records}
def gold_of(name):  # "12_3ecbplus.xml" -> "12/ecbplus"
    m = re.match(r"(\d+)_\d+(ecb|ecbplus)\.xml$", name)
    return m.group(1) + "/" + m.group(2)
gold = {d: gold_of(d) for d in docs}
story = {}
n_stories = 0
for line in open(sys.argv[2]):
    s = json.loads(line)
    n_stories += 1
    for a in s["articles"]:
        story[a] = s["id"]
copies = 0
for d in docs:
    if d not in story and copy_of[d] in story:
        story[d] = story[copy_of[d]]
        copies += 1
missing = [d for d in docs if d not in story]
for d in missing:
    story[d] = "missing:" + d
pairs = Counter((story[d], gold[d]) for d in docs)
ssize = Counter(story[d] for d in docs)
gsize = Counter(gold[d] for d in docs)
p = sum(pairs[(story[d], gold[d])] / ssize[story[d]] for d in docs) / len(docs)
r = sum(pairs[(story[d], gold[d])] / gsize[gold[d]] for d in docs) / len(docs)
f = 2 * p * r / (p + r)
print(f"gold clusters: {len(gsize)}; stories: {n_stories} "
      f"({sum(1 for c in ssize.values() if c == 1)} singletons); "
      f"copies of a stored text: {copies}; missing documents: {len(missing)}")
print(f"B-cubed: precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
# Topic level too (the 43 topics, both halves together): how much of the error is
# merging the two seminal events of one topic.
tgold = {d: gold[d].split("/")[0] for d in docs}
tpairs = Counter((story[d], tgold[d]) for d in docs)
tsize = Counter(tgold.values())
tp = sum(tpairs[(story[d], tgold[d])] / ssize[story[d]] for d in docs) / len(docs)
tr = sum(tpairs[(story[d], tgold[d])] / tsize[tgold[d]] for d in docs) / len(docs)
print(f"B-cubed against the 43 topics: precision {tp:.3f}, recall {tr:.3f}, "
      f"F1 {2 * tp * tr / (tp + tr):.3f}")
PY
