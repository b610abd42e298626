#include "cli/geocode_output.hpp"

#include <cstdio>

#include "geoparse/mention_json.hpp"

namespace bordermap::cli {
namespace {

nlohmann::json document_line(const GeocodedDocument& d, bool jsonl_input) {
  nlohmann::json id = jsonl_input ? d.json_id : nlohmann::json(d.id);
  if (!d.error.empty()) {
    nlohmann::json j = {{"id", id}, {"error", d.error}};
    if (jsonl_input) j["line"] = d.line;
    return j;
  }
  return {{"id", id}, {"mentions", geoparse::mentions_json(d.result.mentions)}};
}

std::string fit(std::string s, size_t width) {
  // pad or cut by code points so Cyrillic or accented names line up
  size_t cps = 0, cut = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cps == width - 2) cut = i;
    ++cps;
  }
  if (cps >= width) {
    s.resize(cut);
    s += "\u2026";
    cps = width - 1;
  }
  s.append(width - cps, ' ');
  return s;
}

void write_table(std::ostream& out, const std::vector<GeocodedDocument>& docs) {
  for (const auto& d : docs) {
    if (docs.size() > 1) out << "== " << d.id << "\n";
    if (!d.error.empty()) {
      out << "  error: " << d.error << "\n";
      continue;
    }
    out << fit("mention", 28) << fit("bytes", 12) << fit("place", 26) << fit("kind", 16) << fit("cc", 4)
        << fit("admin1", 20) << fit("lat", 10) << fit("lon", 10) << "conf\n";
    for (const auto& m : d.result.mentions) {
      char bytes[32], lat[16] = "-", lon[16] = "-", conf[16];
      std::snprintf(bytes, sizeof bytes, "%zu-%zu", m.start, m.end);
      std::snprintf(conf, sizeof conf, "%.2f", m.confidence);
      std::string name = "(unresolved)", kind, cc, admin1;
      if (m.place) {
        name = m.place->name;
        kind = std::string(gazetteer::kind_name(m.place->kind));
        cc = m.place->country;
        admin1 = m.place->admin1;
        std::snprintf(lat, sizeof lat, "%.4f", m.place->lat);
        std::snprintf(lon, sizeof lon, "%.4f", m.place->lon);
      }
      out << fit(m.text, 28) << fit(bytes, 12) << fit(name, 26) << fit(kind, 16) << fit(cc, 4) << fit(admin1, 20)
          << fit(lat, 10) << fit(lon, 10) << conf << "\n";
    }
    out << "  " << d.result.mentions.size() << " mentions\n";
  }
}

}  // namespace

void write_documents(std::ostream& out, const std::vector<GeocodedDocument>& docs, const std::string& format,
                     bool jsonl_input) {
  if (format == "jsonl") {
    for (const auto& d : docs) out << document_line(d, jsonl_input).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (format == "json") {
    if (docs.size() == 1 && !jsonl_input && docs[0].error.empty()) {
      out << nlohmann::json{{"mentions", geoparse::mentions_json(docs[0].result.mentions)}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& d : docs) arr.push_back(document_line(d, jsonl_input));
      out << nlohmann::json{{"documents", arr}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  } else if (format == "geojson") {
    std::vector<geoparse::NamedDocument> named;
    for (const auto& d : docs)
      if (d.error.empty()) named.push_back({d.id, &d.result.mentions});
    out << geoparse::mentions_geojson(named).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    write_table(out, docs);
  }
}

}  // namespace bordermap::cli
