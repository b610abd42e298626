#include "render/headless_gl.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <string>

#include "render/render_error.hpp"

namespace bordermap::render {
namespace {

std::string egl_error_name(EGLint code) {
  switch (code) {
    case EGL_SUCCESS: return "EGL_SUCCESS";
    case EGL_NOT_INITIALIZED: return "EGL_NOT_INITIALIZED";
    case EGL_BAD_ACCESS: return "EGL_BAD_ACCESS";
    case EGL_BAD_ALLOC: return "EGL_BAD_ALLOC";
    case EGL_BAD_ATTRIBUTE: return "EGL_BAD_ATTRIBUTE";
    case EGL_BAD_CONFIG: return "EGL_BAD_CONFIG";
    case EGL_BAD_CONTEXT: return "EGL_BAD_CONTEXT";
    case EGL_BAD_DISPLAY: return "EGL_BAD_DISPLAY";
    case EGL_BAD_MATCH: return "EGL_BAD_MATCH";
    case EGL_BAD_PARAMETER: return "EGL_BAD_PARAMETER";
    default: return "EGL error " + std::to_string(code);
  }
}

[[noreturn]] void fail(const std::string& what) {
  throw RenderError("headless OpenGL: " + what + " (" + egl_error_name(eglGetError()) + ")");
}

}  // namespace

struct HeadlessGl::Impl {
  EGLDisplay display = EGL_NO_DISPLAY;
  EGLContext context = EGL_NO_CONTEXT;
  ~Impl() {
    if (display == EGL_NO_DISPLAY) return;
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
    // eglTerminate is left out on purpose: the display is shared per process, and
    // terminating it under another live HeadlessGl (tests make several) would kill that one.
  }
};

HeadlessGl::HeadlessGl() : impl_(std::make_unique<Impl>()) {
  // Mesa's surfaceless platform needs no X server, no Wayland and no GPU device node:
  // llvmpipe renders into framebuffer objects only.
  auto get_platform_display =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!get_platform_display) fail("eglGetPlatformDisplayEXT is not available (is Mesa's libEGL installed?)");
  impl_->display = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (impl_->display == EGL_NO_DISPLAY) fail("no surfaceless EGL display");
  EGLint major = 0, minor = 0;
  if (!eglInitialize(impl_->display, &major, &minor)) {
    impl_->display = EGL_NO_DISPLAY;
    fail("eglInitialize refused the surfaceless display");
  }
  if (!eglBindAPI(EGL_OPENGL_API)) fail("eglBindAPI(EGL_OPENGL_API) refused");
  const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                               EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  impl_->context = eglCreateContext(impl_->display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
  if (impl_->context == EGL_NO_CONTEXT) fail("no OpenGL 3.3 core context");
  make_current();
}

HeadlessGl::~HeadlessGl() = default;

void HeadlessGl::make_current() {
  if (!eglMakeCurrent(impl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, impl_->context))
    fail("eglMakeCurrent without a surface refused");
}

}  // namespace bordermap::render
