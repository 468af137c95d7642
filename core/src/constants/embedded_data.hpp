// The generated data, embedded at build time by cmake/EmbedText.cmake (no file is read at run
// time). Each is the text of the committed TSV file of the same name under resources/constants/.
#pragma once

#include <cstddef>
#include <string_view>

namespace tokenscope::embedded {

std::string_view constantsTsv() noexcept;  // resources/constants/constants.tsv
std::string_view messagesTsv() noexcept;   // resources/constants/messages.tsv

}  // namespace tokenscope::embedded
