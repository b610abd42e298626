#pragma once
// GDAL MiniXML behind RAII: a parsed file owns its tree, children are walked by name.
#include <cpl_minixml.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct XmlDeleter {
  void operator()(CPLXMLNode* node) const { CPLDestroyXMLNode(node); }
};
using XmlTree = std::unique_ptr<CPLXMLNode, XmlDeleter>;

inline XmlTree parse_xml_file(const std::filesystem::path& path) {
  XmlTree tree(CPLParseXMLFile(path.string().c_str()));
  if (!tree) throw std::runtime_error("cannot parse XML file " + path.string());
  return tree;
}

// Element children of `parent` called `name`, in document order.
inline std::vector<const CPLXMLNode*> xml_children(const CPLXMLNode* parent, std::string_view name) {
  std::vector<const CPLXMLNode*> out;
  if (!parent) return out;
  for (const CPLXMLNode* c = parent->psChild; c; c = c->psNext)
    if (c->eType == CXT_Element && name == c->pszValue) out.push_back(c);
  return out;
}

// The first element called `name` anywhere below the top-level siblings (depth first).
inline const CPLXMLNode* xml_find(const CPLXMLNode* node, std::string_view name) {
  for (; node; node = node->psNext) {
    if (node->eType == CXT_Element && name == node->pszValue) return node;
    if (const CPLXMLNode* hit = xml_find(node->psChild, name)) return hit;
  }
  return nullptr;
}

// Value of a child path ("start", "gaztag.lat", "gaztag.geonameid"), or "" when absent.
inline std::string xml_value(const CPLXMLNode* node, const char* path) {
  const char* v = CPLGetXMLValue(node, path, nullptr);
  return v ? std::string(v) : std::string();
}

}  // namespace bench
