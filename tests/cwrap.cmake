# cwrap: PAM and users without root and without touching /etc, for every test folder.
# pam_wrapper loads the generated service file (pam_matrix with a passdb); nss_wrapper supplies
# the fake users and groups. Sets TOKENSCOPE_CWRAP_AVAILABLE, TOKENSCOPE_CWRAP_SERVICE and
# TOKENSCOPE_CWRAP_ENV (the environment a test needs: LD_PRELOAD and the wrappers' variables).
#
# Every test that preloads pam_wrapper also takes the CTest lock TOKENSCOPE_CWRAP_LOCK, so no two
# run at once. pam_wrapper (1.1.4 at least) claims a folder /tmp/pam.<letter> per process by
# checking that it does not exist and then calling mkdir, whose failure it only logs; it removes
# the folder when the process exits. Two processes that start together can claim the same folder,
# and the first to exit takes the PAM configuration away from the other ("Failed to create
# pam_wrapper config dir: /tmp/pam.c - File exists", then pam_start: PAM_ABORT, or exit 1 when
# the folder belongs to another user). Parallel test jobs on a loaded machine hit it at random.
set(TOKENSCOPE_CWRAP_LOCK pam_wrapper)
find_library(PAM_WRAPPER_LIBRARY NAMES pam_wrapper)
find_library(NSS_WRAPPER_LIBRARY NAMES nss_wrapper)
find_file(PAM_MATRIX_MODULE pam_matrix.so
  PATHS /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/pam_wrapper /usr/lib64/pam_wrapper /usr/lib/pam_wrapper
  NO_DEFAULT_PATH)

set(cwrap_dir ${PROJECT_BINARY_DIR}/tests/cwrap)
set(cwrap_service tokenscope-test)
set(cwrap_passdb ${cwrap_dir}/passdb)
file(MAKE_DIRECTORY ${cwrap_dir}/pam.d)
# Sixteen more users for concurrency tests: tsuser01..tsuser16, uid and gid 4401..4416, password
# "User-Secret-NN", each also in tsstaff.
set(cwrap_extra_passdb "")
set(cwrap_extra_passwd "")
set(cwrap_extra_group "")
set(cwrap_staff_members "tsalice,tsbob")
foreach(n RANGE 1 16)
  math(EXPR id "4400 + ${n}")
  if(n LESS 10)
    set(n "0${n}")
  endif()
  string(APPEND cwrap_extra_passdb "tsuser${n}:User-Secret-${n}:${cwrap_service}\n")
  string(APPEND cwrap_extra_passwd "tsuser${n}:x:${id}:${id}:TokenScope test user:/nonexistent/tsuser${n}:/bin/sh\n")
  string(APPEND cwrap_extra_group "tsuser${n}:x:${id}:\n")
  string(APPEND cwrap_staff_members ",tsuser${n}")
endforeach()
# user:password:service; tsbob may use another service only (pam_matrix's account check).
file(WRITE ${cwrap_passdb}
  "tsalice:Alice-Secret-1:${cwrap_service}\n"
  "tsbob:Bob-Secret-2:some-other-service\n"
  "${cwrap_extra_passdb}")
file(WRITE ${cwrap_dir}/pam.d/${cwrap_service}
  "auth     required ${PAM_MATRIX_MODULE} passdb=${cwrap_passdb}\n"
  "account  required ${PAM_MATRIX_MODULE} passdb=${cwrap_passdb}\n"
  "password required ${PAM_MATRIX_MODULE} passdb=${cwrap_passdb}\n"
  "session  required ${PAM_MATRIX_MODULE} passdb=${cwrap_passdb}\n")
file(WRITE ${cwrap_dir}/passwd
  "root:x:0:0:root:/root:/bin/sh\n"
  "tsalice:x:4242:4242:TokenScope test user:/nonexistent/tsalice:/bin/sh\n"
  "tsbob:x:4243:4243:TokenScope test user:/nonexistent/tsbob:/bin/sh\n"
  "${cwrap_extra_passwd}")
file(WRITE ${cwrap_dir}/group
  "root:x:0:\n"
  "tsalice:x:4242:\n"
  "tsbob:x:4243:\n"
  "tsstaff:x:4300:${cwrap_staff_members}\n"
  "${cwrap_extra_group}")

set(TOKENSCOPE_CWRAP_SERVICE ${cwrap_service})
set(TOKENSCOPE_CWRAP_AVAILABLE OFF)
if(PAM_WRAPPER_LIBRARY AND NSS_WRAPPER_LIBRARY AND PAM_MATRIX_MODULE)
  set(TOKENSCOPE_CWRAP_AVAILABLE ON)
  # Under AddressSanitizer (GCC's shared runtime) the runtime must be the first library loaded.
  set(cwrap_preload "${PAM_WRAPPER_LIBRARY}:${NSS_WRAPPER_LIBRARY}")
  if(TOKENSCOPE_ASAN_RUNTIME)
    set(cwrap_preload "${TOKENSCOPE_ASAN_RUNTIME}:${cwrap_preload}")
  endif()
  set(TOKENSCOPE_CWRAP_ENV
    "LD_PRELOAD=${cwrap_preload}"
    "PAM_WRAPPER=1"
    "PAM_WRAPPER_SERVICE_DIR=${cwrap_dir}/pam.d"
    "NSS_WRAPPER_PASSWD=${cwrap_dir}/passwd"
    "NSS_WRAPPER_GROUP=${cwrap_dir}/group")
endif()
