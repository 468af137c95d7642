# Fuzz targets. A target is a source that defines LLVMFuzzerTestOneInput(data, size).
#
#   tokenscope_add_fuzzer(<name> SOURCES <files…> [LIBS <targets…>] [CORPUS <dir>] [ENV <var=value…>])
#
# CORPUS defaults to tests/fuzz/corpus/<name>: the seeds, and every input that once crashed (drop
# a crash file there and it is a regression test from then on).
#
# - Always (GCC or Clang, any preset): `fuzz_replay_<name>` links the sources with a small main
#   that feeds every corpus file to the target once; CTest runs it as `fuzz_replay.<name>`
#   (label `fuzz`), so the normal and the sanitizer suites replay every seed and past crash.
# - With TOKENSCOPE_BUILD_FUZZERS=ON (Clang with libFuzzer, the `fuzz` preset): `fuzz_<name>`
#   is a libFuzzer binary (ASan + UBSan), and CTest `fuzz_smoke.<name>` (label `fuzz-smoke`)
#   fuzzes for TOKENSCOPE_FUZZ_SECONDS seconds. tests/run-fuzzers.sh runs them for longer.
option(TOKENSCOPE_BUILD_FUZZERS "Build libFuzzer targets (needs Clang and libclang-rt-dev)" OFF)
set(TOKENSCOPE_FUZZ_SECONDS 10 CACHE STRING "How long each fuzz_smoke test fuzzes")

if(TOKENSCOPE_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TOKENSCOPE_BUILD_FUZZERS needs Clang (libFuzzer): use the `fuzz` preset")
  endif()
  # Every library the fuzzers link gets coverage instrumentation and the sanitizers.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()

if(NOT TARGET tokenscope_fuzzers)
  add_custom_target(tokenscope_fuzzers)  # builds every fuzz target: cmake --build … --target tokenscope_fuzzers
endif()

function(tokenscope_add_fuzzer name)
  cmake_parse_arguments(ARG "" "CORPUS" "SOURCES;LIBS;ENV" ${ARGN})
  if(NOT ARG_CORPUS)
    set(ARG_CORPUS ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${name})
  endif()
  if(NOT IS_DIRECTORY ${ARG_CORPUS})
    message(FATAL_ERROR "tokenscope_add_fuzzer(${name}): no seed corpus at ${ARG_CORPUS}")
  endif()

  add_executable(fuzz_replay_${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/replay_main.cpp)
  target_link_libraries(fuzz_replay_${name} PRIVATE TokenScope::core ${ARG_LIBS})
  target_include_directories(fuzz_replay_${name} PRIVATE ${PROJECT_SOURCE_DIR}/core/src)
  tokenscope_set_warnings(fuzz_replay_${name})
  add_dependencies(tokenscope_fuzzers fuzz_replay_${name})
  add_test(NAME fuzz_replay.${name} COMMAND fuzz_replay_${name} ${ARG_CORPUS})
  set_tests_properties(fuzz_replay.${name} PROPERTIES LABELS fuzz TIMEOUT 120)
  if(ARG_ENV)
    set_tests_properties(fuzz_replay.${name} PROPERTIES ENVIRONMENT "${ARG_ENV}")
  endif()

  if(TOKENSCOPE_BUILD_FUZZERS)
    add_executable(fuzz_${name} ${ARG_SOURCES})
    target_link_libraries(fuzz_${name} PRIVATE TokenScope::core ${ARG_LIBS})
    target_include_directories(fuzz_${name} PRIVATE ${PROJECT_SOURCE_DIR}/core/src)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
    tokenscope_set_warnings(fuzz_${name})
    add_dependencies(tokenscope_fuzzers fuzz_${name})
    set(work ${PROJECT_BINARY_DIR}/fuzz/${name})
    file(MAKE_DIRECTORY ${work}/corpus ${work}/artifacts)
    add_test(NAME fuzz_smoke.${name}
             COMMAND fuzz_${name} -max_total_time=${TOKENSCOPE_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
                     -print_final_stats=1 -artifact_prefix=${work}/artifacts/ ${work}/corpus ${ARG_CORPUS})
    set_tests_properties(fuzz_smoke.${name} PROPERTIES LABELS fuzz-smoke TIMEOUT 300)
    if(ARG_ENV)
      set_tests_properties(fuzz_smoke.${name} PROPERTIES ENVIRONMENT "${ARG_ENV}")
    endif()
  endif()
endfunction()
