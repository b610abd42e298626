#include "store/store.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include <algorithm>
#include <unordered_map>

#include "events/event_fields.hpp"
#include "store/store_backend.hpp"
#include "store/store_filter.hpp"
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

// Rolls back unless committed: an exception anywhere in a write leaves the store as it was.
class Transaction {
 public:
  Transaction(GDALDatasetH ds, const std::string& what) : ds_(ds), what_(what) {
    if (GDALDatasetStartTransaction(ds_, FALSE) != OGRERR_NONE)
      throw GeoError("cannot start a transaction in " + what_ + ": " + geo::gdal_last_error());
  }
  ~Transaction() {
    if (!done_) GDALDatasetRollbackTransaction(ds_);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    done_ = true;
    if (GDALDatasetCommitTransaction(ds_) != OGRERR_NONE)
      throw GeoError("cannot commit the write to " + what_ + ": " + geo::gdal_last_error());
  }

 private:
  GDALDatasetH ds_;
  std::string what_;
  bool done_ = false;
};

struct Existing {
  GIntBig fid = OGRNullFID;
  bool reviewed = false;
  std::string created;
};

bool has_point(const Event& e) { return e.location.lat && e.location.lon; }

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

  void require_writable() const {
    if (!h.writable) throw InputError(h.what + " is read-only to this user; cannot write events");
  }

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

  // Inserts (fid null) or replaces the row `fid` with `e`.
  void write(const Event& e, GIntBig fid) {
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
  }
};

EventStore::EventStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventStore::EventStore(EventStore&&) noexcept = default;
EventStore& EventStore::operator=(EventStore&&) noexcept = default;
EventStore::~EventStore() = default;

EventStore EventStore::open(const std::string& target, bool create) {
  return EventStore(std::make_unique<Impl>(detail::open_store_handle(target, create)));
}

const std::string& EventStore::name() const { return impl_->h.what; }
bool EventStore::is_postgres() const { return impl_->h.postgres; }

UpsertReport EventStore::upsert(const std::vector<Event>& events) { return upsert(events, {}, 1000); }

UpsertReport EventStore::upsert(const std::vector<Event>& events, const Progress& progress, std::size_t every) {
  UpsertReport report;
  if (events.empty()) return report;
  impl_->require_writable();

  // The same id twice in one batch: the later one wins, as if written one after the other.
  std::unordered_map<std::string, std::size_t> last;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i].id.empty())
      throw InputError("event " + std::to_string(i + 1) + " of the batch has no id; nothing was written to " +
                       impl_->h.what);
    last[events[i].id] = i;
  }
  std::vector<const Event*> batch;
  batch.reserve(last.size());
  for (std::size_t i = 0; i < events.size(); ++i)
    if (last[events[i].id] == i) batch.push_back(&events[i]);

  Transaction tx(impl_->h.ds.get(), impl_->h.what);
  const auto existing = impl_->find_existing(batch);
  const std::string now = fields::utc_now_iso();
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
      impl_->write(row, it != existing.end() ? it->second.fid : OGRNullFID);
      ++(it != existing.end() ? report.updated : report.added);
      if (!has_point(row)) ++report.flagged;
    }
    if (progress && ++done % step == 0) progress(done, batch.size());
  }
  tx.commit();
  return report;
}

void EventStore::save_edit(const Event& event) {
  if (event.id.empty()) throw InputError("an edited event needs its id to be saved to " + impl_->h.what);
  impl_->require_writable();
  Transaction tx(impl_->h.ds.get(), impl_->h.what);
  auto existing = impl_->find_one(event.id);
  Event row = event;
  row.analyst_reviewed = true;
  row.modified = fields::utc_now_iso();
  row.created = (existing && !existing->created.empty()) ? existing->created : row.modified;
  impl_->write(row, existing ? existing->fid : OGRNullFID);
  tx.commit();
}

bool EventStore::remove(const std::string& id) {
  impl_->require_writable();
  Transaction tx(impl_->h.ds.get(), impl_->h.what);
  auto existing = impl_->find_one(id);
  if (!existing) return false;
  if (OGR_L_DeleteFeature(impl_->h.layer, existing->fid) != OGRERR_NONE)
    throw GeoError(impl_->h.what + ": cannot delete event " + id + ": " + geo::gdal_last_error());
  tx.commit();
  return true;
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
