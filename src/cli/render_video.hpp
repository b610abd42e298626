#pragma once
// Numbered frames into a video or GIF through Debian's ffmpeg, run without a shell.
#include <filesystem>

namespace bordermap::cli {

// `pattern` is a printf-style frame path ("dir/frame-%04d.png"). The output format comes
// from `out`'s extension (.mp4, .gif, .webm, .mkv). Throws InputError when ffmpeg is
// missing (install the ffmpeg package) or fails; the output is replaced atomically.
void encode_video(const std::filesystem::path& pattern, int frames_per_second, const std::filesystem::path& out);

}  // namespace bordermap::cli
