#include "activity_panel.hpp"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "icons.hpp"
#include "token_text.hpp"

namespace tokenscope::gui {

ActivityPanel::ActivityPanel(QWidget* parent) : Panel(QStringLiteral("activityBox"), parent) {
    logTable_ = makeTokenTable(4, QStringLiteral("logTable"));
    auto* copy = makeButton(QStringLiteral("copyReportButton"));
    auto* save = makeButton(QStringLiteral("saveReportButton"));
    translated([=, this] {
        setTitle(tr("Activity"));
        logTable_->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Result"), tr("Details")});
        logTable_->setAccessibleName(tr("Activity log"));
        // No mnemonics: they repeat File → Copy report and Save report (Ctrl+S), and every
        // letter of theirs is taken by the window's other labels.
        setLabel(copy, tr("Copy report"));
        setLabel(save, tr("Save report…"));
    });
    connect(copy, &QPushButton::clicked, this, &ActivityPanel::copyReportRequested);
    connect(save, &QPushButton::clicked, this, &ActivityPanel::saveReportRequested);
    connect(logTable_, &QTableWidget::cellDoubleClicked, this, [this](int row) { showEntry(row); });
    connect(logTable_, &QTableWidget::cellActivated, this, [this](int row) { showEntry(row); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(logTable_);
    layout->addLayout(buttons);
}

const ActivityEntry& ActivityPanel::add(const Outcome& outcome) {
    log_.add(outcome);
    addRow(log_.entries().back());
    logTable_->scrollToBottom();
    return log_.entries().back();
}

int ActivityPanel::heightForRows(int rows) const {
    const int table = logTable_->horizontalHeader()->sizeHint().height() +
                      rows * logTable_->verticalHeader()->defaultSectionSize() +
                      logTable_->horizontalScrollBar()->sizeHint().height() + 2 * logTable_->frameWidth();
    // The box's title, margins and buttons around the table.
    return table + std::max(0, height() - logTable_->height());
}

void ActivityPanel::retranslated() {
    logTable_->setRowCount(0);
    for (const auto& entry : log_.entries()) addRow(entry);
}

void ActivityPanel::addRow(const ActivityEntry& entry) {
    // What happened is recorded in the language of the moment; the action, the result and the
    // decoded error follow the current one.
    const Outcome& outcome = entry.outcome;
    const int row = logTable_->rowCount();
    logTable_->insertRow(row);
    const QString details = outcome.error ? ActivityLog::errorText(*outcome.error) : outcome.detail;
    logTable_->setItem(row, 0, tableItem(entry.time.toString(QStringLiteral("HH:mm:ss"))));
    logTable_->setItem(row, 1, tableItem(ActivityLog::actionText(entry)));
    auto* resultItem = tableItem(ActivityLog::resultText(outcome));
    // A failure is red with its own icon, never the grey of "not held"; a cancel stays grey.
    const QString mark = outcome.ok          ? QStringLiteral("enabled")
                         : outcome.cancelled ? QStringLiteral("not-held")
                                             : QStringLiteral("failed");
    resultItem->setIcon(icon(mark));
    resultItem->setData(Qt::UserRole, mark);
    if (!outcome.ok && !outcome.cancelled) resultItem->setForeground(kErrorColour);
    logTable_->setItem(row, 2, resultItem);
    logTable_->setItem(row, 3, tableItem(QString(details).replace(QLatin1Char('\n'), QStringLiteral(" — ")), details));
    // Time, action and result whole ("Disable privilege — …" was cut); the details take the rest
    // and are whole in the tool tip and on a double-click.
    for (int column = 0; column < 3; ++column) {
        const int need = static_cast<QAbstractItemView*>(logTable_)->sizeHintForColumn(column);
        if (need > logTable_->columnWidth(column)) logTable_->setColumnWidth(column, need);
    }
}

void ActivityPanel::showEntry(int row) {
    const auto& entries = log_.entries();
    if (row < 0 || row >= static_cast<int>(entries.size())) return;
    const ActivityEntry& entry = entries[static_cast<std::size_t>(row)];
    const Outcome& outcome = entry.outcome;
    QString body = QStringLiteral("%1\n%2: %3\n\n")
                       .arg(entry.time.toString(Qt::ISODate), ActivityLog::actionText(entry),
                            ActivityLog::resultText(outcome));
    if (!outcome.detail.isEmpty()) body += outcome.detail + QStringLiteral("\n\n");
    if (outcome.error) body += ActivityLog::errorText(*outcome.error);
    auto* dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("logEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Activity entry"));
    auto* view = new QPlainTextEdit(body.trimmed());
    view->setObjectName(QStringLiteral("logEntryText"));
    view->setReadOnly(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(close);
    dialog->resize(640, 360);
    dialog->show();
}

}  // namespace tokenscope::gui
