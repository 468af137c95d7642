#include "main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "constants_browser.hpp"
#include "icons.hpp"
#include "language.hpp"
#include "panels/activity_panel.hpp"
#include "panels/as_user_panel.hpp"
#include "panels/identity_panel.hpp"
#include "panels/logon_panel.hpp"
#include "panels/privilege_panel.hpp"
#include "privilege_hygiene.hpp"
#include "process_browser.hpp"
#include "report_comparison.hpp"
#include "tokenscope/constants.hpp"

namespace tokenscope::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    translated([this] { setWindowTitle(tr("TokenScope")); });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(QStringLiteral("tokenscope")));

    // The thread hardenAtStartup() started with the worker's capabilities, if any.
    session_ = new SessionController(takeSessionThread(), this);

    logon_ = new LogonPanel;
    asUser_ = new AsUserPanel;
    identity_ = new IdentityPanel;
    privileges_ = new PrivilegePanel;
    activity_ = new ActivityPanel;

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(logon_);
    leftLayout->addWidget(asUser_, 1);

    auto* right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("tokenSplitter"));
    right->addWidget(identity_);
    right->addWidget(privileges_);
    right->setStretchFactor(1, 2);
    tokenSplitter_ = right;

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(1, 2);

    mainSplitter_ = new QSplitter(Qt::Vertical);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter_->addWidget(top);
    mainSplitter_->addWidget(activity_);
    // Extra height is shared 3:1 between the panels above and Activity.
    mainSplitter_->setStretchFactor(0, 3);
    mainSplitter_->setStretchFactor(1, 1);
    setCentralWidget(mainSplitter_);
    setTabOrder(logon_->lastInTabOrder(), asUser_->firstInTabOrder());

    busyBar_ = new QProgressBar;
    busyBar_->setObjectName(QStringLiteral("busyBar"));
    busyBar_->setRange(0, 0);
    busyBar_->setMaximumWidth(160);
    busyBar_->hide();
    cancelButton_ = makeButton(QStringLiteral("cancelButton"));
    translated([this] {
        busyBar_->setAccessibleName(tr("Busy"));
        setLabel(cancelButton_, tr("Cancel"));
    });
    cancelButton_->hide();
    statusBar()->addPermanentWidget(busyBar_);
    statusBar()->addPermanentWidget(cancelButton_);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        session_->cancel();
        showStatus([] { return tr("Cancelling: a logon in progress is ended, any other result is discarded."); });
    });

    buildMenus();
    wirePanels();
    // The logon drop-downs are checked against the constants database once it has loaded on a
    // pool thread, so start-up does not wait for it.
    auto* loading = new QFutureWatcher<void>(this);
    connect(loading, &QFutureWatcher<void>::finished, logon_, &LogonPanel::applyConstantValues);
    loading->setFuture(QtConcurrent::run([] { (void)ConstantIndex::instance(); }));

    connect(session_, &SessionController::finished, this, &MainWindow::onFinished);
    connect(session_, &SessionController::stateChanged, this, &MainWindow::onState);
    connect(session_, &SessionController::busyChanged, this, &MainWindow::onBusy);
    if (const auto* hygiene = startupHygiene()) logPrivilegeHygiene(*hygiene);

    resize(1360, 900);
    restoreSettings();
    onBusy(false);
    logon_->focusFirstField();
}

MainWindow::~MainWindow() { session_->shutdown(); }

