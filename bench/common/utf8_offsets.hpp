#pragma once
// Gold corpora count offsets in characters (code points); bordermap works in UTF-8 bytes.
#include <cstddef>
#include <string_view>
#include <vector>

namespace bench {

// byte_of[c] is the byte offset of code point c; byte_of[count] == text.size().
class CharToByte {
 public:
  explicit CharToByte(std::string_view utf8) {
    byte_of_.reserve(utf8.size() + 1);
    for (std::size_t i = 0; i < utf8.size(); ++i)
      if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) byte_of_.push_back(i);
    byte_of_.push_back(utf8.size());
  }
  std::size_t chars() const { return byte_of_.size() - 1; }
  // false when `c` lies past the end of the text
  bool valid(std::size_t c) const { return c < byte_of_.size(); }
  std::size_t operator()(std::size_t c) const { return byte_of_[c]; }

 private:
  std::vector<std::size_t> byte_of_;
};

inline bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace bench
