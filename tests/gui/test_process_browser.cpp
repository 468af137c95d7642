// The process browser under a real X server, against oracles that are not ours: `ps` (the list,
// each thread's euid), /proc/PID/status (groups, capability masks), `capsh --decode`, `id`;
// processes started by `setpriv` as another user and with a reduced bounding set; a thread of this
// test that switches its uid alone.
#include <sys/syscall.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "process_browser.hpp"
#include "report_comparison.hpp"
#include "run_program.hpp"

using tokenscope::gui::ProcessBrowser;
using tokenscope::gui::ReportComparison;

class TestProcessBrowser : public QObject {
    Q_OBJECT

    static QString run(const QString& program, const QStringList& args) {
        return tokenscope::test::runProgram(program, args);
    }

    // tokenscope-cli's output and exit code: the CLI reads saved reports and live processes on
    // its own, an oracle for what the GUI saves and compares.
    struct CliRun {
        int exitCode = -1;
        QByteArray out;
    };
    static CliRun cli(const QStringList& args) {
        QProcess process;
        process.start(QStringLiteral(TOKENSCOPE_CLI), args);
        if (!process.waitForFinished(10000)) return {};
        return {process.exitCode(), process.readAllStandardOutput()};
    }
    static bool writeFile(const QString& path, const QByteArray& bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // A line of /proc/PID/status without its key ("Groups", "CapPrm").
    static QString status(qint64 pid, const QByteArray& key) {
        QFile file(QStringLiteral("/proc/%1/status").arg(pid));
        if (!file.open(QIODevice::ReadOnly)) return {};
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith(key + ':')) return QString::fromLatin1(line.mid(key.size() + 1)).simplified();
        }
        return {};
    }

    // A process of the test, ended with it.
    struct Started {
        QProcess process;
        explicit Started(const QStringList& command) {
            process.start(command.first(), command.mid(1));
            process.waitForStarted(5000);
        }
        ~Started() {
            process.kill();
            process.waitForFinished(5000);
        }
        [[nodiscard]] qint64 pid() const { return process.processId(); }
    };

    // `sleep 30` as nobody (uid and gid 65534) with the groups `groups` sets ("--clear-groups",
    // "--groups=4,24").
    static QStringList asNobody(const QString& groups) {
        return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), groups,
                QStringLiteral("sleep"), QStringLiteral("30")};
    }

    // Whether the process has become `program` by exec: its command line's first word. Not its
    // name: the kernel sets comm and the new credentials before it fills in the argument pages,
    // so a process named `sleep` may still show an empty command line.
    static bool becomes(qint64 pid, const QString& program) {
        for (int i = 0; i < 200; ++i) {
            QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (file.open(QIODevice::ReadOnly) && QString::fromLocal8Bit(file.readAll().split('\0').first()) == program)
                return true;
            QTest::qWait(10);
        }
        return false;
    }

    // The rows of a table whose column `column` says `value`.
    static QStringList column(QTableWidget* table, int index) {
        QStringList values;
        for (int row = 0; row < table->rowCount(); ++row) values << table->item(row, index)->text();
        return values;
    }

    static QString identityRow(QTableWidget* table, const QString& label) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == label) return table->item(row, 1)->text();
        }
        return {};
    }

