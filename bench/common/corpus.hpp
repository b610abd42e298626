#pragma once
// The public gold corpora (LGL, TR-News, GeoWebNews) read into one shape: UTF-8 text and
// gold toponyms with UTF-8 byte spans that are checked against the text.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "utf8_offsets.hpp"
#include "xml_doc.hpp"

namespace bench {

struct GoldToponym {
  std::size_t start = 0, end = 0;  // UTF-8 byte offsets into Doc::text
  std::string phrase;              // the gold surface form
  std::string gold_name;           // the gazetteer name the annotators chose, when given
  bool located = false;            // has coordinates: scored; otherwise only "not wrong"
  double lat = 0, lon = 0;
  std::int64_t geonameid = 0;      // 0 when none
  std::string fcode;               // GeoNames feature code, when the corpus gives it
};

struct Doc {
  std::string id;
  std::string text;
  std::vector<GoldToponym> toponyms;  // sorted by start
};

struct CorpusStats {
  std::size_t annotations = 0;  // every <toponym>
  std::size_t located = 0;      // with coordinates (before alignment)
  std::size_t mismatched = 0;   // text[start:end] != phrase at the given offsets
  std::size_t realigned = 0;    // ... and found again nearby
  std::size_t dropped = 0;      // ... and not found: left out
  std::size_t unlocated_kept = 0;  // toponyms without coordinates kept as "not a false positive"
};

// GeoNames ids of countries and first-order divisions, learnt from the corpora's own gold
// (LGL/TR-News give <country geonameid> and <admin1 geonameid> and feature codes).
struct ArealIds {
  std::set<std::int64_t> countries, admin1;
};

struct Corpus {
  std::string name;
  std::vector<Doc> docs;
  CorpusStats stats;
  ArealIds areal;
  std::size_t gold_count() const {
    std::size_t n = 0;
    for (const auto& d : docs)
      for (const auto& t : d.toponyms) n += t.located;
    return n;
  }
};

enum class Schema { lgl, gwn };

namespace detail {

// Places `t` at its character offsets; when the text there differs from the phrase, looks
// for the phrase nearby (TR-News offsets drift by a few characters within some articles),
// preferring the occurrence nearest the drift seen so far in the same document.
inline bool place_span(const std::string& text, const CharToByte& c2b, std::size_t cs, std::size_t ce,
                       GoldToponym& t, long& drift, CorpusStats& st) {
  if (c2b.valid(cs) && c2b.valid(ce) && cs < ce) {
    t.start = c2b(cs);
    t.end = c2b(ce);
    if (text.compare(t.start, t.end - t.start, t.phrase) == 0) return true;
  }
  ++st.mismatched;
  if (t.phrase.empty()) return ++st.dropped, false;
  long want = static_cast<long>(c2b.valid(cs) ? c2b(cs) : text.size()) + drift;
  const long window = 400;  // bytes either side
  long best = -1;
  for (std::size_t p = text.find(t.phrase); p != std::string::npos; p = text.find(t.phrase, p + 1)) {
    long lp = static_cast<long>(p);
    if (std::labs(lp - want) > window) continue;
    bool left_ok = p == 0 || !is_word_byte(static_cast<unsigned char>(text[p - 1]));
    std::size_t e = p + t.phrase.size();
    bool right_ok = e >= text.size() || !is_word_byte(static_cast<unsigned char>(text[e]));
    if (!left_ok || !right_ok) continue;
    if (best < 0 || std::labs(lp - want) < std::labs(best - want)) best = lp;
  }
  if (best < 0) return ++st.dropped, false;
  drift += best - want;
  t.start = static_cast<std::size_t>(best);
  t.end = t.start + t.phrase.size();
  ++st.realigned;
  return true;
}

inline bool parse_double(const std::string& s, double& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end && end != s.c_str();
}

}  // namespace detail

// LGL and TR-News: <article><text/><toponyms><toponym><start/><end/><phrase/>
//   <gaztag geonameid><name/><lat/><lon/></gaztag></toponym>…
// GeoWebNews: <article><text/><toponyms><toponym><extractedName/><type/><nonLocational/>
//   <start/><end/><geonamesID/><latitude/><longitude/></toponym>…
// In GeoWebNews only entries with coordinates are toponyms (the rest are expressions,
// demonyms, languages, non-toponyms); in LGL/TR-News entries without coordinates are still
// toponyms (streets, buildings) and are kept so that finding them is not a false positive.
inline Corpus load_corpus(const std::filesystem::path& file, const std::string& name, Schema schema) {
  Corpus corpus;
  corpus.name = name;
  XmlTree tree = parse_xml_file(file);
  const CPLXMLNode* articles = xml_find(tree.get(), "articles");
  auto& st = corpus.stats;
  for (const CPLXMLNode* a : xml_children(articles, "article")) {
    Doc doc;
    doc.id = xml_value(a, schema == Schema::gwn ? "file" : "docid");
    doc.text = xml_value(a, "text");
    CharToByte c2b(doc.text);
    long drift = 0;
    const CPLXMLNode* tops = xml_find(a->psChild, "toponyms");
    for (const CPLXMLNode* x : xml_children(tops, "toponym")) {
      ++st.annotations;
      GoldToponym t;
      double lat = 0, lon = 0;
      std::string id;
      if (schema == Schema::gwn) {
        t.phrase = xml_value(x, "extractedName");
        t.gold_name = xml_value(x, "normalisedName");
        t.located = detail::parse_double(xml_value(x, "latitude"), lat) &&
                    detail::parse_double(xml_value(x, "longitude"), lon);
        id = xml_value(x, "geonamesID");
      } else {
        t.phrase = xml_value(x, "phrase");
        t.gold_name = xml_value(x, "gaztag.name");
        t.located = detail::parse_double(xml_value(x, "gaztag.lat"), lat) &&
                    detail::parse_double(xml_value(x, "gaztag.lon"), lon);
        id = xml_value(x, "gaztag.geonameid");
        t.fcode = xml_value(x, "gaztag.fcode");
        if (auto c = xml_value(x, "gaztag.country.geonameid"); !c.empty()) corpus.areal.countries.insert(std::atoll(c.c_str()));
        if (auto c = xml_value(x, "gaztag.admin1.geonameid"); !c.empty()) corpus.areal.admin1.insert(std::atoll(c.c_str()));
      }
      if (!t.located && schema == Schema::gwn) continue;
      if (t.gold_name.empty()) t.gold_name = t.phrase;
      t.lat = lat;
      t.lon = lon;
      t.geonameid = id.empty() ? 0 : std::atoll(id.c_str());
      if (t.geonameid && t.fcode.starts_with("PCL")) corpus.areal.countries.insert(t.geonameid);
      if (t.geonameid && t.fcode == "ADM1") corpus.areal.admin1.insert(t.geonameid);
      st.located += t.located;
      std::size_t cs = static_cast<std::size_t>(std::atoll(xml_value(x, "start").c_str()));
      std::size_t ce = static_cast<std::size_t>(std::atoll(xml_value(x, "end").c_str()));
      // Only located toponyms are counted in the mismatch figures; the others are kept when
      // they sit where they say and quietly left out otherwise.
      CorpusStats scratch;
      if (!detail::place_span(doc.text, c2b, cs, ce, t, drift, t.located ? st : scratch)) continue;
      if (!t.located) ++st.unlocated_kept;
      doc.toponyms.push_back(std::move(t));
    }
    std::stable_sort(doc.toponyms.begin(), doc.toponyms.end(),
                     [](const GoldToponym& l, const GoldToponym& r) { return l.start < r.start; });
    corpus.docs.push_back(std::move(doc));
  }
  return corpus;
}

struct CorpusFile {
  const char* name;
  const char* path;  // relative to the corpora folder
  Schema schema;
};

inline constexpr CorpusFile kCorpora[] = {
    {"LGL", "LGL/lgl.xml", Schema::lgl},
    {"TR-News", "TR-News/TR-News.xml", Schema::lgl},
    {"GeoWebNews", "GeoWebNews/GWN.xml", Schema::gwn},
};

}  // namespace bench
