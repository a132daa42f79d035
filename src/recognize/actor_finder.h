// recognize/actor_finder.h — actor mentions in a sentence.
//
// Dictionary pieces (actor names and agent phrases) that stand together form one mention:
//   "Armenian defence ministry"        ARM + MIL          -> ARMMIL
//   "Kremlin spokesman Dmitry Peskov"  RUSGOV + GOV + RUSGOV -> RUSGOV
//   "the foreign minister of Armenia"  GOV of ARM         -> ARMGOV
//   "Azerbaijan's defence ministry"    AZE 's MIL         -> AZEMIL
//   "soldiers from Gondor", "police in Kenya"  MIL from GON, COP in KEN -> GONMIL, KENCOP
// Pieces join when nothing separates them, or only "'s", "of (the)", "from"/"in" (a role
// before a country), or up to two
// capitalised words (given names: "President Serzh Sarkisian"). A person's dated code wins over
// a bare country; otherwise the country takes the first agent's role. A bare country
// adjective after "ex-", "former", "pro-" or "anti-" is not an actor ("ex-Soviet rivals").
#ifndef PARLEY_RECOGNIZE_ACTOR_FINDER_H_
#define PARLEY_RECOGNIZE_ACTOR_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/article.h"
#include "parley/doc.h"
#include "recognize/actor_dictionary.h"

namespace parley {

struct ActorMention {
  uint32_t first = 0;  // token indices within the sentence: [first, end)
  uint32_t end = 0;
  std::string code;    // composed CAMEO code
  std::string_view name;  // canonical name of the main piece (lives in the dictionary)
  bool is_agent_only = false;  // no actor name, only a role ("the rebels")
  std::string role;            // agent role composed into the code ("GOV", "MIL"), shared
                               // with bare countries coordinated with the mention
  bool role_first = false;     // the agent came first ("leaders of X")
};

class ActorFinder {
 public:
  explicit ActorFinder(const ActorDictionary* dict) : dict_(dict) {}
  // Finds the mentions in tokens[0, n) of one sentence, in order; reuses *out's storage.
  void Find(const Token* tokens, size_t n, const Date& date,
            std::vector<ActorMention>* out);

 private:
  struct Piece {
    uint32_t first = 0, end = 0;
    std::string code;        // actor code, or the role for an agent piece
    std::string_view name;   // canonical name (actor pieces)
    bool agent = false;
  };
  void FindPieces(const Token* tokens, size_t n, const Date& date);
  static bool Joinable(const Token* tokens, size_t n, const Piece& a, const Piece& b);
  static void Compose(const Piece* begin, const Piece* end, ActorMention* m);
  static void DistributeRoles(const Token* tokens, std::vector<ActorMention>* out);

  const ActorDictionary* dict_;
  std::vector<Piece> pieces_;
};

}  // namespace parley

#endif  // PARLEY_RECOGNIZE_ACTOR_FINDER_H_