void MainWindow::wirePanels() {
    for (Panel* panel : std::initializer_list<Panel*>{logon_, asUser_, identity_, privileges_, activity_})
        connect(panel, &Panel::statusRequested, this, [this](const StatusText& message) { showStatus(message); });
    connect(logon_, &LogonPanel::logonRequested, this, &MainWindow::logOn);
    connect(logon_, &LogonPanel::impersonateRequested, session_, [this] { session_->impersonate(); });
    connect(logon_, &LogonPanel::revertRequested, session_, [this] { session_->revert(); });
    connect(logon_, &LogonPanel::logoffRequested, session_, [this] { session_->logoff(); });
    connect(logon_, &LogonPanel::accountCheckRequested, session_,
            [this](const QString& user, const QString& service) { session_->checkAccount(user, service); });
    connect(logon_, &LogonPanel::showConstantRequested, this, [this](const QString& name) {
        auto* browser = constantsBrowser();
        browser->showConstant(name);
        browser->show();
        browser->raise();
    });
    connect(privileges_, &PrivilegePanel::privilegeChangeRequested, session_,
            [this](const QString& name, bool enable) { session_->setPrivilege(name, enable); });
    connect(privileges_, &PrivilegePanel::refreshRequested, this, &MainWindow::refresh);
    connect(asUser_, &AsUserPanel::probeRequested, session_, [this](const QString& path) { session_->probe(path); });
    connect(asUser_, &AsUserPanel::runRequested, session_, [this](const QStringList& argv) { session_->runAs(argv); });
    connect(activity_, &ActivityPanel::copyReportRequested, this, &MainWindow::copyReport);
    connect(activity_, &ActivityPanel::saveReportRequested, this, &MainWindow::saveReport);
}

const ActivityLog& MainWindow::activity() const { return activity_->log(); }

void MainWindow::setPamService(const QString& service) { logon_->setPamService(service); }

bool MainWindow::constantsChecked() const { return logon_->constantsChecked(); }

ConstantsBrowser* MainWindow::constantsBrowser() {
    if (browser_ == nullptr) browser_ = new ConstantsBrowser(this);
    return browser_;
}

ReportComparison* MainWindow::reportComparison() {
    if (comparison_ == nullptr) comparison_ = new ReportComparison(this);
    return comparison_;
}

ProcessBrowser* MainWindow::processBrowser() {
    if (processes_ == nullptr) processes_ = new ProcessBrowser(this);
    return processes_;
}

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    auto* copy = file->addAction(QString(), this, &MainWindow::copyReport);
    auto* save = file->addAction(QString(), QKeySequence::Save, this, &MainWindow::saveReport);
    file->addSeparator();
    auto* quit = file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    auto* view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    auto* refresh = view->addAction(QString(), QKeySequence::Refresh, this, &MainWindow::refresh);
    // View → Language: each language named in itself; the choice applies at once and is kept.
    auto* languages = view->addMenu(QString());
    languages->setObjectName(QStringLiteral("languageMenu"));
    languageGroup_ = new QActionGroup(this);
    for (const auto& language : uiLanguages()) {
        auto* action = languages->addAction(language.nativeName);
        action->setObjectName(QStringLiteral("language_") +
                              (language.code.isEmpty() ? QStringLiteral("system") : language.code));
        action->setData(language.code);
        action->setCheckable(true);
        action->setChecked(language.code == uiLanguage());
        languageGroup_->addAction(action);
        if (language.code.isEmpty()) translated([action] { action->setText(tr("System default")); });
        connect(action, &QAction::triggered, this, [code = language.code] { chooseUiLanguage(code); });
    }
    auto* tools = menuBar()->addMenu(QString());
    tools->setObjectName(QStringLiteral("toolsMenu"));
    auto* browse = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] {
        auto* browser = constantsBrowser();
        browser->show();
        browser->raise();
        browser->activateWindow();
    });
    auto* processes = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] {
        auto* browser = processBrowser();
        browser->show();
        browser->raise();
        browser->activateWindow();
        browser->refresh();
    });
    processes->setObjectName(QStringLiteral("processesAction"));
    auto* compareReports = tools->addAction(QString(), this, [this] {
        auto* window = reportComparison();
        window->show();
        window->raise();
        window->activateWindow();
    });
    compareReports->setObjectName(QStringLiteral("compareReportsAction"));
    auto* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    translated([=] {
        file->setTitle(tr("&File"));
        copy->setText(tr("&Copy report"));
        save->setText(tr("&Save report…"));
        quit->setText(tr("&Quit"));
        view->setTitle(tr("&View"));
        refresh->setText(tr("&Refresh"));
        languages->setTitle(tr("&Language"));
        tools->setTitle(tr("&Tools"));
        browse->setText(tr("&Constants browser…"));
        processes->setText(tr("&Processes…"));
        compareReports->setText(tr("Compare &reports…"));
        help->setTitle(tr("&Help"));
    });
    auto* about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About TokenScope"),
                           tr("TokenScope %1").arg(QCoreApplication::applicationVersion()) + QStringLiteral("\n\n") +
                               tr("TokenScope shows who a process and its threads are, which privileges they hold, "
                                  "and whether they can log on and impersonate."));
    });
    translated([about] { about->setText(tr("&About TokenScope")); });
}

