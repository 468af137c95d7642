# Cross-compiles TokenScope for 64-bit Windows with Debian's mingw-w64 (posix thread model), so
# that core, the CLI and their tests build on Linux and run under Wine.
#
#   cmake -S . -B build/windows-cross -G Ninja --toolchain cmake/toolchain-mingw64.cmake
#
# Packages: mingw-w64 g++-mingw-w64-x86-64-posix wine64 wine (cmake/install-deps.sh).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(TOKENSCOPE_MINGW_TRIPLET x86_64-w64-mingw32)
# The -posix compilers give std::thread and std::mutex (winpthreads); the -win32 ones do not.
set(CMAKE_C_COMPILER ${TOKENSCOPE_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TOKENSCOPE_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${TOKENSCOPE_MINGW_TRIPLET}-windres)

# Headers and libraries come from the mingw-w64 sysroot only, never from the Linux host; programs
# (wine64, wineserver, the host compilers' helpers) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${TOKENSCOPE_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Link libgcc, libstdc++ and winpthread statically: the .exe then needs only Windows' own DLLs,
# which Wine provides (a dynamically linked one fails under Wine for lack of libstdc++-6.dll).
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest runs every test through Wine. Debian's wine64 package installs the loader outside PATH,
# and CMake needs its full path.
if(NOT CMAKE_CROSSCOMPILING_EMULATOR)
  find_program(TOKENSCOPE_WINE64 NAMES wine64 PATHS /usr/lib/wine /usr/lib/wine64 /opt/wine-stable/bin
               NO_CMAKE_FIND_ROOT_PATH)
  if(TOKENSCOPE_WINE64)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${TOKENSCOPE_WINE64}" CACHE FILEPATH
        "Runs cross-built programs (tests) on the build host")
  endif()
endif()
