#pragma once
// Read side of the gazetteer index: memory-mapped, immutable, safe to share between threads.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "gazetteer/index_format.hpp"
#include "gazetteer/place.hpp"

namespace bordermap::gazetteer {

struct NameHit {
  std::uint32_t place;
  format::NameKind name_kind;
};

// What the index knows about one key.
struct KeyInfo {
  bool found = false;       // some place has exactly this name
  bool is_prefix = false;   // some longer name starts with it
  bool common_word = false; // a common lowercase English word (whether or not a place)
  std::span<const format::Posting> postings;
};

class Gazetteer {
 public:
  static Gazetteer open(const std::filesystem::path& path);
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  KeyInfo exact(std::string_view normalized_key) const;
  std::span<const format::Posting> fuzzy(std::string_view fuzzy_key) const;
  // Names of notable places whose fuzzy key is one edit (insert, delete, substitute, swap
  // of neighbours) from `fuzzy_key`: "Gordo-Badakhshan" finds Gorno-Badakhshan. Looks up
  // single deletions on both sides (an index of them is built in), then checks the edit.
  std::vector<format::Posting> fuzzy_one_edit(std::string_view fuzzy_key) const;

  std::uint32_t size() const;
  Place place(std::uint32_t index) const;

  // Cheap accessors for scoring without building a Place.
  double lat(std::uint32_t i) const { return rec(i).lat; }
  double lon(std::uint32_t i) const { return rec(i).lon; }
  std::int64_t population(std::uint32_t i) const { return rec(i).population; }
  Kind kind(std::uint32_t i) const {
    auto k = rec(i).kind;
    return k <= static_cast<std::uint8_t>(Kind::other) ? static_cast<Kind>(k) : Kind::other;
  }
  std::uint8_t rank(std::uint32_t i) const { return rec(i).rank; }
  std::string_view country(std::uint32_t i) const;  // "" when none
  std::string_view admin1_code(std::uint32_t i) const;
  std::string_view id(std::uint32_t i) const;
  std::string_view name(std::uint32_t i) const;
  std::string_view feature_code(std::uint32_t i) const;

  // Looks up a place by its id ("geonames:1142170", "admin1:AF.01"); linear, for tools and tests.
  std::optional<std::uint32_t> find_id(std::string_view id) const;

 private:
  struct Mapping;
  explicit Gazetteer(std::unique_ptr<Mapping> m);
  const format::PlaceRec& rec(std::uint32_t i) const {
    if (i >= header_->n_places) corrupt("place reference");
    return places_[i];
  }
  const char* str(std::uint32_t off) const {
    if (off >= header_->strings_size) corrupt("string reference");
    return strings_ + off;  // the section ends in a NUL, checked at open
  }
  [[noreturn]] void corrupt(const char* what) const;
  const format::GroupRec* probe(std::string_view key, const std::uint32_t* table, std::uint32_t size,
                                const format::GroupRec* groups, std::uint32_t n_groups) const;
  std::span<const format::Posting> checked(const format::GroupRec& g, const format::Posting* postings,
                                           std::uint32_t n_postings, std::uint32_t n_targets) const;

  std::unique_ptr<Mapping> map_;
  const format::Header* header_ = nullptr;
  const format::PlaceRec* places_ = nullptr;
  const format::Admin1Rec* admin1_ = nullptr;
  const format::GroupRec* exact_groups_ = nullptr;
  const std::uint32_t* exact_table_ = nullptr;
  const format::Posting* postings_ = nullptr;
  const format::GroupRec* fuzzy_groups_ = nullptr;
  const std::uint32_t* fuzzy_table_ = nullptr;
  const format::Posting* fuzzy_postings_ = nullptr;
  const format::GroupRec* delete_groups_ = nullptr;
  const std::uint32_t* delete_table_ = nullptr;
  const format::Posting* delete_postings_ = nullptr;
  const char* strings_ = nullptr;
};

}  // namespace bordermap::gazetteer
