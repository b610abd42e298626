#include <imgui.h>

#include <fstream>
#include <sstream>

#include "extract/pipeline.hpp"
#include "store/store.hpp"
#include "ui/event_text.hpp"
#include "ui/panels.hpp"
#include "ui/viewer_model.hpp"
#include "util/error.hpp"
#include "util/iso_date.hpp"

namespace bordermap::ui {

namespace {

struct IngestUi {
  std::unique_ptr<events::Pipeline> pipeline;  // built on first use: the index and border take a second
  std::string text = std::string(16384, '\0');
  char file[512] = {}, date[16] = {}, source[128] = {};
  std::vector<events::Event> proposed;
  std::vector<bool> accept;
  std::string message;
};
IngestUi g_ingest;  // one panel per process

events::Pipeline& pipeline(const ViewerState& s) {
  if (!g_ingest.pipeline) g_ingest.pipeline = std::make_unique<events::Pipeline>(s.data_dir, events::PipelineOptions{s.pair});
  return *g_ingest.pipeline;
}

void propose(const ViewerState& s) {
  auto& ui = g_ingest;
  std::string text(ui.text.c_str());
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw InputError("paste a report or open a text file first");
  events::DocumentInput doc;
  doc.id = *ui.file ? ui.file : "pasted-" + std::to_string(std::hash<std::string>{}(text) % 1000000007ull);
  doc.text = std::move(text);
  if (*ui.date) {
    auto d = parse_iso_date(ui.date);
    if (!d) throw InputError(std::string("document date '") + ui.date + "' is not YYYY-MM-DD");
    doc.date = events::Date{d->year, d->month, d->day};
  }
  doc.source = {ui.source, "", doc.date};
  auto result = pipeline(s).process(doc);
  ui.proposed = std::move(result.events);
  ui.accept.assign(ui.proposed.size(), true);
  ui.message = std::to_string(ui.proposed.size()) + " events proposed";
  for (const auto& w : result.warnings) ui.message += "; " + w;
}

}  // namespace

void draw_ingest_panel(ViewerState& s) {
  auto& ui = g_ingest;
  ImGui::InputTextWithHint("##file", "text file to open…", ui.file, sizeof ui.file);
  ImGui::SameLine();
  if (ImGui::Button("Open")) {
    std::ifstream in(ui.file, std::ios::binary);
    if (!in) {
      ui.message = std::string("cannot read ") + ui.file;
    } else {
      std::stringstream ss;
      ss << in.rdbuf();
      ui.text = ss.str();
      ui.text.resize(std::max<std::size_t>(ui.text.size() * 2, 16384), '\0');
    }
  }
  ImGui::InputTextMultiline("##text", ui.text.data(), ui.text.size(), ImVec2(-1, 140));
  ImGui::SetNextItemWidth(110);
  ImGui::InputTextWithHint("##date", "YYYY-MM-DD", ui.date, sizeof ui.date);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(160);
  ImGui::InputTextWithHint("##source", "publication", ui.source, sizeof ui.source);
  ImGui::SameLine();
  if (ImGui::Button("Find events")) {
    try {
      propose(s);
    } catch (const std::exception& e) {
      ui.message = e.what();
    }
  }
  if (!ui.message.empty()) ImGui::TextWrapped("%s", ui.message.c_str());
  for (std::size_t i = 0; i < ui.proposed.size(); ++i) {
    bool on = ui.accept[i];
    if (ImGui::Checkbox((event_title(ui.proposed[i]) + "##" + std::to_string(i)).c_str(), &on)) ui.accept[i] = on;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", event_when(ui.proposed[i]).c_str());
  }
  if (!ui.proposed.empty() && !s.layers.empty() && ImGui::Button("Accept ticked into the top layer")) {
    std::vector<events::Event> chosen;
    for (std::size_t i = 0; i < ui.proposed.size(); ++i)
      if (ui.accept[i]) chosen.push_back(ui.proposed[i]);
    try {
      add_events(s, s.layers.size() - 1, chosen);
      ui.message = std::to_string(chosen.size()) + " events stored; select one to correct it in the Inspector";
      ui.proposed.clear();
    } catch (const std::exception& e) {
      ui.message = std::string("could not store: ") + e.what();
    }
  }
}

}  // namespace bordermap::ui
