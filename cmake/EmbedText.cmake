# cmake -DINPUT=<file> -DOUTPUT=<file.cpp> -DFUNCTION=<name> -P EmbedText.cmake
#
# Writes a C++ source whose function tokenscope::embedded::<FUNCTION>() returns the text of
# INPUT as a std::string_view: one string literal per line of the file, concatenated by the
# compiler. Text files only (UTF-8, no NUL bytes).
if(NOT INPUT OR NOT OUTPUT OR NOT FUNCTION)
  message(FATAL_ERROR "EmbedText.cmake: INPUT, OUTPUT and FUNCTION are required")
endif()

file(READ "${INPUT}" text)
string(LENGTH "${text}" size)
string(REPLACE "\\" "\\\\" text "${text}")
string(REPLACE "\"" "\\\"" text "${text}")
string(REPLACE "\t" "\\t" text "${text}")
string(REPLACE "\r" "\\r" text "${text}")
# "??" could start a trigraph in older language modes: keep the two characters apart.
string(REPLACE "??" "?\" \"?" text "${text}")
string(REPLACE "\n" "\\n\"\n\"" text "${text}")

file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/EmbedText.cmake; do not edit.\n"
  "#include \"constants/embedded_data.hpp\"\n\n"
  "namespace tokenscope::embedded {\n"
  "namespace {\n"
  "constexpr char kText[] =\n\"${text}\";\n"
  "}  // namespace\n\n"
  "std::string_view ${FUNCTION}() noexcept { return {kText, sizeof(kText) - 1}; }\n"
  "static_assert(sizeof(kText) - 1 == ${size}, \"embedded size differs from the file\");\n\n"
  "}  // namespace tokenscope::embedded\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
