#include "store/store.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>

#include <algorithm>
#include <unordered_map>

#include "events/event_fields.hpp"
#include "store/documents_table.hpp"
#include "store/store_backend.hpp"
#include "store/store_filter.hpp"
#include "store/write_lock.hpp"
#include "util/error.hpp"

namespace bordermap::events {
namespace {

// Filters and ignored columns are layer state; every operation leaves the layer as it
// found it, whatever it throws.
class LayerScope {
 public:
  explicit LayerScope(OGRLayerH layer) : layer_(layer) { clear(); }
  ~LayerScope() { clear(); }
  LayerScope(const LayerScope&) = delete;
  LayerScope& operator=(const LayerScope&) = delete;

 private:
  void clear() noexcept {
    OGR_L_SetAttributeFilter(layer_, nullptr);
    OGR_L_SetSpatialFilter(layer_, nullptr);
    OGR_L_SetIgnoredFields(layer_, nullptr);
    OGR_L_ResetReading(layer_);
  }
  OGRLayerH layer_;
};

struct Existing {
  GIntBig fid = OGRNullFID;
  bool reviewed = false;
  std::string created;
};

bool has_point(const Event& e) { return e.location.lat && e.location.lon; }

std::vector<std::string> ids_of(const std::vector<const Event*>& events) {
  std::vector<std::string> out;
  out.reserve(events.size());
  for (const Event* e : events) out.push_back(e->id);
  return out;
}

constexpr std::size_t kLookupChunk = 256;  // ids per "id IN (…)" query

}  // namespace

struct EventStore::Impl {
  detail::StoreHandle h;
  fields::FieldIndex ix;

