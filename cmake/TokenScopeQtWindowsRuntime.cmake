# What a Windows program built with cmake/build-qt-mingw.sh's Qt needs beside it to start: the Qt
# DLLs, the `windows` platform plugin and the `windowsvista` style, and the mingw-w64 runtime DLLs
# that Qt's DLLs import (the programs themselves link the runtime statically).
#
#   tokenscope_qt_runtime_files(<out-var> [TEST])    absolute paths, each with its sub-folder
#   tokenscope_copy_qt_runtime(<target> [TEST])      copies them beside the target after each link
#   tokenscope_install_qt_runtime(DESTINATION <dir>) installs them (the portable zip)
include_guard(GLOBAL)

# Pairs "<sub-folder>|<file>"; the sub-folder is "." for the program's own folder.
function(tokenscope_qt_runtime_files out)
  cmake_parse_arguments(ARG "TEST" "" "" ${ARGN})
  set(prefix "${TOKENSCOPE_QT_MINGW_PREFIX_USED}")
  set(files "")
  set(modules Core Gui Widgets Concurrent)
  if(ARG_TEST)
    list(APPEND modules Test)
  endif()
  foreach(module IN LISTS modules)
    list(APPEND files ".|${prefix}/bin/Qt6${module}.dll")
  endforeach()
  list(APPEND files "platforms|${prefix}/plugins/platforms/qwindows.dll"
                    "styles|${prefix}/plugins/styles/qwindowsvistastyle.dll")
  foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                    OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${path}" OR NOT EXISTS "${path}")
      # The compiler knows libstdc++ and libgcc; winpthread lives in the mingw-w64 sysroot.
      find_file(path_${dll} ${dll} PATHS /usr/x86_64-w64-mingw32/lib /usr/x86_64-w64-mingw32/bin
                NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
      set(path "${path_${dll}}")
    endif()
    if(NOT EXISTS "${path}")
      message(FATAL_ERROR "The mingw-w64 runtime ${dll} was not found")
    endif()
    list(APPEND files ".|${path}")
  endforeach()
  set(${out} "${files}" PARENT_SCOPE)
endfunction()

function(tokenscope_copy_qt_runtime target)
  tokenscope_qt_runtime_files(files ${ARGN})
  set(commands "")
  foreach(entry IN LISTS files)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 folder)
    list(GET parts 1 file)
    list(APPEND commands COMMAND ${CMAKE_COMMAND} -E make_directory "$<TARGET_FILE_DIR:${target}>/${folder}"
                         COMMAND ${CMAKE_COMMAND} -E copy_if_different "${file}" "$<TARGET_FILE_DIR:${target}>/${folder}/")
  endforeach()
  add_custom_command(TARGET ${target} POST_BUILD ${commands} VERBATIM)
endfunction()

function(tokenscope_install_qt_runtime)
  cmake_parse_arguments(ARG "" "DESTINATION" "" ${ARGN})
  tokenscope_qt_runtime_files(files)
  foreach(entry IN LISTS files)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 folder)
    list(GET parts 1 file)
    install(FILES "${file}" DESTINATION "${ARG_DESTINATION}/${folder}")
    # CPACK_STRIP_FILES strips only installed targets. Debian's mingw-w64 runtime and the Qt we
    # build carry their symbols and DWARF (libstdc++-6.dll is 23.7 MB, 1.95 MB stripped): strip
    # the installed copies, never the originals (tests/windows/gui/check-bundle.sh checks).
    if(CMAKE_STRIP)
      get_filename_component(name "${file}" NAME)
      install(CODE "execute_process(COMMAND \"${CMAKE_STRIP}\" --strip-all
                      \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${ARG_DESTINATION}/${folder}/${name}\"
                      RESULT_VARIABLE stripped)
                    if(NOT stripped EQUAL 0)
                      message(FATAL_ERROR \"${CMAKE_STRIP} could not strip ${name}\")
                    endif()")
    endif()
  endforeach()
endfunction()
