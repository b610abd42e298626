#pragma once
// How the viewer words an event in tooltips, the table and the inspector.
#include <optional>
#include <string>

#include "events/event.hpp"

namespace bordermap::ui {

std::string format_date(const std::optional<events::Date>& d);  // "2021-09-25" or "—"
std::string event_title(const events::Event& e);                // "Armed clash — Māymay (AF)"
std::string event_when(const events::Event& e);                 // "2021-09-25" or "2021-09-18 – 2021-09-25"
std::string grades_text(const events::Event& e);                // "reliability B, credibility 2"

}  // namespace bordermap::ui
