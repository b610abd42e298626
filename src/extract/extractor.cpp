// Text → events in three stages (the rules are in events/README.md):
//   1. read each sentence: its event trigger, date, actors and their roles, claimant and
//      places (read_sentence); a sentence without a trigger reports no event, but its places
//      still tell where the story is;
//   2. merge the readings that tell one event (event_merge.hpp);
//   3. make events: a place for those the sentences left without one (the paragraph's, then
//      the dateline's), actors named by country and era, one event per place.
#include "extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "events/event_id.hpp"
#include "extract/actors.hpp"
#include "extract/claims.hpp"
#include "extract/dates.hpp"
#include "extract/event_merge.hpp"
#include "extract/event_reading.hpp"
#include "extract/fatalities.hpp"
#include "extract/generic_actors.hpp"
#include "extract/inter_codes.hpp"
#include "extract/place_context.hpp"
#include "extract/sentences.hpp"
#include "extract/types.hpp"
#include "geoparse/geoparser.hpp"

namespace bordermap::events {
namespace {

bool violent_type(std::string_view t) {
  return t == "Battles" || t == "Explosions/Remote violence" || t == "Violence against civilians" || t == "Riots";
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

// A blank line between two sentences starts a new paragraph.
bool blank_line_between(std::string_view text, std::size_t from, std::size_t to) {
  int newlines = 0;
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    if (text[i] == '\n') {
      if (++newlines == 2) return true;
    } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') {
      newlines = 0;
    }
  }
  return false;
}

struct DocState {
  std::optional<Date> date;                    // the document's date
  std::optional<DateSpan> carried;             // the last date a sentence of this paragraph gave itself
  std::string previous_claimant;               // for "he said", "the same reports said"
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

// "Property destruction: On 11 June …": coders' notes open with the sub-event type. The
// label decides the type over the words that follow.
std::optional<std::size_t> labelled_type(const std::vector<Tok>& toks, const Dictionaries& dict) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kLabels{{
      {"property destruction", "Looting/property destruction"},
      {"looting", "Looting/property destruction"},
      {"weapons seizure", "Disrupted weapons use"},
      {"interception", "Disrupted weapons use"},
      {"defusal", "Disrupted weapons use"},
      {"arrests", "Arrests"},
      {"arrest", "Arrests"},
      {"security measures", "Change to group/activity"},
      {"movement of forces", "Change to group/activity"},
      {"agreement", "Agreement"},
  }};
  std::string label;
  std::size_t k = 0;
  for (; k < toks.size() && k < 5 && toks[k].kind == TokKind::word; ++k) label += (k ? " " : "") + toks[k].lower;
  if (k == 0 || k >= toks.size() || toks[k].raw != ":") return std::nullopt;
  std::string_view sub;
  for (const auto& [l, s] : kLabels)
    if (l == label) sub = s;
  for (std::size_t i = 0; i < dict.event_types.size(); ++i) {
    std::string name = dict.event_types[i].sub_event_type;
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == label || (!sub.empty() && dict.event_types[i].sub_event_type == sub)) return i;
  }
  return std::nullopt;
}

