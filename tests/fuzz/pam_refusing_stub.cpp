// A PAM that asks for the password and refuses every logon, linked into the CLI fuzz target in
// place of libpam's entry points (the executable's definitions win over the shared library's).
// The fuzzed argv then reaches TokenScope's PAM conversation and error mapping, never a real
// PAM stack: no account is ever asked, no failure delay slows the fuzzer, and nothing needs
// preloading (pam_wrapper's RTLD_DEEPBIND does not mix with Clang's sanitizer runtime).
#include <security/pam_appl.h>

#include <cstdlib>
#include <cstring>

namespace {

struct FakeHandle {
    pam_conv conversation{};
};
FakeHandle handle;

}  // namespace

extern "C" {

// Declared nonnull by pam_appl.h: service, conversation and pamh are never null.
int pam_start(const char*, const char* user, const struct pam_conv* conversation, pam_handle_t** pamh) {
    *pamh = nullptr;
    if (user == nullptr) return PAM_SYSTEM_ERR;
    handle.conversation = *conversation;
    *pamh = reinterpret_cast<pam_handle_t*>(&handle);
    return PAM_SUCCESS;
}

int pam_end(pam_handle_t*, int) { return PAM_SUCCESS; }

int pam_authenticate(pam_handle_t*, int) {
    pam_message prompt{PAM_PROMPT_ECHO_OFF, "Password: "};
    pam_message info{PAM_TEXT_INFO, "TokenScope fuzzing: every logon is refused."};
    const pam_message* messages[] = {&info, &prompt};
    pam_response* responses = nullptr;
    const int rc = handle.conversation.conv(2, messages, &responses, handle.conversation.appdata_ptr);
    if (rc == PAM_SUCCESS && responses != nullptr) {
        for (int i = 0; i < 2; ++i) {
            if (responses[i].resp != nullptr) {
                std::memset(responses[i].resp, 0, std::strlen(responses[i].resp));
                std::free(responses[i].resp);
            }
        }
        std::free(responses);
    }
    return rc == PAM_SUCCESS ? PAM_AUTH_ERR : rc;
}

int pam_acct_mgmt(pam_handle_t*, int) { return PAM_AUTH_ERR; }
int pam_setcred(pam_handle_t*, int) { return PAM_CRED_ERR; }
int pam_open_session(pam_handle_t*, int) { return PAM_SESSION_ERR; }
int pam_close_session(pam_handle_t*, int) { return PAM_SUCCESS; }
int pam_set_item(pam_handle_t*, int, const void*) { return PAM_SUCCESS; }
int pam_get_item(const pam_handle_t*, int, const void** item) {
    *item = nullptr;
    return PAM_BAD_ITEM;
}

}  // extern "C"