  explicit Impl(detail::StoreHandle handle)
      : h(std::move(handle)), ix(OGR_L_GetLayerDefn(h.layer), h.what) {}
  ~Impl() {
    // Closing cannot report failure from a destructor; keep GDAL from printing it either.
    geo::QuietGdalErrors quiet;
    h.ds.reset();
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  // Called by every write before its data transaction: a store from an older bordermap
  // gains the columns added since, in a transaction of its own (opening changes nothing,
  // so readers never write; the first write migrates).
  void require_writable() {
    if (!h.writable) throw InputError(h.what + " is read-only to this user; cannot write events");
    if (schema_current) return;
    if (detail::lacks_columns(h.layer)) {
      detail::locked_write(h, [&] { detail::ensure_columns(h.layer, h.what); });
      ix = fields::FieldIndex(OGR_L_GetLayerDefn(h.layer), h.what);
    }
    schema_current = true;
  }
  bool schema_current = false;

  // Calls fn(feature) for each feature the layer's current filters select; a read that
  // fails half-way (a damaged file) throws instead of looking like the end of the data.
  template <typename Fn>
  void for_each(Fn&& fn) const {
    geo::QuietGdalErrors quiet;
    CPLErrorReset();
    OGR_L_ResetReading(h.layer);
    while (geo::OgrFeature f{OGR_L_GetNextFeature(h.layer)}) {
      fn(f.get());
      CPLErrorReset();
    }
    if (CPLGetLastErrorType() >= CE_Failure)
      throw DataError("cannot read the events of " + h.what + ": " + detail::mask_password(geo::gdal_last_error()));
  }

  void set_filter(const std::string& sql) const {
    if (OGR_L_SetAttributeFilter(h.layer, sql.empty() ? nullptr : sql.c_str()) != OGRERR_NONE)
      throw GeoError(h.what + ": the filter " + sql + " was refused: " + geo::gdal_last_error());
  }

  // fid, reviewed flag and created time of those of `events` already stored.
  std::unordered_map<std::string, Existing> find_existing(const std::vector<const Event*>& events) const {
    LayerScope scope(h.layer);
    CPLStringList ignored;  // read three columns, not the whole row
    for (int f = 0; f < fields::kCount; ++f)
      if (f != fields::id && f != fields::analyst_reviewed && f != fields::created)
        ignored.AddString(fields::definitions()[static_cast<std::size_t>(f)].name);
    ignored.AddString("OGR_GEOMETRY");
    ignored.AddString("OGR_STYLE");
    OGR_L_SetIgnoredFields(h.layer, const_cast<const char**>(ignored.List()));

    std::unordered_map<std::string, Existing> found;
    for (std::size_t from = 0; from < events.size(); from += kLookupChunk) {
      std::string sql = "id IN (";
      for (std::size_t i = from; i < std::min(events.size(), from + kLookupChunk); ++i)
        sql += (i == from ? "" : ",") + sql_quote(events[i]->id);
      set_filter(sql + ")");
      for_each([&](OGRFeatureH f) {
        Existing x;
        x.fid = OGR_F_GetFID(f);
        x.reviewed = OGR_F_GetFieldAsInteger(f, ix[fields::analyst_reviewed]) != 0;
        x.created = OGR_F_GetFieldAsString(f, ix[fields::created]);
        found[OGR_F_GetFieldAsString(f, ix[fields::id])] = std::move(x);
      });
    }
    return found;
  }

  std::optional<Existing> find_one(const std::string& id) const {
    Event probe;
    probe.id = id;
    auto hit = find_existing({&probe});
    if (auto it = hit.find(id); it != hit.end()) return it->second;
    return std::nullopt;
  }

  // Inserts (fid null) or replaces the row `fid` with `e`; returns the row's fid.
  GIntBig write(const Event& e, GIntBig fid) {
    geo::OgrFeature f(OGR_F_Create(OGR_L_GetLayerDefn(h.layer)));
    if (!f) throw GeoError(h.what + ": cannot make a feature for event " + e.id);
    fields::write_event(f.get(), ix, e);
    geo::QuietGdalErrors quiet;
    CPLErrorReset();
    OGRErr err;
    if (fid != OGRNullFID) {
      OGR_F_SetFID(f.get(), fid);
      err = OGR_L_SetFeature(h.layer, f.get());
    } else {
      err = OGR_L_CreateFeature(h.layer, f.get());
    }
    if (err != OGRERR_NONE)
      throw GeoError(h.what + ": cannot write event " + e.id + ": " + detail::mask_password(geo::gdal_last_error()));
    return OGR_F_GetFID(f.get());
  }

  // Writes `batch` (ids unique) against what `existing` says is stored, keeping `existing`
  // current, so later writes in the same transaction see the rows this one added.
  // Inside a transaction holding the write lock: the "reviewed?" answer cannot go stale.
  UpsertReport write_batch(const std::vector<const Event*>& batch, std::unordered_map<std::string, Existing>& existing,
                           const std::string& now, const Progress& progress, std::size_t every) {
    UpsertReport report;
    const std::size_t step = std::max<std::size_t>(every, 1);
    std::size_t done = 0;
    for (const Event* e : batch) {
      auto it = existing.find(e->id);
      if (it != existing.end() && it->second.reviewed) {
        ++report.kept_reviewed;  // an analyst's word is never overwritten by a machine
      } else {
        Event row = *e;
        row.created = (it != existing.end() && !it->second.created.empty()) ? it->second.created : now;
        row.modified = now;
        const GIntBig fid = write(row, it != existing.end() ? it->second.fid : OGRNullFID);
        ++(it != existing.end() ? report.updated : report.added);
        if (!has_point(row)) ++report.flagged;
        if (it == existing.end()) existing[e->id] = Existing{fid, false, row.created};
      }
      if (progress && ++done % step == 0) progress(done, batch.size());
    }
    return report;
  }

  // One document's events in their last version per id; an event without an id is an
  // InputError naming `what`.
  static std::vector<const Event*> unique_by_id(const std::vector<Event>& events, const std::string& what) {
    std::unordered_map<std::string, std::size_t> last;
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (events[i].id.empty())
        throw InputError("event " + std::to_string(i + 1) + " of " + what + " has no id; nothing of it was written");
      last[events[i].id] = i;
    }
    std::vector<const Event*> out;
    out.reserve(last.size());
    for (std::size_t i = 0; i < events.size(); ++i)
      if (last[events[i].id] == i) out.push_back(&events[i]);
    return out;
  }

