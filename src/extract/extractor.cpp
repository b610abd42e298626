// Text → events, one sentence at a time (the rules are in events/README.md):
//   - the headline and the dateline are no events; the dateline's date is the document date
//     when the caller gave none;
//   - a sentence reports an event only when it holds a trigger of events/event_types.tsv;
//     a place, an actor or a date alone is background;
//   - a sentence dated only by history ("in the mid-1990s") is background too;
//   - its date is its own narrowest date expression, else the document date inherited with
//     precision 2 / 2, else none;
//   - one event per place where it happened; none of those → one event with a null geometry,
//     flagged.
#include "extract/extractor.hpp"

#include <algorithm>

#include "extract/dates.hpp"
#include "events/event_id.hpp"
#include "extract/actors.hpp"
#include "extract/claims.hpp"
#include "extract/places.hpp"
#include "extract/types.hpp"
#include "extract/sentences.hpp"
#include "geoparse/geoparser.hpp"

namespace bordermap::events {
namespace {

bool violent(const EventType& t) {
  return t.event_type == "Battles" || t.event_type == "Explosions/Remote violence" ||
         t.event_type == "Violence against civilians" || t.event_type == "Riots";
}

// The sentence with its white space collapsed: the start of the event's notes.
std::string collapsed(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct DocState {
  std::optional<Date> date;
  std::string previous_claimant;  // for "he said", "the same reports said"
  bool warned_unresolved = false;
};

// The document date: the caller's, else the source's, else the dateline's.
std::optional<Date> document_date(const DocumentInput& doc, const SentenceSplit& split, ExtractionResult& out) {
  if (doc.date) return doc.date;
  if (doc.source.date) return doc.source.date;
  if (split.dateline) {
    auto span = doc.text.substr(split.dateline->start, split.dateline->end - split.dateline->start);
    for (const auto& e : find_dates(span, std::nullopt))
      if (e.status == DateStatus::resolved && e.span && e.span->start == e.span->end) {
        out.warnings.push_back("no document date given; using the dateline's " + format_date(e.span->start));
        return e.span->start;
      }
  }
  return std::nullopt;
}

}  // namespace

Extractor::Extractor(const geoparse::Geoparser& geoparser, const Dictionaries& dictionaries)
    : geoparser_(geoparser),
      dict_(dictionaries),
      types_(std::make_unique<const TypeMatcher>(dictionaries)),
      actors_(std::make_unique<const ActorMatcher>(dictionaries)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;

ExtractionResult Extractor::extract(const DocumentInput& doc) const {
  ExtractionResult out;
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.warnings.push_back("empty document: no events");
    return out;
  }
  const TypeMatcher& types = *types_;
  const ActorMatcher& actors = *actors_;
  auto parsed = geoparser_.parse(doc.text);
  for (auto& w : parsed.warnings) out.warnings.push_back(w);
  auto split = split_sentences(doc.text);
  DocState st;
  st.date = document_date(doc, split, out);

  for (const auto& sentence : split.sentences) {
    if (sentence.headline) continue;
    std::string_view stext = std::string_view(doc.text).substr(sentence.start, sentence.end - sentence.start);
    auto toks = tokenize_words(stext, sentence.start);
    auto dates = find_dates(stext, st.date, sentence.start);

    SentenceView view{toks, doc.text, {}};
    for (const auto& d : dates) view.date_spans.emplace_back(d.start, d.end);
    Claim claim = find_claimant(view, st.previous_claimant);
    std::string pronoun_antecedent = pronoun_subject(view) ? st.previous_claimant : std::string();
    if (!claim.text.empty()) st.previous_claimant = claim.text;

    for (const auto& d : dates) {
      if (d.status == DateStatus::rejected)
        out.warnings.push_back("impossible date '" + d.text + "' at byte " + std::to_string(d.start) + " ignored (" + d.note + ")");
      if (d.status == DateStatus::unresolved && !st.warned_unresolved) {
        out.warnings.push_back("no document date: relative dates left unresolved (first: '" + d.text + "' at byte " +
                               std::to_string(d.start) + ")");
        st.warned_unresolved = true;
      }
    }

    auto type = types.classify(toks);
    if (!type) continue;  // no trigger: background
    const DateExpression* own = event_date_of(dates);
    bool any_unresolved = std::any_of(dates.begin(), dates.end(), [](auto& d) { return d.status == DateStatus::unresolved; });
    bool only_history = !dates.empty() && std::all_of(dates.begin(), dates.end(), [](auto& d) {
      return d.status == DateStatus::historical || d.status == DateStatus::rejected;
    }) && std::any_of(dates.begin(), dates.end(), [](auto& d) { return d.status == DateStatus::historical; });
    if (only_history) continue;  // the past the story explains itself with

    const EventType& et = dict_.event_types[type->type];
    Event proto;
    proto.event_type = et.event_type;
    proto.sub_event_type = et.sub_event_type;
    proto.source = doc.source;
    proto.provenance.document_id = doc.id;
    proto.provenance.sentence_start = sentence.start;
    proto.provenance.sentence_end = sentence.end;

    std::vector<std::string> remarks;
    remarks.push_back("trigger '" + std::string(doc.text.substr(toks[type->first_tok].start,
                                                                toks[type->end_tok - 1].end - toks[type->first_tok].start)) + "'");
    for (auto also : type->also) remarks.push_back("also " + dict_.event_types[also].sub_event_type);

    // When: the sentence's own date, else the document's.
    DateSpan span;
    bool dated = false;
    if (own) {
      span = *own->span;
      dated = true;
      remarks.push_back("date '" + own->text + "'" + (own->note.empty() ? "" : " (" + own->note + ")"));
    } else if (any_unresolved) {
      remarks.push_back("date unresolved: no document date");
    } else if (st.date) {
      span = inherited_span(*st.date);
      dated = true;
      remarks.push_back("no date in the sentence: document date " + format_date(*st.date) + " inherited");
    } else {
      remarks.push_back("no date");
    }
    if (dated) {
      proto.event_date = span.event_date;
      proto.date_start = span.start;
      proto.date_end = span.end;
      proto.time_precision = span.time_precision;
      proto.date_prec = span.date_prec;
    }

    // Who: actors outside the attribution, with three exceptions. A speech act in the main
    // clause ("The Taliban denied …", "Kabul warned …, according to the Taliban's spokesman")
    // has its speaker as actor1; "X claimed the bombing" makes X its perpetrator; "He …"
    // continues the previous sentences' subject.
    auto mentions = actors.find(toks);
    std::vector<ActorMention> participants;
    for (const auto& m : mentions)
      if (!speaks(toks, m.end_tok)) participants.push_back(m);
    auto roles = actors.roles(toks, participants, claim.first_tok, claim.end_tok, violent(et), type->first_tok);
    std::string speaker = claim.text.empty() ? std::string() : actors.first_in(claim.text);
    bool statement = et.sub_event_type == kStatementSubType;
    std::size_t first_that = toks.size();
    for (std::size_t k = 0; k < toks.size(); ++k)
      if (toks[k].lower == "that") {
        first_that = k;
        break;
      }
    bool responsibility = claim.verb_tok < toks.size() && toks[claim.verb_tok].lower == "claimed" &&
                          ((claim.verb_tok + 1 < toks.size() && toks[claim.verb_tok + 1].lower == "responsibility") ||
                           (type->first_tok > claim.verb_tok && type->first_tok <= claim.verb_tok + 3));
    if (!speaker.empty() && ((statement && type->first_tok < first_that) || responsibility) && roles.actor1 != speaker) {
      if (!roles.actor1.empty()) {
        if (roles.actor2.empty()) roles.actor2 = roles.actor1;
        else roles.assoc.insert(roles.assoc.begin(), roles.actor1);
      }
      roles.actor1 = speaker;
      std::erase(roles.assoc, speaker);
      if (roles.actor2 == speaker) roles.actor2.clear();
      remarks.push_back(responsibility ? "actor1 claimed responsibility" : "actor1 is the speaker");
    }
    if (roles.actor1.empty() && !pronoun_antecedent.empty()) {
      roles.actor1 = actors.first_in(pronoun_antecedent);
      if (!roles.actor1.empty()) remarks.push_back("actor1 from the pronoun ('" + pronoun_antecedent + "')");
    }
    // A report of a deed by unnamed hands ("local residents said a shell landed") has no actor;
    // a non-violent development told by one side with no one else named is that side's.
    if (roles.actor1.empty() && !speaker.empty() && !violent(et)) {
      roles.actor1 = speaker;
      remarks.push_back("actor1 is the claimant's");
    }
    proto.actor1 = roles.actor1;
    proto.actor2 = roles.actor2;
    proto.assoc_actors = roles.assoc;
    proto.claimant = claim.text;

    // Where: the sentence's places, less those that are not where it happened.
    PlaceContext pctx{toks, {}, {}};
    std::vector<std::string> unresolved_names;
    for (const auto& m : parsed.mentions) {
      if (m.start < sentence.start || m.start >= sentence.end) continue;
      if (m.place) pctx.mentions.push_back(&m);
      else unresolved_names.push_back(m.text);
    }
    for (const auto& am : mentions) pctx.excluded.emplace_back(toks[am.first_tok].start, toks[am.end_tok - 1].end);
    if (claim.end_tok > claim.first_tok)
      pctx.excluded.emplace_back(toks[claim.first_tok].start, toks[claim.end_tok - 1].end);
    auto places = choose_places(pctx);
    if (!places.set_aside.empty()) {
      std::string s = "not the location:";
      for (const auto& a : places.set_aside) s += " " + a + ";";
      s.pop_back();
      remarks.push_back(s);
    }
    if (!unresolved_names.empty()) {
      std::string s = "unresolved names:";
      for (const auto& n : unresolved_names) s += " " + n;
      remarks.push_back(s);
    }
    std::string notes = collapsed(stext) + " [bordermap: ";
    for (std::size_t i = 0; i < remarks.size(); ++i) notes += (i ? "; " : "") + remarks[i];
    proto.notes = notes + "]";

    if (places.kept.empty()) {
      Event e = proto;
      e.flagged_no_location = true;
      e.id = event_id(doc.id, sentence.start, sentence.end, "");
      out.events.push_back(std::move(e));
      continue;
    }
    for (const auto& pm : places.kept) {
      const auto& m = *pm.mention;
      const auto& p = *m.place;
      Event e = proto;
      e.location = Location{p.id, p.name, p.admin1, p.admin2, p.country, p.lat, p.lon};
      e.geo_precision = pm.geo_precision;
      e.where_prec = pm.where_prec;
      e.uncertainty_radius_m = pm.radius_m;
      e.provenance.mention_start = m.start;
      e.provenance.mention_end = m.end;
      e.id = event_id(doc.id, sentence.start, sentence.end, p.id);
      out.events.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace bordermap::events
