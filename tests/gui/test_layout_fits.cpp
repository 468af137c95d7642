// Every window at 1024×700 in every language: no text is cut off or elided and no label runs into
// its field. Measured with QFontMetrics against the geometry the layouts gave (the labels and
// buttons themselves, line edits' placeholders, table headers and the cells of every column but
// the stretching last one, which keeps its whole text in a tool tip), and a form's label against
// its field's rectangle.
#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>
#include <memory>

#include "constants_browser.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "process_browser.hpp"

using namespace tokenscope::gui;

namespace {

QString plain(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString where(const QWidget* widget) {
    return QStringLiteral("%1 (%2)").arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                                        : widget->objectName(),
                                         widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}

// What does not fit in `window`, one line each.
QStringList unfitting(QWidget* window) {
    QStringList problems;
    for (auto* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            continue;
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text())) continue;
        const QRect room = label->contentsRect();
        for (const QString& line : plain(label->text()).split(QLatin1Char('\n'))) {
            const int need = label->fontMetrics().horizontalAdvance(line);
            if (need > room.width())
                problems << QStringLiteral("label %1: \"%2\" needs %3 px, has %4").arg(where(label), line).arg(need).arg(room.width());
        }
    }
    for (auto* button : window->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty()) continue;
        const int need = button->sizeHint().width();
        if (need > button->width())
            problems << QStringLiteral("button %1: \"%2\" needs %3 px, has %4").arg(where(button), plain(button->text())).arg(need).arg(button->width());
    }
    for (auto* box : window->findChildren<QGroupBox*>()) {
        if (!box->isVisibleTo(window) || box->title().isEmpty()) continue;
        const int need = box->fontMetrics().horizontalAdvance(plain(box->title())) + 16;
        if (need > box->width())
            problems << QStringLiteral("group %1: \"%2\" needs %3 px, has %4").arg(where(box), box->title()).arg(need).arg(box->width());
    }
    for (auto* edit : window->findChildren<QLineEdit*>()) {
        if (!edit->isVisibleTo(window) || edit->placeholderText().isEmpty() || qobject_cast<QComboBox*>(edit->parentWidget()))
            continue;
        const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 8;
        if (need > edit->width())
            problems << QStringLiteral("placeholder %1: \"%2\" needs %3 px, has %4")
                            .arg(where(edit), edit->placeholderText()).arg(need).arg(edit->width());
    }
    for (auto* table : window->findChildren<QTableWidget*>()) {
        if (!table->isVisibleTo(window)) continue;
        QHeaderView* header = table->horizontalHeader();
        const int last = table->columnCount() - 1;
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->isColumnHidden(column)) continue;
            const int width = header->sectionSize(column);
            // The margins Qt's own sizing uses: a header section's on both sides, an item's
            // focus frame and one pixel on both sides.
            const int headerMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            if (const auto* head = table->horizontalHeaderItem(column)) {
                const int need = header->fontMetrics().horizontalAdvance(head->text()) + headerMargin;
                if (need > width)
                    problems << QStringLiteral("header %1 column %2: \"%3\" needs %4 px, has %5")
                                    .arg(where(table)).arg(column).arg(head->text()).arg(need).arg(width);
            }
            if (column == last) continue;  // stretches; its whole text is in the tool tip
            for (int row = 0; row < table->rowCount(); ++row) {
                const auto* item = table->item(row, column);
                if (item == nullptr || item->text().isEmpty()) continue;
                // Capped columns keep their whole text in the tool tip.
                if (item->toolTip() == item->text()) continue;
                const QFont font = item->font();
                const int need = QFontMetrics(font).horizontalAdvance(item->text()) +
                                 (item->icon().isNull() ? 0 : table->iconSize().width() + 4) + cellMargin;
                if (need > width)
                    problems << QStringLiteral("cell %1 (%2, %3): \"%4\" needs %5 px, has %6")
                                    .arg(where(table)).arg(row).arg(column).arg(item->text()).arg(need).arg(width);
            }
        }
    }
    // Tree and list views' headers (the constants browser's results and tree).
    for (auto* view : window->findChildren<QTreeView*>()) {
        if (!view->isVisibleTo(window) || view->model() == nullptr) continue;
        QHeaderView* header = view->header();
        const int headerMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int last = view->model()->columnCount() - 1;
        for (int column = 0; column < last; ++column) {
            if (view->isColumnHidden(column)) continue;
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            const int need = header->fontMetrics().horizontalAdvance(title) + headerMargin;
            if (!title.isEmpty() && need > header->sectionSize(column))
                problems << QStringLiteral("header %1 column %2: \"%3\" needs %4 px, has %5")
                                .arg(where(view)).arg(column).arg(title).arg(need).arg(header->sectionSize(column));
        }
    }
    // A form's label must not run into its field.
    for (auto* form : window->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            auto* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            if (labelItem == nullptr || fieldItem == nullptr || labelItem->widget() == nullptr) continue;
            auto* label = qobject_cast<QLabel*>(labelItem->widget());
            if (label == nullptr || !label->isVisibleTo(window) || label->wordWrap()) continue;
            const int textRight =
                label->geometry().left() + label->fontMetrics().horizontalAdvance(plain(label->text()));
            if (textRight > fieldItem->geometry().left())
                problems << QStringLiteral("form label %1: \"%2\" runs %3 px into its field")
                                .arg(where(label), plain(label->text()))
                                .arg(textRight - fieldItem->geometry().left());
        }
    }
    return problems;
}

}  // namespace

