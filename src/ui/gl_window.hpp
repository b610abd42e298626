#pragma once
// The viewer's window: GLFW with an OpenGL 3.3 core context and a Dear ImGui context
// with its GLFW and OpenGL3 backends, created and torn down in the right order.
#include <string>

struct GLFWwindow;
struct ImFont;

namespace bordermap::ui {

class GlWindow {
 public:
  // Throws render::RenderError when there is no display or no 3.3 core context.
  // ui_scale 0 = the monitor's content scale.
  GlWindow(int width, int height, const std::string& title, float ui_scale, bool visible);
  ~GlWindow();
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;

  bool should_close() const;
  void begin_frame();   // poll events, start an ImGui frame
  void end_frame();     // render ImGui, swap
  void framebuffer_size(int& w, int& h) const;
  float ui_scale() const { return scale_; }
  GLFWwindow* handle() const { return window_; }
  ImFont* bold_font() const { return bold_; }

 private:
  GLFWwindow* window_ = nullptr;
  float scale_ = 1.0f;
  ImFont* bold_ = nullptr;
  bool glfw_ = false, imgui_ = false, glfw_backend_ = false, gl_backend_ = false;
  void release();
};

}  // namespace bordermap::ui
