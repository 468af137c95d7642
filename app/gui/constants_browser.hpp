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
class QTimer;
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
    // The detail pane's text. The pane is filled when typing pauses (see scheduleDetails); reading
    // it fills a pending one first, so this is always the detail of current().
    [[nodiscard]] QString detailText() const;
    // True while the detail pane waits for typing to pause; flushDetails() fills it at once.
    [[nodiscard]] bool detailsPending() const { return detailsPending_; }
    void flushDetails() const;

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
    // Selects a constant and fills the detail pane at once.
    void showDetails(const Constant* constant);
    // Selects a constant at once and fills the detail pane once no other keystroke (or move
    // through the results) has come for kDetailDelayMs, so typing never waits for it.
    void scheduleDetails(const Constant* constant);
    // Renders current_ into the detail pane (logically const: the pane is a view of current_).
    void fillDetails() const;
    // A GUID or property key as C (DEFINE_GUID), C++, Python (pywintypes.IID) or C# write it
    // (language: c, cpp, python, csharp).
    [[nodiscard]] static QString guidForm(const Constant& constant, const QString& language);
    // Event 4625's explanation of the NTSTATUS `status` with the Sub Status and Logon Type typed.
    [[nodiscard]] QString logonFailureHtml(std::uint32_t status) const;

    const ConstantIndex& index_;
    QLineEdit* searchEdit_ = nullptr;
    QLabel* searchLabel_ = nullptr;
    QLabel* copiedLabel_ = nullptr;  // "Copied: …" after a copy
    QLabel* copyLabel_ = nullptr;
    QList<QPushButton*> copyButtons_;
    QLabel* countLabel_ = nullptr;
    QStackedWidget* views_ = nullptr;
    QTreeView* tree_ = nullptr;
    QTreeView* results_ = nullptr;
    ConstantTreeModel* treeModel_ = nullptr;
    ConstantListModel* listModel_ = nullptr;
    QTextBrowser* details_ = nullptr;
    // Event 4625's Sub Status and Logon Type, shown for an NTSTATUS: the pair explained in the pane.
    QWidget* eventRow_ = nullptr;
    QLabel* subStatusLabel_ = nullptr;
    QLineEdit* subStatusEdit_ = nullptr;
    QLabel* logonTypeLabel_ = nullptr;
    QLineEdit* logonTypeEdit_ = nullptr;
    QTimer* detailTimer_ = nullptr;
    const Constant* current_ = nullptr;
    mutable bool detailsPending_ = false;
};

}  // namespace tokenscope::gui
