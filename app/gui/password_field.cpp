#include "password_field.hpp"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <algorithm>
#include <array>

namespace tokenscope::gui {
namespace {

// One character (a UTF-16 code unit or a surrogate pair) as UTF-8, in a small stack buffer.
std::size_t toUtf8(char32_t code, std::array<char, 4>& out) {
    if (code < 0x80) {
        out[0] = static_cast<char>(code);
        return 1;
    }
    if (code < 0x800) {
        out[0] = static_cast<char>(0xC0 | (code >> 6));
        out[1] = static_cast<char>(0x80 | (code & 0x3F));
        return 2;
    }
    if (code < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (code >> 12));
        out[1] = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (code & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (code >> 18));
    out[1] = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (code & 0x3F));
    return 4;
}

}  // namespace

PasswordField::PasswordField(QWidget* parent) : QLineEdit(parent) {
    setEchoMode(QLineEdit::Password);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setAcceptDrops(false);
    setDragEnabled(false);
    setContextMenuPolicy(Qt::NoContextMenu);
}

tokenscope::Password PasswordField::take() {
    tokenscope::Password taken = std::move(password_);
    password_ = tokenscope::Password();
    std::fill(widths_.begin(), widths_.end(), 0);
    widths_.clear();
    setText(QString());  // setText also clears QLineEdit's undo history
    return taken;
}

void PasswordField::wipe() {
    tokenscope::Password gone = take();
    gone.wipe();
}

void PasswordField::append(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text.at(i).unicode();
        if (QChar::isHighSurrogate(code) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        if (code < 0x20 || code == 0x7F || QChar::isSurrogate(code)) continue;  // no control characters
        std::array<char, 4> bytes{};
        const std::size_t width = toUtf8(code, bytes);
        code = 0;
        if (password_.size() + width > kMaxBytes) break;
        for (std::size_t b = 0; b < width; ++b) password_.push_back(bytes[b]);
        std::fill(bytes.begin(), bytes.end(), '\0');
        widths_.push_back(static_cast<unsigned char>(width));
    }
    showLength();
}

void PasswordField::showLength() {
    // Placeholders only: what the field shows (masked) and holds is never the password.
    setText(QString(static_cast<qsizetype>(widths_.size()), QLatin1Char('x')));
}

void PasswordField::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Paste)) {
        QString pasted = QGuiApplication::clipboard()->text();
        append(pasted);
        std::fill(pasted.begin(), pasted.end(), QChar(u'\0'));
        event->accept();
        return;
    }
    const auto key = event->key();
    const auto modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::GroupSwitchModifier);
    if (key == Qt::Key_Backspace && modifiers == Qt::NoModifier) {
        if (!widths_.empty()) {
            for (unsigned char b = 0; b < widths_.back(); ++b) password_.pop_back();
            widths_.pop_back();
            showLength();
        }
        event->accept();
        return;
    }
    if ((key == Qt::Key_Backspace && modifiers == Qt::ControlModifier) ||
        (key == Qt::Key_U && modifiers == Qt::ControlModifier) ||
        event->matches(QKeySequence::DeleteCompleteLine)) {
        wipe();
        event->accept();
        return;
    }
    // Enter, Escape, Tab and shortcuts go on as in any line edit; cursor keys, Delete, undo and
    // the like have nothing to do here.
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape || key == Qt::Key_Tab ||
        key == Qt::Key_Backtab) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    const bool typed = !event->text().isEmpty() &&
                       (modifiers & (Qt::ControlModifier | Qt::MetaModifier)) == 0 &&
                       event->text().at(0).unicode() >= 0x20;
    if (typed) append(event->text());
    event->accept();
}

void PasswordField::inputMethodEvent(QInputMethodEvent* event) { event->ignore(); }

void PasswordField::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {  // X11 selection paste: not into a password
        event->accept();
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

void PasswordField::contextMenuEvent(QContextMenuEvent* event) { event->ignore(); }

}  // namespace tokenscope::gui
