#pragma once
// Places read with their neighbours. "Muqur district, Ghazni" names the Muqur inside Ghazni
// province, whatever the geoparser would pick for "Muqur" alone; a sentence that names no
// place happened where its paragraph's story is, or, failing that, where the dateline says.
#include <optional>
#include <string_view>
#include <vector>

#include "extract/places.hpp"
#include "extract/sentences.hpp"
#include "geoparse/mention.hpp"

namespace bordermap::events {

// A mention followed by its container ("X district, Y", "X (Y district, Z)", "X, Y province")
// takes the candidate inside that container when the geoparser chose one outside it.
void prefer_named_containers(std::vector<geoparse::Mention>& mentions, std::string_view text);

// The most precise of a set of kept places (the first on a tie), or null.
const PlacedMention* most_precise_place(const std::vector<PlacedMention>& places);

// The dateline's place ("KHOROG, 12 May —") as an event's last-resort location, coarse.
std::optional<PlacedMention> dateline_place(const std::vector<geoparse::Mention>& mentions, const SentenceSplit& split);

}  // namespace bordermap::events
