#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/event_filter_options.hpp"
#include "formats/export_properties.hpp"
#include "store/store.hpp"
#include "util/terminal_text.hpp"

namespace bordermap::cli {
namespace {

std::string iso(const events::Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Every property of the model under its store column name, null where the event has none.
nlohmann::ordered_json event_json(const events::Event& e) {
  nlohmann::ordered_json j;
  for (const auto& p : events::props::properties()) {
    auto v = p.get(e);
    nlohmann::ordered_json value;
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::monostate>) value = nullptr;
          else if constexpr (std::is_same_v<T, std::string_view>) value = std::string(x);
          else if constexpr (std::is_same_v<T, events::Date>) value = iso(x);
          else if constexpr (std::is_same_v<T, const std::vector<std::string>*>) value = *x;
          else if constexpr (std::is_same_v<T, const events::props::Attributes*>) {
            value = nlohmann::ordered_json::object();
            for (const auto& [k, s] : *x) value[k] = s;
          } else value = x;
        },
        v);
    j[p.name()] = std::move(value);
  }
  return j;
}

std::string cut(const std::string& s, std::size_t width) {
  std::size_t cps = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cps == width) break;
    ++cps;
  }
  std::string out = s.substr(0, i);
  out.append(width > cps ? width - cps : 0, ' ');
  return out;
}

void print_table(const std::vector<events::Event>& evs) {
  std::printf("%s %s %s %s %s %s %s\n", cut("date", 10).c_str(), cut("type", 26).c_str(), cut("place", 20).c_str(),
              cut("side", 4).c_str(), cut("km", 7).c_str(), cut("actor1", 24).c_str(), "claimant");
  for (const auto& e : evs) {
    char km[16] = "";
    if (e.border.distance_to_border_km) std::snprintf(km, sizeof km, "%.1f", *e.border.distance_to_border_km);
    std::string type = e.sub_event_type.empty() ? e.event_type : e.sub_event_type;
    std::string place = e.location.name.empty() ? "(no location)" : e.location.name;
    // Fields come from files others wrote: no escape sequence reaches the terminal raw.
    const auto safe = [](const std::string& s) { return util::terminal_safe(s); };
    std::printf("%s %s %s %s %s %s %s\n", cut(e.event_date ? iso(*e.event_date) : "?", 10).c_str(),
                cut(safe(type), 26).c_str(), cut(safe(place), 20).c_str(), cut(safe(e.border.side), 4).c_str(),
                cut(km, 7).c_str(), cut(safe(e.actor1), 24).c_str(), safe(e.claimant).c_str());
  }
  std::printf("%zu events\n", evs.size());
}

}  // namespace

void register_events(CLI::App& app, GlobalOptions& global) {
  struct Args {
    std::string store = "events.gpkg", format = "table";
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  global.hold(a);
  auto* cmd = app.add_subcommand("events", "List the events of a store, filtered");
  cmd->add_option("--store", a->store, "Event store: a GeoPackage path or a PG: connection string")->capture_default_str();
  cmd->add_option("--format", a->format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
  add_filter_options(*cmd, a->filter);
  cmd->callback([a, &global] {
    (void)global;
    auto filter = to_filter(a->filter);
    auto store = events::EventStore::open(a->store, false);
    auto evs = store.query(filter);
    if (a->format == "json") {
      auto arr = nlohmann::ordered_json::array();
      for (const auto& e : evs) arr.push_back(event_json(e));
      std::cout << nlohmann::ordered_json{{"events", std::move(arr)}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      print_table(evs);
    }
  });
}

}  // namespace bordermap::cli
