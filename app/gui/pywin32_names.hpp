// Which pywin32 module defines a constant's name, from the names pywin32's own modules define
// (resources/pywin32/names.tsv): Copy as Python writes `winerror.ERROR_LOGON_FAILURE`, not a
// module that lacks the name, and says so when pywin32 has no such name.
#pragma once

#include <QString>
#include <QStringList>

namespace tokenscope::gui {

// The modules defining `name`, the preferred first (win32con, then winerror, ntsecuritycon, …);
// empty when no pywin32 module has it.
[[nodiscard]] QStringList pywin32Modules(const QString& name);

}  // namespace tokenscope::gui
