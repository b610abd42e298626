#include <imgui.h>

#include <cstdio>

#include "ui/event_text.hpp"
#include "ui/panels.hpp"
#include "ui/viewer_model.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"

namespace bordermap::ui {

namespace {

template <std::size_t N>
void copy_to(char (&dst)[N], const std::string& src) {
  std::snprintf(dst, N, "%s", src.c_str());
}

std::optional<events::Date> parse_field(const char* text, const char* what) {
  if (!*text) return std::nullopt;
  auto d = parse_iso_date(text);
  if (!d) throw InputError(std::string(what) + " '" + text + "' is not a YYYY-MM-DD date");
  return events::Date{d->year, d->month, d->day};
}

void load_draft(InspectorUi& ui, const events::Event& e) {
  copy_to(ui.type, e.event_type);
  copy_to(ui.date_start, e.date_start ? format_date(e.date_start) : (e.event_date ? format_date(e.event_date) : ""));
  copy_to(ui.date_end, e.date_end ? format_date(e.date_end) : "");
  copy_to(ui.place, e.location.name);
  copy_to(ui.reliability, e.source_reliability);
  copy_to(ui.credibility, e.info_credibility);
  copy_to(ui.notes, e.notes);
  ui.has_location = e.location.lat && e.location.lon;
  ui.lat = e.location.lat.value_or(0);
  ui.lon = e.location.lon.value_or(0);
  ui.error.clear();
}

events::Event apply_draft(const InspectorUi& ui, events::Event e) {
  e.event_type = ui.type;
  auto start = parse_field(ui.date_start, "start date");
  auto end = parse_field(ui.date_end, "end date");
  if (start && end && *end < *start) throw InputError("the end date is before the start date");
  e.date_start = start;
  e.date_end = end ? end : start;
  e.event_date = start;
  std::string r = ui.reliability, c = ui.credibility;
  if (!r.empty() && (r.size() != 1 || r[0] < 'A' || r[0] > 'F')) throw InputError("reliability must be A–F or empty");
  if (!c.empty() && (c.size() != 1 || c[0] < '1' || c[0] > '6')) throw InputError("credibility must be 1–6 or empty");
  e.source_reliability = r;
  e.info_credibility = c;
  e.notes = ui.notes;
  if (e.location.name != ui.place) {
    e.location.name = ui.place;
    e.location.place_id.clear();  // a hand-typed place is no longer the gazetteer entry
  }
  if (ui.has_location) {
    if (ui.lat < -90 || ui.lat > 90 || ui.lon < -180 || ui.lon > 180) throw InputError("latitude/longitude out of range");
    e.location.lat = ui.lat;
    e.location.lon = ui.lon;
    e.flagged_no_location = false;
  }
  return e;
}

// The source sentence with the place mention shown in the accent colour.
void source_sentence(const events::Event& e) {
  const auto& p = e.provenance;
  std::string sentence;
  for (const auto& [k, v] : e.attributes)
    if (k == "sentence" || k == "source_sentence") sentence = v;
  if (sentence.empty()) {
    ImGui::TextDisabled("(no source sentence stored with this event)");
    return;
  }
  std::size_t ms = p.mention_start >= p.sentence_start ? p.mention_start - p.sentence_start : 0;
  std::size_t me = p.mention_end >= p.sentence_start ? p.mention_end - p.sentence_start : 0;
  ImGui::PushTextWrapPos(0);
  if (me > ms && me <= sentence.size()) {
    ImGui::TextUnformatted(sentence.substr(0, ms).c_str());
    ImGui::SameLine(0, 0);
    ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.15f, 1), "%s", sentence.substr(ms, me - ms).c_str());
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(sentence.substr(me).c_str());
  } else {
    ImGui::TextUnformatted(sentence.c_str());
  }
  ImGui::PopTextWrapPos();
}

void field(const char* name, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", name);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.empty() ? "—" : value.c_str());
}

std::string opt_num(const std::optional<double>& v, const char* fmt) {
  if (!v) return "";
  char b[64];
  std::snprintf(b, sizeof b, fmt, *v);
  return b;
}

}  // namespace

