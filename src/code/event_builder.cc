#include "code/event_builder.h"

#include <algorithm>

namespace parley {

namespace {
void AllPairs(const std::vector<int>& ids, std::vector<std::pair<int, int>>* pairs) {
  for (int a : ids)
    for (int b : ids)
      if (a != b) pairs->emplace_back(a, b);
}
}  // namespace

void EventBuilder::Begin(const SentenceContext& s, std::vector<Event>* events) {
  sentence_ = &s;
  tokens_ = s.doc->tokens.data() + s.doc->sentences[s.index].first_token;
  events_ = events;
  first_event_ = events->size();
}

Actor EventBuilder::MakeActor(int mention) const {
  Actor a;
  if (mention < 0) return a;
  const ActorMention& m = (*sentence_->mentions)[mention];
  a.code = m.code;
  a.name = std::string(m.name);
  a.start = tokens_[m.first].start;
  a.end = tokens_[m.end - 1].end;
  a.text = sentence_->doc->article->body.substr(a.start, a.end - a.start);
  return a;
}

bool EventBuilder::Duplicate(const Event& e) const {
  return std::any_of(events_->begin() + first_event_, events_->end(), [&](const Event& o) {
    return o.source.code == e.source.code && o.target.code == e.target.code &&
           o.cameo == e.cameo;
  });
}

void EventBuilder::Emit(const Predicate& pred, const Roles& roles) {
  const VerbPattern& p = verbs_->pattern(pred.pattern);
  pairs_.clear();
  if (p.reciprocal && roles.targets.empty() && roles.sources.size() >= 2) {
    AllPairs(roles.sources, &pairs_);
  } else if (!roles.sources.empty()) {
    for (int src : roles.sources) {
      if (roles.targets.empty()) pairs_.emplace_back(src, -1);
      for (int tgt : roles.targets) pairs_.emplace_back(src, tgt);
    }
  } else if (roles.between && (p.reciprocal || roles.noun) && roles.targets.size() >= 2) {
    AllPairs(roles.targets, &pairs_);
  }
  const CameoInfo* info = cameo_->Nearest(p.code);
  const Sentence& sent = sentence_->doc->sentences[sentence_->index];
  for (const auto& [src, tgt] : pairs_) {
    if (events_->size() - first_event_ >= kMaxEventsPerSentence) return;
    Event e;
    e.source = MakeActor(src);
    e.target = MakeActor(tgt);
    e.cameo = p.code;
    if (e.source.code == e.target.code || Duplicate(e)) continue;
    e.article_id = sentence_->doc->article->id;
    e.sentence = sentence_->index;
    e.date = sentence_->date;
    if (info) {
      e.goldstein = info->goldstein;
      e.quad_class = info->quad_class;
      e.plover = info->plover_type;
      e.plover_mode = info->plover_mode;
    }
    e.sentence_start = sent.start;
    e.text = std::string(sentence_->doc->SentenceText(sent));
    e.verb_start = tokens_[pred.anchor].start;
    e.verb_end = tokens_[pred.end - 1].end;
    e.confidence = 0.8f - (roles.distance > 8 ? 0.2f : 0.0f) - (tgt < 0 ? 0.1f : 0.0f);
    events_->push_back(std::move(e));
  }
}

}  // namespace parley
