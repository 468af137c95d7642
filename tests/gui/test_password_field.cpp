// The password field: what is typed goes into a Password, never into the line edit's text.
#include <QApplication>
#include <QClipboard>
#include <QtTest>

#include "password_field.hpp"

using tokenscope::gui::PasswordField;

class TestPasswordField : public QObject {
    Q_OBJECT

    static QString taken(PasswordField& field) {
        auto password = field.take();
        return QString::fromUtf8(password.view().data(), static_cast<qsizetype>(password.size()));
    }

    // Key events carrying any text (QTest::keyClicks maps ASCII only), as a keyboard layout sends them.
    static void type(QWidget& field, const QString& text) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype length = text.at(i).isHighSurrogate() ? 2 : 1;
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text.mid(i, length));
            QApplication::sendEvent(&field, &press);
            i += length - 1;
        }
    }

private slots:
    void typedCharactersGoToThePasswordAndTheTextHoldsOnlyPlaceholders() {
        PasswordField field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QTest::keyClicks(&field, QStringLiteral("Secret-1"));
        QCOMPARE(field.text(), QStringLiteral("xxxxxxxx"));
        QCOMPARE(field.echoMode(), QLineEdit::Password);
        QVERIFY(!field.isUndoAvailable());
        QVERIFY(field.hasPassword());
        QCOMPARE(taken(field), QStringLiteral("Secret-1"));
        QVERIFY(field.text().isEmpty());
        QVERIFY(!field.hasPassword());
        QCOMPARE(taken(field), QString());  // taken once only
    }

    void backspaceRemovesWholeCharactersAndControlUClears() {
        PasswordField field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        type(field, QStringLiteral("pä\U0001F511x"));  // 1-, 2- and 4-byte UTF-8
        QCOMPARE(field.text().size(), 4);
        QTest::keyClick(&field, Qt::Key_Backspace);
        QTest::keyClick(&field, Qt::Key_Left);  // no cursor movement: typing still appends
        QTest::keyClicks(&field, QStringLiteral("z"));
        QCOMPARE(taken(field), QStringLiteral("pä\U0001F511z"));

        QTest::keyClicks(&field, QStringLiteral("abc"));
        QTest::keyClick(&field, Qt::Key_U, Qt::ControlModifier);
        QVERIFY(field.text().isEmpty());
        QCOMPARE(taken(field), QString());
        QTest::keyClicks(&field, QStringLiteral("abc"));
        QTest::keyClick(&field, Qt::Key_Backspace, Qt::ControlModifier);
        QCOMPARE(taken(field), QString());
    }

    void pasteAppendsAndReturnStillSignals() {
        PasswordField field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QGuiApplication::clipboard()->setText(QStringLiteral("from-clipboard"));
        QTest::keyClicks(&field, QStringLiteral("a"));
        QTest::keyClick(&field, Qt::Key_V, Qt::ControlModifier);
        QGuiApplication::clipboard()->clear();
        QSignalSpy returned(&field, &QLineEdit::returnPressed);
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(returned.count(), 1);
        QCOMPARE(taken(field), QStringLiteral("afrom-clipboard"));
    }

    void aPasswordIsBounded() {
        PasswordField field;
        QTest::keyClicks(&field, QString(2000, QLatin1Char('a')));
        QCOMPARE(taken(field).size(), static_cast<qsizetype>(PasswordField::kMaxBytes));
    }
};

QTEST_MAIN(TestPasswordField)
#include "test_password_field.moc"
