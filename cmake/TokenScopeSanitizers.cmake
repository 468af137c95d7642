# Sanitizer builds: TOKENSCOPE_SANITIZE lists the sanitizers every target is built with, e.g.
# "address;undefined" (AddressSanitizer, with LeakSanitizer inside it on Linux, and
# UndefinedBehaviorSanitizer). Any report ends the program with an error, so a test that
# triggers one fails. The `asan` preset sets it; tests/run-sanitizers.sh runs that preset.
set(TOKENSCOPE_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address;undefined (empty: none)")

if(TOKENSCOPE_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "TOKENSCOPE_SANITIZE is for GCC and Clang")
  endif()
  list(JOIN TOKENSCOPE_SANITIZE "," tokenscope_sanitizers)
  add_compile_options(-fsanitize=${tokenscope_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer
                      -fno-optimize-sibling-calls)
  add_link_options(-fsanitize=${tokenscope_sanitizers})
  if("address" IN_LIST TOKENSCOPE_SANITIZE AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # ASan intercepts crypt()/crypt_r() and binds the real ones at start-up. pam_unix brings
    # libcrypt in later (dlopen), so the interceptor would call a null pointer: load it up front.
    add_link_options(LINKER:--push-state,--no-as-needed -lcrypt LINKER:--pop-state)
  endif()
  # The runtime that must come first when a test preloads other libraries (cwrap's wrappers).
  set(TOKENSCOPE_ASAN_RUNTIME "")
  if("address" IN_LIST TOKENSCOPE_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                    OUTPUT_VARIABLE TOKENSCOPE_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  endif()
  message(STATUS "Sanitizers: ${tokenscope_sanitizers} ${TOKENSCOPE_ASAN_RUNTIME}")
endif()
