# Packages made with CPack from the install rules (`cmake --build build/default --target package`,
# or `cpack --config build/default/CPackConfig.cmake -G DEB`; the Windows zip from
# build/windows-cross the same way).
#
# Linux: one .deb, `tokenscope`, installed under /usr:
#   bin/tokenscope                  the GUI (when TOKENSCOPE_BUILD_GUI)
#   bin/tokenscope-logon-broker     beside the GUI: the GUI starts it from its own folder
#                                   (defaultLogonBrokerPath(), core/src/posix/logon_broker_posix.cpp).
#                                   Not setuid: a logon as another user works only when the GUI
#                                   runs as root.
#   bin/tokenscope-cli
#   share/applications/tokenscope.desktop, share/icons/hicolor/scalable/apps/tokenscope.svg
# The binaries are stripped; Depends comes from dpkg-shlibdeps (package dpkg-dev).
# tests/packaging builds the package and checks it.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "tokenscope")
set(CPACK_PACKAGE_VENDOR "TokenScope developers")
set(CPACK_PACKAGE_CONTACT "TokenScope developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The .deb's long description: CPackDeb indents each line.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "TokenScope shows who a process and each of its threads really are, which"
  "privileges (Linux: capabilities) they hold, and whether they can log on (PAM)"
  "and impersonate another user, and when they cannot, exactly why."
  "This package holds the Qt 6 desktop application (tokenscope), its logon"
  "broker (tokenscope-logon-broker, started by tokenscope) and the command line"
  "tool (tokenscope-cli).")
set(CPACK_STRIP_FILES ON)

if(WIN32)
  # Windows: a portable zip, TokenScope-<version>-win64.zip, one folder of the same name holding
  # tokenscope.exe and tokenscope-cli.exe (their C++ runtime linked in), the Qt DLLs the GUI
  # loads, platforms/qwindows.dll, styles/qwindowsvistastyle.dll and the mingw-w64 runtime DLLs
  # that Qt's DLLs import; nothing to install. tests/windows/gui/check-bundle.sh unzips it into a
  # fresh Wine prefix and starts it.
  if(TOKENSCOPE_BUILD_GUI)
    include(TokenScopeQtWindowsRuntime)
    tokenscope_install_qt_runtime(DESTINATION .)
  endif()
  set(CPACK_GENERATOR "ZIP")
  set(CPACK_PACKAGE_FILE_NAME "TokenScope-${PROJECT_VERSION}-win64")
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
else()
  if(TOKENSCOPE_BUILD_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/tokenscope.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tokenscope.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  endif()

  set(CPACK_GENERATOR "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "TokenScope developers")
  set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()

include(CPack)
