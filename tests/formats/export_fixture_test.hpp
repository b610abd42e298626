#pragma once
// Shared by the export/import tests: ten hand-made events covering what breaks exporters
// (null geometry, Kŭlob / Хорог, commas, quotes and newlines in notes, missing optional
// fields, an id with a colon, attributes from an ACLED import), and a field-by-field
// comparison of two event lists.
#include <filesystem>
#include <string>
#include <vector>

#include "events/event.hpp"

namespace bordermap::test {

std::vector<events::Event> fixture_events();

// CHECKs every field of every event (coordinates to 1e-6°, other reals to 1e-9).
void check_same_events(const std::vector<events::Event>& expected, const std::vector<events::Event>& actual);

// A fresh, empty folder for one test case; all of them are removed when the run ends.
std::filesystem::path fresh_dir(const std::string& name);
std::string read_text(const std::filesystem::path& p);
std::filesystem::path events_io_data(const std::string& name);  // tests/data/events_io/NAME

}  // namespace bordermap::test
