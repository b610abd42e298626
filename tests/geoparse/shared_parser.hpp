#pragma once
// One Geoparser over the built runtime data for all tests that need the real gazetteer;
// null (and a message) when the data has not been built, so unit tests still run.
#include "geoparse/geoparser.hpp"

namespace bordermap::test {
const geoparse::Geoparser* shared_parser();
}