  std::vector<DocumentReport> write_documents_once(const std::vector<DocumentWrite>& docs);
};

EventStore::EventStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventStore::EventStore(EventStore&&) noexcept = default;
EventStore& EventStore::operator=(EventStore&&) noexcept = default;
EventStore::~EventStore() = default;

EventStore EventStore::open(const std::string& target, bool create) {
  // SQLite's wait for a lock on each statement (GDAL's default 5 s), kept within the total
  // wait so a short BORDERMAP_STORE_WAIT is honoured; the retries in locked_write do the rest.
  const auto per_statement = std::min<long>(detail::store_wait().count(), 5000);
  CPLConfigOptionSetter busy("SQLITE_BUSY_TIMEOUT", std::to_string(std::max<long>(per_statement, 1)).c_str(), false);
  return EventStore(std::make_unique<Impl>(detail::open_store_handle(target, create)));
}

const std::string& EventStore::name() const { return impl_->h.what; }
bool EventStore::is_postgres() const { return impl_->h.postgres; }

UpsertReport EventStore::upsert(const std::vector<Event>& events) { return upsert(events, {}, 1000); }

UpsertReport EventStore::upsert(const std::vector<Event>& events, const Progress& progress, std::size_t every) {
  if (events.empty()) return {};
  impl_->require_writable();
  // The same id twice in one batch: the later one wins, as if written one after the other.
  const auto batch = Impl::unique_by_id(events, "the batch for " + impl_->h.what);
  return detail::locked_write(impl_->h, [&] {
    detail::lock_rows(impl_->h, ids_of(batch));
    auto existing = impl_->find_existing(batch);
    return impl_->write_batch(batch, existing, fields::utc_now_iso(), progress, every);
  });
}

// The batch in one transaction: documents whose text the store holds under another id
// are skipped (same_as), the others' events and rows written.
std::vector<DocumentReport> EventStore::Impl::write_documents_once(const std::vector<DocumentWrite>& docs) {
  if (!h.documents)
    throw InputError(h.what + " has no documents table yet: open it for ingest (create) to add one");
  detail::DocumentsTable table(h.documents, h.what);
  std::vector<std::vector<const Event*>> batches;
  std::vector<const Event*> all;
  std::vector<std::string> hashes, ids;
  for (const auto& d : docs) {
    batches.push_back(unique_by_id(d.events, "document " + d.id));
    all.insert(all.end(), batches.back().begin(), batches.back().end());
    hashes.push_back(d.content_hash);
    ids.push_back(d.id);
  }
  return detail::locked_write(h, [&] {
    // Read under the lock: another writer may have stored the same text a moment ago.
    auto by_hash = table.ids_by_hash(hashes);
    auto rows = table.rows_by_id(ids);
    detail::lock_rows(h, ids_of(all));
    auto existing = find_existing(all);
    const std::string now = fields::utc_now_iso();
    std::vector<DocumentReport> reports;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const auto& d = docs[i];
      DocumentReport r;
      r.id = d.id;
      if (auto same = by_hash.find(d.content_hash); !d.content_hash.empty() && same != by_hash.end() && same->second != d.id) {
        r.same_as = same->second;
        reports.push_back(std::move(r));
        continue;
      }
      r.counts = write_batch(batches[i], existing, now, {}, 1);
      std::optional<detail::StoredDocument> row;
      if (auto it = rows.find(d.id); it != rows.end()) row = it->second;
      // The document's text changed since it was last read: its old hash no longer names it.
      if (row && row->content_hash != d.content_hash) by_hash.erase(row->content_hash);
      const GIntBig fid = table.write(d, row, batches[i].size(), now);
      rows[d.id] = detail::StoredDocument{fid, d.id, d.content_hash, row ? row->first_ingested : now};
      if (!d.content_hash.empty()) by_hash[d.content_hash] = d.id;
      reports.push_back(std::move(r));
    }
    return reports;
  });
}

