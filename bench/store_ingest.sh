#!/usr/bin/env bash
# Store overhead on real news: codes the 12,000-article corpus with -j 2 into a JSONL file
# and into the embedded store (a fresh one each time), alternating, best of RUNS each, in
# the same run (wall and CPU time). Also times the work the store defers to first use (stories, text index). Prints seconds per 1,000 articles for both and the ratio (target <= 1.3).
# Checks its answer: every article is either stored or a duplicate of one stored, and the
# store holds the JSONL's mentions less those of the duplicate articles (a few at most).
#
# Usage: bench/store_ingest.sh [CORPUS.jsonl.gz]   (build first; RUNS=2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-${PARLEY_SHARED:-$(cd .. && pwd)/shared}/corpus/news/allsides-12k.jsonl.gz}"
runs="${RUNS:-2}"
bin=build/parley
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

seconds() {  # seconds COMMAND... -> wall seconds on stdout, the command's stderr in $tmp/err,
  local start end  # its CPU seconds (user + system) in $tmp/cpu
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$tmp/time" "$@" 2> "$tmp/err"
  end=$(date +%s.%N)
  awk '{ print $1 + $2 }' "$tmp/time" > "$tmp/cpu"
  echo "$end - $start" | bc -l
}
min() { if [ -z "$1" ] || (( $(echo "$2 < $1" | bc -l) )); then echo "$2"; else echo "$1"; fi; }

best_jsonl="" best_store="" cpu_jsonl="" cpu_store=""
for ((i = 1; i <= runs; i++)); do
  t=$(seconds "$bin" code -q -j 2 "$corpus" -o "$tmp/events.jsonl")
  best_jsonl=$(min "$best_jsonl" "$t")
  cpu_jsonl=$(min "$cpu_jsonl" "$(cat "$tmp/cpu")")
  rm -f "$tmp"/store.db*
  t=$(seconds "$bin" code -q -j 2 "$corpus" --store "$tmp/store.db")
  best_store=$(min "$best_store" "$t")
  cpu_store=$(min "$cpu_store" "$(cat "$tmp/cpu")")
  echo "run $i: jsonl $best_jsonl s, store $best_store s wall (best so far);" \
       "CPU jsonl $cpu_jsonl s, store $cpu_store s (best so far)"
done
summary=$(grep "parley: store" "$tmp/err")
echo "$summary"
# Work the store defers to first use: grouping stories, indexing sentences for --text.
stories_s=$(seconds sh -c "'$bin' stories --store '$tmp/store.db' > '$tmp/stories.txt'")
text_s=$(seconds sh -c "'$bin' query --store '$tmp/store.db' --text ceasefire > /dev/null")
printf "deferred to first use: stories %.2f s (%d stories), text index %.2f s\n" \
  "$stories_s" "$(tail -n +2 "$tmp/stories.txt" | wc -l)" "$text_s"
articles=$(zcat -f "$corpus" | wc -l)
lines=$(wc -l < "$tmp/events.jsonl")
new=$(echo "$summary" | sed -E 's/.*: ([0-9]+) new articles, ([0-9]+) already.*/\1/')
dup=$(echo "$summary" | sed -E 's/.*: ([0-9]+) new articles, ([0-9]+) already.*/\2/')
mentions=$(echo "$summary" | sed -E 's/.* ([0-9]+) mentions.*/\1/')
events=$(echo "$summary" | sed -E 's/.* ([0-9]+) events.*/\1/')
printf "jsonl: %.2f s per 1,000 articles; store: %.2f s per 1,000 articles; overhead %.2fx (target <= 1.3)\n" \
  "$(echo "$best_jsonl * 1000 / $articles" | bc -l)" "$(echo "$best_store * 1000 / $articles" | bc -l)" \
  "$(echo "$best_store / $best_jsonl" | bc -l)"
printf "CPU (user + system, best): jsonl %.2f s, store %.2f s; CPU overhead %.2fx\n" \
  "$cpu_jsonl" "$cpu_store" "$(echo "$cpu_store / $cpu_jsonl" | bc -l)"
printf "dedup: %d mentions -> %d events (%.3f mentions per event)\n" "$mentions" "$events" \
  "$(echo "$mentions / $events" | bc -l)"
if [ $((new + dup)) -ne "$articles" ] || [ "$mentions" -gt "$lines" ] || \
   [ $((lines - mentions)) -gt $((lines / 100)) ]; then
  echo "check: FAILED ($new + $dup articles of $articles; $mentions mentions vs $lines JSONL events)"
  exit 1
fi
echo "check: ok ($new new + $dup duplicate articles = $articles; $mentions of $lines events stored)"
