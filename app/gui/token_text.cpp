#include "token_text.hpp"

#include <algorithm>

#include <QColor>
#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>

#include "core_text.hpp"
#include "main_window.hpp"
#include "process_browser.hpp"
#include "tokenscope/token_diff.hpp"

namespace tokenscope::gui {

// The texts keep MainWindow's translation context, where they were first translated.
QString principalText(const Principal& principal) {
    const QString id = text(principal.idString());
    return principal.name.empty() ? MainWindow::tr("%1 (no name)").arg(id)
                                  : QStringLiteral("%1 (%2)").arg(text(principal.name), id);
}

QString groupsText(const Identity& identity) {
    if (identity.groups.empty()) return MainWindow::tr("(none)");
    QStringList names;
    for (const auto& group : identity.groups) names << gui::principalText(group);
    return names.join(QStringLiteral(", "));
}

QString idsText(const std::optional<PosixIds>& ids) {
    if (!ids) return {};
    return QStringLiteral("%1 / %2 / %3 / %4").arg(ids->real).arg(ids->effective).arg(ids->saved).arg(ids->filesystem);
}

QString enabledPrivileges(const std::optional<PrivilegeReport>& report) {
    if (!report) return {};
    int held = 0, enabled = 0;
    for (const auto& privilege : report->privileges) {
        held += privilege.held ? 1 : 0;
        enabled += privilege.enabled ? 1 : 0;
    }
    return MainWindow::tr("%n held", "privileges", held) + MainWindow::tr(", ", "list separator") +
           MainWindow::tr("%n enabled", "privileges", enabled);
}

QString privilegeSets(const Privilege& privilege) {
    QString sets = QStringLiteral("-----");
    if (privilege.held) sets[0] = QLatin1Char('p');
    if (privilege.enabled) sets[1] = QLatin1Char('e');
    if (privilege.inheritable) sets[2] = QLatin1Char('i');
    if (privilege.bounding) sets[3] = QLatin1Char('b');
    if (privilege.ambient) sets[4] = QLatin1Char('a');
    return sets;
}

QString privilegeState(const Privilege& privilege) {
    return !privilege.held     ? MainWindow::tr("Not held")
           : privilege.enabled ? MainWindow::tr("Enabled")
                               : MainWindow::tr("Disabled");
}

QString privilegeIconName(const Privilege& privilege) {
    return !privilege.held     ? QStringLiteral("not-held")
           : privilege.enabled ? QStringLiteral("enabled")
                               : QStringLiteral("disabled");
}

QTableWidgetItem* tableItem(const QString& value, const QString& tip) {
    auto* cell = new QTableWidgetItem(value);
    cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    if (!tip.isEmpty()) cell->setToolTip(tip);
    return cell;
}

QTableWidget* makeTokenTable(int columns, const QString& objectName) {
    auto* table = new QTableWidget(0, columns);
    table->setObjectName(objectName);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // Compact rows, as in Process Explorer and System Informer: the text's line and a few pixels
    // (the style's default is about 30 pixels, which showed two rows fewer in every table).
    table->verticalHeader()->setMinimumSectionSize(1);
    table->verticalHeader()->setDefaultSectionSize(std::max(table->fontMetrics().height() + 6, 20));
    return table;
}

void fitColumns(QTableWidget* table) {
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

void fillGroupsTable(QTableWidget* table, const Identity& identity) {
    table->setSortingEnabled(false);
    table->setRowCount(static_cast<int>(identity.groups.size()));
    for (int row = 0; row < static_cast<int>(identity.groups.size()); ++row) {
        const Principal& group = identity.groups[static_cast<std::size_t>(row)];
        QStringList attributes;
        for (const auto& attribute : group.attributes) attributes << coreText(attribute);
        table->setItem(row, 0, tableItem(group.name.empty() ? MainWindow::tr("(no name)") : text(group.name)));
        table->setItem(row, 1, tableItem(text(group.idString())));
        table->setItem(row, 2, tableItem(attributes.join(QStringLiteral(", "))));
    }
    table->setSortingEnabled(true);
    fitColumns(table);
}

// The comparison's texts keep ProcessBrowser's translation context, where they were first translated.
QString comparisonSummary(const TokenSnapshot& left, const TokenSnapshot& right,
                          const std::vector<TokenDifference>& differences) {
    const auto count = countDifferences(differences);
    QString summary = ProcessBrowser::tr("Left: %1\nRight: %2").arg(text(left.label), text(right.label));
    summary += QStringLiteral("\n");
    summary += count.total() == 0 ? ProcessBrowser::tr("Identical.")
                                  : ProcessBrowser::tr("%n differences: ", nullptr, count.total()) +
                                        ProcessBrowser::tr("%1 added, %2 removed, %3 changed")
                                            .arg(count.added)
                                            .arg(count.removed)
                                            .arg(count.changed);
    for (const auto& part : uncomparedParts(left, right)) summary += QStringLiteral("\n• ") + coreText(part);
    return summary;
}

void fillDifferencesTable(QTableWidget* table, const std::vector<TokenDifference>& differences) {
    table->setRowCount(static_cast<int>(differences.size()));
    int row = 0;
    for (const auto& difference : differences) {
        const QString mark = difference.kind == DifferenceKind::Added     ? QStringLiteral("+")
                             : difference.kind == DifferenceKind::Removed ? QStringLiteral("-")
                                                                          : QStringLiteral("~");
        // Added, removed, changed: green, red, amber, light enough for the text to stay readable.
        const QColor tint = difference.kind == DifferenceKind::Added     ? QColor(0xd8, 0xf0, 0xd8)
                            : difference.kind == DifferenceKind::Removed ? QColor(0xf6, 0xd6, 0xd6)
                                                                         : QColor(0xf6, 0xea, 0xc8);
        const QList<QTableWidgetItem*> cells{tableItem(mark, text(differenceKindName(difference.kind))),
                                             tableItem(text(difference.section)), tableItem(text(difference.key)),
                                             tableItem(text(difference.left), text(difference.left)),
                                             tableItem(text(difference.right), text(difference.right))};
        for (int column = 0; column < cells.size(); ++column) {
            cells[column]->setBackground(tint);
            cells[column]->setForeground(QColor(Qt::black));
            table->setItem(row, column, cells[column]);
        }
        ++row;
    }
    fitColumns(table);
}

}  // namespace tokenscope::gui