void draw_inspector(ViewerState& s, InspectorUi& ui) {
  if (!s.undo.empty()) {
    if (ImGui::Button("Undo last edit")) {
      try {
        undo_last_edit(s);
        ui.editing.reset();
      } catch (const std::exception& ex) {
        s.status = std::string("undo failed: ") + ex.what();
        s.status_is_error = true;
      }
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%zu edits", s.undo.size());
  }
  if (!s.selected || s.selected->first >= s.layers.size()) {
    ImGui::TextDisabled("Click an event on the map or in the table.");
    return;
  }
  auto [li, ei] = *s.selected;
  const auto& layer = *s.layers[li].layer;
  if (ei >= layer.events.size()) return;
  const auto& e = layer.events[ei];
  if (ui.editing != s.selected) {
    load_draft(ui, e);
    ui.editing = s.selected;
  }
  if (s.picked_place) {
    ui.lat = s.picked_place->lat;
    ui.lon = s.picked_place->lon;
    ui.has_location = true;
    s.picked_place.reset();
  }
  ImGui::TextUnformatted(event_title(e).c_str());
  ImGui::TextDisabled("%s", event_when(e).c_str());
  source_sentence(e);

  if (ImGui::CollapsingHeader("Edit", ImGuiTreeNodeFlags_DefaultOpen)) {
    ImGui::InputText("type", ui.type, sizeof ui.type);
    ImGui::InputTextWithHint("start", "YYYY-MM-DD", ui.date_start, sizeof ui.date_start);
    ImGui::InputTextWithHint("end", "YYYY-MM-DD", ui.date_end, sizeof ui.date_end);
    ImGui::InputText("place", ui.place, sizeof ui.place);
    ImGui::InputDouble("lat", &ui.lat, 0, 0, "%.5f");
    ImGui::InputDouble("lon", &ui.lon, 0, 0, "%.5f");
    if (ImGui::Button(s.picking_place ? "click the map…" : "Pick place on map")) s.picking_place = !s.picking_place;
    ImGui::SetNextItemWidth(40);
    ImGui::InputText("reliability A–F", ui.reliability, sizeof ui.reliability, ImGuiInputTextFlags_CharsUppercase);
    ImGui::SetNextItemWidth(40);
    ImGui::InputText("credibility 1–6", ui.credibility, sizeof ui.credibility, ImGuiInputTextFlags_CharsDecimal);
    ImGui::InputTextMultiline("notes", ui.notes, sizeof ui.notes, ImVec2(-1, 60));
    if (ImGui::Button("Save")) {
      try {
        apply_edit(s, li, ei, apply_draft(ui, e));
        ui.editing.reset();  // reload the saved values
      } catch (const std::exception& ex) {
        ui.error = ex.what();
      }
    }
    ImGui::SameLine();
    if (ImGui::Button("Revert")) load_draft(ui, e);
    if (!ui.error.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", ui.error.c_str());
  }

  if (ImGui::CollapsingHeader("All fields") &&
      ImGui::BeginTable("fields", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    field("id", e.id);
    field("event date", format_date(e.event_date));
    field("start / end", format_date(e.date_start) + " / " + format_date(e.date_end));
    field("time precision", std::to_string(e.time_precision) + " (ACLED), date_prec " + std::to_string(e.date_prec));
    field("type / sub-type", e.event_type + " / " + e.sub_event_type);
    field("actor 1", e.actor1);
    field("actor 2", e.actor2);
    std::string assoc;
    for (const auto& a : e.assoc_actors) assoc += (assoc.empty() ? "" : "; ") + a;
    field("associated actors", assoc);
    field("place", e.location.name + " [" + e.location.place_id + "]");
    field("admin1 / admin2", e.location.admin1 + " / " + e.location.admin2);
    field("country", e.location.country);
    field("lat / lon", opt_num(e.location.lat, "%.5f") + ", " + opt_num(e.location.lon, "%.5f"));
    field("geo precision", std::to_string(e.geo_precision) + " (ACLED), where_prec " + std::to_string(e.where_prec));
    field("border side", e.border.side + " (" + e.border.pair + ")");
    field("km along border", opt_num(e.border.border_km, "%.1f"));
    field("distance to border", opt_num(e.border.distance_to_border_km, "%.1f km"));
    field("border section", e.border.border_section);
    field("source", e.source.publication + " " + format_date(e.source.date));
    field("url", e.source.url);
    field("claimant", e.claimant);
    field("grades", grades_text(e));
    std::string fat = e.fatalities_best ? std::to_string(*e.fatalities_best) : "";
    field("fatalities", fat);
    field("notes", e.notes);
    field("document", e.provenance.document_id);
    field("reviewed", e.analyst_reviewed ? "yes (re-ingest keeps it)" : "no");
    field("created / modified", e.created + " / " + e.modified);
    for (const auto& [k, v] : e.attributes) field(k.c_str(), v);
    ImGui::EndTable();
  }
}

}  // namespace bordermap::ui
