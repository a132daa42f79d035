#include "recognize/actor_finder.h"

namespace parley {

namespace {

bool IsNegatingPrefix(std::string_view norm) {
  return norm == "ex" || norm == "former" || norm == "pro" || norm == "anti" || norm == "post";
}

// "ex-Soviet", "former Soviet", "pro-Russian": the country word is an adjective of stance.
bool StanceAdjective(const Token* tokens, size_t first) {
  if (first >= 2 && tokens[first - 1].norm == "-" && IsNegatingPrefix(tokens[first - 2].norm))
    return true;
  return first >= 1 && tokens[first - 1].norm == "former";
}

bool IsCountry(const std::string& code) { return code.size() == 3; }

}  // namespace

void ActorFinder::FindPieces(const Token* tokens, size_t n, const Date& date) {
  pieces_.clear();
  const Date unknown;
  for (size_t i = 0; i < n;) {
    size_t actor_len = 0, agent_len = 0;
    const ActorRecord* record = nullptr;
    bool out_of_office = false;
    const int actor = dict_->actor_names().LongestAt(tokens, n, i, &actor_len, [&](int id) {
      record = dict_->Resolve(id, date);
      out_of_office = record == nullptr;
      if (out_of_office) record = dict_->Resolve(id, unknown);
      return record != nullptr;
    });
    const int agent = dict_->agent_names().LongestAt(tokens, n, i, &agent_len,
                                                     [](int) { return true; });
    if (actor < 0 && agent < 0) {
      ++i;
      continue;
    }
    Piece p;
    p.first = static_cast<uint32_t>(i);
    if (actor >= 0 && actor_len >= agent_len) {
      p.end = static_cast<uint32_t>(i + actor_len);
      p.code = out_of_office ? record->code.substr(0, 3) : record->code;
      p.name = record->name;
      if (IsCountry(p.code) && StanceAdjective(tokens, i)) {
        i = p.end;
        continue;
      }
    } else {
      p.end = static_cast<uint32_t>(i + agent_len);
      p.code = dict_->AgentRole(agent);
      p.agent = true;
    }
    i = p.end;
    pieces_.push_back(std::move(p));
  }
}

bool ActorFinder::Joinable(const Token* tokens, size_t n, const Piece& a, const Piece& b) {
  size_t i = a.end;
  if (i == b.first) return true;
  if (tokens[i].norm == "'s" && i + 1 == b.first) return true;
  if (tokens[i].norm == "of") {
    ++i;
    if (i < b.first && tokens[i].norm == "the") ++i;
    return i == b.first && a.agent;
  }
  // "soldiers from Gondor", "police in Kenya": a role and the country it belongs to.
  if ((tokens[i].norm == "from" || tokens[i].norm == "in") && a.agent && !b.agent &&
      IsCountry(b.code)) {
    ++i;
    if (i < b.first && tokens[i].norm == "the") ++i;
    return i == b.first;
  }
  // Given names between a title and a surname: "President Serzh Sarkisian".
  size_t names = 0;
  while (i < b.first && tokens[i].capitalized && names < 2) {
    ++i;
    ++names;
  }
  return i == b.first && !b.agent;
}

void ActorFinder::Compose(const Piece* begin, const Piece* end, ActorMention* m) {
  const Piece* full = nullptr;     // last actor piece with a role in its code
  const Piece* country = nullptr;  // first bare-country piece
  const Piece* agent = nullptr;    // first agent piece
  for (const Piece* p = begin; p != end; ++p) {
    if (p->agent) {
      if (!agent) agent = p;
    } else if (IsCountry(p->code)) {
      if (!country) country = p;
    } else {
      full = p;
    }
  }
  m->first = begin->first;
  m->end = (end - 1)->end;
  m->is_agent_only = !full && !country;
  if (full && country && full->code.compare(0, 3, "IGO") == 0) {
    // "Russia's Security Council": an organisation named after a country's possessive.
    m->code = country->code + "GOV";
    m->name = country->name;
  } else if (full) {
    m->code = full->code;
    m->name = full->name;
  } else if (country) {
    m->code = country->code + (agent ? agent->code : "");
    m->name = country->name;
    if (agent) {
      m->role = agent->code;
      m->role_first = agent->first < country->first;  // "leaders of X" vs "Chinese troops"
    }
  } else {
    m->code = agent->code;
  }
}

namespace {
// Only "and", "," and "both" between two mentions: they are coordinated.
bool Coordinated(const Token* tokens, const ActorMention& a, const ActorMention& b) {
  bool joined = false;
  for (size_t t = a.end; t < b.first; ++t) {
    const std::string_view w = tokens[t].norm;
    if (w != "and" && w != "," && w != "both") return false;
    joined |= w == "and" || w == ",";
  }
  return joined;
}
}  // namespace

// A role shared by coordinated countries: "the leaders of Armenia and Azerbaijan" (the role
// goes forward) and "Indian and Chinese troops" (the role goes back).
void ActorFinder::DistributeRoles(const Token* tokens, std::vector<ActorMention>* out) {
  for (size_t i = 1; i < out->size(); ++i) {
    ActorMention& prev = (*out)[i - 1];
    ActorMention& cur = (*out)[i];
    if (!Coordinated(tokens, prev, cur)) continue;
    if (!prev.role.empty() && prev.role_first && cur.code.size() == 3) {
      cur.code += prev.role;
      cur.role = prev.role;
      cur.role_first = true;
    }
  }
  for (size_t i = out->size(); i-- > 1;) {
    ActorMention& prev = (*out)[i - 1];
    const ActorMention& cur = (*out)[i];
    if (!cur.role.empty() && !cur.role_first && prev.code.size() == 3 &&
        Coordinated(tokens, prev, cur)) {
      prev.code += cur.role;
      prev.role = cur.role;
    }
  }
}

void ActorFinder::Find(const Token* tokens, size_t n, const Date& date,
                       std::vector<ActorMention>* out) {
  out->clear();
  FindPieces(tokens, n, date);
  size_t start = 0;
  for (size_t i = 1; i <= pieces_.size(); ++i) {
    if (i < pieces_.size() && Joinable(tokens, n, pieces_[i - 1], pieces_[i])) continue;
    ActorMention m;
    Compose(pieces_.data() + start, pieces_.data() + i, &m);
    out->push_back(std::move(m));
    start = i;
  }
  DistributeRoles(tokens, out);
}

}  // namespace parley