std::string kind_of(GenericKind k) {
  switch (k) {
    case GenericKind::state_forces: return "state forces";
    case GenericKind::armed_group:
    case GenericKind::pro_government_militia: return "political militia";
    case GenericKind::civilians: return "civilians";
    case GenericKind::protesters: return "protesters";
    case GenericKind::rioters: return "rioters";
  }
  return {};
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
  auto parsed = geoparser_.parse(doc.text);
  for (auto& w : parsed.warnings) out.warnings.push_back(w);
  auto mentions = parsed.mentions;
  CandidateSearch search = [&](std::string_view name) { return geoparser_.search(name, 25); };
  cohere_with_document(mentions, search);
  auto container_starts = prefer_named_containers(mentions, doc.text, search);
  auto split = split_sentences(doc.text);
  DocState st;
  st.date = document_date(doc, split, out);

  std::vector<EventReading> readings;
  std::vector<std::vector<PlacedMention>> places_by_paragraph(1);  // where each paragraph's story is
  std::vector<ActorRef> named_in_document;
  std::size_t paragraph = 0, previous_end = 0;
  bool first_sentence = true;

  for (const auto& sentence : split.sentences) {
    if (sentence.headline) continue;
    if (!first_sentence && blank_line_between(doc.text, previous_end, sentence.start)) {
      ++paragraph;
      places_by_paragraph.emplace_back();
      st.carried.reset();
    }
    first_sentence = false;
    previous_end = sentence.end;
    std::string_view stext = std::string_view(doc.text).substr(sentence.start, sentence.end - sentence.start);
    auto toks = tokenize_words(stext, sentence.start);
    std::optional<Date> anchor;
    if (st.carried && st.carried->start == st.carried->end) anchor = st.carried->start;
    auto dates = find_dates(stext, st.date, sentence.start, anchor);

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
    // "this year's session", "Monday's attack": a date that modifies a noun names the noun's
    // time, which may not be the event's; the sentence's other dates, or the carried one, decide.
    std::vector<DateExpression> event_dates;
    for (const auto& d : dates) {
      std::size_t k = token_at_or_after(toks, d.end);
      bool possessive = k > 0 && k - 1 < toks.size() && toks[k - 1].possessive;
      if (!possessive) event_dates.push_back(d);
    }
    const DateExpression* own = event_date_of(event_dates);
    // Only a day or a week carries on: "this year" dates the sentence that says it, not the next.
    if (own && own->span->time_precision <= 2) st.carried = *own->span;

    // Actors: the dictionary's, then the generic nouns around them.
    auto named = actors_->find(toks);
    std::vector<std::pair<std::size_t, std::size_t>> named_ranges;
    std::vector<ActorRef> refs;
    for (const auto& m : named) {
      named_ranges.emplace_back(m.first_tok, m.end_tok);
      if (speaks(toks, m.end_tok)) continue;  // "residents said …": a witness, not a party
      const Actor& a = dict_.actors[m.actor];
      refs.push_back({m.first_tok, m.end_tok, a.name, a.kind, std::nullopt});
      named_in_document.push_back(refs.back());
    }
    // A generic noun inside a place name ("Imam Sahib") is the place's.
    auto inside_place_name = [&](const GenericMention& g) {
      std::size_t from = toks[g.first_tok].start, to = toks[g.end_tok - 1].end;
      return std::any_of(mentions.begin(), mentions.end(), [&](const geoparse::Mention& m) { return m.start < to && from < m.end; });
    };
    for (const auto& g : find_generic_actors(toks, dict_.state_forces, named_ranges))
      if (!speaks(toks, g.end_tok) && !inside_place_name(g)) refs.push_back({g.first_tok, g.end_tok, "", kind_of(g.kind), g});
    std::sort(refs.begin(), refs.end(), [](const ActorRef& a, const ActorRef& b) { return a.first_tok < b.first_tok; });

    // Places: those where something happened, kept for the whole paragraph as well.
    PlaceContext pctx{toks, {}, {}};
    std::vector<std::string> unresolved_names;
    for (const auto& m : mentions) {
      if (m.start < sentence.start || m.start >= sentence.end) continue;
      if (m.place) pctx.mentions.push_back(&m);
      else unresolved_names.push_back(m.text);
    }
    for (const auto& r : refs) pctx.excluded.emplace_back(toks[r.first_tok].start, toks[r.end_tok - 1].end);
    for (const auto& m : named) pctx.excluded.emplace_back(toks[m.first_tok].start, toks[m.end_tok - 1].end);
    if (claim.end_tok > claim.first_tok)
      pctx.excluded.emplace_back(toks[claim.first_tok].start, toks[claim.end_tok - 1].end);
    auto places = choose_places(pctx);
    for (const auto& p : places.kept) places_by_paragraph.back().push_back(p);

    // What happened: a coder's label, else the sentence's trigger.
    auto type = types_->classify(toks);
    auto label = labelled_type(toks, dict_);
    if (!type && !label) continue;
    bool only_history = !dates.empty() && !own &&
                        std::any_of(dates.begin(), dates.end(), [](auto& d) { return d.status == DateStatus::historical; });
    if (only_history && !label) continue;  // the past the story explains itself with

    EventReading r;
    r.sentence_start = sentence.start;
    r.sentence_end = sentence.end;
    r.paragraph = paragraph;
    r.priority = label ? *label : type->type;
    const EventType& et = dict_.event_types[r.priority];
    r.event_type = et.event_type;
    r.sub_event_type = et.sub_event_type;
    r.generic_type = !label && r.sub_event_type == kTargetTypedSubType;
    r.violent = violent_type(r.event_type);
    r.statement = !label && r.sub_event_type == kStatementSubType;
    r.text = collapsed(stext);
    if (label) r.remarks.push_back("coder's label '" + et.sub_event_type + "'");
    if (type) {
      r.remarks.push_back("trigger '" + std::string(doc.text.substr(toks[type->first_tok].start,
                                                                  toks[type->end_tok - 1].end - toks[type->first_tok].start)) + "'");
      for (auto also : type->also)
        if (dict_.event_types[also].sub_event_type != kTargetTypedSubType)
          r.remarks.push_back("also " + dict_.event_types[also].sub_event_type);
    }

    // When: its own date, else the paragraph's last one, else the document's.
    if (own) {
      r.date = *own->span;
      r.own_date = true;
      r.remarks.push_back("date '" + own->text + "'" + (own->note.empty() ? "" : " (" + own->note + ")"));
    } else if (st.carried) {
      r.date = st.carried;
      r.remarks.push_back("date carried from an earlier sentence");
    } else if (std::any_of(dates.begin(), dates.end(), [](auto& d) { return d.status == DateStatus::unresolved; })) {
      r.remarks.push_back("date unresolved: no document date");
    } else if (st.date) {
      r.date = inherited_span(*st.date);
      r.remarks.push_back("no date in the sentence: document date " + format_date(*st.date) + " inherited");
    }

    // Who: roles around the trigger; a statement or claim of responsibility is its speaker's.
    std::size_t tfirst = type ? type->first_tok : 0;
    // Deeds done to someone read their passive subject as the target ("two smugglers were
    // detained"); a passive deployment or base keeps its subject as the actor ("troops had
    // been deployed", "a cell has been set up").
    bool done_to = r.violent || r.generic_type || r.sub_event_type == "Arrests" ||
                   r.sub_event_type == "Abduction/forced disappearance" || r.sub_event_type == "Looting/property destruction";
    auto roles = assign_roles(toks, refs, tfirst, claim.first_tok, claim.end_tok, r.violent, done_to);
    if (roles.actor1) r.actor1 = refs[*roles.actor1];
    if (roles.actor2) r.actor2 = refs[*roles.actor2];
    for (auto i : roles.assoc) r.assoc.push_back(refs[i]);
    if (roles.passive) r.remarks.push_back("passive voice");
    std::string speaker = claim.text.empty() ? std::string() : actors_->first_in(claim.text);
    // "X claimed responsibility", "X claimed the bombing": X is the perpetrator.
    bool responsibility = claim.verb_tok < toks.size() && toks[claim.verb_tok].lower == "claimed" &&
                          ((claim.verb_tok + 1 < toks.size() && toks[claim.verb_tok + 1].lower == "responsibility") ||
                           (type && type->first_tok > claim.verb_tok && type->first_tok <= claim.verb_tok + 3));
    // The speaker acts when the statement is the main clause ("The Taliban denied …"), not
    // when it reports what others did ("officials said that armed groups were preparing to …").
    std::size_t first_that = toks.size();
    for (std::size_t k = 0; k < toks.size(); ++k)
      if (toks[k].lower == "that") {
        first_that = k;
        break;
      }
    bool main_clause = type && type->first_tok < first_that;
    if (!speaker.empty() && ((r.statement && main_clause) || responsibility) && (!r.actor1 || r.actor1->name != speaker)) {
      if (r.actor1 && !r.actor2) r.actor2 = r.actor1;
      r.actor1 = ActorRef{0, 0, speaker, kind_of_actor(speaker), std::nullopt};
      r.remarks.push_back(responsibility ? "actor1 claimed responsibility" : "actor1 is the speaker");
    }
    if (!r.actor1 && !pronoun_antecedent.empty()) {
      auto name = actors_->first_in(pronoun_antecedent);
      if (!name.empty()) {
        r.actor1 = ActorRef{0, 0, name, kind_of_actor(name), std::nullopt};
        r.remarks.push_back("actor1 from the pronoun ('" + pronoun_antecedent + "')");
      }
    }
    if (!r.actor1 && !speaker.empty() && !r.violent && r.event_type != "Protests") {
      r.actor1 = ActorRef{0, 0, speaker, "", std::nullopt};
      r.remarks.push_back("actor1 is the claimant's");
    }
    r.claimant = claim.text;

    // Armed men storming or torching something is an attack, not a riot: typed by its target.
    if (r.event_type == "Riots" && r.actor1 &&
        (r.actor1->kind == "state forces" || r.actor1->kind == "rebel group" || r.actor1->kind == "political militia" ||
         r.actor1->kind == "identity militia")) {
      r.generic_type = true;
      r.violent = true;
    }
    // Violence typed by its target: against civilians an attack on them, else a clash. Police
    // or soldiers off duty are attacked as civilians (ACLED's practice).
    if (r.generic_type) {
      bool off_duty = false;
      for (std::size_t k = 0; k + 1 < toks.size(); ++k) off_duty |= toks[k].lower == "off" && toks[k + 1].lower == "duty";
      bool civilian_target = (r.actor2 && r.actor2->kind == "civilians") || off_duty;
      r.event_type = civilian_target ? "Violence against civilians" : "Battles";
      r.sub_event_type = civilian_target ? "Attack" : "Armed clash";
      r.remarks.push_back(civilian_target ? "target civilian: Attack" : "target armed or unknown: Armed clash");
    }

    // Protesters who gather, march or block a road are protesting.
    if (r.event_type == "Strategic developments" && r.actor1 && r.actor1->kind == "protesters") {
      r.event_type = "Protests";
      r.sub_event_type = "Peaceful protest";
      r.remarks.push_back("protesters gathering: Peaceful protest");
    }

    if (auto f = read_fatalities(toks)) {
      r.fatalities = f->best;
      r.fatalities_low = f->low;
      r.fatalities_high = f->high;
    }

    r.places = event_places(places.kept, container_starts, doc.text);
    // People protest in front of the institutions that sit in a place: "outside the
    // Presidential Administration in Baku" is in Baku.
    if (r.places.empty() && r.event_type == "Protests" && !places.seats.empty()) {
      r.places = {places.seats.front()};
      r.remarks.push_back("a protest at the seat of an institution: " + places.seats.front().mention->text);
    }
    if (!places.set_aside.empty()) {
      std::string s = "not the location:";
      for (const auto& a : places.set_aside) s += " " + a + ";";
      s.pop_back();
      r.remarks.push_back(s);
    }
    if (!unresolved_names.empty()) {
      std::string s = "unresolved names:";
      for (const auto& n : unresolved_names) s += " " + n;
      r.remarks.push_back(s);
    }
    readings.push_back(std::move(r));
  }

  for (auto& e : merge_readings(readings)) {
    // Where, when the sentences say nowhere: the paragraph's place, else the dateline's.
    if (e.places.empty() && !e.statement) {
      // A country is too wide to lend: "the situation in Afghanistan" does not place a Tajik
      // mobilisation told next to it.
      std::vector<PlacedMention> para;
      for (const auto& p : places_by_paragraph[std::min(e.paragraph, places_by_paragraph.size() - 1)])
        if (p.mention->place->kind != gazetteer::Kind::country) para.push_back(p);
      if (const auto* p = most_precise_place(para)) {
        e.places = {*p};
        e.remarks.push_back("place from the paragraph: " + p->mention->text);
      } else if (auto d = dateline_place(mentions, split)) {
        e.places = {*d};
        e.remarks.push_back("place from the dateline: " + d->mention->text);
      }
    }
    finish_events(e, doc, named_in_document, out);
  }
  return out;
}

