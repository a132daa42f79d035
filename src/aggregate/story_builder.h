// aggregate/story_builder.h — grouping articles into stories (pure, no database).
//
// A story is a set of articles about one ongoing situation: they share rare words,
// actors and places. Each article becomes a TF-IDF vector over its terms (sub-linear tf,
// idf = ln((N + prior_docs) / (df + 1)), top `vector_terms` terms, unit length). Articles are taken
// oldest first (undated last); each joins the story whose centroid it is most similar to
// (cosine, damped by the time gap to the story's nearest date), or starts a new one when
// no story reaches `threshold`. A second pass merges each story into an older one whose
// centroid is as similar (one article alone is a noisy centroid). Centroids, unlike single links, keep stories from chaining
// into one giant cluster. Candidate stories come from an inverted index over the terms
// of their members, so the work grows with the number of articles, not its square.
#ifndef PARLEY_AGGREGATE_STORY_BUILDER_H_
#define PARLEY_AGGREGATE_STORY_BUILDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/article_terms.h"

namespace parley {

struct StoryDoc {
  std::optional<int64_t> day;  // publication date, days since 1970
  TermCounts terms;
};

struct StoryOptions {
  double threshold = 0.30;     // least damped cosine to join a story
  size_t vector_terms = 40;    // terms kept per article vector
  // Imagined documents that share no term: they keep idf from flattening out in a small
  // store (5 articles that all say "Armenia" are still about Armenia).
  double prior_docs = 200;
  double gap_scale = 7300;     // similarity x 1 / (1 + gap_days / gap_scale)
};

// Returns, for each doc, the index of its story: 0-based, in order of the stories' first
// (oldest) members.
std::vector<int> GroupStories(const std::vector<StoryDoc>& docs, const StoryOptions& options);

// The member closest to its story's centroid ("most typical"), per story.
std::vector<int> StoryRepresentatives(const std::vector<StoryDoc>& docs,
                                      const std::vector<int>& story_of,
                                      const StoryOptions& options);

}  // namespace parley

#endif  // PARLEY_AGGREGATE_STORY_BUILDER_H_
