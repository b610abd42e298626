#pragma once
// Text from inputs (document ids, event ids, file contents quoted in messages) reaches
// the terminal only through terminal_safe(): an ESC or CSI in an id could otherwise
// recolour, retitle or rewrite what the user sees, and a CR or LF could forge a line.
#include <string>
#include <string_view>

namespace bordermap::util {

// `s` with C0 controls, DEL and the C1 controls (U+0080–U+009F) written as \xNN or
// \u00NN; tabs are kept. Everything else, UTF-8 included, passes unchanged.
std::string terminal_safe(std::string_view s);

}  // namespace bordermap::util
