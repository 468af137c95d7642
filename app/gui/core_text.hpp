// Core's English texts, in the user interface language.
//
// Core is Qt-free and speaks English: privilege descriptions, what needs a privilege, the meaning
// of each logon type and provider, remediation hints, the readiness verdict. The GUI shows them
// translated: core_text.cpp lists each such text once, marked with QT_TRANSLATE_NOOP in the
// context "CoreText" so lupdate collects it, and looks it up at display time. Constant names,
// error names, Win32 messages and native details are never translated; a text core writes that
// is not in the list is shown as core wrote it.
#pragma once

#include <QString>
#include <string_view>

#include "tokenscope/privileges.hpp"

namespace tokenscope::gui {

// The translation of one of core's texts, or the text itself when it is not in the list. A text
// that ends with a listed sentence (a hint with a suffix such as the not-root advice) is
// translated piece by piece.
[[nodiscard]] QString coreText(std::string_view english);

// True when `english` is in the list exactly (the tests check that every static text of core is).
[[nodiscard]] bool coreTextListed(std::string_view english);

// The readiness verdict and notes of a privilege report, rebuilt from its facts in the user
// interface language (the verdict's plural follows the number of missing privileges).
[[nodiscard]] QString privilegeVerdict(const PrivilegeReport& report);
[[nodiscard]] QString privilegeNote(const PrivilegeReport& report, const std::string& note);

}  // namespace tokenscope::gui
