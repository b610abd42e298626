#pragma once
// The store's `documents` table: one row per ingested document with its content hash, so
// the same text under another name is recognised, and when each was first and last read.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gdal_handle.hpp"
#include "store/store.hpp"

namespace bordermap::events::detail {

inline constexpr const char* kDocumentsLayer = "documents";

// Creates the table and its unique indexes (id, content_hash) when missing; call inside a
// write transaction. Returns the layer.
OGRLayerH ensure_documents_layer(GDALDatasetH ds, const std::string& what);

struct StoredDocument {
  GIntBig fid = OGRNullFID;
  std::string id, content_hash, first_ingested;
};

class DocumentsTable {
 public:
  DocumentsTable(OGRLayerH layer, std::string what);
  // hash → stored id, for those of `hashes` the table holds.
  std::unordered_map<std::string, std::string> ids_by_hash(const std::vector<std::string>& hashes) const;
  // id → row, for those of `ids` the table holds.
  std::unordered_map<std::string, StoredDocument> rows_by_id(const std::vector<std::string>& ids) const;
  // Inserts the document's row, or replaces `existing` keeping its first_ingested; returns its fid.
  GIntBig write(const DocumentWrite& doc, const std::optional<StoredDocument>& existing, std::size_t events,
             const std::string& now);

 private:
  template <typename Fn>
  void select_in(const char* column, const std::vector<std::string>& values, Fn&& fn) const;
  int index(const char* column) const;
  OGRLayerH layer_;
  std::string what_;
};

}  // namespace bordermap::events::detail
