#pragma once
// Places read with their neighbours. "Muqur district, Ghazni" names the Muqur inside Ghazni
// province, whatever the geoparser would pick for "Muqur" alone; a sentence that names no
// place happened where its paragraph's story is, or, failing that, where the dateline says.
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/places.hpp"
#include "extract/sentences.hpp"
#include "geoparse/mention.hpp"

namespace bordermap::events {

// A place in a country that no other place of the document points to, in a document whose
// other places agree on a country, is a namesake: it takes its candidate in a country the
// document does name, or, when it was matched by a spelling variant or with little confidence, is left
// unresolved rather than put on another continent ("Balgatar (Kech district, Balochistan)"
// is not Balgatay in Mongolia).
// `search` lists more candidates for a name than the geoparser kept as alternatives.
using CandidateSearch = std::function<std::vector<geoparse::Alternative>(std::string_view name)>;
void cohere_with_document(std::vector<geoparse::Mention>& mentions, const CandidateSearch& search);

// A mention followed by its container ("X district, Y", "X (Y district, Z)", "X, Y province")
// takes the candidate inside that container when the geoparser chose one outside it.
// Returns the start offsets of the mentions that served as containers.
std::vector<std::size_t> prefer_named_containers(std::vector<geoparse::Mention>& mentions, std::string_view text,
                                                 const CandidateSearch& search);

// One event's places among a sentence's kept ones: the most precise, and those listed with it
// ("in Baharak and Chah Ab districts" is two events); a named container of another kept
// place ("Kosar neighbourhood of Qazvin city") is not a place of its own.
// A coder's "(coded as X)" names the location outright; otherwise places whose country the
// sentence's other places share rank first, then precision, then exact names over variants.
std::vector<PlacedMention> event_places(const std::vector<PlacedMention>& kept,
                                        const std::vector<std::size_t>& container_starts, std::string_view text);

// The dateline's place ("KHOROG, 12 May —") as an event's last-resort location, coarse.
std::optional<PlacedMention> dateline_place(const std::vector<geoparse::Mention>& mentions, const SentenceSplit& split);

}  // namespace bordermap::events
