#include "code/mention_roles.h"

#include <algorithm>
#include <array>

namespace parley {

namespace {

constexpr auto kLocative = std::to_array<std::string_view>({
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"});

constexpr auto kPrepositions = std::to_array<std::string_view>({
    "of", "on", "about", "over", "for", "from", "to", "into", "against", "along", "among",
    "toward", "towards", "with", "without", "by", "via", "than", "despite", "under", "amid",
    "during", "between", "upon", "onto", "like", "including"});

template <size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// "thousands of workers", "members of the Security Council": the head is a quantity or a
// part, so the actor after "of" is the real participant.
constexpr auto kPartitive = std::to_array<std::string_view>({
    "thousands", "hundreds", "dozens", "millions", "scores", "tens", "some", "many", "most",
    "members", "member", "group", "groups", "delegation", "delegations", "representatives",
    "officials", "leaders", "leader", "head", "heads", "chief", "forces", "troops"});

bool IsNumber(std::string_view s) {
  return !s.empty() && s[0] >= '0' && s[0] <= '9';
}

// Words between a preposition and the mention it governs: determiners and the adjectives of
// place that news writes there ("in central Seoul", "into the occupied north of ...").
constexpr auto kDeterminers = std::to_array<std::string_view>({
    "the", "a", "an", "his", "her", "its", "their", "our", "both", "all", "central",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeastern", "northwestern", "southeastern", "southwestern", "neighboring",
    "neighbouring", "nearby", "occupied", "disputed", "breakaway", "separatist", "rebel-held",
    "capital", "war-torn"});

// Index of the word before the mention, skipping determiners; n when none.
size_t WordBefore(const Token* tokens, size_t first, size_t n) {
  size_t t = first;
  while (t > 0) {
    --t;
    if (!OneOf(tokens[t].norm, kDeterminers)) return t;
  }
  return n;
}

bool IsGeneric(const Token* tokens, size_t n, const ActorMention& m) {
  if (!m.is_agent_only) return false;
  // "the government", "officials", "the ministers": an office without a country says too
  // little to code (CAMEO has no actor for it).
  if (m.code == "GOV" || m.code == "ELI") return true;
  if (m.first == 0 || tokens[m.first].capitalized) return false;
  const std::string_view prev = tokens[m.first - 1].norm;
  return !(prev == "the" || IsNumber(prev) || prev == "," || prev == "and" ||
           prev == "\"" || prev == "both");
}

bool IsModifier(const Token* tokens, size_t n, const ActorMention& m) {
  return m.end + 1 < n && tokens[m.end].norm == "-" && !tokens[m.end + 1].capitalized;
}

}  // namespace

bool IsLocativePreposition(std::string_view norm) { return OneOf(norm, kLocative); }

void ClassifyMentions(const Token* tokens, size_t n, const std::vector<ActorMention>& mentions,
                      std::vector<MentionRole>* roles) {
  roles->assign(mentions.size(), MentionRole());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const ActorMention& m = mentions[i];
    MentionRole& r = (*roles)[i];
    const size_t before = WordBefore(tokens, m.first, n);
    const std::string_view prev = before < n ? tokens[before].norm : std::string_view();
    if (IsLocativePreposition(prev)) {
      r.can_source = r.can_target = false;
      r.preposition = prev;
    } else if (prev == "of" && before > 0 && OneOf(tokens[before - 1].norm, kPartitive)) {
      r.preposition = prev;  // "thousands of workers": a subject like any other
    } else if (OneOf(prev, kPrepositions)) {
      r.oblique = true;
      r.can_source = false;
      r.preposition = prev;
    }
    if (m.end < n && tokens[m.end].norm == "'s") r.can_source = false;
    r.generic = IsGeneric(tokens, n, m);
    if (IsModifier(tokens, n, m) || r.generic) r.can_source = r.can_target = false;
  }
}

void IndexMentions(const Token* tokens, size_t n, const std::vector<ActorMention>& mentions,
                   std::vector<int>* owner, std::vector<MentionRole>* roles) {
  owner->assign(n, -1);
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (size_t t = mentions[m].first; t < mentions[m].end; ++t) (*owner)[t] = static_cast<int>(m);
  }
  ClassifyMentions(tokens, n, mentions, roles);
}

}  // namespace parley
