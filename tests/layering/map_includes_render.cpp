// Must NOT compile: the map core links no GL, so render/ is not visible from map/.
#include "render/briefing.hpp"
