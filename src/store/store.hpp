#pragma once
// The event store: a GeoPackage by default, or a PostGIS database ("PG:dbname=… host=…"),
// both through OGR. Every write is one transaction; ids are deterministic, so re-ingest
// finds existing events; an event an analyst reviewed is never overwritten by re-ingest.
//
// Several processes may write one store at once: each write takes the store's write lock
// before it reads anything (so the "reviewed?" check and the write cannot be split by
// another writer), waits for other writers with bounded retries, and throws
// StoreBusyError when the store stays locked past BORDERMAP_STORE_WAIT seconds (60).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "events/event.hpp"
#include "util/error.hpp"

namespace bordermap::events {

struct BBox {
  double west = 0, south = 0, east = 0, north = 0;
};

struct EventFilter {
  std::optional<Date> from, to;          // on event_date (inclusive)
  std::string event_type;                // exact, case-insensitive; "" any
  std::string actor;                     // matches actor1, actor2 or assoc_actors
  std::string claimant;                  // substring, case-insensitive
  std::string side;                      // ISO alpha-2 of the border side
  std::optional<BBox> bbox;
  std::optional<double> within_km;       // distance_to_border_km <= within_km
};

struct UpsertReport {
  std::size_t added = 0;
  std::size_t updated = 0;               // machine-made events refreshed by re-ingest
  std::size_t kept_reviewed = 0;         // analyst-reviewed events left as they were
  std::size_t flagged = 0;               // added or updated with no location
};

// Other writers held the store longer than the wait allowed; nothing of the write landed.
struct StoreBusyError : Error {
  using Error::Error;
};

// A document and the events drawn from it, written together (EventStore::write_documents).
struct DocumentWrite {
  std::string id;            // the document id its events were extracted under
  std::string content_hash;  // document_hash(text)
  SourceRef source;
  std::vector<Event> events;
};

struct DocumentReport {
  std::string id;
  UpsertReport counts;
  std::string same_as;  // the text is already stored under this other id: nothing written
  std::string error;    // this document could not be written: nothing of it landed
};

// Not thread-safe: one store object per thread (reads move the layer's cursor too).
class EventStore {
 public:
  // Opens a GPKG path or a "PG:" connection string. create = true: creates the store when
  // missing (a new GeoPackage appears whole, never over an existing file) and brings an
  // older store's tables up to date. create = false changes no schema, so readers never
  // write (a read-only PostGIS role can list and export).
  static EventStore open(const std::string& target, bool create);
  EventStore(EventStore&&) noexcept;
  EventStore& operator=(EventStore&&) noexcept;
  ~EventStore();

  UpsertReport upsert(const std::vector<Event>& events);  // one transaction
  // The same, calling `progress(done, total)` every `every` events written inside the
  // transaction (progress reports for big imports; tests use it to interrupt a write).
  using Progress = std::function<void(std::size_t done, std::size_t total)>;
  UpsertReport upsert(const std::vector<Event>& events, const Progress& progress, std::size_t every = 1000);
  // Several documents in one transaction: all of them land or none (a crash or an error
  // mid-batch leaves the store as it was). A document that fails on its own is reported
  // in its DocumentReport and the others are written without it. One report per document,
  // in order. Needs a store opened with create = true (it keeps the documents table).
  std::vector<DocumentReport> write_documents(const std::vector<DocumentWrite>& documents);
  // The stored document id of each of `hashes` the store already holds (hash → id).
  std::unordered_map<std::string, std::string> documents_by_hash(const std::vector<std::string>& hashes) const;
  // An analyst's edit: replaces the event by id, marks it analyst_reviewed, sets modified.
  void save_edit(const Event& event);
  bool remove(const std::string& id);
  std::optional<Event> get(const std::string& id) const;
  std::vector<Event> query(const EventFilter& filter) const;
  std::size_t size() const;
  // How messages name this store: the path, or the connection string with its password masked.
  const std::string& name() const;
  bool is_postgres() const;

 private:
  struct Impl;
  explicit EventStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace bordermap::events
