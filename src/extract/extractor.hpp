#pragma once
// Text → events: sentences, their dates resolved against the document date, actors and
// event types from the dictionaries, who claimed it, and one event per (sentence, place).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/dictionary.hpp"
#include "events/event.hpp"

namespace bordermap::geoparse { class Geoparser; }

namespace bordermap::events {

struct DocumentInput {
  std::string id;              // stable document id (file name, JSONL id, URL)
  std::string text;            // UTF-8
  std::optional<Date> date;    // the document's own date: relative dates resolve against it
  SourceRef source;            // publication, url, date
};

struct ExtractionResult {
  std::vector<Event> events;
  std::vector<std::string> warnings;  // e.g. no document date: relative dates left unresolved
};

class TypeMatcher;
class ActorMatcher;
struct EventReading;
struct ActorRef;

// Holds references to the geoparser and the dictionaries (both must outlive it) and the
// trigger and actor phrase indexes compiled from the dictionaries once, at construction:
// compiling them per document cost a quarter of the time of a short one.
class Extractor {
 public:
  Extractor(const geoparse::Geoparser& geoparser, const Dictionaries& dictionaries);
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) = delete;
  ExtractionResult extract(const DocumentInput& doc) const;  // thread-safe

 private:
  // One merged reading becomes events: actors named by country and era, one event per place.
  void finish_events(EventReading& e, const DocumentInput& doc, const std::vector<ActorRef>& named_in_document,
                     ExtractionResult& out) const;
  bool non_state_armed(const ActorRef& a, const std::string& date) const;
  std::string kind_of_actor(const std::string& name) const;

  const geoparse::Geoparser& geoparser_;
  const Dictionaries& dict_;
  std::unique_ptr<const TypeMatcher> types_;
  std::unique_ptr<const ActorMatcher> actors_;
};

}  // namespace bordermap::events