class TestLayoutFits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TokenScopeLayoutTest"));
        QSettings().clear();
    }

    void everyWindowFitsAt1024x700InEveryLanguage_data() {
        QTest::addColumn<QString>("language");
        for (const char* code : {"en", "de", "fr", "ja"}) QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyWindowFitsAt1024x700InEveryLanguage() {
        QFETCH(QString, language);
        QVERIFY(setUiLanguage(language));
        QStringList problems;

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The layouts' minimum sizes allow 1024×700 (no panel forces the window bigger).
        QVERIFY2(window.size() == QSize(1024, 700), qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        QVERIFY(QTest::qWaitFor([&window] { return !window.session().busy(); }, 20000));
        // Something in every table: a probe and the start-up's activity rows.
        window.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(QStringLiteral("/"));
        window.findChild<QPushButton*>(QStringLiteral("probeButton"))->click();
        QVERIFY(QTest::qWaitFor([&window] { return !window.session().busy(); }, 20000));
        QTest::qWait(50);
        // The worker's state filled the tables: still no panel forces the window bigger.
        QVERIFY2(window.size() == QSize(1024, 700),
                 qPrintable(QStringLiteral("after the state: %1×%2").arg(window.width()).arg(window.height())));
        for (const auto& problem : unfitting(&window)) problems << QStringLiteral("main window: ") + problem;

        ConstantsBrowser browser;
        browser.resize(1024, 700);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTest::qWait(50);
        for (const auto& problem : unfitting(&browser)) problems << QStringLiteral("constants browser: ") + problem;

        ProcessBrowser processes;
        processes.resize(1024, 700);
        processes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&processes));
        processes.refresh();
        QTest::qWait(300);
        for (const auto& problem : unfitting(&processes)) problems << QStringLiteral("process browser: ") + problem;

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // At a usual laptop size the window starts with Activity showing six to eight whole rows and
    // every effective-user row up to Impersonating in sight, without scrolling.
    void activityAndIdentityRowsInSightAt1400x900() {
        QVERIFY(setUiLanguage(QStringLiteral("en")));
        QSettings().clear();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&window] { return !window.session().busy(); }, 20000));
        auto* identity = window.findChild<QTableWidget*>(QStringLiteral("identityTable"));
        QVERIFY(QTest::qWaitFor([identity] { return identity->rowCount() > 3; }, 20000));
        QTest::qWait(50);
        QCOMPARE(window.size(), QSize(1400, 900));

        auto* log = window.findChild<QTableWidget*>(QStringLiteral("logTable"));
        const int rowHeight = log->verticalHeader()->defaultSectionSize();
        const int wholeRows = log->viewport()->height() / rowHeight;
        QVERIFY2(wholeRows >= 6 && wholeRows <= 8, qPrintable(QStringLiteral("%1 rows").arg(wholeRows)));

        int impersonating = -1;
        for (int row = 0; row < identity->rowCount(); ++row) {
            if (identity->item(row, 0)->text() == QStringLiteral("Impersonating")) impersonating = row;
        }
        QVERIFY(impersonating > 0);
        const int bottom = identity->rowViewportPosition(impersonating) + identity->rowHeight(impersonating);
        QVERIFY2(identity->rowViewportPosition(0) >= 0 && bottom <= identity->viewport()->height(),
                 qPrintable(QStringLiteral("row bottom %1, viewport %2").arg(bottom).arg(identity->viewport()->height())));
    }

    // Where the user put the splitter between the panels and Activity is where the next start
    // puts it.
    void theSplitterIsRemembered() {
        QSettings().clear();
        QList<int> moved;
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            const QList<int> sizes = splitter->sizes();
            splitter->setSizes({sizes[0] - 60, sizes[1] + 60});
            moved = splitter->sizes();
            window.close();
        }
        MainWindow again;
        again.resize(1400, 900);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), moved);
        QSettings().clear();
    }

    void cleanupTestCase() { setUiLanguage(QStringLiteral("en")); }
};

QTEST_MAIN(TestLayoutFits)
#include "test_layout_fits.moc"
