#include "panel.hpp"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tokenscope::gui {

Panel::Panel(const QString& objectName, QWidget* parent) : QGroupBox(parent) { setObjectName(objectName); }

void Panel::translated(std::function<void()> apply) {
    apply();
    retranslations_.push_back(std::move(apply));
}

void Panel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& apply : retranslations_) apply();
        retranslated();
    }
    QGroupBox::changeEvent(event);
}

QPushButton* makeButton(const QString& objectName) {
    auto* button = new QPushButton;
    button->setObjectName(objectName);
    // Enter on a focused button presses it, as Space does (outside dialogs Qt needs this).
    button->setAutoDefault(true);
    return button;
}

QLineEdit* makeEdit(const QString& objectName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}

void setLabel(QPushButton* button, const QString& label) {
    button->setText(label);
    button->setAccessibleName(QString(label).remove(QLatin1Char('&')));
}

void setFailed(QLabel* label, bool failed) {
    if (!failed) {
        label->setPalette(QPalette());  // nothing of its own: the window's colours
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorColour);
    label->setPalette(palette);
}

}  // namespace tokenscope::gui