void Extractor::finish_events(EventReading& e, const DocumentInput& doc, const std::vector<ActorRef>& named_in_document,
                              ExtractionResult& out) const {
  std::string date = e.date ? format_date(e.date->event_date) : std::string();
  std::string country;
  for (const auto& p : e.places)
    if (!p.mention->place->country.empty()) {
      country = p.mention->place->country;
      break;
    }
  auto name_of = [&](const std::optional<ActorRef>& r) -> std::string {
    if (!r) return {};
    if (!r->name.empty()) return r->name;
    if (!r->generic) return {};
    if (r->generic->kind == GenericKind::armed_group && !r->generic->unidentified) {
      // "armed groups under Taliban control": an armed actor the same event names, else one
      // named earlier ("militants" after "Taliban militants").
      for (const auto* o : {&e.actor1, &e.actor2})
        if (*o && !(*o)->name.empty() && (*o)->kind != "civilians" && (*o)->kind != "protesters" &&
            (*o)->kind != "rioters" && (*o)->name != r->name && &**o != &*r)
          return (*o)->name;
      for (const auto& a : e.assoc)
        if (!a.name.empty() && a.kind != "civilians" && a.kind != "protesters" && a.kind != "rioters") return a.name;
      for (const auto& n : named_in_document)
        if (non_state_armed(n, date)) return n.name;
    }
    return generic_actor_name(*r->generic, dict_.state_forces, country, date);
  };
  std::string actor1 = name_of(e.actor1), actor2 = name_of(e.actor2);
  std::vector<std::string> assoc;
  for (const auto& a : e.assoc) {
    auto n = name_of(a);
    if (!n.empty() && n != actor1 && n != actor2 && std::find(assoc.begin(), assoc.end(), n) == assoc.end())
      assoc.push_back(n);
  }
  // ACLED's conventions for who acts: protesters protest, rioters riot, and violence by
  // unnamed hands is an unidentified armed group's.
  if (e.event_type == "Protests") {
    // Protesters are actor1; the forces that intervene actor2; a named organiser is associated.
    std::string intervening;
    for (const auto* side : {&e.actor1, &e.actor2}) {
      if (!*side) continue;
      std::string n = name_of(*side);
      const std::string& kind = (*side)->kind;
      if (kind == "state forces" && intervening.empty()) intervening = n;
      else if (!n.empty() && kind != "civilians" && kind != "protesters" && n != "Protesters" &&
               std::find(assoc.begin(), assoc.end(), n) == assoc.end())
        assoc.insert(assoc.begin(), n);
    }
    std::erase_if(assoc, [](const std::string& n) { return n == "Civilians" || n == "Protesters"; });
    actor1 = "Protesters";
    actor2 = intervening;
  } else if (e.event_type == "Riots" && actor1.empty()) {
    actor1 = "Rioters";
  } else if (e.violent && actor1.empty()) {
    actor1 = "Unidentified armed group";
    e.remarks.push_back("no perpetrator named: unidentified armed group");
  }
  if (actor2 == actor1) actor2.clear();

  Event proto;
  proto.event_type = e.event_type;
  proto.sub_event_type = e.sub_event_type;
  proto.source = doc.source;
  proto.provenance.document_id = doc.id;
  proto.provenance.sentence_start = e.sentence_start;
  proto.provenance.sentence_end = e.sentence_end;
  if (e.date) {
    proto.event_date = e.date->event_date;
    proto.date_start = e.date->start;
    proto.date_end = e.date->end;
    proto.time_precision = e.date->time_precision;
    proto.date_prec = e.date->date_prec;
  }
  proto.actor1 = actor1;
  proto.actor2 = actor2;
  proto.assoc_actors = assoc;
  proto.claimant = e.claimant;
  if (e.fatalities) {
    proto.fatalities_best = e.fatalities;
    proto.fatalities_low = e.fatalities_low;
    proto.fatalities_high = e.fatalities_high;
  }
  // ACLED's actor-type codes from the dictionary kinds of the two actors.
  auto codes = inter_codes(kind_of_actor(actor1), kind_of_actor(actor2), e.event_type);
  proto.inter1 = codes.inter1;
  proto.inter2 = codes.inter2;
  proto.interaction = codes.interaction;
  proto.civilian_targeting = codes.civilian_targeting;
  std::string notes = e.text + " [bordermap: ";
  for (std::size_t i = 0; i < e.remarks.size(); ++i) notes += (i ? "; " : "") + e.remarks[i];
  proto.notes = notes + "]";

  if (e.places.empty()) {
    Event ev = proto;
    ev.flagged_no_location = true;
    ev.id = event_id(doc.id, e.sentence_start, e.sentence_end, "");
    out.events.push_back(std::move(ev));
    return;
  }
  for (const auto& pm : e.places) {
    const auto& m = *pm.mention;
    const auto& p = *m.place;
    Event ev = proto;
    ev.location = Location{p.id, p.name, p.admin1, p.admin2, p.country, p.lat, p.lon};
    // A country is an area, not a point: its events keep their side and are listed, not drawn
    // at a centroid.
    if (p.kind == gazetteer::Kind::country) {
      ev.location.lat.reset();
      ev.location.lon.reset();
    }
    ev.geo_precision = pm.geo_precision;
    ev.where_prec = pm.where_prec;
    ev.uncertainty_radius_m = pm.radius_m;
    ev.provenance.mention_start = m.start;
    ev.provenance.mention_end = m.end;
    ev.id = event_id(doc.id, e.sentence_start, e.sentence_end, p.id);
    out.events.push_back(std::move(ev));
  }
}

