#pragma once
// The on-disk layout of the gazetteer index (gazetteer.bmx). Built once by
// `bordermap data build-gazetteer`, memory-mapped at run time so a cold start reads
// only the pages a lookup touches.
#include <cstddef>
#include <cstdint>

namespace bordermap::gazetteer::format {

inline constexpr char kMagic[8] = {'B', 'M', 'X', 'G', 'A', 'Z', '0', '1'};
inline constexpr std::uint32_t kVersion = 2;

// How a name belongs to a place; better kinds win ties between candidates.
enum NameKind : std::uint8_t {
  kPrimary = 0,    // the place's own name (GeoNames name / asciiname, admin name)
  kCurated = 1,    // an alias from geodata/supplement.tsv
  kAlternate = 2,  // a GeoNames alternate name
  kDerived = 3,    // a stem bordermap derived ("Darvozskiy Rayon" → "Darvoz")
};

enum GroupFlags : std::uint32_t {
  kIsPrefix = 1u << 0,    // some longer name starts with this key and a space
  kCommonWord = 1u << 1,  // the key is also a common lowercase English word
};

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t n_places;
  std::uint32_t n_admin1;
  std::uint32_t n_exact_groups;
  std::uint32_t exact_table_size;  // power of two
  std::uint32_t n_fuzzy_groups;
  std::uint32_t fuzzy_table_size;  // power of two
  std::uint32_t n_postings;
  std::uint32_t n_fuzzy_postings;
  std::uint32_t n_delete_groups;   // one-letter deletions of notable places' fuzzy keys
  std::uint32_t delete_table_size; // power of two
  std::uint32_t n_delete_postings; // Posting.place holds a fuzzy group index here
  std::uint32_t reserved;
  std::uint64_t off_places;
  std::uint64_t off_admin1;
  std::uint64_t off_exact_groups;
  std::uint64_t off_exact_table;
  std::uint64_t off_postings;
  std::uint64_t off_fuzzy_groups;
  std::uint64_t off_fuzzy_table;
  std::uint64_t off_fuzzy_postings;
  std::uint64_t off_delete_groups;
  std::uint64_t off_delete_table;
  std::uint64_t off_delete_postings;
  std::uint64_t off_strings;
  std::uint64_t strings_size;
  std::uint64_t file_size;
};

struct PlaceRec {
  double lat;
  double lon;
  std::int64_t population;
  std::uint32_t id_off;      // string pool offsets
  std::uint32_t name_off;
  std::uint32_t admin2_off;
  std::uint16_t admin1;      // index into the admin1 table, 0xFFFF for none
  std::uint8_t kind;         // gazetteer::Kind
  std::uint8_t rank;         // prominence of the feature code, 0..7
  char country[2];
  char fcode[6];
};
static_assert(sizeof(PlaceRec) == 48);

struct Admin1Rec {
  std::uint32_t code_off;
  std::uint32_t name_off;
};

struct GroupRec {
  std::uint32_t key_off;
  std::uint32_t key_len;
  std::uint32_t post_begin;
  std::uint32_t post_count;
  std::uint32_t flags;
  std::uint32_t reserved;
};

struct Posting {
  std::uint32_t place;
  std::uint8_t name_kind;
  std::uint8_t pad[3];
};

// Fuzzy keys shorter than this get no one-edit search: too many short names are one
// letter apart.
inline constexpr std::size_t kMinOneEditKey = 8;

inline std::uint64_t hash_key(const char* s, std::uint32_t len) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
  for (std::uint32_t i = 0; i < len; ++i) {
    h ^= static_cast<unsigned char>(s[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

}  // namespace bordermap::gazetteer::format
