// KML 2.2 for Google Earth: one Folder and one Style per event type (distinct icon
// colours), one Placemark per event with its name and an HTML description (date, type,
// actors, claimant, source), a TimeSpan for the time slider, every field as ExtendedData,
// and the Point. Events without a place are kept as Placemarks without geometry (Google
// Earth lists them in the sidebar), so nothing the analyst has is dropped.
#include <cctype>
#include <map>
#include <string>
#include <variant>

#include "formats/export_output.hpp"
#include "formats/export_properties.hpp"
#include "events/event_text.hpp"
#include "formats/export_writers.hpp"
#include "formats/kml_style.hpp"

namespace bordermap::events::detail {
namespace {

constexpr const char* kIcon = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";

// ExtendedData values as text: lists and attributes as JSON so they read back whole.
struct ValueText {
  int decimals;
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(std::string_view s) const { return std::string(s); }
  std::string operator()(std::int64_t i) const { return std::to_string(i); }
  std::string operator()(double d) const { return text::number_text(d, decimals); }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const Date& d) const { return text::iso_datetime(d); }
  std::string operator()(const std::vector<std::string>* list) const {
    std::string s = "[";
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (i) s += ',';
      text::append_json_string(s, (*list)[i]);
    }
    return s + "]";
  }
  std::string operator()(const props::Attributes* attrs) const {
    std::string s = "{";
    for (std::size_t i = 0; i < attrs->size(); ++i) {
      if (i) s += ',';
      text::append_json_string(s, (*attrs)[i].first);
      s += ':';
      text::append_json_string(s, (*attrs)[i].second);
    }
    return s + "}";
  }
};

// Text inside the balloon's HTML: only what HTML itself needs (an apostrophe stays one).
std::string html_escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// A line of the balloon: the label in bold, the value HTML-escaped. The whole description is
// XML-escaped again when written, and Google Earth undoes that once before rendering HTML.
void line(std::string& html, std::string_view label, const std::string& value) {
  if (value.empty()) return;
  html += "<b>";
  html += label;
  html += ":</b> ";
  html += html_escaped(value);
  html += "<br/>";
}

std::string date_range(const Event& e) {
  std::string s = e.event_date ? text::iso_date(*e.event_date) : std::string();
  if (e.date_start && e.date_end && *e.date_start != *e.date_end)
    s += (s.empty() ? "" : " (") + text::iso_date(*e.date_start) + " – " + text::iso_date(*e.date_end) +
         (s.empty() ? "" : ")");
  return s;
}

std::string description(const Event& e) {
  std::string html;
  line(html, "Date", date_range(e));
  line(html, "Type", e.sub_event_type.empty() ? e.event_type : e.event_type + " / " + e.sub_event_type);
  std::string actors = e.actor1;
  if (!e.actor2.empty()) actors += (actors.empty() ? "" : " vs ") + e.actor2;
  if (!e.assoc_actors.empty()) actors += " (with " + props::join_list(e.assoc_actors) + ")";
  line(html, "Actors", actors);
  line(html, "Claimed by", e.claimant);
  std::string source = e.source.publication;
  if (e.source.date) source += (source.empty() ? "" : ", ") + text::iso_date(*e.source.date);
  line(html, "Source", source);
  if (!e.source_reliability.empty() || !e.info_credibility.empty())
    line(html, "Grading", e.source_reliability + e.info_credibility);
  std::string place = e.location.name;
  for (const auto* part : {&e.location.admin2, &e.location.admin1, &e.location.country})
    if (!part->empty()) place += (place.empty() ? "" : ", ") + *part;
  line(html, "Location", place);
  if (e.fatalities_best) line(html, "Fatalities", std::to_string(*e.fatalities_best));
  line(html, "Notes", e.notes);
  if (!e.source.url.empty()) {
    std::string url = html_escaped(e.source.url);
    html += "<a href=\"" + url + "\">" + url + "</a>";
  }
  return html;
}

std::string placemark_name(const Event& e) {
  std::string name = e.event_date ? text::iso_date(*e.event_date) : std::string("undated");
  if (!e.event_type.empty()) name += " " + e.event_type;
  if (!e.location.name.empty()) name += " — " + e.location.name;
  return name;
}

// An XML id must be an NCName; event ids like "acled:AFG123" are not, and then the id
// lives in ExtendedData only.
bool is_ncname(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.') || c >= 0x80) return false;
  return true;
}

void write_placemark(std::string& out, const Event& e, const kml::TypeStyle& style) {
  out += "<Placemark";
  if (is_ncname(e.id)) out += " id=\"" + e.id + "\"";
  out += ">\n<name>";
  text::append_xml(out, placemark_name(e));
  out += "</name>\n<description>";
  text::append_xml(out, description(e));
  out += "</description>\n";
  auto begin = e.date_start ? e.date_start : e.event_date;
  auto end = e.date_end ? e.date_end : (e.event_date ? e.event_date : begin);
  if (begin) {
    // Whole days: from the start of the first to the end of the last, so a one-day event
    // shows for that whole day on the time slider.
    out += "<TimeSpan><begin>" + text::iso_datetime(*begin) + "</begin><end>" + text::iso_date(*end) +
           "T23:59:59Z</end></TimeSpan>\n";
  }
  out += "<styleUrl>#" + style.id + "</styleUrl>\n<ExtendedData>\n";
  for (const auto& p : props::properties()) {
    out += "<Data name=\"";
    out += p.name();
    out += "\"><value>";
    text::append_xml(out, std::visit(ValueText{p.decimals}, p.get(e)));
    out += "</value></Data>\n";
  }
  out += "</ExtendedData>\n";
  if (has_point(e)) {
    out += "<Point><coordinates>";
    text::append_number(out, *e.location.lon, 6);
    out += ',';
    text::append_number(out, *e.location.lat, 6);
    out += "</coordinates></Point>\n";
  }
  out += "</Placemark>\n";
}

}  // namespace

void write_kml(const std::vector<Event>& events, const std::filesystem::path& path) {
  std::vector<std::string> types;
  std::map<std::string, std::vector<std::size_t>> by_type;
  for (std::size_t i = 0; i < events.size(); ++i) {
    auto [it, fresh] = by_type.try_emplace(events[i].event_type);
    if (fresh) types.push_back(events[i].event_type);
    it->second.push_back(i);
  }
  auto styles = kml::styles_for(types);

  OutputFile file(path);
  std::string& out = file.buf();
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n";
  out += "<name>";
  text::append_xml(out, path.stem().string());
  out += "</name>\n";
  for (const auto& s : styles) {
    out += "<Style id=\"" + s.id + "\"><IconStyle><color>" + s.color + "</color><scale>1.1</scale><Icon><href>" +
           kIcon + "</href></Icon></IconStyle><LabelStyle><scale>0</scale></LabelStyle></Style>\n";
  }
  for (const auto& s : styles) {
    out += "<Folder>\n<name>";
    text::append_xml(out, s.label);
    out += "</name>\n";
    for (std::size_t i : by_type[s.event_type]) {
      write_placemark(out, events[i], s);
      file.maybe_flush();
    }
    out += "</Folder>\n";
  }
  out += "</Document>\n</kml>\n";
  file.commit();
}

}  // namespace bordermap::events::detail
