#pragma once
// Which of a sentence's resolved places are where its event happened, and how precisely.
// A place is not the event's location when it is
//   - part of an actor's name or of the attribution ("according to media on both sides of the
//     Panj", "Islamic Emirate of Afghanistan");
//   - the seat of those who speak or rule ("officials in Dushanbe", "the rulers in Kabul",
//     "Kuwait-based");
//   - a reference point or a status ("across the river from Khatlon", "banned in Russia");
//   - a country or capital standing for its government ("Dushanbe has backed …", "that
//     Tajikistan was meddling"): one with no locative word (in, to, across, enter …) before it;
//   - a container of another place the sentence names ("Fayzabad, Badakhshan's capital": the
//     town is the location, the province only says where the town is).
// List members ("officials in Kabul, Dushanbe and Moscow") share the role of the first.
//
// Precision by the place's kind (ACLED geo_precision / UCDP where_prec / radius in metres):
//   town or village     1 / 1 / 2 km (under 10,000 people), 5 km (under 100,000), 15 km
//   "near"/"outside" X  2 / 2 / 25 km (UCDP 2: within 25 km of a named place)
//   facility            1 / 1 / 1 km
//   district (ADM2)     2 / 3 / 25 km
//   province (ADM1)     3 / 4 / 100 km (Takhar ≈ 12,000 km², Badakhshan ≈ 44,000 km²)
//   country             3 / 6 / 500 km (Tajikistan ≈ 143,000 km², Afghanistan ≈ 650,000 km²)
//   river               3 / 5 / 100 km: the point stands for a long line. UCDP 7 is for
//                       international waters and airspace; a border river lies in the two
//                       states, so it takes 5 ("part of a country, in relation to a feature")
//   region, valley      3 / 5 / 50 km; mountain 3 / 5 / 25 km; other 3 / 5 / 50 km
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/words.hpp"
#include "geoparse/mention.hpp"

namespace bordermap::events {

struct PlacedMention {
  const geoparse::Mention* mention = nullptr;
  int geo_precision = 3;
  int where_prec = 6;
  double radius_m = 0;
  bool listed = false;  // joined to the mention before it by a list ("Baharak and Chah Ab")
};

struct PlaceChoice {
  std::vector<PlacedMention> kept;    // one per distinct place, in text order
  std::vector<std::string> set_aside; // "Kabul (seat of officials)", for the event's notes
  std::vector<PlacedMention> seats;    // places set aside as seats of those named ("the ministry in Baku")
};

struct PlaceContext {
  const std::vector<Tok>& toks;                       // the sentence's tokens
  std::vector<const geoparse::Mention*> mentions;     // its resolved mentions, in text order
  std::vector<std::pair<std::size_t, std::size_t>> excluded;  // byte spans: actor names, the attribution
};

PlaceChoice choose_places(const PlaceContext& ctx);

// The most precise of a set of kept places (the first on a tie), or null.
const PlacedMention* most_precise_place(const std::vector<PlacedMention>& places);

// A resolved mention with the precision codes of its place's kind (the table above).
PlacedMention placed(const geoparse::Mention& m, bool near);

}  // namespace bordermap::events
