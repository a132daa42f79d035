// code/mention_roles.h — which actor mentions of a sentence can be a source or a target.
//
// Shallow syntax from the words around a mention (the parse-based coder will replace it):
//   place       after a locative preposition ("in Pretoria", "at the UN"): neither role;
//   oblique     after another preposition ("with Armenia", "for the Philippines"): never the
//               subject, may be a target;
//   possessive  followed by "'s" that is not part of the mention ("Azerbaijan's region"): not
//               the subject;
//   modifier    first half of an adjectival compound ("Russian-backed", "Kremlin-led"):
//               neither role (the participle's agent is handled by the coder);
//   generic     a bare role word used as an adjective or an indefinite ("a military
//               operation", "having forces"): neither role. A role word counts as an actor
//               only after "the", a number, or at the start of the sentence ("Police said").
#ifndef PARLEY_CODE_MENTION_ROLES_H_
#define PARLEY_CODE_MENTION_ROLES_H_

#include <cstdint>
#include <vector>

#include "parley/doc.h"
#include "recognize/actor_finder.h"

namespace parley {

struct MentionRole {
  bool can_source = true;
  bool can_target = true;
  bool oblique = false;             // after a preposition
  bool generic = false;             // a bare office ("officials", "a senior official")
  std::string_view preposition;     // the preposition, when oblique or a place
};

void ClassifyMentions(const Token* tokens, size_t n, const std::vector<ActorMention>& mentions,
                      std::vector<MentionRole>* roles);

// The coders' view of a sentence's mentions: *owner maps each token to the index of the
// mention covering it (-1 outside mentions), *roles is ClassifyMentions'.
void IndexMentions(const Token* tokens, size_t n, const std::vector<ActorMention>& mentions,
                   std::vector<int>* owner, std::vector<MentionRole>* roles);

// True for English prepositions that introduce a locative phrase ("in", "at", "near").
bool IsLocativePreposition(std::string_view norm);

}  // namespace parley

#endif  // PARLEY_CODE_MENTION_ROLES_H_
