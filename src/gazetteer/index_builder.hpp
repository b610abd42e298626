#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gazetteer/index_format.hpp"
#include "gazetteer/place.hpp"

namespace bordermap::gazetteer {

// Collects places and their names, then writes the memory-mappable index.
class IndexBuilder {
 public:
  // Returns the place's index; ids must be unique.
  std::uint32_t add_place(const Place& place, std::uint8_t rank);
  // Indexes `name` (any script the caller accepted) for the place. Empty keys are ignored.
  void add_name(std::uint32_t place, std::string_view name, format::NameKind kind);
  // Lowercase words that make a single-word name suspect (common English words).
  void set_common_words(std::unordered_set<std::string> words) { common_words_ = std::move(words); }

  std::optional<std::uint32_t> find(const std::string& id) const;
  std::size_t place_count() const { return places_.size(); }
  const Place& place(std::uint32_t i) const { return places_[i].place; }
  Place& mutable_place(std::uint32_t i) { return places_[i].place; }
  // Every name indexed for the place, as given (for the GeoPackage copy of the gazetteer).
  const std::vector<std::string>& names(std::uint32_t i) const { return places_[i].names; }

  // Serialises everything; written atomically.
  void write(const std::filesystem::path& path) const;

 private:
  struct Draft {
    Place place;
    std::uint8_t rank;
    std::vector<std::string> names;
  };
  struct Entry {
    std::uint32_t place;
    std::uint8_t kind;
  };
  // Places a spelling variant may resolve to: admin units, curated entries, seats of
  // government and towns of 20,000 or more.
  static bool notable_for_variants(const Draft& d);

  std::vector<Draft> places_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::unordered_map<std::string, std::vector<Entry>> exact_;
  std::unordered_map<std::string, std::vector<Entry>> fuzzy_;
  std::unordered_set<std::string> common_words_;
};

}  // namespace bordermap::gazetteer
