#include "report_comparison.hpp"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "saved_report.hpp"
#include "token_text.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope::gui {

Result<TokenSnapshot> readReportFile(const QString& path) {
    const std::string shown = QDir::toNativeSeparators(path).toStdString();
    const QFileInfo info(path);
    if (info.isDir()) return makeError(win32::kInvalidData, shown + ": a folder, not a saved report");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool missing = !info.exists();
        return makeError(missing ? win32::kFileNotFound : win32::kAccessDenied,
                         shown + ": " + file.errorString().toStdString());
    }
    // A file that grows, or a pipe, is read only up to the limit and one byte more.
    const QByteArray bytes = file.read(static_cast<qint64>(cli::kMaxSavedReportBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(win32::kInvalidData, shown + ": " + file.errorString().toStdString());
    // The label, shown beside the differences and in errors, is the whole path, as diff's is.
    return cli::parseSavedReport(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), shown);
}

QString reportErrorText(const Error& error) {
    QStringList lines;
    if (!error.native.empty()) lines << text(error.native);
    lines << text(error.summary());
    if (!error.hint.empty()) lines << text(error.hint);
    return lines.join(QStringLiteral("\n"));
}

ReportComparison::ReportComparison(QWidget* parent) : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("reportComparison"));
    auto makeRow = [this](QLabel*& label, QLineEdit*& edit, QPushButton*& button, const QString& name) {
        edit = new QLineEdit;
        edit->setObjectName(name + QStringLiteral("Path"));
        edit->setClearButtonEnabled(true);
        label = new QLabel;
        label->setBuddy(edit);
        button = new QPushButton;
        button->setObjectName(name + QStringLiteral("Browse"));
        connect(edit, &QLineEdit::editingFinished, this, &ReportComparison::compare);
        QLineEdit* target = edit;
        connect(button, &QPushButton::clicked, this, [this, target] { browse(target); });
    };
    makeRow(leftLabel_, leftEdit_, leftBrowse_, QStringLiteral("left"));
    makeRow(rightLabel_, rightEdit_, rightBrowse_, QStringLiteral("right"));
    swapButton_ = new QPushButton;
    swapButton_->setObjectName(QStringLiteral("swapReports"));
    connect(swapButton_, &QPushButton::clicked, this, [this] {
        const QString left = leftEdit_->text();
        leftEdit_->setText(rightEdit_->text());
        rightEdit_->setText(left);
        compare();
    });
    summaryLabel_ = new QLabel;
    summaryLabel_->setObjectName(QStringLiteral("comparisonSummary"));
    summaryLabel_->setWordWrap(true);
    summaryLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_ = makeTokenTable(5, QStringLiteral("reportDifferencesTable"));

    auto* grid = new QGridLayout;
    grid->addWidget(leftLabel_, 0, 0);
    grid->addWidget(leftEdit_, 0, 1);
    grid->addWidget(leftBrowse_, 0, 2);
    grid->addWidget(rightLabel_, 1, 0);
    grid->addWidget(rightEdit_, 1, 1);
    grid->addWidget(rightBrowse_, 1, 2);
    grid->addWidget(swapButton_, 0, 3, 2, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(summaryLabel_);
    layout->addWidget(table_, 1);
    resize(900, 560);
    retranslateUi();
}

void ReportComparison::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ReportComparison::retranslateUi() {
    setWindowTitle(tr("TokenScope — Compare reports"));
    leftLabel_->setText(tr("&Left:"));
    rightLabel_->setText(tr("R&ight:"));
    for (auto* edit : {leftEdit_, rightEdit_}) edit->setPlaceholderText(tr("A report saved as JSON"));
    leftEdit_->setAccessibleName(tr("Left report"));
    rightEdit_->setAccessibleName(tr("Right report"));
    leftBrowse_->setText(tr("&Browse…"));
    rightBrowse_->setText(tr("Brow&se…"));
    swapButton_->setText(tr("S&wap"));
    table_->setHorizontalHeaderLabels({QString(), tr("Section"), tr("What"), tr("Left"), tr("Right")});
    table_->setAccessibleName(tr("Differences between the two reports"));
    compare();
}

QString ReportComparison::summary() const { return summaryLabel_->text(); }

void ReportComparison::browse(QLineEdit* edit) {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a saved report"), edit->text(),
                                                      tr("TokenScope reports (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    edit->setText(path);
    compare();
}

bool ReportComparison::compareFiles(const QString& left, const QString& right) {
    leftEdit_->setText(left);
    rightEdit_->setText(right);
    compare();
    return !failed_;
}

void ReportComparison::compare() {
    differences_.clear();
    table_->setRowCount(0);
    failed_ = false;
    summaryLabel_->setStyleSheet(QString());
    const QString leftPath = leftEdit_->text().trimmed(), rightPath = rightEdit_->text().trimmed();
    if (leftPath.isEmpty() || rightPath.isEmpty()) {
        summaryLabel_->setText(tr("Choose two reports: saved by the process browser's Save…, or by "
                                  "tokenscope-cli whoami --json (with or without --pid) or privileges --json."));
        return;
    }
    QStringList problems;
    auto left = readReportFile(leftPath);
    auto right = readReportFile(rightPath);
    for (const auto* side : {&left, &right}) {
        if (!side->ok()) problems << reportErrorText(side->error());
    }
    if (problems.isEmpty() && !haveCommonParts(*left, *right)) {
        problems << tr("The two reports have nothing in common to compare: one holds only an identity, the other "
                       "only privileges.");
    }
    if (!problems.isEmpty()) {
        failed_ = true;
        summaryLabel_->setStyleSheet(QStringLiteral("color: #b00020;"));
        summaryLabel_->setText(problems.join(QStringLiteral("\n")));
        return;
    }
    differences_ = compareTokens(*left, *right);
    summaryLabel_->setText(comparisonSummary(*left, *right, differences_));
    fillDifferencesTable(table_, differences_);
}

}  // namespace tokenscope::gui
