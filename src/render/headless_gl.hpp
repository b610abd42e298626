#pragma once
// An OpenGL 3.3 core context with no display and no window: EGL on Mesa's surfaceless
// platform. For `bordermap render` and the render tests.
#include <memory>

namespace bordermap::render {

class HeadlessGl {
 public:
  HeadlessGl();   // throws RenderError saying what EGL refused
  ~HeadlessGl();
  HeadlessGl(const HeadlessGl&) = delete;
  HeadlessGl& operator=(const HeadlessGl&) = delete;
  void make_current();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bordermap::render