// The ACLED actor type of a name an event can carry: the dictionary's, a state's forces, or
// one of the names generic actors take.
std::string Extractor::kind_of_actor(const std::string& name) const {
  if (name.empty()) return {};
  for (const auto& a : dict_.actors)
    if (a.name == name) return a.kind;
  for (const auto& f : dict_.state_forces)
    if (f.name == name) return "state forces";
  if (name.rfind("Military Forces of ", 0) == 0) return "state forces";
  if (name == "Unidentified armed group" || name == "Pro-government militia") return "political militia";
  if (name == "Civilians") return "civilians";
  if (name == "Protesters") return "protesters";
  if (name == "Rioters") return "rioters";
  return {};
}

// A named actor that can be the "militants" of a later sentence: an armed group that is not
// the state's own forces on that date (the Taliban were an insurgency before August 2021).
bool Extractor::non_state_armed(const ActorRef& a, const std::string& date) const {
  if (a.kind == "rebel group" || a.kind == "political militia" || a.kind == "identity militia") return true;
  if (a.kind != "state forces") return false;
  bool listed = false;
  for (const auto& f : dict_.state_forces)
    if (f.name == a.name) {
      listed = true;
      if (state_forces_name(dict_.state_forces, f.country, date) == a.name) return false;
    }
  return listed;
}

}  // namespace bordermap::events
