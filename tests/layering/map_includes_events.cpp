// Must compile: events/ is below map/ (the control for map_includes_render.cpp).
#include "events/event.hpp"
