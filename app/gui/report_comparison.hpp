// Tools → Compare reports…: two saved reports side by side, what differs highlighted, as
// `tokenscope-cli diff A.json B.json` shows it. A report is what the process browser's Save…
// writes, or `tokenscope-cli whoami --json` (with or without --pid) or `privileges --json`.
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "tokenscope/result.hpp"
#include "tokenscope/token_diff.hpp"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tokenscope::gui {

// A saved report read back, labelled with its path. Read through Qt, so any path the user
// can choose works (Windows paths outside the ANSI code page too); a missing or unreadable file,
// one larger than a report can be, or one that is not a report gives an error naming the file.
[[nodiscard]] Result<TokenSnapshot> readReportFile(const QString& path);
// Why a report could not be read: what is wrong with which file first, then the error and the hint.
[[nodiscard]] QString reportErrorText(const Error& error);

class ReportComparison : public QWidget {
    Q_OBJECT

public:
    explicit ReportComparison(QWidget* parent = nullptr);

    // Sets both files and compares them; false when either is not a report (the reason is shown).
    bool compareFiles(const QString& left, const QString& right);

    [[nodiscard]] const std::vector<TokenDifference>& differences() const { return differences_; }
    [[nodiscard]] QString summary() const;
    // True when the last comparison failed: summary() then says why.
    [[nodiscard]] bool failed() const { return failed_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void compare();
    void browse(QLineEdit* edit);

    QLabel* leftLabel_ = nullptr;
    QLineEdit* leftEdit_ = nullptr;
    QPushButton* leftBrowse_ = nullptr;
    QLabel* rightLabel_ = nullptr;
    QLineEdit* rightEdit_ = nullptr;
    QPushButton* rightBrowse_ = nullptr;
    QPushButton* swapButton_ = nullptr;
    QLabel* summaryLabel_ = nullptr;
    QTableWidget* table_ = nullptr;
    std::vector<TokenDifference> differences_;
    bool failed_ = false;
};

}  // namespace tokenscope::gui
