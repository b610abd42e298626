// Placeholder until the viewer lands (issue 4).
#include "ui/viewer_app.hpp"

#include "util/error.hpp"

namespace bordermap::ui {

int run_viewer(const ViewerOptions&) { throw InputError("the viewer is not built yet"); }

}  // namespace bordermap::ui