private slots:
    void listsWhatPsListsAndFindsThisProcess() {
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.refreshNow();
        const int psCount = static_cast<int>(run(QStringLiteral("ps"), {QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=")})
                                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                                 .size());
        QVERIFY2(std::abs(browser.visibleProcessCount() - psCount) <= 3 + psCount / 20,
                 qPrintable(QStringLiteral("browser %1, ps %2").arg(browser.visibleProcessCount()).arg(psCount)));

        const qint64 self = QCoreApplication::applicationPid();
        browser.setFilter(status(self, "Name"));  // the kernel's short name
        QVERIFY(browser.visibleProcessCount() >= 1);
        QVERIFY(browser.visibleProcessCount() < psCount);
        QVERIFY(browser.selectProcess(self));
        QCOMPARE(browser.shownPid(), self);
        QVERIFY(browser.shownProcess().has_value());
        QCOMPARE(QString::fromStdString(browser.shownProcess()->name), status(self, "Name"));
        auto* identity = browser.findChild<QTableWidget*>(QStringLiteral("processIdentityTable"));
        const QString user = QStringLiteral("%1 (%2)").arg(run(QStringLiteral("id"), {QStringLiteral("-un")}),
                                                           run(QStringLiteral("id"), {QStringLiteral("-u")}));
        QCOMPARE(identityRow(identity, QStringLiteral("User")), user);
        // The thread list: the process, then every thread ps lists (threads may start meanwhile).
        auto* threads = browser.findChild<QTableWidget*>(QStringLiteral("threadsTable"));
        QCOMPARE(threads->rowCount(), static_cast<int>(browser.shownProcess()->threads.size()) + 1);
        QCOMPARE(threads->item(1, 0)->text(), QStringLiteral("Thread %1").arg(self));  // the leader first

        browser.setFilter(QStringLiteral("no process is called this"));
        QCOMPARE(browser.visibleProcessCount(), 0);
        QVERIFY(!browser.selectProcess(self));
    }

    void sortsNumbersAsNumbers() {
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        auto* list = browser.findChild<QTableView*>(QStringLiteral("processList"));
        list->sortByColumn(3, Qt::DescendingOrder);  // threads
        const auto* model = list->model();
        QVERIFY(model->rowCount() > 2);
        for (int row = 1; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row - 1, 3).data().toInt() >= model->index(row, 3).data().toInt());
        }
        list->sortByColumn(0, Qt::AscendingOrder);  // pid: 10 after 9, not after 1
        for (int row = 1; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row - 1, 0).data().toLongLong() < model->index(row, 0).data().toLongLong());
        }
    }

    void anotherUsersProcessShowsItsUserAndGroups() {
        if (::geteuid() != 0) QSKIP("starting a process as another user needs root");
        Started sleeper(asNobody(QStringLiteral("--groups=4,24")));
        QVERIFY(becomes(sleeper.pid(), QStringLiteral("sleep")));
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(sleeper.pid()));
        auto* list = browser.findChild<QTableView*>(QStringLiteral("processList"));
        QCOMPARE(list->model()->index(list->currentIndex().row(), 2).data().toString(),
                 run(QStringLiteral("id"), {QStringLiteral("-un"), QStringLiteral("65534")}));
        auto* identity = browser.findChild<QTableWidget*>(QStringLiteral("processIdentityTable"));
        QVERIFY(identityRow(identity, QStringLiteral("User")).endsWith(QStringLiteral("(65534)")));
        QCOMPARE(identityRow(identity, QStringLiteral("uid r/e/s/fs")), QStringLiteral("65534 / 65534 / 65534 / 65534"));
        auto* groups = browser.findChild<QTableWidget*>(QStringLiteral("processGroupsTable"));
        QStringList shown = column(groups, 1);
        QStringList kernel = status(sleeper.pid(), "Groups").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        shown.sort();
        kernel.sort();
        QCOMPARE(shown, kernel);
        QCOMPARE(kernel, (QStringList{QStringLiteral("24"), QStringLiteral("4")}));
    }

    void comparingTwoProcessesShowsExactlyWhatSetprivMadeDifferent() {
        if (::geteuid() != 0) QSKIP("starting a process as another user needs root");
        Started plain(asNobody(QStringLiteral("--clear-groups")));
        Started grouped(asNobody(QStringLiteral("--groups=4,24")));
        QVERIFY(becomes(plain.pid(), QStringLiteral("sleep")));
        QVERIFY(becomes(grouped.pid(), QStringLiteral("sleep")));
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(plain.pid()));
        browser.markForCompare();
        QVERIFY(browser.differences().empty());  // itself
        QVERIFY(browser.selectProcess(grouped.pid()));
        // The oracle: the groups the kernel lists for the right one and not for the left one.
        QStringList onlyRight = status(grouped.pid(), "Groups").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& gid : status(plain.pid(), "Groups").split(QLatin1Char(' '), Qt::SkipEmptyParts))
            onlyRight.removeAll(gid);
        QStringList added;
        for (const auto& difference : browser.differences()) {
            QCOMPARE(QString::fromStdString(difference.section), QStringLiteral("groups"));
            QVERIFY(difference.kind == tokenscope::DifferenceKind::Added);
            added << QString::fromStdString(difference.key);
        }
        added.sort();
        onlyRight.sort();
        QCOMPARE(added, onlyRight);
        QCOMPARE(added, (QStringList{QStringLiteral("24"), QStringLiteral("4")}));
        auto* table = browser.findChild<QTableWidget*>(QStringLiteral("differencesTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("+"));
        QVERIFY2(browser.compareSummary().contains(QStringLiteral("2 differences")), qPrintable(browser.compareSummary()));
        browser.clearMark();
        QVERIFY(browser.differences().empty());
    }

    void aSavedTokenIsWhatTheKernelSaysAndWhatDiffReadsBack() {
        const bool root = ::geteuid() == 0;
        Started sleeper(root ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                           QStringLiteral("--regid=65534"), QStringLiteral("--groups=4,24"),
                                           QStringLiteral("sleep"), QStringLiteral("30")}
                             : QStringList{QStringLiteral("sleep"), QStringLiteral("30")});
        QVERIFY(becomes(sleeper.pid(), QStringLiteral("sleep")));
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(sleeper.pid()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sleeper.json"));
        QVERIFY2(browser.saveReport(path), qPrintable(browser.reportError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        // The oracle: the kernel's /proc for the ids, groups, threads and capabilities.
        QCOMPARE(saved[QStringLiteral("pid")].toInteger(), sleeper.pid());
        const QJsonObject process = saved[QStringLiteral("process")].toObject();
        QCOMPARE(QString::number(process[QStringLiteral("uid")].toInteger()),
                 status(sleeper.pid(), "Uid").split(QLatin1Char(' ')).at(1));
        QStringList groups;
        for (const auto& group : process[QStringLiteral("groups")].toArray())
            groups << QString::number(group.toObject()[QStringLiteral("id")].toInteger());
        QCOMPARE(groups.join(QLatin1Char(' ')), status(sleeper.pid(), "Groups"));
        QCOMPARE(saved[QStringLiteral("threads")].toArray().size(),
                 QDir(QStringLiteral("/proc/%1/task").arg(sleeper.pid())).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        QStringList held;
        for (const auto& privilege : saved[QStringLiteral("privileges")].toArray()) {
            if (privilege.toObject()[QStringLiteral("held")].toBool())
                held << privilege.toObject()[QStringLiteral("name")].toString().toLower();
        }
        const QString decoded = run(QStringLiteral("capsh"), {QStringLiteral("--decode=") + status(sleeper.pid(), "CapPrm")});
        QStringList expected = decoded.mid(decoded.indexOf(QLatin1Char('=')) + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        held.sort();
        expected.sort();
        QCOMPARE(held, expected);
        // diff reads the file as it reads its own reports: identical to the live process.
        const CliRun same = cli({QStringLiteral("diff"), path, QStringLiteral("pid:%1").arg(sleeper.pid())});
        QVERIFY2(same.exitCode == 0, same.out.constData());
        // A file that cannot be written is an error, said.
        QVERIFY(!browser.saveReport(dir.filePath(QStringLiteral("no-such-folder/x.json"))));
        QVERIFY(browser.reportError().contains(QStringLiteral("no-such-folder")));
    }

    void aSavedReportComparedWithTheShownProcessShowsWhatChanged() {
        if (::geteuid() != 0) QSKIP("starting a process as another user needs root");
        Started plain(asNobody(QStringLiteral("--clear-groups")));
        Started grouped(asNobody(QStringLiteral("--groups=4,24")));
        QVERIFY(becomes(plain.pid(), QStringLiteral("sleep")));
        QVERIFY(becomes(grouped.pid(), QStringLiteral("sleep")));
        QTemporaryDir dir;
        // Saved by the CLI, compared in the GUI.
        const QString saved = dir.filePath(QStringLiteral("plain.json"));
        const CliRun whoami = cli({QStringLiteral("whoami"), QStringLiteral("--pid"), QString::number(plain.pid()),
                                   QStringLiteral("--json")});
        QCOMPARE(whoami.exitCode, 0);
        QVERIFY(writeFile(saved, whoami.out));
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(grouped.pid()));
        QVERIFY2(browser.compareWithReport(saved), qPrintable(browser.reportError()));
        QStringList added;
        for (const auto& difference : browser.differences()) {
            QCOMPARE(QString::fromStdString(difference.section), QStringLiteral("groups"));
            added << QString::fromStdString(difference.key);
        }
        added.sort();
        QCOMPARE(added, (QStringList{QStringLiteral("24"), QStringLiteral("4")}));
        QVERIFY2(browser.compareSummary().contains(saved), qPrintable(browser.compareSummary()));
        // whoami's report has no privileges: the summary says they were not compared.
        QVERIFY2(browser.compareSummary().contains(QStringLiteral("privileges")), qPrintable(browser.compareSummary()));

        // Files that are not reports are refused with the reason, and nothing is compared.
        const QString text = dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(writeFile(text, "not json at all"));
        const QString error = dir.filePath(QStringLiteral("error.json"));
        QVERIFY(writeFile(error, cli({QStringLiteral("whoami"), QStringLiteral("--pid"), QStringLiteral("0"),
                                      QStringLiteral("--json")}).out));
        for (const QString& bad : {text, error, dir.filePath(QStringLiteral("missing.json")), dir.path()}) {
            QVERIFY2(!browser.compareWithReport(bad), qPrintable(bad));
            QVERIFY(browser.differences().empty());
            QVERIFY2(browser.compareSummary().contains(bad), qPrintable(browser.compareSummary()));
            QCOMPARE(browser.reportError(), browser.compareSummary());
        }
        // Compare with this starts afresh.
        browser.markForCompare();
        QVERIFY(browser.reportError().isEmpty());
        QVERIFY(browser.differences().empty());
    }

    void twoSavedReportsSideBySideAreWhatDiffSays() {
        if (::geteuid() != 0) QSKIP("starting a process as another user needs root");
        Started left(asNobody(QStringLiteral("--clear-groups")));
        Started right({QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=100"),
                       QStringLiteral("--groups=4"), QStringLiteral("--inh-caps=-all"),
                       QStringLiteral("--bounding-set=-all,+chown"), QStringLiteral("sleep"), QStringLiteral("30")});
        QVERIFY(becomes(left.pid(), QStringLiteral("sleep")));
        QVERIFY(becomes(right.pid(), QStringLiteral("sleep")));
        QTemporaryDir dir;
        // The left one saved by the GUI, the right one by the CLI's privileges and whoami.
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(left.pid()));
        const QString leftPath = dir.filePath(QStringLiteral("left.json"));
        QVERIFY(browser.saveReport(leftPath));
        const QString rightPath = dir.filePath(QStringLiteral("right.json"));
        QVERIFY(writeFile(rightPath, cli({QStringLiteral("whoami"), QStringLiteral("--pid"),
                                          QString::number(right.pid()), QStringLiteral("--json")}).out));
        ReportComparison comparison;
        comparison.show();
        QVERIFY2(comparison.compareFiles(leftPath, rightPath), qPrintable(comparison.summary()));
        // The oracle: diff, run on the same two files.
        const CliRun diff = cli({QStringLiteral("diff"), leftPath, rightPath, QStringLiteral("--json")});
        QCOMPARE(diff.exitCode, 1);
        const QJsonArray expected = QJsonDocument::fromJson(diff.out).object()[QStringLiteral("differences")].toArray();
        QCOMPARE(static_cast<int>(comparison.differences().size()), expected.size());
        QVERIFY(expected.size() >= 2);  // the primary group and group 4 at least
        auto* table = comparison.findChild<QTableWidget*>(QStringLiteral("reportDifferencesTable"));
        QCOMPARE(table->rowCount(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected[i].toObject();
            const auto& got = comparison.differences()[static_cast<std::size_t>(i)];
            QCOMPARE(QString::fromStdString(got.section), want[QStringLiteral("section")].toString());
            QCOMPARE(QString::fromStdString(got.key), want[QStringLiteral("key")].toString());
            QCOMPARE(QString::fromStdString(got.left), want[QStringLiteral("left")].toString());
            QCOMPARE(QString::fromStdString(got.right), want[QStringLiteral("right")].toString());
            QCOMPARE(table->item(i, 2)->text(), want[QStringLiteral("key")].toString());
        }
        // Now with the right side's privileges saved by the CLI: privileges compared as well.
        QVERIFY(writeFile(rightPath, cli({QStringLiteral("privileges"), QStringLiteral("--pid"),
                                          QString::number(right.pid()), QStringLiteral("--all"),
                                          QStringLiteral("--json")}).out));
        QVERIFY(comparison.compareFiles(leftPath, rightPath));
        const CliRun privileges = cli({QStringLiteral("diff"), leftPath, rightPath, QStringLiteral("--json")});
        const QJsonArray privilegeDifferences =
            QJsonDocument::fromJson(privileges.out).object()[QStringLiteral("differences")].toArray();
        QCOMPARE(static_cast<int>(comparison.differences().size()), privilegeDifferences.size());
        for (const auto& difference : comparison.differences())
            QCOMPARE(QString::fromStdString(difference.section), QStringLiteral("privileges"));
        // A report with nothing in common, or a bad file, is refused and said.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.json")), "{\"threads\": 3}"));
        QVERIFY(!comparison.compareFiles(leftPath, dir.filePath(QStringLiteral("bad.json"))));
        QVERIFY(comparison.failed());
        QVERIFY(comparison.differences().empty());
        QVERIFY2(comparison.summary().contains(QStringLiteral("bad.json")), qPrintable(comparison.summary()));
        QCOMPARE(table->rowCount(), 0);
    }

    void reducedCapabilitiesAreWhatTheKernelSays() {
        if (::geteuid() != 0) QSKIP("needs root's capabilities to reduce");
        Started sleeper({QStringLiteral("setpriv"), QStringLiteral("--inh-caps=-all"),
                         QStringLiteral("--bounding-set=-all,+chown,+setuid"), QStringLiteral("sleep"),
                         QStringLiteral("30")});
        QVERIFY(becomes(sleeper.pid(), QStringLiteral("sleep")));
        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(sleeper.pid()));
        auto* privileges = browser.findChild<QTableWidget*>(QStringLiteral("processPrivilegeTable"));
        QSet<QString> held;
        for (int row = 0; row < privileges->rowCount(); ++row) {
            if (privileges->item(row, 2)->text().startsWith(QLatin1Char('p'))) held << privileges->item(row, 0)->text().toLower();
        }
        // capsh decodes the kernel's permitted mask: "0x…=cap_chown,cap_setuid".
        const QString decoded = run(QStringLiteral("capsh"), {QStringLiteral("--decode=0x") + status(sleeper.pid(), "CapPrm")});
        const QStringList names = decoded.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QCOMPARE(held, QSet<QString>(names.begin(), names.end()));
        QCOMPARE(held, (QSet<QString>{QStringLiteral("cap_chown"), QStringLiteral("cap_setuid")}));
        auto* verdict = browser.findChild<QLabel*>(QStringLiteral("processVerdict"));
        QVERIFY2(verdict->text().contains(QStringLiteral("CAP_SETGID")), qPrintable(verdict->text()));
    }

    void aThreadThatSwitchesItsUidIsMarkedInTheListAndTheThreads() {
        if (::geteuid() != 0) QSKIP("switching a thread's uid needs root");
        std::mutex mutex;
        std::condition_variable changed;
        bool switched = false, done = false;
        std::atomic<long> tid{0};
        std::thread worker([&] {
            tid = ::syscall(SYS_gettid);
            const long rc = ::syscall(SYS_setresuid, -1, 65534, -1);  // this thread only
            std::unique_lock lock(mutex);
            switched = rc == 0;
            changed.notify_all();
            changed.wait(lock, [&] { return done; });
            (void)::syscall(SYS_setresuid, -1, 0, -1);
        });
        {
            std::unique_lock lock(mutex);
            changed.wait_for(lock, std::chrono::seconds(5), [&] { return switched; });
        }
        auto finish = qScopeGuard([&] {
            {
                std::lock_guard lock(mutex);
                done = true;
                changed.notify_all();
            }
            worker.join();
        });
        QVERIFY(switched);
        const qint64 self = QCoreApplication::applicationPid();
        // The oracle: ps's per-thread effective uid.
        const QString perThread = run(QStringLiteral("ps"), {QStringLiteral("-L"), QStringLiteral("-o"),
                                                             QStringLiteral("tid=,euid="), QStringLiteral("-p"), QString::number(self)});
        int psImpersonating = 0;
        for (const QString& line : perThread.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.simplified().section(QLatin1Char(' '), 1) != QStringLiteral("0")) ++psImpersonating;
        }
        QCOMPARE(psImpersonating, 1);

        ProcessBrowser browser;
        browser.setAutoRefresh(false);
        browser.refreshNow();
        QVERIFY(browser.selectProcess(self));
        auto* list = browser.findChild<QTableView*>(QStringLiteral("processList"));
        QCOMPARE(list->model()->index(list->currentIndex().row(), 4).data().toInt(), psImpersonating);
        auto* threads = browser.findChild<QTableWidget*>(QStringLiteral("threadsTable"));
        int marked = 0;
        for (int row = 1; row < threads->rowCount(); ++row) {
            const bool isWorker = threads->item(row, 0)->text() == QStringLiteral("Thread %1").arg(tid.load());
            const bool yes = threads->item(row, 2)->text().startsWith(QStringLiteral("yes"));
            QCOMPARE(yes, isWorker);
            marked += yes ? 1 : 0;
            if (isWorker) QVERIFY(threads->item(row, 0)->font().bold());
        }
        QCOMPARE(marked, 1);
        QVERIFY(browser.selectThread(tid));
        auto* identity = browser.findChild<QTableWidget*>(QStringLiteral("processIdentityTable"));
        QVERIFY(identityRow(identity, QStringLiteral("User")).endsWith(QStringLiteral("(65534)")));
        QVERIFY(identityRow(identity, QStringLiteral("Impersonating")).startsWith(QStringLiteral("yes")));
        // Differences, with nothing marked: the thread against its process. The oracle is ps's
        // euid for the thread; the process (its leader) is root.
        bool userChanged = false, effectiveUid = false;
        for (const auto& difference : browser.differences()) {
            if (difference.section == "user") userChanged = difference.right.find("(65534)") != std::string::npos;
            if (difference.section == "uids" && difference.key == "effective")
                effectiveUid = difference.left == "0" && difference.right == "65534";
        }
        QVERIFY2(userChanged && effectiveUid, qPrintable(browser.compareSummary()));
        QVERIFY(browser.selectThread(0));
        QVERIFY(browser.differences().empty());  // the process against nothing
        QVERIFY(identityRow(identity, QStringLiteral("User")).endsWith(QStringLiteral("(0)")));
        QVERIFY(!browser.selectThread(-5));
    }

    void refreshingFindsANewProcessAndSaysWhenTheShownOneEnds() {
        ProcessBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.refreshNow();
        auto sleeper = std::make_unique<Started>(QStringList{QStringLiteral("sleep"), QStringLiteral("30")});
        const qint64 pid = sleeper->pid();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(browser.selectProcess(pid), 6000);  // the two-second refresh
        QCOMPARE(browser.shownPid(), pid);
        sleeper.reset();  // killed and reaped
        QTRY_VERIFY_WITH_TIMEOUT(!browser.shownError().isEmpty(), 6000);
        QVERIFY2(browser.shownError().contains(QStringLiteral("ERROR_INVALID_PARAMETER")), qPrintable(browser.shownError()));
        QVERIFY(!browser.shownProcess().has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!browser.selectProcess(pid), 6000);
    }
};

QTEST_MAIN(TestProcessBrowser)
#include "test_process_browser.moc"
