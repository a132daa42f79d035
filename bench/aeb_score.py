#!/usr/bin/env python3
"""Scores article-body predictions against the Article Extraction Benchmark ground truth.

Usage: aeb_score.py PREDICTIONS.json [GROUND_TRUTH.json] [--worst N]

Metric as the benchmark's README and evaluation describe it: texts are split into word
tokens (regex \\w+), each text becomes a multiset of 4-token shingles, and per page
tp/fp/fn are the multiset overlap and differences, normalised to sum to 1. Precision is
the mean over pages with tp+fp > 0, recall the mean over pages with tp+fn > 0 (a page with
fp = fn = 0 scores 1, a page with nothing in common scores 0), F1 their harmonic mean.
Written for Parley; stdlib only.
"""
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+")


def shingles(text, n=4):
    toks = WORD.findall(text or "")
    grams = [tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)



def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    worst = int(argv[argv.index("--worst") + 1]) if "--worst" in argv else 0
    if worst:
        args = [a for a in args if a != str(worst)]
    shared = os.environ.get("PARLEY_SHARED", os.path.join(os.path.dirname(__file__), "../../shared"))
    truth_path = args[1] if len(args) > 1 else os.path.join(shared, "corpus/html/aeb/ground-truth.json")
    truth = json.load(open(truth_path, encoding="utf8"))
    pred = json.load(open(args[0], encoding="utf8"))
    precisions, recalls, rows = [], [], []
    for key, item in truth.items():
        tp, fp, fn = page_counts(item.get("articleBody", ""), pred.get(key, {}).get("articleBody", ""))
        p = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
        r = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
        if tp + fp > 0:
            precisions.append(p)
        if tp + fn > 0:
            recalls.append(r)
        rows.append((p, r, key))
    P = sum(precisions) / len(precisions)
    R = sum(recalls) / len(recalls)
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"pages {len(truth)}  precision {P:.3f}  recall {R:.3f}  F1 {F:.3f}")
    for p, r, key in sorted(rows, key=lambda x: 2 * x[0] * x[1] / (x[0] + x[1] + 1e-9))[:worst]:
        print(f"  {key[:16]}  P {p:.3f}  R {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
