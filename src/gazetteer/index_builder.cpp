#include "gazetteer/index_builder.hpp"

#include <algorithm>
#include <cstring>
#include <map>

#include "gazetteer/normalize.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

namespace bordermap::gazetteer {
namespace {

class StringPool {
 public:
  StringPool() { data_.push_back('\0'); }  // offset 0 is the empty string
  std::uint32_t add(std::string_view s) {
    if (s.empty()) return 0;
    auto it = seen_.find(std::string(s));
    if (it != seen_.end()) return it->second;
    auto off = static_cast<std::uint32_t>(data_.size());
    data_.append(s);
    data_.push_back('\0');
    seen_.emplace(std::string(s), off);
    return off;
  }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
  std::unordered_map<std::string, std::uint32_t> seen_;
};

template <typename T>
void append_pod(std::string& out, const std::vector<T>& v) {
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

void pad8(std::string& out) {
  while (out.size() % 8) out.push_back('\0');
}

std::uint32_t table_size_for(std::size_t n) {
  std::uint32_t size = 16;
  while (size < n * 2) size <<= 1;
  return size;
}

struct Section {
  std::vector<std::string> keys;  // sorted; group i has keys[i]
  std::vector<format::GroupRec> groups;
  std::vector<std::uint32_t> table;
  std::vector<format::Posting> postings;
};

// Groups sorted by key for a deterministic file; open addressing with linear probing.
template <typename Map>
Section build_section(const Map& entries, StringPool& pool, const std::map<std::string, std::uint32_t>& extra_flags) {
  std::vector<std::string> keys;
  keys.reserve(entries.size() + extra_flags.size());
  for (auto& [k, _] : entries) keys.push_back(k);
  for (auto& [k, _] : extra_flags)
    if (!entries.count(k)) keys.push_back(k);
  std::sort(keys.begin(), keys.end());

  Section s;
  s.groups.reserve(keys.size());
  for (auto& key : keys) {
    format::GroupRec g{};
    g.key_off = pool.add(key);
    g.key_len = static_cast<std::uint32_t>(key.size());
    g.post_begin = static_cast<std::uint32_t>(s.postings.size());
    if (auto it = entries.find(key); it != entries.end()) {
      auto list = it->second;
      // one posting per place, the best name kind
      std::sort(list.begin(), list.end(), [](auto& a, auto& b) {
        return a.place != b.place ? a.place < b.place : a.kind < b.kind;
      });
      std::uint32_t last = UINT32_MAX;
      for (auto& e : list) {
        if (e.place == last) continue;
        last = e.place;
        s.postings.push_back(format::Posting{e.place, e.kind, {0, 0, 0}});
      }
    }
    g.post_count = static_cast<std::uint32_t>(s.postings.size()) - g.post_begin;
    if (auto it = extra_flags.find(key); it != extra_flags.end()) g.flags |= it->second;
    s.groups.push_back(g);
  }
  s.table.assign(table_size_for(s.groups.size()), 0);
  auto mask = static_cast<std::uint32_t>(s.table.size() - 1);
  for (std::uint32_t gi = 0; gi < s.groups.size(); ++gi) {
    auto& key = keys[gi];
    auto slot = static_cast<std::uint32_t>(format::hash_key(key.data(), static_cast<std::uint32_t>(key.size()))) & mask;
    while (s.table[slot] != 0) slot = (slot + 1) & mask;
    s.table[slot] = gi + 1;
  }
  s.keys = std::move(keys);
  return s;
}

}  // namespace

bool IndexBuilder::notable_for_variants(const Draft& d) {
  const auto& p = d.place;
  return p.kind == Kind::country || p.kind == Kind::admin1 || p.kind == Kind::admin2 ||
         p.id.starts_with("bordermap:") || d.rank >= 5 || p.population >= 20000;
}

std::uint32_t IndexBuilder::add_place(const Place& place, std::uint8_t rank) {
  if (by_id_.count(place.id)) throw DataError("duplicate gazetteer id " + place.id);
  auto idx = static_cast<std::uint32_t>(places_.size());
  places_.push_back(Draft{place, rank, {}});
  by_id_.emplace(place.id, idx);
  return idx;
}

std::optional<std::uint32_t> IndexBuilder::find(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

void IndexBuilder::add_name(std::uint32_t place, std::string_view name, format::NameKind kind) {
  auto key = normalize_name(name);
  if (key.empty()) return;
  auto& names = places_[place].names;
  if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
  exact_[key].push_back(Entry{place, kind});
  auto fk = fuzzy_key(key);
  if (fk.size() >= 4) fuzzy_[fk].push_back(Entry{place, kind});
}

void IndexBuilder::write(const std::filesystem::path& path) const {
  StringPool pool;

  std::map<std::string, std::uint32_t> admin1_index;  // code → index
  std::vector<format::Admin1Rec> admin1;
  std::vector<format::PlaceRec> places;
  places.reserve(places_.size());
  for (auto& d : places_) {
    const Place& p = d.place;
    format::PlaceRec r{};
    r.lat = p.lat;
    r.lon = p.lon;
    r.population = p.population;
    r.id_off = pool.add(p.id);
    r.name_off = pool.add(p.name);
    r.admin2_off = pool.add(p.admin2);
    r.admin1 = 0xFFFF;
    if (!p.admin1_code.empty()) {
      auto [it, inserted] = admin1_index.emplace(p.admin1_code, static_cast<std::uint32_t>(admin1.size()));
      if (inserted) admin1.push_back(format::Admin1Rec{pool.add(p.admin1_code), pool.add(p.admin1)});
      if (it->second >= 0xFFFF) throw DataError("too many admin1 units for the index format");
      r.admin1 = static_cast<std::uint16_t>(it->second);
    }
    r.kind = static_cast<std::uint8_t>(p.kind);
    r.rank = d.rank;
    r.country[0] = p.country.size() > 0 ? p.country[0] : ' ';
    r.country[1] = p.country.size() > 1 ? p.country[1] : ' ';
    std::memset(r.fcode, 0, sizeof r.fcode);
    std::memcpy(r.fcode, p.feature_code.data(), std::min(p.feature_code.size(), sizeof r.fcode));
    places.push_back(r);
  }

  std::map<std::string, std::uint32_t> exact_flags;
  for (auto& [key, _] : exact_) {
    for (size_t pos = key.find(' '); pos != std::string::npos; pos = key.find(' ', pos + 1))
      exact_flags[key.substr(0, pos)] |= format::kIsPrefix;
  }
  // Every common word gets a group, with or without places, so the recogniser can ask
  // the index whether any capitalised word is ordinary English.
  for (const auto& word : common_words_) exact_flags[word] |= format::kCommonWord;
  Section exact = build_section(exact_, pool, exact_flags);
  Section fuzzy = build_section(fuzzy_, pool, {});

  // Single deletions of the longer fuzzy keys of notable places' own and curated names, so a
  // one-edit search costs a few dozen probes instead of hundreds of generated variants.
  std::unordered_map<std::string, std::vector<Entry>> deletes;
  for (std::uint32_t gi = 0; gi < fuzzy.groups.size(); ++gi) {
    const auto& key = fuzzy.keys[gi];
    if (key.size() < format::kMinOneEditKey) continue;
    const auto& g = fuzzy.groups[gi];
    bool notable = false;
    for (std::uint32_t k = 0; k < g.post_count && !notable; ++k) {
      const auto& posting = fuzzy.postings[g.post_begin + k];
      notable = posting.name_kind <= format::kCurated && notable_for_variants(places_[posting.place]);
    }
    if (!notable) continue;
    for (size_t i = 0; i < key.size(); ++i) {
      std::string d = key;
      d.erase(i, 1);
      auto& list = deletes[d];
      if (list.empty() || list.back().place != gi) list.push_back(Entry{gi, 0});
    }
  }
  Section del = build_section(deletes, pool, {});

  format::Header h{};
  std::memcpy(h.magic, format::kMagic, sizeof h.magic);
  h.version = format::kVersion;
  h.n_places = static_cast<std::uint32_t>(places.size());
  h.n_admin1 = static_cast<std::uint32_t>(admin1.size());
  h.n_exact_groups = static_cast<std::uint32_t>(exact.groups.size());
  h.exact_table_size = static_cast<std::uint32_t>(exact.table.size());
  h.n_fuzzy_groups = static_cast<std::uint32_t>(fuzzy.groups.size());
  h.fuzzy_table_size = static_cast<std::uint32_t>(fuzzy.table.size());
  h.n_postings = static_cast<std::uint32_t>(exact.postings.size());
  h.n_fuzzy_postings = static_cast<std::uint32_t>(fuzzy.postings.size());
  h.n_delete_groups = static_cast<std::uint32_t>(del.groups.size());
  h.delete_table_size = static_cast<std::uint32_t>(del.table.size());
  h.n_delete_postings = static_cast<std::uint32_t>(del.postings.size());

  std::string out(sizeof(format::Header), '\0');
  auto section = [&](std::uint64_t& off, auto& vec) {
    pad8(out);
    off = out.size();
    append_pod(out, vec);
  };
  section(h.off_places, places);
  section(h.off_admin1, admin1);
  section(h.off_exact_groups, exact.groups);
  section(h.off_exact_table, exact.table);
  section(h.off_postings, exact.postings);
  section(h.off_fuzzy_groups, fuzzy.groups);
  section(h.off_fuzzy_table, fuzzy.table);
  section(h.off_fuzzy_postings, fuzzy.postings);
  section(h.off_delete_groups, del.groups);
  section(h.off_delete_table, del.table);
  section(h.off_delete_postings, del.postings);
  pad8(out);
  h.off_strings = out.size();
  h.strings_size = pool.data().size();
  out.append(pool.data());
  pad8(out);
  h.file_size = out.size();
  std::memcpy(out.data(), &h, sizeof h);
  write_file_atomically(path, out);
}

}  // namespace bordermap::gazetteer