void MainWindow::logOn() {
    if (session_->busy()) return;
    const LogonRequest request = logon_->request();
    if (request.user.empty()) {
        showStatus([] { return tr("Type a user name to log on."); });
        logon_->focusFirstField();
        return;
    }
    // The field held the password only in a wiped buffer; it is moved out, and the field emptied.
    session_->logon(request, logon_->takePassword());
    showStatus([user = QString::fromStdString(request.user)] { return tr("Logging on as %1…").arg(user); });
}

void MainWindow::refresh() { session_->refresh(); }

void MainWindow::logPrivilegeHygiene(const PrivilegeHygiene& hygiene) {
    Outcome outcome;
    outcome.action = QCoreApplication::translate("tokenscope::gui::SessionWorker", "Drop privileges");
    outcome.ok = !hygiene.coreDumpError && !hygiene.dropError;
    QStringList dropped = hygiene.dropped;
    for (const auto& name : hygiene.guiThreadDropped) {
        if (!dropped.contains(name)) dropped << name;
    }
    const QString none = tr("none");
#ifdef Q_OS_WIN
    outcome.detail = tr("Crash dialogs are off, so no crash dump is offered. Privileges are left as they are: on "
                        "Windows they belong to the process token, which every thread shares; the privilege panel "
                        "shows and changes them.");
    if (hygiene.coreDumpError) outcome.error = hygiene.coreDumpError;
    onFinished(outcome);
    return;
#endif
    outcome.detail = tr("Core dumps are off and the process is not dumpable. Dropped for good: %1. The worker "
                        "thread keeps %2 to impersonate, run programs as the user and end them when they overrun; "
                        "the window's thread keeps none. PAM's logons and sessions run in the logon broker, which keeps "
                        "only what PAM needs; Check account asks PAM's account phase on the worker thread.")
                         .arg(dropped.isEmpty() ? none : dropped.join(QStringLiteral(", ")),
                              hygiene.workerKeeps.isEmpty() ? none : hygiene.workerKeeps.join(QStringLiteral(", ")));
    if (hygiene.coreDumpError) outcome.error = hygiene.coreDumpError;
    if (hygiene.dropError) outcome.error = hygiene.dropError;
    onFinished(outcome);
}

void MainWindow::onBusy(bool busy) {
    busyBar_->setVisible(busy);
    cancelButton_->setVisible(busy);
    const WorkerState& state = session_->state();
    logon_->showState(state, busy);
    privileges_->setBusy(busy);
    asUser_->showState(state, busy);
    if (!busy) {
        status_ = nullptr;
        statusBar()->clearMessage();
    }
}

void MainWindow::onFinished(const Outcome& outcome) {
    const ActivityEntry& entry = activity_->add(outcome);
    if (!outcome.access.empty()) asUser_->showAccess(outcome);
    if (outcome.account) logon_->showAccount(*outcome.account);
    if (outcome.logon) logon_->showLogonResult(outcome);
    showStatus(
        [entry] {
            return QStringLiteral("%1: %2").arg(ActivityLog::actionText(entry), ActivityLog::resultText(entry.outcome));
        },
        5000);
}

void MainWindow::onState(const WorkerState& state) {
    const bool busy = session_->busy();
    logon_->showState(state, busy);
    asUser_->showState(state, busy);
    identity_->showState(state);
    privileges_->showState(state, busy);
    fitIdentity();
}

