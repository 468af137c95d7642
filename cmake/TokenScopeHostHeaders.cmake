# Header-only libraries for a cross build, taken from the build host's packages.
#
# CLI11 and nlohmann-json are header-only and compile for Windows as they are, but the cross build
# must not put the host's /usr/include on the include path: the host's C library headers would
# then shadow mingw-w64's. So each library's own folder (/usr/include/CLI, /usr/include/nlohmann)
# is linked into a folder of the build tree that holds nothing else, and an imported target
# points there.
set(TOKENSCOPE_HOST_INCLUDE_DIR "/usr/include" CACHE PATH
    "Host folder holding the CLI/ and nlohmann/ headers (libcli11-dev, nlohmann-json3-dev)")

# tokenscope_host_header_library(<imported target> <folder under TOKENSCOPE_HOST_INCLUDE_DIR>)
function(tokenscope_host_header_library target folder)
  if(TARGET ${target})
    return()
  endif()
  set(source "${TOKENSCOPE_HOST_INCLUDE_DIR}/${folder}")
  if(NOT IS_DIRECTORY "${source}")
    message(FATAL_ERROR "${target}: ${source} not found; install the host package "
                        "(cmake/install-deps.sh) or set TOKENSCOPE_HOST_INCLUDE_DIR.")
  endif()
  set(root "${CMAKE_BINARY_DIR}/host-headers/${folder}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT EXISTS "${root}/${folder}")
    file(CREATE_LINK "${source}" "${root}/${folder}" SYMBOLIC)
  endif()
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  # Imported include folders are system folders: the libraries' own warnings stay theirs.
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${root}")
endfunction()
