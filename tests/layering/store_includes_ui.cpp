// Must NOT compile: store/ sits below ui/, so its include folder has no ui/ in it.
#include "ui/viewer_app.hpp"
