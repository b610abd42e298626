#include "gazetteer/gazetteer.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "util/error.hpp"

namespace bordermap::gazetteer {

struct Gazetteer::Mapping {
  void* addr = MAP_FAILED;
  std::size_t size = 0;
  ~Mapping() {
    if (addr != MAP_FAILED) ::munmap(addr, size);
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Mapping> m) : map_(std::move(m)) {
  const char* base = static_cast<const char*>(map_->addr);
  header_ = reinterpret_cast<const format::Header*>(base);
  places_ = reinterpret_cast<const format::PlaceRec*>(base + header_->off_places);
  admin1_ = reinterpret_cast<const format::Admin1Rec*>(base + header_->off_admin1);
  exact_groups_ = reinterpret_cast<const format::GroupRec*>(base + header_->off_exact_groups);
  exact_table_ = reinterpret_cast<const std::uint32_t*>(base + header_->off_exact_table);
  postings_ = reinterpret_cast<const format::Posting*>(base + header_->off_postings);
  fuzzy_groups_ = reinterpret_cast<const format::GroupRec*>(base + header_->off_fuzzy_groups);
  fuzzy_table_ = reinterpret_cast<const std::uint32_t*>(base + header_->off_fuzzy_table);
  fuzzy_postings_ = reinterpret_cast<const format::Posting*>(base + header_->off_fuzzy_postings);
  delete_groups_ = reinterpret_cast<const format::GroupRec*>(base + header_->off_delete_groups);
  delete_table_ = reinterpret_cast<const std::uint32_t*>(base + header_->off_delete_table);
  delete_postings_ = reinterpret_cast<const format::Posting*>(base + header_->off_delete_postings);
  strings_ = base + header_->off_strings;
}

namespace {

// A damaged or hostile index must fail here with a message, not crash a lookup later:
// every section lies inside the file, aligned, and the hash tables have the shape probing
// relies on. Entries are checked where they are read (see checked()).
void validate_layout(const format::Header& h, std::size_t size, const char* base, const std::filesystem::path& path) {
  auto bad = [&](const char* what) {
    throw DataError("gazetteer index " + path.string() + " is damaged (" + what + "); rebuild it");
  };
  auto section = [&](std::uint64_t off, std::uint64_t count, std::uint64_t elem, std::uint64_t align, const char* what) {
    if (off % align != 0 || off > size || count > (size - off) / elem) bad(what);
  };
  auto table = [&](std::uint32_t table_size, std::uint32_t groups, const char* what) {
    if (table_size == 0 || (table_size & (table_size - 1)) != 0 || groups >= table_size) bad(what);
  };
  section(h.off_places, h.n_places, sizeof(format::PlaceRec), 8, "places");
  section(h.off_admin1, h.n_admin1, sizeof(format::Admin1Rec), 4, "admin1");
  section(h.off_exact_groups, h.n_exact_groups, sizeof(format::GroupRec), 4, "name groups");
  section(h.off_exact_table, h.exact_table_size, 4, 4, "name table");
  section(h.off_postings, h.n_postings, sizeof(format::Posting), 4, "postings");
  section(h.off_fuzzy_groups, h.n_fuzzy_groups, sizeof(format::GroupRec), 4, "variant groups");
  section(h.off_fuzzy_table, h.fuzzy_table_size, 4, 4, "variant table");
  section(h.off_fuzzy_postings, h.n_fuzzy_postings, sizeof(format::Posting), 4, "variant postings");
  section(h.off_delete_groups, h.n_delete_groups, sizeof(format::GroupRec), 4, "deletion groups");
  section(h.off_delete_table, h.delete_table_size, 4, 4, "deletion table");
  section(h.off_delete_postings, h.n_delete_postings, sizeof(format::Posting), 4, "deletion postings");
  section(h.off_strings, h.strings_size, 1, 1, "strings");
  if (h.strings_size == 0 || base[h.off_strings + h.strings_size - 1] != '\0') bad("strings");
  table(h.exact_table_size, h.n_exact_groups, "name table");
  table(h.fuzzy_table_size, h.n_fuzzy_groups, "variant table");
  table(h.delete_table_size, h.n_delete_groups, "deletion table");
}

}  // namespace

void Gazetteer::corrupt(const char* what) const {
  throw DataError(std::string("gazetteer index is damaged (") + what + "); rebuild it");
}

Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::open(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw DataError("cannot open gazetteer index " + path.string());
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(format::Header))) {
    ::close(fd);
    throw DataError("gazetteer index " + path.string() + " is truncated; rebuild it");
  }
  auto m = std::make_unique<Mapping>();
  m->size = static_cast<std::size_t>(st.st_size);
  m->addr = ::mmap(nullptr, m->size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (m->addr == MAP_FAILED) throw DataError("cannot map gazetteer index " + path.string());
  auto* h = static_cast<const format::Header*>(m->addr);
  if (std::memcmp(h->magic, format::kMagic, sizeof h->magic) != 0 || h->version != format::kVersion)
    throw DataError(path.string() + " is not a bordermap gazetteer index of this version; rebuild it");
  if (h->file_size != m->size) throw DataError("gazetteer index " + path.string() + " is truncated; rebuild it");
  validate_layout(*h, m->size, static_cast<const char*>(m->addr), path);
  return Gazetteer(std::move(m));
}

const format::GroupRec* Gazetteer::probe(std::string_view key, const std::uint32_t* table, std::uint32_t size,
                                         const format::GroupRec* groups, std::uint32_t n_groups) const {
  auto len = static_cast<std::uint32_t>(key.size());
  std::uint32_t mask = size - 1;
  auto slot = static_cast<std::uint32_t>(format::hash_key(key.data(), len)) & mask;
  for (std::uint32_t step = 0; step < size && table[slot] != 0; ++step, slot = (slot + 1) & mask) {
    if (table[slot] > n_groups) corrupt("hash table");
    const auto& g = groups[table[slot] - 1];
    if (g.key_off > header_->strings_size || g.key_len > header_->strings_size - g.key_off) corrupt("group key");
    if (g.key_len == len && std::memcmp(strings_ + g.key_off, key.data(), len) == 0) return &g;
  }
  return nullptr;
}

std::span<const format::Posting> Gazetteer::checked(const format::GroupRec& g, const format::Posting* postings,
                                                    std::uint32_t n_postings, std::uint32_t n_targets) const {
  if (g.post_begin > n_postings || g.post_count > n_postings - g.post_begin) corrupt("group postings");
  std::span<const format::Posting> out{postings + g.post_begin, g.post_count};
  for (const auto& p : out)
    if (p.place >= n_targets) corrupt("posting");
  return out;
}

KeyInfo Gazetteer::exact(std::string_view key) const {
  KeyInfo info;
  const auto* g = probe(key, exact_table_, header_->exact_table_size, exact_groups_, header_->n_exact_groups);
  if (!g) return info;
  info.postings = checked(*g, postings_, header_->n_postings, header_->n_places);
  info.found = g->post_count > 0;
  info.is_prefix = g->flags & format::kIsPrefix;
  info.common_word = g->flags & format::kCommonWord;
  return info;
}

std::span<const format::Posting> Gazetteer::fuzzy(std::string_view key) const {
  const auto* g = probe(key, fuzzy_table_, header_->fuzzy_table_size, fuzzy_groups_, header_->n_fuzzy_groups);
  if (!g) return {};
  return checked(*g, fuzzy_postings_, header_->n_fuzzy_postings, header_->n_places);
}

namespace {

// At most one insertion, deletion, substitution or swap of neighbours turns a into b.
bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size())
    return a.substr(i + 1) == b.substr(i + 1) ||
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2));
  return a.substr(i) == b.substr(i + 1);
}

}  // namespace