std::vector<DocumentReport> EventStore::write_documents(const std::vector<DocumentWrite>& documents) {
  if (documents.empty()) return {};
  impl_->require_writable();
  try {
    return impl_->write_documents_once(documents);
  } catch (const StoreBusyError&) {
    throw;
  } catch (const Error&) {
    if (documents.size() == 1) throw;
    // Something in the batch failed and the whole transaction rolled back: write the
    // documents one by one, so the failing one is named and the others still land.
    std::vector<DocumentReport> reports;
    std::size_t failed = 0;
    for (const auto& d : documents) {
      try {
        auto one = impl_->write_documents_once({d});
        reports.push_back(std::move(one.front()));
      } catch (const StoreBusyError&) {
        throw;
      } catch (const Error& e) {
        DocumentReport r;
        r.id = d.id;
        r.error = e.what();
        reports.push_back(std::move(r));
        ++failed;
      }
    }
    // Every one failing alone means the store, not a document, is the problem.
    if (failed == documents.size()) throw;
    return reports;
  }
}

std::unordered_map<std::string, std::string> EventStore::documents_by_hash(const std::vector<std::string>& hashes) const {
  if (!impl_->h.documents || hashes.empty()) return {};
  return detail::DocumentsTable(impl_->h.documents, impl_->h.what).ids_by_hash(hashes);
}

void EventStore::save_edit(const Event& event) {
  if (event.id.empty()) throw InputError("an edited event needs its id to be saved to " + impl_->h.what);
  impl_->require_writable();
  detail::locked_write(impl_->h, [&] {
    detail::lock_rows(impl_->h, {event.id});
    auto existing = impl_->find_one(event.id);
    Event row = event;
    row.analyst_reviewed = true;
    row.modified = fields::utc_now_iso();
    row.created = (existing && !existing->created.empty()) ? existing->created : row.modified;
    impl_->write(row, existing ? existing->fid : OGRNullFID);
  });
}

bool EventStore::remove(const std::string& id) {
  impl_->require_writable();
  return detail::locked_write(impl_->h, [&] {
    auto existing = impl_->find_one(id);
    if (!existing) return false;
    if (OGR_L_DeleteFeature(impl_->h.layer, existing->fid) != OGRERR_NONE)
      throw GeoError(impl_->h.what + ": cannot delete event " + id + ": " + geo::gdal_last_error());
    return true;
  });
}

std::optional<Event> EventStore::get(const std::string& id) const {
  LayerScope scope(impl_->h.layer);
  impl_->set_filter("id = " + sql_quote(id));
  std::optional<Event> out;
  impl_->for_each([&](OGRFeatureH f) {
    if (!out) out = fields::read_event(f, impl_->ix);
  });
  return out;
}

std::vector<Event> EventStore::query(const EventFilter& filter) const {
  LayerScope scope(impl_->h.layer);
  impl_->set_filter(filter_sql(filter));
  // A box across the antimeridian (west > east) is left to the C++ check.
  if (filter.bbox && filter.bbox->west <= filter.bbox->east)
    OGR_L_SetSpatialFilterRect(impl_->h.layer, filter.bbox->west, filter.bbox->south, filter.bbox->east,
                               filter.bbox->north);
  std::vector<Event> out;
  impl_->for_each([&](OGRFeatureH f) {
    Event e = fields::read_event(f, impl_->ix);
    if (filter_matches(e, filter)) out.push_back(std::move(e));
  });
  // Dated events in date order, undated last; id breaks ties so output is reproducible.
  std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    if (a.event_date.has_value() != b.event_date.has_value()) return a.event_date.has_value();
    if (a.event_date && *a.event_date != *b.event_date) return *a.event_date < *b.event_date;
    return a.id < b.id;
  });
  return out;
}

std::size_t EventStore::size() const {
  LayerScope scope(impl_->h.layer);
  geo::QuietGdalErrors quiet;
  CPLErrorReset();
  GIntBig n = OGR_L_GetFeatureCount(impl_->h.layer, TRUE);
  if (n < 0 || CPLGetLastErrorType() >= CE_Failure)
    throw DataError("cannot count the events of " + impl_->h.what + ": " + geo::gdal_last_error());
  return static_cast<std::size_t>(n);
}

}  // namespace bordermap::events
