// What every panel of the main window shares: a titled box that keeps its own texts in the
// current language, and the small widget helpers the panels build with.
//
// Each panel (logon, effective user, privileges, as the user, activity) is fed the session
// worker's state and the outcomes of its actions as core's platform-neutral values, and asks for
// actions with signals; MainWindow lays the panels out and wires them to the SessionController.
#pragma once

#include <QColor>
#include <QGroupBox>
#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tokenscope::gui {

// A status bar message that is built again in a new language while it shows.
using StatusText = std::function<QString()>;

class Panel : public QGroupBox {
    Q_OBJECT

public:
    explicit Panel(const QString& objectName, QWidget* parent = nullptr);

signals:
    // A message for the window's status bar (a problem with the input, what was done).
    void statusRequested(tokenscope::gui::StatusText message);

protected:
    // Runs `apply` now and again on every language change (it sets one widget's texts).
    void translated(std::function<void()> apply);
    // After the fixed texts of a new language are set: show the panel's data again.
    virtual void retranslated() {}
    void changeEvent(QEvent* event) override;

private:
    std::vector<std::function<void()>> retranslations_;
};

// The colour of a failure's text, and of nothing else.
inline const QColor kErrorColour(0xb3, 0x26, 0x1e);

// A push button that Enter presses when it has the focus, as Space does.
[[nodiscard]] QPushButton* makeButton(const QString& objectName);
[[nodiscard]] QLineEdit* makeEdit(const QString& objectName);
// A button's label, and the same without its mnemonic as the accessible name.
void setLabel(QPushButton* button, const QString& label);
// A label's text in the error colour (failed) or the window's text colour.
void setFailed(QLabel* label, bool failed);

}  // namespace tokenscope::gui
