// The constants browser (Tools → Constants browser…, `tokenscope --browser`): Pythonwin's tree of
// win32con, for the whole SDK, with the search Pythonwin never had. A query is a name, a glob
// (LOGON32_*), or a value (1326, 0x52E, -5); the list is filtered on every keystroke.
#pragma once

#include <QWidget>

#include "tokenscope/constants.hpp"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace tokenscope::gui {

class ConstantListModel;
class ConstantTreeModel;

class ConstantsBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ConstantsBrowser(QWidget* parent = nullptr);

    // Runs a query as if typed (empty: the tree).
    void setQuery(const QString& query);
    // Selects a constant by exact name and shows its details; false when there is none.
    bool showConstant(const QString& name);
    [[nodiscard]] const Constant* current() const { return current_; }
    [[nodiscard]] QString detailText() const;

    // "#define NAME VALUE", "win32con.NAME", "const uint NAME = 0x…;" for the current constant.
    [[nodiscard]] QString copyText(const QString& language) const;

protected:
    // QEvent::LanguageChange: retranslateUi().
    void changeEvent(QEvent* event) override;

private:
    // Sets every visible string again in the current language (title, labels, buttons, the
    // count, the column headers and the detail pane).
    void retranslateUi();
    void filter(const QString& query);
    void showDetails(const Constant* constant);

    const ConstantIndex& index_;
    QLineEdit* searchEdit_ = nullptr;
    QLabel* searchLabel_ = nullptr;
    QLabel* copyLabel_ = nullptr;
    QList<QPushButton*> copyButtons_;
    QLabel* countLabel_ = nullptr;
    QStackedWidget* views_ = nullptr;
    QTreeView* tree_ = nullptr;
    QTreeView* results_ = nullptr;
    ConstantTreeModel* treeModel_ = nullptr;
    ConstantListModel* listModel_ = nullptr;
    QTextBrowser* details_ = nullptr;
    const Constant* current_ = nullptr;
};

}  // namespace tokenscope::gui
