#include "ui/gl_window.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "render/fonts.hpp"
#include "render/render_error.hpp"

namespace bordermap::ui {

namespace {
std::string last_glfw_error() {
  const char* what = nullptr;
  glfwGetError(&what);
  return what ? what : "unknown GLFW error";
}
}  // namespace

GlWindow::GlWindow(int width, int height, const std::string& title, float ui_scale, bool visible) {
  try {
    if (!glfwInit())
      throw render::RenderError("no display for the viewer window (" + last_glfw_error() +
                                "); use `bordermap render` for images without a display");
    glfw_ = true;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window_) throw render::RenderError("could not open an OpenGL 3.3 core window: " + last_glfw_error());
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(visible ? 1 : 0);

    scale_ = ui_scale;
    if (scale_ <= 0) {
      float sx = 1, sy = 1;
      glfwGetWindowContentScale(window_, &sx, &sy);
      scale_ = std::max(1.0f, std::max(sx, sy));
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    imgui_ = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a fixed layout; no file written next to the user's data
    ImGui::StyleColorsLight();
    auto& style = ImGui::GetStyle();
    style.WindowRounding = 0;
    style.FrameRounding = 2;
    style.WindowBorderSize = 1;
    style.ScaleAllSizes(scale_);
    auto fonts = render::load_map_fonts(14.0f * scale_);
    bold_ = fonts.bold;
    if (!ImGui_ImplGlfw_InitForOpenGL(window_, true)) throw render::RenderError("ImGui GLFW backend failed");
    glfw_backend_ = true;
    if (!ImGui_ImplOpenGL3_Init("#version 330")) throw render::RenderError("ImGui OpenGL3 backend failed");
    gl_backend_ = true;
  } catch (...) {
    release();
    throw;
  }
}

GlWindow::~GlWindow() { release(); }

void GlWindow::release() {
  if (gl_backend_) ImGui_ImplOpenGL3_Shutdown();
  if (glfw_backend_) ImGui_ImplGlfw_Shutdown();
  if (imgui_) ImGui::DestroyContext();
  if (window_) glfwDestroyWindow(window_);
  if (glfw_) glfwTerminate();
  gl_backend_ = glfw_backend_ = imgui_ = glfw_ = false;
  window_ = nullptr;
}

bool GlWindow::should_close() const { return glfwWindowShouldClose(window_); }

void GlWindow::begin_frame() {
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void GlWindow::end_frame() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void GlWindow::framebuffer_size(int& w, int& h) const { glfwGetFramebufferSize(window_, &w, &h); }

}  // namespace bordermap::ui
