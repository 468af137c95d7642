#include "token_text.hpp"

#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>

#include "core_text.hpp"
#include "main_window.hpp"

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
    for (const auto& group : identity.groups) names << principalText(group);
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

}  // namespace tokenscope::gui
