#include "pywin32_names.hpp"

#include <QFile>
#include <QHash>

namespace tokenscope::gui {

QStringList pywin32Modules(const QString& name) {
    // Loaded once, on first use: a few hundred kilobytes of text.
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> names;
        QFile file(QStringLiteral(":/pywin32/names.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return names;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
            const auto tab = line.indexOf(QLatin1Char('\t'));
            if (tab <= 0) continue;
            names.insert(line.left(tab), line.mid(tab + 1).split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
        return names;
    }();
    return table.value(name);
}

}  // namespace tokenscope::gui
