#pragma once
// Who did it to whom in one event clause. actor1 is the agent, actor2 the target:
//   active   "Taliban militants attacked a checkpoint"        agent before the verb, target after
//   passive  "two policemen were killed by the Taliban"       subject is the target, "by X" the agent
//            "9 militants were killed during Afghan forces' operations": the actor after the verb acts
//   "clashed with X", "fighting X", "attack on X"             X is the target
// Victims are never actor1: civilians named as the subject of a violent verb move to actor2.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/generic_actors.hpp"
#include "extract/words.hpp"

namespace bordermap::events {

// One actor named in a sentence: a dictionary actor or a generic noun.
struct ActorRef {
  std::size_t first_tok = 0, end_tok = 0;
  std::string name;                       // canonical; "" for state forces whose country is not known yet
  std::string kind;                       // ACLED actor type as in actors.tsv ("state forces", "civilians", …)
  std::optional<GenericMention> generic;  // set for generic nouns
};

struct RoleAssignment {
  std::optional<std::size_t> actor1, actor2;  // indexes into the refs
  std::vector<std::size_t> assoc;
  bool passive = false;
};

// `trigger_first` is the event verb or noun (an actor inside a trigger with a gap, "attacked a
// Taliban checkpoint", counts as after it); refs inside [skip_first,
// skip_end) (the attribution) take no role. `violent` applies the victim rule; `done_to` says
// the verb acts on someone, so that its passive subject is the target.
RoleAssignment assign_roles(const std::vector<Tok>& toks, const std::vector<ActorRef>& refs, std::size_t trigger_first,
                            std::size_t skip_first, std::size_t skip_end, bool violent,
                            bool done_to = true);

// Is the verb at `trigger_first` passive ("was killed", "were reportedly attacked")?
bool passive_at(const std::vector<Tok>& toks, std::size_t trigger_first);

}  // namespace bordermap::events