void MainWindow::fitIdentity() {
    // Every identity row up to Impersonating in sight: the height is taken from the privileges
    // down to their four rows, then from Activity down to six rows; at 1024x700 what is still
    // missing scrolls instead of forcing the window taller.
    QList<int> right = tokenSplitter_->sizes();
    if (!isVisible() || right.size() != 2) return;
    const int need = identity_->heightForCoreRows();
    const int privilegesLeast = privileges_->minimumSizeHint().height();
    const int lack = need - right[0] - std::max(0, right[1] - privilegesLeast);
    const QList<int> main = mainSplitter_->sizes();
    if (lack > 0 && main.size() == 2) {
        const int activityLeast = std::max(activity_->minimumSizeHint().height(), activity_->heightForRows(6));
        const int take = std::min(lack, main[1] - activityLeast);
        // The splitters lay their widgets out at once: the right-hand one is taller after this.
        if (take > 0) mainSplitter_->setSizes({main[0] + take, main[1] - take});
        right = tokenSplitter_->sizes();
    }
    const int total = right[0] + right[1];
    const int wanted = std::min(need, total - privilegesLeast);
    if (wanted > right[0]) tokenSplitter_->setSizes({wanted, total - wanted});
}

QString MainWindow::reportMarkdown() const { return activity_->log().toMarkdown(session_->state()); }

QByteArray MainWindow::reportJson() const {
    return QJsonDocument(activity_->log().toJson(session_->state())).toJson(QJsonDocument::Indented);
}

void MainWindow::copyReport() {
    QGuiApplication::clipboard()->setText(reportMarkdown());
    showStatus([] { return tr("The report is on the clipboard (Markdown)."); }, 5000);
}

void MainWindow::saveReport() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("tokenscope-report.md"),
                                                      tr("Markdown (*.md);;JSON (*.json)"), &filter);
    if (path.isEmpty()) return;
    QSaveFile file(path);
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    if (!file.open(QIODevice::WriteOnly) || file.write(json ? reportJson() : reportMarkdown().toUtf8()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Save report"), tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    showStatus([path] { return tr("Saved %1").arg(path); }, 5000);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    logon_->restoreSettings(settings);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), mainSplitter_->saveState());
    logon_->saveSettings(settings);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (splitterPlaced_) return;
    splitterPlaced_ = true;
    if (mainSplitter_->restoreState(QSettings().value(QStringLiteral("window/splitter")).toByteArray())) return;
    // Activity starts with seven rows in sight, six where the panels above need the room (every
    // effective-user row and the privileges' least), fewer only where the window is that small.
    const int total = mainSplitter_->height() - mainSplitter_->handleWidth();
    const int aboveLeast = mainSplitter_->widget(0)->minimumSizeHint().height();
    const int aboveWanted = std::max(aboveLeast, identity_->heightForCoreRows() + tokenSplitter_->handleWidth() +
                                                     privileges_->minimumSizeHint().height());
    const int activity = std::max({activity_->minimumSizeHint().height(),
                                   std::min(activity_->heightForRows(7), total - aboveWanted),
                                   std::min(activity_->heightForRows(6), total - aboveLeast)});
    mainSplitter_->setSizes({total - activity, activity});
    fitIdentity();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    // Log off now, within SessionController::kQuitWait (+ kEndWait), while the log can say how.
    session_->shutdown();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::translated(std::function<void()> apply) {
    apply();
    retranslations_.push_back(std::move(apply));
}

void MainWindow::showStatus(StatusText message, int timeout) {
    statusShown_ = message();
    status_ = std::move(message);
    statusBar()->showMessage(statusShown_, timeout);
}

void MainWindow::retranslateUi() {
    for (const auto& apply : retranslations_) apply();
    for (auto* action : languageGroup_->actions()) action->setChecked(action->data().toString() == uiLanguage());
    // A message still showing is said again in the new language.
    if (status_ && statusBar()->currentMessage() == statusShown_) {
        statusShown_ = status_();
        statusBar()->showMessage(statusShown_);
    }
}

}  // namespace tokenscope::gui
