#include "store/documents_table.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include <algorithm>

#include "events/event_fields.hpp"
#include "store/store_backend.hpp"
#include "store/store_filter.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {
namespace {

struct Column {
  const char* name;
  OGRFieldType type;
};
constexpr Column kColumns[] = {{"id", OFTString},           {"content_hash", OFTString}, {"publication", OFTString},
                               {"url", OFTString},          {"published", OFTString},    {"first_ingested", OFTString},
                               {"last_ingested", OFTString}, {"event_count", OFTInteger}};

constexpr std::size_t kLookupChunk = 256;  // values per "IN (…)" filter

}  // namespace

OGRLayerH ensure_documents_layer(GDALDatasetH ds, const std::string& what) {
  OGRLayerH layer = GDALDatasetGetLayerByName(ds, kDocumentsLayer);
  if (!layer) {
    CPLStringList options;
    options.SetNameValue("FID", fields::kFidColumn);
    CPLErrorReset();
    layer = GDALDatasetCreateLayer(ds, kDocumentsLayer, nullptr, wkbNone, options.List());
    if (!layer) throw GeoError("cannot create the documents table in " + what + ": " + geo::gdal_last_error());
  }
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  for (const auto& c : kColumns) {
    if (OGR_FD_GetFieldIndex(defn, c.name) >= 0) continue;
    OGRFieldDefnH fd = OGR_Fld_Create(c.name, c.type);
    const OGRErr err = OGR_L_CreateField(layer, fd, TRUE);
    OGR_Fld_Destroy(fd);
    if (err != OGRERR_NONE)
      throw GeoError("cannot add column " + std::string(c.name) + " to the documents table of " + what + ": " +
                     geo::gdal_last_error());
  }
  const std::string t = kDocumentsLayer;
  if (!has_index(ds, t, t + "_id_uq"))
    exec_sql(ds, "CREATE UNIQUE INDEX IF NOT EXISTS " + t + "_id_uq ON " + t + " (id)", what);
  if (!has_index(ds, t, t + "_hash_uq"))
    exec_sql(ds, "CREATE UNIQUE INDEX IF NOT EXISTS " + t + "_hash_uq ON " + t + " (content_hash)", what);
  return layer;
}

DocumentsTable::DocumentsTable(OGRLayerH layer, std::string what) : layer_(layer), what_(std::move(what)) {
  for (const auto& c : kColumns) index(c.name);  // a table of another shape fails here, not mid-write
}

int DocumentsTable::index(const char* column) const {
  const int i = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer_), column);
  if (i < 0) throw DataError(what_ + ": the documents table has no column '" + column + "'");
  return i;
}

template <typename Fn>
void DocumentsTable::select_in(const char* column, const std::vector<std::string>& values, Fn&& fn) const {
  geo::QuietGdalErrors quiet;
  for (std::size_t from = 0; from < values.size(); from += kLookupChunk) {
    std::string sql = std::string(column) + " IN (";
    for (std::size_t i = from; i < std::min(values.size(), from + kLookupChunk); ++i)
      sql += (i == from ? "" : ",") + sql_quote(values[i]);
    sql += ")";
    if (OGR_L_SetAttributeFilter(layer_, sql.c_str()) != OGRERR_NONE)
      throw GeoError(what_ + ": the documents filter was refused: " + geo::gdal_last_error());
    CPLErrorReset();
    OGR_L_ResetReading(layer_);
    while (geo::OgrFeature f{OGR_L_GetNextFeature(layer_)}) {
      fn(f.get());
      CPLErrorReset();
    }
    const bool failed = CPLGetLastErrorType() >= CE_Failure;
    OGR_L_SetAttributeFilter(layer_, nullptr);
    OGR_L_ResetReading(layer_);
    if (failed) throw DataError("cannot read the documents of " + what_ + ": " + mask_password(geo::gdal_last_error()));
  }
}

std::unordered_map<std::string, std::string> DocumentsTable::ids_by_hash(const std::vector<std::string>& hashes) const {
  std::unordered_map<std::string, std::string> out;
  const int id = index("id"), hash = index("content_hash");
  select_in("content_hash", hashes, [&](OGRFeatureH f) {
    out[OGR_F_GetFieldAsString(f, hash)] = OGR_F_GetFieldAsString(f, id);
  });
  return out;
}

std::unordered_map<std::string, StoredDocument> DocumentsTable::rows_by_id(const std::vector<std::string>& ids) const {
  std::unordered_map<std::string, StoredDocument> out;
  const int id = index("id"), hash = index("content_hash"), first = index("first_ingested");
  select_in("id", ids, [&](OGRFeatureH f) {
    StoredDocument d;
    d.fid = OGR_F_GetFID(f);
    d.id = OGR_F_GetFieldAsString(f, id);
    d.content_hash = OGR_F_GetFieldAsString(f, hash);
    d.first_ingested = OGR_F_GetFieldAsString(f, first);
    out[d.id] = std::move(d);
  });
  return out;
}

GIntBig DocumentsTable::write(const DocumentWrite& doc, const std::optional<StoredDocument>& existing,
                           std::size_t events, const std::string& now) {
  geo::OgrFeature f(OGR_F_Create(OGR_L_GetLayerDefn(layer_)));
  if (!f) throw GeoError(what_ + ": cannot make a row for document " + doc.id);
  auto text = [&](const char* column, const std::string& value) {
    if (value.empty()) OGR_F_SetFieldNull(f.get(), index(column));
    else OGR_F_SetFieldString(f.get(), index(column), value.c_str());
  };
  text("id", doc.id);
  text("content_hash", doc.content_hash);
  text("publication", doc.source.publication);
  text("url", doc.source.url);
  text("published", doc.source.date ? fields::format_date(*doc.source.date) : "");
  text("first_ingested", existing && !existing->first_ingested.empty() ? existing->first_ingested : now);
  text("last_ingested", now);
  OGR_F_SetFieldInteger(f.get(), index("event_count"), static_cast<int>(std::min<std::size_t>(events, 1u << 30)));
  geo::QuietGdalErrors quiet;
  CPLErrorReset();
  OGRErr err;
  if (existing) {
    OGR_F_SetFID(f.get(), existing->fid);
    err = OGR_L_SetFeature(layer_, f.get());
  } else {
    err = OGR_L_CreateFeature(layer_, f.get());
  }
  if (err != OGRERR_NONE)
    throw GeoError(what_ + ": cannot record document " + doc.id + ": " + mask_password(geo::gdal_last_error()));
  return OGR_F_GetFID(f.get());
}

}  // namespace bordermap::events::detail
