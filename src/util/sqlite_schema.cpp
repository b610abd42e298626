#include "util/sqlite_schema.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "util/error.hpp"

namespace bordermap::util {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

struct Token {
  enum Kind { word, literal, punct } kind;
  std::string text;  // words lower-cased and unquoted; literals unquoted
};

// Enough of SQLite's lexer to tell identifiers ("quoted", `quoted`, [quoted] or bare) from
// string literals, so a check on identifiers cannot be dodged by quoting.
std::vector<Token> tokenize(const std::string& sql) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto quoted = [&](char close) {
    std::string text;
    for (++i; i < sql.size(); ++i) {
      if (sql[i] == close) {
        if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) {
          text += close;
          ++i;
          continue;
        }
        ++i;
        break;
      }
      text += sql[i];
    }
    return text;
  };
  while (i < sql.size()) {
    const char c = sql[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      while (i < sql.size() && sql[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      const auto end = sql.find("*/", i + 2);
      i = end == std::string::npos ? sql.size() : end + 2;
    } else if (c == '\'') {
      out.push_back({Token::literal, quoted('\'')});
    } else if (c == '"' || c == '`' || c == '[') {
      out.push_back({Token::word, lower(quoted(c == '[' ? ']' : c))});
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t j = i;
      while (j < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[j])) || sql[j] == '_' || sql[j] == '$')) ++j;
      out.push_back({Token::word, lower(sql.substr(i, j - i))});
      i = j;
    } else {
      out.push_back({Token::punct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

struct SchemaRow {
  std::string type, name, table, sql;
};

// The words any GDAL-made trigger may use; each kind below adds its own.
const std::set<std::string> kTriggerWords = {
    "create", "trigger", "if",   "not",    "exists", "before", "after", "insert", "update", "delete",
    "of",     "on",      "for",  "each",   "row",    "when",   "begin", "end",    "new",    "old",
    "and",    "or",      "is",   "null",   "notnull", "isnull", "in",   "into",   "values", "replace",
    "from",   "where",   "set",  "select"};

struct TriggerRule {
  std::set<std::string> words;    // identifiers allowed besides kTriggerWords and NEW./OLD. columns
  std::set<std::string> targets;  // tables the body may write to or read from
  bool any_literal = false;       // string literals (error texts) allowed
  std::set<std::string> literals; // else only these
};

// The triggers GDAL creates: the rtree index upkeep and the feature count of each
// feature table, and GeoPackage's own constraint triggers on its gpkg_* tables. A name
// alone proves nothing, so each kind also has its vocabulary and the tables it touches.
std::optional<TriggerRule> gdal_trigger_rule(const SchemaRow& t, const std::set<std::string>& rtrees) {
  const std::string name = lower(t.name), table = lower(t.table);
  if (starts_with(name, "rtree_")) {
    const auto cut = name.rfind('_');
    const std::string suffix = name.substr(cut + 1), rtree = name.substr(0, cut);
    const bool known_suffix = suffix == "insert" || suffix == "delete" ||
                              (suffix.size() == 7 && starts_with(suffix, "update") && suffix[6] >= '1' && suffix[6] <= '7');
    if (!known_suffix || !rtrees.count(rtree) || !starts_with(rtree, "rtree_" + table + "_")) return std::nullopt;
    TriggerRule r;
    r.words = {"id", "minx", "maxx", "miny", "maxy", "st_isempty", "st_minx", "st_maxx", "st_miny", "st_maxy",
               table, rtree};
    r.targets = {rtree};
    return r;
  }
  if (name == "trigger_insert_feature_count_" + table || name == "trigger_delete_feature_count_" + table) {
    TriggerRule r;
    r.words = {"gpkg_ogr_contents", "feature_count", "table_name", "lower", table};
    r.targets = {"gpkg_ogr_contents"};
    r.literals = {table};
    return r;
  }
  if (starts_with(name, "gpkg_") && starts_with(table, "gpkg_")) {
    TriggerRule r;
    r.words = {"raise", "abort", "like", "glob", "strftime", "sqlite_master", "name", "type", "sql", table};
    r.targets = {table, "sqlite_master"};
    r.any_literal = true;
    return r;
  }
  return std::nullopt;
}

bool trigger_follows_rule(const SchemaRow& t, const TriggerRule& rule) {
  const auto tokens = tokenize(t.sql);
  bool in_body = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& tok = tokens[i];
    if (tok.kind == Token::literal) {
      if (!rule.any_literal && !rule.literals.count(lower(tok.text)) && lower(tok.text) != lower(t.name) &&
          lower(tok.text) != lower(t.table))
        return false;
      continue;
    }
    if (tok.kind != Token::word) continue;
    const bool column_of_row = i >= 2 && tokens[i - 1].text == "." && (tokens[i - 2].text == "new" || tokens[i - 2].text == "old");
    const bool updated_column = i >= 1 && tokens[i - 1].text == "of" && !in_body;
    if (tok.text == "begin") in_body = true;
    if (!column_of_row && !updated_column && tok.text != lower(t.name) && !kTriggerWords.count(tok.text) &&
        !rule.words.count(tok.text))
      return false;
    // What the body writes to or reads from must be the trigger's own bookkeeping table.
    if (in_body && (tok.text == "into" || tok.text == "from" || tok.text == "update")) {
      if (i + 1 >= tokens.size() || !rule.targets.count(tokens[i + 1].text)) return false;
    }
  }
  return true;
}

// "CREATE VIRTUAL TABLE x USING module(…)" → "module".
std::string virtual_module(const std::string& sql) {
  const auto tokens = tokenize(sql);
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
    if (tokens[i].kind == Token::word && tokens[i].text == "using") return tokens[i + 1].text;
  return {};
}

bool is_virtual(const SchemaRow& r) {
  const auto tokens = tokenize(r.sql);
  return tokens.size() >= 2 && tokens[0].text == "create" && tokens[1].text == "virtual";
}

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct FinalizeStmt {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

std::string column(sqlite3_stmt* s, int i) {
  const auto* text = sqlite3_column_text(s, i);
  return text ? reinterpret_cast<const char*>(text) : "";
}

}  // namespace

std::string untrusted_sqlite_object(const std::filesystem::path& path) {
  sqlite3* raw = nullptr;
  // Read-only, no URI parsing, no extensions: reading the schema table runs nothing in it.
  const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  std::unique_ptr<sqlite3, CloseDb> db(raw);
  if (rc != SQLITE_OK) return {};
  sqlite3_db_config(db.get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_stmt* raw_stmt = nullptr;
  if (sqlite3_prepare_v2(db.get(), "SELECT type, name, tbl_name, sql FROM sqlite_master", -1, &raw_stmt, nullptr) !=
      SQLITE_OK)
    return {};
  std::unique_ptr<sqlite3_stmt, FinalizeStmt> stmt(raw_stmt);
  std::vector<SchemaRow> rows;
  while (sqlite3_step(stmt.get()) == SQLITE_ROW)
    rows.push_back({column(stmt.get(), 0), column(stmt.get(), 1), column(stmt.get(), 2), column(stmt.get(), 3)});

  std::set<std::string> rtrees;
  for (const auto& r : rows) {
    if (r.type == "view") return "view '" + r.name + "'";
    if (r.type != "table" || !is_virtual(r)) continue;
    const std::string module = virtual_module(r.sql);
    if (module != "rtree" || !starts_with(lower(r.name), "rtree_"))
      return "virtual table '" + r.name + "' (module " + (module.empty() ? "unknown" : module) + ")";
    rtrees.insert(lower(r.name));
  }
  for (const auto& r : rows) {
    if (r.type != "trigger") continue;
    const auto rule = gdal_trigger_rule(r, rtrees);
    if (!rule || !trigger_follows_rule(r, *rule)) return "trigger '" + r.name + "' on table '" + r.table + "'";
  }
  return {};
}

void require_trusted_sqlite_schema(const std::filesystem::path& path, const std::string& what) {
  const std::string object = untrusted_sqlite_object(path);
  if (object.empty()) return;
  throw InputError(what + " " + path.string() + ": it holds " + object +
                   ", which neither bordermap nor GDAL creates; a store or an event file is data, and bordermap does "
                   "not run code from one (remove it with sqlite3 if you trust the file)");
}

}  // namespace bordermap::util
