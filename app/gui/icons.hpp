// The GUI's icons by name ("enabled", "ready", "tokenscope"): the SVG file from the resources
// where Qt has its SVG icon engine (Linux), the PNG files rendered from it elsewhere (the Windows
// build; resources/icons/render_icons.cpp makes them and the Linux suite checks they are current).
#pragma once

#include <QIcon>
#include <QString>

namespace tokenscope::gui {

[[nodiscard]] QIcon icon(const QString& name);

}  // namespace tokenscope::gui
