#include "cli/render_video.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <string>
#include <vector>

#include "util/atomic_file.hpp"
#include "util/error.hpp"

extern char** environ;

namespace bordermap::cli {
namespace {

constexpr const char* kFfmpeg = "/usr/bin/ffmpeg";

int run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // ffmpeg's banner and progress go nowhere; its errors come back through the exit status.
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0].c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

void encode_video(const std::filesystem::path& pattern, int fps, const std::filesystem::path& out) {
  if (access(kFfmpeg, X_OK) != 0)
    throw InputError("writing " + out.string() + " needs ffmpeg, which is not installed (apt-get install ffmpeg); "
                     "the frames are in " + pattern.parent_path().string());
  std::string ext = out.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  AtomicReplace replace(out);
  std::vector<std::string> base = {kFfmpeg, "-hide_banner", "-loglevel", "error", "-y", "-framerate",
                                   std::to_string(fps), "-i", pattern.string()};
  std::vector<std::vector<std::string>> attempts;
  if (ext == ".gif") {
    // One palette for the whole clip: map colours stay steady from frame to frame.
    attempts.push_back({"-vf", "split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer", "-f", "gif"});
  } else if (ext == ".mp4" || ext == ".mkv" || ext == ".mov") {
    std::string muxer = ext == ".mkv" ? "matroska" : ext == ".mov" ? "mov" : "mp4";
    std::string even = "scale=trunc(iw/2)*2:trunc(ih/2)*2";  // yuv420p needs even sizes
    attempts.push_back({"-vf", even, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "20", "-f", muxer});
    attempts.push_back({"-vf", even, "-c:v", "mpeg4", "-q:v", "3", "-pix_fmt", "yuv420p", "-f", muxer});
  } else if (ext == ".webm") {
    attempts.push_back({"-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32", "-f", "webm"});
  } else {
    throw InputError("--video " + out.string() + ": give a .mp4, .mkv, .mov, .webm or .gif file");
  }
  for (const auto& extra : attempts) {
    auto args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(replace.temp_path().string());
    if (run(args) == 0) {
      replace.commit();
      return;
    }
  }
  throw InputError("ffmpeg could not write " + out.string() + " from " + pattern.string());
}

}  // namespace bordermap::cli
