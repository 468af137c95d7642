// A password field whose typed characters never enter Qt's text buffers.
//
// QLineEdit keeps its text in a QString that grows (leaving freed copies of every prefix behind)
// and records each keystroke in its undo history. This field takes each typed character straight
// from the key event into a tokenscope::Password (wiped as it grows and when taken), and shows
// only as many placeholder characters as were typed, masked as usual. Editing is what a password
// needs: type, Backspace, Ctrl+Backspace or Ctrl+U to clear, paste; no cursor movement, undo,
// drag and drop, middle-click paste or input method.
#pragma once

#include <QLineEdit>
#include <vector>

#include "tokenscope/logon.hpp"

namespace tokenscope::gui {

class PasswordField : public QLineEdit {
    Q_OBJECT

public:
    explicit PasswordField(QWidget* parent = nullptr);

    // Moves the password out and empties the field (text and undo history).
    [[nodiscard]] tokenscope::Password take();
    // Empties the field and wipes what was typed.
    void wipe();
    [[nodiscard]] bool hasPassword() const noexcept { return !password_.empty(); }

    // The most a password may be, in bytes of UTF-8.
    static constexpr std::size_t kMaxBytes = 1024;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void append(const QString& text);
    void showLength();

    tokenscope::Password password_;
    std::vector<unsigned char> widths_;  // UTF-8 bytes of each typed character, for Backspace
};

}  // namespace tokenscope::gui
