#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "ui/event_text.hpp"
#include "ui/panels.hpp"
#include "ui/viewer_model.hpp"

namespace bordermap::ui {

namespace {

enum Column { kDate, kType, kPlace, kSide, kKm, kClaimant, kGrade, kColumns };

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool matches(const events::Event& e, const std::string& q) {
  if (q.empty()) return true;
  for (const std::string* f : {&e.event_type, &e.location.name, &e.claimant, &e.actor1, &e.actor2, &e.notes,
                               &e.source.publication, &e.id})
    if (lower(*f).find(q) != std::string::npos) return true;
  return false;
}

double km_of(const events::Event& e) { return e.border.border_km.value_or(std::nan("")); }

void rebuild_rows(const ViewerState& s, TableUi& ui) {
  ui.rows.clear();
  std::string q = lower(ui.query);
  for (std::size_t k = 0; k < s.layers.size(); ++k) {
    const auto& l = s.layers[k];
    if (!l.shown) continue;
    for (auto i : l.visible)
      if (i < l.layer->events.size() && matches(l.layer->events[i], q)) ui.rows.emplace_back(k, i);
  }
  auto ev = [&](const std::pair<std::size_t, std::uint32_t>& r) -> const events::Event& {
    return s.layers[r.first].layer->events[r.second];
  };
  auto less = [&](const auto& a, const auto& b) {
    const auto &x = ev(a), &y = ev(b);
    switch (ui.sort_column) {
      case kType: return x.event_type < y.event_type;
      case kPlace: return x.location.name < y.location.name;
      case kSide: return x.border.side < y.border.side;
      case kKm: {
        double kx = km_of(x), ky = km_of(y);
        if (std::isnan(kx) || std::isnan(ky)) return !std::isnan(kx) && std::isnan(ky);
        return kx < ky;
      }
      case kClaimant: return x.claimant < y.claimant;
      case kGrade: return x.source_reliability + x.info_credibility < y.source_reliability + y.info_credibility;
      default: return x.event_date < y.event_date;
    }
  };
  std::stable_sort(ui.rows.begin(), ui.rows.end(), [&](const auto& a, const auto& b) {
    return ui.sort_ascending ? less(a, b) : less(b, a);
  });
  ui.generation = s.generation;
  ui.last_query = ui.query;
}

}  // namespace

void draw_event_table(ViewerState& s, TableUi& ui) {
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", "Search type, place, actor, claimant, notes…", ui.query, sizeof ui.query);
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                          ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("events", kColumns, flags)) return;
  // Fixed starting widths: fitted to content, a long claimant would squeeze type and place
  // to two letters. The analyst can still drag them; the table scrolls sideways.
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("date", ImGuiTableColumnFlags_DefaultSort, 5.6f * em);
  ImGui::TableSetupColumn("type", 0, 9.0f * em);
  ImGui::TableSetupColumn("place", 0, 8.0f * em);
  ImGui::TableSetupColumn("side", 0, 2.4f * em);
  ImGui::TableSetupColumn("km", 0, 3.0f * em);
  ImGui::TableSetupColumn("claimant", 0, 10.0f * em);
  ImGui::TableSetupColumn("grade", 0, 3.0f * em);
  ImGui::TableHeadersRow();
  bool resort = false;
  if (auto* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      ui.sort_column = specs->Specs[0].ColumnIndex;
      ui.sort_ascending = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
    resort = true;
  }
  // While the timeline plays, the range moves every few frames; re-sorting tens of
  // thousands of rows each time would cost the map its frame rate, so the table follows
  // at 4 Hz then. Sorting and typing still take effect at once.
  const double now = ImGui::GetTime();
  bool stale = resort || ui.generation != s.generation || ui.last_query != ui.query;
  bool throttled = s.playback.playing && !resort && ui.last_query == ui.query && now - ui.last_rebuild < 0.25;
  if (stale && !throttled) {
    rebuild_rows(s, ui);
    ui.last_rebuild = now;
  }

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ui.rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      auto row = ui.rows[static_cast<std::size_t>(r)];
      // Rows may lag a throttled rebuild: skip any the current layers no longer hold.
      if (row.first >= s.layers.size() || !s.layers[row.first].layer ||
          row.second >= s.layers[row.first].layer->events.size())
        continue;
      const auto& e = s.layers[row.first].layer->events[row.second];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      bool selected = s.selected == row;
      ImGui::PushID(r);
      if (ImGui::Selectable(format_date(e.event_date).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
        s.selected = row;
        const auto& p = s.layers[row.first].layer->points[row.second];
        if (p.located) center_on(s, p.at);
      }
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.event_type.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.location.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.border.side.c_str());
      ImGui::TableNextColumn();
      if (e.border.border_km) ImGui::Text("%.0f", *e.border.border_km);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.claimant.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s%s", e.source_reliability.empty() ? "–" : e.source_reliability.c_str(),
                  e.info_credibility.c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace bordermap::ui
