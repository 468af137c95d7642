// The activity log and its report: pure logic, no window.
#include <QJsonArray>
#include <QtTest>

#include "activity_log.hpp"
#include "tokenscope/errors.hpp"

using tokenscope::gui::ActivityLog;
using tokenscope::gui::Outcome;
using tokenscope::gui::WorkerState;

class TestActivityLog : public QObject {
    Q_OBJECT

private slots:
    void errorsShowNameCodeMessageNativeAndHint() {
        const auto error = tokenscope::makeError(1326, "PAM_AUTH_ERR (7): Authentication failure", "Check the password.");
        const QString shown = ActivityLog::errorText(error);
        QVERIFY(shown.contains(QStringLiteral("ERROR_LOGON_FAILURE (1326)")));
        QVERIFY(shown.contains(QStringLiteral("The user name or password is incorrect.")));
        QVERIFY(shown.contains(QStringLiteral("PAM_AUTH_ERR (7)")));
        QVERIFY(shown.contains(QStringLiteral("Check the password.")));
    }

    void markdownReportHasOneRowPerActionWithEscapedCells() {
        ActivityLog log;
        Outcome ok;
        ok.action = QStringLiteral("Log on");
        ok.ok = true;
        ok.detail = QStringLiteral("Logged on as a|b\nsecond line");
        log.add(ok, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)));
        Outcome failed;
        failed.action = QStringLiteral("Impersonate");
        failed.error = tokenscope::makeError(1314, "CAP_SETUID is not held", "Run as root.");
        log.add(failed);

        WorkerState state;
        const QString md = log.toMarkdown(state);
        QVERIFY(md.startsWith(QStringLiteral("# TokenScope report")));
        QVERIFY(md.contains(QStringLiteral("| 2026-01-02T03:04:05 | Log on | ok | Logged on as a\\|b second line |")));
        QVERIFY(md.contains(QStringLiteral("| Impersonate | failed | ERROR_PRIVILEGE_NOT_HELD (1314)")));
        QVERIFY(md.contains(QStringLiteral("- Logged on: no")));
    }

    void jsonReportCarriesDecodedErrors() {
        ActivityLog log;
        Outcome failed;
        failed.action = QStringLiteral("Log on");
        failed.error = tokenscope::makeError(1326, "PAM_AUTH_ERR (7)", "hint");
        log.add(failed);
        WorkerState state;
        state.loggedOn = true;
        state.user = QStringLiteral("alice");
        state.uid = 1000;
        const QJsonObject json = log.toJson(state);
        QCOMPARE(json[QStringLiteral("logged_on")].toBool(), true);
        QCOMPARE(json[QStringLiteral("logon")][QStringLiteral("user")].toString(), QStringLiteral("alice"));
        const QJsonArray activity = json[QStringLiteral("activity")].toArray();
        QCOMPARE(activity.size(), 1);
        const QJsonObject error = activity[0][QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toInt(), 1326);
        QCOMPARE(error[QStringLiteral("name")].toString(), QStringLiteral("ERROR_LOGON_FAILURE"));
        QCOMPARE(error[QStringLiteral("native")].toString(), QStringLiteral("PAM_AUTH_ERR (7)"));
        QVERIFY(json.contains(QStringLiteral("process")));
    }
};

QTEST_MAIN(TestActivityLog)
#include "test_activity_log.moc"
