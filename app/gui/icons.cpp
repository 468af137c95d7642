#include "icons.hpp"

#include <QDir>

namespace tokenscope::gui {

QIcon icon(const QString& name) {
#ifdef TOKENSCOPE_PNG_ICONS
    // Every size of the name, so each cell and title bar gets a pixel-exact one.
    QIcon result;
    const QDir folder(QStringLiteral(":/icons/png"));
    for (const QString& file : folder.entryList({name + QStringLiteral("-*.png")}, QDir::Files))
        result.addFile(folder.filePath(file));
    return result;
#else
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
#endif
}

}  // namespace tokenscope::gui
