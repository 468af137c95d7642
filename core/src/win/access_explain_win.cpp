// Explained access on Windows: not built yet. The answer will come from GetNamedSecurityInfoW and
// AccessCheck with the subject's token, walking the DACL to name the deciding ACE; until then
// every call says so plainly instead of guessing.
#include "tokenscope/access_explain.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

Error notYet() {
    return makeError(win32::kNotSupported, "explained access is not available on Windows yet",
                     "Use `tokenscope-cli logon USER --access PATH` to try the path as a logged-on user.");
}

}  // namespace

Result<AccessSubject> accessSubjectForUser(const std::string&) { return notYet(); }
Result<AccessSubject> accessSubjectForProcess(std::int64_t) { return notYet(); }
Result<AccessExplanation> explainAccess(const std::string&, const AccessSubject&, const std::vector<AccessRight>&) {
    return notYet();
}

}  // namespace tokenscope
