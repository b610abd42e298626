// Must compile: formats/ is below store/ (the control for store_includes_ui.cpp).
#include "formats/export.hpp"