std::vector<format::Posting> Gazetteer::fuzzy_one_edit(std::string_view key) const {
  std::vector<format::Posting> out;
  std::vector<std::uint32_t> groups;  // fuzzy group indices, verified below
  auto take_deletes = [&](std::string_view variant) {
    const auto* g = probe(variant, delete_table_, header_->delete_table_size, delete_groups_, header_->n_delete_groups);
    if (!g) return;
    for (const auto& p : checked(*g, delete_postings_, header_->n_delete_postings, header_->n_fuzzy_groups))
      groups.push_back(p.place);
  };
  take_deletes(key);  // the gazetteer's key has one letter more
  std::string v;
  for (size_t i = 0; i < key.size(); ++i) {
    v.assign(key);
    v.erase(i, 1);
    take_deletes(v);  // one letter differs, or two neighbours are swapped
    if (v.size() + 1 >= format::kMinOneEditKey)
      for (const auto& p : fuzzy(v)) out.push_back(p);  // the gazetteer's key has one letter fewer
  }
  std::sort(groups.begin(), groups.end());
  groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  for (auto gi : groups) {
    const auto& g = fuzzy_groups_[gi];
    if (g.key_off > header_->strings_size || g.key_len > header_->strings_size - g.key_off) corrupt("group key");
    std::string_view gkey(strings_ + g.key_off, g.key_len);
    if (gkey == key || !within_one_edit(gkey, key)) continue;
    for (const auto& p : checked(g, fuzzy_postings_, header_->n_fuzzy_postings, header_->n_places)) out.push_back(p);
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.place < b.place; });
  out.erase(std::unique(out.begin(), out.end(), [](auto& a, auto& b) { return a.place == b.place; }), out.end());
  return out;
}

std::uint32_t Gazetteer::size() const { return header_->n_places; }

std::string_view Gazetteer::country(std::uint32_t i) const {
  const auto& r = rec(i);
  if (r.country[0] == ' ') return {};
  return {r.country, 2};
}

std::string_view Gazetteer::admin1_code(std::uint32_t i) const {
  const auto& r = rec(i);
  if (r.admin1 == 0xFFFF) return {};
  if (r.admin1 >= header_->n_admin1) corrupt("admin1 reference");
  return str(admin1_[r.admin1].code_off);
}

std::string_view Gazetteer::id(std::uint32_t i) const { return str(rec(i).id_off); }
std::string_view Gazetteer::name(std::uint32_t i) const { return str(rec(i).name_off); }

std::string_view Gazetteer::feature_code(std::uint32_t i) const {
  const auto& r = rec(i);
  return {r.fcode, strnlen(r.fcode, sizeof r.fcode)};
}

Place Gazetteer::place(std::uint32_t i) const {
  const auto& r = rec(i);
  Place p;
  p.id = str(r.id_off);
  p.name = str(r.name_off);
  p.kind = kind(i);
  p.feature_code = std::string(feature_code(i));
  p.country = std::string(country(i));
  if (r.admin1 != 0xFFFF) {
    if (r.admin1 >= header_->n_admin1) corrupt("admin1 reference");
    p.admin1_code = str(admin1_[r.admin1].code_off);
    p.admin1 = str(admin1_[r.admin1].name_off);
  }
  p.admin2 = str(r.admin2_off);
  p.lat = r.lat;
  p.lon = r.lon;
  p.population = r.population;
  return p;
}

std::optional<std::uint32_t> Gazetteer::find_id(std::string_view id) const {
  for (std::uint32_t i = 0; i < header_->n_places; ++i)
    if (id == str(places_[i].id_off)) return i;
  return std::nullopt;
}

}  // namespace bordermap::gazetteer
